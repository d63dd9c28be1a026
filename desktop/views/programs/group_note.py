"""The group note of one program session: the facilitator writes it once (SOAP, DAP or free
text), sees who gets a copy (the attending named members; n counts the head-count too), adds an
optional line of each member's own, and signs each copy (one by one or all, each separately).

The shared text is copied into every member's record, so it must name nobody: the repository
refuses a text with a member's name or client code and says which section. Drafts save
themselves ~3 s after typing stops and when the dialog closes, like the note editor."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.errors import PermissionDenied, StorageError
from storage.records import Program, ProgramSession
from storage.repos.group_notes import first_mention
from storage.vocabulary import NOTE_TEMPLATES

from ...context import korean_date
from ..clients.note_sections import build_sections, section_titles
from . import common
from .common import NOTICE_STYLE, error_text, message_label, show_message, time_span

AUTOSAVE_MS = 3000
LINE_COLUMN = 2


def _locked(copy) -> bool:
    """Signed, or waiting for the supervisor: no one changes it here."""
    return copy is not None and (copy.status == "signed" or copy.review == "pending")


class GroupNoteDialog(QDialog):
    def __init__(self, context, program: Program, session: ProgramSession, place: str, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.program, self.session = program, session
        self.setObjectName("groupNoteDialog")
        self.setWindowTitle(self.tr("Group note"))
        self.denied = False
        self.trainee = False
        self.dirty = False
        self._loading = True
        self.saved_at: datetime | None = None
        self.sections: dict[str, QPlainTextEdit] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

        day = date.fromisoformat(session.starts_at[:10])
        heading = QLabel(f"<b>{program.name}</b><br>" + self.tr("Session %1").replace("%1", str(session.session_no))
                         + f" · {korean_date(day, context.lang)} {time_span(session.starts_at, session.ends_at)}"
                         + f" · {place}")
        heading.setObjectName("groupNoteHeading")
        heading.setWordWrap(True)
        rule = QLabel(self.tr("The shared note is copied into every member's record: write it without names or "
                              "client codes. What concerns one member goes in their own line."))
        rule.setObjectName("groupNoteRule")
        rule.setWordWrap(True)
        rule.setStyleSheet(NOTICE_STYLE)
        self.status = QLabel("")
        self.status.setObjectName("groupNoteStatus")
        self.message = message_label("groupNoteMessage")

        self.template = QComboBox()
        self.template.setObjectName("groupNoteTemplate")
        for code in NOTE_TEMPLATES:
            self.template.addItem(context.label(NOTE_TEMPLATES, code), code)
        template_row = QHBoxLayout()
        caption = QLabel(self.tr("Template"))
        caption.setBuddy(self.template)
        template_row.addWidget(caption)
        template_row.addWidget(self.template)
        template_row.addStretch(1)
        template_row.addWidget(self.status)
        self.section_box = QWidget()
        self.section_layout = QVBoxLayout(self.section_box)
        self.section_layout.setContentsMargins(0, 0, 0, 0)
        shared_box = QGroupBox(self.tr("Shared note (no names)"))
        shared = QVBoxLayout(shared_box)
        shared.addLayout(template_row)
        shared.addWidget(self.section_box, 1)

        # who gets a copy
        self.members = QTableWidget(0, 3)
        self.members.setObjectName("groupMembers")
        self.members.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Copy"), self.tr("Own line (optional)")])
        self.members.setAccessibleName(self.tr("Members who get a copy; the last column is their own line"))
        self.members.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SingleSelection)
        self.members.verticalHeader().setVisible(False)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(LINE_COLUMN, QHeaderView.Stretch)
        self.members.itemChanged.connect(self._line_edited)
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self.members_box = QGroupBox("")
        members = QVBoxLayout(self.members_box)
        members.addWidget(self.members)
        self.members.setMinimumHeight(7 * 30)   # six members without scrolling, the usual group

        self.save_button = QPushButton(self.tr("Save now"))
        self.save_button.setObjectName("groupNoteSave")
        self.save_button.setToolTip(self.tr("Drafts also save themselves a few seconds after you stop typing (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_now)
        self.sign_button = QPushButton(self.tr("Sign this member's copy…"))
        self.sign_button.setObjectName("groupNoteSign")
        self.sign_button.clicked.connect(self.sign_selected)
        self.sign_all_button = QPushButton(self.tr("Sign all copies…"))
        self.sign_all_button.setObjectName("groupNoteSignAll")
        self.sign_all_button.setToolTip(self.tr("Each member's copy is signed separately and locked"))
        self.sign_all_button.clicked.connect(self.sign_all)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("groupNoteClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.sign_button, self.sign_all_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(shared_box, 3)
        layout.addWidget(self.members_box, 2)
        layout.addLayout(buttons)
        self.body = [rule, shared_box, self.members_box, self.save_button, self.sign_button, self.sign_all_button]
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.activated.connect(self.save_now)
        self.resize(780, 800)
        self._load()
        self._loading = False

    # --- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        store = self.store
        try:
            note = store.group_notes.get(self.session.id)     # the view is audited
            copies = {c.client_id: c for c in store.group_notes.copies(self.session.id)}
            lines = store.group_notes.lines(self.session.id)   # also of a member present again
            attending = [a.client_id for a in store.programs.attendance(self.session.id)]
            self.n = store.group_notes.n_for(self.session.id)
            # a counselor in training: "sign" submits each copy for the supervisor's sign-off
            self.trainee = store.group_notes.signs_through_supervision(self.session.id)
            ids = sorted(set(attending) | set(copies))
            everyone = sorted(set(ids) | set(store.programs.registered(self.program.id)))
            clients = {c.id: c for c in store.clients.by_ids(everyone)} if everyone else {}
        except StorageError as exc:
            self._deny(exc)
            return
        self.note = note
        if self.trainee:
            self.sign_button.setText(self.tr("Submit this member's copy for sign-off…"))
            self.sign_all_button.setText(self.tr("Submit all copies for sign-off…"))
            self.sign_all_button.setToolTip(self.tr("Each member's copy is sent to your supervisor separately and "
                                                    "locked until it is co-signed or returned"))
        self.people = [(c.name, c.code) for c in clients.values()]   # what the shared text must not name
        template = note.template if note else "soap"
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self._template_code = template
        self.template.currentIndexChanged.connect(self._template_changed)
        self._set_sections(template, note.note if note else {})
        self.member_ids = sorted(ids, key=lambda i: (clients[i].name, i) if i in clients else ("", i))
        self.copies = copies
        self.members.blockSignals(True)
        self.members.setRowCount(len(self.member_ids))
        for row, client_id in enumerate(self.member_ids):
            c = clients.get(client_id)
            who = QTableWidgetItem(f"{self.context.show_name(c.name)} · {c.code}" if c else f"#{client_id}")
            who.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            who.setData(Qt.UserRole, client_id)
            copy = copies.get(client_id)
            state = QTableWidgetItem(self._copy_state(copy))
            state.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            line = QTableWidgetItem(copy.line if copy else lines.get(client_id, ""))
            line.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable
                          | (Qt.NoItemFlags if _locked(copy) else Qt.ItemIsEditable))
            for col, item in enumerate((who, state, line)):
                self.members.setItem(row, col, item)
        self.members.blockSignals(False)
        if self.member_ids:
            self.members.setCurrentCell(0, LINE_COLUMN)
        self.members_box.setTitle(self.tr("Copies go to %1 attending members · heading: n=%2 (named + head-count)")
                                  .replace("%1", str(len(self.member_ids))).replace("%2", str(self.n)))
        if not self.member_ids:
            show_message(self.message, self.tr("No one is marked as attending: mark the attendance first; each "
                                               "attending member gets a copy."), NOTICE_STYLE)
        self._update_status()
        self._update_buttons()
        first = next(iter(self.sections.values()), None)
        if first is not None:
            first.setFocus()

    def _copy_state(self, copy) -> str:
        if copy is None:
            return self.tr("not yet written")
        if copy.status == "signed":
            return self.tr("Signed %1").replace("%1", (copy.signed_at or "")[:16].replace("T", " "))
        if copy.review == "pending":
            return self.tr("Waiting for the supervisor's sign-off")
        if copy.review == "returned":
            return self.tr("Returned for revision")
        return self.tr("Draft")

    def _deny(self, exc: StorageError) -> None:
        self.denied = True
        text = error_text(exc, self.context.lang)
        if isinstance(exc, PermissionDenied):
            text += "\n" + self.tr("A group note is written and read by its facilitator and the center lead only.")
        show_message(self.message, text)
        for w in self.body:
            w.setVisible(False)

    def _set_sections(self, template: str, note: dict[str, str]) -> None:
        self.sections = build_sections(self.section_layout, template, note, name_prefix="groupSection_",
                                       min_height=48, on_edit=self._edited)

    # --- editing -----------------------------------------------------------------------------
    def shared(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.sections.items()}

    def lines(self) -> dict[int, str]:
        out = {}
        for row, client_id in enumerate(self.member_ids):
            if not _locked(self.copies.get(client_id)):
                out[client_id] = self.members.item(row, LINE_COLUMN).text()
        return out

    def set_line(self, client_id: int, text: str) -> None:
        """Type a member's own line (as the table's editor does)."""
        self.members.item(self.member_ids.index(client_id), LINE_COLUMN).setText(text)

    def _edited(self, *_args) -> None:
        if self._loading or self.denied:
            return
        self.dirty = True
        self.timer.start()
        self._update_status()

    def _line_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == LINE_COLUMN:
            self._edited()

    def _template_changed(self, _index: int) -> None:
        """Switching templates keeps every word (as in the note editor)."""
        new, old_note = self.template.currentData(), self.shared()
        if new == self._template_code:
            return
        sections = NOTE_TEMPLATES[new][2]
        titles = section_titles()
        carried = {k: v for k, v in old_note.items() if k in sections}
        moved = [f"[{titles.get(k, k)}]\n{v}" for k, v in old_note.items() if k not in sections and v.strip()]
        if moved:
            carried[sections[0]] = "\n\n".join(x for x in [carried.get(sections[0], "").rstrip(), *moved] if x)
        self._template_code = new
        loading, self._loading = self._loading, True
        self._set_sections(new, carried)
        self._loading = loading
        self._edited()

    def save_now(self) -> bool:
        """Save the shared note and every unsigned copy. True when nothing is unsaved."""
        self.timer.stop()
        if self.denied or not self.dirty:
            return True
        try:
            self.note = self.store.group_notes.save(self.session.id, template=self.template.currentData(),
                                                    note=self.shared(), lines=self.lines())
        except StorageError as exc:   # e.g. a name in the shared text: nothing was stored
            show_message(self.message, error_text(exc, self.context.lang))
            self._point_at_name(exc)
            self._update_status()
            return False
        show_message(self.message, "")
        self.dirty = False
        self.saved_at = datetime.now()
        self._refresh_copies()
        self.context.notify("session")
        return True

    def _point_at_name(self, exc: StorageError) -> None:
        """After a refusal for a name in a section, select the word there (the message itself
        never carries it), so the facilitator sees what to change."""
        edit = self.sections.get(str(getattr(exc, "params", {}).get("field", "")))
        if edit is None:
            return
        where = first_mention(edit.toPlainText(), self.people)
        if where is None:
            return
        cursor = edit.textCursor()
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()

    def _refresh_copies(self) -> None:
        try:
            self.copies = {c.client_id: c for c in self.store.group_notes.copies(self.session.id)}
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return
        self.members.blockSignals(True)
        for row, client_id in enumerate(self.member_ids):
            copy = self.copies.get(client_id)
            self.members.item(row, 1).setText(self._copy_state(copy))
            if _locked(copy):
                self.members.item(row, LINE_COLUMN).setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        self.members.blockSignals(False)
        self._update_status()
        self._update_buttons()

    def _update_status(self) -> None:
        if self.denied:
            text = ""
        elif self.dirty:
            text = self.tr("Draft — unsaved changes")
        elif self.saved_at is not None:
            text = self.tr("Saved %1").replace("%1", self.saved_at.strftime("%H:%M:%S"))
        elif self.note is None:
            text = self.tr("New group note — saved when you start typing")
        else:
            text = self.tr("Draft")
        self.status.setText(text)

    def _update_buttons(self) -> None:
        drafts = [c for c in self.copies.values() if not _locked(c)] if not self.denied else []
        current = self.selected_member()
        copy = self.copies.get(current) if current is not None else None
        self.sign_button.setEnabled(copy is not None and not _locked(copy))
        self.sign_all_button.setEnabled(bool(drafts))

    def selected_member(self) -> int | None:
        row = self.members.currentRow()
        return self.member_ids[row] if not self.denied and 0 <= row < len(self.member_ids) else None

    # --- signing -----------------------------------------------------------------------------
    def sign_selected(self) -> bool:
        client_id = self.selected_member()
        if client_id is None or not self.save_now():
            return False
        if self.trainee:
            asked = common.confirm(self, self.tr("Submit the copy"),
                                   self.tr("Submit this member's copy for your supervisor's sign-off? It is locked "
                                           "until it is co-signed or returned."), self.tr("Submit"))
        else:
            asked = common.confirm(self, self.tr("Sign the copy"),
                                   self.tr("Sign this member's copy? It is locked afterwards; later words go in a "
                                           "dated addendum in their record."), self.tr("Sign and lock"))
        if not asked:
            return False
        try:
            done = self.store.group_notes.sign(self.session.id, client_id)
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return False
        if done == "submitted":
            show_message(self.message, self.tr("Submitted for the supervisor's sign-off."), NOTICE_STYLE)
        self._refresh_copies()
        self.context.notify("session")
        return True

    def sign_all(self) -> bool:
        if self.denied or not self.save_now():
            return False
        drafts = sum(1 for c in self.copies.values() if not _locked(c))
        if not drafts:
            return False
        if self.trainee:
            asked = common.confirm(self, self.tr("Submit all copies"),
                                   self.tr("Submit %1 copies for your supervisor's sign-off? Each member's copy is "
                                           "sent separately and locked until it is co-signed or returned.")
                                   .replace("%1", str(drafts)), self.tr("Submit"))
        else:
            asked = common.confirm(self, self.tr("Sign all copies"),
                                   self.tr("Sign %1 copies? Each member's copy is signed separately and locked.")
                                   .replace("%1", str(drafts)), self.tr("Sign and lock"))
        if not asked:
            return False
        try:
            self.store.group_notes.sign_all(self.session.id)
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return False
        self._refresh_copies()
        done = (self.tr("%1 copies submitted for the supervisor's sign-off.") if self.trainee
                else self.tr("%1 copies signed."))
        show_message(self.message, done.replace("%1", str(drafts)), NOTICE_STYLE)
        self.context.notify("session")
        return True

    # --- leaving -----------------------------------------------------------------------------
    def done(self, result: int) -> None:  # accept, reject, Esc and the close box all come here
        if not self.save_now() and not common.confirm(
                self, self.tr("Unsaved group note"),
                self.tr("The group note could not be saved (see the message in the window). Close it and discard "
                        "the changes since the last save?"), self.tr("Discard and close")):
            return   # stays open with the text as typed, so it can be fixed
        super().done(result)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name): the idle lock hides open dialogs
        self.save_now()
        super().hideEvent(event)
