from __future__ import annotations

import json

from ..validation import check_int, invalid
from .base import Repository

# What each setting may hold; anything else is refused rather than stored.
KNOWN = {
    "center_name": str,
    "idle_lock_minutes": int,
    "mask_names": bool,
    "suppression_k": int,
    "language": str,
    "classification_policy": dict,   # forms.classify_overall's policy; checked before it is stored
    "retention_years": dict,         # {record kind: years}; storage/retention_periods.py
}
READ_ONLY = {"db_id", "created_at"}


class SettingsRepository(Repository):
    def get(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def all(self) -> dict:
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM settings ORDER BY key")}

    def set(self, key: str, value) -> None:
        self.allow("settings.manage")
        if key in READ_ONLY or key not in KNOWN:
            raise invalid(key, "바꿀 수 없는 설정입니다", "this setting cannot be changed")
        if not isinstance(value, KNOWN[key]) or (KNOWN[key] is int and isinstance(value, bool)):
            raise invalid(key, "값의 형식이 맞지 않습니다", "the value has the wrong type")
        if key == "idle_lock_minutes":
            check_int(key, value, lo=1, hi=120)
        if key == "suppression_k":
            check_int(key, value, lo=2, hi=50)
        if key == "language" and value not in ("ko", "en"):
            raise invalid(key, "ko 또는 en", "ko or en")
        if key == "classification_policy":
            import forms
            try:
                forms.classify_overall([], value)
            except forms.FormError as exc:
                raise invalid(key, exc.message("ko"), exc.message("en")) from None
        if key == "retention_years":
            from ..retention_periods import check_periods
            value = check_periods(value)
        with self.vault.transaction():
            self.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                              (key, json.dumps(value, ensure_ascii=False)))
            self.audit("set", "setting", key)
