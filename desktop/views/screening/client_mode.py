"""The client answers on the counselor's PC: full screen, the chosen instrument's questions and
nothing else (no name, no code, no scores, no navigation). "Done" hands the screen back, and
only the logged-in counselor's password (``vault.check_password``) closes this view; the
password field clears itself after every try, and a wrong one keeps the client's view. Escape
and the window's close button do nothing here."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from .items import ItemsPanel


class ClientModeDialog(QDialog):
    returned = Signal(dict)  # the answers, once the counselor's password was given

    def __init__(self, context, definition, answers: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.context, self.definition = context, definition
        self.setObjectName("clientMode")
        self.setWindowTitle(self.tr("Questionnaire"))
        self.setWindowModality(Qt.ApplicationModal)
        # larger type for the client (a style sheet: fonts set with setFont do not reach children
        # that are styled by a sheet)
        self.setStyleSheet("QDialog#clientMode { background: #ffffff; }"
                           " QDialog#clientMode QLabel, QDialog#clientMode QRadioButton,"
                           " QDialog#clientMode QPushButton, QDialog#clientMode QLineEdit { font-size: 14pt; }")
        self._released = False

        title = QLabel(definition.title.get(context.lang))
        title.setObjectName("clientModeTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        title.setWordWrap(True)
        self.items = ItemsPanel(definition, context.lang, client_view=True)
        self.items.setObjectName("clientModeItems")
        if answers:
            self.items.set_answers(answers)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("clientModeDone")
        self.done_button.setAutoDefault(False)
        self.done_button.setMinimumHeight(44)
        self.done_button.clicked.connect(self.finish)
        hint = QLabel(self.tr("Choose one answer for each question. When you have finished, press Done."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #444444;")
        questions = QWidget()
        qlayout = QVBoxLayout(questions)
        qlayout.setContentsMargins(0, 0, 0, 0)
        qlayout.addWidget(hint)
        qlayout.addWidget(self.items, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        qlayout.addLayout(bottom)

        # the hand-back page: thanks, and the counselor's password
        handback = QFrame()
        handback.setObjectName("clientModeHandback")
        self.thanks = QLabel(self.tr("Thank you. Please hand the screen back to your counselor."))
        self.thanks.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.thanks.setWordWrap(True)
        self.unanswered = QLabel("")
        self.unanswered.setObjectName("clientModeUnanswered")
        self.unanswered.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("clientModePassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaximumWidth(360)
        self.password.returnPressed.connect(self.try_return)
        self.message = QLabel("")
        self.message.setObjectName("clientModeMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.return_button = QPushButton(self.tr("Return to the counselor's view"))
        self.return_button.setObjectName("clientModeReturn")
        self.return_button.setAutoDefault(False)
        self.return_button.clicked.connect(self.try_return)
        self.back_button = QPushButton(self.tr("Back to the questions"))
        self.back_button.setObjectName("clientModeBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_to_questions)
        hb = QVBoxLayout(handback)
        hb.addStretch(1)
        hb.addWidget(self.thanks)
        hb.addWidget(self.unanswered)
        hb.addSpacing(24)
        hb.addWidget(QLabel(self.tr("Counselor's password")))
        hb.addWidget(self.password)
        hb.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.return_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        hb.addLayout(row)
        hb.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(questions)
        self.pages.addWidget(handback)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)

    def start(self) -> None:
        self.showFullScreen()
        self.items.focus_first()

    def answers(self) -> dict:
        return self.items.answers()

    # --- finishing -------------------------------------------------------------------------
    def finish(self) -> None:
        """Done: the hand-back page (the answers stay; the client may go back to them)."""
        missing = [w.number for w in self.items.widgets
                   if w.isEnabled() and w.item.type == "choice" and w.item.scored and w.value() is None]
        self.unanswered.setText(self.tr("Questions not answered: %1").replace("%1", ", ".join(map(str, missing)))
                                if missing else "")
        self.unanswered.setVisible(bool(missing))
        self.message.clear()
        self.pages.setCurrentIndex(1)
        self.password.setFocus()

    def back_to_questions(self) -> None:
        self.password.clear()
        self.message.clear()
        self.pages.setCurrentIndex(0)
        self.items.focus_first(unanswered=True)

    def try_return(self) -> bool:
        ok = self.context.store.vault.check_password(self.password.text())
        self.password.clear()
        if not ok:
            self.message.setText(self.tr("The password is not correct."))
            self.password.setFocus()
            return False
        self._released = True
        answers = self.answers()
        self.accept()
        self.returned.emit(answers)
        return True

    # --- no way out without the password ---------------------------------------------------
    def reject(self) -> None:
        if self._released:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._released:
            super().closeEvent(event)
        else:
            event.ignore()
