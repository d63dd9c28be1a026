"""One program: its details, its sessions with attendance totals (named + head-count, per
session and for the program), and the clients registered to it. Every write goes through the
dialogs or the program repository; ``context.notify("program")`` follows each one."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.vocabulary import PROGRAM_CATEGORIES

from ...context import korean_date
from . import common
from .attendance import AttendanceDialog
from .client_search import ClientSearch
from .common import error_text, message_label, show_message, time_span
from .group_note import GroupNoteDialog
from .program_dialog import ProgramDialog
from .session_dialog import SessionDialog


class SessionTable(QTableWidget):
    """Enter opens the current session's attendance."""

    row_chosen = Signal(int)

    def __init__(self, rows: int, columns: int, parent=None) -> None:
        super().__init__(rows, columns, parent)
        self.cellDoubleClicked.connect(lambda row, _col: self.row_chosen.emit(row))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentRow() >= 0:
            self.row_chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class ProgramDetail(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.program = None
        self.sessions: list = []
        self.dialog = None
        self.setObjectName("programDetail")

        self.title = QLabel(self.tr("Choose a program in the list, or create one (Ctrl+N)."))
        self.title.setObjectName("programTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.edit_button = _button(self.tr("Edit program…"), "editProgram",
                                   self.tr("Change the program's details (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_program)
        self.values: dict[str, QLabel] = {}
        info = QFormLayout()
        info.setContentsMargins(0, 0, 0, 0)
        info.setVerticalSpacing(2)
        for key, label in (("category", self.tr("Category")), ("facilitator", self.tr("Facilitator")),
                           ("site", self.tr("Site")), ("department", self.tr("Department")),
                           ("period", self.tr("Period")), ("description", self.tr("Description"))):
            value = QLabel("")
            value.setObjectName(f"program_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            info.addRow(label, value)
        self.info = QWidget()
        self.info.setLayout(info)

        # sessions
        headers = [self.tr("No."), self.tr("Date"), self.tr("Time"), self.tr("Place"), self.tr("Named"),
                   self.tr("Head-count"), self.tr("Total")]
        self.table = SessionTable(0, len(headers))
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName(self.tr("Sessions; Enter opens the attendance"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.row_chosen.connect(self.take_attendance)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_session_button = _button(self.tr("Add session…"), "addSession",
                                          self.tr("Add a session to this program (Ctrl+Shift+N)"))
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button = _button(self.tr("Edit session…"), "editSession",
                                           self.tr("Change the date, time or place of the selected session"))
        self.edit_session_button.clicked.connect(self.edit_session)
        self.attendance_button = _button(self.tr("Attendance…"), "attendanceButton",
                                         self.tr("Take attendance for the selected session (Enter, Ctrl+Shift+A)"))
        self.attendance_button.clicked.connect(lambda: self.take_attendance(self.table.currentRow()))
        self.group_note_button = _button(self.tr("Group note…"), "groupNoteButton",
                                         self.tr("Write the selected session's group note once; each attending "
                                                 "member gets a copy without the others' names"))
        self.group_note_button.clicked.connect(self.write_group_note)
        self.totals = QLabel("")
        self.totals.setObjectName("programTotals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("font-weight: bold;")
        sessions_box = QGroupBox(self.tr("Sessions"))
        sessions = QVBoxLayout(sessions_box)
        sessions.addWidget(self.table, 1)
        sessions.addWidget(self.totals)
        session_buttons = QHBoxLayout()
        for b in (self.add_session_button, self.edit_session_button, self.attendance_button, self.group_note_button):
            session_buttons.addWidget(b)
        session_buttons.addStretch(1)
        sessions.addLayout(session_buttons)

        # registered clients
        self.registered = QListWidget()
        self.registered.setObjectName("registeredList")
        self.registered.setAccessibleName(self.tr("Registered clients"))
        self.registered.setToolTip(self.tr("Delete takes the selected client off the program"))
        self.registered.setFlow(QListWidget.LeftToRight)
        self.registered.setWrapping(True)
        self.registered.setSpacing(3)
        self.registered.installEventFilter(self)
        self.register_search = ClientSearch(context, self.tr("Register a client: name, initials or code, then Enter"),
                                            taken=lambda: set(self.registered_ids()))
        self.register_search.setObjectName("registerSearch")
        self.register_search.picked.connect(self.register)
        self.register_search.failed.connect(lambda text: show_message(self.message, text))
        self.unregister_button = _button(self.tr("Take off the program"), "unregister",
                                         self.tr("Take the selected client off the program (Delete); "
                                                 "their attendance stays"))
        self.unregister_button.clicked.connect(self.unregister_selected)
        self.registered.itemSelectionChanged.connect(self._update_buttons)
        self.registered_box = QGroupBox(self.tr("Registered clients"))
        reg = QVBoxLayout(self.registered_box)
        reg.addWidget(self.registered, 1)
        reg_row = QHBoxLayout()
        reg_row.addWidget(self.register_search, 1)
        reg_row.addWidget(self.unregister_button, 0, Qt.AlignTop)
        reg.addLayout(reg_row)

        self.message = message_label("programDetailMessage")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addWidget(sessions_box, 3)
        layout.addWidget(self.registered_box, 2)
        self.body = [self.info, sessions_box, self.registered_box, self.edit_button]
        order = [self.edit_button, self.table, self.add_session_button, self.edit_session_button,
                 self.attendance_button, self.group_note_button, self.registered, self.register_search.edit, self.register_search.results,
                 self.unregister_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.show_program(None)

    def shortcuts(self) -> list[tuple[str, object]]:
        """Keys the view binds for the whole page (the list or the details may have the focus)."""
        return [("Ctrl+E", self.edit_program), ("Ctrl+Shift+N", self.add_session),
                ("Ctrl+Shift+A", lambda: self.take_attendance(self.table.currentRow()))]

    # --- showing -----------------------------------------------------------------------------
    def show_program(self, program_id: int | None) -> None:
        show_message(self.message, "")
        self.program = None
        if program_id is not None:
            try:
                self.program = self.store.programs.get(program_id)
            except StorageError as exc:
                show_message(self.message, error_text(exc, self.context.lang))
        for w in self.body:
            w.setVisible(self.program is not None)
        if self.program is None:
            self.title.setText(self.tr("Choose a program in the list, or create one (Ctrl+N)."))
            self.sessions = []
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        p, ctx, store = self.program, self.context, self.store
        if p is None:
            return
        staff = {s.id: s.display_name for s in store.staff.list(include_inactive=True)}
        sites = {s.id: s.name for s in store.sites.sites(include_inactive=True)}
        self.rooms = {r.id: r.name for r in store.sites.rooms(include_inactive=True)}
        self.title.setText(p.name)
        self.values["category"].setText(ctx.label(PROGRAM_CATEGORIES, p.category))
        self.values["facilitator"].setText(staff.get(p.facilitator_id, "—") if p.facilitator_id else "—")
        self.values["site"].setText(sites.get(p.site_id, "?"))
        self.values["department"].setText(p.department or "—")
        start = korean_date(date.fromisoformat(p.starts_on), ctx.lang, weekday=False)
        end = korean_date(date.fromisoformat(p.ends_on), ctx.lang, weekday=False) if p.ends_on else ""
        period = f"{start} – {end}" if end and end != start else start
        if p.planned_sessions:
            period += " · " + self.tr("%1 sessions planned").replace("%1", str(p.planned_sessions))
        self.values["period"].setText(period)
        self.values["description"].setText(p.description or "—")
        try:
            self.sessions = store.programs.sessions(p.id)
            totals = store.programs.totals(p.id)
        except StorageError as exc:
            show_message(self.message, error_text(exc, ctx.lang))
            self.sessions, totals = [], {}
        current = self.table.currentRow()
        self.table.setRowCount(len(self.sessions))
        named_sum = count_sum = 0
        for row, s in enumerate(self.sessions):
            total = totals.get(s.id, 0)
            count = s.headcount or 0
            named = total - count
            named_sum += named
            count_sum += count
            day = date.fromisoformat(s.starts_at[:10])
            values = [str(s.session_no), korean_date(day, ctx.lang), time_span(s.starts_at, s.ends_at),
                      self.place(s), str(named), str(s.headcount) if s.headcount is not None else "—", str(total)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (0, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.sessions:
            self.table.setCurrentCell(min(max(current, 0), len(self.sessions) - 1), 0)
        planned = p.planned_sessions
        held = (self.tr("%1 of %2 planned sessions").replace("%1", str(len(self.sessions)))
                .replace("%2", str(planned)) if planned
                else self.tr("%1 sessions").replace("%1", str(len(self.sessions))))
        self.totals.setText(self.tr("%1 · person-visits %2 (named %3 + head-count %4)")
                            .replace("%1", held).replace("%2", str(named_sum + count_sum))
                            .replace("%3", str(named_sum)).replace("%4", str(count_sum)))
        self.person_visits = named_sum + count_sum
        self._load_registered()
        self._update_buttons()

    def place(self, s) -> str:
        if s.room_id is not None:
            return self.rooms.get(s.room_id, "?")
        return s.location or "—"

    def _load_registered(self) -> None:
        self.registered.clear()
        try:
            ids = self.store.programs.registered(self.program.id)
            clients = self.store.clients.by_ids(ids) if ids else []
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return
        for c in sorted(clients, key=lambda c: (c.name, c.id)):
            item = QListWidgetItem(f"{self.context.show_name(c.name)} · {c.code}", self.registered)
            item.setData(Qt.UserRole, c.id)
        self.registered_box.setTitle(self.tr("Registered clients (%1)").replace("%1", str(len(clients))))

    def registered_ids(self) -> list[int]:
        return [self.registered.item(i).data(Qt.UserRole) for i in range(self.registered.count())]

    def _update_buttons(self) -> None:
        may = self.program is not None and self.store.programs.may("program.write")
        chosen = self.program is not None and 0 <= self.table.currentRow() < len(self.sessions)
        self.edit_button.setEnabled(may)
        self.add_session_button.setEnabled(may)
        self.edit_session_button.setEnabled(may and chosen)
        self.attendance_button.setEnabled(may and chosen)
        # the program's facilitator and the center lead only (storage/repos/group_notes.py)
        self.group_note_button.setEnabled(chosen and self.store.group_notes.may_write(self.current_session().id))
        self.register_search.setEnabled(may)
        self.unregister_button.setEnabled(may and self.registered.currentRow() >= 0)

    # --- actions -----------------------------------------------------------------------------
    def _open(self, dialog, after) -> QDialog:
        """Open a dialog window-modally; ``after()`` runs when it was accepted. The open dialog
        is ``self.dialog`` (tests drive it)."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._closed(d, result, after))
        dialog.open()
        return dialog

    def _closed(self, dialog, result: int, after) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result == QDialog.Accepted:
            after()
        dialog.deleteLater()

    def edit_program(self) -> QDialog | None:
        if self.program is None or not self.edit_button.isEnabled():
            return None
        program_id = self.program.id
        return self._open(ProgramDialog(self.context, self.program, self), lambda: self.show_program(program_id))

    def add_session(self) -> QDialog | None:
        if self.program is None or not self.add_session_button.isEnabled():
            return None
        suggested = None
        if self.sessions:  # weekly programs: a week after the last session, same time
            suggested = datetime.fromisoformat(self.sessions[-1].starts_at) + timedelta(days=7)

        def after() -> None:
            self.reload()
            self.table.setCurrentCell(len(self.sessions) - 1, 0)
            self.table.setFocus()
        return self._open(SessionDialog(self.context, self.program, None, suggested, self), after)

    def current_session(self):
        row = self.table.currentRow()
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def edit_session(self) -> QDialog | None:
        s = self.current_session()
        if s is None or not self.edit_session_button.isEnabled():
            return None
        return self._open(SessionDialog(self.context, self.program, s, None, self), self.reload)

    def take_attendance(self, row: int) -> QDialog | None:
        if not (0 <= row < len(self.sessions)) or not self.store.programs.may("program.write"):
            return None
        self.table.setCurrentCell(row, 0)
        s = self.sessions[row]

        dialog = AttendanceDialog(self.context, self.program, s, self.place(s), self)

        def after() -> None:
            self.reload()
            self.table.setFocus()
            if dialog.wants_group_note:   # "Save and write the group note"
                self.write_group_note()
        return self._open(dialog, after)

    def write_group_note(self) -> QDialog | None:
        """The selected session's group note (the copies follow the saved attendance)."""
        s = self.current_session()
        if s is None or not self.group_note_button.isEnabled():
            return None
        return self._open(GroupNoteDialog(self.context, self.program, s, self.place(s), self), self.reload)

    def register(self, client) -> None:
        if self.program is None:
            return
        try:
            self.store.programs.register(self.program.id, client.id)
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return
        show_message(self.message, "")
        self._load_registered()
        self.context.notify("program")

    def unregister_selected(self) -> None:
        item = self.registered.currentItem()
        if item is None or self.program is None or not self.unregister_button.isEnabled():
            return
        if not common.confirm(self, self.tr("Take off the program"),
                              self.tr("Take %1 off this program? Attendance already recorded stays.")
                              .replace("%1", item.text()), self.tr("Take off")):
            return
        try:
            self.store.programs.unregister(self.program.id, item.data(Qt.UserRole))
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return
        self._load_registered()
        self._update_buttons()
        self.context.notify("program")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.registered and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Delete:
            self.unregister_selected()
            return True
        return super().eventFilter(obj, event)
