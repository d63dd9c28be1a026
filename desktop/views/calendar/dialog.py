"""Book, edit or move one appointment: client search (name, initials ㅎㄱㄷ, code, phone tail),
counselor, room, kind, date, start, length, memo, and "repeat weekly N times" for new ones.

Holidays (public and the center's closed days): a date on one is warned about, not refused (a
center does sometimes see a client on a holiday, e.g. a crisis session); a weekly series skips
them unless "skip public holidays" is unticked, and the dialog lists the dates it will skip.

The dialog does not write: it hands the appointment to ``save(appointment, repeat,
skip_holidays)``, which calls the repository. A refusal (a clash, a missing client) is shown inline and the dialog
stays open with what was typed; nothing was written."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, QTime, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.holidays import plan_weekly
from storage.records import Appointment
from storage.vocabulary import APPOINTMENT_KINDS

from .model import DAY_END, DAY_START, SLOT, iso, minutes_of, parse

SEARCH_DELAY_MS = 250


class AppointmentDialog(QDialog):
    def __init__(self, context, model, appointment: Appointment, save, *, mode: str = "new",
                 client_name: str = "", client_code: str = "", parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.original = appointment
        self.save = save
        self.mode = mode
        self.client_id = appointment.client_id
        self.setWindowTitle({"new": self.tr("New appointment"), "edit": self.tr("Edit appointment"),
                             "move": self.tr("Move appointment")}[mode])
        self.setMinimumWidth(460)

        # client
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("Name, initials (ㅎㄱㄷ), code or phone's last 4 digits"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.results.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results.setMaximumHeight(120)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenClient")
        self.no_client = QPushButton(self.tr("No client"))
        self.no_client.setObjectName("noClient")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(self._pick)
        self.results.itemDoubleClicked.connect(lambda _i: self.counselor.setFocus())
        # Enter in the search field searches (and in the list takes the client) instead of saving
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.no_client.clicked.connect(lambda: self._set_client(None, ""))
        self._set_client(self.client_id, f"{client_name} · {client_code}" if client_name else "")

        # who, where, what
        self.counselor = QComboBox()
        self.counselor.setObjectName("counselor")
        for s in sorted(model.counselors(), key=lambda s: (s.site_id != model.site_id, s.display_name)):
            self.counselor.addItem(s.display_name, s.id)
        if self.counselor.findData(appointment.counselor_id) < 0 and appointment.counselor_id in model.staff:
            self.counselor.addItem(model.staff[appointment.counselor_id].display_name, appointment.counselor_id)
        self.counselor.setCurrentIndex(max(0, self.counselor.findData(appointment.counselor_id)))
        self.room = QComboBox()
        self.room.setObjectName("room")
        self.room.addItem(self.tr("(no room)"), None)
        for r in model.rooms.values():
            if r.site_id == appointment.site_id and (r.active or r.id == appointment.room_id):
                self.room.addItem(r.name, r.id)
        self.room.setCurrentIndex(max(0, self.room.findData(appointment.room_id)))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in APPOINTMENT_KINDS:
            self.kind.addItem(context.label(APPOINTMENT_KINDS, code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(appointment.kind)))

        # when
        start, end = parse(appointment.starts_at), parse(appointment.ends_at)
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy년 M월 d일 (ddd)" if context.lang == "ko" else "ddd d MMM yyyy")
        self.time = QTimeEdit(QTime(start.hour, start.minute))
        self.time.setObjectName("time")
        self.time.setDisplayFormat("HH:mm")
        self.time.setTimeRange(QTime(DAY_START // 60, 0), QTime((DAY_END - SLOT) // 60, (DAY_END - SLOT) % 60))
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(10, DAY_END - DAY_START)
        self.duration.setSingleStep(10)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(max(10, int((end - start).total_seconds() // 60)))
        self.memo = QLineEdit(appointment.memo or "")
        self.memo.setObjectName("memo")
        self.memo.setMaxLength(200)

        # weekly series (new appointments only)
        self.repeat = QCheckBox(self.tr("Repeat weekly"))
        self.repeat.setObjectName("repeat")
        self.times = QSpinBox()
        self.times.setObjectName("times")
        self.times.setRange(2, 52)
        self.times.setValue(4)
        self.times.setSuffix(self.tr(" times"))
        self.times.setEnabled(False)
        self.repeat.toggled.connect(self.times.setEnabled)
        self.skip_holidays = QCheckBox(self.tr("Skip holidays and closed days"))
        self.skip_holidays.setObjectName("skipHolidays")
        self.skip_holidays.setToolTip(self.tr("Public holidays and the center's closed days are passed over; "
                                              "the series still gets every session."))
        self.skip_holidays.setChecked(True)
        self.skip_holidays.setEnabled(False)
        self.repeat.toggled.connect(self.skip_holidays.setEnabled)
        self.holiday_note = QLabel("")                 # the chosen date is a holiday (warning, not a refusal)
        self.holiday_note.setObjectName("holidayNote")
        self.holiday_note.setWordWrap(True)
        self.holiday_note.setStyleSheet("color: #7a4a00; background: #fff4d6; padding: 3px 6px; border-radius: 3px;")
        self.holiday_note.hide()
        self.series_note = QLabel("")                  # which dates the series skips (or books on a holiday)
        self.series_note.setObjectName("seriesNote")
        self.series_note.setWordWrap(True)
        self.series_note.hide()
        self._days_off = None                          # read once per dialog (the setting and the library)

        self.message = QLabel("")
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        client_box = QWidget()
        client_rows = QVBoxLayout(client_box)
        client_rows.setContentsMargins(0, 0, 0, 0)
        client_rows.addWidget(self.search)
        client_rows.addWidget(self.results)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.no_client)
        client_rows.addLayout(chosen_row)
        when_row = QHBoxLayout()
        when_row.addWidget(self.date, 2)
        when_row.addWidget(self.time, 1)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.times)
        repeat_row.addWidget(self.skip_holidays)
        repeat_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Client"), client_box)
        form.addRow(self.tr("Counselor"), self.counselor)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date and start"), when_row)
        form.addRow("", self.holiday_note)
        form.addRow(self.tr("Length"), self.duration)
        form.addRow(self.tr("Memo"), self.memo)
        if mode == "new":
            form.addRow("", repeat_row)
            form.addRow("", self.series_note)
        else:
            self.repeat.hide()
            self.times.hide()
            self.skip_holidays.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for a, b in ((self.search, self.results), (self.results, self.no_client), (self.no_client, self.counselor),
                     (self.counselor, self.room), (self.room, self.kind), (self.kind, self.date),
                     (self.date, self.time), (self.time, self.duration), (self.duration, self.memo)) + (
                        ((self.memo, self.repeat), (self.repeat, self.times), (self.times, self.skip_holidays))
                        if mode == "new" else ()):
            QWidget.setTabOrder(a, b)
        for signal in (self.date.dateChanged, self.repeat.toggled, self.times.valueChanged,
                       self.skip_holidays.toggled):
            signal.connect(lambda *_: self.update_holiday_notes())
        self.update_holiday_notes()
        (self.date if mode == "move" else self.search).setFocus()

    # --- client search ------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            if watched is self.search:
                self._search_enter()
                return True
            if watched is self.results:
                self._pick(self.results.currentItem())
                self.counselor.setFocus()
                return True
        if watched is self.search and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down \
                and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(max(0, self.results.currentRow()))
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        if not query:
            return
        try:
            found = self.context.store.clients.search(query, limit=30)
        except StorageError as exc:
            self.message.setText(exc.message(self.context.lang))
            return
        for c in found:
            item = QListWidgetItem(f"{self.context.show_name(c.name)} · {c.code} · {c.birth_year}")
            item.setData(Qt.UserRole, c.id)
            self.results.addItem(item)
        if not found:
            self.results.addItem(QListWidgetItem(self.tr("No client found")))
            self.results.item(0).setFlags(Qt.NoItemFlags)

    def _search_enter(self) -> None:
        self.run_search()
        if self.results.count() and self.results.item(0).flags() & Qt.ItemIsEnabled:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _pick(self, item, _previous=None) -> None:
        if item is not None and item.data(Qt.UserRole) is not None:
            self._set_client(item.data(Qt.UserRole), item.text())

    def _set_client(self, client_id, text: str) -> None:
        self.client_id = client_id
        self.chosen.setText(self.tr("Chosen: %1").replace("%1", text) if client_id else self.tr("No client chosen"))

    def choose_client(self, query: str) -> None:
        """Type a query and take the first match (tests, and Enter in the search field)."""
        self.search.setText(query)
        self._search_enter()

    # --- holidays -----------------------------------------------------------------------------
    def days_off(self):
        if self._days_off is None:
            self._days_off = self.context.store.settings.days_off()
        return self._days_off

    def series_plan(self):
        """(dates, skipped holidays) of the weekly series as the repository will book it."""
        d = self.date.date()
        first = datetime(d.year(), d.month(), d.day()).date()
        return plan_weekly(first, self.times.value(),
                           days_off=self.days_off() if self.skip_holidays.isChecked() else None)

    def update_holiday_notes(self) -> None:
        lang = self.context.lang
        d = self.date.date()
        day = datetime(d.year(), d.month(), d.day()).date()
        holiday = self.days_off().get(day)
        repeating = self.repeat.isChecked() and self.mode == "new"
        if holiday and not (repeating and self.skip_holidays.isChecked()):
            self.holiday_note.setText(self.tr("%1 is a holiday (%2): the center is usually closed. "
                                              "The appointment can still be booked.")
                                      .replace("%1", f"{day.month}/{day.day}").replace("%2", holiday.name(lang)))
        self.holiday_note.setVisible(bool(holiday) and not (repeating and self.skip_holidays.isChecked()))
        text = ""
        if repeating:
            try:
                dates, skipped = self.series_plan()
            except StorageError as exc:
                dates, skipped, text = [], [], exc.message(lang)
            if skipped:
                last = dates[-1]
                text = self.tr("Skipped: %1 — the last session is on %2.").replace(
                    "%1", ", ".join(h.short(lang) for h in skipped)).replace("%2", f"{last.month}/{last.day}")
            elif dates and not self.skip_holidays.isChecked():
                off = self.days_off()
                on_holidays = [h for h in (off.get(x) for x in dates) if h]
                if on_holidays:
                    text = self.tr("Booked on holidays too: %1").replace(
                        "%1", ", ".join(h.short(lang) for h in on_holidays))
        self.series_note.setText(text)
        self.series_note.setVisible(bool(text))

    # --- saving -------------------------------------------------------------------------------
    def appointment(self) -> Appointment:
        d, t = self.date.date(), self.time.time()
        start = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        end = start + timedelta(minutes=self.duration.value())
        return replace(self.original, client_id=self.client_id, counselor_id=self.counselor.currentData(),
                       room_id=self.room.currentData(), kind=self.kind.currentData(), starts_at=iso(start),
                       ends_at=iso(end), memo=self.memo.text().strip() or None)

    def submit(self) -> None:
        a = self.appointment()
        end = parse(a.ends_at)
        if end.date() != parse(a.starts_at).date() or minutes_of(end) > DAY_END:
            self.message.setText(self.tr("The calendar runs from 08:00 to 20:00: shorten the appointment."))
            return
        try:
            self.save(a, self.times.value() if self.repeat.isChecked() and self.mode == "new" else 1,
                      self.skip_holidays.isChecked())
        except StorageError as exc:
            self.message.setText(exc.message(self.context.lang))
            return
        self.message.clear()
        self.accept()

