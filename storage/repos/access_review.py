"""The monthly access-log review (개인정보의 안전성 확보조치 기준: 접속기록 월 1회 이상 점검).

For one month the lead sees the unusual accesses in the audit log, each rule simple enough to
explain in one sentence:
- out_of_hours: a chart opened or a note read outside the center's working hours or days;
- many_charts:  one account opened at least ``review_many_charts`` different charts in one day;
- break_glass:  every emergency access (with its stated reason);
- export:       every export, print or backup (data leaving the database).
Rows show when, who, what and the client code, never a name. The lead marks the month reviewed
with a comment; the counts seen are kept with the mark.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from ..audit import now_iso
from ..validation import check_text, invalid
from .base import Repository
from .settings import DEFAULT_MANY_CHARTS, DEFAULT_WORKING_HOURS, SettingsRepository, center_zone

KINDS = ("out_of_hours", "many_charts", "break_glass", "export")
# a chart opened, a note read, a group note read (no client: the program session is shown), a screening read
VIEW_ENTITIES = ("client", "note", "group_note", "screening")
OUTFLOW_ACTIONS = ("export", "backup")    # data leaving the database
# The actions the review reads; the audit_action_at index makes this a few range scans.
ACTIONS = ("view", "break_glass") + OUTFLOW_ACTIONS


@dataclass(frozen=True)
class Finding:
    kind: str              # one of KINDS
    at: str                # audit time; for many_charts the day
    actor: str             # login
    actor_name: str
    action: str            # the audit action ('view', 'export', ...)
    entity: str            # what it was done to ('client', 'note', a report kind, ...)
    client_code: str       # '' when no client is concerned
    count: int = 1         # many_charts: how many different charts that day
    reason: str = ""       # break_glass: the reason the person gave
    audit_id: int | None = None
    local: str = ""        # the time in the center's time zone, 'YYYY-MM-DD HH:MM' (many_charts: the day)
    program_session: str = ""   # group_note: 'program name, YYYY-MM-DD' (a group note names no client)


@dataclass(frozen=True)
class AccessReview:
    month: str
    reviewed_by: int
    reviewer_name: str
    reviewed_at: str
    comment: str
    counts: dict


def month_bounds(month: str) -> tuple[str, str]:
    """'2026-11' -> ('2026-11-01', '2026-12-01'): the audit's ISO times compare as text."""
    try:
        first = datetime.strptime(month, "%Y-%m").date()
    except (TypeError, ValueError):
        raise invalid("month", "월은 YYYY-MM 형식입니다 (예: 2026-11)", "a month is YYYY-MM (e.g. 2026-11)") from None
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first.isoformat(), nxt.isoformat()


def previous_month(today: date) -> str:
    return (date(today.year - 1, 12, 1) if today.month == 1 else date(today.year, today.month - 1, 1)).strftime("%Y-%m")


def month_of(day: date) -> str:
    return day.strftime("%Y-%m")


def months_between(first: str, last: str) -> list[str]:
    """Every 'YYYY-MM' from first to last, both included (empty when first is after last)."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def local_time(at: str, zone: tzinfo) -> datetime:
    """An audit time in the center's time zone. Each workstation writes its own UTC offset (a
    laptop left on UTC writes +00:00): hours, days and months are the center's, not the writer's.
    A time written without an offset is taken as the center's."""
    moment = datetime.fromisoformat(at)
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def outside_hours(at: datetime, hours: dict) -> bool:
    """A time in the center's time zone, against the center's working hours and weekdays."""
    hhmm = at.strftime("%H:%M")
    return at.weekday() not in hours["weekdays"] or not (hours["start"] <= hhmm < hours["end"])


