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
