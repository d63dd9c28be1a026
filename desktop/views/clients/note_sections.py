"""The text sections of a note (SOAP, DAP or free), shared by the note editor and the group-note
dialog: one labelled text box per section of the template, rebuilt when the template changes."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout

from storage.vocabulary import NOTE_TEMPLATES


def section_titles() -> dict[str, str]:
    return {"subjective": QCoreApplication.translate("NoteSections", "Subjective (S)"),
            "objective": QCoreApplication.translate("NoteSections", "Objective (O)"),
            "assessment": QCoreApplication.translate("NoteSections", "Assessment (A)"),
            "plan": QCoreApplication.translate("NoteSections", "Plan (P)"),
            "data": QCoreApplication.translate("NoteSections", "Data (D)"),
            "text": QCoreApplication.translate("NoteSections", "Note")}


def build_sections(layout: QVBoxLayout, template: str, note: dict[str, str], *, name_prefix: str,
                   min_height: int, on_edit: Callable[[], None], read_only: bool = False) -> dict[str, QPlainTextEdit]:
    """Empty ``layout`` and fill it with the template's sections, each holding its text from
    ``note``; returns section key -> text box."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
    titles = section_titles()
    sections: dict[str, QPlainTextEdit] = {}
    for key in NOTE_TEMPLATES[template][2]:
        label = QLabel(titles.get(key, key))
        label.setStyleSheet("font-weight: bold;")
        edit = QPlainTextEdit()
        edit.setObjectName(f"{name_prefix}{key}")
        edit.setMinimumHeight(min_height)
        edit.setTabChangesFocus(True)
        edit.setPlainText(note.get(key, ""))
        edit.moveCursor(QTextCursor.End)  # go on writing where the text stopped
        edit.setReadOnly(read_only)
        edit.setAccessibleName(titles.get(key, key))
        edit.textChanged.connect(on_edit)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        sections[key] = edit
    return sections
