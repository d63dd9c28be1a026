"""Questions and messages the clients views ask: one place, so tests can answer them.

Buttons carry our own translated texts (Qt's standard Yes/No come from a translation we do not
ship). Tests replace ``confirm`` / ``inform`` with functions that record and answer.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget




def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask; the safe answer (cancel) is the default button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("ClientPrompts", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("ClientPrompts", "OK"), QMessageBox.AcceptRole)
    box.exec()
