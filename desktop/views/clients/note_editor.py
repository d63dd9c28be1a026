"""The session note editor: template sections (SOAP, DAP, free), session details, autosave,
signing (which locks the note) and dated addenda after that. For a counselor under supervision
"Sign" is "Submit for sign-off" and the supervision panel (signoff_panel.py) shows the state,
the signatures and the comments.

Nothing typed is kept only on screen for long: a new note's draft row is created on the first
edit, and the draft is saved ~3 s after the last keystroke (at the latest every 10 s while
typing goes on), when the editor is left or hidden, and on ``save_now()`` (the main window's
``save_all()`` before an idle lock or log-out). A note the user may not read shows the
permission message and no text at all.
"""
from __future__ import annotations

import html
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from storage.errors import NoteLocked, NoteUnderReview, PermissionDenied, StorageError
from storage.records import CounselingSession, Participant
from storage.vocabulary import METHODS, NOTE_TEMPLATES, SESSION_KINDS

from . import prompts
from .common import error_label, error_text, show_error
from .note_sections import build_sections, section_titles
from .participants import ParticipantsPanel
from .signoff_panel import SignOffPanel

AUTOSAVE_MS = 3000        # after the last keystroke
AUTOSAVE_MAX_WAIT_S = 10  # while typing goes on without a pause
DEFAULT_MINUTES = 50


@dataclass
class NewNote:
    """What a new note starts from (a chart, or an appointment)."""

    client_id: int
    counselor_id: int
    site_id: int
    session_date: str
    kind: str = "individual"
    method: str = "in_person"
    minutes: int = DEFAULT_MINUTES
    case_id: int | None = None
    appointment_id: int | None = None
    template: str = "soap"
    participants: list[Participant] = field(default_factory=list)


