"""Group notes: written once on a program session, copied into each attending member's record.

The shared note is stored once (``group_notes``). Every attending *named* member gets a copy:
a ``counseling_sessions`` row (kind 'group', the group note's ``group_key``, the program
session's id) whose note JSON is ``{"group": "집단상담: <program>, n=<n>", <the shared
sections>, "member": <that member's own line, if any>}``. n = named attendees + the anonymous
head-count (everyone who was in the room).

A copy never names another member: before anything is written, the shared text and each
member's line are checked against the attending and registered members' names and client
codes, and each finished copy is checked again as the exact JSON to be stored. A refusal names
the section, never the person (messages leave the building in logs and screenshots).

Copies follow attendance (``sync_copies``, called inside the attendance write's transaction):
an absent member's draft copy goes, a walk-in gets one, and a member whose copy is signed
cannot be marked absent (their record is locked). Editing the shared text rewrites every
unsigned copy; signed copies keep what was signed. Each copy write and signature is audited
against that member, with ids only.
"""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from .. import access
from ..audit import now_iso
from ..errors import NoteLocked, NoteUnderReview, NotFound, PermissionDenied, SignOffRequired
from ..validation import check_choice, check_text, invalid
from ..vocabulary import NOTE_TEMPLATES
from .base import Repository
from .sessions import MAX_NOTE, _clean_note
from .supervision import SupervisionRepository, requires_signoff, under_review

HEADING = "집단상담: {program}, n={n}"   # stored in the record, in the center's language
MAX_LINE = 2000
HONORIFICS = ("씨", "님")
# How a given name is spoken of in Korean notes: "민지가 울었다", "서준이", "민지는", "민지야".
PARTICLES = ("이", "가", "은", "는", "을", "를", "의", "와", "과", "도", "에게", "한테", "께", "아", "야", "랑", "이랑",
             "하고")


@dataclass
class GroupNote:
    program_session_id: int
    template: str = "free"
    note: dict[str, str] = field(default_factory=dict)
    author_id: int | None = None
    group_key: str | None = None
    updated_at: str | None = None
    id: int | None = None


@dataclass
class MemberCopy:
    """One member's copy as the facilitator's editor lists it (no shared text)."""
    client_id: int
    session_id: int
    status: str            # draft | signed
    line: str = ""
    signed_at: str | None = None
    review: str | None = None   # sign-off state of a trainee's copy: pending | returned | cosigned


@dataclass
class UnsignedGroupNote:
    """A group note with copies still to sign, as the author's Today list shows it (once)."""
    program_session_id: int
    program_id: int
    program: str
    day: str
    drafts: int             # unsigned copies (waiting and returned ones included)
    waiting: int = 0
    returned: int = 0


# --- the name check ----------------------------------------------------------------------------
def _words(name: str, code: str) -> list[str]:
    """What would identify a member in a text: the full name (with or without spaces), the client
    code, and the given name followed by 씨/님 or by a particle ("민지가", "서준이", "민지에게").
    A bare two-syllable given name is not checked: too many are ordinary words (지원, 하늘). The
    particle forms can still hit an ordinary word ("지원이 필요"); the facilitator then rephrases,
    which is the safe side of the trade."""
    words = [code.casefold()]
    compact = re.sub(r"\s+", "", name)
    if len(compact) >= 2:
        words.append(compact)
    if len(compact) >= 3:
        given = compact[1:]
        words += [given + h for h in HONORIFICS] + [given + " " + h for h in HONORIFICS]
        words += [given + p for p in PARTICLES]
    return words


def _mentions(text: str, words: list[str]) -> bool:
    folded = text.casefold()
    squeezed = re.sub(r"\s+", "", folded)
    return any(w in folded or (" " not in w and w in squeezed) for w in words)


def first_mention(text: str, people: list[tuple[str, str]]) -> tuple[int, int] | None:
    """Where the first (name, code) of ``people`` appears in ``text`` as typed: (start, end), or
    None. For the editor to point at the word after a refusal; the refusal itself names nobody."""
    folded = text.casefold()
    hits = [(folded.find(w), len(w)) for name, code in people for w in _words(name, code) if w in folded]
    if not hits:
        return None
    start, length = min(hits)
    return start, start + length


