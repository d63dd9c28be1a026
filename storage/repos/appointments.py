from __future__ import annotations

from datetime import datetime

from ..audit import now_iso
from ..errors import Conflict
from ..holidays import Holiday, plan_weekly
from ..records import Appointment
from ..validation import check_choice, check_datetime, check_int, invalid
from ..vocabulary import APPOINTMENT_KINDS, APPOINTMENT_STATUSES
from .base import Repository
from .settings import SettingsRepository

COLUMNS = "id, site_id, counselor_id, room_id, client_id, kind, starts_at, ends_at, status, recurrence_id, memo"
BLOCKING = ("booked", "attended")  # a cancelled or missed slot frees the room and the counselor


class WeeklySeries(list):
    """The appointments of a weekly series (a list, first to last), with the closed days it
    passed over (``skipped``) and its ``recurrence_id``."""

    def __init__(self, items=(), *, skipped: list[Holiday] | None = None, recurrence_id: int | None = None):
        super().__init__(items)
        self.skipped = list(skipped or [])
        self.recurrence_id = recurrence_id


def _appt(r) -> Appointment:
    return Appointment(id=r[0], site_id=r[1], counselor_id=r[2], room_id=r[3], client_id=r[4], kind=r[5],
                       starts_at=r[6], ends_at=r[7], status=r[8], recurrence_id=r[9], memo=r[10])


