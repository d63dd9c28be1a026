"""What every repository shares: the open vault, permission checks and the audit call."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .. import access
from ..errors import NotFound, PermissionDenied

if TYPE_CHECKING:
    from ..vault import Vault


class Repository:
    def __init__(self, vault: "Vault") -> None:
        self.vault = vault

    @property
    def conn(self):
        return self.vault.conn

    @property
    def actor(self):
        return self.vault.actor

    def works_with(self, client_id: int) -> bool:
        """The "own" relation of access.py: this account works with this client."""
        me = self.actor.id
        row = self.conn.execute(
            "SELECT EXISTS(SELECT 1 FROM cases WHERE client_id = ? AND counselor_id = ?)"
            # a group note's copy is not working with the member: it opens that copy only
            " OR EXISTS(SELECT 1 FROM counseling_sessions WHERE client_id = ? AND counselor_id = ?"
            "           AND program_session_id IS NULL)"
            " OR EXISTS(SELECT 1 FROM safety_followups WHERE client_id = ? AND assigned_to = ?)",
            (client_id, me, client_id, me, client_id, me),
        ).fetchone()
        return bool(row[0])

    def writes_group_copy(self, session_id: int) -> bool:
        """A group note's copy (and only the copy) is open to the counselor it is recorded under and
        to its program's facilitator, although they need not "work with" the member (works_with
        leaves copies out, so a copy never opens the member's other notes)."""
        row = self.conn.execute(
            "SELECT s.counselor_id, p.facilitator_id FROM counseling_sessions s"
            " JOIN program_sessions ps ON ps.id = s.program_session_id JOIN programs p ON p.id = ps.program_id"
            " WHERE s.id = ?", (session_id,)).fetchone()
        return row is not None and self.actor.id in (row[0], row[1])

    def allow(self, permission: str, client_id: int | None = None) -> str:
        """Raise PermissionDenied unless the account may; returns the scope granted."""
        granted = access.scope(self.actor.role, permission)
        if granted is None:
            raise PermissionDenied(action=permission)
        if granted == access.OWN and client_id is not None and not self.works_with(client_id):
            if permission in access.EMERGENCY_PERMISSIONS and self.emergency_grant(client_id) is not None:
                return granted   # broken glass: a stated reason, for a few hours, shown to the lead
            raise PermissionDenied(action=permission)
        return granted

    def emergency_grant(self, client_id: int) -> int | None:
        """The id of this account's emergency access to this client that is still running, if any."""
        rows = self.conn.execute(
            "SELECT id, expires_at FROM emergency_accesses WHERE staff_id = ? AND client_id = ?"
            " ORDER BY expires_at DESC", (self.actor.id, client_id)).fetchall()
        now = datetime.now().astimezone()
        # compared as times, not strings: a grant written under another UTC offset still counts right
        return next((r[0] for r in rows if datetime.fromisoformat(r[1]) > now), None)

    def may(self, permission: str, client_id: int | None = None) -> bool:
        try:
            self.allow(permission, client_id)
        except PermissionDenied:
            return False
        return True

    def audit(self, action: str, entity: str, entity_id=None, client_id: int | None = None, detail: dict | None = None):
        self.vault.audit(action, entity, entity_id=entity_id, client_id=client_id, detail=detail)

    def one(self, sql: str, params: tuple, what: str):
        row = self.conn.execute(sql, params).fetchone()
        if row is None:
            raise NotFound(what=what)
        return row
