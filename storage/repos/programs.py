from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotFound, PermissionDenied
from ..records import Attendance, Program, ProgramSession
from ..validation import check_choice, check_date, check_datetime, check_int, check_text, invalid
from ..vocabulary import PROGRAM_CATEGORIES
from .base import Repository
from .group_notes import delete_copies, refuse_locked_copies, sync_copies

P_COLUMNS = "id, name, category, site_id, facilitator_id, department, starts_on, ends_on, planned_sessions, description"
S_COLUMNS = "id, program_id, session_no, starts_at, ends_at, room_id, location, headcount"


@dataclass
class ProgramSummary:
    """One row of the programs list: the program, its sessions held and its person-visits."""
    program: Program
    sessions: int
    person_visits: int


def _program(r) -> Program:
    return Program(id=r[0], name=r[1], category=r[2], site_id=r[3], facilitator_id=r[4], department=r[5],
                   starts_on=r[6], ends_on=r[7], planned_sessions=r[8], description=r[9])


def _psession(r) -> ProgramSession:
    return ProgramSession(id=r[0], program_id=r[1], session_no=r[2], starts_at=r[3], ends_at=r[4], room_id=r[5],
                          location=r[6], headcount=r[7])


# Who may name a program's facilitator other than themselves, or change it.
FACILITATOR_ASSIGNERS = ("lead", "coordinator")


