"""Report periods: a month, a year or any date range (inclusive)."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    kind: str  # "month", "year" or "range"

    @classmethod
    def month(cls, text: str) -> "Period":
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text or ""):
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        y, m = int(text[:4]), int(text[5:])
        return cls(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(int(year), 1, 1), date(int(year), 12, 31), "year")

    @classmethod
    def range(cls, start: str | date, end: str | date) -> "Period":
        s = start if isinstance(start, date) else date.fromisoformat(str(start))
        e = end if isinstance(end, date) else date.fromisoformat(str(end))
        if e < s:
            raise ValueError("the end is before the start")
        return cls(s, e, "range")

    def shifted_years(self, n: int) -> "Period":
        """The same period n years earlier or later (29 Feb becomes 28 Feb)."""
        def shift(d: date) -> date:
            y = d.year + n
            return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))
        return Period(shift(self.start), shift(self.end), self.kind)

    def year_to_date(self) -> "Period":
        return Period(date(self.end.year, 1, 1), self.end, "range")

    def last_12_months(self) -> tuple[str, str]:
        """First and last month ('YYYY-MM') of the 12 months ending with this period."""
        y, m = self.end.year, self.end.month
        first_y, first_m = (y, m - 11) if m > 11 else (y - 1, m + 1)
        return f"{first_y}-{first_m:02d}", f"{y}-{m:02d}"

    @property
    def label_ko(self) -> str:
        if self.kind == "month":
            return f"{self.start.year}년 {self.start.month}월"
        if self.kind == "year":
            return f"{self.start.year}년"
        return f"{self.start:%Y.%m.%d} ~ {self.end:%Y.%m.%d}"

    @property
    def label_en(self) -> str:
        if self.kind == "month":
            return f"{calendar.month_name[self.start.month]} {self.start.year}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    def label(self, lang: str) -> str:
        return self.label_ko if lang == "ko" else self.label_en

    @property
    def months(self) -> tuple[str, str]:
        return f"{self.start:%Y-%m}", f"{self.end:%Y-%m}"
