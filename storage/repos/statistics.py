"""Counting queries for the reports: plain dicts out, never rows with names.

Person-visits (연인원) add up; distinct persons (실인원) never do, so every distinct count is a
COUNT(DISTINCT …) over the period asked for. Program head-counts (anonymous outreach) are
person-visits without persons: they are reported beside the named counts, never guessed into
the distinct figures.
"""
from __future__ import annotations

from datetime import date, timedelta
from statistics import median

from ..validation import check_date
from .base import Repository

AGE_BANDS = ("20s_or_less", "30s", "40s", "50s", "60s_plus")
LINES = ("counseling", "screening", "program", "referral")
# A group note's copies (storage/repos/group_notes.py) are records, not services: the member's
# visit is already counted once, as program attendance.
COPIES_OUT = " AND {alias}.program_session_id IS NULL"


def age_band_sql(year: int) -> str:
    """SQL CASE giving the age band of ``clients c`` in ``year`` (age = year - birth year)."""
    return (f"CASE WHEN {year} - c.birth_year < 30 THEN '20s_or_less' WHEN {year} - c.birth_year < 40 THEN '30s'"
            f" WHEN {year} - c.birth_year < 50 THEN '40s' WHEN {year} - c.birth_year < 60 THEN '50s'"
            f" ELSE '60s_plus' END")


def _with_site(sql: str, params: list, site_id: int | None, column: str = "site_id") -> tuple[str, list]:
    """Narrow a query to one site (None: all sites)."""
    if site_id is None:
        return sql, params
    return f"{sql} AND {column} = ?", params + [site_id]


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


