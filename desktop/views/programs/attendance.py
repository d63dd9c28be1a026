"""Attendance for one session: tick the registered clients who came, add walk-ins (found by
name, initials or code; marked as walk-ins), and/or an anonymous head-count for outreach and
campaigns where names are not taken. The total is named attendees + head-count."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.records import Attendance, Program, ProgramSession

from ...context import korean_date
from .client_search import ClientSearch
from .common import NAMELESS, error_text, message_label, show_message, time_span

MAX_HEADCOUNT = 10000


class AttendanceDialog(QDialog):
    def __init__(self, context, program: Program, session: ProgramSession, place: str, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.program = program
        self.session = session
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self.setMinimumWidth(560)
        store = context.store
        day = date.fromisoformat(session.starts_at[:10])
        heading = QLabel(f"<b>{program.name}</b><br>" + self.tr("Session %1").replace("%1", str(session.session_no))
                         + f" · {korean_date(day, context.lang)} {time_span(session.starts_at, session.ends_at)}"
                         + f" · {place}")
        heading.setObjectName("attendanceHeading")
        heading.setWordWrap(True)

        registered = store.programs.registered(program.id)
        self.before = {a.client_id: a.walk_in for a in store.programs.attendance(session.id)}
        ids = sorted(set(registered) | set(self.before))
        clients = {c.id: c for c in store.clients.by_ids(ids)} if ids else {}
        self.registered = set(registered)

        # named attendance
        self.list = QListWidget()
        self.list.setObjectName("attendanceList")
        self.list.setAccessibleName(self.tr("Registered clients and walk-ins; Space ticks"))
        self.list.setToolTip(self.tr("Space ticks or unticks the selected client"))
        order = sorted(registered, key=lambda i: (clients[i].name, i) if i in clients else ("", i))
        order += sorted((i for i in self.before if i not in self.registered),
                        key=lambda i: (clients[i].name, i) if i in clients else ("", i))
        for client_id in order:
            c = clients.get(client_id)
            walk_in = client_id not in self.registered and self.before.get(client_id, True)
            self._add_item(client_id, c.name if c else f"#{client_id}", c.code if c else "", walk_in,
                           client_id in self.before)
        self.empty = QLabel(self.tr("No one is registered for this program: add walk-ins below, or record a "
                                    "head-count."))
        self.empty.setObjectName("attendanceEmpty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        self.all_button = QPushButton(self.tr("Tick all registered"))
        self.all_button.setObjectName("attendanceAll")
        self.all_button.clicked.connect(self.tick_all_registered)
        self.all_button.setEnabled(bool(self.registered))
        self.all_button.setAutoDefault(False)   # Enter saves the attendance, whatever has the focus
        self.walk_in = ClientSearch(context, self.tr("Add a walk-in: name, initials or code, then Enter"),
                                    taken=lambda: {cid for cid, _w, _c in self.rows() if _w})
        self.walk_in.setObjectName("walkInSearch")
        self.walk_in.picked.connect(self.add_walk_in)
        self.walk_in.failed.connect(lambda text: show_message(self.message, text))
        named_box = QGroupBox(self.tr("Named attendance"))
        named = QVBoxLayout(named_box)
        named.addWidget(self.list, 1)
        named.addWidget(self.empty)
        walk_row = QHBoxLayout()
        walk_row.addWidget(self.walk_in, 1)
        walk_row.addWidget(self.all_button, 0, Qt.AlignTop)
        named.addLayout(walk_row)

        # anonymous head-count
        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(0, MAX_HEADCOUNT)
        self.headcount.setValue(session.headcount or 0)
        self.headcount.setSuffix(self.tr(" people"))
        self.headcount.setAccessibleName(self.tr("Head-count"))
        self.headcount.setMinimumWidth(120)
        count_box = QGroupBox(self.tr("Head-count (anonymous)"))
        count_row = QHBoxLayout(count_box)
        hint = QLabel(self.tr("People counted without names, e.g. at an outreach visit or a campaign."))
        hint.setWordWrap(True)
        count_row.addWidget(self.headcount)
        count_row.addWidget(hint, 1)

        self.total = QLabel("")
        self.total.setObjectName("attendanceTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self.message = message_label("attendanceMessage")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save attendance"), QDialogButtonBox.AcceptRole)
        self.save_button.setObjectName("attendanceSave")
        self.group_note_button = self.buttons.addButton(self.tr("Save and write the group note…"),
                                                        QDialogButtonBox.ActionRole)
        self.group_note_button.setObjectName("attendanceGroupNote")
        self.group_note_button.setToolTip(self.tr("The group note is written once; each attending member gets a "
                                                  "copy without the others' names"))
        self.group_note_button.setAutoDefault(False)
        self.group_note_button.setVisible(context.store.group_notes.may_write(session.id))
        self.group_note_button.clicked.connect(self.save_for_group_note)
        self.wants_group_note = False
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.try_save)
        cancel.clicked.connect(self.reject)
        self.save_button.setDefault(True)  # Enter saves; Enter in the walk-in search searches

        nameless = program.category in NAMELESS
        if nameless and self.list.count() == 0:
            self.list.setMaximumHeight(70)     # names are rarely taken here: the head-count comes first
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        boxes = [count_box, named_box] if nameless else [named_box, count_box]
        small = nameless and self.list.count() == 0
        for box in boxes:
            layout.addWidget(box, 1 if box is named_box and not small else 0)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = ([self.headcount, self.list, self.walk_in.edit, self.walk_in.results, self.all_button] if nameless
                 else [self.list, self.walk_in.edit, self.walk_in.results, self.all_button, self.headcount])
        for a, b in zip(order, order[1:] + [self.save_button]):
            QWidget.setTabOrder(a, b)
        self.list.itemChanged.connect(lambda _item: self._update_total())
        self.headcount.valueChanged.connect(lambda _v: self._update_total())
        self._update_total()
        self.resize(620, self.sizeHint().height() if nameless else 560)
        if nameless or self.list.count() == 0:
            self.headcount.setFocus() if nameless else self.walk_in.setFocus()
        else:
            self.list.setFocus()
            self.list.setCurrentRow(0)

    # --- the list ----------------------------------------------------------------------------
    def _add_item(self, client_id: int, name: str, code: str, walk_in: bool, checked: bool) -> QListWidgetItem:
        text = f"{self.context.show_name(name)} · {code}" if code else self.context.show_name(name)
        if walk_in:
            text += "  " + self.tr("(walk-in)")
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        item.setData(Qt.UserRole, (client_id, walk_in))
        self.list.addItem(item)
        return item

    def rows(self) -> list[tuple[int, bool, bool]]:
        """(client id, walk-in, ticked) for every row of the list."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            client_id, walk_in = item.data(Qt.UserRole)
            out.append((client_id, walk_in, item.checkState() == Qt.Checked))
        return out

    def item_for(self, client_id: int) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole)[0] == client_id:
                return self.list.item(i)
        return None

    def tick(self, client_id: int, on: bool = True) -> None:
        item = self.item_for(client_id)
        if item is not None:
            item.setCheckState(Qt.Checked if on else Qt.Unchecked)

    def tick_all_registered(self) -> None:
        for client_id, walk_in, _ticked in self.rows():
            if not walk_in:
                self.tick(client_id)

    def add_walk_in(self, client) -> None:
        item = self.item_for(client.id)
        if item is None:
            item = self._add_item(client.id, client.name, client.code, client.id not in self.registered, True)
        item.setCheckState(Qt.Checked)
        self.list.setCurrentItem(item)
        self.empty.setVisible(False)
        self._update_total()

    def _update_total(self) -> None:
        named = sum(1 for _c, _w, ticked in self.rows() if ticked)
        walk_ins = sum(1 for _c, walk_in, ticked in self.rows() if ticked and walk_in)
        count = self.headcount.value()
        self.total.setText(self.tr("Named %1 (walk-ins %2) + head-count %3 = %4 attended")
                           .replace("%1", str(named)).replace("%2", str(walk_ins)).replace("%3", str(count))
                           .replace("%4", str(named + count)))

    # --- saving ------------------------------------------------------------------------------
    def attendees(self) -> list[Attendance]:
        return [Attendance(program_session_id=self.session.id, client_id=client_id, walk_in=walk_in)
                for client_id, walk_in, ticked in self.rows() if ticked]

    def save_for_group_note(self) -> bool:
        """Save the attendance first: the copies follow it."""
        self.wants_group_note = True
        if not self.try_save():
            self.wants_group_note = False
            return False
        return True

    def try_save(self) -> bool:
        show_message(self.message, "")
        store = self.context.store
        attendees = self.attendees()
        headcount = self.headcount.value() or None
        try:
            if {a.client_id: a.walk_in for a in attendees} != self.before:
                store.programs.set_attendance(self.session.id, attendees)
                self.before = {a.client_id: a.walk_in for a in attendees}
            if headcount != self.session.headcount:
                store.programs.set_headcount(self.session.id, headcount)
                self.session.headcount = headcount
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("program")
        self.accept()
        return True
