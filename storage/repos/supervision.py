"""Supervision sign-off: a counselor in training (staff.needs_supervision) does not sign notes
alone. The note is submitted, which locks it for its author and puts it in the supervisor's
queue (staff.supervisor_id; none set: the center lead's). The supervisor reads it, comments,
and either co-signs it (the note becomes signed: the author's signature at submission plus the
co-signature) or returns it with a comment (a draft again, editable by its author).

counseling_sessions.note_status keeps its two values ('draft' until co-signed), so counts and
every 'draft'/'signed' rule elsewhere are untouched; the sign-off state lives in note_signoffs,
the conversation in signoff_comments. Every step is audited without any text in the detail.
"""
from __future__ import annotations

import json

from .. import access
from ..audit import now_iso
from ..errors import NoteLocked, NoteUnderReview, PermissionDenied, StorageError
from ..records import SignOff, SignOffComment
from ..validation import check_text, invalid
from .base import Repository

MAX_COMMENT = 5000
_SIGNOFF = ("SELECT o.session_id, o.status, s.counselor_id, s.client_id, s.session_date, s.kind, o.submitted_at,"
            " o.rounds, o.reviewer_id, o.decided_at, o.cosigned_by, o.cosigned_at"
            " FROM note_signoffs o JOIN counseling_sessions s ON s.id = o.session_id")


def _signoff(r) -> SignOff:
    return SignOff(session_id=r[0], status=r[1], author_id=r[2], client_id=r[3], session_date=r[4], kind=r[5],
                   submitted_at=r[6], rounds=r[7], reviewer_id=r[8], decided_at=r[9], cosigned_by=r[10],
                   cosigned_at=r[11])


# --- the rules SessionRepository asks about (module functions: no repository needed) --------------
def requires_signoff(conn, counselor_id: int) -> bool:
    """Notes of this account go through sign-off (it needs supervision)."""
    row = conn.execute("SELECT needs_supervision FROM staff WHERE id = ?", (counselor_id,)).fetchone()
    return bool(row and row[0])


def under_review(conn, session_id: int) -> bool:
    row = conn.execute("SELECT status FROM note_signoffs WHERE session_id = ?", (session_id,)).fetchone()
    return bool(row and row[0] == "pending")


def reviewer_may_read(conn, actor, session_id: int) -> bool:
    """The supervision grant of note.read, although note.read is "own" for counselors: a note
    while it is in this account's sign-off (waiting, or returned and being revised), and a note
    this account co-signed (its signature is on it; it answers for what it signed). A former
    supervisor loses the notes in sign-off when the trainee is reassigned (StaffRepository.update
    moves them)."""
    if access.scope(actor.role, "note.cosign") is None:
        return False
    row = conn.execute("SELECT 1 FROM note_signoffs WHERE session_id = ? AND ((reviewer_id = ?"
                       " AND status IN ('pending', 'returned')) OR (status = 'cosigned' AND cosigned_by = ?))",
                       (session_id, actor.id, actor.id)).fetchone()
    return row is not None


class SupervisionRepository(Repository):
    """Submit, queue, comment, return, co-sign (see the module's docstring)."""

    # --- reading ---------------------------------------------------------------------------------
    def _note(self, session_id: int):
        return self.one("SELECT id, client_id, counselor_id, note_status, note, program_session_id"
                        " FROM counseling_sessions WHERE id = ?",
                        (session_id,), f"session #{session_id}")

    def get(self, session_id: int) -> SignOff | None:
        """The sign-off state and its comments (None: never submitted). Readable by whoever may
        read the note; the note itself is opened (and audited) through SessionRepository.get."""
        note = self._note(session_id)
        if not reviewer_may_read(self.conn, self.actor, session_id):
            self.allow_note("note.read", session_id, note[1])
        row = self.conn.execute(f"{_SIGNOFF} WHERE o.session_id = ?", (session_id,)).fetchone()
        if row is None:
            return None
        s = _signoff(row)
        s.comments = [SignOffComment(id=r[0], author_id=r[1], kind=r[2], text=r[3], written_at=r[4])
                      for r in self.conn.execute("SELECT id, author_id, kind, text, written_at FROM signoff_comments"
                                                 " WHERE session_id = ? ORDER BY id", (session_id,))]
        if s.comments:   # the thread can quote the note: its reading is in the trail too (ids only)
            with self.vault.transaction():
                self.audit("view", "signoff_comments", session_id, client_id=note[1],
                           detail={"comments": len(s.comments)})
        return s

    def queue(self, everyone: bool = False) -> list[SignOff]:
        """Notes waiting for this account's co-signature, oldest first (no text). The lead's
        queue also holds notes with no supervisor or an inactive one; ``everyone`` (lead only):
        every pending note of the center."""
        scope = self.allow("note.cosign")
        sql = f"{_SIGNOFF} WHERE o.status = 'pending'"
        params: tuple = ()
        if scope != access.ALL:
            sql += " AND o.reviewer_id = ?"
            params = (self.actor.id,)
        elif not everyone:
            sql += (" AND (o.reviewer_id = ? OR o.reviewer_id IS NULL"
                    " OR o.reviewer_id IN (SELECT id FROM staff WHERE active = 0))")
            params = (self.actor.id,)
        return [_signoff(r) for r in self.conn.execute(sql + " ORDER BY o.submitted_at, o.session_id", params)]

    def mine(self) -> list[SignOff]:
        """This account's own notes in sign-off: returned ones first (they need work), then the
        ones waiting. For the Today view."""
        rows = self.conn.execute(f"{_SIGNOFF} WHERE s.counselor_id = ? AND o.status IN ('returned', 'pending')"
                                 " AND s.note_status = 'draft' ORDER BY o.status = 'pending', o.submitted_at", (self.actor.id,))
        return [_signoff(r) for r in rows]

    def statuses_for_client(self, client_id: int) -> dict[int, SignOff]:
        """Session id -> sign-off state (no comments) for a chart's timeline."""
        self.allow("client.read", client_id)
        return {r[0]: _signoff(r) for r in self.conn.execute(f"{_SIGNOFF} WHERE s.client_id = ?", (client_id,))}

    def requires_signoff(self, counselor_id: int) -> bool:
        return requires_signoff(self.conn, counselor_id)

    def supervises_anyone(self) -> bool:
        """Whether the supervision view is of use to this account: the lead, or a supervisor of
        someone (or with notes still sent to it)."""
        scope = access.scope(self.actor.role, "note.cosign")
        if scope is None:
            return False
        if scope == access.ALL:
            return True
        row = self.conn.execute(
            "SELECT EXISTS(SELECT 1 FROM staff WHERE supervisor_id = ? AND needs_supervision = 1 AND active = 1)"
            " OR EXISTS(SELECT 1 FROM note_signoffs WHERE reviewer_id = ? AND status = 'pending')",
            (self.actor.id, self.actor.id)).fetchone()
        return bool(row[0])

    def may_review(self, session_id: int) -> bool:
        """This account may comment on, return or co-sign this pending note."""
        try:
            self._reviewable(session_id)
        except StorageError:  # refused, or not waiting for sign-off
            return False
        return True

    # --- writing ---------------------------------------------------------------------------------
    def _current(self, session_id: int):
        return self.conn.execute("SELECT status, reviewer_id, rounds, submitted_at FROM note_signoffs"
                                 " WHERE session_id = ?", (session_id,)).fetchone()

    def _reviewable(self, session_id: int):
        """(note row, sign-off row) when this account may act as the note's supervisor now."""
        note = self._note(session_id)
        scope = self.allow("note.cosign")
        current = self._current(session_id)
        if current is None or current[0] != "pending":
            raise invalid("signoff", "서명 요청 중인 기록이 아닙니다", "this note is not waiting for sign-off")
        # nobody co-signs their own note, whatever their role
        if note[2] == self.actor.id or (scope != access.ALL and current[1] != self.actor.id):
            raise PermissionDenied(action="note.cosign")
        return note, current

    def submit(self, session_id: int, comment: str | None = None) -> SignOff:
        """The author of a supervised note signs it and sends it for the co-signature; the
        note is locked for them until it is returned or co-signed."""
        note = self._note(session_id)
        if note[5] is not None:   # a group note's copy goes through the group note (all copies alike)
            raise invalid("signoff", "집단상담 기록의 복사본은 프로그램 회기의 집단 기록에서 서명 요청합니다",
                          "a group note's copy is submitted through the program session's group note")
        self.allow_note("note.write", session_id, note[1])
        if note[2] != self.actor.id:
            raise PermissionDenied(action="note.submit")
        if not requires_signoff(self.conn, note[2]):
            raise invalid("signoff", "수퍼비전 대상이 아니므로 직접 서명하세요",
                          "this account is not under supervision: sign the note yourself")
        if note[3] == "signed":
            raise NoteLocked()
        if under_review(self.conn, session_id):
            raise NoteUnderReview()
        if not any(v.strip() for v in json.loads(note[4]).values()):
            raise invalid("note", "빈 기록은 서명 요청할 수 없습니다", "an empty note cannot be submitted")
        text = check_text("comment", comment, required=False, max_len=MAX_COMMENT) if comment else None
        with self.vault.transaction():
            self.record_submission(session_id, note[1], note[2], text)
        return self.get(session_id)

    def record_submission(self, session_id: int, client_id: int, author_id: int, text: str | None,
                          detail: dict | None = None) -> None:
        """The write of a submission, inside the caller's transaction, after the caller's checks
        (``submit`` above; the group note's sign for a trainee's copies)."""
        supervisor = self.conn.execute(
            "SELECT s.id FROM staff t JOIN staff s ON s.id = t.supervisor_id WHERE t.id = ? AND s.active = 1",
            (author_id,)).fetchone()
        reviewer = supervisor[0] if supervisor else None
        current = self._current(session_id)
        at = now_iso()
        if current is None:
            rounds = 1
            self.conn.execute("INSERT INTO note_signoffs (session_id, status, reviewer_id, rounds, submitted_at)"
                              " VALUES (?, 'pending', ?, 1, ?)", (session_id, reviewer, at))
        else:
            rounds = current[2] + 1
            self.conn.execute("UPDATE note_signoffs SET status = 'pending', reviewer_id = ?, rounds = ?,"
                              " submitted_at = ? WHERE session_id = ?", (reviewer, rounds, at, session_id))
        if text:
            self._add_comment(session_id, "submit", text, at)
        self.audit("submit", "note", session_id, client_id=client_id,
                   detail={"round": rounds, "reviewer_id": reviewer, "comment": bool(text), **(detail or {})})

    def comment(self, session_id: int, text: str) -> SignOffComment:
        """A remark in the note's thread, by its supervisor (or the lead) or by its author, while
        the note is in sign-off. After the co-signature, remarks are addenda."""
        note = self._note(session_id)
        current = self._current(session_id)
        if current is None or current[0] in ("cosigned", "closed"):
            raise invalid("comment", "서명 요청 중이거나 반려된 기록에만 의견을 남길 수 있습니다",
                          "comments are for notes in sign-off (waiting or returned)")
        if note[2] == self.actor.id:
            self.allow_note("note.write", session_id, note[1])
        else:
            scope = self.allow("note.cosign")
            if scope != access.ALL and current[1] != self.actor.id:
                raise PermissionDenied(action="note.cosign")
        text = check_text("comment", text, max_len=MAX_COMMENT)
        with self.vault.transaction():
            c = self._add_comment(session_id, "comment", text, now_iso())
            self.audit("comment", "note", session_id, client_id=note[1], detail={"status": current[0]})
        return c

    def return_for_revision(self, session_id: int, comment: str) -> None:
        """Back to a draft for its author, with the reason (a comment is required)."""
        note, current = self._reviewable(session_id)
        text = check_text("comment", comment, max_len=MAX_COMMENT)
        with self.vault.transaction():
            at = now_iso()
            self.conn.execute("UPDATE note_signoffs SET status = 'returned', decided_at = ? WHERE session_id = ?",
                              (at, session_id))
            self._add_comment(session_id, "return", text, at)
            self.audit("return", "note", session_id, client_id=note[1], detail={"round": current[2]})

    def cosign(self, session_id: int, comment: str | None = None) -> None:
        """The note becomes signed: by its author at the submission, co-signed now by this
        account. Addenda may follow, as for any signed note."""
        note, current = self._reviewable(session_id)
        text = check_text("comment", comment, required=False, max_len=MAX_COMMENT) if comment else None
        with self.vault.transaction():
            at = now_iso()
            self.conn.execute("UPDATE counseling_sessions SET note_status = 'signed', signed_at = ?, signed_by = ?,"
                              " updated_at = ? WHERE id = ? AND note_status = 'draft'",
                              (current[3], note[2], at, session_id))
            self.conn.execute("UPDATE note_signoffs SET status = 'cosigned', decided_at = ?, cosigned_by = ?,"
                              " cosigned_at = ? WHERE session_id = ?", (at, self.actor.id, at, session_id))
            if text:
                self._add_comment(session_id, "cosign", text, at)
            self.audit("cosign", "note", session_id, client_id=note[1],
                       detail={"round": current[2], "comment": bool(text)})

    def _add_comment(self, session_id: int, kind: str, text: str, at: str) -> SignOffComment:
        cur = self.conn.execute("INSERT INTO signoff_comments (session_id, author_id, kind, text, written_at)"
                                " VALUES (?, ?, ?, ?, ?)", (session_id, self.actor.id, kind, text, at))
        return SignOffComment(id=cur.lastrowid, author_id=self.actor.id, kind=kind, text=text, written_at=at)
