"""The calendar view: toolbar (site, day/week, counselor/room columns, previous/today/next),
the time grid, and the actions on the selected appointment (edit, move, attended, no-show,
cancel). Every write goes through the appointment repository; a refusal is shown with the
repository's own message and nothing changes."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu,
                               QMessageBox, QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.records import Appointment
from storage.vocabulary import APPOINTMENT_KINDS, APPOINTMENT_STATUSES

from ...context import korean_date
from .dialog import AppointmentDialog
from .grid import COLOURS, CalendarGrid
from .model import CLINICAL_ROLES, DAY_START, SLOT, CalendarModel, iso, parse, short_date

DEFAULT_MINUTES = 50
ERROR_STYLE = "color: #b00020; background: #fdecee; padding: 4px 8px; border-radius: 3px;"
INFO_STYLE = "color: #1d4d1f; background: #e8f5e9; padding: 4px 8px; border-radius: 3px;"


class CalendarView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("calendarView")
        self.model = CalendarModel(self.store, context.lang, context.show_name)
        self.model.day = context.today()
        self.dialog: AppointmentDialog | None = None
        self.prompt: QMessageBox | None = None
        self.menu: QMenu | None = None

        # --- toolbar ------------------------------------------------------------------------
        self.site = QComboBox()
        self.site.setObjectName("site")
        self.site.setAccessibleName(self.tr("Site"))
        for s in self.store.sites.sites():
            self.site.addItem(s.name, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(context.actor.site_id)))
        self.day_button = self._toggle(self.tr("Day"), "dayButton", "Ctrl+Shift+D")
        self.week_button = self._toggle(self.tr("Week"), "weekButton", "Ctrl+Shift+W")
        self.week_button.setChecked(True)
        self.span_group = QButtonGroup(self)
        self.span_group.addButton(self.day_button)
        self.span_group.addButton(self.week_button)
        self.by_counselor = self._toggle(self.tr("By counselor"), "byCounselor", "Ctrl+Shift+C")
        self.by_room = self._toggle(self.tr("By room"), "byRoom", "Ctrl+Shift+R")
        self.by_counselor.setChecked(True)
        self.by_group = QButtonGroup(self)
        self.by_group.addButton(self.by_counselor)
        self.by_group.addButton(self.by_room)
        self.only = QComboBox()
        self.only.setObjectName("only")
        self.only.setAccessibleName(self.tr("Show"))
        self.only.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"))
        self.show_cancelled.setObjectName("showCancelled")
        self.previous_button = self._button(self.tr("◀ Previous"), "previousButton", "PgUp")
        self.today_button = self._button(self.tr("Today"), "todayButton", "Ctrl+T")
        self.next_button = self._button(self.tr("Next ▶"), "nextButton", "PgDown")
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.new_button = self._button(self.tr("New appointment"), "newButton", "Ctrl+N")
        self.legend = QLabel("  ".join(
            f"<span style='color:{COLOURS[code][1]}; font-size: 14pt;'>■</span>&nbsp;"
            f"{context.label(APPOINTMENT_STATUSES, code)}" for code in APPOINTMENT_STATUSES))
        self.legend.setObjectName("legend")

        # --- grid, message, actions -------------------------------------------------------------
        self.message = QLabel("")
        self.message.setObjectName("calendarMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.grid = CalendarGrid(self.model)
        self.grid.setAccessibleName(self.tr("Appointments"))
        self.grid.no_room_title = self.tr("(no room)")
        self.grid.today = context.today
        self.grid.describe = self.describe
        self.grid.texts = {"kind": {c: context.label(APPOINTMENT_KINDS, c) for c in APPOINTMENT_KINDS},
                           "status": {c: context.label(APPOINTMENT_STATUSES, c) for c in APPOINTMENT_STATUSES}}
        self.selection = QLabel("")
        self.selection.setObjectName("selectionText")
        self.selection.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.edit_button = self._button(self.tr("Open"), "editButton", "Return")
        self.move_button = self._button(self.tr("Move…"), "moveButton", "Ctrl+M")
        self.attended_button = self._button(self.tr("Attended"), "attendedButton", "Ctrl+Shift+A")
        self.no_show_button = self._button(self.tr("No-show"), "noShowButton", "Ctrl+Shift+N")
        self.cancel_button = self._button(self.tr("Cancel appointment"), "cancelButton", "Delete")
        self.booked_button = self._button(self.tr("Back to booked"), "bookedButton", "Ctrl+Shift+B")

        top = QHBoxLayout()
        for w in (self.site, self.day_button, self.week_button, self.by_counselor, self.by_room, self.only,
                  self.show_cancelled):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.new_button)
        nav = QHBoxLayout()
        for w in (self.previous_button, self.today_button, self.next_button):
            nav.addWidget(w)
        nav.addSpacing(12)
        nav.addWidget(self.title, 1)
        nav.addWidget(self.legend)
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection, 1)
        for w in (self.edit_button, self.move_button, self.attended_button, self.no_show_button,
                  self.cancel_button, self.booked_button):
            bottom.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        layout.addLayout(bottom)
        order = [self.site, self.day_button, self.week_button, self.by_counselor, self.by_room, self.only,
                 self.show_cancelled, self.new_button, self.previous_button, self.today_button, self.next_button,
                 self.grid, self.edit_button, self.move_button, self.attended_button, self.no_show_button,
                 self.cancel_button, self.booked_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

        # --- wiring -------------------------------------------------------------------------
        self.site.currentIndexChanged.connect(lambda _i: self._settings_changed(reset_only=True))
        self.span_group.buttonClicked.connect(lambda _b: self._settings_changed())
        self.by_group.buttonClicked.connect(lambda _b: self._settings_changed(reset_only=True))
        self.only.activated.connect(lambda _i: self._settings_changed())
        self.show_cancelled.toggled.connect(lambda _on: self._settings_changed())
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.go_today)
        self.new_button.clicked.connect(lambda: self.new_appointment())
        self.edit_button.clicked.connect(lambda: self.edit_appointment())
        self.move_button.clicked.connect(lambda: self.edit_appointment(mode="move"))
        self.attended_button.clicked.connect(lambda: self.mark("attended"))
        self.no_show_button.clicked.connect(lambda: self.mark("no_show"))
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.booked_button.clicked.connect(lambda: self.mark("booked"))
        self.grid.selection_changed.connect(lambda _id: self._selection_changed())
        self.grid.cursor_moved.connect(self._selection_changed)   # from one free slot to another
        self.grid.open_requested.connect(lambda i: self.edit_appointment(i))
        self.grid.create_requested.connect(self.new_appointment)
        self.grid.move_requested.connect(self.move_appointment)
        self.grid.nudge_requested.connect(self.nudge)
        self.grid.cancel_requested.connect(lambda: self.cancel_selected())
        self.grid.menu_requested.connect(self.show_menu)
        self._shortcut("Ctrl+Shift+D", self.day_button.click)
        self._shortcut("Ctrl+Shift+W", self.week_button.click)
        self._shortcut("Ctrl+Shift+C", self.by_counselor.click)
        self._shortcut("Ctrl+Shift+R", self.by_room.click)
        self._shortcut("PgUp", lambda: self.go(-1))
        self._shortcut("PgDown", lambda: self.go(1))
        self._shortcut("Ctrl+T", self.go_today)
        self._shortcut("Ctrl+N", lambda: self.new_appointment())
        self._shortcut("Ctrl+M", lambda: self.edit_appointment(mode="move"))
        self._shortcut("Ctrl+Shift+A", lambda: self.mark("attended"))
        self._shortcut("Ctrl+Shift+N", lambda: self.mark("no_show"))
        self._shortcut("Ctrl+Shift+B", lambda: self.mark("booked"))
        context.changed.connect(self._changed)
        self._settings_changed()
        self._home_cursor()

    # --- small builders -------------------------------------------------------------------------
    def _toggle(self, text: str, name: str, keys: str) -> QPushButton:
        button = self._button(text, name, keys)
        button.setCheckable(True)
        return button

    def _button(self, text: str, name: str, keys: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.NativeText)})")
        return button

    def _shortcut(self, keys: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    # --- what is shown ------------------------------------------------------------------------
    def _settings_changed(self, reset_only: bool = False) -> None:
        m = self.model
        m.site_id = self.site.currentData()
        m.mode = "day" if self.day_button.isChecked() else "week"
        m.by = "room" if self.by_room.isChecked() else "counselor"
        m.only = None if reset_only else self.only.currentData()
        m.show_cancelled = self.show_cancelled.isChecked()
        self.refresh()

    def go(self, direction: int) -> None:
        self.model.step(direction)
        self.refresh()
        self._home_cursor()

    def go_today(self) -> None:
        self.model.day = self.context.today()
        self.refresh()
        self._home_cursor()

    def show_date(self, day: date) -> None:
        self.model.day = day
        self.refresh()
        self._home_cursor()

    def _home_cursor(self) -> None:
        """A new period starts with the slot cursor on today (or the first day) at 09:00."""
        m = self.model
        if not m.columns:
            return
        today = [i for i, c in enumerate(m.columns) if c.day == self.context.today()]
        self.grid.set_cursor(today[0] if today else 0, (9 * 60 - DAY_START) // SLOT)
        self._selection_changed()

    def refresh(self) -> None:
        m = self.model
        m.load()
        ctx = self.context
        if m.mode == "day":
            holiday = m.holiday_name(m.day)
            self.title.setText(korean_date(m.day, ctx.lang) + (f" · {holiday}" if holiday else ""))
        else:
            last = m.first_day + timedelta(days=6)
            self.title.setText(f"{korean_date(m.first_day, ctx.lang)} – {short_date(last, ctx.lang)}")
        self.grid.day_titles = {d: short_date(d, ctx.lang) for d in m.days}
        self.grid.holidays = {d: m.holiday_name(d) for d in m.days if d in m.holidays}
        self._fill_only()
        if m.error is not None:
            self.show_message(m.error.message(ctx.lang))
        self.grid.relayout()
        self.grid.select(self.grid.selected, move_cursor=False)
        self._selection_changed()

    def _fill_only(self) -> None:
        m = self.model
        self.only.blockSignals(True)
        self.only.clear()
        self.only.addItem(self.tr("All rooms") if m.by == "room" else self.tr("All counselors"), None)
        for key, title in m.resources(filtered=False):
            self.only.addItem(title or self.tr("(no room)"), key)
        self.only.setCurrentIndex(max(0, self.only.findData(m.only)) if m.only is not None else 0)
        self.only.blockSignals(False)

    def _changed(self, what: str) -> None:
        if what in ("appointment", "client", "staff", "site", "settings"):
            self.refresh()

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    # --- selection --------------------------------------------------------------------------
    def selected(self) -> Appointment | None:
        b = self.model.block_of(self.grid.selected)
        return b.appt if b else None

    def select(self, appointment_id: int | None) -> None:
        self.grid.select(appointment_id)

    def describe(self, a: Appointment) -> str:
        m, ctx = self.model, self.context
        parts = [short_date(parse(a.starts_at).date(), ctx.lang), f"{a.starts_at[11:16]}–{a.ends_at[11:16]}"]
        if a.client_id:
            parts.append(m.client_label(a))
        parts.append(ctx.label(APPOINTMENT_KINDS, a.kind))
        person = m.staff.get(a.counselor_id)
        parts.append(person.display_name if person else "?")
        room = m.rooms.get(a.room_id) if a.room_id else None
        parts.append(room.name if room else self.tr("(no room)"))
        parts.append(ctx.label(APPOINTMENT_STATUSES, a.status))
        return " · ".join(parts)

    def _selection_changed(self) -> None:
        a = self.selected()
        has = a is not None
        for button in (self.edit_button, self.move_button):
            button.setEnabled(has and a.status != "cancelled")
        self.attended_button.setEnabled(has and a.status != "attended")
        self.no_show_button.setEnabled(has and a.status != "no_show")
        self.cancel_button.setEnabled(has and a.status != "cancelled")
        self.booked_button.setEnabled(has and a.status != "booked")
        if has:
            self.selection.setText(self.tr("Selected: %1").replace("%1", self.describe(a)))
        elif self.model.columns:
            g = self.grid
            slot = self.model.slot_start(g.cursor_col, g.cursor_row)
            column = self.model.columns[g.cursor_col]
            where = column.title or self.tr("(no room)")
            holiday = self.model.holiday_name(slot.date())      # read out too, not only painted
            self.selection.setText(self.tr("Free slot %1 — Enter books an appointment").replace(
                "%1", f"{short_date(slot.date(), self.context.lang)}{f' ({holiday})' if holiday else ''}"
                      f" {slot:%H:%M} · {where}"))
        else:
            self.selection.setText("")
        self.grid.setAccessibleDescription(self.selection.text())

    # --- writing ------------------------------------------------------------------------------
    def _write(self, work, follow: Appointment | None = None) -> bool:
        """Run one repository call; a refusal is shown (the repository's message) and nothing
        changed. On success the others are told and the calendar follows ``follow``."""
        try:
            work()
        except StorageError as exc:
            self.show_message(exc.message(self.context.lang))
            QApplication.beep()
            return False
        self.show_message("")
        if follow is not None:
            day = parse(follow.starts_at).date()
            if not self.model.contains(day):
                self.model.day = day
            self.grid.selected = follow.id
        self.context.notify("appointment")
        if follow is not None:
            self.grid.select(follow.id)
        return True

    def move_to(self, moved: Appointment) -> bool:
        return self._write(lambda: self.store.appointments.update(moved), follow=moved)

    def move_appointment(self, appointment_id: int, column: int, start_minute: int) -> bool:
        """Drag and drop: to ``column`` (a day and a counselor or room) at ``start_minute``."""
        b = self.model.block_of(appointment_id)
        if b is None or not 0 <= column < len(self.model.columns):
            return False
        target = self.model.columns[column]
        start = datetime.combine(target.day, time()) + timedelta(minutes=start_minute)
        return self.move_to(self.model.moved(b.appt, start, target.key, target.kind))

    def nudge(self, minutes: int = 0, days: int = 0, columns: int = 0) -> bool:
        """Ctrl+Up/Down: 30 minutes; Ctrl+Left/Right: one day; Ctrl+Shift+Left/Right: the
        neighbouring counselor or room."""
        a = self.selected()
        if a is None or a.status == "cancelled":
            return False
        moved = self.model.nudged(a, minutes, days, columns)
        if moved is None:
            self.show_message(self.tr("It cannot move there: the calendar runs from 08:00 to 20:00."))
            QApplication.beep()
            return False
        return self.move_to(moved)

    def mark(self, status: str, appointment_id: int | None = None) -> bool:
        if appointment_id is not None:
            b = self.model.block_of(appointment_id)
            a = b.appt if b else None
        else:
            a = self.selected()
        if a is None or a.status == status:
            return False
        if not self._write(lambda: self.store.appointments.set_status(a.id, status), follow=a):
            return False
        if status == "attended":
            self.ask(self.tr("Attended"),
                     self.tr("Marked as attended: %1\n\nOpen the session note now?").replace("%1", self.describe(
                         self.store.appointments.get(a.id))),
                     lambda: self.context.navigate("note_for_appointment", a.id), default_yes=True)
        return True

    def cancel_selected(self, confirm: bool = True) -> bool:
        a = self.selected()
        if a is None or a.status == "cancelled":
            return False

        def cancel():
            self._write(lambda: self.store.appointments.set_status(a.id, "cancelled"), follow=a)
        if not confirm:
            cancel()
            return True
        self.ask(self.tr("Cancel appointment"),
                 self.tr("Cancel this appointment?\n\n%1").replace("%1", self.describe(a)), cancel,
                 default_yes=False)
        return True

    def ask(self, title: str, text: str, on_yes, *, default_yes: bool) -> QMessageBox:
        """A Yes/No question that does not block (the answer calls ``on_yes``)."""
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.No, self)
        box.button(QMessageBox.Yes).setText(self.tr("Yes"))
        box.button(QMessageBox.No).setText(self.tr("No"))
        box.setDefaultButton(QMessageBox.Yes if default_yes else QMessageBox.No)
        box.setEscapeButton(QMessageBox.No)

        def done(_result):
            if box.clickedButton() is box.button(QMessageBox.Yes):
                on_yes()
            if self.prompt is box:
                self.prompt = None
            box.deleteLater()
            self.grid.setFocus()
        box.finished.connect(done)
        self.prompt = box
        box.open()
        return box

    # --- the dialog ---------------------------------------------------------------------------
    def new_appointment(self, column: int | None = None, row: int | None = None) -> AppointmentDialog | None:
        m = self.model
        if not m.columns:
            return None
        column = self.grid.cursor_col if column is None else column
        row = self.grid.cursor_row if row is None else row
        target = m.columns[column]
        start = m.slot_start(column, row)
        actor = self.context.actor
        counselors = [s for s in m.counselors() if s.site_id in (m.site_id, None)] or m.counselors()
        counselor = actor.id if actor.role in CLINICAL_ROLES else (counselors[0].id if counselors else actor.id)
        room = None
        if target.kind == "room":
            room = target.key
        else:
            counselor = target.key
        draft = Appointment(site_id=m.site_id, counselor_id=counselor, room_id=room, kind="individual",
                            starts_at=iso(start), ends_at=iso(start + timedelta(minutes=DEFAULT_MINUTES)))
        return self._open_dialog(draft, "new")

    def edit_appointment(self, appointment_id: int | None = None, mode: str = "edit") -> AppointmentDialog | None:
        b = self.model.block_of(appointment_id if appointment_id is not None else self.grid.selected)
        if b is None:
            return None
        if b.appt.id != self.grid.selected:
            self.grid.select(b.appt.id)
        return self._open_dialog(b.appt, mode)

    def _open_dialog(self, appointment: Appointment, mode: str) -> AppointmentDialog:
        if self.dialog is not None:
            self.dialog.close()
        client = self.model.clients.get(appointment.client_id) if appointment.client_id else None
        dialog = AppointmentDialog(self.context, self.model, appointment, self._save, mode=mode,
                                   client_name=self.context.show_name(client.name) if client else "",
                                   client_code=client.code if client else "", parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.grid.setFocus()

    def _save(self, a: Appointment, repeat: int, skip_holidays: bool = True) -> None:
        """Called by the dialog; a StorageError goes back to it (shown there, nothing written)."""
        repo = self.store.appointments
        series = None
        if a.id is not None:
            repo.update(a)
            first = a
        elif repeat > 1:
            series = repo.add_weekly(a, repeat, skip_holidays=skip_holidays)
            first = series[0]
        else:
            first = repo.add(a)
        self._write(lambda: None, follow=first)
        if series is not None and series.skipped:
            skipped = ", ".join(h.short(self.context.lang) for h in series.skipped)
            self.show_message(self.tr("%1 weekly appointments booked; skipped: %2.").replace(
                "%1", str(repeat)).replace("%2", skipped), error=False)
        elif series is not None:
            self.show_message(self.tr("%1 weekly appointments booked.").replace("%1", str(repeat)), error=False)

    # --- context menu -------------------------------------------------------------------------
    def show_menu(self, where) -> QMenu:
        menu = QMenu(self)
        a = self.selected()
        if a is None:
            menu.addAction(self.tr("New appointment here…"), lambda: self.new_appointment())
        else:
            if a.status != "cancelled":
                menu.addAction(self.tr("Open…"), lambda: self.edit_appointment())
                menu.addAction(self.tr("Move…"), lambda: self.edit_appointment(mode="move"))
                menu.addSeparator()
            if a.status != "attended":
                menu.addAction(self.tr("Attended"), lambda: self.mark("attended"))
            if a.status != "no_show":
                menu.addAction(self.tr("No-show"), lambda: self.mark("no_show"))
            if a.status != "booked":
                menu.addAction(self.tr("Back to booked"), lambda: self.mark("booked"))
            if a.status != "cancelled":
                menu.addSeparator()
                menu.addAction(self.tr("Cancel appointment…"), lambda: self.cancel_selected())
        self.menu = menu
        menu.popup(where)
        return menu