class NoteEditor(QWidget):
    back_requested = Signal()
    access_granted = Signal(int)   # session id: opened again after an emergency access was granted

    def __init__(self, context, *, session_id: int | None = None, new: NewNote | None = None, parent=None) -> None:
        super().__init__(parent)
        assert (session_id is None) != (new is None), "open a note or start a new one"
        self.context = context
        self.setObjectName("noteEditor")
        self.session: CounselingSession | None = None
        self.new = new
        self.denied = False
        self.locked = False
        self.may_write = False
        self.dirty = False
        self.details_dirty = False
        self._dirty_since: float | None = None
        self._loading = True
        self.saved_at: datetime | None = None
        self.sections: dict[str, QPlainTextEdit] = {}
        self.supervised = False   # the author needs supervision: submit for sign-off, never sign alone
        self.signoff = None       # storage.records.SignOff once submitted
        self._session_id = session_id
        self.emergency_button: QPushButton | None = None
        self.emergency_dialog = None

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

        self._build()
        if session_id is not None:
            self._open(session_id)
        else:
            self._start(new)
        self._loading = False

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        ctx = self.context
        self.back = QPushButton(self.tr("◀ Chart"))
        self.back.setObjectName("noteBack")
        self.back.setToolTip(self.tr("Save and go back to the client's chart (Esc)"))
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel(self.tr("Session note"))
        self.title.setObjectName("noteTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.status = QLabel("")
        self.status.setObjectName("noteStatus")
        self.message = error_label()
        self.message.setObjectName("noteMessage")

        self.session_date = QDateEdit()
        self.session_date.setObjectName("noteDate")
        self.session_date.setDisplayFormat("yyyy-MM-dd")
        self.session_date.setCalendarPopup(True)
        self.kind = QComboBox()
        self.kind.setObjectName("noteKind")
        for code in SESSION_KINDS:
            self.kind.addItem(ctx.label(SESSION_KINDS, code), code)
        self.method = QComboBox()
        self.method.setObjectName("noteMethod")
        for code in METHODS:
            self.method.addItem(ctx.label(METHODS, code), code)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("noteMinutes")
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.template = QComboBox()
        self.template.setObjectName("noteTemplate")
        for code in NOTE_TEMPLATES:
            self.template.addItem(ctx.label(NOTE_TEMPLATES, code), code)

        self.details = QWidget()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (text, widget) in enumerate(((self.tr("Date"), self.session_date), (self.tr("Kind"), self.kind),
                                              (self.tr("Method"), self.method), (self.tr("Length"), self.minutes),
                                              (self.tr("Template"), self.template))):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, col)
            grid.addWidget(widget, 1, col)
        grid.setColumnStretch(5, 1)
        self.problems = QLabel("")
        self.problems.setObjectName("noteProblems")
        self.problems.setWordWrap(True)
        self.participants_box = QWidget()
        self.group_copy_label = QLabel("")   # a member's copy of a group note: its heading and own line
        self.group_copy_label.setObjectName("noteGroupCopy")
        self.group_copy_label.setWordWrap(True)
        self.group_copy_label.setVisible(False)

        self.section_box = QWidget()
        self.section_layout = QVBoxLayout(self.section_box)
        self.section_layout.setContentsMargins(0, 0, 0, 0)

        self.save_button = QPushButton(self.tr("Save now"))
        self.save_button.setObjectName("noteSave")
        self.save_button.setToolTip(self.tr("Drafts also save themselves a few seconds after you stop typing (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_now)
        self.sign_button = QPushButton(self.tr("Sign and lock…"))
        self.sign_button.setObjectName("noteSign")
        self.sign_button.setToolTip(self.tr("Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)"))
        self.sign_button.clicked.connect(self.sign)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        self.buttons = buttons

        self.addenda_box = QGroupBox(self.tr("Addenda (dated additions to the signed note)"))
        self.addenda_box.setObjectName("noteAddenda")
        self.addenda_view = QPlainTextEdit()
        self.addenda_view.setObjectName("noteAddendaView")
        self.addenda_view.setReadOnly(True)
        self.addenda_view.setMaximumHeight(110)
        self.addendum = QPlainTextEdit()
        self.addendum.setObjectName("noteAddendum")
        self.addendum.setPlaceholderText(self.tr("Write an addendum; it is dated and signed with your name."))
        self.addendum.setMaximumHeight(80)
        self.addendum.setTabChangesFocus(True)
        self.addendum_button = QPushButton(self.tr("Add addendum"))
        self.addendum_button.setObjectName("noteAddAddendum")
        self.addendum_button.clicked.connect(self.add_addendum)
        add_box = QVBoxLayout(self.addenda_box)
        add_box.addWidget(self.addenda_view)
        add_box.addWidget(self.addendum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.addendum_button)
        add_box.addLayout(row)
        self.addenda_box.setVisible(False)
        self.signoff_panel = SignOffPanel(ctx)
        self.signoff_panel.decided.connect(self._signoff_decided)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        # The sections, buttons and addenda scroll when the window is too small for them (a
        # signed SOAP note with addenda on a 768-pixel screen), and stretch when it is not. (No
        # word-wrapped label in there: it would make the scroll area use preferred heights.)
        self.head = QWidget()
        head = QVBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.details)
        head.addWidget(self.problems)
        head.addWidget(self.participants_box)
        head.addWidget(self.group_copy_label)
        self.head_layout = head
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.section_box, 1)
        self.body_layout.addLayout(buttons)
        self.body_layout.addWidget(self.signoff_panel)
        self.body_layout.addWidget(self.addenda_box)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("noteScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidget(self.body)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(top)
        self.main_layout.addWidget(self.message)
        self.main_layout.addWidget(self.head)
        self.main_layout.addWidget(self.scroll, 1)

        for keys, slot in (("Ctrl+S", self.save_now), ("Ctrl+Shift+S", self.sign), ("Esc", self.back_requested.emit)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _set_sections(self, template: str, note: dict[str, str]) -> None:
        self.sections = build_sections(self.section_layout, template, note, name_prefix="section_", min_height=64,
                                       on_edit=self._edited, read_only=self.locked)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain = [self.back, self.session_date, self.kind, self.method, self.minutes, self.template,
                 *self.sections.values(), self.save_button, self.sign_button, self.addendum, self.addendum_button]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)

    # --- opening -----------------------------------------------------------------------------
    def _header(self, client_id: int, case_id: int | None) -> None:
        store, ctx = self.context.store, self.context
        try:
            clients = store.clients.by_ids([client_id])
        except PermissionDenied:
            clients = []
        who = f"{ctx.show_name(clients[0].name)} ({clients[0].code})" if clients else f"#{client_id}"
        self.title.setText(self.tr("Session note · %1").replace("%1", who))
        problems = ""
        if case_id is not None:
            try:
                case = store.cases.get(case_id)
                names = {p.code: p.name(ctx.lang) for p in store.cases.problem_codes()}
                problems = ", ".join(names.get(c, c) for c in [case.primary_problem, *case.secondary_problems] if c)
            except StorageError:
                problems = ""
        self.problems.setText(self.tr("Presenting problems (from the case): %1").replace("%1", problems)
                              if problems else self.tr("No open case: presenting problems are recorded with a case."))

    def _participants_panel(self, client_id: int) -> None:
        self.participants = ParticipantsPanel(self.context, client_id)
        self.participants.setObjectName("noteParticipants")
        self.head_layout.replaceWidget(self.participants_box, self.participants)
        self.participants_box.deleteLater()
        self.participants_box = self.participants
        self.participants.changed.connect(self._details_edited)

    def _open(self, session_id: int) -> None:
        store = self.context.store
        try:
            self.session = store.sessions.get(session_id)  # permission checked, the view audited
        except StorageError as exc:  # PermissionDenied above all: no text reaches the screen
            self._deny(exc)
            return
        s = self.session
        self.may_write = store.sessions.may_note("note.write", s.id)
        group_copy = self._show_group_copy(s.note)
        self.supervised = store.supervision.requires_signoff(s.counselor_id)
        self.signoff = store.supervision.get(s.id)
        self.locked = s.note_status == "signed" or not self.may_write or group_copy or self._under_review()
        self._participants_panel(s.client_id)
        self._header(s.client_id, s.case_id)
        self._fill(s.session_date, s.kind, s.method, s.minutes, s.template, s.participants)
        if group_copy:
            self.participants.setVisible(False)   # the copy's own label says where it comes from
        self._set_sections(s.template, s.note)
        self._apply_lock()
        self._show_addenda()
        self._update_status()
        self._show_emergency_grant(s.client_id)

    def _show_emergency_grant(self, client_id: int) -> None:
        """Reading through an emergency access: say so, and until when."""
        grant = next((g for g in self.context.store.emergency.mine_active() if g.client_id == client_id), None)
        if grant is None or self.context.store.sessions.grant_for(self.session.id) is None:
            return
        self.status.setText(self.tr("Emergency access until %1 (read only, logged)").replace(
            "%1", grant.expires_at[11:16]))
        self.status.setStyleSheet("color: #b26a00; font-weight: bold;")

    def _show_group_copy(self, note: dict) -> bool:
        """A member's copy of a group note (storage/repos/group_notes.py) changes only through the
        group note, so every copy stays alike: shown read-only with its heading and own line."""
        if "group" not in note:
            return False
        text = f"<b>{html.escape(note['group'])}</b>"
        if note.get("member", "").strip():
            text += "<br>" + self.tr("Own line: %1").replace("%1", html.escape(note["member"]))
        text += "<br><i>" + self.tr("This member's copy of a group note: it is written and signed from the program "
                                    "session's group note (Programs).") + "</i>"
        self.group_copy_label.setText(text)
        self.group_copy_label.setVisible(True)
        return True

    def _start(self, new: NewNote) -> None:
        sessions = self.context.store.sessions
        # the repository's rule for create(): one's own note, or one in a case one runs
        self.may_write = sessions.may_create(new.counselor_id, new.client_id, new.case_id)
        if not self.may_write:  # say so before anything is typed that could not be saved
            self._deny(PermissionDenied(action="note.write"))
            return
        self.supervised = self.context.store.supervision.requires_signoff(new.counselor_id)
        self._participants_panel(new.client_id)
        self._header(new.client_id, new.case_id)
        self._fill(new.session_date, new.kind, new.method, new.minutes, new.template, new.participants)
        self._set_sections(new.template, {})
        self._apply_lock()
        self._update_status()

    def _fill(self, day: str, kind: str, method: str, minutes: int, template: str, participants) -> None:
        d = date.fromisoformat(day)
        self.session_date.setDate(QDate(d.year, d.month, d.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.minutes.setValue(minutes)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        self._template_code = template
        self.participants.set_kind(kind)
        self.participants.set_participants(participants)
        self.session_date.dateChanged.connect(self._details_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.method.currentIndexChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.template.currentIndexChanged.connect(self._template_changed)

    def _deny(self, exc: StorageError) -> None:
        """No note text is loaded or shown; only the message."""
        self.denied = True
        self.locked = True
        self.title.setText(self.tr("Session note"))
        text = error_text(exc, self.context.lang)
        if isinstance(exc, PermissionDenied):
            text += "\n" + self.tr("Session notes are read by the counselor who works with the client and by the "
                                   "center lead only.")
        show_error(self.message, text)
        if isinstance(exc, PermissionDenied) and self._session_id is not None:
            self._offer_emergency_access()
        self.head.setVisible(False)
        self.scroll.setVisible(False)
        self.main_layout.addStretch(1)
        self.status.setText("")
        self.sections = {}

    def _offer_emergency_access(self) -> None:
        """Where the center allows it, a refused reader may break the glass (긴급 열람)."""
        store = self.context.store
        try:
            client_id = store.sessions.client_of(self._session_id)
            if not store.emergency.may_request(client_id):
                return
            clients = store.clients.by_ids([client_id])
        except StorageError:
            return
        self._denied_client = (client_id, clients[0].code if clients else "?")
        self.emergency_button = QPushButton(self.tr("Emergency access…"))
        self.emergency_button.setObjectName("noteEmergency")
        self.emergency_button.setToolTip(self.tr("Open this client's notes with a stated reason; the center lead "
                                                 "is shown it"))
        self.emergency_button.clicked.connect(self.request_emergency_access)
        row = QHBoxLayout()
        row.addWidget(self.emergency_button)
        row.addStretch(1)
        self.main_layout.insertLayout(2, row)

    def request_emergency_access(self) -> None:
        from .emergency_dialog import EmergencyAccessDialog
        client_id, code = self._denied_client
        dialog = EmergencyAccessDialog(self.context, client_id, code, self)
        dialog.accepted.connect(lambda: self.access_granted.emit(self._session_id))
        self.emergency_dialog = dialog
        dialog.open()

    def _apply_lock(self) -> None:
        for edit in self.sections.values():
            edit.setReadOnly(self.locked)
        for widget in (self.session_date, self.kind, self.method, self.minutes, self.template):
            widget.setEnabled(not self.locked)
        self.participants.set_read_only(self.locked)
        signed = self.session is not None and self.session.note_status == "signed"
        self.save_button.setVisible(not self.locked)
        self.sign_button.setVisible(not self.locked)
        self.addenda_box.setVisible(signed)
        self.addendum.setVisible(signed and self.may_write)
        self.addendum_button.setVisible(signed and self.may_write)
        if self.supervised:
            self.sign_button.setText(self.tr("Submit for sign-off…"))
            self.sign_button.setToolTip(self.tr("Send the note to your supervisor; it is locked until co-signed or "
                                                "returned (Ctrl+Shift+S)"))
        self.signoff_panel.load(self.session, self.signoff, self.supervised,
                                self.new.counselor_id if self.new is not None else None)
        # the session date and participants of a draft change through update_draft_details

    def _show_addenda(self) -> None:
        if self.session is None:
            return
        staff = {s.id: s.display_name for s in self.context.store.staff.list(include_inactive=True)}
        blocks = [f"{a.written_at[:16].replace('T', ' ')} · {staff.get(a.written_by, '?')}\n{a.text}"
                  for a in self.session.addenda]
        self.addenda_view.setPlainText("\n\n".join(blocks) if blocks else self.tr("No addenda yet."))

    def _update_status(self) -> None:
        s = self.session
        if self.denied:
            text = ""
        elif s is not None and s.note_status == "signed" and self.signoff is not None and self.signoff.cosigned_at:
            text = (self.tr("Signed %1 · co-signed %2 — read-only").replace("%1", (s.signed_at or "")[:16].replace(
                "T", " ")).replace("%2", self.signoff.cosigned_at[:16].replace("T", " ")))
        elif s is not None and s.note_status == "signed":
            when = (s.signed_at or "")[:16].replace("T", " ")
            text = self.tr("Signed %1 — read-only").replace("%1", when)
        elif self._under_review():
            text = self.tr("Waiting for sign-off — read-only")
        elif not self.may_write:
            text = self.tr("Read-only")
        elif s is None:
            text = self.tr("New note — saved as a draft when you start typing")
        elif self.dirty:
            text = self.tr("Draft — unsaved changes")
        elif self.saved_at is not None:
            text = self.tr("Draft — saved %1").replace("%1", self.saved_at.strftime("%H:%M:%S"))
        else:
            text = self.tr("Draft")
        self.status.setText(text)

    # --- editing -----------------------------------------------------------------------------
    def note(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.sections.items()}

    def _edited(self, *_args) -> None:
        if self._loading or self.locked:
            return
        first = not self.dirty
        self.dirty = True
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if self.session is None:
            self.save_now()  # the draft row exists from the first edit on
            return
        if now - self._dirty_since >= AUTOSAVE_MAX_WAIT_S:
            self.save_now()
            return
        self.timer.start()
        if first:
            self._update_status()

    def _details_edited(self, *_args) -> None:
        if self._loading or self.locked:
            return
        self.details_dirty = True
        self._edited()

    def _kind_changed(self, _index: int) -> None:
        """Group: other clients; family: relations; individual: nobody else."""
        self.participants.set_kind(self.kind.currentData())
        self._details_edited()

    def _template_changed(self, _index: int) -> None:
        """Switching templates keeps every word: sections with the same name carry over, the
        text of the others is appended to the first section under its old heading."""
        new = self.template.currentData()
        old_note, old = self.note(), self._template_code
        if new == old:
            return
        sections = NOTE_TEMPLATES[new][2]
        titles = section_titles()
        carried = {k: v for k, v in old_note.items() if k in sections}
        moved = [f"[{titles.get(k, k)}]\n{v}" for k, v in old_note.items() if k not in sections and v.strip()]
        if moved:
            first = sections[0]
            carried[first] = "\n\n".join(x for x in [carried.get(first, "").rstrip(), *moved] if x)
        self._template_code = new
        loading, self._loading = self._loading, True
        self._set_sections(new, carried)
        self._loading = loading
        self._edited()

    def save_now(self) -> bool:
        """Write the draft now (creating it on the first save). True when nothing is unsaved."""
        self.timer.stop()
        if self.denied or self.locked or not self.dirty:
            return True
        store = self.context.store
        try:
            if self.session is None:
                self._create()
            else:
                store.sessions.save_draft(self.session.id, note=self.note(), template=self.template.currentData(),
                                          method=self.method.currentData(), minutes=self.minutes.value(),
                                          kind=self.kind.currentData())
                if self.details_dirty:
                    store.sessions.update_draft_details(
                        self.session.id, session_date=self.session_date.date().toString("yyyy-MM-dd"),
                        participants=self.participants.participants())
        except (NoteLocked, NoteUnderReview) as exc:
            self.locked = True
            self._apply_lock()
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            self.timer.start()  # try again after the next pause
            return False
        show_error(self.message, "")
        self.dirty = self.details_dirty = False
        self._dirty_since = None
        self.saved_at = datetime.now()
        self._update_status()
        return True

    def _create(self) -> None:
        new, store = self.new, self.context.store
        kind = self.kind.currentData()
        s = CounselingSession(
            client_id=new.client_id, kind=kind, method=self.method.currentData(),
            session_date=self.session_date.date().toString("yyyy-MM-dd"), minutes=self.minutes.value(),
            counselor_id=new.counselor_id, site_id=new.site_id, case_id=new.case_id,
            appointment_id=new.appointment_id, template=self.template.currentData(), note=self.note(),
            group_key=uuid.uuid4().hex if kind == "group" else None,
            participants=self.participants.participants())
        self.session = store.sessions.create(s)
        self.context.notify("session")

    # --- signing and addenda -----------------------------------------------------------------
    def sign(self) -> bool:
        if self.denied or self.locked or not self.may_write:
            return False
        if self.supervised:
            return self.submit()
        if not self.save_now():
            return False
        if self.session is None or not any(v.strip() for v in self.note().values()):
            show_error(self.message, self.tr("Write the note before signing it."))
            return False
        if not prompts.confirm(self, self.tr("Sign the note"),
                               self.tr("A signed note is locked: it cannot be changed, only added to with dated "
                                       "addenda. Sign it now?"), self.tr("Sign and lock")):
            return False
        try:
            self.context.store.sessions.sign(self.session.id)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.session.note_status = "signed"
        self.session.signed_at = datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
        self.session.signed_by = self.context.actor.id
        self.locked = True
        self._apply_lock()
        self._show_addenda()
        self._update_status()
        show_error(self.message, "")
        self.context.notify("session")
        if self.addendum.isVisible():
            self.addendum.setFocus()
        return True

    # --- supervision sign-off ------------------------------------------------------------------
    def _under_review(self) -> bool:
        return self.signoff is not None and self.signoff.status == "pending"

    def submit(self) -> bool:
        """A supervised counselor's "sign": the note goes to the supervisor and is locked."""
        if self.denied or self.locked or not self.may_write:
            return False
        if not self.save_now():
            return False
        if self.session is None or not any(v.strip() for v in self.note().values()):
            show_error(self.message, self.tr("Write the note before submitting it."))
            return False
        if not prompts.confirm(self, self.tr("Submit for sign-off"),
                               self.tr("The note goes to your supervisor and is locked until it is co-signed or "
                                       "returned for revision. Submit it now?"), self.tr("Submit")):
            return False
        comment = self.signoff_panel.comment.toPlainText().strip()  # optional, sent with the note
        try:
            self.signoff = self.context.store.supervision.submit(self.session.id, comment or None)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.signoff_panel.comment.clear()
        self.locked = True
        self._apply_lock()
        self._update_status()
        show_error(self.message, "")
        self.context.notify("session")
        return True

    def _signoff_decided(self, _what: str) -> None:
        """The supervisor co-signed or returned the note from the panel: show its new state."""
        store = self.context.store
        self.signoff = store.supervision.get(self.session.id)
        if self.signoff is not None and self.signoff.status == "cosigned":
            self.session.note_status = "signed"
            self.session.signed_at, self.session.signed_by = self.signoff.submitted_at, self.session.counselor_id
        self.locked = self.session.note_status == "signed" or not self.may_write or self._under_review()
        self._apply_lock()
        self._show_addenda()
        self._update_status()
        self.context.notify("session")

    def add_addendum(self) -> bool:
        if self.session is None or self.session.note_status != "signed":
            return False
        text = self.addendum.toPlainText()
        if not text.strip():
            show_error(self.message, self.tr("Write the addendum first."))
            return False
        try:
            addendum = self.context.store.sessions.add_addendum(self.session.id, text)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.session.addenda.append(addendum)
        self.addendum.clear()
        self._show_addenda()
        show_error(self.message, "")
        self.context.notify("session")
        return True

    # --- leaving -----------------------------------------------------------------------------
    def unsent_text(self) -> bool:
        """A supervision comment or an addendum typed but not sent. Neither is part of the draft,
        so save_now does not keep them: leaving the note would drop them."""
        return bool(self.signoff_panel.comment.toPlainText().strip() or self.addendum.toPlainText().strip())

    def may_leave(self) -> bool:
        """Before the note is closed by the user (back, Esc, another note, another page): an unsent
        comment or addendum is not dropped silently. True: leave (discarding it); False: stay, the
        text kept. Never asked on a lock or a log-out's save (save_now): the widgets stay as they are."""
        if not self.unsent_text():
            return True
        return prompts.confirm(self, self.tr("Text not sent"),
                               self.tr("The comment or addendum you typed has not been sent. Discard it and leave "
                                       "the note? Cancel keeps it here so you can send it."),
                               self.tr("Discard and leave"))

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_now()
        super().closeEvent(event)

    @property
    def client_id(self) -> int | None:
        if self.session is not None:
            return self.session.client_id
        return self.new.client_id if self.new is not None else None