class StatisticsRepository(Repository):
    """Every figure of the usage reports, for [start, end] (inclusive dates), one site or all."""

    def __init__(self, vault, conn=None) -> None:
        super().__init__(vault)
        self._conn = conn  # a reader connection (Vault.reader) for work in another thread

    @property
    def conn(self):
        return self._conn if self._conn is not None else self.vault.conn

    # --- building blocks -----------------------------------------------------------------------
    def _named_services(self, start: str, end: str, site_id: int | None) -> tuple[str, list]:
        """SQL of every named service in the period: (client_id, line, day). Used for
        distinct persons across lines and for demographics."""
        site = " AND {alias}.site_id = ?" if site_id is not None else ""
        end_x = _next_day(end)
        parts, params = [], []
        parts.append("SELECT s.client_id, 'counseling' AS line, s.session_date AS day FROM counseling_sessions s"
                     " WHERE s.session_date >= ? AND s.session_date <= ?" + COPIES_OUT.format(alias="s")
                     + site.format(alias="s"))
        params += [start, end] + ([site_id] if site_id is not None else [])
        parts.append("SELECT x.client_id, 'screening', x.taken_on FROM screenings x"
                     " WHERE x.taken_on >= ? AND x.taken_on <= ?" + site.format(alias="x"))
        params += [start, end] + ([site_id] if site_id is not None else [])
        parts.append("SELECT a.client_id, 'program', substr(ps.starts_at, 1, 10) FROM program_attendance a"
                     " JOIN program_sessions ps ON ps.id = a.program_session_id JOIN programs p ON p.id = ps.program_id"
                     " WHERE ps.starts_at >= ? AND ps.starts_at < ?" + site.format(alias="p"))
        params += [start, end_x] + ([site_id] if site_id is not None else [])
        parts.append("SELECT r.client_id, 'referral', r.referred_on FROM referrals r"
                     " WHERE r.referred_on >= ? AND r.referred_on <= ?" + site.format(alias="r"))
        params += [start, end] + ([site_id] if site_id is not None else [])
        return " UNION ALL ".join(parts), params

    def _line_sources(self, start: str, end: str, site_id: int | None) -> list[tuple[str, str, list]]:
        """(line, "FROM … WHERE …" with client_id available, params) for each named service line.
        Kept apart (no UNION) so each is one range scan of a covering index."""
        site = " AND {alias}.site_id = ?" if site_id is not None else ""
        extra = [site_id] if site_id is not None else []
        return [
            ("counseling", "FROM counseling_sessions t WHERE t.session_date >= ? AND t.session_date <= ?"
             + COPIES_OUT.format(alias="t") + site.format(alias="t"), [start, end] + extra),
            ("screening", "FROM screenings t WHERE t.taken_on >= ? AND t.taken_on <= ?" + site.format(alias="t"),
             [start, end] + extra),
            ("program", "FROM program_attendance t JOIN program_sessions ps ON ps.id = t.program_session_id"
             " JOIN programs p ON p.id = ps.program_id WHERE ps.starts_at >= ? AND ps.starts_at < ?"
             + site.format(alias="p"), [start, _next_day(end)] + extra),
            ("referral", "FROM referrals t WHERE t.referred_on >= ? AND t.referred_on <= ?" + site.format(alias="t"),
             [start, end] + extra),
        ]

    def _per_person(self, start: str, end: str, site_id: int | None) -> tuple[str, list]:
        """SQL of one row per person served in the period: client_id and their person-visits
        per line (v0…v3 in LINES order). Grouped inside SQLite: a person-level loop in Python
        held the interpreter lock for most of a yearly report, so the report's second thread
        could not run beside it."""
        parts, params = [], []
        for i, (_line, where, p) in enumerate(self._line_sources(start, end, site_id)):
            parts.append(f"SELECT t.client_id AS client_id, {i} AS line {where}")
            params += p
        cols = ", ".join(f"sum(line = {i}) AS v{i}" for i in range(len(LINES)))
        return f"SELECT client_id, {cols} FROM ({' UNION ALL '.join(parts)}) GROUP BY client_id", params

    def _person_groups(self, start: str, end: str, site_id: int | None) -> list[tuple]:
        """People grouped by (sex, birth year, job group, new?): per group the persons, then per
        line the person-visits and the persons. A few hundred rows, from which the line totals,
        the distinct counts and the demographics all follow; remembered for this instance (one
        report), since several figures use it."""
        key = (start, end, site_id)
        cache = self.__dict__.setdefault("_cache", {})
        if key not in cache:
            per_person, params = self._per_person(start, end, site_id)
            sums = ", ".join(f"sum(p.v{i}), sum(p.v{i} > 0)" for i in range(len(LINES)))
            cache[key] = self.conn.execute(
                f"SELECT c.sex, c.birth_year, c.job_group, c.first_seen_on >= ?, count(*), {sums}"
                f" FROM ({per_person}) p JOIN clients c ON c.id = p.client_id GROUP BY 1, 2, 3, 4",
                [start] + params).fetchall()
        return cache[key]

    def _lines_and_everyone(self, start: str, end: str, site_id: int | None) -> tuple[dict, int]:
        """Person-visits and persons per line (one range scan each), and the persons of all lines
        together (one UNION of the client ids): what a hand-written query does, nothing more."""
        out, parts, params = {}, [], []
        for line, where, p in self._line_sources(start, end, site_id):
            visits, persons = self.conn.execute(f"SELECT count(*), count(DISTINCT t.client_id) {where}", p).fetchone()
            out[line] = {"visits": visits, "persons": persons}
            parts.append(f"SELECT t.client_id {where}")
            params += p
        everyone = self.conn.execute(f"SELECT count(*) FROM ({' UNION '.join(parts)})", params).fetchone()[0]
        return out, everyone

    def _visits(self, start: str, end: str, site_id: int | None) -> dict[str, int]:
        """Person-visits per line only: a count over each index range, nothing per person."""
        return {line: self.conn.execute(f"SELECT count(*) {where}", params).fetchone()[0]
                for line, where, params in self._line_sources(start, end, site_id)}

    def _headcount(self, start: str, end: str, site_id: int | None, by_category: bool = False):
        sql = ("SELECT p.category, coalesce(sum(ps.headcount), 0), count(ps.id) FROM program_sessions ps"
               " JOIN programs p ON p.id = ps.program_id WHERE ps.starts_at >= ? AND ps.starts_at < ?")
        params: list = [start, _next_day(end)]
        sql, params = _with_site(sql, params, site_id, "p.site_id")
        rows = self.conn.execute(sql + " GROUP BY p.category", params).fetchall()
        if by_category:
            return {r[0]: {"headcount": r[1], "sessions": r[2]} for r in rows}
        return sum(r[1] for r in rows)

    # --- the report's figures ------------------------------------------------------------------
    def service_lines(self, start: str, end: str, site_id: int | None = None, *, persons: bool = True) -> dict:
        """Person-visits (and, unless ``persons=False``, distinct persons) per line and in total.
        Year-to-date comparisons only need visits, which skips all per-person work."""
        self.allow("report.run")
        start, end = check_date("start", start), check_date("end", end)
        if persons:
            key = (start, end, site_id)
            if key in self.__dict__.get("_cache", {}):
                rows = [row[4:] for row in self._person_groups(start, end, site_id)]
                out = {line: {"visits": sum(r[1 + 2 * i] or 0 for r in rows),
                              "persons": sum(r[2 + 2 * i] or 0 for r in rows)} for i, line in enumerate(LINES)}
                everyone = sum(r[0] for r in rows)
            else:  # no demographics wanted (e.g. last year's lines): per line, then everyone once
                out, everyone = self._lines_and_everyone(start, end, site_id)
        else:
            out = {line: {"visits": n} for line, n in self._visits(start, end, site_id).items()}
        headcount = self._headcount(start, end, site_id)
        out["program"]["named_visits"] = out["program"]["visits"]
        out["program"]["headcount"] = headcount
        out["program"]["visits"] += headcount
        out["total"] = {"visits": sum(out[line]["visits"] for line in LINES)}
        if persons:
            out["total"]["persons"] = everyone
        return out

    def people(self, start: str, end: str, site_id: int | None = None) -> dict:
        """Everything counted per person: persons and person-visits by sex, age band and job
        group, and new vs. continuing clients (from the same per-person groups as the lines)."""
        self.allow("report.run")
        start, end = check_date("start", start), check_date("end", end)
        year = int(end[:4])
        demographics: dict = {"sex": {}, "age_band": {}, "job_group": {}}
        new = continuing = everyone = 0
        for sex, birth_year, job, is_new, persons, *per_line in self._person_groups(start, end, site_id):
            visits = sum(per_line[0::2])
            everyone += persons
            age = year - birth_year
            band = ("20s_or_less" if age < 30 else "30s" if age < 40 else "40s" if age < 50 else "50s" if age < 60
                    else "60s_plus")
            for key, value in (("sex", sex), ("age_band", band), ("job_group", job)):
                cell = demographics[key].setdefault(value, {"visits": 0, "persons": 0})
                cell["visits"] += visits
                cell["persons"] += persons
            if is_new:
                new += persons
            elif is_new is not None:
                continuing += persons
        for key in demographics:
            demographics[key] = dict(sorted(demographics[key].items()))
        return {"persons": everyone, "demographics": demographics,
                "new_and_continuing": {"new": new, "continuing": continuing}}

    def counseling_kinds(self, start: str, end: str, site_id: int | None = None) -> dict:
        self.allow("report.run")
        return self._group("kind", start, end, site_id)

    def counseling_methods(self, start: str, end: str, site_id: int | None = None) -> dict:
        self.allow("report.run")
        return self._group("method", start, end, site_id)

    def _group(self, column: str, start: str, end: str, site_id: int | None) -> dict:
        sql = (f"SELECT {column}, count(*), count(DISTINCT client_id) FROM counseling_sessions"
               " WHERE session_date >= ? AND session_date <= ? AND program_session_id IS NULL")
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "site_id")
        return {r[0]: {"visits": r[1], "persons": r[2]} for r in self.conn.execute(sql + f" GROUP BY {column}", params)}

    def by_counselor(self, start: str, end: str, site_id: int | None = None) -> list[dict]:
        self.allow("report.run")
        sql = ("SELECT st.display_name, st.login, count(*), count(DISTINCT s.client_id), sum(s.minutes)"
               " FROM counseling_sessions s JOIN staff st ON st.id = s.counselor_id"
               " WHERE s.session_date >= ? AND s.session_date <= ?" + COPIES_OUT.format(alias="s"))
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "s.site_id")
        rows = self.conn.execute(sql + " GROUP BY st.id ORDER BY st.display_name", params)
        return [{"name": r[0], "login": r[1], "visits": r[2], "persons": r[3], "minutes": r[4]} for r in rows]

    def by_problem(self, start: str, end: str, site_id: int | None = None) -> list[dict]:
        """Counseling by the case's primary presenting problem."""
        self.allow("report.run")
        sql = ("SELECT pc.code, pc.grp, pc.name_ko, pc.name_en, count(*), count(DISTINCT s.client_id)"
               " FROM counseling_sessions s JOIN case_problems cp ON cp.case_id = s.case_id AND cp.is_primary = 1"
               " JOIN problem_codes pc ON pc.code = cp.problem_code WHERE s.session_date >= ? AND s.session_date <= ?"
               + COPIES_OUT.format(alias="s"))
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "s.site_id")
        rows = self.conn.execute(sql + " GROUP BY pc.code ORDER BY pc.sort_order", params)
        return [{"code": r[0], "group": r[1], "name_ko": r[2], "name_en": r[3], "visits": r[4], "persons": r[5]}
                for r in rows]

    def new_and_continuing(self, start: str, end: str, site_id: int | None = None) -> dict:
        """New = first ever service falls in the period; continuing = came before too."""
        return self.people(start, end, site_id)["new_and_continuing"]

    def demographics(self, start: str, end: str, site_id: int | None = None) -> dict:
        """Persons and person-visits by sex, age band and job group (named services only)."""
        return self.people(start, end, site_id)["demographics"]

    def screening_bands(self, start: str, end: str, site_id: int | None = None) -> dict:
        """Screenings per instrument and risk class (incomplete ones counted apart). Grouped in
        SQL: it runs in the report's second thread, and SQLite works without holding Python."""
        self.allow("report.run")
        sql = ("SELECT instrument_id, coalesce(risk_class, 'incomplete'), count(*) FROM screenings"
               " WHERE taken_on >= ? AND taken_on <= ?")
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "site_id")
        out: dict = {}
        for instrument, risk, n in self.conn.execute(sql + " GROUP BY 1, 2 ORDER BY 1, 2", params):
            out.setdefault(instrument, {})[risk] = n
        return out

    def screened_by_class(self, start: str, end: str, site_id: int | None = None) -> dict:
        """Distinct persons screened, by their highest overall class in the period."""
        self.allow("report.run")
        sql = ("SELECT max(CASE overall_class WHEN 'high_risk' THEN 3 WHEN 'watch' THEN 2 WHEN 'normal' THEN 1"
               " ELSE 0 END) AS r FROM screenings WHERE taken_on >= ? AND taken_on <= ?")
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "site_id")
        names = {3: "high_risk", 2: "watch", 1: "normal", 0: "incomplete"}
        out = {name: 0 for name in ("normal", "watch", "high_risk", "incomplete")}
        for rank, n in self.conn.execute(f"SELECT r, count(*) FROM ({sql} GROUP BY client_id) GROUP BY r", params):
            out[names[rank]] += n
        return out

    def programs(self, start: str, end: str, site_id: int | None = None) -> dict:
        """Per category: sessions held, named attendance, anonymous head-count, persons."""
        self.allow("report.run")
        heads = self._headcount(start, end, site_id, by_category=True)
        sql = ("SELECT p.category, count(*), count(DISTINCT a.client_id) FROM program_attendance a"
               " JOIN program_sessions ps ON ps.id = a.program_session_id JOIN programs p ON p.id = ps.program_id"
               " WHERE ps.starts_at >= ? AND ps.starts_at < ?")
        params: list = [start, _next_day(end)]
        sql, params = _with_site(sql, params, site_id, "p.site_id")
        named = {r[0]: (r[1], r[2]) for r in self.conn.execute(sql + " GROUP BY 1", params)}
        out = {}
        for cat in sorted(set(heads) | set(named)):
            n_visits, n_persons = named.get(cat, (0, 0))
            h = heads.get(cat, {"headcount": 0, "sessions": 0})
            out[cat] = {"sessions": h["sessions"], "named_visits": n_visits, "headcount": h["headcount"],
                        "visits": n_visits + h["headcount"], "persons": n_persons}
        return out

    def followups(self, start: str, end: str, site_id: int | None = None) -> dict:
        """Safety flags raised in the period; of those, closed, within 1 and 7 days; open now."""
        self.allow("report.run")
        sql = ("SELECT count(*), sum(f.status = 'closed'),"
               " sum(f.status = 'closed' AND julianday(substr(f.closed_at, 1, 19)) - julianday(substr(f.raised_at, 1, 19)) <= 1),"
               " sum(f.status = 'closed' AND julianday(substr(f.closed_at, 1, 19)) - julianday(substr(f.raised_at, 1, 19)) <= 7)"
               " FROM safety_followups f LEFT JOIN screenings x ON x.id = f.screening_id"
               " WHERE substr(f.raised_at, 1, 10) >= ? AND substr(f.raised_at, 1, 10) <= ?")
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "x.site_id")
        r = self.conn.execute(sql, params).fetchone()
        open_now = self.conn.execute("SELECT count(*) FROM safety_followups WHERE status = 'open'").fetchone()[0]
        return {"raised": r[0] or 0, "closed": r[1] or 0, "closed_within_1_day": r[2] or 0,
                "closed_within_7_days": r[3] or 0, "open_now": open_now}

    def waitlist(self, start: str, end: str, site_id: int | None = None) -> dict:
        """The waitlist over [start, end]: entries added, booked, placed and withdrawn in the
        period (with the median days they had waited), those still waiting at the period's end
        (added on or before it and not resolved by then; of them urgent, and the median days
        waited so far), and the median days from entry to the FIRST COUNSELING SESSION: for
        entries booked from the waitlist whose first session falls in the period: the session
        held for the booked appointment, else the first counseling session on or after the
        booking day that is not a group-note copy. The first session, not the booking, is what
        centers mean by waiting time (a booking three weeks out is still three weeks of
        waiting). Medians are of whole days; None when there is nothing to take one of."""
        self.allow("report.run")
        start, end = check_date("start", start), check_date("end", end)
        # The first session: the one held for the booked appointment, else the client's first
        # counseling session from the booking day that is not a group-note copy
        # (program_session_id set; every other report leaves those out too).
        sql = ("SELECT w.status, substr(w.added_at, 1, 10), substr(w.resolved_at, 1, 10), w.priority,"
               " CASE WHEN w.status = 'booked' THEN coalesce("
               "(SELECT min(s.session_date) FROM counseling_sessions s WHERE s.appointment_id = w.appointment_id"
               " AND s.program_session_id IS NULL),"
               "(SELECT min(s.session_date) FROM counseling_sessions s WHERE s.client_id = w.client_id"
               " AND s.program_session_id IS NULL AND s.session_date >= substr(w.resolved_at, 1, 10))) END"
               " FROM waitlist w WHERE substr(w.added_at, 1, 10) <= ?")
        sql, params = _with_site(sql, [end], site_id, "w.site_id")
        days = lambda a, b: (date.fromisoformat(b) - date.fromisoformat(a)).days  # noqa: E731
        out = {"added": 0, "booked": [], "placed": [], "withdrawn": [], "first_session": [], "waiting": [],
               "waiting_urgent": 0}
        for status, added, resolved, priority, first in self.conn.execute(sql, params):
            if added >= start:
                out["added"] += 1
            if resolved is not None and start <= resolved <= end and status in ("booked", "placed", "withdrawn"):
                out[status].append(days(added, resolved))
            if first is not None and start <= first <= end:
                out["first_session"].append(days(added, first))
            if resolved is None or resolved > end:
                out["waiting"].append(days(added, end))
                out["waiting_urgent"] += priority == "urgent"

        def med(values: list[int]):
            return round(float(median(values)), 1) if values else None

        result = {"added": out["added"], "waiting_at_end": len(out["waiting"]),
                  "waiting_urgent_at_end": out["waiting_urgent"],
                  "waiting_median_days": med(out["waiting"])}
        for key in ("booked", "placed", "withdrawn", "first_session"):
            result[key] = len(out[key])
            result[f"{key}_median_days"] = med(out[key])
        return result

    def referrals(self, start: str, end: str, site_id: int | None = None) -> dict:
        self.allow("report.run")
        sql = ("SELECT destination_kind, count(*), count(DISTINCT client_id), sum(cost_support_krw) FROM referrals"
               " WHERE referred_on >= ? AND referred_on <= ?")
        params: list = [start, end]
        sql, params = _with_site(sql, params, site_id, "site_id")
        return {r[0]: {"referrals": r[1], "persons": r[2], "cost_support_krw": r[3] or 0}
                for r in self.conn.execute(sql + " GROUP BY 1 ORDER BY 1", params)}

    def satisfaction(self, first_month: str, last_month: str, site_id: int | None = None) -> dict:
        """Mean of each of the 7 items and of all items, with the number of responses."""
        self.allow("report.run")
        from ..records import SATISFACTION_ITEMS
        cols = ", ".join(f"avg({i})" for i in SATISFACTION_ITEMS)
        sql = f"SELECT count(*), {cols} FROM satisfaction_responses WHERE period_month >= ? AND period_month <= ?"
        params: list = [first_month, last_month]
        sql, params = _with_site(sql, params, site_id, "site_id")
        row = self.conn.execute(sql, params).fetchone()
        n = row[0]
        items = {item: (round(v, 2) if v is not None else None) for item, v in zip(SATISFACTION_ITEMS, row[1:])}
        overall = round(sum(v for v in row[1:]) / len(SATISFACTION_ITEMS), 2) if n else None
        return {"responses": n, "items": items, "overall": overall}

    def monthly_visits(self, first_month: str, last_month: str, site_id: int | None = None) -> dict:
        """Person-visits per month and line (a trend chart): months add up, so this is safe.
        One index-range count per month and line, plus the head-counts."""
        self.allow("report.run")
        out: dict = {}
        y, m = int(first_month[:4]), int(first_month[5:7])
        while f"{y}-{m:02d}" <= last_month:
            start = date(y, m, 1)
            end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
            counts = self._visits(start.isoformat(), end.isoformat(), site_id)
            counts["program"] += self._headcount(start.isoformat(), end.isoformat(), site_id)
            if any(counts.values()):
                out[f"{y}-{m:02d}"] = counts
            y, m = (y + (m == 12), m % 12 + 1)
        return out

    def plan_targets(self, year: int, site_id: int | None = None) -> dict:
        self.allow("report.run")
        rows = self.conn.execute(
            "SELECT service_line, target_person_visits FROM annual_plans WHERE year = ? AND COALESCE(site_id, 0) = ?",
            (year, site_id or 0))
        return {r[0]: r[1] for r in rows}

    def city_cells(self, month: str, site_id: int | None = None) -> list[tuple]:
        """(line, sex, age band, job group, person-visits, persons) for the city's export:
        counts only, no names, codes or dates finer than the month."""
        self.allow("report.run")
        y, m = int(month[:4]), int(month[5:7])
        start = f"{month}-01"
        end = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).isoformat()
        union, params = self._named_services(start, end, site_id)
        band = age_band_sql(y)
        return self.conn.execute(
            f"SELECT u.line, c.sex, {band}, c.job_group, count(*), count(DISTINCT u.client_id)"
            f" FROM ({union}) u JOIN clients c ON c.id = u.client_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            params).fetchall()
