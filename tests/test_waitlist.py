"""The waitlist repository: priority order (an open safety follow-up first, then urgent, then the
longest waiting), days waiting from a given day, booking and program placement in one step
(a clash refused with the calendar's message leaves the entry waiting), anonymous enquiries
that must become clients first, withdrawal with a reason, the audit trail, the roles, and the
report's figures (waiting at month end, median days to the first session)."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from reports.period import Period
from reports.tables import report_tables
from reports.usage import build_usage_report
from storage import access
from storage.errors import Conflict, PermissionDenied, ValidationError
from storage.records import Appointment, Client, CounselingSession, Program
from storage.repos import waitlist as waitlist_module
from storage.repos.statistics import StatisticsRepository
from storage.repos.waitlist import WaitlistEntry


class Clock:
    """The waitlist's wall clock, set by the test."""

    def __init__(self, monkeypatch) -> None:
        self.now = "2026-03-01T09:00:00+09:00"
        monkeypatch.setattr(waitlist_module, "now_iso", lambda: self.now)

    def at(self, day: str) -> "Clock":
        self.now = f"{day}T09:00:00+09:00"
        return self


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def client(store, code: str, name: str) -> Client:
    return store.clients.add(Client(code=code, name=name, sex="F", birth_year=1988, job_group="welfare", site_id=1))


def audit(store, entity: str = "waitlist") -> list[tuple]:
    rows = store.vault.conn.execute("SELECT action, entity, entity_id, client_id, detail FROM audit_log"
                                    " WHERE entity IN (?, 'appointment', 'program') ORDER BY id", (entity,)).fetchall()
    return [(a, e, i, c, json.loads(d)) for a, e, i, c, d in rows]


def staff_id(store, login: str) -> int:
    return next(s.id for s in store.staff.list(include_inactive=True) if s.login == login)


def appointment(store, counselor: str = "c1", start: str = "2026-03-16T10:00", end: str = "2026-03-16T11:00",
                room: int | None = 1) -> Appointment:
    return Appointment(site_id=1, counselor_id=staff_id(store, counselor), room_id=room, kind="intake",
                       starts_at=start, ends_at=end)


# --- order and days waiting ------------------------------------------------------------------
def test_safety_flag_first_then_urgent_then_longest_waiting(open_as, clock):
    store = open_as("coord")
    a, b, c = client(store, "2026-0001", "가나다"), client(store, "2026-0002", "라마바"), client(store, "2026-0003", "사아자")
    oldest = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))
    anon = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="민트", contact_phone="010-1234-5678",
                                            time_pref="weekday_evening"))
    urgent = store.waitlist.add(WaitlistEntry(site_id=1, client_id=b.id, priority="urgent"))
    clock.at("2026-03-10")
    flagged = store.waitlist.add(WaitlistEntry(site_id=1, client_id=c.id, counselor_id=staff_id(store, "c1")))
    other_site = store.waitlist.add(WaitlistEntry(site_id=2, contact_name="별관 문의", contact_phone="010-2222-3333"))
    store.screenings.record(c.id, "phq9", taken_on="2026-03-10", site_id=1, answers=[0] * 8 + [2])  # item 9: flag
    for e, day in ((oldest, "2026-03-01"), (anon, "2026-03-02"), (urgent, "2026-03-05")):
        store.vault.conn.execute("UPDATE waitlist SET added_at = ? WHERE id = ?", (f"{day}T09:00:00+09:00", e.id))

    listed = store.waitlist.waiting(date(2026, 3, 15), site_id=1)
    assert [e.id for e in listed] == [flagged.id, urgent.id, oldest.id, anon.id]
    assert [e.days_waiting for e in listed] == [5, 10, 14, 13]
    assert [e.safety_flag for e in listed] == [True, False, False, False]
    assert listed[3].anonymous and listed[3].contact_name == "민트" and listed[3].time_pref == "weekday_evening"
    assert [e.id for e in store.waitlist.waiting(date(2026, 3, 15))][-1] == other_site.id
    assert store.waitlist.count_waiting(1) == 4 and store.waitlist.count_waiting() == 5


def test_one_waiting_entry_per_client_and_checked_input(open_as, clock):
    store = open_as("coord")
    a = client(store, "2026-0001", "가나다")
    store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))
    with pytest.raises(ValidationError) as exc:
        store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id, priority="urgent"))
    assert "이미 대기자 명단에 있습니다 (2026-03-01 등록)" in exc.value.message("ko")
    for bad in (WaitlistEntry(site_id=1), WaitlistEntry(site_id=1, contact_name="이름만"),
                WaitlistEntry(site_id=1, contact_name="x", contact_phone="1", priority="soon"),
                WaitlistEntry(site_id=1, contact_name="x", contact_phone="1", time_pref="night"),
                WaitlistEntry(site_id=99, contact_name="x", contact_phone="1"),
                WaitlistEntry(site_id=1, contact_name="x", contact_phone="1", counselor_id=staff_id(store, "admin"))):
        with pytest.raises(ValidationError):
            store.waitlist.add(bad)
    assert store.waitlist.count_waiting() == 1


# --- booking ----------------------------------------------------------------------------------
def test_book_an_existing_client_in_one_step(open_as, clock):
    store = open_as("coord")
    a = client(store, "2026-0001", "가나다")
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id, counselor_id=staff_id(store, "c1")))
    clock.at("2026-03-12")
    booked = store.waitlist.book(entry.id, appointment(store))
    assert booked.id is not None and booked.client_id == a.id
    assert store.appointments.get(booked.id).starts_at == "2026-03-16T10:00"
    after = store.waitlist.get(entry.id)
    assert (after.status, after.appointment_id, after.resolved_at[:10], after.resolved_by) == (
        "booked", booked.id, "2026-03-12", store.actor.id)
    assert store.waitlist.waiting(date(2026, 3, 12)) == []
    rows = audit(store)
    assert [(r[0], r[1]) for r in rows] == [("create", "waitlist"), ("create", "appointment"), ("book", "waitlist")]
    assert rows[2][3] == a.id and rows[2][4] == {"appointment": booked.id, "days_waited": 11, "was_anonymous": False}
    with pytest.raises(ValidationError):   # done once: not again
        store.waitlist.book(entry.id, appointment(store, start="2026-03-17T10:00", end="2026-03-17T11:00"))


def test_a_clash_is_refused_as_the_calendar_refuses_it_and_the_entry_keeps_waiting(open_as, clock):
    store = open_as("coord")
    a, b = client(store, "2026-0001", "가나다"), client(store, "2026-0002", "라마바")
    store.appointments.add(Appointment(site_id=1, counselor_id=staff_id(store, "c1"), client_id=b.id,
                                       starts_at="2026-03-16T10:30", ends_at="2026-03-16T11:20", room_id=2))
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))
    with pytest.raises(Conflict) as calendar:   # the same booking made in the calendar
        store.appointments.add(replace(appointment(store), client_id=a.id))
    with pytest.raises(Conflict) as exc:
        store.waitlist.book(entry.id, appointment(store, start="2026-03-16T10:00", end="2026-03-16T11:00"))
    assert exc.value.message("ko") == calendar.value.message("ko") == \
        "일정이 겹칩니다: 상담사 박상담, 2026-03-16 10:30–11:20에 이미 예약이 있습니다"
    assert store.waitlist.get(entry.id).status == "waiting"
    assert len(store.appointments.for_client(a.id)) == 0
    assert [r[0] for r in audit(store) if r[1] == "waitlist"] == ["create"]
    # the same slot in another room with another counselor is fine
    store.waitlist.book(entry.id, appointment(store, counselor="c2", room=3))
    assert store.waitlist.get(entry.id).status == "booked"


def test_an_anonymous_enquiry_becomes_a_client_before_booking(open_as, clock):
    store = open_as("coord")
    entry = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="익명 문의", contact_phone="010-9999-0000",
                                             priority="urgent", memo="야간 근무"))
    with pytest.raises(ValidationError) as exc:
        store.waitlist.book(entry.id, appointment(store))
    assert "먼저 내담자로 등록(접수)해야 합니다" in exc.value.message("ko")
    assert store.waitlist.get(entry.id).status == "waiting"
    new = client(store, "2026-0001", "나새봄")   # the intake
    booked = store.waitlist.book(entry.id, appointment(store), client_id=new.id)
    after = store.waitlist.get(entry.id)
    assert (after.status, after.client_id, after.contact_name, after.contact_phone) == ("booked", new.id, None, None)
    assert booked.client_id == new.id
    book_row = [r for r in audit(store) if r[0] == "book"][0]
    assert book_row[3] == new.id and book_row[4]["was_anonymous"] is True
    details = json.dumps([r[4] for r in audit(store)], ensure_ascii=False)
    assert "익명 문의" not in details and "010-9999" not in details and "야간" not in details


def test_link_then_place_in_a_program(open_as, clock):
    store = open_as("coord")
    program = store.programs.add(Program(name="마음챙김 8주", category="stress_relief", site_id=1,
                                         starts_on="2026-04-01"))
    entry = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="봄", contact_phone="010-1111-2222",
                                             program_id=program.id))
    with pytest.raises(ValidationError):
        store.waitlist.place(entry.id, program.id)
    new = client(store, "2026-0001", "나봄")
    linked = store.waitlist.link_client(entry.id, new.id)
    assert linked.client_id == new.id and store.waitlist.get(entry.id).contact_name is None
    assert store.waitlist.get(entry.id).status == "waiting"
    clock.at("2026-03-20")
    placed = store.waitlist.place(entry.id, program.id)
    assert (placed.status, placed.placed_program_id, placed.client_id) == ("placed", program.id, new.id)
    assert store.programs.registered(program.id) == [new.id]
    assert [(r[0], r[1]) for r in audit(store)][-3:] == [("link_client", "waitlist"), ("register", "program"),
                                                          ("place", "waitlist")]


def test_withdraw_with_a_reason_erases_an_enquirys_contact(open_as, clock):
    store = open_as("coord")
    a = client(store, "2026-0001", "가나다")
    mine = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))
    anon = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="문의", contact_phone="010-0000-1111"))
    with pytest.raises(ValidationError):
        store.waitlist.withdraw(mine.id, "bored")
    clock.at("2026-03-04")
    store.waitlist.withdraw(mine.id, "found_elsewhere")
    gone = store.waitlist.withdraw(anon.id, "no_contact")
    assert (gone.status, gone.withdraw_reason, gone.contact_name, gone.contact_phone) == (
        "withdrawn", "no_contact", None, None)
    stored = store.waitlist.get(anon.id)
    assert (stored.status, stored.contact_name, stored.resolved_at[:10]) == ("withdrawn", None, "2026-03-04")
    assert [r[4] for r in audit(store) if r[0] == "withdraw"] == [
        {"reason": "found_elsewhere", "anonymous": False}, {"reason": "no_contact", "anonymous": True}]
    # a client can wait again after withdrawing
    store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))


def test_edit_a_waiting_entry(open_as, clock):
    store = open_as("coord")
    e = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="문의", contact_phone="010-0000-1111"))
    e.priority, e.time_pref, e.counselor_id, e.contact_phone = "urgent", "weekday_morning", staff_id(store, "c2"), "010-5"
    store.waitlist.update(e)
    got = store.waitlist.get(e.id)
    assert (got.priority, got.time_pref, got.counselor_id, got.contact_phone) == (
        "urgent", "weekday_morning", staff_id(store, "c2"), "010-5")
    assert audit(store)[-1][:2] == ("update", "waitlist")


def test_roles(open_as, clock):
    assert {r: access.scope(r, "waitlist.write") for r in access.ROLES} == {
        "counselor": "all", "psychiatrist": "all", "lead": "all", "coordinator": "all", "admin": None}
    store = open_as("c1")
    e = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="문의", contact_phone="010-0000-1111"))
    assert [x.id for x in store.waitlist.waiting(date(2026, 3, 2))] == [e.id]
    admin = open_as("admin")
    with pytest.raises(PermissionDenied):
        admin.waitlist.waiting(date(2026, 3, 2))
    with pytest.raises(PermissionDenied):
        admin.waitlist.add(WaitlistEntry(site_id=1, contact_name="x", contact_phone="1"))
    with pytest.raises(PermissionDenied):
        admin.waitlist.withdraw(e.id, "other")


def test_roles_page_is_generated_from_the_table():
    from pathlib import Path
    text = (Path(__file__).resolve().parent.parent / "docs" / "roles.md").read_text(encoding="utf-8")
    assert "| `waitlist.write` | all | all | all | all | — |" in text


# --- the monthly report ------------------------------------------------------------------------
def test_month_end_count_and_median_days_to_the_first_session(open_as, clock):
    """March 2026, site 1 (days counted by hand):
    E1 A  added 02-20, booked 03-02, first session 03-09 (one on 02-25 while waiting is not it)
                                                       -> booked after 10 days, first session after 17
    E2 B  added 03-03, booked 03-06, first session 03-13 -> 3 and 10
    E3 anonymous, added 03-10, still waiting              -> waiting at the end, 21 days
    E4 C  added 03-25, urgent, still waiting              -> waiting, 6 days, urgent
    E5 D  added 03-05, withdrawn 03-20                    -> withdrawn after 15 days
    E6 anonymous, added 03-28, withdrawn 04-02            -> still waiting at March's end, 3 days
    E7 anonymous, added 04-01                             -> not March's
    E8 site 2, added 03-02, waiting                       -> only in the all-sites figures
    March: added 5; booked 2 (median 6.5); first session 2 (median 13.5); withdrawn 1 (15);
    waiting at the end 3 (urgent 1, median 6)."""
    store = open_as("lead")
    a, b, c, d = (client(store, f"2026-000{i}", n) for i, n in enumerate(("가나다", "라마바", "사아자", "차카타"), 1))
    lead = store.actor.id

    def session(who, day):
        store.sessions.create(CounselingSession(client_id=who.id, kind="individual", method="in_person",
                                                session_date=day, minutes=50, counselor_id=lead, site_id=1))

    def slot(day):
        return Appointment(site_id=1, counselor_id=lead, kind="intake", starts_at=f"{day}T10:00",
                           ends_at=f"{day}T11:00")

    add = store.waitlist.add
    clock.at("2026-02-20")
    e1 = add(WaitlistEntry(site_id=1, client_id=a.id))
    clock.at("2026-03-02")
    e8 = add(WaitlistEntry(site_id=2, contact_name="별관", contact_phone="010"))
    store.waitlist.book(e1.id, slot("2026-03-09"))
    clock.at("2026-03-03")
    e2 = add(WaitlistEntry(site_id=1, client_id=b.id))
    clock.at("2026-03-05")
    e5 = add(WaitlistEntry(site_id=1, client_id=d.id))
    clock.at("2026-03-06")
    store.waitlist.book(e2.id, slot("2026-03-13"))
    clock.at("2026-03-10")
    add(WaitlistEntry(site_id=1, contact_name="E3", contact_phone="010"))
    clock.at("2026-03-20")
    store.waitlist.withdraw(e5.id, "declined")
    clock.at("2026-03-25")
    add(WaitlistEntry(site_id=1, client_id=c.id, priority="urgent"))
    clock.at("2026-03-28")
    e6 = add(WaitlistEntry(site_id=1, contact_name="E6", contact_phone="010"))
    clock.at("2026-04-01")
    add(WaitlistEntry(site_id=1, contact_name="E7", contact_phone="010"))
    clock.at("2026-04-02")
    store.waitlist.withdraw(e6.id, "no_contact")
    session(a, "2026-02-25")
    session(a, "2026-03-09")
    session(a, "2026-03-16")
    session(b, "2026-03-13")

    stats = StatisticsRepository(store.vault)
    march = stats.waitlist("2026-03-01", "2026-03-31", 1)
    assert march == {"added": 5, "booked": 2, "booked_median_days": 6.5, "first_session": 2,
                     "first_session_median_days": 13.5, "placed": 0, "placed_median_days": None,
                     "withdrawn": 1, "withdrawn_median_days": 15.0, "waiting_at_end": 3,
                     "waiting_urgent_at_end": 1, "waiting_median_days": 6.0}
    both = stats.waitlist("2026-03-01", "2026-03-31")
    assert (both["added"], both["waiting_at_end"]) == (6, 4)
    february = stats.waitlist("2026-02-01", "2026-02-28", 1)
    assert (february["added"], february["waiting_at_end"], february["waiting_median_days"]) == (1, 1, 8.0)
    assert e8.id

    report = build_usage_report(store, Period.month("2026-03"), site_id=1)
    assert report.waitlist == march
    table = {t.id: t for t in report_tables(report)}["waitlist"]
    assert table.title == "13-1. 대기자"
    assert table.rows == [["기간 중 등록", 5, None], ["상담 예약으로 전환", 2, 6.5], ["첫 상담 실시 (기간 중)", 2, 13.5],
                          ["프로그램 배정", 0, None], ["대기 취소", 1, 15.0], ["기간 말 대기", 3, 6.0],
                          ["  그중 긴급", 1, None]]
    assert "첫 회기" in table.notes[0]
    english = {t.id: t for t in report_tables(report, "en")}["waitlist"]
    assert english.rows[5] == ["Waiting at the period's end", 3, 6.0]


