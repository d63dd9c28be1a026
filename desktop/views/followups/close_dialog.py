"""Closing a safety follow-up: the action taken, in words, is required (the repository refuses
an empty one and its message is shown)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

from storage.errors import StorageError

from ..screening.common import error_label, error_text, show_error


class CloseFollowUpDialog(QDialog):
    def __init__(self, context, followup, client_text: str, reason_text: str, raised_text: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.context, self.followup = context, followup
        self.closed = None
        self.setObjectName("closeFollowUp")
        self.setWindowTitle(self.tr("Close a safety follow-up"))
        self.action = QPlainTextEdit()
        self.action.setObjectName("followupAction")
        self.action.setPlaceholderText(self.tr("What was done: e.g. suicide risk assessed by phone the same day, "
                                               "safety plan made, referred to the psychiatrist."))
        self.action.setTabChangesFocus(True)
        self.action.setMinimumHeight(110)
        self.message = error_label()
        self.message.setObjectName("followupMessage")
        form = QFormLayout()
        for caption, text in ((self.tr("Client"), client_text), (self.tr("Reason"), reason_text),
                              (self.tr("Raised"), raised_text)):
            value = QLabel(text)
            value.setWordWrap(True)
            form.addRow(caption, value)
        form.addRow(self.tr("Action taken *"), self.action)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Close follow-up"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("followupCloseButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_close)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.action.setFocus()

    def try_close(self) -> bool:
        show_error(self.message, "")
        try:
            self.closed = self.context.store.followups.close(self.followup.id, self.action.toPlainText())
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            self.action.setFocus()
            return False
        self.context.notify("followup")
        self.accept()
        return True
