"""Small pieces the programs views share: error texts, message labels, the prompts tests
replace, and how times and places are written."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from storage.errors import StorageError, ValidationError

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #1d4d1f; background: #e8f5e9; padding: 4px 8px; border-radius: 3px;"
NAMELESS = ("outreach", "campaign")   # categories where a head-count usually replaces names




def _field_labels() -> dict[str, str]:
    """Field keys as the screens name them, so a refusal never shows "member —" or "attendance —"."""
    return {"name": QCoreApplication.translate("ProgramsCommon", "Program name"),
            "category": QCoreApplication.translate("ProgramsCommon", "Category"),
            "starts_on": QCoreApplication.translate("ProgramsCommon", "Start date"),
            "ends_on": QCoreApplication.translate("ProgramsCommon", "End date"),
            "department": QCoreApplication.translate("ProgramsCommon", "Department"),
            "description": QCoreApplication.translate("ProgramsCommon", "Description"),
            "planned_sessions": QCoreApplication.translate("ProgramsCommon", "Planned sessions"),
            "starts_at": QCoreApplication.translate("ProgramsCommon", "Start"),
            "ends_at": QCoreApplication.translate("ProgramsCommon", "End"),
            "location": QCoreApplication.translate("ProgramsCommon", "Place"),
            "headcount": QCoreApplication.translate("ProgramsCommon", "Head-count")}


def error_text(exc: Exception, lang: str) -> str:
    """The storage error's own message in the user's language; never a traceback. A refused
    field is named as on screen, or not at all when the problem says it (the group note's
    refusals are whole sentences that name the section)."""
    if isinstance(exc, ValidationError):
        problem = exc.params.get("problem_ko" if lang == "ko" else "problem_en")
        if problem:
            label = _field_labels().get(str(exc.params.get("field")))
            return f"{label}: {problem}" if label else str(problem)
    if isinstance(exc, StorageError):
        return exc.message(lang)
    return QCoreApplication.translate("ProgramsCommon", "Something went wrong; nothing was changed. Please try again.")


def field_of(exc: Exception) -> str:
    return str(exc.params.get("field", "")) if isinstance(exc, ValidationError) else ""


def message_label(name: str) -> QLabel:
    label = QLabel("")
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))


def time_span(starts_at: str, ends_at: str) -> str:
    return f"{starts_at[11:16]}–{ends_at[11:16]}"


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask; the safe answer (cancel) is the default. Tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("ProgramsCommon", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok
