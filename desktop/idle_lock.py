"""Idle lock: after N minutes without keyboard or mouse, cover every view and ask the same
account's password. Another account can only log in after this one logs out."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel, QEvent.TouchBegin}


class IdleWatcher(QObject):
    """Counts idle time from application-wide input events."""

    idle = Signal()

    def __init__(self, minutes: float, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()


class LockScreen(QWidget):
    """Shown instead of the views: no client data is visible behind it."""

    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("Locked"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        who = QLabel(self.tr("%1 is logged in. Enter the password to continue.").replace(
            "%1", f"{context.actor.display_name} ({context.actor.login})"))
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        unlock = QPushButton(self.tr("Unlock"))
        unlock.clicked.connect(self.try_unlock)
        logout = QPushButton(self.tr("Log out (drafts are kept)"))
        logout.setObjectName("logout")
        logout.clicked.connect(self.logout_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(unlock)
        buttons.addWidget(logout)
        box = QVBoxLayout(self)
        box.addStretch(1)
        for w in (title, who, self.password, self.message):
            box.addWidget(w)
        box.addLayout(buttons)
        box.addStretch(2)

    def try_unlock(self) -> None:
        ok = self.context.store.vault.check_password(self.password.text())
        self.password.clear()
        if ok:
            self.message.clear()
            self.unlocked.emit()
        else:
            self.message.setText(self.tr("The password is not correct."))
