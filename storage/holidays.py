"""Days the center is closed: Korean public holidays from the maintained ``holidays`` package
(lunar 설날/추석, 대체공휴일, election days and the 임시공휴일 it knows), plus the center's own
closed days (the ``closed_days`` setting: e.g. a city closure, or a 임시공휴일 announced after
the installed release of the library) minus the public holidays on which the center works
(entries with ``"open": true``: e.g. 노동절, a public holiday since 2026 that a city office may
still keep open). No Qt: the calendar and the appointment repository share it.

A weekly series is planned here (``plan_weekly``) so the booking dialog's preview and the
repository book exactly the same dates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .validation import invalid

SETTING = "closed_days"          # the settings key: [{"date": "YYYY-MM-DD", "name": "...", "open": bool?}]
MAX_CLOSED_DAYS = 400            # a few years of closures; more is a typing accident
MAX_NAME = 40
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_SERIES_WEEKS = 520           # a weekly series never looks further than ten years ahead
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Holiday:
    day: date
    name_ko: str
    name_en: str
    center: bool = False          # a closed day of the center's setting, not a public holiday

    def name(self, lang: str = "ko") -> str:
        return self.name_ko if lang == "ko" else self.name_en

    def short(self, lang: str = "ko") -> str:
        """'추석(9/25)' / 'Chuseok (9/25)': how the booking dialog lists a skipped date."""
        return f"{self.name(lang)}{'' if lang == 'ko' else ' '}({self.day.month}/{self.day.day})"


# The library's Korean name for 1 January is the old three-day "신정연휴"; one day is 신정.
_KO_NAMES = {"신정연휴": "신정"}


@lru_cache(maxsize=64)
def _public_year(year: int) -> dict[date, tuple[str, str]]:
    # Imported on first use: the package costs ~60 ms to import, which the CLI and the
    # storage layer should not pay unless a calendar or a series needs it.
    from holidays.countries.south_korea import SouthKorea
    ko = SouthKorea(years=year, language="ko")
    en = SouthKorea(years=year, language="en_US")
    return {d: (" · ".join(_KO_NAMES.get(n, n) for n in ko.get_list(d)), " · ".join(en.get_list(d)))
            for d in sorted(ko)}



def public_holidays(start: date, end: date) -> dict[date, Holiday]:
    """Public holidays in [start, end), Korean and English names (several on one day are
    joined with ' · ', e.g. 부처님오신날 · 어린이날 in 2025)."""
    found: dict[date, Holiday] = {}
    for year in range(start.year, end.year + 1):
        if not FIRST_YEAR - 50 <= year <= LAST_YEAR:
            continue
        for d, (ko, en) in _public_year(year).items():
            if start <= d < end:
                found[d] = Holiday(d, ko, en)
    return found


def library_version() -> str:
    import holidays
    return holidays.__version__


def check_closed_days(value) -> list[dict]:
    """Validate the ``closed_days`` setting; returns it cleaned (names stripped, sorted by date)."""
    if not isinstance(value, list):
        raise invalid(SETTING, "휴무일 목록 형식이 맞지 않습니다", "the closed days must be a list")
    if len(value) > MAX_CLOSED_DAYS:
        raise invalid(SETTING, f"휴무일은 {MAX_CLOSED_DAYS}개까지 둘 수 있습니다",
                      f"at most {MAX_CLOSED_DAYS} closed days")
    cleaned: dict[str, str] = {}
    for entry in value:
        if not isinstance(entry, dict) or set(entry) - {"open"} != {"date", "name"}:
            raise invalid(SETTING, "휴무일마다 날짜와 이름이 있어야 합니다", "each closed day needs a date and a name")
        if not isinstance(entry.get("open", False), bool):
            raise invalid(SETTING, "근무일 표시는 예/아니오여야 합니다", "'open' must be true or false")
        try:
            day = date.fromisoformat(str(entry["date"]))
        except ValueError:
            raise invalid(SETTING, f"날짜 형식이 아닙니다: {str(entry['date'])[:20]} (예: 2026-05-01)",
                          f"not a date: {str(entry['date'])[:20]} (e.g. 2026-05-01)") from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise invalid(SETTING, f"{FIRST_YEAR}~{LAST_YEAR}년 사이의 날짜여야 합니다",
                          f"the date must be between {FIRST_YEAR} and {LAST_YEAR}")
        name = entry["name"].strip() if isinstance(entry["name"], str) else ""
        if not name or len(name) > MAX_NAME or _CONTROL.search(name):
            raise invalid(SETTING, f"{day.isoformat()}: 이름은 1~{MAX_NAME}자로 입력하세요",
                          f"{day.isoformat()}: the name must have 1 to {MAX_NAME} characters")
        if day.isoformat() in cleaned:
            raise invalid(SETTING, f"{day.isoformat()} 휴무일이 두 번 있습니다", f"{day.isoformat()} is listed twice")
        cleaned[day.isoformat()] = (name, entry.get("open", False))
    return [{"date": d, "name": cleaned[d][0], **({"open": True} if cleaned[d][1] else {})} for d in sorted(cleaned)]


class DaysOff:
    """Public holidays plus the center's closed days (an already validated setting value)."""

    def __init__(self, closed_days: list[dict] | None = None) -> None:
        entries = closed_days or ()
        self.closed = {date.fromisoformat(e["date"]): e["name"] for e in entries if not e.get("open")}
        self.open = {date.fromisoformat(e["date"]) for e in entries if e.get("open")}

    def between(self, start: date, end: date) -> dict[date, Holiday]:
        """Every closed day in [start, end): public holidays the center does not work, and its own."""
        found = {d: h for d, h in public_holidays(start, end).items() if d not in self.open}
        for d, name in self.closed.items():
            if start <= d < end:
                public = found.get(d)
                if public is None:
                    found[d] = Holiday(d, name, name, center=True)
                elif name not in public.name_ko:       # the center named a public holiday again
                    found[d] = Holiday(d, f"{public.name_ko} · {name}", f"{public.name_en} · {name}")
        return dict(sorted(found.items()))

    def get(self, day: date) -> Holiday | None:
        return self.between(day, day + timedelta(days=1)).get(day)


def plan_weekly(first: date, occurrences: int, *, interval_weeks: int = 1, days_off: DaysOff | None = None,
                skip_dates: set[str] | None = None) -> tuple[list[date], list[Holiday]]:
    """The dates of a weekly series of ``occurrences`` and the closed days it passed over.
    A skipped date is not counted: the series runs on until it has ``occurrences`` dates
    (``days_off`` None: holidays are booked like any day). ``skip_dates`` are further ISO dates
    to pass over (reported as skipped only when they are closed days too)."""
    skip_dates = skip_dates or set()
    horizon = first + timedelta(weeks=MAX_SERIES_WEEKS)
    off = days_off.between(first, horizon + timedelta(days=1)) if days_off is not None else {}
    dates: list[date] = []
    skipped: list[Holiday] = []
    day = first
    while len(dates) < occurrences:
        if day > horizon:
            raise invalid("occurrences", "건너뛸 날이 너무 많아 반복 예약을 만들 수 없습니다",
                          "too many days to skip: the series cannot be booked")
        if day in off:
            skipped.append(off[day])
        elif day.isoformat() not in skip_dates:
            dates.append(day)
        day += timedelta(weeks=interval_weeks)
    return dates, skipped
