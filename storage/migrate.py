"""Numbered, forward-only schema migrations, each in one transaction, with a copy first."""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .connection import Connection, DatabaseError, is_disk_full
from .errors import DatabaseTooNew, DiskFull, MigrationFailed


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    found = []
    for entry in resources.files("storage.migrations").iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {versions}")
    return found


LATEST = len(available())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, db_path: Path | None, *, copy_before: bool = True, target: int | None = None) -> list[int]:
    """Bring the schema to LATEST. Returns the versions applied.

    Before touching a database that already holds data, its file (still encrypted) is copied to
    ``<db>.pre-v<N>.bak`` so a failed or unwanted upgrade can be undone by hand.
    """
    version = current_version(conn)
    if version > LATEST:
        raise DatabaseTooNew(found=version)
    target = LATEST if target is None else target  # tests build older schemas to upgrade them
    pending = [m for m in available() if version < m.version <= target]
    if not pending:
        return []
    copy = None
    if copy_before and db_path is not None and version > 0:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy = Path(str(db_path) + f".pre-v{pending[0].version}.bak")
        try:
            shutil.copy2(db_path, copy)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull() from None
            raise
    applied = []
    for migration in pending:
        try:
            # The script carries its own BEGIN/COMMIT so that all of it, and the version
            # bump, land together or not at all.
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{migration.sql}\n;PRAGMA user_version = {migration.version};\nCOMMIT;"
            )
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_disk_full(exc):
                raise DiskFull() from None
            raise MigrationFailed(version=migration.version, copy=str(copy or "-")) from exc
        applied.append(migration.version)
    return applied