class ProgramRepository(Repository):
    """Group programs, outreach and campaigns: sessions, named attendance or head-counts."""

    def add(self, p: Program) -> Program:
        self.allow("program.write")
        if p.facilitator_id not in (None, self.actor.id) and self.actor.role not in FACILITATOR_ASSIGNERS:
            raise PermissionDenied(action="program.facilitator")
        p.name = check_text("name", p.name, max_len=100)
        check_choice("category", p.category, tuple(PROGRAM_CATEGORIES))
        p.starts_on = check_date("starts_on", p.starts_on)
        if p.ends_on:
            p.ends_on = check_date("ends_on", p.ends_on)
        with self.vault.transaction():
            cur = self.conn.execute(
                f"INSERT INTO programs ({P_COLUMNS.replace('id, ', '', 1)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (p.name, p.category, p.site_id, p.facilitator_id, p.department, p.starts_on, p.ends_on,
                 p.planned_sessions, p.description))
            p.id = cur.lastrowid
            self.audit("create", "program", p.id, detail={"category": p.category})
        return p

    def list(self, site_id: int | None = None) -> list[Program]:
        self.allow("program.read")
        sql, params = f"SELECT {P_COLUMNS} FROM programs", ()
        if site_id is not None:
            sql, params = sql + " WHERE site_id = ?", (site_id,)
        return [_program(r) for r in self.conn.execute(sql + " ORDER BY starts_on DESC, id DESC", params)]

    def get(self, program_id: int) -> Program:
        self.allow("program.read")
        return _program(self.one(f"SELECT {P_COLUMNS} FROM programs WHERE id = ?", (program_id,), f"program #{program_id}"))

    def add_session(self, s: ProgramSession) -> ProgramSession:
        self.allow("program.write")
        s.starts_at = check_datetime("starts_at", s.starts_at)
        s.ends_at = check_datetime("ends_at", s.ends_at)
        if s.ends_at <= s.starts_at:
            raise invalid("ends_at", "끝나는 시간이 시작 시간보다 늦어야 합니다", "the end must be after the start")
        if s.room_id is None and not (s.location or "").strip():
            raise invalid("location", "상담실이나 외부 장소를 입력하세요", "give a room or an outside location")
        with self.vault.transaction():
            if not s.session_no:
                s.session_no = self.conn.execute("SELECT coalesce(max(session_no), 0) + 1 FROM program_sessions"
                                                 " WHERE program_id = ?", (s.program_id,)).fetchone()[0]
            cur = self.conn.execute(
                "INSERT INTO program_sessions (program_id, session_no, starts_at, ends_at, room_id, location, headcount)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (s.program_id, s.session_no, s.starts_at, s.ends_at, s.room_id, s.location, s.headcount))
            s.id = cur.lastrowid
            self.audit("create", "program_session", s.id)
        return s

    def sessions(self, program_id: int) -> list[ProgramSession]:
        self.allow("program.read")
        return [_psession(r) for r in self.conn.execute(
            f"SELECT {S_COLUMNS} FROM program_sessions WHERE program_id = ? ORDER BY session_no", (program_id,))]

    def register(self, program_id: int, client_id: int) -> None:
        self.allow("program.write")
        with self.vault.transaction():
            self.register_within(program_id, client_id)

    def register_within(self, program_id: int, client_id: int) -> None:
        """``register`` inside the caller's transaction (the waitlist's placement)."""
        self.allow("program.write")
        self.conn.execute("INSERT OR IGNORE INTO program_registrations VALUES (?, ?)", (program_id, client_id))
        self.audit("register", "program", program_id, client_id=client_id)

    def registered(self, program_id: int) -> list[int]:
        self.allow("program.read")
        return [r[0] for r in self.conn.execute(
            "SELECT client_id FROM program_registrations WHERE program_id = ? ORDER BY client_id", (program_id,))]

    def set_attendance(self, session_id: int, attendees: list[Attendance]) -> None:
        """Replace the named attendance of one session (ticked registered clients + walk-ins)."""
        self.allow("program.write")
        row = self.one("SELECT ps.starts_at FROM program_sessions ps WHERE ps.id = ?", (session_id,), "program session")
        day = row[0][:10]
        with self.vault.transaction():
            self.conn.execute("DELETE FROM program_attendance WHERE program_session_id = ?", (session_id,))
            for a in attendees:
                self.conn.execute("INSERT INTO program_attendance VALUES (?, ?, ?)", (session_id, a.client_id, int(a.walk_in)))
                self.conn.execute(
                    "UPDATE clients SET first_seen_on = ? WHERE id = ? AND (first_seen_on IS NULL OR first_seen_on > ?)",
                    (day, a.client_id, day))
            self.audit("attendance", "program_session", session_id, detail={"named": len(attendees)})
            sync_copies(self, session_id)   # group note copies follow (a signed member cannot go)

    def attendance(self, session_id: int) -> list[Attendance]:
        self.allow("program.read")
        return [Attendance(program_session_id=session_id, client_id=r[0], walk_in=bool(r[1])) for r in self.conn.execute(
            "SELECT client_id, walk_in FROM program_attendance WHERE program_session_id = ? ORDER BY client_id", (session_id,))]

    def set_headcount(self, session_id: int, headcount: int | None) -> None:
        """Anonymous attendance (outreach, campaigns): a number, no names."""
        self.allow("program.write")
        if headcount is not None:
            headcount = check_int("headcount", headcount, lo=0, hi=10000)
        with self.vault.transaction():
            self.conn.execute("UPDATE program_sessions SET headcount = ? WHERE id = ?", (headcount, session_id))
            self.audit("headcount", "program_session", session_id, detail={"headcount": headcount})
            sync_copies(self, session_id)   # n on the unsigned copies

    def totals(self, program_id: int) -> dict[int, int]:
        """Person-visits per session: named attendees + anonymous head-count."""
        self.allow("program.read")
        rows = self.conn.execute(
            "SELECT ps.id, coalesce(ps.headcount, 0) + (SELECT count(*) FROM program_attendance pa"
            " WHERE pa.program_session_id = ps.id) FROM program_sessions ps WHERE ps.program_id = ? ORDER BY ps.session_no",
            (program_id,)).fetchall()
        return {r[0]: r[1] for r in rows}

    # --- added for the desktop programs view -------------------------------------------------
    def _check_program(self, p: Program) -> None:
        p.name = check_text("name", p.name, max_len=100)
        check_choice("category", p.category, tuple(PROGRAM_CATEGORIES))
        p.starts_on = check_date("starts_on", p.starts_on)
        if p.ends_on:
            p.ends_on = check_date("ends_on", p.ends_on)
            if p.ends_on < p.starts_on:
                raise invalid("ends_on", "끝나는 날이 시작일보다 빠릅니다", "the end date is before the start date")
        p.department = check_text("department", p.department, required=False, max_len=100)
        p.description = check_text("description", p.description, required=False, max_len=2000)
        if p.planned_sessions is not None:
            p.planned_sessions = check_int("planned_sessions", p.planned_sessions, lo=1, hi=500)

    def _check_facilitator_change(self, p: Program) -> None:
        """The facilitator writes and reads the group notes' copies of every member: the lead, the
        coordinator or the current facilitator hands a program on (a counselor naming themselves
        would get the copies of a group they never ran)."""
        row = self.conn.execute("SELECT facilitator_id FROM programs WHERE id = ?", (p.id,)).fetchone()
        if (row is not None and row[0] != p.facilitator_id and self.actor.role not in FACILITATOR_ASSIGNERS
                and row[0] != self.actor.id):
            raise PermissionDenied(action="program.facilitator")

    def update(self, p: Program) -> None:
        """Change a program's details (name, category, facilitator, site, dates, plan, description)."""
        self.allow("program.write")
        self._check_program(p)
        self._check_facilitator_change(p)
        with self.vault.transaction():
            cur = self.conn.execute(
                "UPDATE programs SET name = ?, category = ?, site_id = ?, facilitator_id = ?, department = ?,"
                " starts_on = ?, ends_on = ?, planned_sessions = ?, description = ? WHERE id = ?",
                (p.name, p.category, p.site_id, p.facilitator_id, p.department, p.starts_on, p.ends_on,
                 p.planned_sessions, p.description, p.id))
            if cur.rowcount == 0:
                raise NotFound(what=f"program #{p.id}")
            self.audit("update", "program", p.id, detail={"category": p.category})
            for (session_id,) in self.conn.execute(
                    "SELECT ps.id FROM program_sessions ps JOIN group_notes g ON g.program_session_id = ps.id"
                    " WHERE ps.program_id = ?", (p.id,)).fetchall():
                sync_copies(self, session_id)   # unsigned copies: the new name, site and facilitator

    def update_session(self, s: ProgramSession) -> None:
        """Change a session's time and place (its number, head-count and attendance stay)."""
        self.allow("program.write")
        s.starts_at = check_datetime("starts_at", s.starts_at)
        s.ends_at = check_datetime("ends_at", s.ends_at)
        if s.ends_at <= s.starts_at:
            raise invalid("ends_at", "끝나는 시간이 시작 시간보다 늦어야 합니다", "the end must be after the start")
        if s.room_id is None and not (s.location or "").strip():
            raise invalid("location", "상담실이나 외부 장소를 입력하세요", "give a room or an outside location")
        with self.vault.transaction():
            cur = self.conn.execute(
                "UPDATE program_sessions SET starts_at = ?, ends_at = ?, room_id = ?, location = ? WHERE id = ?",
                (s.starts_at, s.ends_at, s.room_id, (s.location or "").strip() or None, s.id))
            if cur.rowcount == 0:
                raise NotFound(what="program session")
            self.audit("update", "program_session", s.id)
            # the unsigned copies' date and length follow; signed ones refuse a new date or length
            sync_copies(self, s.id)

    def delete_session(self, session_id: int) -> None:
        """Remove a program session (entered by mistake, cancelled). Refused while a member's
        group note copy is signed or waiting for sign-off (a record stays); otherwise the unsigned
        copies and the shared note go with it, each with an audit row. Attendance goes by cascade."""
        self.allow("program.write")
        self.one("SELECT id FROM program_sessions WHERE id = ?", (session_id,), "program session")
        refuse_locked_copies(self.conn, session_id)
        with self.vault.transaction():
            delete_copies(self, session_id)
            self.conn.execute("DELETE FROM program_sessions WHERE id = ?", (session_id,))
            self.audit("delete", "program_session", session_id)

    def unregister(self, program_id: int, client_id: int) -> None:
        """Take a client off a program's list (their past attendance stays)."""
        self.allow("program.write")
        with self.vault.transaction():
            self.conn.execute("DELETE FROM program_registrations WHERE program_id = ? AND client_id = ?",
                              (program_id, client_id))
            self.audit("unregister", "program", program_id, client_id=client_id)

    def years(self) -> list[int]:
        """The years programs started in, newest first (for a year filter)."""
        self.allow("program.read")
        return [int(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT substr(starts_on, 1, 4) FROM programs ORDER BY 1 DESC")]

    def overview(self, site_id: int | None = None, category: str | None = None,
                 year: int | None = None) -> list[ProgramSummary]:
        """Programs for a list, newest first, with their number of sessions and person-visits
        (named attendance + head-counts). ``year``: programs running at some time in that year."""
        self.allow("program.read")
        where, params = [], []
        if site_id is not None:
            where.append("p.site_id = ?")
            params.append(site_id)
        if category is not None:
            where.append("p.category = ?")
            params.append(check_choice("category", category, tuple(PROGRAM_CATEGORIES)))
        if year is not None:
            year = check_int("year", year, lo=1900, hi=9999)
            where.append("p.starts_on <= ? AND coalesce(p.ends_on, p.starts_on) >= ?")
            params += [f"{year:04d}-12-31", f"{year:04d}-01-01"]
        sql = (f"SELECT {', '.join('p.' + c for c in P_COLUMNS.split(', '))},"
               " (SELECT count(*) FROM program_sessions ps WHERE ps.program_id = p.id),"
               " (SELECT coalesce(sum(ps.headcount), 0) FROM program_sessions ps WHERE ps.program_id = p.id)"
               " + (SELECT count(*) FROM program_attendance pa JOIN program_sessions ps"
               " ON ps.id = pa.program_session_id WHERE ps.program_id = p.id)"
               " FROM programs p" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY p.starts_on DESC, p.id DESC")
        return [ProgramSummary(program=_program(r[:10]), sessions=r[10], person_visits=r[11])
                for r in self.conn.execute(sql, params)]
