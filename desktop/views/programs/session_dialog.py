"""Add or edit one session of a program: date, start and end time, and a room of the
program's site or an outside location (an outreach visit to a department's meeting room)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QRadioButton, QTimeEdit, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.records import Program, ProgramSession

from .common import NAMELESS, error_text, field_of, message_label, show_message
from .program_dialog import date_edit

DEFAULT_MINUTES = 90


class SessionDialog(QDialog):
    """``saved`` holds the ProgramSession after a successful save."""

    def __init__(self, context, program: Program, session: ProgramSession | None = None,
                 suggested: datetime | None = None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.program = program
        self.original = session
        self.saved: ProgramSession | None = None
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("New session") if session is None
                            else self.tr("Session %1").replace("%1", str(session.session_no)))
        self.setMinimumWidth(440)
        if session is not None:
            start, end = datetime.fromisoformat(session.starts_at), datetime.fromisoformat(session.ends_at)
        else:
            start = suggested or datetime.combine(context.today(), time(15, 0))
            end = min(start + timedelta(minutes=DEFAULT_MINUTES), datetime.combine(start.date(), time(23, 59)))
        self.date = date_edit("sessionDate", context.lang)
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.starts = QTimeEdit(QTime(start.hour, start.minute))
        self.starts.setObjectName("sessionStarts")
        self.starts.setDisplayFormat("HH:mm")
        self.ends = QTimeEdit(QTime(end.hour, end.minute))
        self.ends.setObjectName("sessionEnds")
        self.ends.setDisplayFormat("HH:mm")

        self.in_room = QRadioButton(self.tr("Room at the center"))
        self.in_room.setObjectName("sessionInRoom")
        self.outside = QRadioButton(self.tr("Outside location"))
        self.outside.setObjectName("sessionOutside")
        self.place_group = QButtonGroup(self)
        self.place_group.addButton(self.in_room)
        self.place_group.addButton(self.outside)
        self.room = QComboBox()
        self.room.setObjectName("sessionRoom")
        rooms = context.store.sites.rooms(program.site_id, include_inactive=True)
        for r in sorted(rooms, key=lambda r: (r.kind != "group", r.id)):
            if r.active or (session is not None and r.id == session.room_id):
                self.room.addItem(r.name, r.id)
        self.location = QLineEdit((session.location or "") if session else "")
        self.location.setObjectName("sessionLocation")
        self.location.setMaxLength(100)
        self.location.setPlaceholderText(self.tr("e.g. the department's meeting room"))
        if session is not None:
            outside = session.room_id is None
            self.room.setCurrentIndex(max(0, self.room.findData(session.room_id)))
        else:
            outside = program.category in NAMELESS or self.room.count() == 0
            if program.department and program.category in NAMELESS:
                self.location.setText(program.department)
        (self.outside if outside else self.in_room).setChecked(True)
        self.in_room.toggled.connect(self._place_changed)
        self._place_changed()

        self.message = message_label("sessionMessage")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.save_button.setObjectName("sessionSave")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.try_save)
        cancel.clicked.connect(self.reject)

        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.starts)
        times.addWidget(self.ends)
        times.addStretch(1)
        times_box = QWidget()
        times_box.setLayout(times)
        room_row = QHBoxLayout()
        room_row.setContentsMargins(0, 0, 0, 0)
        room_row.addWidget(self.in_room)
        room_row.addWidget(self.room, 1)
        outside_row = QHBoxLayout()
        outside_row.setContentsMargins(0, 0, 0, 0)
        outside_row.addWidget(self.outside)
        outside_row.addWidget(self.location, 1)
        place = QVBoxLayout()
        place.setContentsMargins(0, 0, 0, 0)
        place.addLayout(room_row)
        place.addLayout(outside_row)
        place_box = QWidget()
        place_box.setLayout(place)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        title = QLabel(program.name)
        title.setObjectName("sessionProgram")
        title.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Program"), title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Time"), times_box)
        form.addRow(self.tr("Place"), place_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = [self.date, self.starts, self.ends, self.in_room, self.room, self.outside, self.location]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.fields = {"starts_at": self.starts, "ends_at": self.ends, "location": self.location}
        self.date.setFocus()

    def _place_changed(self, *_args) -> None:
        room = self.in_room.isChecked()
        self.room.setEnabled(room)
        self.location.setEnabled(not room)

    def session(self) -> ProgramSession:
        d = self.date.date()
        day = f"{d.year():04d}-{d.month():02d}-{d.day():02d}"
        starts = f"{day}T{self.starts.time().toString('HH:mm')}"
        ends = f"{day}T{self.ends.time().toString('HH:mm')}"
        room = self.room.currentData() if self.in_room.isChecked() else None
        location = None if self.in_room.isChecked() else (self.location.text().strip() or None)
        if self.original is not None:
            return replace(self.original, starts_at=starts, ends_at=ends, room_id=room, location=location)
        return ProgramSession(program_id=self.program.id, session_no=0, starts_at=starts, ends_at=ends,
                              room_id=room, location=location)

    def try_save(self) -> bool:
        show_message(self.message, "")
        s = self.session()
        if s.ends_at <= s.starts_at:
            return self._refuse(self.tr("The session must end after it starts."), self.ends)
        if s.room_id is None and not s.location:
            return self._refuse(self.tr("Choose a room or type the outside location."),
                                self.location if self.outside.isChecked() else self.room)
        store = self.context.store
        try:
            if s.id is None:
                s = store.programs.add_session(s)
            else:
                store.programs.update_session(s)
        except StorageError as exc:
            return self._refuse(error_text(exc, self.context.lang), self.fields.get(field_of(exc)))
        self.saved = s
        self.context.notify("program")
        self.accept()
        return True

    def _refuse(self, text: str, widget: QWidget | None) -> bool:
        show_message(self.message, text)
        if widget is not None:
            widget.setFocus()
        return False
