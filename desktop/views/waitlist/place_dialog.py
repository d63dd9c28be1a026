"""Placing a waiting client in a program: the programs of the entry's site that have not ended
(the wished one chosen first); saving registers the client and resolves the entry together."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from storage.errors import StorageError

from ..clients.common import error_label, error_text, show_error
from .entry_dialog import open_programs


class WaitlistPlaceDialog(QDialog):
    def __init__(self, context, entry, who_text: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.entry = context, entry
        self.placed = None
        self.setObjectName("waitlistPlaceDialog")
        self.setWindowTitle(self.tr("Place in a program"))
        self.program = QComboBox()
        self.program.setObjectName("waitlistPlaceProgram")
        try:
            programs = open_programs(context.store, entry.site_id, context.today(), entry.program_id)
        except StorageError:
            programs = []
        for p in programs:
            self.program.addItem(f"{p.name} ({p.starts_on}~{p.ends_on or ''})", p.id)
        self.program.setCurrentIndex(max(0, self.program.findData(entry.program_id)))
        self.message = error_label()
        self.message.setObjectName("waitlistPlaceMessage")
        form = QFormLayout()
        form.addRow(self.tr("Who"), QLabel(who_text))
        form.addRow(self.tr("Program"), self.program)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Register in the program"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("waitlistPlaceButton")
        self.ok.setEnabled(bool(programs))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_place)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not programs:
            show_error(self.message, self.tr("No program of this site is running or planned."))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.resize(460, self.sizeHint().height())
        self.program.setFocus()

    def choose(self, program_id: int) -> None:
        self.program.setCurrentIndex(max(0, self.program.findData(program_id)))

    def try_place(self) -> bool:
        program_id = self.program.currentData()
        if program_id is None:
            return False
        try:
            self.placed = self.context.store.waitlist.place(self.entry.id, program_id)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("program")
        self.context.notify("waitlist")
        self.accept()
        return True
