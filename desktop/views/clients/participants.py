"""Who else was in a family session: family members by relation. A group session names no one
else: it is written once from the program session (desktop/views/programs/group_note.py) and
each member gets a copy of their own, so for a group this panel only says where to go."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from storage.errors import PermissionDenied
from storage.records import Participant

RELATIONS = ("spouse", "child", "parent", "sibling")  # codes as the demo stores them; free text is kept as typed


class ParticipantsPanel(QWidget):
    changed = Signal()

    def __init__(self, context, client_id: int, parent=None) -> None:
        super().__init__(parent)
        self.context, self.client_id = context, client_id
        self.kind = "individual"
        self.read_only = False
        self.relation_names = {"spouse": self.tr("Spouse"), "child": self.tr("Child"), "parent": self.tr("Parent"),
                               "sibling": self.tr("Sibling")}
        self.caption = QLabel("")
        self.chosen = QListWidget()
        self.chosen.setObjectName("participantsChosen")
        self.chosen.setMaximumHeight(64)
        self.chosen.setFlow(QListWidget.LeftToRight)  # a row of names/relations, not a tall list
        self.chosen.setWrapping(True)
        self.chosen.setSpacing(4)
        self.chosen.setToolTip(self.tr("Delete removes the selected participant"))
        self.chosen.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)

        # family: relations
        self.relation = QComboBox()
        self.relation.setObjectName("participantRelation")
        self.relation.setEditable(True)
        for code in RELATIONS:
            self.relation.addItem(self.relation_names[code], code)
        self.relation.lineEdit().returnPressed.connect(self._add_relation)
        self.add_relation_button = QPushButton(self.tr("Add family member"))
        self.add_relation_button.clicked.connect(self._add_relation)

        self.relation.setMinimumWidth(180)
        adder = QHBoxLayout()
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.relation)
        adder.addWidget(self.add_relation_button)
        adder.addStretch(1)
        adder.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(adder)
        layout.addWidget(self.chosen)
        self.set_kind("individual")

    # --- state -------------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind = kind
        group, family = kind == "group", kind == "family"
        self.setVisible(group or family)
        self._show_editing()
        self.caption.setText(self.tr("Group sessions are written from the program session (Programs → session → "
                                     "Group note): each member gets their own copy, without the others' names.")
                             if group else self.tr("Family members present"))
        self.caption.setWordWrap(True)
        keep = [p for p in self.participants() if family and p.client_id is None]
        if keep != self.participants():
            self.set_participants(keep)
            self.changed.emit()

    def participants(self) -> list[Participant]:
        return [self.chosen.item(i).data(Qt.UserRole) for i in range(self.chosen.count())]

    def set_participants(self, participants: list[Participant]) -> None:
        self.chosen.clear()
        ids = [p.client_id for p in participants if p.client_id is not None]
        clients = {}
        if ids:
            try:
                clients = {c.id: c for c in self.context.store.clients.by_ids(ids)}
            except PermissionDenied:
                clients = {}
        for p in participants:
            if p.client_id is not None:
                c = clients.get(p.client_id)
                text = f"{c.code} · {self.context.show_name(c.name)}" if c else f"#{p.client_id}"
            else:
                text = self.relation_names.get(p.relation or "", p.relation or "")
            item = QListWidgetItem(text, self.chosen)
            item.setData(Qt.UserRole, p)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._show_editing()

    def _show_editing(self) -> None:
        """The adding and removing controls, for the kind shown; none on a locked note."""
        family, editable = self.kind == "family", not self.read_only
        self.chosen.setVisible(family)
        self.relation.setVisible(family and editable)
        self.add_relation_button.setVisible(family and editable)
        self.remove_button.setVisible(family and editable)
        self.remove_button.setEnabled(family and editable)

    # --- editing -----------------------------------------------------------------------------
    def _add_relation(self) -> None:
        text = self.relation.currentText().strip()
        if not text:
            return
        index = self.relation.findText(text)
        code = self.relation.itemData(index) if index >= 0 else text
        new = QListWidgetItem(self.relation_names.get(code, code), self.chosen)
        new.setData(Qt.UserRole, Participant(relation=code))
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.chosen and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Delete \
                and self.remove_button.isEnabled():
            self.remove_selected()
            return True
        return super().eventFilter(obj, event)
