from __future__ import annotations

import json

from ..audit import AuditEntry, verify_chain
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

    def verify(self) -> list[str]:
        self.allow("audit.read")
        return verify_chain(self.conn)
