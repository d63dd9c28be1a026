"""Questions the admin tabs ask, and the one-time recovery code dialog.

``confirm``/``inform`` are module functions so tests can answer them; buttons carry our own
translated texts.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLayout, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from .common import StatusLine


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask; the safe answer (cancel) is the default button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("AdminPrompts", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once: print it or save it to a removable disk, then confirm it
    is stored safely. Closing wipes it from the window; it is kept nowhere in clear."""

    def __init__(self, code: str, center: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        self._code, self._center = code, center
        intro = QLabel(self.tr("This is the new recovery code. The old code no longer works. It is shown only now "
                               "and cannot be shown again."))
        intro.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        font = QFont(self.font())
        font.setPointSize(16)
        font.setWeight(QFont.Bold)
        font.setLetterSpacing(QFont.AbsoluteSpacing, 1.5)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignCenter)
        self.code_label.setMinimumHeight(QFontMetrics(font).height() + 30)
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.code_label.setStyleSheet("padding: 12px; border: 1px solid #999; background: #fffbe6;")
        warning = QLabel(self.tr("Anyone with this code can open every record of the center. Print it or save it to "
                                 "a USB stick, and lock it away (a safe, a sealed envelope). Do not keep it on this "
                                 "PC, in e-mail or in a chat."))
        warning.setObjectName("recoveryWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("recoveryPrint")
        self.print_button.clicked.connect(self.print_code)
        self.save_button = QPushButton(self.tr("Save to file…"))
        self.save_button.setObjectName("recoverySave")
        self.save_button.clicked.connect(self.save_code)
        self.stored = QCheckBox(self.tr("I have printed or saved the code and will store it safely"))
        self.stored.setObjectName("recoveryStored")
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("recoveryDone")
        self.done_button.setEnabled(False)
        self.stored.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.status = StatusLine("recoveryStatus")
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(warning)
        layout.addWidget(self.stored)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.setSizeConstraint(QLayout.SetMinimumSize)  # a message below never squeezes the code
        self.resize(580, self.sizeHint().height())

    def text_for_paper(self) -> str:
        when = datetime.now().strftime("%Y-%m-%d %H:%M")
        return "\n".join([
            self.tr("Maumdesk recovery code"),
            self.tr("Center: %1").replace("%1", self._center or "—"),
            self.tr("Made on: %1").replace("%1", when),
            "",
            self._code,
            "",
            self.tr("With this code a forgotten password can be reset (maumdesk user passwd --recovery). "
                    "Anyone who has it can open every record: keep it locked away."),
        ])

    def save_code(self) -> bool:
        path = save_file_name(self, self.tr("Save the recovery code"), "maumdesk-recovery-code.txt",
                              self.tr("Text files (*.txt)"))
        if not path:
            return False
        try:
            Path(path).write_text(self.text_for_paper() + "\n", encoding="utf-8")
        except OSError:
            self.status.error(self.tr("The file could not be written. Choose another place."))
            return False
        self.status.ok(self.tr("Saved to %1. Move it to a USB stick that is locked away, and delete it from this PC.")
                       .replace("%1", path))
        return True

    def render_to(self, printer) -> None:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setPlainText(self.text_for_paper())
        document.print_(printer)

    def print_code(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter()
        chooser = QPrintDialog(printer, self)
        if chooser.exec() != QDialog.Accepted:
            return False
        self.render_to(printer)
        self.status.ok(self.tr("Sent to the printer."))
        return True

    def reject(self) -> None:
        """Esc or the window's close button: only once the code is stored (or it is lost)."""
        if not self.stored.isChecked():
            self.status.error(self.tr("Print or save the code first, then tick the box. Without it, a forgotten "
                                      "password cannot be reset when no administrator can log in."))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.code_label.setText("")
        self._code = ""
        super().done(result)
