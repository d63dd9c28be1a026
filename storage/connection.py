"""Opening the SQLCipher file with a raw key, and the settings every connection gets."""
from __future__ import annotations

import errno
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlcipher3.dbapi2 as sqlcipher

from .errors import DatabaseDamaged, DatabaseMissing, DiskFull
from .sqlite_tuning import disable_memory_statistics

disable_memory_statistics()  # before any connection exists: see storage/sqlite_tuning.py

DatabaseError = sqlcipher.DatabaseError
Connection = sqlcipher.Connection

# 64 MiB page cache: with SQLite's default, encrypted scans ran 4-5x slower than plain SQLite
# on this stack (each page is decrypted again when it falls out of the cache).
CACHE_KIB = 65536


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_encrypted(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) ``path`` with the raw 256-bit ``key``.

    Raises DatabaseMissing / DatabaseDamaged with the file's name only; the key never appears
    in an exception. The connection is in autocommit mode: writes use ``transaction()``.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise DatabaseMissing(name=path.name)
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    try:
        # Silence SQLCipher's own "hmac check failed" lines on stderr: we report damage ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")  # SQLCipher does not encrypt temp files
        conn.execute("PRAGMA secure_delete = ON")   # deleted rows leave no old bytes in pages
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):
            raise DiskFull() from None
        raise DatabaseDamaged(name=path.name) from None
    return conn


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    text = str(exc).lower()
    return "database or disk is full" in text or "disk i/o error" in text and "full" in text


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write = one transaction. BEGIN IMMEDIATE takes the write lock up front, so two
    writers wait for each other instead of failing half-way."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite already rolled back after SQLITE_FULL and the like
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_disk_full(exc):
                raise DiskFull() from None
            raise


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's structural check; empty when all is well."""
    problems: list[str] = []
    try:
        problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        problems += [r for r in rows if r != "ok"]
    except DatabaseError as exc:
        problems.append(f"read error: {exc}")
    return problems