class AppointmentRepository(Repository):
    def _validate(self, a: Appointment) -> None:
        check_choice("kind", a.kind, tuple(APPOINTMENT_KINDS))
        check_choice("status", a.status, tuple(APPOINTMENT_STATUSES))
        a.starts_at = check_datetime("starts_at", a.starts_at)
        a.ends_at = check_datetime("ends_at", a.ends_at)
        if a.ends_at <= a.starts_at:
            raise invalid("ends_at", "끝나는 시간이 시작 시간보다 늦어야 합니다", "the end must be after the start")
        if a.kind in ("individual", "family", "intake") and a.client_id is None:
            raise invalid("client", "내담자를 선택하세요", "choose a client")

    def clash(self, a: Appointment) -> str | None:
        """Describe the first booking that overlaps ``a`` for the same counselor or room."""
        params = (a.starts_at, a.ends_at, a.id or -1)
        row = self.conn.execute(
            f"SELECT a.starts_at, a.ends_at, s.display_name FROM appointments a JOIN staff s ON s.id = a.counselor_id"
            f" WHERE a.counselor_id = ? AND a.status IN {BLOCKING} AND a.starts_at < ? AND a.ends_at > ? AND a.id <> ?"
            f" ORDER BY a.starts_at LIMIT 1", (a.counselor_id, params[1], params[0], params[2])).fetchone()
        if row:
            return ("counselor", row[2], row[0], row[1])
        if a.room_id is not None:
            row = self.conn.execute(
                f"SELECT a.starts_at, a.ends_at, r.name FROM appointments a JOIN rooms r ON r.id = a.room_id"
                f" WHERE a.room_id = ? AND a.status IN {BLOCKING} AND a.starts_at < ? AND a.ends_at > ? AND a.id <> ?"
                f" ORDER BY a.starts_at LIMIT 1", (a.room_id, params[1], params[0], params[2])).fetchone()
            if row:
                return ("room", row[2], row[0], row[1])
        return None

    def _refuse_clash(self, a: Appointment) -> None:
        found = self.clash(a) if a.status in BLOCKING else None
        if found:
            what, name, start, end = found
            when = f"{start.replace('T', ' ')}–{end[11:]}"
            ko = f"{'상담사' if what == 'counselor' else '상담실'} {name}, {when}에 이미 예약이 있습니다"
            en = f"{'counselor' if what == 'counselor' else 'room'} {name} is already booked {when}"
            raise Conflict(detail_ko=ko, detail_en=en, what=what, name=name, starts_at=start)

    def _insert(self, a: Appointment) -> None:
        cur = self.conn.execute(
            "INSERT INTO appointments (site_id, counselor_id, room_id, client_id, kind, starts_at, ends_at, status,"
            " recurrence_id, memo, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.site_id, a.counselor_id, a.room_id, a.client_id, a.kind, a.starts_at, a.ends_at, a.status,
             a.recurrence_id, a.memo, self.actor.id, now_iso()))
        a.id = cur.lastrowid

    def add(self, a: Appointment) -> Appointment:
        self.allow("appointment.write")
        self._validate(a)
        with self.vault.transaction():
            self.add_within(a)
        return a

    def add_within(self, a: Appointment) -> Appointment:
        """``add`` inside the caller's transaction, for a write that books and records more
        together (the waitlist's booking): the same checks, clash refusal and audit row."""
        self.allow("appointment.write")
        self._validate(a)
        self._refuse_clash(a)
        self._insert(a)
        self.audit("create", "appointment", a.id, client_id=a.client_id)
        return a

    def add_weekly(self, first: Appointment, occurrences: int, *, interval_weeks: int = 1,
                   skip_holidays: bool = True, skip_dates: set[str] | None = None) -> WeeklySeries:
        """Book ``occurrences`` weekly slots; all or none (the first clash is named).
        With ``skip_holidays`` (the default, as in the schema) public holidays and the center's
        closed days are passed over without being counted, so the client still gets every
        session; ``skip_dates`` are further dates passed over. The result lists what was skipped."""
        self.allow("appointment.write")
        occurrences = check_int("occurrences", occurrences, lo=1, hi=104)
        interval_weeks = check_int("interval_weeks", interval_weeks, lo=1, hi=52)
        self._validate(first)
        start = datetime.fromisoformat(first.starts_at)
        length = datetime.fromisoformat(first.ends_at) - start
        days_off = SettingsRepository(self.vault).days_off() if skip_holidays else None
        dates, skipped = plan_weekly(start.date(), occurrences, interval_weeks=interval_weeks,
                                     days_off=days_off, skip_dates=skip_dates)
        made = WeeklySeries(skipped=skipped)
        with self.vault.transaction():
            cur = self.conn.execute(
                "INSERT INTO recurrences (freq, interval_n, occurrences, skip_holidays) VALUES ('weekly', ?, ?, ?)",
                (interval_weeks, occurrences, int(bool(skip_holidays))))
            made.recurrence_id = series = cur.lastrowid
            for day in dates:
                when = datetime.combine(day, start.time())
                a = Appointment(site_id=first.site_id, counselor_id=first.counselor_id, room_id=first.room_id,
                                client_id=first.client_id, kind=first.kind, memo=first.memo,
                                starts_at=when.strftime("%Y-%m-%dT%H:%M"),
                                ends_at=(when + length).strftime("%Y-%m-%dT%H:%M"), recurrence_id=series)
                self._refuse_clash(a)
                self._insert(a)
                made.append(a)
            self.audit("create", "appointment_series", series, client_id=first.client_id,
                       detail={"count": len(made), "skipped_holidays": len(skipped)})
        return made

    def skips_holidays(self, recurrence_id: int) -> bool:
        """The choice stored with a weekly series."""
        self.allow("appointment.read")
        return bool(self.one("SELECT skip_holidays FROM recurrences WHERE id = ?", (recurrence_id,),
                             f"recurrence #{recurrence_id}")[0])

    def get(self, appointment_id: int) -> Appointment:
        self.allow("appointment.read")
        return _appt(self.one(f"SELECT {COLUMNS} FROM appointments WHERE id = ?", (appointment_id,),
                              f"appointment #{appointment_id}"))

    def update(self, a: Appointment) -> None:
        """Edit or move (new time, room or counselor); clashes are refused."""
        self.allow("appointment.write")
        self._validate(a)
        with self.vault.transaction():
            self._refuse_clash(a)
            self.conn.execute(
                "UPDATE appointments SET site_id = ?, counselor_id = ?, room_id = ?, client_id = ?, kind = ?,"
                " starts_at = ?, ends_at = ?, status = ?, memo = ?, updated_at = ? WHERE id = ?",
                (a.site_id, a.counselor_id, a.room_id, a.client_id, a.kind, a.starts_at, a.ends_at, a.status, a.memo,
                 now_iso(), a.id))
            self.audit("update", "appointment", a.id, client_id=a.client_id)

    def set_status(self, appointment_id: int, status: str) -> Appointment:
        """booked -> attended / no_show / cancelled (and back, to undo a slip)."""
        a = self.get(appointment_id)
        a.status = check_choice("status", status, tuple(APPOINTMENT_STATUSES))
        with self.vault.transaction():
            self._refuse_clash(a)
            self.conn.execute("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?",
                              (status, now_iso(), appointment_id))
            self.audit(f"status_{status}", "appointment", appointment_id, client_id=a.client_id)
        return a

    def in_range(self, start: str, end: str, *, site_id: int | None = None, counselor_id: int | None = None,
                 include_cancelled: bool = False) -> list[Appointment]:
        """Appointments that begin in [start, end) — a day or a week of a calendar view."""
        self.allow("appointment.read")
        sql = f"SELECT {COLUMNS} FROM appointments WHERE starts_at >= ? AND starts_at < ?"
        params: list = [check_datetime("start", start), check_datetime("end", end)]
        if site_id is not None:
            sql += " AND site_id = ?"
            params.append(site_id)
        if counselor_id is not None:
            sql += " AND counselor_id = ?"
            params.append(counselor_id)
        if not include_cancelled:
            sql += " AND status <> 'cancelled'"
        return [_appt(r) for r in self.conn.execute(sql + " ORDER BY starts_at, id", params)]

    def for_client(self, client_id: int) -> list[Appointment]:
        self.allow("appointment.read")
        return [_appt(r) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM appointments WHERE client_id = ? ORDER BY starts_at", (client_id,))]
