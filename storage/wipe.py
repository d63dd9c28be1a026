"""Wiping what a destruction leaves on disk (docs/retention.md): VACUUM rebuilds the file without
free pages, a TRUNCATE checkpoint empties the WAL so no old frame keeps a copy of a deleted page.

The delete commits first and sets ``retention_reviews.wipe_pending`` in the same transaction; the
marker is cleared only once both steps have run. A crash (or a reader holding an old snapshot) in
between leaves the marker, and the vault runs the wipe again at the next unlock (storage/vault.py).
"""
from __future__ import annotations

import time

CHECKPOINT_WAIT_MS = 2000
CHECKPOINT_TRIES = 3


def pending(conn) -> bool:
    return conn.execute("SELECT 1 FROM retention_reviews WHERE wipe_pending = 1 LIMIT 1").fetchone() is not None


def truncate_wal(conn, wait_ms: int = CHECKPOINT_WAIT_MS) -> bool:
    """Empty the WAL; False when a reader still holds an old snapshot."""
    conn.execute(f"PRAGMA busy_timeout = {wait_ms}")
    for _ in range(CHECKPOINT_TRIES):
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        time.sleep(0.1)
    return False


def wipe(conn, *, vacuum: bool = True, wait_ms: int = CHECKPOINT_WAIT_MS) -> bool:
    """VACUUM (unless only the WAL is left to do), then empty the WAL; on success clear the
    pending marker (its own small write, then the WAL is emptied again). True when done."""
    if vacuum:
        conn.execute("VACUUM")
    if not truncate_wal(conn, wait_ms):
        return False
    conn.execute("UPDATE retention_reviews SET wipe_pending = 0 WHERE wipe_pending = 1")
    if conn.in_transaction:
        conn.commit()
    truncate_wal(conn, wait_ms)
    return True
