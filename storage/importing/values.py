"""Reading cell values the way people write them in Korea: dates (2024-03-05, 2024.3.5,
24.03.05, 2024/03/05, 2024년 3월 5일, 20240305, Excel dates), times (14:00, 오후 2:30, 14시),
durations (50, 50분, 1시간 30분, 1:30), amounts (300,000, 30만원), and coded choices by code
or by Korean/English label (개인상담 / individual).

Every parser raises ``Bad(code, **params)`` with a reason code of report.REASONS.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

EXCEL_EPOCH = date(1899, 12, 30)
OLDEST = date(1990, 1, 1)


class Bad(Exception):
    """One cell cannot be read; ``code`` is a key of report.REASONS."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def fold(text: str) -> str:
    """Comparison form of a heading or a label: NFC, lower case, no spaces or ``_ - . · /``."""
    text = unicodedata.normalize("NFC", str(text)).lower()
    return re.sub(r"[\s_\-.·・/]+", "", text)


def _show(value) -> str:
    from .reader import cell_text  # noqa: PLC0415
    text = cell_text(value) or ""
    return text if len(text) <= 40 else text[:40] + "…"


# --- dates and times -----------------------------------------------------------------------------
_TIME = r"(?:\s*(?:T|\s)\s*(?P<rest>.+))?"
_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})\s*\.?" + _TIME + r"$"),
    re.compile(r"(?P<y>\d{2})\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})\s*\.?" + _TIME + r"$"),
    re.compile(r"(?P<y>\d{2,4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일?" + r"(?:\s*\(.\))?" + _TIME + r"$"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})" + _TIME + r"$"),
]


def two_digit_year(yy: int, today: date) -> int:
    """24 -> 2024; 85 -> 1985 (a two-digit year is the latest one not after next year)."""
    year = 2000 + yy
    return year if year <= today.year + 1 else 1900 + yy


