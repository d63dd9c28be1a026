"""Small pieces the clients views share: error texts, age bands, labels, an Enter-aware table."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QTableWidget

from storage.errors import StorageError, ValidationError

ERROR_STYLE = "color: #b00020;"




def error_text(exc: Exception, lang: str) -> str:
    """The storage error's own message in the user's language; never a traceback."""
    if isinstance(exc, StorageError):
        return exc.message(lang)
    return QCoreApplication.translate("ClientsCommon", "Something went wrong; nothing was changed. Please try again.")


def problem_text(exc: ValidationError, lang: str) -> str:
    """The field-level part of a validation message (shown next to the field)."""
    return str(exc.params.get("problem_ko" if lang == "ko" else "problem_en") or exc.message(lang))


def age_band(birth_year: int | None, this_year: int) -> str:
    """Ages by decade, never the birth year itself: '30대' / '30s'."""
    if not birth_year:
        return "—"
    age = this_year - int(birth_year)
    if age < 20:
        return QCoreApplication.translate("ClientsCommon", "under 20")
    if age >= 60:
        return QCoreApplication.translate("ClientsCommon", "60 and over")
    return QCoreApplication.translate("ClientsCommon", "%1s").replace("%1", str(age // 10 * 10))


def error_label() -> QLabel:
    label = QLabel("")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class EnterTableView(QTableView):
    """A table whose Enter/Return opens the current row (Qt's ``activated`` varies by style)."""

    row_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(lambda index: self.row_chosen.emit(index.row()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.row_chosen.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class EnterTableWidget(QTableWidget):
    row_chosen = Signal(int)

    def __init__(self, rows: int, columns: int, parent=None) -> None:
        super().__init__(rows, columns, parent)
        self.cellDoubleClicked.connect(lambda row, _col: self.row_chosen.emit(row))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentRow() >= 0:
            self.row_chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)
