"""Taking someone off the waitlist: a reason's category is required (no free text; the entry's
memo holds any words). An anonymous enquiry's contact is erased with it."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from storage.errors import StorageError
from storage.vocabulary import WITHDRAW_REASONS

from ..clients.common import error_label, error_text, show_error


class WaitlistWithdrawDialog(QDialog):
    def __init__(self, context, entry, who_text: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.entry = context, entry
        self.withdrawn = None
        self.setObjectName("waitlistWithdrawDialog")
        self.setWindowTitle(self.tr("Take off the waitlist"))
        self.reason = QComboBox()
        self.reason.setObjectName("waitlistReason")
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for code in WITHDRAW_REASONS:
            self.reason.addItem(context.label(WITHDRAW_REASONS, code), code)
        self.message = error_label()
        self.message.setObjectName("waitlistWithdrawMessage")
        form = QFormLayout()
        form.addRow(self.tr("Who"), QLabel(who_text))
        form.addRow(self.tr("Reason *"), self.reason)
        note = QLabel(self.tr("An anonymous enquiry's name and phone number are erased: there is nobody to call back."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        note.setVisible(entry.client_id is None)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Take off the waitlist"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("waitlistWithdrawButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_withdraw)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason.currentIndexChanged.connect(lambda _i: show_error(self.message, ""))
        self.setMinimumWidth(460)
        self.resize(460, self.sizeHint().height())
        self.reason.setFocus()

    def try_withdraw(self) -> bool:
        reason = self.reason.currentData()
        if reason is None:
            show_error(self.message, self.tr("Choose why the entry is taken off the waitlist."))
            return False
        try:
            self.withdrawn = self.context.store.waitlist.withdraw(self.entry.id, reason)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("waitlist")
        self.accept()
        return True
