"""Emergency access ("break the glass"): a staff member who may not read a client's notes can
open them by stating a reason. Allowed only for the roles the center sets (``break_glass_roles``),
audited as 'break_glass', and listed for the lead until the lead acknowledges it.

A grant covers one client's notes for GRANT_HOURS from the moment it is given. A fixed time, not
"until log-out": the database does not record log-outs (a crash or a killed app would leave a
session-long grant open), while an expiry time is checked on every read by the repository itself.
Four hours cover handling a crisis and its paperwork; after that a new reason is needed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .. import access
from ..audit import now_iso
from ..errors import PermissionDenied
from ..validation import check_text, invalid
from .base import Repository
from .settings import DEFAULT_BREAK_GLASS_ROLES, SettingsRepository

GRANT_HOURS = 4
MIN_REASON = 10     # characters: "위기 대응" alone does not say which crisis
MAX_REASON = 500

COLUMNS = ("e.id, e.staff_id, s.login, s.display_name, e.client_id, c.code, e.reason, e.granted_at, e.expires_at,"
           " e.acknowledged_by, e.acknowledged_at")
FROM = " FROM emergency_accesses e JOIN staff s ON s.id = e.staff_id LEFT JOIN clients c ON c.id = e.client_id"


@dataclass(frozen=True)
class EmergencyAccess:
    id: int
    staff_id: int
    staff_login: str
    staff_name: str
    client_id: int
    client_code: str
    reason: str
    granted_at: str
    expires_at: str
    acknowledged_by: int | None
    acknowledged_at: str | None


def _grant(r) -> EmergencyAccess:
    return EmergencyAccess(r[0], r[1], r[2], r[3], r[4], r[5] or "—", r[6], r[7], r[8], r[9], r[10])


class EmergencyAccessRepository(Repository):
    def allowed_roles(self) -> list[str]:
        return list(SettingsRepository(self.vault).get("break_glass_roles", DEFAULT_BREAK_GLASS_ROLES))

    def may_request(self, client_id: int | None = None) -> bool:
        """True when this account could break the glass (for this client: only if it may not read
        the notes already)."""
        role = self.actor.role
        if role not in self.allowed_roles() or role not in access.emergency_roles():
            return False
        return client_id is None or not self.may("note.read", client_id)

    def request(self, client_id: int, reason: str) -> EmergencyAccess:
        """Open one client's notes for GRANT_HOURS. The reason stays in this table only."""
        role = self.actor.role
        if role not in self.allowed_roles() or role not in access.emergency_roles():
            raise PermissionDenied(action="note.emergency")
        self.allow("client.read", client_id)
        reason = check_text("reason", reason, max_len=MAX_REASON)
        if len(reason) < MIN_REASON:
            raise invalid("reason", f"사유를 {MIN_REASON}자 이상 적어 주세요", f"write at least {MIN_REASON} characters")
        self.one("SELECT id FROM clients WHERE id = ?", (client_id,), f"client #{client_id}")
        if self.may("note.read", client_id):   # their own client, or a grant still running
            raise invalid("client", "이미 이 내담자의 상담기록을 볼 수 있습니다", "you can already read this client's notes")
        granted = datetime.now().astimezone().replace(microsecond=0)
        until = granted + timedelta(hours=GRANT_HOURS)
        with self.vault.transaction():
            cur = self.conn.execute(
                "INSERT INTO emergency_accesses (staff_id, client_id, reason, granted_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)", (self.actor.id, client_id, reason, granted.isoformat(), until.isoformat()))
            grant_id = cur.lastrowid
            self.audit("break_glass", "emergency_access", grant_id, client_id=client_id,
                       detail={"emergency": True, "grant": grant_id, "until": until.isoformat(),
                               "reason_chars": len(reason)})
        return self.get(grant_id)

    def get(self, grant_id: int) -> EmergencyAccess:
        row = self.one(f"SELECT {COLUMNS}{FROM} WHERE e.id = ?", (grant_id,), f"emergency access #{grant_id}")
        if row[1] != self.actor.id:
            self.allow("access.review")
        return _grant(row)

    def mine_active(self) -> list[EmergencyAccess]:
        """This account's grants still running (so the UI can say until when)."""
        now = datetime.now().astimezone()
        rows = self.conn.execute(f"SELECT {COLUMNS}{FROM} WHERE e.staff_id = ? ORDER BY e.granted_at DESC",
                                 (self.actor.id,)).fetchall()
        return [_grant(r) for r in rows if datetime.fromisoformat(r[8]) > now]

    def unacknowledged(self) -> list[EmergencyAccess]:
        """What the lead sees at log-in, oldest first."""
        self.allow("access.review")
        return [_grant(r) for r in self.conn.execute(
            f"SELECT {COLUMNS}{FROM} WHERE e.acknowledged_at IS NULL ORDER BY e.granted_at, e.id")]

    def acknowledge(self, grant_id: int) -> EmergencyAccess:
        """The lead has seen it (audited). Acknowledging twice keeps the first."""
        self.allow("access.review")
        grant = self.get(grant_id)
        if grant.acknowledged_at is not None:
            return grant
        with self.vault.transaction():
            self.conn.execute("UPDATE emergency_accesses SET acknowledged_by = ?, acknowledged_at = ?"
                              " WHERE id = ? AND acknowledged_at IS NULL", (self.actor.id, now_iso(), grant_id))
            self.audit("acknowledge", "emergency_access", grant_id, client_id=grant.client_id)
        return self.get(grant_id)
