"""Log in: account + password; every unlock error in the user's language; growing delay."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from storage.errors import LoginThrottled, StorageError
from storage.vault import Vault

from .workers import Job, start


class LoginDialog(QDialog):
    def __init__(self, db_path: Path, lang: str = "ko", user: str = "", parent=None, *, title_note: str = "") -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.lang = lang
        self.vault: Vault | None = None
        self._job: Job | None = None
        self._wait = 0
        self.setWindowTitle(self.tr("Maumdesk — log in"))
        self.setMinimumWidth(420)

        heading = QLabel(self.tr("Maumdesk"))
        heading.setObjectName("heading")
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        where = QLabel(self.tr("Database: %1").replace("%1", self.db_path.name) + (f"  {title_note}" if title_note else ""))
        where.setWordWrap(True)
        self.account = QLineEdit(user)
        self.account.setObjectName("account")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if user else self.account).setFocus()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.Ok)

    def try_login(self) -> None:
        if self._job is not None or self._wait > 0:
            return
        login, password = self.account.text().strip(), self.password.text()
        if not login or not password:
            self.message.setText(self.tr("Enter your account and password."))
            return
        self.ok_button.setEnabled(False)
        self.message.setStyleSheet("color: #555;")
        self.message.setText(self.tr("Unlocking…"))
        path = self.db_path
        # Argon2id takes about half a second by design: off the UI thread so nothing freezes.
        self._job = start(Job(lambda _progress: Vault.unlock(path, login, password)),
                          done=self._unlocked, failed=self._failed)

    def _unlocked(self, vault: Vault) -> None:
        self._job = None
        self.password.clear()  # password fields clear themselves after use
        self.vault = vault
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self.password.clear()
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(exc, LoginThrottled):
            self._wait = int(exc.retry_after)
            self._tick(first=True)
            self._timer.start()
            return
        self.ok_button.setEnabled(True)
        if isinstance(exc, StorageError):
            self.message.setText(exc.message(self.lang))
        else:
            self.message.setText(self.tr("Unexpected error: %1").replace("%1", type(exc).__name__))
        self.password.setFocus()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait -= 1
        if self._wait <= 0:
            self._timer.stop()
            self._wait = 0
            self.ok_button.setEnabled(True)
            self.message.setText(self.tr("You can try again now."))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(LoginThrottled(seconds=self._wait).message(self.lang))

    def wait_for_job(self, timeout_ms: int = 10000) -> None:
        """For tests and screenshots: block until the unlock finished."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer
        clock = QElapsedTimer()
        clock.start()
        while self._job is not None and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
