"""The supervisor's queue: trainee, session date, client, kind, submitted, days waiting and
round, oldest first; Enter or a double-click opens the note (read-only, audited as any note
view) with the supervision panel below it. Co-signing or returning goes back to the queue."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.errors import PermissionDenied
from storage.records import SignOff
from storage.vocabulary import SESSION_KINDS

from ..clients.common import error_label, show_error
from ..clients.editor_host import EditorHost
from ..clients.note_editor import NoteEditor
from ..clients.signoff_panel import days_waiting, stamp


class QueueTable(QTableWidget):
    """Enter opens the current row, as a double-click does."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentRow() >= 0:
            self.cellDoubleClicked.emit(self.currentRow(), 0)
            return
        super().keyPressEvent(event)


class SupervisionView(EditorHost, QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("supervisionView")
        self.rows: list[SignOff] = []
        self.editor: NoteEditor | None = None
        self._stale = True

        title = QLabel(self.tr("Supervision"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.count = QLabel("")
        self.count.setObjectName("supervisionCount")
        self.everyone = QCheckBox(self.tr("Show every note waiting in the center"))
        self.everyone.setObjectName("supervisionEveryone")
        self.everyone.setVisible(context.actor.role == "lead")
        self.everyone.toggled.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Open note"))
        self.open_button.setObjectName("supervisionOpen")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.table = QueueTable(0, 7)
        self.table.setObjectName("supervisionQueue")
        self.table.setHorizontalHeaderLabels([self.tr("Counselor"), self.tr("Session date"), self.tr("Client"),
                                              self.tr("Kind"), self.tr("Submitted"), self.tr("Days waiting"),
                                              self.tr("Round")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.status = error_label()
        self.status.setObjectName("supervisionStatus")
        self.status.setStyleSheet("color: #1b5e20;")
        hint = QLabel(self.tr("Notes of the counselors you supervise, submitted for your sign-off, oldest first. "
                              "Open one to comment, return it for revision or co-sign it."))
        hint.setWordWrap(True)

        self.queue_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.everyone)
        top.addWidget(self.open_button)
        queue = QVBoxLayout(self.queue_page)
        queue.setContentsMargins(0, 0, 0, 0)
        queue.addWidget(title)
        queue.addWidget(hint)
        queue.addLayout(top)
        queue.addWidget(self.status)
        queue.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.queue_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        context.changed.connect(self._changed)

    def _changed(self, what: str) -> None:
        if what in ("session", "staff"):
            self._stale = True
            if self.isVisible() and self.stack.currentWidget() is self.queue_page:
                self.refresh()

    # --- the queue -----------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx, store = self.context, self.context.store
        try:
            self.rows = store.supervision.queue(everyone=self.everyone.isChecked())
        except PermissionDenied:
            self.rows = []
        self._stale = False
        names = {s.id: s.display_name for s in store.staff.list(include_inactive=True)}
        try:
            clients = {c.id: c for c in store.clients.by_ids(sorted({r.client_id for r in self.rows}))}
        except PermissionDenied:
            clients = {}
        today = ctx.today()
        self.table.setRowCount(len(self.rows))
        for row, s in enumerate(self.rows):
            c = clients.get(s.client_id)
            client = f"{ctx.show_name(c.name)} ({c.code})" if c else f"#{s.client_id}"
            values = [names.get(s.author_id, "?"), s.session_date, client, ctx.label(SESSION_KINDS, s.kind),
                      stamp(s.submitted_at), str(days_waiting(s, today)), str(s.rounds)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (5, 6):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.rows:
            self.table.selectRow(0)
        self.count.setText(self.tr("%1 notes waiting for sign-off").replace("%1", str(len(self.rows)))
                           if self.rows else self.tr("No notes are waiting for your sign-off."))
        self.open_button.setEnabled(bool(self.rows))

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_note(self.rows[row].session_id)

    # --- one note ------------------------------------------------------------------------------
    def open_note(self, session_id: int) -> NoteEditor:
        if not self._leave_editor():
            return self.editor   # an unsent comment kept: stay on its note
        show_error(self.status, "")
        editor = NoteEditor(self.context, session_id=session_id)
        editor.back.setText(self.tr("◀ Queue"))
        editor.back.setToolTip(self.tr("Back to the sign-off queue (Esc)"))
        editor.back_requested.connect(self.show_queue)
        editor.signoff_panel.decided.connect(self._decided)
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        if editor.signoff_panel.comment.isVisible():
            editor.signoff_panel.comment.setFocus()
        return editor

    def _decided(self, what: str) -> None:
        text = self.tr("Co-signed.") if what == "cosigned" else self.tr("Returned for revision.")
        self.show_queue()
        show_error(self.status, text)

    def show_queue(self) -> None:
        if not self._leave_editor():
            return
        self.stack.setCurrentWidget(self.queue_page)
        self.refresh()
        self.table.setFocus()


    def save_all(self) -> bool:
        return self.editor.save_now() if self.editor is not None else True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale and self.stack.currentWidget() is self.queue_page:
            self.refresh()
