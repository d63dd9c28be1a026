"""Retention and destruction (개인정보 보호법 제21조): which clients' records are past their
retention period, the lead's approval of a list, destruction of exactly that list, and the
backups that still hold destroyed records.

The unit destroyed is a client's whole file. Each record kind keeps the file for its own period
(storage/retention_periods.py) from the record's date; the file is due when the last of those
periods has run out, and never while a case or a safety follow-up is open. So "10 years after the
case closes" holds, and a later screening or appointment within its own period keeps the file.

Never due: a client with an open case, an open safety follow-up, or waiting on the waitlist.
Waitlist entries count as appointment-kind records (a request for one). Anonymous waitlist
enquiries (no client record: a name or alias, a phone, a memo) are listed too once the
contact-data period has run from their last date, and are deleted with the list.

"Today" is taken here (``clock``), never from the caller: a date passed in could move past
every period at once. Tests replace ``clock``.

Destruction deletes through the foreign keys (every table naming a client cascades), with
secure_delete on (freed bytes are zeroed), then VACUUM (no free pages remain) and a
wal_checkpoint(TRUNCATE) (no old frame keeps a copy): storage/wipe.py, with a marker committed
with the delete so a crash before the wipe is finished at the next unlock. Its trace in the audit
log holds counts per kind, the periods in force, the date and who approved: never a name or a code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .. import wipe as wiping
from ..audit import now_iso
from ..connection import DatabaseError, is_disk_full
from ..errors import DiskFull, NotFound
from ..retention_periods import DEFAULTS, RECORD_KINDS, SETTING
from ..validation import invalid
from .base import Repository

CHUNK = 500            # ids per IN (...) list, well under SQLite's variable limit
CHECKPOINT_WAIT_MS = 2000


def clock() -> date:
    """Today, for every retention decision. Module-level so tests can replace it; callers of
    ``approve``/``destroy`` cannot pass a day of their own."""
    return date.today()


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:   # 29 February in a year without one
        return d.replace(year=d.year + years, day=28)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        yield part, ",".join("?" * len(part))


@dataclass
class PastRetention:
    """One client whose every retention period has run out by ``today``, or (``waitlist_id``
    set, ``client_id`` None) an anonymous waitlist enquiry past the contact-data period."""

    client_id: int | None
    code: str           # shown masked on screen; never written to the audit log ('' for an enquiry)
    rule: str           # the record kind whose period ends last
    last_on: date       # that kind's latest date for the client
    due_on: date        # last_on + that kind's years
    years: int
    waitlist_id: int | None = None

    @property
    def enquiry(self) -> bool:
        return self.waitlist_id is not None


@dataclass
class Review:
    id: int
    listed_for: str
    approved_at: str
    approved_by: str    # login
    status: str         # approved | destroyed | cancelled
    destroyed_at: str | None
    destroyed_by: str | None
    counts: dict
    items: int


@dataclass
class DestructionResult:
    review_id: int
    counts: dict                 # records destroyed per kind
    kept: int                    # approved clients kept: new activity since the approval
    wal_cleared: bool            # False: a reader held an old snapshot; see finish_wipe()


@dataclass
class BackupFlag:
    name: str
    made_at: datetime            # when the copy was made (local time, aware)
    source: str                  # 'audit' (a backup this database made) | 'file' (found on disk)
    reasons: list[str] = field(default_factory=list)   # before_destruction | older_than_retention
    path: Path | None = None


# Counted (and thereby shown in the trace) before the delete; the delete itself is one statement
# on clients, the rest follows through ON DELETE CASCADE.
COUNTS = {
    "clients": "SELECT count(*) FROM clients WHERE id IN ({q})",
    "consents": "SELECT count(*) FROM consents WHERE client_id IN ({q})",
    "cases": "SELECT count(*) FROM cases WHERE client_id IN ({q})",
    "sessions": "SELECT count(*) FROM counseling_sessions WHERE client_id IN ({q})",
    "addenda": "SELECT count(*) FROM note_addenda WHERE session_id IN"
               " (SELECT id FROM counseling_sessions WHERE client_id IN ({q}))",
    "screenings": "SELECT count(*) FROM screenings WHERE client_id IN ({q})",
    "followups": "SELECT count(*) FROM safety_followups WHERE client_id IN ({q})",
    "referrals": "SELECT count(*) FROM referrals WHERE client_id IN ({q})",
    "appointments": "SELECT count(*) FROM appointments WHERE client_id IN ({q})",
    "attendance": "SELECT count(*) FROM program_attendance WHERE client_id IN ({q})",
    "registrations": "SELECT count(*) FROM program_registrations WHERE client_id IN ({q})",
    "waitlist": "SELECT count(*) FROM waitlist WHERE client_id IN ({q})",
}


@dataclass
class Mention:
    """A record of another client whose text names someone on the list: kind, whose, when."""

    kind: str           # note | addendum | supervision | referral | appointment | waitlist
    client_id: int
    code: str           # shown masked
    day: str


# Free text of other clients' records, searched for a listed client's full name (``mentions``).
_OTHERS = "c.id NOT IN ({q}) AND instr({col}, ?) > 0"
MENTION_SQL = {
    "note": "SELECT s.client_id, c.code, s.session_date FROM counseling_sessions s JOIN clients c ON c.id = s.client_id"
            " WHERE " + _OTHERS.replace("{col}", "s.note"),
    "addendum": "SELECT s.client_id, c.code, substr(a.written_at, 1, 10) FROM note_addenda a"
                " JOIN counseling_sessions s ON s.id = a.session_id JOIN clients c ON c.id = s.client_id"
                " WHERE " + _OTHERS.replace("{col}", "a.text"),
    "supervision": "SELECT s.client_id, c.code, substr(m.written_at, 1, 10) FROM signoff_comments m"
                   " JOIN counseling_sessions s ON s.id = m.session_id JOIN clients c ON c.id = s.client_id"
                   " WHERE " + _OTHERS.replace("{col}", "m.text"),
    "referral": "SELECT r.client_id, c.code, r.referred_on FROM referrals r JOIN clients c ON c.id = r.client_id"
                " WHERE " + _OTHERS.replace("{col}", "coalesce(r.reason, '') || ' ' || coalesce(r.outcome_note, '')"),
    "appointment": "SELECT a.client_id, c.code, substr(a.starts_at, 1, 10) FROM appointments a"
                   " JOIN clients c ON c.id = a.client_id WHERE " + _OTHERS.replace("{col}", "a.memo"),
    "waitlist": "SELECT w.client_id, c.code, substr(w.added_at, 1, 10) FROM waitlist w"
                " JOIN clients c ON c.id = w.client_id WHERE " + _OTHERS.replace("{col}", "w.memo"),
}


class RetentionRepository(Repository):
    # --- periods -----------------------------------------------------------------------------
    def periods(self) -> dict:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
        stored = json.loads(row[0]) if row else {}
        return {**DEFAULTS, **stored}

    # --- what is past retention ----------------------------------------------------------------
    def _latest(self) -> tuple[dict[int, dict[str, date]], set[int]]:
        """Per client, the latest date of each record kind; and the clients that are never due
        (an open case or an open safety follow-up)."""
        latest: dict[int, dict[str, date]] = {}

        def take(kind: str, sql: str) -> None:
            for client_id, day in self.conn.execute(sql):
                d = _day(day)
                if d is None:
                    continue
                slot = latest.setdefault(client_id, {})
                if kind not in slot or d > slot[kind]:
                    slot[kind] = d

        q = "SELECT client_id, max({col}) FROM {table} GROUP BY client_id"
        take("contact", "SELECT id, max(substr(created_at, 1, 10), coalesce(first_seen_on, '')) FROM clients")
        take("counseling", "SELECT client_id, max(closed_on) FROM cases WHERE status = 'closed' GROUP BY client_id")
        take("counseling", q.format(col="session_date", table="counseling_sessions"))
        take("counseling", "SELECT p.client_id, max(s.session_date) FROM session_participants p"
                           " JOIN counseling_sessions s ON s.id = p.session_id WHERE p.client_id IS NOT NULL"
                           " GROUP BY p.client_id")
        take("counseling", q.format(col="referred_on", table="referrals"))
        take("counseling", q.format(col="substr(coalesce(closed_at, raised_at), 1, 10)", table="safety_followups"))
        take("screening", q.format(col="taken_on", table="screenings"))
        take("program", "SELECT a.client_id, max(substr(s.starts_at, 1, 10)) FROM program_attendance a"
                        " JOIN program_sessions s ON s.id = a.program_session_id GROUP BY a.client_id")
        take("program", "SELECT r.client_id, max(coalesce(p.ends_on, p.starts_on)) FROM program_registrations r"
                        " JOIN programs p ON p.id = r.program_id GROUP BY r.client_id")
        take("appointment", "SELECT client_id, max(substr(starts_at, 1, 10)) FROM appointments"
                            " WHERE client_id IS NOT NULL GROUP BY client_id")
        # A waitlist entry is a request for an appointment: its dates count as appointment records.
        take("appointment", "SELECT client_id, max(substr(coalesce(resolved_at, added_at), 1, 10)) FROM waitlist"
                            " WHERE client_id IS NOT NULL GROUP BY client_id")
        never = {r[0] for r in self.conn.execute(
            "SELECT client_id FROM cases WHERE status = 'open'"
            " UNION SELECT client_id FROM safety_followups WHERE status = 'open'"
            " UNION SELECT client_id FROM waitlist WHERE status = 'waiting' AND client_id IS NOT NULL")}
        return latest, never

    @staticmethod
    def _due(kinds: dict[str, date], periods: dict) -> tuple[str, date, date]:
        """(rule, last_on, due_on) of the period that ends last."""
        if len(kinds) > 1:   # contact data alone counts only for a person with no service at all
            kinds = {k: v for k, v in kinds.items() if k != "contact"}
        best = None
        for kind in RECORD_KINDS:
            if kind in kinds:
                due = add_years(kinds[kind], periods[kind])
                if best is None or due > best[2]:
                    best = (kind, kinds[kind], due)
        return best

    def today(self) -> date:
        """The day the list is computed for (shown on screen)."""
        return clock()

    def past_retention(self, today: date | None = None) -> list[PastRetention]:
        """Clients whose every period ended before today, longest overdue first, then the
        anonymous enquiries past the contact-data period. ``today`` may only be earlier than the
        real today (a list for a past day is shorter, never longer)."""
        self.allow("retention.manage")
        today = self._day(today)
        periods = self.periods()
        latest, never = self._latest()
        codes = dict(self.conn.execute("SELECT id, code FROM clients"))
        found = []
        for client_id, kinds in latest.items():
            if client_id in never or client_id not in codes:
                continue
            rule, last_on, due_on = self._due(kinds, periods)
            if due_on < today:
                found.append(PastRetention(client_id, codes[client_id], rule, last_on, due_on, periods[rule]))
        found.sort(key=lambda p: (p.due_on, p.client_id))
        return found + self._past_enquiries(today, periods["contact"])

    def _past_enquiries(self, today: date, years: int) -> list[PastRetention]:
        """Anonymous enquiries still holding a contact or a memo, whose last date (added, or
        resolved) is more than the contact-data period ago: waiting ones too (nobody called
        back in three years)."""
        found = []
        for wid, last in self.conn.execute(
                "SELECT id, substr(coalesce(resolved_at, added_at), 1, 10) FROM waitlist WHERE client_id IS NULL"
                " AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL OR memo IS NOT NULL) ORDER BY id"):
            last_on = date.fromisoformat(last)
            due_on = add_years(last_on, years)
            if due_on < today:
                found.append(PastRetention(None, "", "contact", last_on, due_on, years, waitlist_id=wid))
        found.sort(key=lambda p: (p.due_on, p.waitlist_id))
        return found

    @staticmethod
    def _day(today: date | None) -> date:
        real = clock()
        if today is None:
            return real
        if today > real:
            raise invalid("retention", "오늘 이후의 날짜로는 보존기간을 계산할 수 없습니다",
                          "retention cannot be computed for a day after today")
        return today

    # --- what others wrote about them -----------------------------------------------------------
    def mentions(self, client_ids: list[int]) -> list[Mention]:
        """Records of OTHER clients whose free text contains the full name of one of these
        clients: destruction leaves them (docs/retention.md, "Not covered"), so the lead sees
        where before destroying. Only where and when is returned, never the text or the name;
        the names stay parameters of the query, in memory (temp_store=MEMORY), in no log."""
        self.allow("retention.manage")
        ids = sorted(set(client_ids))
        if not ids:
            return []
        names = {r[0] for part, q in _chunks(ids)
                 for r in self.conn.execute(f"SELECT name FROM clients WHERE id IN ({q})", part)
                 if r[0] and len(r[0].strip()) >= 2}
        found: dict[tuple, Mention] = {}
        for name in sorted(names):
            for kind, sql in MENTION_SQL.items():
                for part, q in _chunks(ids):
                    for client_id, code, day in self.conn.execute(sql.format(q=q), [*part, name]):
                        found.setdefault((kind, client_id, day), Mention(kind, client_id, code, day))
        return sorted(found.values(), key=lambda m: (m.day, m.kind, m.client_id))

    # --- approval ------------------------------------------------------------------------------
    def approve(self, client_ids: list[int], enquiry_ids: list[int] = ()) -> Review:
        """The lead approves the list as shown: a snapshot of these client ids (and anonymous
        waitlist enquiries). Each must be past retention today; anything else is refused whole."""
        self.allow("retention.manage")
        today = clock()
        wanted = sorted(set(client_ids))
        enquiries = sorted(set(enquiry_ids))
        if not wanted and not enquiries:
            raise invalid("retention", "승인할 항목이 없습니다", "there is nothing to approve")
        listed = self.past_retention(today)
        due = {p.client_id: p for p in listed if not p.enquiry}
        due_enquiries = {p.waitlist_id: p for p in listed if p.enquiry}
        if any(cid not in due for cid in wanted) or any(wid not in due_enquiries for wid in enquiries):
            raise invalid("retention", "보존기간이 지나지 않은 내담자가 목록에 있습니다. 목록을 새로 고치세요",
                          "the list holds a client whose retention has not ended; refresh the list")
        with self.vault.transaction():
            at = now_iso()
            cur = self.conn.execute(
                "INSERT INTO retention_reviews (listed_for, approved_at, approved_by, status)"
                " VALUES (?, ?, ?, 'approved')", (today.isoformat(), at, self.actor.id))
            review_id = cur.lastrowid
            self.conn.executemany(
                "INSERT INTO retention_review_items (review_id, client_id, rule, last_on, due_on, years)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(review_id, cid, due[cid].rule, due[cid].last_on.isoformat(), due[cid].due_on.isoformat(),
                  due[cid].years) for cid in wanted])
            self.conn.executemany(
                "INSERT INTO retention_review_enquiries (review_id, waitlist_id, last_on, due_on, years)"
                " VALUES (?, ?, ?, ?, ?)",
                [(review_id, wid, due_enquiries[wid].last_on.isoformat(), due_enquiries[wid].due_on.isoformat(),
                  due_enquiries[wid].years) for wid in enquiries])
            self.audit("approve", "retention_review", review_id,
                       detail={"clients": len(wanted), "enquiries": len(enquiries), "listed_for": today.isoformat(),
                               "periods": self._periods_in_force()})
        return self.review(review_id)

    def cancel(self, review_id: int) -> None:
        self.allow("retention.manage")
        review = self.review(review_id)
        if review.status != "approved":
            raise invalid("retention", "승인 상태의 목록만 취소할 수 있습니다", "only an approved list can be cancelled")
        with self.vault.transaction():
            self.conn.execute("UPDATE retention_reviews SET status = 'cancelled' WHERE id = ?", (review_id,))
            self.audit("cancel", "retention_review", review_id)

    def review(self, review_id: int) -> Review:
        rows = self._reviews("WHERE r.id = ?", (review_id,))
        if not rows:
            raise NotFound(what=f"retention review #{review_id}")
        return rows[0]

    def reviews(self) -> list[Review]:
        """Every approved list, newest first: the history of destructions."""
        self.allow("retention.manage")
        return self._reviews("", ())

    def _reviews(self, where: str, params: tuple) -> list[Review]:
        sql = ("SELECT r.id, r.listed_for, r.approved_at, a.login, r.status, r.destroyed_at, d.login, r.counts,"
               " (SELECT count(*) FROM retention_review_items i WHERE i.review_id = r.id)"
               " + (SELECT count(*) FROM retention_review_enquiries e WHERE e.review_id = r.id)"
               " FROM retention_reviews r JOIN staff a ON a.id = r.approved_by LEFT JOIN staff d ON d.id = r.destroyed_by "
               f"{where} ORDER BY r.id DESC")
        return [Review(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8])
                for r in self.conn.execute(sql, params)]

    def approved_ids(self, review_id: int) -> list[int]:
        self.allow("retention.manage")
        return [r[0] for r in self.conn.execute(
            "SELECT client_id FROM retention_review_items WHERE review_id = ? ORDER BY client_id", (review_id,))]

    def approved_enquiries(self, review_id: int) -> list[int]:
        self.allow("retention.manage")
        return [r[0] for r in self.conn.execute(
            "SELECT waitlist_id FROM retention_review_enquiries WHERE review_id = ? ORDER BY waitlist_id", (review_id,))]

    def _periods_in_force(self) -> dict:
        """The periods (years per kind) that decide the list: kept in the trail with it."""
        periods = self.periods()
        return {kind: periods[kind] for kind in RECORD_KINDS}

    # --- destruction ---------------------------------------------------------------------------
    def destroy(self, review_id: int, *, wipe: bool = True) -> DestructionResult:
        """Destroy exactly the clients of an approved list. A client with new activity since the
        approval (no longer past retention) is kept and counted as kept. ``wipe=False`` leaves
        ``wipe_free_space()`` to the caller (the desktop runs it in a worker thread); until it
        has run, the deleted rows' old pages may still be in the WAL."""
        self.allow("retention.manage")
        review = self.review(review_id)
        if review.status != "approved":
            raise invalid("retention", "이미 파기했거나 취소한 목록입니다", "this list was already destroyed or cancelled")
        self.conn.execute("PRAGMA secure_delete = ON")
        if self.conn.execute("PRAGMA secure_delete").fetchone()[0] != 1:
            raise invalid("retention", "안전 삭제(secure_delete)를 켤 수 없어 파기하지 않았습니다",
                          "secure delete could not be turned on, so nothing was destroyed")
        approved = self.approved_ids(review_id)
        approved_enquiries = self.approved_enquiries(review_id)
        listed = self.past_retention(clock())
        still_due = {p.client_id for p in listed if not p.enquiry}
        still_due_enquiries = {p.waitlist_id for p in listed if p.enquiry}
        ids = [cid for cid in approved if cid in still_due]
        kept = [cid for cid in approved if cid not in still_due]
        enquiries = [wid for wid in approved_enquiries if wid in still_due_enquiries]
        kept_enquiries = [wid for wid in approved_enquiries if wid not in still_due_enquiries]
        counts = {kind: 0 for kind in COUNTS}
        with self.vault.transaction():
            for part, q in _chunks(ids):
                for kind, sql in COUNTS.items():
                    counts[kind] += self.conn.execute(sql.format(q=q), part).fetchone()[0]
                self._unlink_others(part, q)
                self._delete_import_rows(part, q)
                self.conn.execute(f"DELETE FROM clients WHERE id IN ({q})", part)
            for part, q in _chunks(enquiries):
                self.conn.execute(f"DELETE FROM waitlist WHERE client_id IS NULL AND id IN ({q})", part)
            counts["enquiries"] = len(enquiries)
            for table, column, done, left in (("retention_review_items", "client_id", ids, kept),
                                              ("retention_review_enquiries", "waitlist_id", enquiries, kept_enquiries)):
                for outcome, group in (("destroyed", done), ("kept", left)):
                    for part, q in _chunks(group):
                        self.conn.execute(f"UPDATE {table} SET outcome = ? WHERE review_id = ?"
                                          f" AND {column} IN ({q})", [outcome, review_id, *part])
            at = now_iso()
            # wipe_pending: committed with the delete, cleared by the wipe (storage/wipe.py); a
            # crash in between is finished at the next unlock.
            self.conn.execute("UPDATE retention_reviews SET status = 'destroyed', destroyed_at = ?, destroyed_by = ?,"
                              " counts = ?, wipe_pending = 1 WHERE id = ?",
                              (at, self.actor.id, json.dumps(counts), review_id))
            self.audit("destroy", "retention_review", review_id,
                       detail={"counts": counts, "kept": len(kept) + len(kept_enquiries),
                               "approved_by": review.approved_by, "approved_on": review.approved_at[:10],
                               "destroyed_on": at[:10], "periods": self._periods_in_force(),
                               "approved_periods": self._approved_periods(review_id)})
        return DestructionResult(review_id, counts, len(kept) + len(kept_enquiries),
                                 self.wipe_free_space() if wipe else False)

    def _approved_periods(self, review_id: int) -> dict:
        """{kind: years} as recorded on the approved list's items (the periods that listed them)."""
        out = {r[0]: r[1] for r in self.conn.execute(
            "SELECT DISTINCT rule, years FROM retention_review_items WHERE review_id = ?", (review_id,))}
        years = self.conn.execute("SELECT max(years) FROM retention_review_enquiries WHERE review_id = ?",
                                  (review_id,)).fetchone()[0]
        if years is not None:
            out.setdefault("contact", years)
        return out

    def wipe_pending(self) -> bool:
        """A destruction's wipe has not finished (it is run again at the next unlock)."""
        return wiping.pending(self.conn)

    def _unlink_others(self, part: list[int], q: str) -> None:
        """Another client's record pointing at one of these clients' cases or appointments (a
        group session, say) loses that link rather than blocking the delete."""
        for table in ("counseling_sessions", "referrals"):
            self.conn.execute(f"UPDATE {table} SET case_id = NULL WHERE client_id NOT IN ({q})"
                              f" AND case_id IN (SELECT id FROM cases WHERE client_id IN ({q}))", part + part)
        self.conn.execute(f"UPDATE counseling_sessions SET appointment_id = NULL WHERE client_id NOT IN ({q})"
                          f" AND appointment_id IN (SELECT id FROM appointments WHERE client_id IN ({q}))", part + part)

    def _delete_import_rows(self, part: list[int], q: str) -> None:
        """An imported client's row key is their client code (storage/importing): remove it, and
        the keys of their imported sessions, screenings and referrals."""
        for entity, sql in (("client", f"{q}"),
                            ("session", f"SELECT id FROM counseling_sessions WHERE client_id IN ({q})"),
                            ("screening", f"SELECT id FROM screenings WHERE client_id IN ({q})"),
                            ("referral", f"SELECT id FROM referrals WHERE client_id IN ({q})")):
            self.conn.execute(f"DELETE FROM import_rows WHERE entity = ? AND entity_id IN ({sql})", [entity, *part])

    def wipe_free_space(self) -> bool:
        """VACUUM (the file is rebuilt without free pages), then empty the WAL so no old frame
        keeps a copy of a deleted page. Runs on a second connection of its own, so it may run in
        a worker thread while the UI keeps the main one. Returns False when a reader still holds
        an old snapshot: the WAL is then emptied by ``finish_wipe()`` later, or when the app
        closes (SQLite checkpoints and deletes the WAL when the last connection closes)."""
        self.allow("retention.manage")
        return self._wipe(vacuum=True)

    def finish_wipe(self) -> bool:
        self.allow("retention.manage")
        return self._wipe(vacuum=False)

    def _wipe(self, *, vacuum: bool) -> bool:
        """VACUUM needs about the file's size again in free space: a full disk is said as such
        (the delete is committed, the marker stays, the wipe runs again at the next unlock)."""
        try:
            with self.vault.maintenance() as conn:
                return wiping.wipe(conn, vacuum=vacuum, wait_ms=CHECKPOINT_WAIT_MS)
        except DatabaseError as exc:
            if is_disk_full(exc):
                raise DiskFull() from None
            raise

    def last_destroyed_at(self) -> datetime | None:
        row = self.conn.execute("SELECT max(destroyed_at) FROM retention_reviews WHERE status = 'destroyed'").fetchone()
        return _moment(row[0]) if row and row[0] else None

    # --- backups -------------------------------------------------------------------------------
    def flagged_backups(self, today: date, folders: list[Path] = ()) -> list[BackupFlag]:
        """Backups that still hold destroyed records (made before the last destruction) or are
        older than the longest retention period. Known from the audit log (every backup this
        database made, wherever it went) and from files found: ``<db>.pre-vN.bak`` copies the
        migrations left beside the database, and .mdbak archives in ``folders``. Backups marked
        destroyed (``mark_backup_destroyed``) are left out."""
        self.allow("retention.manage")
        from ..backup import SUFFIX, read_manifest   # backup imports the vault; keep this module light
        last = self.last_destroyed_at()
        oldest_kept = add_years(today, -max(self.periods()[k] for k in RECORD_KINDS))
        destroyed = {r[0] for r in self.conn.execute(
            "SELECT entity_id FROM audit_log WHERE action = 'destroy' AND entity = 'backup'")}
        found: dict[str, BackupFlag] = {}
        # Order in the audit log tells before from after exactly; times only to the second.
        last_row = self.conn.execute("SELECT max(id) FROM audit_log WHERE action = 'destroy'"
                                     " AND entity = 'retention_review'").fetchone()[0]
        rows: dict[str, int] = {}
        for row_id, at, detail in self.conn.execute("SELECT id, at, detail FROM audit_log WHERE action = 'backup'"):
            name = json.loads(detail).get("file")
            if name:
                found[name] = BackupFlag(name, _moment(at), "audit")
                rows[name] = row_id
        db = self.vault.path
        files = list(db.parent.glob(db.name + ".pre-v*.bak"))
        for folder in folders:
            files += list(Path(folder).glob("*" + SUFFIX))
        for path in files:
            # whole seconds, as the audit log keeps time: the same second as a destruction counts as before
            made = datetime.fromtimestamp(int(path.stat().st_mtime)).astimezone()
            if path.suffix == SUFFIX:
                try:
                    made = _moment(read_manifest(path)["created_at"])
                except Exception:   # a damaged archive is still listed, by its file time
                    pass
            found[path.name] = BackupFlag(path.name, made, "file", path=path)
        flagged = []
        for flag in found.values():
            if flag.name in destroyed:
                continue
            before = (rows[flag.name] < last_row) if flag.name in rows and last_row else (last and flag.made_at <= last)
            if before:
                flag.reasons.append("before_destruction")
            if flag.made_at.date() < oldest_kept:
                flag.reasons.append("older_than_retention")
            if flag.reasons:
                flagged.append(flag)
        return sorted(flagged, key=lambda f: (f.made_at, f.name))

    def mark_backup_destroyed(self, name: str) -> None:
        """The lead records that a flagged backup (file name) was destroyed outside the app."""
        self.allow("retention.manage")
        if not isinstance(name, str) or not name.strip() or "/" in name or "\\" in name:
            raise invalid("backup", "백업 파일 이름이 올바르지 않습니다", "not a backup file name")
        with self.vault.transaction():
            self.audit("destroy", "backup", name)
