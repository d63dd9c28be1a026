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
from ..errors import NoteLocked, NotFound, PermissionDenied
from ..validation import check_choice, check_text, invalid
from ..vocabulary import NOTE_TEMPLATES
from .base import Repository
from .sessions import MAX_NOTE, _clean_note

HEADING = "집단상담: {program}, n={n}"   # stored in the record, in the center's language
MAX_LINE = 2000
HONORIFICS = ("씨", "님")


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


# --- the name check ----------------------------------------------------------------------------
def _words(name: str, code: str) -> list[str]:
    """What would identify a member in a text: the full name (with or without spaces), the client
    code, and the given name followed by 씨/님 (how members are spoken of in a group). A bare
    two-syllable given name is not checked: too many are ordinary words (지원, 하늘)."""
    words = [code.casefold()]
    compact = re.sub(r"\s+", "", name)
    if len(compact) >= 2:
        words.append(compact)
    if len(compact) >= 3:
        given = compact[1:]
        words += [given + h for h in HONORIFICS] + [given + " " + h for h in HONORIFICS]
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
    """The facilitator's group note on a program session and the members' copies."""

    # --- reading -------------------------------------------------------------------------------
    def _note_row(self, program_session_id: int):
        return self.conn.execute(
            "SELECT id, program_session_id, group_key, author_id, template, note, updated_at FROM group_notes"
            " WHERE program_session_id = ?", (program_session_id,)).fetchone()

    def _may_touch(self, permission: str, author_id: int | None) -> None:
        """The note's author, or a role that reads/writes every note (the lead)."""
        granted = self.allow(permission)
        if author_id is not None and granted != access.ALL and author_id != self.actor.id:
            raise PermissionDenied(action=permission)

    def get(self, program_session_id: int) -> GroupNote | None:
        """The shared note (None before the first save); the view is audited."""
        self.allow("note.read")
        row = self._note_row(program_session_id)
        if row is None:
            return None
        self._may_touch("note.read", row[3])
        with self.vault.transaction():
            self.audit("view", "group_note", row[0])
        return GroupNote(id=row[0], program_session_id=row[1], group_key=row[2], author_id=row[3], template=row[4],
                         note=json.loads(row[5]), updated_at=row[6])

    def copies(self, program_session_id: int) -> list[MemberCopy]:
        """The members' copies: who has one, signed or not, and their own line."""
        row = self._note_row(program_session_id)
        self._may_touch("note.read", row[3] if row else None)
        return [MemberCopy(client_id=r[0], session_id=r[1], status=r[2], signed_at=r[3],
                           line=json.loads(r[4]).get("member", ""))
                for r in self.conn.execute(
                    "SELECT client_id, id, note_status, signed_at, note FROM counseling_sessions"
                    " WHERE program_session_id = ? ORDER BY client_id", (program_session_id,))]

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

    # --- writing -------------------------------------------------------------------------------
    def save(self, program_session_id: int, *, template: str, note: dict[str, str],
             lines: dict[int, str] | None = None) -> GroupNote:
        """Create or update the shared note and write every unsigned member's copy (autosave).
        ``lines``: client id -> that member's own line (None keeps the lines as they are)."""
        self.allow("note.write")
        facts = _session_facts(self.conn, program_session_id)   # NotFound for an unknown session
        row = self._note_row(program_session_id)
        self._may_touch("note.write", row[3] if row else None)
        template = check_choice("template", template, tuple(NOTE_TEMPLATES))
        text = _clean_note(template, note)
        if lines is not None:
            lines = {int(k): check_text("member", v, required=False, max_len=MAX_LINE) or ""
                     for k, v in lines.items()}
        with self.vault.transaction():
            now = now_iso()
            if row is None:
                key = uuid.uuid4().hex
                cur = self.conn.execute(
                    "INSERT INTO group_notes (program_session_id, group_key, author_id, template, note, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (program_session_id, key, self.actor.id, template, text, now, now))
                note_id, author = cur.lastrowid, self.actor.id
                self.audit("create", "group_note", note_id, detail={"program_session": program_session_id})
            else:
                note_id, key, author = row[0], row[2], row[3]
                self.conn.execute("UPDATE group_notes SET template = ?, note = ?, updated_at = ? WHERE id = ?",
                                  (template, text, now, note_id))
                self.audit("save_draft", "group_note", note_id, detail={"program_session": program_session_id})
            _write_copies(self, facts, note_id, key, author, template, json.loads(text), lines)
        return GroupNote(id=note_id, program_session_id=program_session_id, group_key=key, author_id=author,
                         template=template, note=json.loads(text), updated_at=now)

    def sign(self, program_session_id: int, client_id: int) -> None:
        """Sign one member's copy; it is locked from then on (later words: an addendum)."""
        row = self._note_row(program_session_id)
        if row is None:
            raise NotFound(what="group note")
        self._may_touch("note.write", row[3])
        copy = self.conn.execute("SELECT id, note_status, note FROM counseling_sessions WHERE program_session_id = ?"
                                 " AND client_id = ?", (program_session_id, client_id)).fetchone()
        if copy is None:
            raise NotFound(what="group note copy")
        if copy[1] == "signed":
            raise NoteLocked()
        self._check_signable(copy[2])
        with self.vault.transaction():
            self._sign(copy[0], client_id, row[0])

    def sign_all(self, program_session_id: int) -> int:
        """Sign every unsigned copy, each separately (one audit row per member). Returns how many."""
        row = self._note_row(program_session_id)
        if row is None:
            raise NotFound(what="group note")
        self._may_touch("note.write", row[3])
        drafts = self.conn.execute("SELECT id, client_id, note FROM counseling_sessions WHERE program_session_id = ?"
                                   " AND note_status = 'draft' ORDER BY client_id", (program_session_id,)).fetchall()
        for _id, _client, note in drafts:
            self._check_signable(note)
        with self.vault.transaction():
            for session_id, client_id, _note in drafts:
                self._sign(session_id, client_id, row[0])
        return len(drafts)

    def _check_signable(self, note_json: str) -> None:
        note = json.loads(note_json)
        if not any(v.strip() for k, v in note.items() if k != "group"):
            raise invalid("note", "빈 기록에는 서명할 수 없습니다", "an empty note cannot be signed")

    def _sign(self, session_id: int, client_id: int, note_id: int) -> None:
        now = now_iso()
        self.conn.execute("UPDATE counseling_sessions SET note_status = 'signed', signed_at = ?, signed_by = ?,"
                          " updated_at = ? WHERE id = ? AND note_status = 'draft'",
                          (now, self.actor.id, now, session_id))
        self.audit("sign", "note", session_id, client_id=client_id, detail={"group_note": note_id})


# --- shared with the program repository (attendance changes) ---------------------------------
def _session_facts(conn, program_session_id: int) -> dict:
    row = conn.execute(
        "SELECT ps.starts_at, ps.ends_at, coalesce(ps.headcount, 0), p.name, p.site_id, p.id FROM program_sessions ps"
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
            "program": row[3], "site_id": row[4], "n": len(members) + row[2],
            "members": {m[0]: _words(m[1], m[2]) for m in members},
            "registered": {r[0]: _words(r[1], r[2]) for r in registered}}


def _section_names(template: str) -> dict[str, tuple[str, str]]:
    """Section names as the editors show them (so a refusal points at the box to fix)."""
    names = {"subjective": ("주관적 호소 (S)", "Subjective (S)"), "objective": ("객관적 관찰 (O)", "Objective (O)"),
             "assessment": ("평가 (A)", "Assessment (A)"), "plan": ("계획 (P)", "Plan (P)"),
             "data": ("자료 (D)", "Data (D)"), "text": ("기록", "Note")}
    return {k: names.get(k, (k, k)) for k in NOTE_TEMPLATES[template][2]}


def _write_copies(repo: Repository, facts: dict, note_id: int, key: str, author: int, template: str,
                  shared: dict[str, str], lines: dict[int, str] | None) -> None:
    """Bring the copies in line with the attendance and the shared note. Runs inside the
    caller's transaction: a refusal (ValidationError) rolls back the whole write."""
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
    existing = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT client_id, id, note_status, note FROM counseling_sessions WHERE program_session_id = ?",
        (facts["id"],))}
    gone = [cid for cid in existing if cid not in members]
    if any(existing[cid][1] == "signed" for cid in gone):
        raise invalid("attendance", "서명된 집단상담 기록이 있는 구성원은 불참으로 바꿀 수 없습니다(기록이 잠겨 있습니다). "
                                    "바로잡을 내용은 그 구성원 기록의 추가기록으로 남기세요",
                      "a member whose group note copy is signed cannot be marked absent (the record is locked); "
                      "correct it with an addendum to that member's note")
    for cid in gone:
        conn.execute("DELETE FROM counseling_sessions WHERE id = ?", (existing[cid][0],))
        repo.audit("delete", "note", existing[cid][0], client_id=cid, detail={"group_note": note_id, "absent": True})
    title = heading(facts["program"], facts["n"])
    now = now_iso()
    for cid, own_words in members.items():
        session_id, status, old = existing.get(cid, (None, "draft", "{}"))
        if status == "signed":
            continue  # locked: it keeps what was signed
        kept = json.loads(old).get("member", "")
        line = lines.get(cid, kept) if lines is not None else kept
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
                (cid, key, facts["day"], facts["minutes"], author, facts["site_id"], template, text, facts["id"],
                 now, now))
            repo.audit("create", "note", cur.lastrowid, client_id=cid, detail={"group_note": note_id, "kind": "group"})
        elif text != old:
            conn.execute("UPDATE counseling_sessions SET note = ?, template = ?, session_date = ?, minutes = ?,"
                         " updated_at = ? WHERE id = ? AND note_status = 'draft'",
                         (text, template, facts["day"], facts["minutes"], now, session_id))
            repo.audit("save_draft", "note", session_id, client_id=cid, detail={"group_note": note_id})


def sync_copies(repo: Repository, program_session_id: int) -> None:
    """After an attendance or head-count change, inside its transaction: copies follow (absent:
    draft copy removed; signed copy: refused; walk-in: a new copy; n updated on drafts)."""
    row = repo.conn.execute("SELECT id, group_key, author_id, template, note FROM group_notes"
                            " WHERE program_session_id = ?", (program_session_id,)).fetchone()
    if row is None:
        return
    facts = _session_facts(repo.conn, program_session_id)
    _write_copies(repo, facts, row[0], row[1], row[2], row[3], json.loads(row[4]), None)
