from __future__ import annotations

import json

from ..audit import AuditEntry, verify_chain
from ..validation import check_text
from .base import Repository


class AuditRepository(Repository):
    def entries(self, *, actor: str | None = None, client_id: int | None = None, since: str | None = None,
                until: str | None = None, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
        self.allow("audit.read")
        where, params = [], []
        for column, op, value in (("actor", "=", actor), ("client_id", "=", client_id), ("at", ">=", since),
                                  ("at", "<", until)):
            if value is not None:
                where.append(f"{column} {op} ?")
                params.append(value)
        sql = "SELECT id, at, actor, workstation, client_id, action, entity, entity_id, detail FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(sql + " ORDER BY id DESC LIMIT ? OFFSET ?", params + [limit, offset])
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8])) for r in rows]

    def record_export(self, *, kind: str, period: str, fmt: str, file_name: str, purpose: str,
                      site: str | None = None) -> None:
        """Every export or print, with its purpose (Korea's personal-information safety rules)."""
        self.allow("report.run")
        purpose = check_text("purpose", purpose, max_len=200)
        with self.vault.transaction():
            self.audit("export", kind, detail={"period": period, "format": fmt, "file": file_name,
                                               "purpose": purpose, "site": site or "all"})

    def verify(self) -> list[str]:
        self.allow("audit.read")
        return verify_chain(self.conn)

    # --- the admin view's audit log: filtered pages, a count for paging, a code lookup ----------
    def search(self, *, actor: str | None = None, client_id: int | None = None, action: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 200,
               offset: int = 0) -> list[AuditEntry]:
        """Like ``entries`` (newest first), also filtered by action."""
        self.allow("audit.read")
        where, params = _audit_filters(actor, client_id, action, since, until)
        rows = self.conn.execute(
            "SELECT id, at, actor, workstation, client_id, action, entity, entity_id, detail FROM audit_log"
            + where + " ORDER BY id DESC LIMIT ? OFFSET ?", params + [int(limit), int(offset)])
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8])) for r in rows]

    def count(self, *, actor: str | None = None, client_id: int | None = None, action: str | None = None,
              since: str | None = None, until: str | None = None) -> int:
        """How many rows ``search`` would page through with the same filters."""
        self.allow("audit.read")
        where, params = _audit_filters(actor, client_id, action, since, until)
        return self.conn.execute("SELECT count(*) FROM audit_log" + where, params).fetchone()[0]

    def actions(self) -> list[str]:
        """The actions that occur in the trail (for a filter list)."""
        self.allow("audit.read")
        return [r[0] for r in self.conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]

    def client_id_for_code(self, code: str) -> int | None:
        """The internal id behind a client code, so the trail can be filtered by code. Returns
        the id only (no name or other client data), so an administrator may use it too."""
        self.allow("audit.read")
        code = check_text("code", code, max_len=40)
        row = self.conn.execute("SELECT id FROM clients WHERE code = ?", (code,)).fetchone()
        return row[0] if row else None


def _audit_filters(actor, client_id, action, since, until) -> tuple[str, list]:
    where, params = [], []
    for column, op, value in (("actor", "=", actor), ("client_id", "=", client_id), ("action", "=", action),
                              ("at", ">=", since), ("at", "<", until)):
        if value is not None:
            where.append(f"{column} {op} ?")
            params.append(value)
    return (" WHERE " + " AND ".join(where)) if where else "", params
