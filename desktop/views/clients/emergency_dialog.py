"""Emergency access (긴급 열람): a refused reader opens a client's notes by writing why. The dialog
says plainly that this is logged and shown to the center lead; the repository checks the role,
the reason's length and writes the audit row."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from storage.errors import StorageError
from storage.repos.emergency_access import GRANT_HOURS, MIN_REASON

from .common import error_label, error_text, show_error


class EmergencyAccessDialog(QDialog):
    def __init__(self, context, client_id: int, client_code: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.client_id = context, client_id
        self.grant = None
        self.setObjectName("emergencyAccess")
        self.setWindowTitle(self.tr("Emergency access"))
        warning = QLabel(self.tr(
            "You do not work with client %1, so their session notes are closed to you.\n"
            "Open them only when a client's safety or care cannot wait for their counselor.\n\n"
            "This emergency access is written to the audit log and shown to the center lead, with your "
            "reason. It lasts %2 hours and lets you read, not change, this client's notes.")
            .replace("%1", client_code).replace("%2", str(GRANT_HOURS)))
        warning.setObjectName("emergencyWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("background: #fff4e5; border: 1px solid #b26a00; padding: 8px;")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("emergencyReason")
        self.reason.setPlaceholderText(self.tr("Why you need the notes now (at least %1 characters): e.g. a crisis call "
                                               "at night, the counselor cannot be reached.").replace("%1", str(MIN_REASON)))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(100)
        self.reason.textChanged.connect(self._update)
        self.message = error_label()
        self.message.setObjectName("emergencyMessage")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Open the notes"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("emergencyOpen")
        self.ok.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        cancel.setDefault(True)
        buttons.accepted.connect(self.try_open)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Reason *")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.reason.setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(len(self.reason.toPlainText().strip()) >= MIN_REASON)

    def try_open(self) -> bool:
        show_error(self.message, "")
        try:
            self.grant = self.context.store.emergency.request(self.client_id, self.reason.toPlainText())
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            self.reason.setFocus()
            return False
        self.accept()
        return True
