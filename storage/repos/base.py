"""What every repository shares: the open vault, permission checks and the audit call."""
from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from .. import access
from ..errors import NotFound, PermissionDenied

if TYPE_CHECKING:
    from ..vault import Vault


# SQL: the note ``s`` (counseling_sessions) is the account :me's own (see Repository.owns_note).
# Writing (drafts, addenda): its author, the counselor of its case, for a group note's copy the
# program's facilitator. Reading adds, for a copy, the member's counselor at the time: a case of
# that client open on the session's day (a case opened later does not open earlier copies).
_WRITES_NOTE = (
    "(s.counselor_id = :me"
    " OR EXISTS(SELECT 1 FROM cases c WHERE c.id = s.case_id AND c.counselor_id = :me)"
    " OR (s.program_session_id IS NOT NULL AND"
    "     EXISTS(SELECT 1 FROM program_sessions ps JOIN programs p ON p.id = ps.program_id"
    "            WHERE ps.id = s.program_session_id AND p.facilitator_id = :me)))")
_OWNS_NOTE = (
    f"({_WRITES_NOTE}"
    " OR (s.program_session_id IS NOT NULL AND"
    "     EXISTS(SELECT 1 FROM cases c WHERE c.client_id = s.client_id AND c.counselor_id = :me"
    "            AND c.opened_on <= s.session_date AND (c.closed_on IS NULL OR c.closed_on >= s.session_date))))")


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

    def owns_note(self, session_id: int, *, write: bool = False) -> bool:
        """The "own" relation of note.read (``write``: note.write), per note: this account wrote
        the note, or is the counselor of the case the note belongs to; for a group note's copy
        also the program's facilitator and (reading only) the member's counselor at the time, that
        copy only. Not "wrote any session for this client": a session or a case one creates
        oneself must not open the notes other counselors wrote."""
        rule = _WRITES_NOTE if write else _OWNS_NOTE
        row = self.conn.execute(f"SELECT {rule} FROM counseling_sessions s WHERE s.id = :id",
                                {"me": self.actor.id, "id": session_id}).fetchone()
        return bool(row and row[0])

    def allow(self, permission: str, client_id: int | None = None) -> str:
        """Raise PermissionDenied unless the account may; returns the scope granted.

        For note.read/note.write with a client, "own" means every note of that client is one's
        own (see owns_note) or an emergency access is running: one note is checked with allow_note."""
        granted = access.scope(self.actor.role, permission)
        if granted is None:
            raise PermissionDenied(action=permission)
        if granted == access.OWN and client_id is not None:
            if permission in access.NOTE_PERMISSIONS:
                if not self._owns_every_note(client_id, write=permission == "note.write"):
                    if permission in access.EMERGENCY_PERMISSIONS and self.emergency_grant(client_id) is not None:
                        return granted
                    raise PermissionDenied(action=permission)
            elif not self.works_with(client_id):
                raise PermissionDenied(action=permission)
        return granted

    def allow_note(self, permission: str, session_id: int, client_id: int) -> str:
        """note.read/note.write on one note: "own" is owns_note, or (reading) a running
        emergency access to its client. Raises PermissionDenied; returns the scope granted."""
        granted = access.scope(self.actor.role, permission)
        if granted is None:
            raise PermissionDenied(action=permission)
        if granted == access.OWN and not self.owns_note(session_id, write=permission == "note.write"):
            if permission in access.EMERGENCY_PERMISSIONS and self.emergency_grant(client_id) is not None:
                return granted   # broken glass: a stated reason, for a few hours, shown to the lead
            raise PermissionDenied(action=permission)
        return granted

    def _owns_every_note(self, client_id: int, *, write: bool = False) -> bool:
        """Every note of this client is this account's own (and it has some relation to the client)."""
        rule = _WRITES_NOTE if write else _OWNS_NOTE
        foreign = self.conn.execute(
            f"SELECT EXISTS(SELECT 1 FROM counseling_sessions s WHERE s.client_id = :client AND NOT ({rule}))",
            {"client": client_id, "me": self.actor.id}).fetchone()[0]
        return not foreign and self.works_with(client_id)

    def emergency_grant(self, client_id: int) -> int | None:
        """The id of this account's emergency access to this client that is still running, if any.
        Only while the account's role is still allowed to break the glass (setting break_glass_roles):
        taking a role out of the setting ends its running grants at once."""
        from .settings import DEFAULT_BREAK_GLASS_ROLES   # settings.py imports this module
        row = self.conn.execute("SELECT value FROM settings WHERE key = 'break_glass_roles'").fetchone()
        roles = json.loads(row[0]) if row else DEFAULT_BREAK_GLASS_ROLES
        if self.actor.role not in roles:
            return None
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
