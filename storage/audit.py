"""The audit trail: append-only rows, each hashing the one before it (a chain).

Rows say who, when, on which workstation, which client (internal id only), what action on
what entity; ``detail`` carries counts and codes, never names, note text or answers.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from .connection import Connection

GENESIS = "0" * 64


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _row_hash(row_id: int, at: str, actor: str, workstation: str, client_id, action: str,
              entity: str, entity_id, detail: str, prev_hash: str) -> str:
    payload = json.dumps(
        [row_id, at, actor, workstation, client_id, action, entity, entity_id, detail, prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn: Connection, *, actor: str, workstation: str, action: str, entity: str,
           entity_id: object = None, client_id: int | None = None, detail: dict | None = None,
           at: str | None = None) -> int:
    """Add one row. Call inside the write's own transaction so data and trail land together."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    row_id = (last[0] + 1) if last else 1
    prev_hash = last[1] if last else GENESIS
    at = at or now_iso()
    entity_id = None if entity_id is None else str(entity_id)
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _row_hash(row_id, at, actor, workstation, client_id, action, entity, entity_id, detail_text, prev_hash)
    conn.execute(
        "INSERT INTO audit_log (id, at, actor, workstation, client_id, action, entity, entity_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row_id, at, actor, workstation, client_id, action, entity, entity_id, detail_text, prev_hash, digest),
    )
    return row_id


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    workstation: str
    client_id: int | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict


def verify_chain(conn: Connection) -> list[str]:
    """Recompute the chain; one line per problem (edited, deleted or reordered rows)."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_id = 1
    cursor = conn.execute(
        "SELECT id, at, actor, workstation, client_id, action, entity, entity_id, detail, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )
    for row in cursor:
        row_id, at, actor, ws, client_id, action, entity, entity_id, detail, prev_hash, digest = row
        if row_id != expected_id:
            problems.append(f"audit row {expected_id} is missing (next is {row_id})")
        if prev_hash != expected_prev:
            problems.append(f"audit row {row_id} does not follow the row before it")
        if _row_hash(row_id, at, actor, ws, client_id, action, entity, entity_id, detail, prev_hash) != digest:
            problems.append(f"audit row {row_id} was altered")
        expected_prev = digest
        expected_id = row_id + 1
        if len(problems) > 50:
            problems.append("... more problems not listed")
            break
    return problems