def parse_date(value, today: date, *, any_year: bool = False) -> tuple[str, str | None]:
    """(ISO date, 'HH:MM' or None when no time was written). Service dates must lie between
    1990 and ``today``; ``any_year`` lifts that (birth dates)."""
    when: str | None = None
    if isinstance(value, datetime):
        day = value.date()
        if value.time() != time(0, 0):
            when = value.strftime("%H:%M")
    elif isinstance(value, date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 20000 <= value < 80000:   # an Excel serial date number (1954..2118)
            raise Bad("bad_date", value=_show(value))
        day = EXCEL_EPOCH + timedelta(days=int(value))
        fraction = value - int(value)
        if fraction:
            minutes = round(fraction * 24 * 60)
            when = f"{minutes // 60:02d}:{minutes % 60:02d}"
    else:
        text = str(value).strip()
        for pattern in _DATE_PATTERNS:
            match = pattern.match(text)
            if match:
                break
        else:
            raise Bad("bad_date", value=_show(value))
        y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
        if len(match["y"]) == 2:
            y = two_digit_year(y, today)
        elif len(match["y"]) == 3:
            raise Bad("bad_date", value=_show(value))
        try:
            day = date(y, m, d)
        except ValueError:
            raise Bad("bad_date", value=_show(value)) from None
        rest = match["rest"]
        if rest:
            try:
                when = parse_time(rest)
            except Bad:
                raise Bad("bad_date", value=_show(value)) from None
    if any_year:
        return day.isoformat(), when
    if day > today:
        raise Bad("future_date", value=day.isoformat())
    if day < OLDEST:
        raise Bad("old_date", value=day.isoformat())
    return day.isoformat(), when


_CLOCK = re.compile(r"(?P<ampm>오전|오후|am|pm|a\.m\.|p\.m\.)?\s*(?P<h>\d{1,2})\s*(?::|시)\s*(?P<m>\d{1,2})?\s*(?:분)?"
                    r"(?::\d{1,2}(?:\.\d+)?)?\s*(?P<ampm2>오전|오후|am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)


def parse_time(value) -> str:
    """'HH:MM' from 14:00, 14:00:00, 14시, 14시 30분, 오후 2:30, 2:30 PM, or an Excel time."""
    if isinstance(value, datetime):
        return value.strftime("%H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    text = str(value).strip()
    match = _CLOCK.match(text)
    if not match:
        raise Bad("bad_time", value=_show(value))
    hour, minute = int(match["h"]), int(match["m"] or 0)
    ampm = (match["ampm"] or match["ampm2"] or "").lower().replace(".", "")
    if ampm in ("오후", "pm") and hour < 12:
        hour += 12
    elif ampm in ("오전", "am") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise Bad("bad_time", value=_show(value))
    return f"{hour:02d}:{minute:02d}"


# --- numbers -------------------------------------------------------------------------------------
def parse_int(value, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool):
        raise Bad("bad_number", value=_show(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise Bad("bad_number", value=_show(value))
        number = int(value)
    elif isinstance(value, int):
        number = value
    else:
        text = str(value).strip().replace(",", "")
        if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
            number = int(float(text)) if "." in text else int(text)
        else:
            raise Bad("bad_number", value=_show(value))
    if (lo is not None and number < lo) or (hi is not None and number > hi):
        raise Bad("out_of_range", value=_show(value), lo=lo, hi=hi)
    return number


def parse_number(value):
    """An int, or a float when it has decimals (screening totals of mean-scored forms)."""
    if isinstance(value, bool):
        raise Bad("bad_number", value=_show(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    text = str(value).strip().replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise Bad("bad_number", value=_show(value)) from None
    return int(number) if number.is_integer() else number


_DURATION = re.compile(r"(?:(?P<h>\d+)\s*(?:시간|h|hr|hrs|hour|hours))?\s*(?:(?P<m>\d+)\s*(?:분|m|min|mins|minutes)?)?$",
                       re.IGNORECASE)


def parse_minutes(value, lo: int = 1, hi: int = 600) -> int:
    """50, '50분', '1시간', '1시간 30분', '1:30', '90 min'."""
    if isinstance(value, time):
        minutes = value.hour * 60 + value.minute
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_int(value, lo, hi)
    else:
        text = str(value).strip()
        clock = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
        match = _DURATION.match(text)
        if clock:
            minutes = int(clock[1]) * 60 + int(clock[2])
        elif text and match and (match["h"] or match["m"]):
            minutes = int(match["h"] or 0) * 60 + int(match["m"] or 0)
        else:
            raise Bad("bad_number", value=_show(value))
    if not lo <= minutes <= hi:
        raise Bad("out_of_range", value=_show(value), lo=lo, hi=hi)
    return minutes


def parse_krw(value, hi: int) -> int:
    """'300,000', '300000원', '30만원', '30만', '1,000,000'."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_int(value, 0, hi)
    text = str(value).strip().replace(",", "").replace(" ", "")
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(만)?원?", text)
    if not match:
        raise Bad("bad_number", value=_show(value))
    amount = float(match[1]) * (10_000 if match[2] else 1)
    if not amount.is_integer():
        raise Bad("bad_number", value=_show(value))
    if not 0 <= amount <= hi:
        raise Bad("out_of_range", value=_show(value), lo=0, hi=f"{hi:,}")
    return int(amount)


def parse_birth_year(value, today: date) -> int:
    """1985, '85', '1985-03-02' or an Excel date: only the year is kept."""
    if isinstance(value, (datetime, date)):
        year = value.year
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and not (20000 <= value < 80000):
        year = parse_int(value)
    else:
        text = str(value).strip()
        if re.fullmatch(r"\d{2}", text):
            year = two_digit_year(int(text), today)
        elif re.fullmatch(r"\d{4}(\.0+)?", text):
            year = int(float(text))
        elif re.fullmatch(r"\d{6}", text):           # YYMMDD
            year = two_digit_year(int(text[:2]), today)
        else:
            try:
                year = int(parse_date(value, today, any_year=True)[0][:4])
            except Bad:
                raise Bad("bad_number", value=_show(value)) from None
    if not 1920 <= year <= 2015:
        raise Bad("out_of_range", value=year, lo=1920, hi=2015)
    return year


# --- coded choices ---------------------------------------------------------------------------------
class Choices:
    """A code list read by code, Korean or English label, or extra synonyms (all folded)."""

    def __init__(self, vocab: dict, synonyms: dict[str, str] | None = None, reason: str = "bad_value") -> None:
        self.reason = reason
        self.codes = tuple(vocab)
        self.by_word: dict[str, str] = {}
        for code, labels in vocab.items():
            for word in (code, labels[0], labels[1]):
                self.by_word.setdefault(fold(word), code)
        for word, code in (synonyms or {}).items():
            self.by_word[fold(word)] = code
        self.allowed = ", ".join(f"{labels[0]}({code})" for code, labels in vocab.items())

    def get(self, value) -> str:
        code = self.by_word.get(fold(value))
        if code is None:
            raise Bad(self.reason, value=_show(value), allowed=self.allowed)
        return code
