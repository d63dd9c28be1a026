"""One app instance per database on a PC: an OS file lock held while the vault is open.

The OS releases the lock when the process dies (even on SIGKILL), so a crash never leaves
the database "stuck open".
"""
from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from .errors import DatabaseInUse


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self._lock = FileLock(str(db_path) + ".lock", timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseInUse() from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked
