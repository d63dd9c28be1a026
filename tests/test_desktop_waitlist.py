"""The waitlist view, driven through the widgets (offscreen), with the database and the audit log
checked afterwards: an anonymous enquiry added, then registered at intake and booked in one
flow; an existing client booked from the wish (a clash shown as the calendar shows it, nothing
written); a place in a program; taking an entry off with a reason; the priority order with
the safety flag and masked names; editing."""
from __future__ import annotations

import os
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.context import AppContext
from desktop.views.clients.common import show_error
from desktop.views.clients.intake_dialog import IntakeDialog
from desktop.views.waitlist import WaitlistView
from desktop.views.waitlist.book_dialog import WaitlistBookDialog, next_weekday
from desktop.views.waitlist.place_dialog import WaitlistPlaceDialog
from storage.records import Appointment, Client, Program
from storage.repos.waitlist import WaitlistEntry

from .qt_helpers import korean_with, type_text

SHOTS = Path(os.environ.get("MAUMDESK_SHOTS") or tempfile.gettempdir())   # where the screenshots go


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, {})


def shot(widget, name: str) -> None:
    assert widget.grab().save(str(SHOTS / f"waitlist-{name}.png"))


def view_for(qtbot, store, lang: str = "ko") -> WaitlistView:
    view = WaitlistView(AppContext(store, lang))
    qtbot.addWidget(view)
    view.resize(1180, 520)
    view.show()
    return view


def audit_rows(store, since: int = 0) -> list[tuple]:
    """The trail read as the test's own check (the desktop code itself never runs SQL)."""
    return store.vault.conn.execute("SELECT action, entity, client_id FROM audit_log WHERE id > ? AND action <> 'view'"
                                    " ORDER BY id", (since,)).fetchall()


def last_audit_id(store) -> int:
    return store.vault.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]


def client(store, code: str, name: str) -> Client:
    return store.clients.add(Client(code=code, name=name, sex="F", birth_year=1988, job_group="welfare", site_id=1))


def staff_id(store, login: str) -> int:
    return store.staff.get(login).id


def cell(view, row: int, col: int) -> str:
    return view.model.index(row, col).data()


def first_slot(hour: int) -> str:
    return datetime.combine(next_weekday(AppContext.today()), time(hour)).strftime("%Y-%m-%dT%H:%M")


def test_anonymous_enquiry_added_then_registered_and_booked_in_one_flow(qtbot, open_as, korean):
    store = open_as("coord")
    view = view_for(qtbot, store)
    dialog = view.add_entry()
    qtbot.mouseClick(dialog.is_enquiry, Qt.LeftButton)
    assert dialog.enquiry_box.isVisible() and not dialog.client_box.isVisible()
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)                 # nothing typed: refused
    assert dialog.isVisible() and dialog.message.text() == "다시 연락할 이름(또는 별칭)과 전화번호를 입력하세요."
    type_text(qtbot, dialog.contact_name, "한가을")
    type_text(qtbot, dialog.contact_phone, "010-2345-6789")
    show_error(dialog.message, "")
    dialog.time_pref.setCurrentIndex(dialog.time_pref.findData("weekday_evening"))
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    type_text(qtbot, dialog.memo, "교대 근무")
    shot(dialog, "add-enquiry")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert not dialog.isVisible()
    (entry,) = store.waitlist.waiting(AppContext.today())
    assert (entry.client_id, entry.contact_name, entry.contact_phone, entry.priority, entry.time_pref, entry.memo) == (
        None, "한가을", "010-2345-6789", "urgent", "weekday_evening", "교대 근무")
    assert [cell(view, 0, c) for c in range(5)] == ["긴급", "0", "한가을 (문의)", "010-2345-6789", "평일 저녁"]
    assert view.count.text() == "대기 1명 · 안전 확인 0명 · 긴급 1명"

    start = last_audit_id(store)
    intake = view.book_selected()
    assert isinstance(intake, IntakeDialog)
    assert intake.name.text() == "한가을" and intake.phone.text() == "010-2345-6789"
    intake.sex.setCurrentIndex(intake.sex.findData("F"))
    type_text(qtbot, intake.birth_year, "1991")
    intake.job_group.setCurrentIndex(intake.job_group.findData("health"))
    intake.service.setChecked(True)
    intake.sensitive.setChecked(True)
    qtbot.mouseClick(intake.create_button, Qt.LeftButton)
    booking = view.dialog
    assert isinstance(booking, WaitlistBookDialog) and booking.isVisible()
    new = intake.created
    assert store.waitlist.get(entry.id).client_id == new.id      # linked at once: nothing lost if closed now
    assert booking.kind.currentData() == "intake" and booking.time.time().hour() == 18
    assert booking.counselor.currentText() == "박상담"      # a counselor of the site, not the lead
    assert "한가을" in booking.chosen.text() and not booking.search.isVisible()
    shot(booking, "book")
    qtbot.mouseClick(booking.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not booking.isVisible()
    after = store.waitlist.get(entry.id)
    assert (after.status, after.client_id, after.contact_name, after.contact_phone) == ("booked", new.id, None, None)
    (appt,) = store.appointments.for_client(new.id)
    assert (appt.id, appt.starts_at, appt.kind) == (after.appointment_id, first_slot(18), "intake")
    assert audit_rows(store, start) == [("create", "client", new.id), ("link_client", "waitlist", new.id),
                                        ("create", "appointment", new.id), ("book", "waitlist", new.id)]
    assert view.model.rowCount() == 0
    assert view.done.text().startswith("예약했습니다: " + first_slot(18).replace("T", " "))


def test_book_an_existing_client_a_clash_is_shown_and_nothing_written(qtbot, open_as, korean):
    store = open_as("coord")
    a, b = client(store, "2026-0001", "가나다"), client(store, "2026-0002", "라마바")
    c1 = staff_id(store, "c1")
    store.appointments.add(Appointment(site_id=1, counselor_id=c1, client_id=b.id, starts_at=first_slot(10),
                                       ends_at=first_slot(11), room_id=2))
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id, counselor_id=c1, time_pref="weekday_morning"))
    view = view_for(qtbot, store)
    assert cell(view, 0, 2) == "가나다 · 2026-0001" and cell(view, 0, 4) == "박상담 · 평일 오전"
    start = last_audit_id(store)
    booking = view.book_selected()
    assert isinstance(booking, WaitlistBookDialog)
    assert booking.counselor.currentData() == c1 and booking.time.time().hour() == 10
    qtbot.mouseClick(booking.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert booking.isVisible()
    assert booking.message.text() == ("일정이 겹칩니다: 상담사 박상담, "
                                      f"{first_slot(10).replace('T', ' ')}–11:00에 이미 예약이 있습니다")
    assert store.waitlist.get(entry.id).status == "waiting" and store.appointments.for_client(a.id) == []
    assert audit_rows(store, start) == []
    booking.time.setTime(booking.time.time().addSecs(3 * 3600))   # 13:00
    qtbot.mouseClick(booking.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not booking.isVisible()
    (appt,) = store.appointments.for_client(a.id)
    assert appt.starts_at == first_slot(13) and appt.counselor_id == c1
    assert store.waitlist.get(entry.id).appointment_id == appt.id
    assert audit_rows(store, start) == [("create", "appointment", a.id), ("book", "waitlist", a.id)]


def test_place_in_a_program(qtbot, open_as, korean):
    store = open_as("coord")
    a = client(store, "2026-0001", "가나다")
    today = AppContext.today()
    store.programs.add(Program(name="지난 프로그램", category="other", site_id=1,
                               starts_on=(today - timedelta(days=90)).isoformat(),
                               ends_on=(today - timedelta(days=60)).isoformat()))
    program = store.programs.add(Program(name="회복탄력성 6주", category="resilience", site_id=1,
                                         starts_on=(today + timedelta(days=7)).isoformat()))
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id, program_id=program.id))
    view = view_for(qtbot, store)
    assert cell(view, 0, 4) == "회복탄력성 6주"
    start = last_audit_id(store)
    dialog = view.place_selected()
    assert isinstance(dialog, WaitlistPlaceDialog)
    assert dialog.program.count() == 1 and dialog.program.currentData() == program.id   # ended ones are not offered
    shot(dialog, "place")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert not dialog.isVisible()
    assert store.programs.registered(program.id) == [a.id]
    after = store.waitlist.get(entry.id)
    assert (after.status, after.placed_program_id) == ("placed", program.id)
    assert audit_rows(store, start) == [("register", "program", a.id), ("place", "waitlist", a.id)]
    assert view.done.text() == "프로그램에 등록했습니다."


def test_take_an_enquiry_off_with_a_reason(qtbot, open_as, korean):
    store = open_as("c1")
    entry = store.waitlist.add(WaitlistEntry(site_id=1, contact_name="문의자", contact_phone="010-1111-2222"))
    view = view_for(qtbot, store)
    start = last_audit_id(store)
    dialog = view.withdraw_selected()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "대기 취소 사유를 고르세요."
    dialog.reason.setCurrentIndex(dialog.reason.findData("found_elsewhere"))
    shot(dialog, "withdraw")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert not dialog.isVisible()
    gone = store.waitlist.get(entry.id)
    assert (gone.status, gone.withdraw_reason, gone.contact_name, gone.contact_phone) == (
        "withdrawn", "found_elsewhere", None, None)
    assert audit_rows(store, start) == [("withdraw", "waitlist", None)]
    assert view.model.rowCount() == 0 and not view.book_button.isEnabled()


def test_safety_flag_first_masked_names_and_editing(qtbot, open_as, korean):
    store = open_as("lead")
    a, b = client(store, "2026-0001", "가나다"), client(store, "2026-0002", "라마바")
    store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id, priority="urgent"))
    store.waitlist.add(WaitlistEntry(site_id=1, contact_name="익명", contact_phone="010-3333-4444"))
    flagged = store.waitlist.add(WaitlistEntry(site_id=1, client_id=b.id))
    store.screenings.record(b.id, "phq9", taken_on=AppContext.today().isoformat(), site_id=1, answers=[0] * 8 + [2])
    store.waitlist.add(WaitlistEntry(site_id=2, contact_name="별관", contact_phone="010-5555-6666"))
    store.settings.set("mask_names", True)
    view = view_for(qtbot, store)
    assert view.site.currentData() == 1           # the account's own site first
    assert [cell(view, r, 0) for r in range(3)] == ["⚠ 안전 확인", "긴급", "보통"]
    assert [cell(view, r, 2) for r in range(3)] == ["라*바 · 2026-0002", "가*다 · 2026-0001", "익* (문의)"]
    assert cell(view, 2, 3) == "010-****-4444"
    assert view.count.text() == "대기 3명 · 안전 확인 1명 · 긴급 1명"
    shot(view, "list")
    view.site.setCurrentIndex(view.site.findData(None))
    assert view.model.rowCount() == 4
    view.site.setCurrentIndex(view.site.findData(1))

    view.table.selectRow(0)
    start = last_audit_id(store)
    dialog = view.edit_selected()
    assert dialog.counselor.currentData() is None
    dialog.counselor.setCurrentIndex(dialog.counselor.findData(staff_id(store, "c2")))
    dialog.time_pref.setCurrentIndex(dialog.time_pref.findData("weekday_afternoon"))
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert not dialog.isVisible()
    got = store.waitlist.get(flagged.id)
    assert (got.counselor_id, got.time_pref) == (staff_id(store, "c2"), "weekday_afternoon")
    assert audit_rows(store, start) == [("update", "waitlist", b.id)]
    assert cell(view, 0, 4) == "최상담 · 평일 오후"


def test_add_an_existing_client_and_refuse_a_second_entry(qtbot, open_as, korean):
    store = open_as("coord")
    a = client(store, "2026-0001", "가나다")
    view = view_for(qtbot, store)
    for attempt in range(2):
        dialog = view.add_entry()
        assert dialog.choose_client("가나")
        assert dialog.chosen.text() == "선택: 가나다 · 2026-0001"
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.isVisible() and "이미 대기자 명단에 있습니다" in dialog.message.text()
    dialog.reject()
    assert [e.client_id for e in store.waitlist.waiting(AppContext.today())] == [a.id]


def test_the_administrator_sees_no_waitlist(qtbot, open_as, korean):
    view = view_for(qtbot, open_as("admin"))
    assert view.message.text() == "대기자 명단을 볼 수 있는 역할이 아닙니다."
    assert not view.add_button.isEnabled() and view.add_entry() is None


def test_today_shows_how_many_wait_and_opens_the_list(qtbot, open_as, korean):
    from desktop.views.today import TodayView
    store = open_as("c1")
    store.waitlist.add(WaitlistEntry(site_id=1, contact_name="문의", contact_phone="010-1111-2222"))
    store.waitlist.add(WaitlistEntry(site_id=2, contact_name="별관", contact_phone="010-1111-3333"))
    context = AppContext(store, "ko")
    today = TodayView(context)
    qtbot.addWidget(today)
    today.show()
    assert today.waiting.text() == "대기자 1명 (목록 열기)"     # c1 works at site 1
    with qtbot.waitSignal(context.navigate_requested) as asked:
        qtbot.mouseClick(today.waiting, Qt.LeftButton)
    assert asked.args == ["waitlist", None]
    admin_today = TodayView(AppContext(open_as("admin"), "ko"))
    qtbot.addWidget(admin_today)
    assert admin_today.waiting.isHidden()


def test_a_client_booked_in_the_calendar_shows_it_and_is_not_booked_twice(qtbot, open_as, korean, monkeypatch):
    """The review's probe: booked in the calendar, the client stayed 'waiting' with no hint and
    could be booked again. Now the list shows the booking and booking again asks first."""
    from desktop.views.waitlist import view as view_module
    store = open_as("coord")
    a = client(store, "2026-0001", "가나다")
    entry = store.waitlist.add(WaitlistEntry(site_id=1, client_id=a.id))
    existing = store.appointments.add(Appointment(site_id=1, counselor_id=staff_id(store, "c1"), client_id=a.id,
                                                  starts_at=first_slot(10), ends_at=first_slot(11), room_id=1))
    view = view_for(qtbot, store)
    assert cell(view, 0, 7) == "예약 있음 " + first_slot(10).replace("T", " ")
    shot(view, "already-booked")
    asked = []
    monkeypatch.setattr(view_module, "ask_already_booked", lambda *a: asked.append(a[2]) or None)
    assert view.book_selected() is None                                 # cancelled: nothing opened
    assert first_slot(10).replace("T", " ") in asked[-1]
    monkeypatch.setattr(view_module, "ask_already_booked", lambda *a: "again")
    assert isinstance(view.book_selected(), WaitlistBookDialog)         # a second one, knowingly
    monkeypatch.setattr(view_module, "ask_already_booked", lambda *a: "mark")
    view.select_entry(entry.id)
    view.book_selected()
    done = store.waitlist.get(entry.id)
    assert (done.status, done.appointment_id) == ("booked", existing.id)
    assert len(store.appointments.for_client(a.id)) == 1 and view.model.rowCount() == 0
