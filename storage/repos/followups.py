from __future__ import annotations

from datetime import date

from ..audit import now_iso
from ..records import FollowUp
from ..validation import check_text
from .base import Repository

COLUMNS = "id, client_id, screening_id, reason, raised_at, assigned_to, status, closed_at, closed_by, action"


def _followup(r) -> FollowUp:
    return FollowUp(id=r[0], client_id=r[1], screening_id=r[2], reason=r[3], raised_at=r[4], assigned_to=r[5],
                    status=r[6], closed_at=r[7], closed_by=r[8], action=r[9])


def days_open(f: FollowUp, today: date | None = None) -> int:
    return ((today or date.today()) - date.fromisoformat(f.raised_at[:10])).days


class FollowUpRepository(Repository):
    """Safety follow-ups: raised by a flag, open until someone records what was done."""

    def raise_for(self, client_id: int, reason: str, *, screening_id: int | None = None,
                  assigned_to: int | None = None) -> FollowUp:
        """Called inside the screening's own transaction."""
        if assigned_to is None:
            row = self.conn.execute("SELECT counselor_id FROM cases WHERE client_id = ? AND status = 'open'",
                                    (client_id,)).fetchone()
            assigned_to = row[0] if row else self.actor.id
        f = FollowUp(client_id=client_id, reason=reason, raised_at=now_iso(), screening_id=screening_id,
                     assigned_to=assigned_to)
        cur = self.conn.execute(
            "INSERT INTO safety_followups (client_id, screening_id, reason, raised_at, assigned_to, status)"
            " VALUES (?, ?, ?, ?, ?, 'open')", (client_id, screening_id, reason, f.raised_at, assigned_to))
        f.id = cur.lastrowid
        self.audit("raise", "followup", f.id, client_id=client_id, detail={"reason": reason})
        return f

    def open_items(self) -> list[FollowUp]:
        """Oldest first. The lead and coordinator see all; others see those they own."""
        scope = self.allow("followup.read")
        sql = f"SELECT {COLUMNS} FROM safety_followups WHERE status = 'open'"
        params: tuple = ()
        if scope == "own":
            sql += (" AND (assigned_to = ? OR client_id IN (SELECT client_id FROM cases WHERE counselor_id = ?))")
            params = (self.actor.id, self.actor.id)
        return [_followup(r) for r in self.conn.execute(sql + " ORDER BY raised_at, id", params)]

    def closed_items(self, limit: int = 200) -> list[FollowUp]:
        """Recently closed, newest first; the same scope as ``open_items``."""
        scope = self.allow("followup.read")
        sql = f"SELECT {COLUMNS} FROM safety_followups WHERE status = 'closed'"
        params: tuple = ()
        if scope == "own":
            sql += " AND (assigned_to = ? OR client_id IN (SELECT client_id FROM cases WHERE counselor_id = ?))"
            params = (self.actor.id, self.actor.id)
        return [_followup(r) for r in self.conn.execute(sql + " ORDER BY closed_at DESC, id DESC LIMIT ?",
                                                        params + (limit,))]

    def for_client(self, client_id: int) -> list[FollowUp]:
        self.allow("client.read", client_id)
        return [_followup(r) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM safety_followups WHERE client_id = ? ORDER BY raised_at DESC", (client_id,))]

    def get(self, followup_id: int) -> FollowUp:
        return _followup(self.one(f"SELECT {COLUMNS} FROM safety_followups WHERE id = ?", (followup_id,),
                                  f"follow-up #{followup_id}"))

    def close(self, followup_id: int, action: str) -> FollowUp:
        """Closing needs the action taken, in words; the closer and the time are kept."""
        f = self.get(followup_id)
        if f.assigned_to != self.actor.id:
            self.allow("followup.close", f.client_id)
        else:
            self.allow("followup.close")
        action = check_text("action", action, max_len=2000)
        if f.status == "closed":
            return f
        with self.vault.transaction():
            at = now_iso()
            self.conn.execute("UPDATE safety_followups SET status = 'closed', closed_at = ?, closed_by = ?, action = ?"
                              " WHERE id = ?", (at, self.actor.id, action, followup_id))
            self.audit("close", "followup", followup_id, client_id=f.client_id)
        f.status, f.closed_at, f.closed_by, f.action = "closed", at, self.actor.id, action
        return f
