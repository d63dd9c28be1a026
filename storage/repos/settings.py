from __future__ import annotations

import json
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import access

from .. import holidays
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
    holidays.SETTING: list,          # the center's own closed days beside the public holidays
    "break_glass_roles": list,       # roles that may open a client's notes in an emergency, with a reason
    "working_hours": dict,           # {"start": "08:00", "end": "19:00", "weekdays": [0..6]} (Monday = 0)
    "review_many_charts": int,       # distinct charts one account opens in a day that the review shows
    "retention_years": dict,         # {record kind: years}; storage/retention_periods.py
    "time_zone": str,                # the center's IANA zone: the review's months, hours and days
}
# What the access settings hold until the center changes them.
DEFAULT_BREAK_GLASS_ROLES = ["counselor", "psychiatrist"]
DEFAULT_WORKING_HOURS = {"start": "08:00", "end": "19:00", "weekdays": [0, 1, 2, 3, 4]}
DEFAULT_MANY_CHARTS = 30
DEFAULT_TIME_ZONE = "Asia/Seoul"
_HHMM = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
# access_review_since: the day the access review came to this database (migration 0006)
READ_ONLY = {"db_id", "created_at", "access_review_since"}


class SettingsRepository(Repository):
    def get(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def all(self) -> dict:
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM settings ORDER BY key")}

    def closed_days(self) -> list[dict]:
        """The center's own closed days, [{"date", "name"}] sorted by date."""
        return list(self.get(holidays.SETTING, []))

    def days_off(self) -> holidays.DaysOff:
        """Public holidays and the center's closed days, for the calendar and weekly series."""
        return holidays.DaysOff(self.closed_days())

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
        if key == holidays.SETTING:
            value = holidays.check_closed_days(value)
        if key == "break_glass_roles":
            _check_break_glass_roles(value)
        if key == "working_hours":
            _check_working_hours(value)
        if key == "time_zone":
            _check_time_zone(value)
        if key == "review_many_charts":
            check_int(key, value, lo=2, hi=1000)
        detail = None
        if key == "retention_years":
            # Periods decide what is destroyed: the lead's alone (retention.manage), and the trail
            # keeps the old and new years so any destruction's periods can be read back.
            from ..retention_periods import DEFAULTS, check_periods
            self.allow("retention.manage")
            value = check_periods(value)
            detail = {"old": {**DEFAULTS, **(self.get(key) or {})}, "new": value}
        with self.vault.transaction():
            self.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                              (key, json.dumps(value, ensure_ascii=False)))
            self.audit("set", "setting", key, detail=detail)


def _check_break_glass_roles(value: list) -> None:
    allowed = access.emergency_roles()
    if any(role not in allowed for role in value) or len(set(value)) != len(value):
        raise invalid("break_glass_roles", f"가능한 역할: {', '.join(allowed)} (중복 없이)",
                      f"roles allowed: {', '.join(allowed)} (each once)")


def _check_working_hours(value: dict) -> None:
    start, end, days = value.get("start"), value.get("end"), value.get("weekdays")
    if (set(value) != {"start", "end", "weekdays"} or not isinstance(start, str) or not isinstance(end, str)
            or not _HHMM.fullmatch(start) or not _HHMM.fullmatch(end) or start >= end):
        raise invalid("working_hours", "시작과 끝을 HH:MM으로, 시작이 끝보다 앞서게 입력하세요",
                      "give start and end as HH:MM, the start before the end")
    if (not isinstance(days, list) or not days or len(set(days)) != len(days)
            or any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days)):
        raise invalid("working_hours", "근무 요일을 하나 이상 고르세요", "choose at least one working day")


def _check_time_zone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise invalid("time_zone", "알 수 없는 시간대입니다 (예: Asia/Seoul)",
                      "unknown time zone (e.g. Asia/Seoul)") from None


def center_zone(settings: SettingsRepository) -> ZoneInfo:
    """The center's time zone (default Asia/Seoul); a stored value that no longer loads falls back."""
    try:
        return ZoneInfo(settings.get("time_zone", DEFAULT_TIME_ZONE))
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return ZoneInfo(DEFAULT_TIME_ZONE)