# --- review findings --------------------------------------------------------------------------

def test_first_session_is_the_booked_one_not_a_group_note_copy(open_as, clock):
    """Booked on 03-03 for 03-25; a group-note copy (program_session_id set) on 03-05 and a
    session with no appointment do not count: the wait is 23 days from the entry (03-02)."""
    store = open_as("lead")
    a = client(store, "2026-0001", "가나다")
    clock.at("2026-03-02")
    e = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))
    clock.at("2026-03-03")
    booked = store.waitlist.book(e.id, appointment(store, counselor="lead", start="2026-03-25T10:00",
                                                   end="2026-03-25T11:00"))
    copy = store.sessions.create(CounselingSession(client_id=a.id, kind="group", method="in_person",
                                                   session_date="2026-03-05", minutes=50,
                                                   counselor_id=store.actor.id, site_id=1))
    with store.vault.transaction() as conn:
        conn.execute("INSERT INTO programs (name, category, site_id, starts_on) VALUES ('p', 'stress_relief', 1,"
                     " '2026-03-01')")
        pid = conn.execute("SELECT max(id) FROM programs").fetchone()[0]
        conn.execute("INSERT INTO program_sessions (program_id, session_no, starts_at, ends_at) VALUES (?, 1,"
                     " '2026-03-05T10:00', '2026-03-05T11:00')", (pid,))
        psid = conn.execute("SELECT max(id) FROM program_sessions").fetchone()[0]
        conn.execute("UPDATE counseling_sessions SET program_session_id = ? WHERE id = ?", (psid, copy.id))
    stats = StatisticsRepository(store.vault)
    assert stats.waitlist("2026-03-01", "2026-03-31")["first_session"] == 0     # the copy is not it
    store.sessions.create(CounselingSession(client_id=a.id, kind="individual", method="in_person",
                                            session_date="2026-03-25", minutes=50, counselor_id=store.actor.id,
                                            site_id=1, appointment_id=booked.id))
    w = stats.waitlist("2026-03-01", "2026-03-31")
    assert (w["first_session"], w["first_session_median_days"]) == (1, 23.0)


def test_a_client_booked_in_the_calendar_is_shown_and_can_be_marked_booked(open_as):
    store = open_as("coord")
    cl = client(store, "2026-0001", "가나다")
    other = client(store, "2026-0002", "라마바")
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=cl.id))
    first = appointment(store, counselor="c1", start="2026-03-16T10:00", end="2026-03-16T11:00", room=1)
    first.client_id = cl.id
    store.appointments.add(first)
    theirs = appointment(store, counselor="c2", start="2026-03-17T10:00", end="2026-03-17T11:00", room=2)
    theirs.client_id = other.id
    store.appointments.add(theirs)
    (listed,) = store.waitlist.waiting(date(2026, 3, 2))
    assert (listed.next_appointment, listed.next_appointment_id) == ("2026-03-16T10:00", first.id)
    assert store.waitlist.waiting(date(2026, 3, 17))[0].next_appointment is None   # already past
    with pytest.raises(ValidationError):
        store.waitlist.mark_booked(entry.id, theirs.id)                            # another client's
    done = store.waitlist.mark_booked(entry.id, first.id)
    assert (done.status, store.waitlist.get(entry.id).appointment_id) == ("booked", first.id)
    assert audit(store)[-1][:4] == ("book", "waitlist", str(entry.id), cl.id)
    assert store.waitlist.waiting(date(2026, 3, 2)) == []


def test_a_withdrawn_enquiry_keeps_no_memo(open_as):
    store = open_as("coord")
    e = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="김철수", contact_phone="010-2222-3333",
                                         memo="김철수 님 배우자 문제, 야간만 가능"))
    store.waitlist.withdraw(e.id, "no_contact")
    got = store.waitlist.get(e.id)
    assert (got.contact_name, got.contact_phone, got.memo) == (None, None, None)
