from __future__ import annotations

import re
from dataclasses import dataclass

from ..audit import now_iso
from ..hangul import initials, is_initials_query
from ..records import Case, Client, Consent
from ..validation import check_choice, check_date, check_int, check_text, invalid
from ..vocabulary import CONSENT_KINDS, JOB_GROUPS, SEXES
from .base import Repository

COLUMNS = ("id, code, name, sex, birth_year, job_group, department, phone, email, site_id, status,"
           " first_seen_on, created_at")
CODE_RE = re.compile(r"[A-Za-z0-9-]{3,20}")


def _client(r) -> Client:
    return Client(id=r[0], code=r[1], name=r[2], sex=r[3], birth_year=r[4], job_group=r[5], department=r[6],
                  phone=r[7], email=r[8], site_id=r[9], status=r[10], first_seen_on=r[11], created_at=r[12])


def _phone_tail(phone: str | None) -> str | None:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-4:] if len(digits) >= 4 else None


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _after_prefix(text: str) -> str | None:
    """The smallest string greater than every string that starts with ``text`` (BINARY order,
    which for UTF-8 is code-point order): ``prefix <= s < _after_prefix(prefix)``. None when the
    last character cannot be incremented."""
    last = ord(text[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # surrogates cannot be stored; the next real character follows them
        last = 0xE000
    if last > 0x10FFFF:
        return None
    return text[:-1] + chr(last)


CODE_CHARS = re.compile(r"[A-Za-z0-9-]+")
ASCII_LETTER = re.compile(r"[A-Za-z]")


@dataclass
class ChartSummary:
    """What a client chart's header shows besides the client record (one call, no audit row:
    the chart is opened through ``get``, which writes it)."""

    client_id: int
    open_case: Case | None
    counselor_name: str | None       # of the open case
    risk_class: str | None           # overall class of the latest classified screening day
    risk_class_on: str | None        # that day
    open_followups: int              # open safety follow-ups


class ClientRepository(Repository):
    def _validate(self, client: Client) -> None:
        if not isinstance(client.code, str) or not CODE_RE.fullmatch(client.code):
            raise invalid("code", "내담자 번호는 영문·숫자·- 3~20자입니다", "the client code is 3-20 letters, digits or -")
        client.name = check_text("name", client.name, max_len=40)
        check_choice("sex", client.sex, tuple(SEXES))
        client.birth_year = check_int("birth_year", client.birth_year, lo=1920, hi=2015)
        check_choice("job_group", client.job_group, tuple(JOB_GROUPS))
        client.department = check_text("department", client.department, required=False, max_len=60)
        client.phone = check_text("phone", client.phone, required=False, max_len=20)
        client.email = check_text("email", client.email, required=False, max_len=80)
        check_choice("status", client.status, ("active", "inactive"))

    def next_code(self, year: int) -> str:
        """Pseudonymous codes by year of intake: 2026-0001, 2026-0002, ..."""
        prefix = f"{year}-"
        row = self.conn.execute("SELECT max(code) FROM clients WHERE code LIKE ?", (prefix + "%",)).fetchone()
        last = int(row[0].split("-")[1]) if row[0] and row[0].split("-")[1].isdigit() else 0
        return f"{prefix}{last + 1:04d}"

    def add(self, client: Client, consents: list[Consent] | None = None) -> Client:
        self.allow("client.write")
        self._validate(client)
        if self.conn.execute("SELECT 1 FROM clients WHERE code = ?", (client.code,)).fetchone():
            raise invalid("code", f"이미 쓰인 내담자 번호입니다 ({client.code})", f"the client code is taken ({client.code})")
        with self.vault.transaction():
            client.created_at = now_iso()
            cur = self.conn.execute(
                "INSERT INTO clients (code, name, name_initials, sex, birth_year, job_group, department, phone,"
                " phone_tail, email, site_id, status, first_seen_on, created_at, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (client.code, client.name, initials(client.name), client.sex, client.birth_year, client.job_group,
                 client.department, client.phone, _phone_tail(client.phone), client.email, client.site_id,
                 client.status, client.first_seen_on, client.created_at, self.actor.id),
            )
            client.id = cur.lastrowid
            for consent in consents or []:
                self._insert_consent(client.id, consent)
            self.audit("create", "client", client.id, client_id=client.id,
                       detail={"consents": [c.kind for c in consents or [] if c.given]})
        return client

    def update(self, client: Client) -> None:
        self.allow("client.write")
        self._validate(client)
        with self.vault.transaction():
            self.conn.execute(
                "UPDATE clients SET name = ?, name_initials = ?, sex = ?, birth_year = ?, job_group = ?, department = ?,"
                " phone = ?, phone_tail = ?, email = ?, site_id = ?, status = ? WHERE id = ?",
                (client.name, initials(client.name), client.sex, client.birth_year, client.job_group, client.department,
                 client.phone, _phone_tail(client.phone), client.email, client.site_id, client.status, client.id),
            )
            self.audit("update", "client", client.id, client_id=client.id)

    def get(self, client_id: int, *, purpose: str = "view") -> Client:
        """Open one client's record; the view is written to the audit log."""
        self.allow("client.read", client_id)
        client = _client(self.one(f"SELECT {COLUMNS} FROM clients WHERE id = ?", (client_id,), f"client #{client_id}"))
        with self.vault.transaction():
            self.audit(purpose, "client", client_id, client_id=client_id)
        return client

    def id_for_code(self, code: str) -> int:
        self.allow("client.read")
        return self.one("SELECT id FROM clients WHERE code = ?", (code,), f"client {code}")[0]

    def search(self, query: str = "", *, limit: int = 100, offset: int = 0) -> list[Client]:
        """Name prefix, initial consonants (ㅎㄱㄷ), client code, or the phone's last 4 digits."""
        return self.page(query, limit=limit, offset=offset)

    def count(self, query: str = "") -> int:
        return self.page_count(query)

    def _page_clause(self, query: str) -> tuple[str, tuple]:
        """Name prefix, or code containing the query, or initials prefix, or phone tail, written
        so the indexes answer them: ``name LIKE 'q%' OR code LIKE '%q%'`` made SQLite scan every
        client (100-200 ms at 100,000 clients, too slow to type into). Here: a name prefix
        without ASCII letters (LIKE folds only ASCII case) is a range on the name index; a
        code can only match when the query is made of the code's characters (CODE_RE, checked
        at ``add``); initial consonants are a range on the initials index; alternatives are
        index lookups joined by OR."""
        query = (query or "").strip()
        if not query:
            return "", ()
        if is_initials_query(query):
            key = query.replace(" ", "")
            upper = _after_prefix(key)
            if upper is None:
                return " WHERE name_initials LIKE ? ESCAPE '\\'", (_like(key) + "%",)
            return " WHERE name_initials >= ? AND name_initials < ?", (key, upper)
        code_like = "%" + _like(query) + "%"
        if query.isdigit() and len(query) == 4:
            return (" WHERE id IN (SELECT id FROM clients WHERE phone_tail = ?)"
                    " OR id IN (SELECT id FROM clients WHERE code LIKE ? ESCAPE '\\')", (query, code_like))
        upper = _after_prefix(query)
        if ASCII_LETTER.search(query) or upper is None:
            name_sql, name_params = "name LIKE ? ESCAPE '\\'", (_like(query) + "%",)
        else:
            name_sql, name_params = "name >= ? AND name < ?", (query, upper)
        if not CODE_CHARS.fullmatch(query):
            return f" WHERE {name_sql}", name_params
        # Two IN-subqueries joined by OR (not a UNION): SQLite answers each with its own index,
        # the code part by scanning the narrow code index instead of every client row.
        return (f" WHERE id IN (SELECT id FROM clients WHERE {name_sql})"
                f" OR id IN (SELECT id FROM clients WHERE code LIKE ? ESCAPE '\\')", name_params + (code_like,))

    def page(self, query: str = "", *, limit: int = 100, offset: int = 0) -> list[Client]:
        """One page of the client list, fast on 100,000 clients (the desktop list fetches pages
        as it scrolls). By name; initial-consonant searches by initials then name, the order
        of their index, so a one-consonant search that matches a fifth of the clients needs no
        sort (city size: ~60 ms -> ~2 ms)."""
        self.allow("client.read")
        where, params = self._page_clause(query)
        order = "name_initials, name, id" if is_initials_query((query or "").strip()) else "name, id"
        rows = self.conn.execute(
            f"SELECT {COLUMNS} FROM clients{where} ORDER BY {order} LIMIT ? OFFSET ?", params + (limit, offset)
        ).fetchall()
        return [_client(r) for r in rows]

    def page_count(self, query: str = "") -> int:
        """``count`` answered like ``page``."""
        self.allow("client.read")
        where, params = self._page_clause(query)
        return self.conn.execute(f"SELECT count(*) FROM clients{where}", params).fetchone()[0]

    def chart_summary(self, client_id: int) -> ChartSummary:
        """The chart header in one call: open case (with its counselor's name and presenting
        problems), the latest overall screening class, and open safety follow-ups."""
        self.allow("client.read", client_id)
        from .cases import CaseRepository  # a sibling repository; its own permission check applies
        case = CaseRepository(self.vault).open_case(client_id)
        counselor = None
        if case is not None:
            row = self.conn.execute("SELECT display_name FROM staff WHERE id = ?", (case.counselor_id,)).fetchone()
            counselor = row[0] if row else None
        risk = day = None
        if self.may("screening.read", client_id):
            row = self.conn.execute(
                "SELECT overall_class, taken_on FROM screenings WHERE client_id = ? AND overall_class IS NOT NULL"
                " ORDER BY taken_on DESC, id DESC LIMIT 1", (client_id,)).fetchone()
            if row:
                risk, day = row
        followups = self.conn.execute(
            "SELECT count(*) FROM safety_followups WHERE client_id = ? AND status = 'open'", (client_id,)).fetchone()[0]
        return ChartSummary(client_id=client_id, open_case=case, counselor_name=counselor, risk_class=risk,
                            risk_class_on=day, open_followups=followups)

    def by_ids(self, ids: list[int]) -> list[Client]:
        """Names for lists (today's appointments, follow-ups); not an audited chart view."""
        self.allow("client.read")
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [_client(r) for r in self.conn.execute(f"SELECT {COLUMNS} FROM clients WHERE id IN ({marks})", ids)]

    def possible_duplicates(self, name: str, birth_year: int) -> list[Client]:
        """Same name and birth year: asked about at intake, never merged silently."""
        self.allow("client.read")
        rows = self.conn.execute(f"SELECT {COLUMNS} FROM clients WHERE name = ? AND birth_year = ?",
                                 ((name or "").strip(), birth_year)).fetchall()
        return [_client(r) for r in rows]

    # --- consent -----------------------------------------------------------------------------
    def _insert_consent(self, client_id: int, consent: Consent) -> None:
        check_choice("consent.kind", consent.kind, tuple(CONSENT_KINDS))
        consent.given_on = check_date("consent.given_on", consent.given_on)
        consent.version = check_text("consent.version", consent.version, max_len=20)
        consent.scope = check_text("consent.scope", consent.scope, max_len=200)
        cur = self.conn.execute(
            "INSERT INTO consents (client_id, kind, version, scope, given, given_on, withdrawn_on, recorded_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, consent.kind, consent.version, consent.scope, int(consent.given), consent.given_on,
             consent.withdrawn_on, self.actor.id),
        )
        consent.id, consent.client_id = cur.lastrowid, client_id

    def add_consent(self, client_id: int, consent: Consent) -> Consent:
        self.allow("client.write", client_id)
        with self.vault.transaction():
            self._insert_consent(client_id, consent)
            self.audit("consent", "client", client_id, client_id=client_id,
                       detail={"kind": consent.kind, "given": consent.given})
        return consent

    def withdraw_consent(self, consent_id: int, on: str) -> None:
        self.allow("client.write")
        client_id = self.one("SELECT client_id FROM consents WHERE id = ?", (consent_id,), "consent")[0]
        with self.vault.transaction():
            self.conn.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?", (check_date("withdrawn_on", on), consent_id))
            self.audit("consent_withdrawn", "client", client_id, client_id=client_id)

    def consents(self, client_id: int) -> list[Consent]:
        self.allow("client.read", client_id)
        rows = self.conn.execute(
            "SELECT id, client_id, kind, version, scope, given, given_on, withdrawn_on FROM consents"
            " WHERE client_id = ? ORDER BY id", (client_id,)).fetchall()
        return [Consent(id=r[0], client_id=r[1], kind=r[2], version=r[3], scope=r[4], given=bool(r[5]),
                        given_on=r[6], withdrawn_on=r[7]) for r in rows]

    def mark_seen(self, client_id: int, on: str) -> None:
        """Keep ``first_seen_on`` = the date of the earliest service (new vs. continuing)."""
        self.conn.execute(
            "UPDATE clients SET first_seen_on = ? WHERE id = ? AND (first_seen_on IS NULL OR first_seen_on > ?)",
            (on, client_id, on))