def heading(program: str, n: int) -> str:
    return HEADING.format(program=program, n=n)


class GroupNoteRepository(Repository):
    """The facilitator's group note on a program session and the members' copies.

    Who: the program's facilitator (programs.facilitator_id) or an ALL-scope role (the lead). A
    program without a facilitator: the lead only (setting a facilitator hands the note over).
    Writing the note does not make anyone "work with" the members (base.works_with ignores
    copies): a copy opens that copy only, never the member's other notes."""

    # --- reading -------------------------------------------------------------------------------
    def _note_row(self, program_session_id: int):
        return self.conn.execute(
            "SELECT id, program_session_id, group_key, author_id, template, note, updated_at, lines FROM group_notes"
            " WHERE program_session_id = ?", (program_session_id,)).fetchone()

    def _may_touch(self, permission: str, program_session_id: int) -> None:
        """The program's facilitator, or a role that reads/writes every note (the lead)."""
        granted = self.allow(permission)
        facilitator = _facilitator(self.conn, program_session_id)   # NotFound for an unknown session
        if granted != access.ALL and facilitator != self.actor.id:
            raise PermissionDenied(action=permission)

    def may_write(self, program_session_id: int) -> bool:
        """Whether this account may write this session's group note (for the UI's buttons)."""
        try:
            self._may_touch("note.write", program_session_id)
        except (PermissionDenied, NotFound):
            return False
        return True

    def get(self, program_session_id: int) -> GroupNote | None:
        """The shared note (None before the first save); the view is audited."""
        self._may_touch("note.read", program_session_id)
        row = self._note_row(program_session_id)
        if row is None:
            return None
        with self.vault.transaction():
            self.audit("view", "group_note", row[0])
        return GroupNote(id=row[0], program_session_id=row[1], group_key=row[2], author_id=row[3], template=row[4],
                         note=json.loads(row[5]), updated_at=row[6])

    def copies(self, program_session_id: int) -> list[MemberCopy]:
        """The members' copies: who has one, signed, waiting for sign-off or not, and their own
        line (kept on the group note, so it survives an absence)."""
        self._may_touch("note.read", program_session_id)
        row = self._note_row(program_session_id)
        lines = _lines(row[7]) if row else {}
        return [MemberCopy(client_id=r[0], session_id=r[1], status=r[2], signed_at=r[3],
                           line=lines.get(r[0], json.loads(r[4]).get("member", "")), review=r[5])
                for r in self.conn.execute(
                    "SELECT s.client_id, s.id, s.note_status, s.signed_at, s.note, o.status FROM counseling_sessions s"
                    " LEFT JOIN note_signoffs o ON o.session_id = s.id WHERE s.program_session_id = ?"
                    " ORDER BY s.client_id", (program_session_id,))]

    def lines(self, program_session_id: int) -> dict[int, str]:
        """Every member's own line kept on the group note (also of members marked absent)."""
        self._may_touch("note.read", program_session_id)
        row = self._note_row(program_session_id)
        return _lines(row[7]) if row else {}

    def headings_for_client(self, client_id: int) -> dict[int, str]:
        """session id -> "집단상담: <program>, n=<n>" for a member's copies (the chart's timeline;
        only the heading is read, never the note)."""
        self.allow("client.read", client_id)
        out = {}
        for session_id, note in self.conn.execute(
                "SELECT id, note FROM counseling_sessions WHERE client_id = ? AND program_session_id IS NOT NULL",
                (client_id,)):
            out[session_id] = json.loads(note).get("group", "")
        return out

    def n_for(self, program_session_id: int) -> int:
        """Everyone who was there: named attendees + the anonymous head-count."""
        self.allow("program.read")
        return _session_facts(self.conn, program_session_id)["n"]

    def signs_through_supervision(self, program_session_id: int) -> bool:
        """The copies are recorded under a counselor in training: "sign" submits them for sign-off."""
        row = self._note_row(program_session_id)
        counselor = _facilitator(self.conn, program_session_id) or (row[3] if row else self.actor.id)
        return requires_signoff(self.conn, counselor)

    def unsigned(self) -> list[UnsignedGroupNote]:
        """This account's group notes with copies still to sign (the Today view lists each once,
        instead of one line per member's copy)."""
        return [UnsignedGroupNote(program_session_id=r[0], program_id=r[1], program=r[2], day=r[3], drafts=r[4],
                                  waiting=r[5], returned=r[6])
                for r in self.conn.execute(
                    "SELECT ps.id, p.id, p.name, min(s.session_date), count(*),"
                    " sum(CASE WHEN o.status = 'pending' THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN o.status = 'returned' THEN 1 ELSE 0 END)"
                    " FROM counseling_sessions s JOIN program_sessions ps ON ps.id = s.program_session_id"
                    " JOIN programs p ON p.id = ps.program_id LEFT JOIN note_signoffs o ON o.session_id = s.id"
                    " WHERE s.counselor_id = ? AND s.note_status = 'draft'"
                    " GROUP BY ps.id, p.id, p.name ORDER BY min(s.session_date), ps.id", (self.actor.id,))]

    # --- writing -------------------------------------------------------------------------------
    def save(self, program_session_id: int, *, template: str, note: dict[str, str],
             lines: dict[int, str] | None = None) -> GroupNote:
        """Create or update the shared note and write every unsigned member's copy (autosave).
        ``lines``: client id -> that member's own line (members not given keep theirs)."""
        self._may_touch("note.write", program_session_id)
        facts = _session_facts(self.conn, program_session_id)
        row = self._note_row(program_session_id)
        template = check_choice("template", template, tuple(NOTE_TEMPLATES))
        text = _clean_note(template, note)
        kept = _lines(row[7]) if row else {}
        for k, v in (lines or {}).items():
            kept[int(k)] = check_text("member", v, required=False, max_len=MAX_LINE) or ""
        kept = {k: v for k, v in kept.items() if v}
        lines_json = json.dumps({str(k): v for k, v in sorted(kept.items())}, ensure_ascii=False)
        with self.vault.transaction():
            now = now_iso()
            if row is None:
                key = uuid.uuid4().hex
                author = facts["facilitator"] or self.actor.id    # whose record the copies are
                cur = self.conn.execute(
                    "INSERT INTO group_notes (program_session_id, group_key, author_id, template, note, lines,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (program_session_id, key, author, template, text, lines_json, now, now))
                note_id = cur.lastrowid
                self.audit("create", "group_note", note_id, detail={"program_session": program_session_id})
            else:
                note_id, key, author = row[0], row[2], row[3]
                self.conn.execute("UPDATE group_notes SET template = ?, note = ?, lines = ?, updated_at = ?"
                                  " WHERE id = ?", (template, text, lines_json, now, note_id))
                self.audit("save_draft", "group_note", note_id, detail={"program_session": program_session_id})
            _write_copies(self, facts, note_id, key, author, template, json.loads(text), kept)
        return GroupNote(id=note_id, program_session_id=program_session_id, group_key=key, author_id=author,
                         template=template, note=json.loads(text), updated_at=now)

    def _copies_to_sign(self, program_session_id: int, client_id: int | None):
        row = self._note_row(program_session_id)
        if row is None:
            raise NotFound(what="group note")
        self._may_touch("note.write", program_session_id)
        sql = ("SELECT id, client_id, note_status, note, counselor_id FROM counseling_sessions"
               " WHERE program_session_id = ?")
        if client_id is None:
            copies = self.conn.execute(sql + " AND note_status = 'draft' ORDER BY client_id",
                                       (program_session_id,)).fetchall()
            copies = [c for c in copies if not under_review(self.conn, c[0])]   # already waiting: leave them
        else:
            copy = self.conn.execute(sql + " AND client_id = ?", (program_session_id, client_id)).fetchone()
            if copy is None:
                raise NotFound(what="group note copy")
            if copy[2] == "signed":
                raise NoteLocked()
            if under_review(self.conn, copy[0]):
                raise NoteUnderReview()
            copies = [copy]
        for c in copies:
            self._check_signable(c[3])
            # the same rule as SessionRepository.sign: a supervised counselor's copy is submitted
            # by that counselor, never signed alone (nor by someone else in their name)
            if requires_signoff(self.conn, c[4]) and c[4] != self.actor.id:
                raise SignOffRequired()
        return row, copies

    def sign(self, program_session_id: int, client_id: int) -> str:
        """Sign one member's copy; it is locked from then on (later words: an addendum). A copy
        of a counselor in training is submitted for sign-off instead. Returns "signed" or "submitted"."""
        row, copies = self._copies_to_sign(program_session_id, client_id)
        with self.vault.transaction():
            return self._sign(copies[0], row[0])

    def sign_all(self, program_session_id: int) -> int:
        """Sign (or, for a counselor in training, submit) every unsigned copy, each separately
        (one audit row per member). Copies already waiting for sign-off are left. Returns how many."""
        row, copies = self._copies_to_sign(program_session_id, None)
        with self.vault.transaction():
            for copy in copies:
                self._sign(copy, row[0])
        return len(copies)

    def _check_signable(self, note_json: str) -> None:
        note = json.loads(note_json)
        if not any(v.strip() for k, v in note.items() if k != "group"):
            raise invalid("note", "빈 기록에는 서명할 수 없습니다", "an empty note cannot be signed")

    def _sign(self, copy, note_id: int) -> str:
        session_id, client_id, counselor = copy[0], copy[1], copy[4]
        if requires_signoff(self.conn, counselor):
            SupervisionRepository(self.vault).record_submission(session_id, client_id, counselor, None,
                                                                detail={"group_note": note_id})
            return "submitted"
        now = now_iso()
        self.conn.execute("UPDATE counseling_sessions SET note_status = 'signed', signed_at = ?, signed_by = ?,"
                          " updated_at = ? WHERE id = ? AND note_status = 'draft'",
                          (now, self.actor.id, now, session_id))
        self.audit("sign", "note", session_id, client_id=client_id, detail={"group_note": note_id})
        return "signed"


# --- shared with the program repository (attendance changes) ---------------------------------
def _facilitator(conn, program_session_id: int) -> int | None:
    row = conn.execute("SELECT p.facilitator_id FROM program_sessions ps JOIN programs p ON p.id = ps.program_id"
                       " WHERE ps.id = ?", (program_session_id,)).fetchone()
    if row is None:
        raise NotFound(what="program session")
    return row[0]


def _lines(text: str | None) -> dict[int, str]:
    return {int(k): v for k, v in json.loads(text or "{}").items()}


def _session_facts(conn, program_session_id: int) -> dict:
    row = conn.execute(
        "SELECT ps.starts_at, ps.ends_at, coalesce(ps.headcount, 0), p.name, coalesce(r.site_id, p.site_id), p.id,"
        " p.facilitator_id FROM program_sessions ps LEFT JOIN rooms r ON r.id = ps.room_id"
        " JOIN programs p ON p.id = ps.program_id WHERE ps.id = ?", (program_session_id,)).fetchone()
    if row is None:
        raise NotFound(what="program session")
    members = conn.execute(
        "SELECT c.id, c.name, c.code FROM program_attendance a JOIN clients c ON c.id = a.client_id"
        " WHERE a.program_session_id = ? ORDER BY c.id", (program_session_id,)).fetchall()
    registered = conn.execute(
        "SELECT c.id, c.name, c.code FROM program_registrations r JOIN clients c ON c.id = r.client_id"
        " WHERE r.program_id = ?", (row[5],)).fetchall()
    minutes = int((datetime.fromisoformat(row[1]) - datetime.fromisoformat(row[0])).total_seconds() // 60)
    return {"id": program_session_id, "day": row[0][:10], "minutes": max(1, min(600, minutes)),
            "program": row[3], "site_id": row[4], "n": len(members) + row[2], "facilitator": row[6],
            "members": {m[0]: _words(m[1], m[2]) for m in members},
            "registered": {r[0]: _words(r[1], r[2]) for r in registered}}


def _section_names(template: str) -> dict[str, tuple[str, str]]:
    """Section names as the editors show them (so a refusal points at the box to fix)."""
    names = {"subjective": ("주관적 호소 (S)", "Subjective (S)"), "objective": ("객관적 관찰 (O)", "Objective (O)"),
             "assessment": ("평가 (A)", "Assessment (A)"), "plan": ("계획 (P)", "Plan (P)"),
             "data": ("자료 (D)", "Data (D)"), "text": ("기록", "Note")}
    return {k: names.get(k, (k, k)) for k in NOTE_TEMPLATES[template][2]}


def _write_copies(repo: Repository, facts: dict, note_id: int, key: str, author: int, template: str,
                  shared: dict[str, str], lines: dict[int, str]) -> None:
    """Bring the copies in line with the attendance, the session's date, length and place, and the
    shared note. Runs inside the caller's transaction: a refusal (ValidationError) rolls back
    the whole write. Signed copies and copies waiting for sign-off are never rewritten."""
    conn = repo.conn
    members = facts["members"]
    everyone = {**facts["registered"], **members}
    all_words = [w for words in everyone.values() for w in words]
    for section, (ko, en) in _section_names(template).items():
        if _mentions(shared.get(section, ""), all_words):
            raise invalid(section, f"공동 기록의 {ko}에 집단 구성원의 이름이나 내담자 번호가 있습니다. 공동 기록은 모든 "
                                   "구성원의 기록에 복사되므로 이름 없이 쓰고, 개인 내용은 구성원별 한 줄에 쓰세요",
                          f"the shared note's {en} contains a group member's name or client code. The shared note "
                          "is copied into every member's record: write it without names, and put what concerns one "
                          "member in their own line")
    # client -> (copy id, status, note, date, minutes, (template, site, counselor)); waiting counts as locked
    existing = {r[0]: (r[1], "pending" if r[6] == "pending" else r[2], r[3], r[4], r[5], r[7:]) for r in conn.execute(
        "SELECT s.client_id, s.id, s.note_status, s.note, s.session_date, s.minutes, o.status, s.template,"
        " s.site_id, s.counselor_id"
        " FROM counseling_sessions s LEFT JOIN note_signoffs o ON o.session_id = s.id"
        " WHERE s.program_session_id = ?", (facts["id"],))}
    locked = {cid: v for cid, v in existing.items() if v[1] in ("signed", "pending")}
    if any((v[3], v[4], v[5][1]) != (facts["day"], facts["minutes"], facts["site_id"]) for v in locked.values()):
        raise invalid("program_session", "이 회기에는 서명되었거나 서명 요청 중인 집단상담 기록이 있어 날짜, 길이, 센터를 "
                                         "바꿀 수 없습니다. 바로잡을 내용은 각 구성원 기록의 추가기록으로 남기세요",
                      "this session has group note copies that are signed or waiting for sign-off, so its date, "
                      "length and site cannot change; correct it with an addendum to each member's note")
    gone = [cid for cid in existing if cid not in members]
    if any(cid in locked for cid in gone):
        raise invalid("attendance", "서명되었거나 서명 요청 중인 집단상담 기록이 있는 구성원은 불참으로 바꿀 수 없습니다"
                                    "(기록이 잠겨 있습니다). 바로잡을 내용은 그 구성원 기록의 추가기록으로 남기세요",
                      "a member whose group note copy is signed (or waiting for sign-off) cannot be marked absent "
                      "(the record is locked); correct it with an addendum to that member's note")
    for cid in gone:
        conn.execute("DELETE FROM counseling_sessions WHERE id = ?", (existing[cid][0],))
        repo.audit("delete", "note", existing[cid][0], client_id=cid, detail={"group_note": note_id, "absent": True})
    title = heading(facts["program"], facts["n"])
    counselor = facts["facilitator"] or author   # the copies are the facilitator's records
    now = now_iso()
    for cid, own_words in members.items():
        session_id, status, old = existing.get(cid, (None, "draft", "{}"))[:3]
        if cid in locked:
            continue  # locked: it keeps what was signed (or submitted)
        line = lines.get(cid, json.loads(old).get("member", ""))
        others = [w for other, words in everyone.items() if other != cid for w in words]
        if line and _mentions(line, others):
            raise invalid("member", "구성원별 한 줄에 다른 구성원의 이름이나 내담자 번호가 있습니다",
                          "a member's own line contains another member's name or client code")
        copy = {"group": title, **{k: shared.get(k, "") for k in NOTE_TEMPLATES[template][2]}}
        if line:
            copy["member"] = line
        text = json.dumps(copy, ensure_ascii=False)
        if len(text) > MAX_NOTE * 5 or _mentions(text, others):   # the last guard: the bytes stored
            raise invalid("note", "복사본에 다른 구성원의 이름이나 내담자 번호가 들어갑니다",
                          "a copy would contain another member's name or client code")
        if session_id is None:
            cur = conn.execute(
                "INSERT INTO counseling_sessions (client_id, group_key, kind, method, session_date, minutes,"
                " counselor_id, site_id, template, note, note_status, program_session_id, created_at, updated_at)"
                " VALUES (?, ?, 'group', 'in_person', ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
                (cid, key, facts["day"], facts["minutes"], counselor, facts["site_id"], template, text, facts["id"],
                 now, now))
            repo.audit("create", "note", cur.lastrowid, client_id=cid, detail={"group_note": note_id, "kind": "group"})
            continue
        was = existing[cid]
        if (text, facts["day"], facts["minutes"], template, facts["site_id"], counselor) != (old, was[3], was[4],
                                                                                              *was[5]):
            conn.execute(
                "UPDATE counseling_sessions SET note = ?, template = ?, session_date = ?, minutes = ?, site_id = ?,"
                " counselor_id = ?, updated_at = ? WHERE id = ? AND note_status = 'draft'",
                (text, template, facts["day"], facts["minutes"], facts["site_id"], counselor, now, session_id))
            repo.audit("save_draft", "note", session_id, client_id=cid, detail={"group_note": note_id})


def refuse_locked_copies(conn, program_session_id: int) -> None:
    """Before a program session is deleted: signed copies (and copies waiting for sign-off) are
    records; they are never deleted with it."""
    locked = conn.execute(
        "SELECT count(*) FROM counseling_sessions s LEFT JOIN note_signoffs o ON o.session_id = s.id"
        " WHERE s.program_session_id = ? AND (s.note_status = 'signed' OR o.status = 'pending')",
        (program_session_id,)).fetchone()[0]
    if locked:
        raise invalid("program_session", f"이 회기에는 서명되었거나 서명 요청 중인 집단상담 기록이 {locked}건 있어 삭제할 수 "
                                         "없습니다. 회기 기록은 구성원의 상담기록으로 남아야 합니다",
                      f"this session has {locked} group note copies that are signed or waiting for sign-off, so it "
                      "cannot be deleted; they stay in the members' records")


def delete_copies(repo: Repository, program_session_id: int) -> None:
    """Inside the caller's transaction, after ``refuse_locked_copies``: the unsigned copies and
    the shared note go, each with an audit row (ids only)."""
    note = repo.conn.execute("SELECT id FROM group_notes WHERE program_session_id = ?",
                             (program_session_id,)).fetchone()
    for session_id, client_id in repo.conn.execute(
            "SELECT id, client_id FROM counseling_sessions WHERE program_session_id = ?",
            (program_session_id,)).fetchall():
        repo.conn.execute("DELETE FROM counseling_sessions WHERE id = ?", (session_id,))
        repo.audit("delete", "note", session_id, client_id=client_id,
                   detail={"group_note": note[0] if note else None, "session_deleted": True})
    if note is not None:
        repo.conn.execute("DELETE FROM group_notes WHERE id = ?", (note[0],))
        repo.audit("delete", "group_note", note[0], detail={"program_session": program_session_id})


def sync_copies(repo: Repository, program_session_id: int) -> None:
    """After an attendance, head-count, time or program change, inside its transaction: copies
    follow (absent: draft copy removed; signed copy: refused; walk-in: a new copy; n, date,
    length, place and facilitator updated on drafts; a signed copy refuses a new date or length)."""
    row = repo.conn.execute("SELECT id, group_key, author_id, template, note, lines FROM group_notes"
                            " WHERE program_session_id = ?", (program_session_id,)).fetchone()
    if row is None:
        return
    facts = _session_facts(repo.conn, program_session_id)
    _write_copies(repo, facts, row[0], row[1], row[2], row[3], json.loads(row[4]), _lines(row[5]))
