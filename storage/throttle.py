"""Growing delay after failed logins, shared by every process on this PC.

Failures are kept in ``<db>.attempts`` (login names, counts and times; never a password or a
key) because a failed login has no key and cannot write into the encrypted database. The next
successful unlock moves the record into the audit log. Mistyped names are counted under one
bucket, never stored as typed: people sometimes type their password into the name field.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .errors import LoginThrottled
from .keyslots import atomic_write_text

FREE_ATTEMPTS = 3       # typos happen; no delay for the first few
MAX_DELAY_SECONDS = 300
UNKNOWN_BUCKET = "?unknown-account"


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 0,0,0,2,4,8,... capped."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS))


@dataclass
class FailureRecord:
    failures: int
    last_at: float
    first_at: float


class LoginThrottle:
    def __init__(self, db_path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(str(db_path) + ".attempts")
        self.clock = clock

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}  # a lost or garbled counter must not lock everyone out

    def record_for(self, bucket: str) -> FailureRecord | None:
        entry = self._read().get(bucket)
        if not isinstance(entry, dict):
            return None
        try:
            return FailureRecord(int(entry["failures"]), float(entry["last_at"]), float(entry["first_at"]))
        except (KeyError, TypeError, ValueError):
            return None

    def check(self, bucket: str) -> None:
        """Raise LoginThrottled while the delay after the last failure has not yet passed."""
        record = self.record_for(bucket)
        if record is None:
            return
        wait = delay_after(record.failures) - (self.clock() - record.last_at)
        if wait > 0:
            raise LoginThrottled(seconds=int(wait + 0.999))

    def fail(self, bucket: str) -> float:
        """Count one failure; returns the delay now in force (seconds)."""
        data = self._read()
        now = self.clock()
        entry = data.get(bucket) if isinstance(data.get(bucket), dict) else None
        failures = int(entry.get("failures", 0)) + 1 if entry else 1
        data[bucket] = {
            "failures": failures,
            "last_at": now,
            "first_at": float(entry.get("first_at", now)) if entry else now,
        }
        try:
            atomic_write_text(self.path, json.dumps(data))
        except OSError:
            pass  # a read-only or full disk must not turn a wrong password into a crash
        return delay_after(failures)

    def succeed(self, bucket: str) -> dict[str, FailureRecord]:
        """Clear ``bucket`` (and the unknown-name bucket) and hand back what they held, so the
        caller can write it to the audit log once."""
        data = self._read()
        taken = {}
        for key in (bucket, UNKNOWN_BUCKET):
            entry = data.pop(key, None)
            if isinstance(entry, dict):
                try:
                    taken[key] = FailureRecord(int(entry["failures"]), float(entry["last_at"]), float(entry["first_at"]))
                except (KeyError, TypeError, ValueError):
                    pass
        try:
            if data:
                atomic_write_text(self.path, json.dumps(data))
            elif self.path.exists():
                self.path.unlink()
        except OSError:
            pass
        return taken
