"""The waitlist (대기자): people waiting for a counselor, a time of day or a program.

An entry is a registered client, or an anonymous enquiry that holds only a name or alias and a
phone number. It is worked in priority order (``waiting``): entries whose client has an open
safety follow-up first, then urgent ones, then the longest waiting. It ends in one step as an
appointment (``book``: the appointment and the entry's resolution in one transaction, with the
calendar's clash refusal) or a program place (``place``), or is withdrawn with a reason.

An anonymous enquiry must become a client (intake) before it is booked or placed: the caller
registers the client and passes its id (``link_client``, or ``client_id=`` to ``book``/``place``);
the enquiry's contact is then erased, the client record holds it. A withdrawn enquiry keeps no
contact and no memo either: there is nobody to call back, and the memo may name the caller.
An enquiry that becomes a client keeps its memo: it holds the wish the booking needs ("evenings
only"), and from then on it is part of that client's file, destroyed with it (storage/repos/retention.py).
A waiting enquiry is deleted by the retention list once the contact-data period has passed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..audit import now_iso
from ..errors import NotFound
from ..records import Appointment
from ..validation import check_choice, check_text, invalid
from ..vocabulary import TIME_PREFERENCES, WAITLIST_PRIORITIES, WITHDRAW_REASONS
from .appointments import AppointmentRepository
from .base import Repository
from .programs import ProgramRepository

COLUMNS = ("id, client_id, contact_name, contact_phone, site_id, counselor_id, time_pref, program_id, priority, memo,"
           " added_at, added_by, status, resolved_at, resolved_by, withdraw_reason, appointment_id, placed_program_id")
CLINICAL_ROLES = ("counselor", "psychiatrist", "lead")   # who can hold a session (a wished counselor)


@dataclass
class WaitlistEntry:
    site_id: int
    client_id: int | None = None
    contact_name: str | None = None      # anonymous enquiry only
    contact_phone: str | None = None     # anonymous enquiry only
    counselor_id: int | None = None      # wished counselor
    time_pref: str = "any"               # TIME_PREFERENCES
    program_id: int | None = None        # wished program
    priority: str = "normal"             # normal | urgent
    memo: str | None = None
    added_at: str | None = None
    added_by: int | None = None
    status: str = "waiting"              # waiting | booked | placed | withdrawn
    resolved_at: str | None = None
    resolved_by: int | None = None
    withdraw_reason: str | None = None
    appointment_id: int | None = None
    placed_program_id: int | None = None
    id: int | None = None
    # filled in by ``waiting``:
    days_waiting: int | None = None
    safety_flag: bool = False            # the client has an open safety follow-up
    next_appointment: str | None = None  # the client's earliest booked appointment from today (starts_at)
    next_appointment_id: int | None = None

    @property
    def anonymous(self) -> bool:
        return self.client_id is None


def _entry(r) -> WaitlistEntry:
    return WaitlistEntry(id=r[0], client_id=r[1], contact_name=r[2], contact_phone=r[3], site_id=r[4],
                         counselor_id=r[5], time_pref=r[6], program_id=r[7], priority=r[8], memo=r[9],
                         added_at=r[10], added_by=r[11], status=r[12], resolved_at=r[13], resolved_by=r[14],
                         withdraw_reason=r[15], appointment_id=r[16], placed_program_id=r[17])


def days_waiting(entry: WaitlistEntry, today: date) -> int:
    return (today - date.fromisoformat(entry.added_at[:10])).days


def _wish_detail(e: WaitlistEntry) -> list[str]:
    """What was wished, as codes for the audit row (never names)."""
    return [k for k, v in (("counselor", e.counselor_id), ("program", e.program_id)) if v is not None] + (
        ["time"] if e.time_pref != "any" else [])


class WaitlistRepository(Repository):
    # --- checks ------------------------------------------------------------------------------
    def _validate(self, e: WaitlistEntry) -> None:
        check_choice("priority", e.priority, tuple(WAITLIST_PRIORITIES))
        check_choice("time_pref", e.time_pref, tuple(TIME_PREFERENCES))
        e.memo = check_text("memo", e.memo, required=False, max_len=500)
        if e.client_id is None:
            e.contact_name = check_text("contact_name", e.contact_name, max_len=40)
            e.contact_phone = check_text("contact_phone", e.contact_phone, max_len=20)
        else:
            if e.contact_name or e.contact_phone:  # the client record holds the contact
                raise invalid("contact_name", "등록된 내담자는 연락처를 따로 적지 않습니다",
                              "a registered client's contact is in the client record")
            e.contact_name = e.contact_phone = None
            self.one("SELECT 1 FROM clients WHERE id = ?", (e.client_id,), f"client #{e.client_id}")
        if self.conn.execute("SELECT 1 FROM sites WHERE id = ?", (e.site_id,)).fetchone() is None:
            raise invalid("site", "기관(사이트)을 선택하세요", "choose a site")
        if e.counselor_id is not None:
            row = self.conn.execute("SELECT role, active FROM staff WHERE id = ?", (e.counselor_id,)).fetchone()
            if row is None or row[0] not in CLINICAL_ROLES or not row[1]:
                raise invalid("counselor", "상담할 수 있는 직원을 선택하세요", "choose someone who counsels")
        if e.program_id is not None:
            self.one("SELECT 1 FROM programs WHERE id = ?", (e.program_id,), f"program #{e.program_id}")

    def _refuse_second_entry(self, client_id: int | None, entry_id: int | None = None) -> None:
        if client_id is None:
            return
        row = self.conn.execute("SELECT id, added_at FROM waitlist WHERE client_id = ? AND status = 'waiting'"
                                " AND id <> ?", (client_id, entry_id or -1)).fetchone()
        if row:
            raise invalid("client", f"이미 대기자 명단에 있습니다 ({row[1][:10]} 등록)",
                          f"already on the waitlist (added {row[1][:10]})")

    def _waiting_entry(self, entry_id: int) -> WaitlistEntry:
        e = self.get(entry_id)
        if e.status != "waiting":
            raise invalid("status", "이미 처리된 대기 항목입니다", "this entry is no longer waiting")
        return e

    def _client_for(self, e: WaitlistEntry, client_id: int | None) -> int:
        """The client an entry is booked or placed for: its own, or (an enquiry) the new one."""
        if e.client_id is not None:
            if client_id is not None and client_id != e.client_id:
                raise invalid("client", "대기 항목의 내담자와 다릅니다", "not the entry's client")
            return e.client_id
        if client_id is None:
            raise invalid("client", "익명 문의는 먼저 내담자로 등록(접수)해야 합니다",
                          "register the enquiry as a client (intake) first")
        self.one("SELECT 1 FROM clients WHERE id = ?", (client_id,), f"client #{client_id}")
        self._refuse_second_entry(client_id, e.id)
        return client_id

    # --- reading -----------------------------------------------------------------------------
    def get(self, entry_id: int) -> WaitlistEntry:
        self.allow("waitlist.read")
        return _entry(self.one(f"SELECT {COLUMNS} FROM waitlist WHERE id = ?", (entry_id,), f"waitlist #{entry_id}"))

    def waiting(self, today: date, site_id: int | None = None) -> list[WaitlistEntry]:
        """Waiting entries in the order they are worked: an open safety follow-up first (a
        crisis signal must not wait behind others; the flag is shown to every clinical role, as
        screening results are), then urgent, then the longest waiting."""
        self.allow("waitlist.read")
        cols = ", ".join("w." + c.strip() for c in COLUMNS.split(","))
        # A client booked in the calendar meanwhile is still on the list: show the booking, so
        # nobody books them twice (the desktop asks before booking such an entry again).
        sql = (f"SELECT {cols}, EXISTS(SELECT 1 FROM safety_followups f WHERE f.client_id = w.client_id"
               " AND f.status = 'open') AS flag, (SELECT a.id FROM appointments a"
               " WHERE a.client_id = w.client_id AND a.status = 'booked' AND a.starts_at >= ?"
               " ORDER BY a.starts_at, a.id LIMIT 1) FROM waitlist w WHERE w.status = 'waiting'")
        params: list = [today.isoformat()]
        if site_id is not None:
            sql += " AND w.site_id = ?"
            params.append(site_id)
        sql += " ORDER BY flag DESC, w.priority = 'urgent' DESC, w.added_at, w.id"
        out = []
        for r in self.conn.execute(sql, params):
            e = _entry(r[:18])
            e.safety_flag = bool(r[18])
            if r[19] is not None:
                e.next_appointment_id = r[19]
                e.next_appointment = self.conn.execute("SELECT starts_at FROM appointments WHERE id = ?",
                                                       (r[19],)).fetchone()[0]
            e.days_waiting = days_waiting(e, today)
            out.append(e)
        return out

    def count_waiting(self, site_id: int | None = None) -> int:
        self.allow("waitlist.read")
        sql, params = "SELECT count(*) FROM waitlist WHERE status = 'waiting'", ()
        if site_id is not None:
            sql, params = sql + " AND site_id = ?", (site_id,)
        return self.conn.execute(sql, params).fetchone()[0]

    def for_client(self, client_id: int) -> list[WaitlistEntry]:
        self.allow("waitlist.read")
        return [_entry(r) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM waitlist WHERE client_id = ? ORDER BY added_at DESC, id DESC", (client_id,))]

    # --- writing -----------------------------------------------------------------------------
    def add(self, e: WaitlistEntry) -> WaitlistEntry:
        self.allow("waitlist.write")
        self._validate(e)
        with self.vault.transaction():
            self._refuse_second_entry(e.client_id)
            e.added_at, e.added_by, e.status = now_iso(), self.actor.id, "waiting"
            cur = self.conn.execute(
                "INSERT INTO waitlist (client_id, contact_name, contact_phone, site_id, counselor_id, time_pref,"
                " program_id, priority, memo, added_at, added_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting')",
                (e.client_id, e.contact_name, e.contact_phone, e.site_id, e.counselor_id, e.time_pref, e.program_id,
                 e.priority, e.memo, e.added_at, e.added_by))
            e.id = cur.lastrowid
            self.audit("create", "waitlist", e.id, client_id=e.client_id,
                       detail={"anonymous": e.client_id is None, "priority": e.priority, "site": e.site_id,
                               "wish": _wish_detail(e)})
        return e

    def update(self, e: WaitlistEntry) -> None:
        """Change the wish, the priority, the site, the memo (and an enquiry's contact) of a
        waiting entry. Who it is for is not changed here (``link_client``)."""
        self.allow("waitlist.write")
        before = self._waiting_entry(e.id)
        e.client_id = before.client_id
        self._validate(e)
        with self.vault.transaction():
            self.conn.execute(
                "UPDATE waitlist SET contact_name = ?, contact_phone = ?, site_id = ?, counselor_id = ?, time_pref = ?,"
                " program_id = ?, priority = ?, memo = ? WHERE id = ? AND status = 'waiting'",
                (e.contact_name, e.contact_phone, e.site_id, e.counselor_id, e.time_pref, e.program_id, e.priority,
                 e.memo, e.id))
            self.audit("update", "waitlist", e.id, client_id=e.client_id,
                       detail={"priority": e.priority, "site": e.site_id, "wish": _wish_detail(e)})

    def link_client(self, entry_id: int, client_id: int) -> WaitlistEntry:
        """An enquiry came in for intake: it now waits as that client (its contact is erased)."""
        self.allow("waitlist.write")
        e = self._waiting_entry(entry_id)
        if e.client_id is not None:
            raise invalid("client", "이미 내담자로 등록된 대기 항목입니다", "this entry is already a client's")
        self._client_for(e, client_id)
        with self.vault.transaction():
            self.conn.execute("UPDATE waitlist SET client_id = ?, contact_name = NULL, contact_phone = NULL"
                              " WHERE id = ?", (client_id, entry_id))
            self.audit("link_client", "waitlist", entry_id, client_id=client_id)
        e.client_id, e.contact_name, e.contact_phone = client_id, None, None
        return e

    def withdraw(self, entry_id: int, reason: str) -> WaitlistEntry:
        """No longer waiting, with the reason's category (no free text: the memo holds any words)."""
        self.allow("waitlist.write")
        check_choice("reason", reason, tuple(WITHDRAW_REASONS))
        e = self._waiting_entry(entry_id)
        with self.vault.transaction():
            at = now_iso()
            # An enquiry's memo may name the caller ("김 님 배우자 문제"): it goes with the contact.
            self.conn.execute(
                "UPDATE waitlist SET status = 'withdrawn', resolved_at = ?, resolved_by = ?, withdraw_reason = ?,"
                " contact_name = NULL, contact_phone = NULL,"
                " memo = CASE WHEN client_id IS NULL THEN NULL ELSE memo END WHERE id = ?",
                (at, self.actor.id, reason, entry_id))
            self.audit("withdraw", "waitlist", entry_id, client_id=e.client_id,
                       detail={"reason": reason, "anonymous": e.client_id is None})
        e.status, e.resolved_at, e.resolved_by, e.withdraw_reason = "withdrawn", at, self.actor.id, reason
        e.contact_name = e.contact_phone = None
        if e.client_id is None:
            e.memo = None
        return e

    def mark_booked(self, entry_id: int, appointment_id: int) -> WaitlistEntry:
        """The client was booked in the calendar meanwhile: the entry ends as booked with that
        appointment (it must be the client's and still booked), so nobody books them twice."""
        self.allow("waitlist.write")
        e = self._waiting_entry(entry_id)
        row = self.conn.execute("SELECT client_id, status FROM appointments WHERE id = ?", (appointment_id,)).fetchone()
        if e.client_id is None or row is None or row[0] != e.client_id or row[1] != "booked":
            raise invalid("appointment", "이 내담자의 예약이 아닙니다", "not a booked appointment of this client")
        with self.vault.transaction():
            at = now_iso()
            self.conn.execute("UPDATE waitlist SET status = 'booked', resolved_at = ?, resolved_by = ?, appointment_id = ?"
                              " WHERE id = ? AND status = 'waiting'", (at, self.actor.id, appointment_id, entry_id))
            self.audit("book", "waitlist", entry_id, client_id=e.client_id,
                       detail={"appointment": appointment_id, "existing": True, "days_waited": (
                           date.fromisoformat(at[:10]) - date.fromisoformat(e.added_at[:10])).days})
        e.status, e.resolved_at, e.resolved_by, e.appointment_id = "booked", at, self.actor.id, appointment_id
        return e

    def book(self, entry_id: int, appointment: Appointment, *, client_id: int | None = None) -> Appointment:
        """Book the appointment and mark the entry booked, together or not at all. A clash is
        refused with the calendar's message and the entry stays waiting. An enquiry needs the
        id of the client its intake created (``client_id``)."""
        self.allow("waitlist.write")
        appointments = AppointmentRepository(self.vault)
        appointments.allow("appointment.write")
        e = self._waiting_entry(entry_id)
        client = self._client_for(e, client_id)
        appointment.client_id = client
        with self.vault.transaction():
            appointments.add_within(appointment)
            at = now_iso()
            self.conn.execute(
                "UPDATE waitlist SET status = 'booked', resolved_at = ?, resolved_by = ?, appointment_id = ?,"
                " client_id = ?, contact_name = NULL, contact_phone = NULL WHERE id = ?",
                (at, self.actor.id, appointment.id, client, entry_id))
            self.audit("book", "waitlist", entry_id, client_id=client,
                       detail={"appointment": appointment.id, "days_waited": (date.fromisoformat(at[:10])
                               - date.fromisoformat(e.added_at[:10])).days, "was_anonymous": e.client_id is None})
        return appointment

    def place(self, entry_id: int, program_id: int, *, client_id: int | None = None) -> WaitlistEntry:
        """Register the client in the program and mark the entry placed, in one transaction."""
        self.allow("waitlist.write")
        programs = ProgramRepository(self.vault)
        programs.allow("program.write")
        e = self._waiting_entry(entry_id)
        client = self._client_for(e, client_id)
        if self.conn.execute("SELECT 1 FROM programs WHERE id = ?", (program_id,)).fetchone() is None:
            raise NotFound(what=f"program #{program_id}")
        with self.vault.transaction():
            programs.register_within(program_id, client)
            at = now_iso()
            self.conn.execute(
                "UPDATE waitlist SET status = 'placed', resolved_at = ?, resolved_by = ?, placed_program_id = ?,"
                " client_id = ?, contact_name = NULL, contact_phone = NULL WHERE id = ?",
                (at, self.actor.id, program_id, client, entry_id))
            self.audit("place", "waitlist", entry_id, client_id=client,
                       detail={"program": program_id, "was_anonymous": e.client_id is None})
        e.status, e.resolved_at, e.resolved_by, e.placed_program_id = "placed", at, self.actor.id, program_id
        e.client_id, e.contact_name, e.contact_phone = client, None, None
        return e
