"""The supervision part of a note (issue 10): its sign-off state and signatures, the comment
thread, and, for the note's supervisor, a comment box with Comment, Return for revision and
Co-sign. Shown in the note editor wherever the note is opened (the clients view, or the
supervision view's queue); hidden for notes outside supervision."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout

from storage.errors import StorageError
from storage.records import CounselingSession, SignOff

from . import prompts
from .common import error_label, error_text, show_error


def stamp(at: str | None) -> str:
    """'2026-03-03T14:05:00+09:00' -> '2026-03-03 14:05'."""
    return (at or "")[:16].replace("T", " ")


def days_waiting(signoff: SignOff, today: date) -> int:
    return max(0, (today - date.fromisoformat(signoff.submitted_at[:10])).days)


class SignOffPanel(QGroupBox):
    decided = Signal(str)   # "cosigned" | "returned": the note's state changed
    commented = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("signoffPanel")
        self.setTitle(self.tr("Supervision sign-off"))
        self.session: CounselingSession | None = None
        self.signoff: SignOff | None = None
        self.reviewer = False
        self.supervised = False
        self.state = QLabel("")
        self.state.setObjectName("signoffState")
        # No word wrap here (nor in the message): the editor's scroll area would size its
        # sections by preferred heights and squeeze them (see note_editor.py).
        self.state.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.thread = QPlainTextEdit()
        self.thread.setObjectName("signoffThread")
        self.thread.setReadOnly(True)
        self.thread.setMaximumHeight(120)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("signoffComment")
        self.comment.setMaximumHeight(70)
        self.comment.setTabChangesFocus(True)
        self.comment_button = QPushButton(self.tr("Add comment"))
        self.comment_button.setObjectName("signoffAddComment")
        self.comment_button.clicked.connect(self.add_comment)
        self.return_button = QPushButton(self.tr("Return for revision"))
        self.return_button.setObjectName("signoffReturn")
        self.return_button.setToolTip(self.tr("Send the note back to its author as a draft, with your comment"))
        self.return_button.clicked.connect(self.return_note)
        self.cosign_button = QPushButton(self.tr("Co-sign…"))
        self.cosign_button.setObjectName("signoffCosign")
        self.cosign_button.setToolTip(self.tr("Co-sign the note; it is then signed and locked"))
        self.cosign_button.clicked.connect(self.cosign)
        self.message = error_label()
        self.message.setObjectName("signoffMessage")
        self.message.setWordWrap(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.comment_button, self.return_button, self.cosign_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.thread)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setVisible(False)

    # --- showing -------------------------------------------------------------------------------
    def load(self, session: CounselingSession | None, signoff: SignOff | None, supervised: bool,
             author_id: int | None = None) -> None:
        """``author_id``: the note's counselor (for a new note not saved yet, ``session`` is None)."""
        self.session, self.signoff, self.supervised = session, signoff, supervised
        store = self.context.store
        author_id = session.counselor_id if session is not None else author_id
        if author_id is None or (signoff is None and not supervised):
            self.setVisible(False)
            return
        self.setVisible(True)
        names = {s.id: s.display_name for s in store.staff.list(include_inactive=True)}
        self.reviewer = signoff is not None and store.supervision.may_review(session.id)
        author = author_id == self.context.actor.id
        self.state.setText(self._state_text(author_id, signoff, names))
        blocks = [f"{stamp(c.written_at)} · {names.get(c.author_id, '?')} ({self._kind(c.kind)})\n{c.text}"
                  for c in (signoff.comments if signoff else [])]
        self.thread.setPlainText("\n\n".join(blocks) if blocks else self.tr("No comments yet."))
        self.thread.setVisible(signoff is not None)
        open_thread = signoff is not None and signoff.status in ("pending", "returned")
        may_comment = open_thread and (self.reviewer or author)
        first = signoff is None and author   # goes with the first submission
        self.comment.setVisible(may_comment or first)
        self.comment_button.setVisible(may_comment)
        if self.reviewer:
            self.comment.setPlaceholderText(self.tr("A comment for the counselor; returning the note requires one."))
        elif first:
            self.comment.setPlaceholderText(self.tr("A word for your supervisor, sent with the note (optional)"))
        else:
            self.comment.setPlaceholderText(self.tr("A comment for your supervisor"))
        self.return_button.setVisible(self.reviewer)
        self.cosign_button.setVisible(self.reviewer)
        show_error(self.message, "")

    def _kind(self, kind: str) -> str:
        return {"comment": self.tr("comment"), "submit": self.tr("submitted"), "return": self.tr("returned"),
                "cosign": self.tr("co-signed")}.get(kind, kind)

    def _state_text(self, author_id: int, signoff: SignOff | None, names: dict) -> str:
        author = names.get(author_id, "?")
        if signoff is None:
            supervisor = self._supervisor_name(author_id, names)
            return self.tr("Notes of %1 are signed off by a supervisor (%2): write the note, then submit it for "
                           "sign-off.").replace("%1", author).replace("%2", supervisor)
        reviewer = names.get(signoff.reviewer_id, "") if signoff.reviewer_id else self.tr("the center lead")
        if signoff.status == "pending":
            days = days_waiting(signoff, self.context.today())
            return (self.tr("Submitted by %1 on %2; waiting for the sign-off of %3 (%4 days). The note is locked "
                            "until then.").replace("%1", author).replace("%2", stamp(signoff.submitted_at))
                    .replace("%3", reviewer).replace("%4", str(days)))
        if signoff.status == "returned":
            return (self.tr("Returned for revision on %1: see the comments, revise the note and submit it again.")
                    .replace("%1", stamp(signoff.decided_at)))
        return (self.tr("Signed by %1 on %2 · co-signed by %3 on %4.")
                .replace("%1", author).replace("%2", stamp(signoff.submitted_at))
                .replace("%3", names.get(signoff.cosigned_by, "?")).replace("%4", stamp(signoff.cosigned_at)))

    def _supervisor_name(self, counselor_id: int, names: dict) -> str:
        for s in self.context.store.staff.list(include_inactive=True):
            if s.id == counselor_id and s.supervisor_id:
                return names.get(s.supervisor_id, "?")
        return self.tr("the center lead")

    def reload(self) -> None:
        if self.session is not None:
            self.load(self.session, self.context.store.supervision.get(self.session.id), self.supervised)

    # --- acting --------------------------------------------------------------------------------
    def add_comment(self) -> bool:
        text = self.comment.toPlainText()
        if not text.strip():
            show_error(self.message, self.tr("Write the comment first."))
            return False
        try:
            self.context.store.supervision.comment(self.session.id, text)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.comment.clear()
        self.reload()
        self.commented.emit()
        return True

    def return_note(self) -> bool:
        text = self.comment.toPlainText()
        if not text.strip():
            show_error(self.message, self.tr("Write what should be revised before returning the note."))
            self.comment.setFocus()
            return False
        try:
            self.context.store.supervision.return_for_revision(self.session.id, text)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.comment.clear()
        self.reload()
        self.decided.emit("returned")
        return True

    def cosign(self) -> bool:
        if not prompts.confirm(self, self.tr("Co-sign the note"),
                               self.tr("Co-sign this note? It becomes signed and locked, with your co-signature "
                                       "and the time. Later additions are dated addenda."), self.tr("Co-sign")):
            return False
        text = self.comment.toPlainText()
        try:
            self.context.store.supervision.cosign(self.session.id, text if text.strip() else None)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.comment.clear()
        self.reload()
        self.decided.emit("cosigned")
        return True
