from __future__ import annotations

import json

from .. import access
from ..audit import now_iso
from ..errors import NoteLocked, NoteUnderReview, PermissionDenied, SignOffRequired, ValidationError
from ..records import Addendum, CounselingSession, Participant
from ..validation import check_choice, check_date, check_int, check_text, invalid
from ..vocabulary import METHODS, NOTE_TEMPLATES, SESSION_KINDS
from .base import Repository
from .supervision import requires_signoff, reviewer_may_read, under_review

COLUMNS = ("id, client_id, case_id, appointment_id, group_key, kind, method, session_date, minutes, counselor_id,"
           " site_id, template, note, note_status, signed_at, signed_by")
MAX_NOTE = 20000


def _session(r, with_note: bool) -> CounselingSession:
    return CounselingSession(
        id=r[0], client_id=r[1], case_id=r[2], appointment_id=r[3], group_key=r[4], kind=r[5], method=r[6],
        session_date=r[7], minutes=r[8], counselor_id=r[9], site_id=r[10], template=r[11],
        note=json.loads(r[12]) if with_note else {}, note_status=r[13], signed_at=r[14], signed_by=r[15])


def _clean_note(template: str, note: dict) -> str:
    sections = NOTE_TEMPLATES[template][2]
    unknown = set(note) - set(sections)
    if unknown:
        raise invalid("note", f"이 양식에 없는 항목입니다: {', '.join(sorted(unknown))}",
                      f"sections not in this template: {', '.join(sorted(unknown))}")
    for key, text in note.items():
        if not isinstance(text, str) or len(text) > MAX_NOTE:
            raise invalid(f"note.{key}", f"{MAX_NOTE}자 이내의 글이어야 합니다", f"text of at most {MAX_NOTE} characters")
    return json.dumps(note, ensure_ascii=False)


def _no_group_members(kind: str, participants) -> None:
    """Group sessions are one row per member (storage/repos/group_notes.py): a record never lists
    the other clients of its group. Family sessions keep their relatives as participants."""
    if kind == "group" and any(p.client_id is not None for p in participants):
        raise invalid("participants", "집단상담 기록에 다른 내담자를 함께 적지 않습니다. 프로그램 회기의 집단 기록에서 "
                                      "작성하면 구성원마다 자기 기록이 생깁니다",
                      "a group session's record does not list the other clients; write the group note from the "
                      "program session and each member gets their own copy")


def _not_a_group_copy(conn, session_id: int, doing: str = "edit") -> None:
    """A member's copy of a group note changes (and is signed) only through the group note, so all
    copies stay alike."""
    if conn.execute("SELECT program_session_id FROM counseling_sessions WHERE id = ?", (session_id,)).fetchone()[0]:
        if doing == "sign":
            raise invalid("note", "집단상담 기록의 복사본은 프로그램 회기의 집단 기록에서 서명합니다",
                          "a group note's copy is signed through the program session's group note")
        raise invalid("note", "집단상담 기록의 복사본은 프로그램 회기의 집단 기록에서 수정합니다",
                      "a group note's copy is edited through the program session's group note")


