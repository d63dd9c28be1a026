"""Holidays on screen, driven through the widgets (offscreen): the week of 추석 names and shades
its days, the day view names the holiday, the booking dialog warns on a holiday, a weekly series
skips holidays and says which (or books them when unticked), and the center's closed days are
edited in the settings tab and show on the calendar. The database is checked through the store."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.context import AppContext
from desktop.views.admin.view import AdminView
from desktop.views.calendar.grid import HOLIDAY_FILL
from storage import holidays
from tests.qt_helpers import korean_with
from tests.test_desktop_calendar import at, column, env, row_of, save  # noqa: F401 (env: fixture)

CHUSEOK_WEEK = date(2026, 9, 21)           # Mon; 9/24 추석 전날, 9/25 추석, 9/26 추석 다음날 (Sat)
THURSDAY = date(2026, 9, 17)               # a Thursday series meets 추석 전날 on 9/24


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, {})          # the shipped translation only


def all_rows(store):
    return store.appointments.in_range("2026-08-01T00:00", "2026-12-01T00:00", include_cancelled=True)


def series_flag(store, recurrence_id):
    return store.vault.conn.execute("SELECT skip_holidays FROM recurrences WHERE id = ?",
                                    (recurrence_id,)).fetchone()[0]


def test_the_week_of_chuseok_names_and_shades_its_days(qtbot, env):
    view = env.view(lang="ko")
    view.show_date(CHUSEOK_WEEK)
    grid = view.grid
    assert grid.holidays == {date(2026, 9, 24): "추석 전날", date(2026, 9, 25): "추석"}   # Sat hidden (no bookings)
    assert view.model.days[3:] == [date(2026, 9, 24), date(2026, 9, 25)]
    qtbot.wait(20)
    image = grid.viewport().grab().toImage()
    c1 = env.staff["c1"].id
    holiday = grid.slot_center(column(view, date(2026, 9, 25), c1), row_of(12))
    ordinary = grid.slot_center(column(view, date(2026, 9, 23), c1), row_of(12))
    assert image.pixelColor(holiday.x(), holiday.y() + 3) == QColor(HOLIDAY_FILL)
    assert image.pixelColor(ordinary.x(), ordinary.y() + 3) == QColor("#ffffff")
    grid.set_cursor(column(view, date(2026, 9, 25), c1), row_of(9))
    assert "9월 25일 (금) (추석) 09:00" in view.selection.text()    # the screen reader hears it too
    view.previous_button.click()                                # an ordinary week: nothing named or shaded
    assert grid.holidays == {} and view.model.holidays == {}


def test_the_day_view_names_the_holiday_in_the_title_and_header(qtbot, env):
    view = env.view(lang="en")
    view.day_button.click()
    plain_header = view.grid.header_height
    view.show_date(date(2026, 9, 25))
    assert view.title.text().endswith(" · Chuseok")
    assert view.grid.holidays == {date(2026, 9, 25): "Chuseok"}
    assert view.grid.header_height > plain_header               # a line for the holiday's name
    view.show_date(date(2026, 9, 28))
    assert "·" not in view.title.text() and view.grid.header_height == plain_header


def test_a_single_booking_on_a_holiday_warns_but_books(qtbot, env):
    view = env.view(lang="ko")
    view.show_date(CHUSEOK_WEEK)
    c1 = env.staff["c1"].id
    view.new_appointment(column(view, date(2026, 9, 25), c1), row_of(10))
    dialog = view.dialog
    assert dialog.holiday_note.isVisible() and "추석" in dialog.holiday_note.text()
    dialog.choose_client("홍길동")
    save(qtbot, dialog)
    assert view.dialog is None
    assert [a.starts_at for a in all_rows(env.store)] == [at(date(2026, 9, 25), 10)]
    view.new_appointment(column(view, date(2026, 9, 23), c1), row_of(10))
    assert not view.dialog.holiday_note.isVisible()             # an ordinary day: no warning
    view.dialog.reject()


def test_a_weekly_series_through_the_dialog_skips_the_holiday_and_says_so(qtbot, env):
    view = env.view(lang="ko")
    view.show_date(THURSDAY)
    view.new_appointment(column(view, THURSDAY, env.staff["c2"].id), row_of(16))
    dialog = view.dialog
    dialog.choose_client("김민지")
    assert not dialog.skip_holidays.isEnabled()
    qtbot.mouseClick(dialog.repeat, Qt.LeftButton)
    assert dialog.skip_holidays.isEnabled() and dialog.skip_holidays.isChecked()     # on by default
    assert dialog.series_note.isVisible()
    assert "추석 전날(9/24)" in dialog.series_note.text() and "10/15" in dialog.series_note.text()
    save(qtbot, dialog)
    rows = all_rows(env.store)
    assert [r.starts_at for r in rows] == [at(THURSDAY, 16), at(date(2026, 10, 1), 16), at(date(2026, 10, 8), 16),
                                           at(date(2026, 10, 15), 16)]
    assert series_flag(env.store, rows[0].recurrence_id) == 1
    assert "추석 전날(9/24)" in view.message.text() and "4" in view.message.text()


def test_unticking_skip_books_the_holiday(qtbot, env):
    view = env.view(lang="ko")
    view.show_date(THURSDAY)
    view.new_appointment(column(view, THURSDAY, env.staff["c2"].id), row_of(16))
    dialog = view.dialog
    dialog.choose_client("김민지")
    dialog.repeat.setChecked(True)
    qtbot.mouseClick(dialog.skip_holidays, Qt.LeftButton)
    assert not dialog.skip_holidays.isChecked()
    assert "추석 전날(9/24)" in dialog.series_note.text()            # "booked on holidays too: ..."
    save(qtbot, dialog)
    rows = all_rows(env.store)
    assert [r.starts_at[:10] for r in rows] == ["2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08"]
    assert series_flag(env.store, rows[0].recurrence_id) == 0
    view.show_date(CHUSEOK_WEEK)
    assert any(b.appt.starts_at.startswith("2026-09-24") for b in view.model.blocks)


def test_center_closed_days_in_the_settings_tab_show_on_the_calendar(qtbot, open_as, created):
    store = open_as("lead")
    context = AppContext(store, "en")
    context.today = lambda: date(2026, 3, 10)
    admin = AdminView(context)
    qtbot.addWidget(admin)
    admin.show()
    box = admin.settings.closed_days
    box.date.setDate(box.date.date().addDays(1))                # Wed 11 March 2026
    qtbot.keyClicks(box.name, "Workshop")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert store.settings.closed_days() == [{"date": "2026-03-11", "name": "Workshop"}]
    assert box.days.count() == 1 and "Workshop" in box.days.item(0).text()
    qtbot.keyClicks(box.name, "Again")                          # the same date twice is refused
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert box.status.is_error and len(store.settings.closed_days()) == 1
    box.name.clear()
    box.date.setDate(box.date.date().addDays(1))
    qtbot.mouseClick(box.add_button, Qt.LeftButton)             # no name
    assert box.status.is_error and len(store.settings.closed_days()) == 1
    from desktop.views.calendar import CalendarView
    calendar = CalendarView(context)
    qtbot.addWidget(calendar)
    assert calendar.grid.holidays == {date(2026, 3, 11): "Workshop"}
    box.days.setCurrentRow(0)
    with qtbot.waitSignal(context.changed, timeout=2000):
        qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    assert store.settings.closed_days() == [] and box.days.count() == 0
    assert calendar.grid.holidays == {}                         # the calendar followed the change


def test_a_closed_day_that_is_also_public_says_so(qtbot, open_as, created):
    store = open_as("lead")
    store.settings.set(holidays.SETTING, [{"date": "2026-05-01", "name": "근로자의 날"}])
    context = AppContext(store, "ko")
    admin = AdminView(context)
    qtbot.addWidget(admin)
    admin.settings.refresh()
    assert "노동절" in admin.settings.closed_days.days.item(0).text()


def test_screenshots_in_korean(qtbot, env, korean, tmp_path):
    env.book("c1", at(date(2026, 9, 22), 10), client=0)
    env.book("c2", at(date(2026, 9, 23), 14), client=1, room="상담실2")
    view = env.view(lang="ko")
    view.show_date(CHUSEOK_WEEK)
    qtbot.wait(20)
    assert view.grab().save(str(tmp_path / "holidays-week.png"))
    view.show_date(THURSDAY)
    view.new_appointment(column(view, THURSDAY, env.staff["c2"].id), row_of(16))
    dialog = view.dialog
    dialog.choose_client("김민지")
    dialog.repeat.setChecked(True)
    qtbot.wait(20)
    assert dialog.series_note.isVisible()
    assert dialog.grab().save(str(tmp_path / "holidays-dialog.png"))


def test_a_public_holiday_the_center_works_is_booked_like_any_day(qtbot, open_as, created):
    """노동절 is a public holiday in the library since 2026; a city office may still open."""
    store = open_as("lead")
    context = AppContext(store, "en")
    context.today = lambda: date(2026, 4, 30)
    admin = AdminView(context)
    qtbot.addWidget(admin)
    admin.show()
    box = admin.settings.closed_days
    box.date.setDate(box.date.date().addDays(1))                # Fri 1 May 2026, 노동절
    qtbot.keyClicks(box.name, "Open as usual")
    box.open_day.setChecked(True)
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert store.settings.closed_days() == [{"date": "2026-05-01", "name": "Open as usual", "open": True}]
    assert "open" in box.days.item(0).text() and not box.open_day.isChecked()
    assert store.audit.count(action="set") >= 1
    from desktop.views.calendar import CalendarView
    calendar = CalendarView(context)
    qtbot.addWidget(calendar)
    assert date(2026, 5, 1) not in store.settings.days_off().between(date(2026, 5, 1), date(2026, 5, 2))
    assert date(2026, 5, 1) not in calendar.grid.holidays
