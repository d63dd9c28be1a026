"""The calendar view, driven through its widgets (offscreen): book, edit, move by keyboard and
by drag and drop, cancel, attended / no-show, weekly series, clashes refused, day/week and
counselor/room columns; the database is checked afterwards through the store."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.context import AppContext
from desktop.views.calendar import CalendarView
from desktop.views.calendar.model import DAY_START, SLOT
from storage.records import Appointment, Client

MONDAY = date(2026, 3, 9)
TUESDAY = MONDAY + timedelta(days=1)
NAMES = ["홍길동", "김민지", "이서준", "박지우", "최예린", "정하윤", "강도현", "윤서연", "장민호", "임수아"]


def at(day: date, hh: int, mm: int = 0) -> str:
    return datetime(day.year, day.month, day.day, hh, mm).strftime("%Y-%m-%dT%H:%M")


def row_of(hh: int, mm: int = 0) -> int:
    return (hh * 60 + mm - DAY_START) // SLOT


@pytest.fixture
def env(qtbot, open_as, created):
    """Logged in as the coordinator, ten clients, a calendar on the week of 9 March 2026."""
    store = open_as("coord")
    clients = [store.clients.add(Client(code=f"2026-{i + 1:04d}", name=name, sex="F", birth_year=1980 + i,
                                        job_group="admin")) for i, name in enumerate(NAMES)]
    staff = {s.login: s for s in store.staff.list()}
    main, annex = created["sites"]
    rooms = {(r.site_id, r.name): r.id for r in store.sites.rooms()}

    def make_view(lang="en", mask=False, size=(1110, 760)):
        context = AppContext(store, lang)
        context.today = lambda: TUESDAY
        context.mask_names = mask
        view = CalendarView(context)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    def book(who, start, minutes=50, client=0, room="상담실1", site=None, kind="individual"):
        site = site or main
        end = datetime.fromisoformat(start) + timedelta(minutes=minutes)
        return store.appointments.add(Appointment(
            site_id=site, counselor_id=staff[who].id, room_id=rooms[(site, room)] if room else None,
            client_id=clients[client].id if client is not None else None, kind=kind, starts_at=start,
            ends_at=end.strftime("%Y-%m-%dT%H:%M")))

    return type("Env", (), dict(store=store, clients=clients, staff=staff, main=main, annex=annex, rooms=rooms,
                                view=make_view, book=book))


def activate(qtbot, view):
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus, timeout=2000)


def column(view, day, key):
    index = view.model.column_index(day, key)
    assert index is not None, (day, key, view.model.columns)
    return index


def all_rows(store):
    start, end = at(MONDAY - timedelta(days=60), 0), at(MONDAY + timedelta(days=120), 0)
    return store.appointments.in_range(start, end, include_cancelled=True)


def type_korean(widget, text):
    """Hangul arrives from the input method as committed text (QTest.keyClicks is Latin-1 only)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


# --- booking, editing -----------------------------------------------------------------------------
def test_book_by_double_clicking_an_empty_slot(qtbot, env):
    view = env.view()
    c1 = env.staff["c1"].id
    col = column(view, MONDAY, c1)
    qtbot.mouseDClick(view.grid.viewport(), Qt.LeftButton, pos=view.grid.slot_center(col, row_of(10)))
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible() and dialog.counselor.currentData() == c1
    type_korean(dialog.search, "ㅎㄱ")                         # initial consonants of 홍길동
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and dialog.results.item(0).data(Qt.UserRole), timeout=3000)
    assert "홍길동" in dialog.results.item(0).text()
    item_pos = dialog.results.visualItemRect(dialog.results.item(0)).center()
    qtbot.mouseClick(dialog.results.viewport(), Qt.LeftButton, pos=item_pos)
    assert dialog.client_id == env.clients[0].id
    dialog.room.setCurrentIndex(dialog.room.findText("상담실2"))
    dialog.memo.setText("첫 면담")
    with qtbot.waitSignal(view.context.changed, timeout=2000) as changed:
        save(qtbot, dialog)
    assert changed.args == ["appointment"]
    assert view.dialog is None
    rows = all_rows(env.store)
    assert len(rows) == 1
    a = rows[0]
    assert (a.counselor_id, a.client_id, a.starts_at, a.ends_at, a.kind, a.status, a.memo) == (
        c1, env.clients[0].id, at(MONDAY, 10), at(MONDAY, 10, 50), "individual", "booked", "첫 면담")
    assert a.room_id == env.rooms[(env.main, "상담실2")]
    assert view.model.block_of(a.id) is not None and view.grid.selected == a.id  # shown and selected