class SessionRepository(Repository):
    """Counseling sessions and their notes: drafts autosave, signing locks, addenda after."""

    def _validate(self, s: CounselingSession) -> None:
        check_choice("kind", s.kind, tuple(SESSION_KINDS))
        check_choice("method", s.method, tuple(METHODS))
        check_choice("template", s.template, tuple(NOTE_TEMPLATES))
        s.session_date = check_date("session_date", s.session_date)
        s.minutes = check_int("minutes", s.minutes, lo=1, hi=600)

    def create(self, s: CounselingSession) -> CounselingSession:
        self._allow_create(s.counselor_id, s.client_id, s.case_id)
        self._validate(s)
        _no_group_members(s.kind, s.participants)
        note = _clean_note(s.template, s.note)
        with self.vault.transaction():
            now = now_iso()
            cur = self.conn.execute(
                "INSERT INTO counseling_sessions (client_id, case_id, appointment_id, group_key, kind, method, session_date,"
                " minutes, counselor_id, site_id, template, note, note_status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
                (s.client_id, s.case_id, s.appointment_id, s.group_key, s.kind, s.method, s.session_date, s.minutes,
                 s.counselor_id, s.site_id, s.template, note, now, now))
            s.id, s.note_status = cur.lastrowid, "draft"
            for p in s.participants:
                self.conn.execute("INSERT INTO session_participants (session_id, client_id, relation) VALUES (?, ?, ?)",
                                  (s.id, p.client_id, check_text("relation", p.relation, required=False, max_len=30)))
            self.conn.execute(
                "UPDATE clients SET first_seen_on = ? WHERE id = ? AND (first_seen_on IS NULL OR first_seen_on > ?)",
                (s.session_date, s.client_id, s.session_date))
            self.audit("create", "session", s.id, client_id=s.client_id, detail={"kind": s.kind, "method": s.method})
        return s

    def _allow_create(self, counselor_id: int, client_id: int, case_id: int | None) -> None:
        """One writes one's own notes; a note in another counselor's name only into a case one
        is the counselor of. The note's case must be the client's."""
        self.allow("note.write")
        if case_id is not None and not self.conn.execute(
                "SELECT 1 FROM cases WHERE id = ? AND client_id = ?", (case_id, client_id)).fetchone():
            raise invalid("case_id", "이 내담자의 사례가 아닙니다", "that case is not this client's")
        if access.scope(self.actor.role, "note.write") == access.OWN and counselor_id != self.actor.id:
            if case_id is None or not self.conn.execute(
                    "SELECT 1 FROM cases WHERE id = ? AND counselor_id = ?", (case_id, self.actor.id)).fetchone():
                raise PermissionDenied(action="note.write")

    def may_create(self, counselor_id: int, client_id: int, case_id: int | None) -> bool:
        try:
            self._allow_create(counselor_id, client_id, case_id)
        except (PermissionDenied, ValidationError):
            return False
        return True

    def may_note(self, permission: str, session_id: int) -> bool:
        """Whether this account may read ("note.read") or write ("note.write") this one note."""
        row = self._row(session_id)
        if permission == "note.read" and reviewer_may_read(self.conn, self.actor, session_id):
            return True
        try:
            self.allow_note(permission, session_id, row[1])
        except PermissionDenied:
            return False
        return True

    def _row(self, session_id: int):
        return self.one(f"SELECT {COLUMNS} FROM counseling_sessions WHERE id = ?", (session_id,), f"session #{session_id}")

    def get(self, session_id: int) -> CounselingSession:
        """Read a note (permission checked, the view audited)."""
        row = self._row(session_id)
        grant = None
        if not reviewer_may_read(self.conn, self.actor, session_id):  # a supervisor reads what was sent to them
            self.allow_note("note.read", session_id, row[1])
            grant = self.grant_for(session_id)
        s = _session(row, with_note=True)
        s.participants = [Participant(client_id=r[0], relation=r[1]) for r in self.conn.execute(
            "SELECT client_id, relation FROM session_participants WHERE session_id = ? ORDER BY id", (session_id,))]
        s.addenda = [Addendum(id=r[0], text=r[1], written_at=r[2], written_by=r[3]) for r in self.conn.execute(
            "SELECT id, text, written_at, written_by FROM note_addenda WHERE session_id = ? ORDER BY id", (session_id,))]
        with self.vault.transaction():
            # a read through an emergency access names the grant, so the trail shows which reads it covered
            self.audit("view", "note", session_id, client_id=s.client_id,
                       detail={"break_glass": grant} if grant is not None else None)
        return s

    def grant_for(self, session_id: int) -> int | None:
        """The emergency access this account reads this note through (None: its own, or all)."""
        if access.scope(self.actor.role, "note.read") != access.OWN or self.owns_note(session_id):
            return None
        return self.emergency_grant(self._row(session_id)[1])

    def client_of(self, session_id: int) -> int:
        """Whose session this is (no note text): what a refused reader needs to ask for emergency access."""
        row = self.one("SELECT client_id FROM counseling_sessions WHERE id = ?", (session_id,), f"session #{session_id}")
        self.allow("client.read", row[0])
        return row[0]

    def save_draft(self, session_id: int, *, note: dict, template: str | None = None, method: str | None = None,
                   minutes: int | None = None, kind: str | None = None) -> None:
        """Autosave: every few seconds and on close. Refused once the note is signed."""
        row = self._row(session_id)
        self.allow_note("note.write", session_id, row[1])
        if row[13] == "signed":
            raise NoteLocked()
        _not_a_group_copy(self.conn, session_id)
        self._refuse_while_under_review(session_id)
        template = check_choice("template", template or row[11], tuple(NOTE_TEMPLATES))
        method = check_choice("method", method or row[6], tuple(METHODS))
        kind = check_choice("kind", kind or row[5], tuple(SESSION_KINDS))
        minutes = check_int("minutes", minutes if minutes is not None else row[8], lo=1, hi=600)
        text = _clean_note(template, note)
        with self.vault.transaction():
            self.conn.execute(
                "UPDATE counseling_sessions SET note = ?, template = ?, method = ?, minutes = ?, kind = ?, updated_at = ?"
                " WHERE id = ? AND note_status = 'draft'", (text, template, method, minutes, kind, now_iso(), session_id))
            self.audit("save_draft", "note", session_id, client_id=row[1])

    def update_draft_details(self, session_id: int, *, session_date: str | None = None,
                             participants: list[Participant] | None = None) -> None:
        """The parts of a draft ``save_draft`` does not touch: its date and its participants
        (other clients of a group session, family members by relation). Refused once signed."""
        row = self._row(session_id)
        self.allow_note("note.write", session_id, row[1])
        if row[13] == "signed":
            raise NoteLocked()
        _not_a_group_copy(self.conn, session_id)
        if participants is not None:
            _no_group_members(row[5], participants)
        self._refuse_while_under_review(session_id)
        day = check_date("session_date", session_date) if session_date is not None else row[7]
        cleaned = None
        if participants is not None:
            cleaned = [(p.client_id, check_text("relation", p.relation, required=False, max_len=30))
                       for p in participants]
        with self.vault.transaction():
            self.conn.execute("UPDATE counseling_sessions SET session_date = ?, updated_at = ? WHERE id = ?"
                              " AND note_status = 'draft'", (day, now_iso(), session_id))
            if day != row[7]:
                self.conn.execute(
                    "UPDATE clients SET first_seen_on = ? WHERE id = ? AND (first_seen_on IS NULL OR first_seen_on > ?)",
                    (day, row[1], day))
            if cleaned is not None:
                self.conn.execute("DELETE FROM session_participants WHERE session_id = ?", (session_id,))
                for client_id, relation in cleaned:
                    self.conn.execute("INSERT INTO session_participants (session_id, client_id, relation)"
                                      " VALUES (?, ?, ?)", (session_id, client_id, relation))
            self.audit("update", "note", session_id, client_id=row[1],
                       detail={"participants": len(cleaned) if cleaned is not None else None})

    def for_appointment(self, appointment_id: int) -> list[CounselingSession]:
        """Sessions recorded for one appointment (no note text), so a second "write the note"
        opens the existing draft instead of making another."""
        self.allow("appointment.read")
        return [_session(r, with_note=False) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM counseling_sessions WHERE appointment_id = ? ORDER BY id", (appointment_id,))]

    def _refuse_while_under_review(self, session_id: int) -> None:
        """Submitted for sign-off: locked for everyone until returned or co-signed."""
        if under_review(self.conn, session_id):
            raise NoteUnderReview()

    def sign(self, session_id: int) -> None:
        row = self._row(session_id)
        self.allow_note("note.write", session_id, row[1])
        if row[13] == "signed":
            raise NoteLocked()
        _not_a_group_copy(self.conn, session_id, "sign")   # signed through the group note, all copies alike
        self._refuse_while_under_review(session_id)
        # a supervised counselor's note, or a supervised counselor signing: SupervisionRepository.submit
        if requires_signoff(self.conn, row[9]) or requires_signoff(self.conn, self.actor.id):
            raise SignOffRequired()
        if not any(v.strip() for v in json.loads(row[12]).values()):
            raise invalid("note", "빈 기록에는 서명할 수 없습니다", "an empty note cannot be signed")
        with self.vault.transaction():
            self.conn.execute("UPDATE counseling_sessions SET note_status = 'signed', signed_at = ?, signed_by = ?,"
                              " updated_at = ? WHERE id = ?", (now_iso(), self.actor.id, now_iso(), session_id))
            # a note returned in sign-off and signed after supervision ended: its sign-off is over
            self.conn.execute("UPDATE note_signoffs SET status = 'closed', decided_at = ? WHERE session_id = ?"
                              " AND status = 'returned'", (now_iso(), session_id))
            self.audit("sign", "note", session_id, client_id=row[1])

    def add_addendum(self, session_id: int, text: str) -> Addendum:
        row = self._row(session_id)
        self.allow_note("note.write", session_id, row[1])
        if row[13] != "signed":
            raise invalid("addendum", "서명 전 기록은 직접 수정하세요", "edit the draft itself; addenda are for signed notes")
        text = check_text("addendum", text, max_len=MAX_NOTE)
        with self.vault.transaction():
            at = now_iso()
            cur = self.conn.execute("INSERT INTO note_addenda (session_id, text, written_at, written_by) VALUES (?, ?, ?, ?)",
                                    (session_id, text, at, self.actor.id))
            self.audit("addendum", "note", session_id, client_id=row[1])
        return Addendum(id=cur.lastrowid, text=text, written_at=at, written_by=self.actor.id)

    def for_client(self, client_id: int) -> list[CounselingSession]:
        """The timeline's entries: dates, kinds, methods, minutes, status; no note text."""
        self.allow("client.read", client_id)
        return [_session(r, with_note=False) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM counseling_sessions WHERE client_id = ? ORDER BY session_date DESC, id DESC",
            (client_id,))]

    def drafts_of(self, counselor_id: int) -> list[CounselingSession]:
        """Unsigned notes of one counselor (shown at login, so none are forgotten). Group copies
        are left out: their group note is listed once (GroupNoteRepository.unsigned)."""
        return [_session(r, with_note=False) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM counseling_sessions WHERE counselor_id = ? AND note_status = 'draft'"
            " AND program_session_id IS NULL ORDER BY session_date", (counselor_id,))]