class AccessReviewRepository(Repository):
    def findings(self, month: str) -> list[Finding]:
        """The month's unusual accesses, in time order. The month, the working hours and the
        many-charts day are the center's (setting ``time_zone``)."""
        self.allow("access.review")
        since, until = month_bounds(month)
        settings = SettingsRepository(self.vault)
        zone = center_zone(settings)
        hours = settings.get("working_hours", DEFAULT_WORKING_HOURS)
        threshold = int(settings.get("review_many_charts", DEFAULT_MANY_CHARTS))
        marks = ",".join("?" * len(ACTIONS))
        # the stored times carry the writer's offset and compare as text: read a day more on each
        # side (no offset is a day or more), then keep what falls in the month in the center's zone
        wide_since = (date.fromisoformat(since) - timedelta(days=1)).isoformat()
        wide_until = (date.fromisoformat(until) + timedelta(days=1)).isoformat()
        rows = []
        for r in self.conn.execute(
                "SELECT id, at, actor, client_id, action, entity, entity_id, detail FROM audit_log"
                f" WHERE action IN ({marks}) AND at >= ? AND at < ? ORDER BY at, id",
                (*ACTIONS, wide_since, wide_until)):
            local = local_time(r[1], zone)
            if since <= local.date().isoformat() < until:
                rows.append((r, local))
        names = {r[0]: r[1] for r in self.conn.execute("SELECT login, display_name FROM staff")}
        codes = self._codes({r[3] for r, _ in rows if r[3] is not None})
        reasons = self._reasons([int(r[6]) for r, _ in rows if r[4] == "break_glass" and r[6] and r[6].isdigit()])
        programs = self._program_sessions([int(r[6]) for r, _ in rows
                                           if r[4] == "view" and r[5] == "group_note" and r[6] and r[6].isdigit()])
        found: list[Finding] = []
        charts_per_day: dict[tuple[str, str], set[int]] = {}
        for (audit_id, at, actor, client_id, action, entity, entity_id, _detail), local in rows:
            code = codes.get(client_id, "—") if client_id is not None else ""
            common = dict(at=at, actor=actor, actor_name=names.get(actor, actor), action=action, entity=entity,
                          client_code=code, audit_id=audit_id, local=local.strftime("%Y-%m-%d %H:%M"))
            if action == "view":
                if entity not in VIEW_ENTITIES:
                    continue
                if entity == "client" and client_id is not None:
                    charts_per_day.setdefault((local.date().isoformat(), actor), set()).add(client_id)
                if outside_hours(local, hours):
                    program = programs.get(int(entity_id), "") if entity == "group_note" and entity_id and \
                        entity_id.isdigit() else ""
                    found.append(Finding("out_of_hours", program_session=program, **common))
            elif action == "break_glass":
                grant = int(entity_id) if entity_id and entity_id.isdigit() else None
                found.append(Finding("break_glass", reason=reasons.get(grant, ""), **common))
            else:
                found.append(Finding("export", **common))
        for (day, actor), clients in charts_per_day.items():
            if len(clients) >= threshold:
                found.append(Finding("many_charts", at=day, actor=actor, actor_name=names.get(actor, actor),
                                     action="view", entity="client", client_code="", count=len(clients), local=day))
        found.sort(key=lambda f: (f.local, f.audit_id or 0))
        return found

    def _program_sessions(self, group_note_ids: list[int]) -> dict[int, str]:
        """group note id -> 'program name, date' (what a group note read is shown by)."""
        if not group_note_ids:
            return {}
        ids = sorted(set(group_note_ids))[:900]
        return {r[0]: f"{r[1]}, {(r[2] or '')[:10]}" for r in self.conn.execute(
            "SELECT g.id, p.name, ps.starts_at FROM group_notes g JOIN program_sessions ps ON ps.id = g.program_session_id"
            f" JOIN programs p ON p.id = ps.program_id WHERE g.id IN ({','.join('?' * len(ids))})", ids)}

    @staticmethod
    def counts(findings: list[Finding]) -> dict:
        return {kind: sum(1 for f in findings if f.kind == kind) for kind in KINDS}

    def _codes(self, ids: set[int]) -> dict[int, str]:
        codes: dict[int, str] = {}
        ordered = sorted(ids)
        for i in range(0, len(ordered), 500):   # stay under SQLite's bound-parameter limit
            chunk = ordered[i:i + 500]
            codes.update(self.conn.execute(
                f"SELECT id, code FROM clients WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
        return codes

    def _reasons(self, grant_ids: list[int]) -> dict[int, str]:
        if not grant_ids:
            return {}
        return dict(self.conn.execute(
            f"SELECT id, reason FROM emergency_accesses WHERE id IN ({','.join('?' * len(grant_ids))})",
            grant_ids).fetchall())

    def mark_reviewed(self, month: str, comment: str) -> AccessReview:
        """The lead's monthly check, with what was seen (audited; the comment stays out of the trail)."""
        self.allow("access.review")
        _since, until = month_bounds(month)
        today = self.center_today()
        if until > today.isoformat():   # the rest of the month would never be reviewed
            raise invalid("month", "아직 끝나지 않은 달입니다. 다음 달 1일부터 점검할 수 있습니다",
                          "that month is not over yet; it can be reviewed from the 1st of the next month")
        comment = check_text("comment", comment, max_len=1000)
        if self.review_of(month) is not None:
            raise invalid("month", f"{month}은(는) 이미 점검을 마쳤습니다", f"{month} has already been reviewed")
        counts = self.counts(self.findings(month))
        with self.vault.transaction():
            self.conn.execute(
                "INSERT INTO access_reviews (month, reviewed_by, reviewed_at, comment, out_of_hours, many_charts,"
                " break_glass, exports) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (month, self.actor.id, now_iso(), comment, counts["out_of_hours"], counts["many_charts"],
                 counts["break_glass"], counts["export"]))
            self.audit("review", "access_log", month, detail=counts)
        return self.review_of(month)

    def review_of(self, month: str) -> AccessReview | None:
        self.allow("access.review")
        return next((r for r in self._reviews(" WHERE r.month = ?", (month,))), None)

    def reviews(self) -> list[AccessReview]:
        """Every reviewed month, newest first."""
        self.allow("access.review")
        return self._reviews("", ())

    def _reviews(self, where: str, params: tuple) -> list[AccessReview]:
        rows = self.conn.execute(
            "SELECT r.month, r.reviewed_by, s.display_name, r.reviewed_at, r.comment, r.out_of_hours, r.many_charts,"
            " r.break_glass, r.exports FROM access_reviews r JOIN staff s ON s.id = r.reviewed_by"
            + where + " ORDER BY r.month DESC", params)
        return [AccessReview(r[0], r[1], r[2], r[3], r[4], dict(zip(KINDS, r[5:9]))) for r in rows]

    def center_today(self) -> date:
        return datetime.now(center_zone(SettingsRepository(self.vault))).date()

    def first_month(self) -> str | None:
        """The first month the review covers: the month the feature came (the schema records the
        day, setting access_review_since), or the first audit row's if that is later (a new database)."""
        zone = center_zone(SettingsRepository(self.vault))
        row = self.conn.execute("SELECT min(at) FROM audit_log").fetchone()
        first_audit = month_of(local_time(row[0], zone).date()) if row and row[0] else None
        since = SettingsRepository(self.vault).get("access_review_since")
        since = since[:7] if isinstance(since, str) and len(since) >= 7 else None
        candidates = [m for m in (first_audit, since) if m]
        return max(candidates) if candidates else None

    def overdue_months(self, today: date | None = None) -> list[str]:
        """Every finished month since the review exists that has not been reviewed, oldest first
        (the reminder): a skipped month keeps being reminded."""
        self.allow("access.review")
        first = self.first_month()
        if first is None:
            return []
        last = previous_month(today or self.center_today())
        done = {r[0] for r in self.conn.execute("SELECT month FROM access_reviews")}
        return [m for m in months_between(first, last) if m not in done]

    def overdue_month(self, today: date | None = None) -> str | None:
        """The oldest month not reviewed yet, or None."""
        months = self.overdue_months(today)
        return months[0] if months else None