def test_keyboard_only_booking_from_the_new_button(qtbot, env):
    view = env.view()
    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key_N, Qt.ControlModifier)      # Ctrl+N: new, at the cursor slot
    dialog = view.dialog
    assert dialog is not None and dialog.focusWidget() is dialog.search
    dialog.search.setText("2026-0002")
    qtbot.keyClick(dialog.search, Qt.Key_Return)           # Enter: search now, take the first match
    assert dialog.client_id == env.clients[1].id
    dialog.time.setTime(dialog.time.time().fromString("15:30", "HH:mm"))
    dialog.duration.setValue(60)
    save(qtbot, dialog)
    (a,) = all_rows(env.store)
    assert a.client_id == env.clients[1].id and a.starts_at.endswith("T15:30") and a.ends_at.endswith("T16:30")


def test_edit_with_enter_and_save(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    qtbot.mouseClick(view.grid.viewport(), Qt.LeftButton, pos=view.grid.block_center(a.id))
    assert view.grid.selected == a.id
    assert "홍길동" in view.selection.text()
    qtbot.keyClick(view.grid, Qt.Key_Return)
    dialog = view.dialog
    assert dialog.windowTitle() == "Edit appointment" and dialog.client_id == env.clients[0].id
    dialog.kind.setCurrentIndex(dialog.kind.findData("intake"))
    dialog.duration.setValue(90)
    dialog.memo.setText("보호자 동반")
    save(qtbot, dialog)
    b = env.store.appointments.get(a.id)
    assert (b.kind, b.starts_at, b.ends_at, b.memo) == ("intake", at(MONDAY, 9), at(MONDAY, 10, 30), "보호자 동반")


def test_double_click_on_a_block_opens_it(qtbot, env):
    a = env.book("c2", at(TUESDAY, 14), client=2)
    view = env.view()
    qtbot.mouseDClick(view.grid.viewport(), Qt.LeftButton, pos=view.grid.block_center(a.id))
    assert view.dialog is not None and view.dialog.original.id == a.id
    view.dialog.reject()
    assert view.dialog is None


# --- moving --------------------------------------------------------------------------------------
def test_move_by_keyboard(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    activate(qtbot, view)
    view.select(a.id)
    qtbot.keyClick(view.grid, Qt.Key_Down, Qt.ControlModifier)          # +30 minutes
    assert env.store.appointments.get(a.id).starts_at == at(MONDAY, 9, 30)
    qtbot.keyClick(view.grid, Qt.Key_Right, Qt.ControlModifier)         # +1 day
    b = env.store.appointments.get(a.id)
    assert (b.starts_at, b.ends_at) == (at(TUESDAY, 9, 30), at(TUESDAY, 10, 20))
    qtbot.keyClick(view.grid, Qt.Key_Up, Qt.ControlModifier)            # -30 minutes
    assert env.store.appointments.get(a.id).starts_at == at(TUESDAY, 9)
    keys = [k for k, _ in view.model.resources()]
    after = keys[keys.index(env.staff["c1"].id) + 1]
    qtbot.keyClick(view.grid, Qt.Key_Right, Qt.ControlModifier | Qt.ShiftModifier)  # next counselor
    assert env.store.appointments.get(a.id).counselor_id == after
    assert view.grid.selected == a.id                                  # the selection follows the block
    assert view.model.block_of(a.id).column == column(view, TUESDAY, after)


def test_move_out_of_the_grid_is_refused(qtbot, env):
    a = env.book("c1", at(MONDAY, 8))
    view = env.view()
    view.select(a.id)
    qtbot.keyClick(view.grid, Qt.Key_Up, Qt.ControlModifier)
    assert env.store.appointments.get(a.id).starts_at == at(MONDAY, 8)
    assert view.message.isVisible() and "08:00" in view.message.text()


def test_move_dialog_from_the_keyboard(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    activate(qtbot, view)
    view.select(a.id)
    qtbot.keyClick(view, Qt.Key_M, Qt.ControlModifier)                 # Ctrl+M: move…
    dialog = view.dialog
    assert dialog.windowTitle() == "Move appointment" and dialog.focusWidget() is dialog.date
    dialog.date.setDate(dialog.date.date().addDays(3))
    dialog.counselor.setCurrentIndex(dialog.counselor.findData(env.staff["c2"].id))
    save(qtbot, dialog)
    b = env.store.appointments.get(a.id)
    assert (b.starts_at, b.counselor_id) == (at(MONDAY + timedelta(days=3), 9), env.staff["c2"].id)


def test_drag_and_drop_moves_a_block(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    grid = view.grid
    c2 = env.staff["c2"].id
    target = column(view, TUESDAY, c2)
    start = grid.block_center(a.id)
    drop = grid.slot_center(target, row_of(11)) + QPoint(0, 2)
    # the pointer grabbed the block at its middle: the block's top lands half its length higher
    QTest.mousePress(grid.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(grid.viewport(), start + QPoint(20, 20))
    QTest.mouseMove(grid.viewport(), drop)
    assert grid._drag is not None and grid._drag[1] == target
    QTest.mouseRelease(grid.viewport(), Qt.LeftButton, Qt.NoModifier, drop)
    b = env.store.appointments.get(a.id)
    assert b.counselor_id == c2 and b.starts_at[:10] == TUESDAY.isoformat()
    assert b.starts_at in (at(TUESDAY, 10, 30), at(TUESDAY, 11))
    # the same method the drop calls, by room this time
    view.by_room.click()
    room2 = env.rooms[(env.main, "상담실2")]
    assert view.move_appointment(a.id, column(view, MONDAY, room2), 14 * 60)
    b = env.store.appointments.get(a.id)
    assert (b.starts_at, b.ends_at, b.room_id, b.counselor_id) == (at(MONDAY, 14), at(MONDAY, 14, 50), room2, c2)


# --- clashes -----------------------------------------------------------------------------------
def test_a_clash_is_refused_with_the_repository_message(qtbot, env):
    a = env.book("c1", at(MONDAY, 9), room="상담실1")
    b = env.book("c1", at(MONDAY, 10), client=1, room="상담실2")
    view = env.view()
    before = [(r.id, r.starts_at, r.counselor_id, r.room_id, r.status) for r in all_rows(env.store)]
    view.select(b.id)
    qtbot.keyClick(view.grid, Qt.Key_Up, Qt.ControlModifier)           # 09:30, 박상담 is busy until 09:50
    assert view.message.isVisible() and "박상담" in view.message.text() and "counselor" in view.message.text()
    # by room: drag the other counselor's booking into the busy room
    c = env.book("c2", at(MONDAY, 13), client=2, room="상담실2")
    view.by_room.click()
    assert not view.move_appointment(c.id, column(view, MONDAY, env.rooms[(env.main, "상담실1")]), 9 * 60)
    assert "상담실1" in view.message.text()
    assert env.store.appointments.get(c.id).starts_at == at(MONDAY, 13)
    # in the dialog: the message is shown there, the dialog stays open, nothing is written
    view.new_appointment(column(view, MONDAY, env.rooms[(env.main, "상담실1")]), row_of(9, 30))
    dialog = view.dialog
    dialog.choose_client("이서준")
    dialog.counselor.setCurrentIndex(dialog.counselor.findData(env.staff["psy"].id))
    save(qtbot, dialog)
    assert view.dialog is dialog and dialog.isVisible()
    assert "상담실1" in dialog.message.text() and "09:00" in dialog.message.text()
    after = [(r.id, r.starts_at, r.counselor_id, r.room_id, r.status) for r in all_rows(env.store)]
    assert after == before + [(c.id, c.starts_at, c.counselor_id, c.room_id, "booked")]
    dialog.reject()
    assert a.id


def test_korean_clash_message(qtbot, env):
    env.book("c1", at(MONDAY, 9))
    b = env.book("c1", at(MONDAY, 10), client=1, room="상담실2")
    view = env.view(lang="ko")
    view.select(b.id)
    qtbot.keyClick(view.grid, Qt.Key_Up, Qt.ControlModifier)
    assert "상담사 박상담" in view.message.text() and "이미 예약이 있습니다" in view.message.text()


# --- statuses ------------------------------------------------------------------------------------
def test_cancel_asks_first_and_hides_the_block(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    activate(qtbot, view)
    view.select(a.id)
    qtbot.keyClick(view.grid, Qt.Key_Delete)
    assert view.prompt is not None and view.prompt.defaultButton() is view.prompt.button(QMessageBox.No)
    qtbot.mouseClick(view.prompt.button(QMessageBox.No), Qt.LeftButton)
    assert env.store.appointments.get(a.id).status == "booked"
    qtbot.keyClick(view.grid, Qt.Key_Delete)
    qtbot.mouseClick(view.prompt.button(QMessageBox.Yes), Qt.LeftButton)
    assert env.store.appointments.get(a.id).status == "cancelled"
    assert view.model.block_of(a.id) is None                           # hidden ...
    view.show_cancelled.click()
    assert view.model.block_of(a.id) is not None                       # ... or shown struck through
    # the freed slot can be booked again
    again = env.book("c1", at(MONDAY, 9), client=1)
    view.refresh()
    assert view.model.block_of(again.id).lanes == 2


def test_attended_offers_the_session_note(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    activate(qtbot, view)
    view.select(a.id)
    qtbot.keyClick(view, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)   # Ctrl+Shift+A
    assert env.store.appointments.get(a.id).status == "attended"
    assert view.prompt is not None and "session note" in view.prompt.text()
    with qtbot.waitSignal(view.context.navigate_requested, timeout=2000) as asked:
        qtbot.mouseClick(view.prompt.button(QMessageBox.Yes), Qt.LeftButton)
    assert asked.args == ["note_for_appointment", a.id]


def test_attended_without_opening_the_note(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    view.select(a.id)
    seen = []
    view.context.navigate_requested.connect(lambda *args: seen.append(args))
    qtbot.mouseClick(view.attended_button, Qt.LeftButton)
    qtbot.mouseClick(view.prompt.button(QMessageBox.No), Qt.LeftButton)
    assert env.store.appointments.get(a.id).status == "attended" and seen == []


def test_no_show_and_back_from_the_context_menu(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    grid = view.grid
    pos = grid.block_center(a.id)
    right_click(grid, pos)
    menu = view.menu
    assert menu is not None and grid.selected == a.id
    texts = [x.text() for x in menu.actions()]
    assert "No-show" in texts and "Attended" in texts
    next(x for x in menu.actions() if x.text() == "No-show").trigger()
    assert env.store.appointments.get(a.id).status == "no_show"
    menu.close()
    right_click(grid, pos)
    next(x for x in view.menu.actions() if x.text() == "Back to booked").trigger()
    assert env.store.appointments.get(a.id).status == "booked"
    view.menu.close()
    qtbot.mouseClick(view.no_show_button, Qt.LeftButton)                # and by button
    assert env.store.appointments.get(a.id).status == "no_show"
    # the menu key opens the same menu on the selected block
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication
    view.menu = None
    menu_key = QContextMenuEvent(QContextMenuEvent.Keyboard, QPoint(5, 5), grid.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(grid, menu_key)
    assert "Back to booked" in [x.text() for x in view.menu.actions()]
    view.menu.close()


def right_click(grid, pos):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(grid.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, pos,
                                                             grid.viewport().mapToGlobal(pos)))


# --- weekly series ----------------------------------------------------------------------------------
def test_weekly_series_of_four(qtbot, env):
    view = env.view()
    view.new_appointment(column(view, TUESDAY, env.staff["c2"].id), row_of(16))
    dialog = view.dialog
    dialog.choose_client("김민지")
    qtbot.mouseClick(dialog.repeat, Qt.LeftButton)
    assert dialog.times.isEnabled() and dialog.times.value() == 4
    save(qtbot, dialog)
    rows = all_rows(env.store)
    assert [r.starts_at for r in rows] == [at(TUESDAY + timedelta(weeks=w), 16) for w in range(4)]
    assert len({r.recurrence_id for r in rows}) == 1 and rows[0].recurrence_id is not None
    assert all(r.client_id == env.clients[1].id and r.counselor_id == env.staff["c2"].id for r in rows)
    assert "4" in view.message.text()
    qtbot.mouseClick(view.next_button, Qt.LeftButton)                    # the next week shows the next one
    assert [b.appt.id for b in view.model.blocks] == [rows[1].id]


def test_weekly_series_with_a_clash_writes_nothing(qtbot, env):
    env.book("c2", at(TUESDAY + timedelta(weeks=2), 16), client=3, room="집단실")
    view = env.view()
    view.new_appointment(column(view, TUESDAY, env.staff["c2"].id), row_of(16))
    dialog = view.dialog
    dialog.choose_client("김민지")
    dialog.repeat.setChecked(True)
    save(qtbot, dialog)
    assert dialog.isVisible() and "최상담" in dialog.message.text()
    assert len(all_rows(env.store)) == 1


# --- what is shown -------------------------------------------------------------------------------------
def test_day_and_week_counselor_and_room_columns(qtbot, env):
    mon = env.book("c1", at(MONDAY, 9), room="상담실1")
    wed = env.book("c2", at(MONDAY + timedelta(days=2), 11), client=1, room="상담실2")
    annex = env.book("psy", at(MONDAY, 9), client=2, room="집단실", site=env.annex)
    view = env.view()
    shown = lambda: {b.appt.id: view.model.columns[b.column] for b in view.model.blocks}  # noqa: E731
    assert view.week_button.isChecked() and view.by_counselor.isChecked()
    assert set(shown()) == {mon.id, wed.id}
    assert shown()[mon.id].key == env.staff["c1"].id and shown()[wed.id].key == env.staff["c2"].id
    assert shown()[wed.id].day == MONDAY + timedelta(days=2)
    assert "3월" not in view.title.text()
    qtbot.mouseClick(view.by_room, Qt.LeftButton)
    titles = {c.title for c in view.model.columns}
    assert titles == {"상담실1", "상담실2", "집단실"}
    assert shown()[mon.id].key == env.rooms[(env.main, "상담실1")]
    assert shown()[wed.id].key == env.rooms[(env.main, "상담실2")]
    qtbot.mouseClick(view.day_button, Qt.LeftButton)                    # Tuesday: nothing
    assert view.model.days == [TUESDAY] and shown() == {}
    qtbot.mouseClick(view.previous_button, Qt.LeftButton)               # Monday: the one at the main site
    assert set(shown()) == {mon.id}
    assert len(view.model.columns) == 3
    view.site.setCurrentIndex(view.site.findData(env.annex))           # the other site
    assert set(shown()) == {annex.id}
    qtbot.mouseClick(view.by_counselor, Qt.LeftButton)
    assert shown()[annex.id].key == env.staff["psy"].id
    qtbot.mouseClick(view.today_button, Qt.LeftButton)
    assert view.model.day == TUESDAY and shown() == {}


def test_only_one_counselor_and_weekend_days(qtbot, env):
    env.book("c1", at(MONDAY, 9))
    sat = env.book("c2", at(MONDAY + timedelta(days=5), 10), client=1)
    view = env.view()
    days = view.model.days
    assert days[:5] == [MONDAY + timedelta(days=i) for i in range(5)] and days[5:] == [MONDAY + timedelta(days=5)]
    view.only.setCurrentIndex(view.only.findData(env.staff["c1"].id))
    view.only.activated.emit(view.only.currentIndex())
    assert {c.key for c in view.model.columns} == {env.staff["c1"].id}
    assert view.model.block_of(sat.id) is None


def test_appointments_without_a_room_have_their_own_column(qtbot, env):
    a = env.book("c1", at(MONDAY, 9), room=None)
    view = env.view()
    qtbot.mouseClick(view.by_room, Qt.LeftButton)
    b = view.model.block_of(a.id)
    assert view.model.columns[b.column].key is None and b.column == column(view, MONDAY, None)
    assert view.only.itemText(view.only.count() - 1) == "(no room)"
    room1 = env.rooms[(env.main, "상담실1")]
    assert view.move_appointment(a.id, column(view, MONDAY, room1), 9 * 60)
    assert env.store.appointments.get(a.id).room_id == room1


def test_in_day_view_a_block_moved_to_the_next_day_is_followed(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    qtbot.mouseClick(view.day_button, Qt.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.LeftButton)
    assert view.model.day == MONDAY
    view.select(a.id)
    qtbot.keyClick(view.grid, Qt.Key_Right, Qt.ControlModifier)
    assert env.store.appointments.get(a.id).starts_at == at(TUESDAY, 9)
    assert view.model.day == TUESDAY and view.grid.selected == a.id


def test_names_are_masked_when_the_setting_is_on(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view(mask=True)
    assert view.model.block_of(a.id).client == "홍*동"
    view.select(a.id)
    assert "홍*동" in view.selection.text() and "홍길동" not in view.selection.text()
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    pos = view.grid.block_center(a.id)
    QApplication.sendEvent(view.grid.viewport(), QHelpEvent(QHelpEvent.ToolTip, pos,
                                                            view.grid.viewport().mapToGlobal(pos)))
    assert "홍*동" in QToolTip.text() and "박상담" in QToolTip.text() and "상담실1" in QToolTip.text()
    QToolTip.hideText()


def test_one_in_range_call_per_refresh(qtbot, env, monkeypatch):
    for i in range(5):
        env.book("c1", at(MONDAY + timedelta(days=i), 9), client=i)
    calls = []
    real = env.store.appointments.in_range
    monkeypatch.setattr(env.store.appointments, "in_range", lambda *a, **k: calls.append(a) or real(*a, **k))
    view = env.view()
    assert len(calls) == 1 and len(view.model.blocks) == 5
    qtbot.mouseClick(view.next_button, Qt.LeftButton)
    assert len(calls) == 2


def test_keyboard_navigation_in_the_grid(qtbot, env):
    a = env.book("c1", at(MONDAY, 9))
    view = env.view()
    activate(qtbot, view)
    grid = view.grid
    col = column(view, MONDAY, env.staff["c1"].id)
    grid.set_cursor(col, row_of(8))
    assert grid.selected is None and "Enter books" in view.selection.text()
    qtbot.keyClick(grid, Qt.Key_Down)
    qtbot.keyClick(grid, Qt.Key_Down)                                   # 09:00: on the block
    assert grid.selected == a.id and view.attended_button.isEnabled()
    qtbot.keyClick(grid, Qt.Key_Down)                                   # leaves the block below its end
    assert grid.selected is None and grid.cursor_row == row_of(10)
    qtbot.keyClick(grid, Qt.Key_Up)
    assert grid.selected == a.id
    qtbot.keyClick(grid, Qt.Key_Right)
    assert grid.selected is None and grid.cursor_col == col + 1
    qtbot.keyClick(grid, Qt.Key_Return)                                 # Enter on a free slot books
    assert view.dialog is not None and view.dialog.windowTitle() == "New appointment"
    assert view.dialog.counselor.currentData() == view.model.columns[col + 1].key
    view.dialog.reject()
    # Tab leaves the grid for the action buttons
    qtbot.keyClick(grid, Qt.Key_Up)
    assert view.grid.selected is None
    grid.select(a.id)
    qtbot.keyClick(grid, Qt.Key_Tab)
    assert view.edit_button.hasFocus()


def test_admin_sees_the_refusal_not_a_crash(qtbot, open_as, created):
    store = open_as("admin")
    view = CalendarView(AppContext(store, "en"))
    qtbot.addWidget(view)
    view.show()
    assert view.message.isVisible() and "see the calendar" in view.message.text()
    assert view.model.blocks == []


# --- how it looks -----------------------------------------------------------------------------------
def test_screenshot_of_a_busy_week_in_korean(qtbot, env, qapp):
    from desktop.look import install_language, register_fonts
    assert register_fonts(qapp)
    install_language(qapp, "ko")
    try:
        plan = [(0, "c1", 9, 0), (0, "c2", 10, 0), (0, "psy", 14, 0), (1, "c1", 11, 0), (1, "lead", 13, 0),
                (1, "c2", 15, 0), (2, "c1", 9, 30), (2, "psy", 10, 0), (2, "c2", 16, 0), (3, "lead", 10, 0),
                (3, "c1", 14, 0), (3, "c2", 14, 0), (4, "c1", 9, 0), (4, "psy", 11, 0), (4, "c2", 17, 0)]
        made = []
        for i, (day, who, hh, mm) in enumerate(plan):
            room = ("상담실1", "상담실2", "집단실")[i % 3]
            made.append(env.book(who, at(MONDAY + timedelta(days=day), hh, mm), client=i % 10, room=room,
                                 kind=("individual", "intake", "family")[i % 3]))
        env.store.appointments.set_status(made[0].id, "attended")
        env.store.appointments.set_status(made[3].id, "no_show")
        env.store.appointments.set_status(made[5].id, "cancelled")
        view = env.view(lang="ko")
        view.show_cancelled.click()
        view.select(made[1].id)
        assert len(view.model.blocks) == 15
        assert view.title.text() == "2026년 3월 9일 (월) – 3월 15일 (일)"
        grid = view.grid
        qtbot.wait(20)                       # Qt hides the scroll bars on a queued signal
        assert not grid.horizontalScrollBar().isVisible() and not grid.verticalScrollBar().isVisible()
        view.grab().save("/tmp/cal_ko.png")
        view.day_button.click()
        view.by_room.click()
        qtbot.wait(20)
        view.grab().save("/tmp/cal_ko_day.png")
    finally:
        install_language(qapp, "en")
