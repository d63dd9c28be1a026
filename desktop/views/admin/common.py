"""Small pieces the admin tabs share: messages, a status line, tables, password fields, jobs."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableWidget

from storage.errors import StorageError, ValidationError
from storage.validation import MIN_PASSWORD

from ...workers import Job, start

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def _field_labels() -> dict[str, str]:
    name = QCoreApplication.translate("AdminCommon", "Name")
    return {"login": QCoreApplication.translate("AdminCommon", "Account name"), "display_name": name, "name": name,
            "password": QCoreApplication.translate("AdminCommon", "Password"),
            "code": QCoreApplication.translate("AdminCommon", "Client code")}


def error_text(exc: BaseException, lang: str) -> str:
    """Storage errors speak the user's language (a refused field by its label on screen);
    anything else gets a calm generic line."""
    if isinstance(exc, ValidationError):
        label = _field_labels().get(str(exc.params.get("field")))
        problem = exc.params.get("problem_ko" if lang == "ko" else "problem_en")
        if label and problem:
            return f"{label}: {problem}"
    if isinstance(exc, StorageError):
        return exc.message(lang)
    return QCoreApplication.translate("AdminCommon", "Something went wrong; nothing was changed. Please try again.")


class StatusLine(QLabel):
    """One line of feedback under a form: green when done, red when refused."""

    def __init__(self, name: str = "") -> None:
        super().__init__("")
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setVisible(False)
        self.is_error = False

    def ok(self, text: str) -> None:
        self._show(text, OK_STYLE)

    def error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def clear_text(self) -> None:
        self.setText("")
        self.setVisible(False)
        self.is_error = False

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))
        self.is_error = bool(text) and style == ERROR_STYLE


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.Password)
    hint = QCoreApplication.translate("AdminCommon", "at least %1 characters")
    field.setPlaceholderText(hint.replace("%1", str(MIN_PASSWORD)))
    return field


def take_password(*fields: QLineEdit) -> list[str]:
    """Read password fields and clear them at once: a typed password stays on screen no longer
    than it takes to use it, whether what follows works or not."""
    values = [f.text() for f in fields]
    for f in fields:
        f.clear()
    return values


def password_problem(first: str, second: str) -> str:
    """The checks the UI makes before asking storage (which checks the length again)."""
    if len(first) < MIN_PASSWORD:
        text = QCoreApplication.translate("AdminCommon", "The password must have at least %1 characters.")
        return text.replace("%1", str(MIN_PASSWORD))
    if first != second:
        return QCoreApplication.translate("AdminCommon", "The two passwords are not the same. Please type them again.")
    return ""


class Table(QTableWidget):
    """A read-only row-selecting table; Enter or a double click emits ``row_chosen``."""

    row_chosen = Signal(int)

    def __init__(self, headers: list[str], name: str = "") -> None:
        super().__init__(0, len(headers))
        if name:
            self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.cellDoubleClicked.connect(lambda row, _col: self.row_chosen.emit(row))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentRow() >= 0:
            self.row_chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)


def run_job(fn: Callable, *, done: Callable, failed: Callable, progress: Callable | None = None) -> Job:
    """Slow storage work (key derivation, backups, checks) off the UI thread."""
    return start(Job(fn), done=done, failed=failed, progress=progress)
