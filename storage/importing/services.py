"""Service rows: counseling sessions, screenings, program attendance and referrals, written
like the repositories write them, in batches.

- Counseling (individual / group / family): one counseling_sessions row per file row. Group
  rows of the same day, counselor, site, start time and ``group`` label share one group_key
  (one row per member, as SessionRepository stores a group). Notes are not imported: the row
  is stored with an empty note, locked (``signed``, by the account that imported it) so old
  sessions never show up as unsigned drafts.
- Screenings: scored by the forms engine from item answers or a total (never trusted from the
  file), stored like ScreeningRepository.record: total, band, class, safety-flag count; the
  day's overall class (forms.classify_overall under the center's policy, over the latest result
  per instrument of that client and day, existing screenings included); a safety follow-up per
  safety flag, assigned like FollowUpRepository.raise_for. Follow-ups of screenings older than
  ``Options.followup_open_days`` are stored closed ("historical screening; closed on import").
- Programs: a program is found by name and site (an existing one is reused), a session by its
  program and start; named attendance (client code) or an anonymous head-count (no client
  code, ``headcount``).
- Referrals: destination kind required; reason and outcome optional.
Every service keeps clients.first_seen_on = the earliest service date.
"""
from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta

import forms

from ..vocabulary import METHODS, PROGRAM_CATEGORIES, REFERRAL_KINDS, REFERRAL_OUTCOMES
from .engine import Context, Row
from .reader import cell_text
from .values import Bad, Choices, fold, parse_date, parse_int, parse_krw, parse_minutes, parse_number, parse_time

SERVICE_VOCAB = {
    "individual": ("개인상담", "Individual counseling"),
    "group": ("집단상담", "Group counseling"),
    "family": ("가족상담", "Family counseling"),
    "screening": ("심리검진", "Screening"),
    "program": ("프로그램", "Program"),
    "referral": ("연계", "Referral"),
}
SERVICE = Choices(SERVICE_VOCAB, {
    "개인": "individual", "개별상담": "individual", "집단": "group", "그룹상담": "group", "가족": "family",
    "부부상담": "family", "검진": "screening", "심리검사": "screening", "검사": "screening", "심리평가": "screening",
    "심리안정프로그램": "program", "프로그램참여": "program", "교육": "program", "지정클리닉연계": "referral",
    "클리닉연계": "referral", "의뢰": "referral", "외부연계": "referral"}, reason="unknown_service")
COUNSELING = ("individual", "group", "family")
METHOD = Choices({**METHODS, "paper": ("지필", "Paper")}, {
    "대면": "in_person", "내방": "in_person", "방문상담": "visit", "출장": "visit", "화상상담": "video", "비대면화상": "video",
    "전화상담": "phone", "사이버": "online", "사이버상담": "online", "인터넷": "online", "웹": "online",
    "face to face": "in_person", "face-to-face": "in_person", "offline": "in_person"}, reason="unknown_method")
CHANNEL_OF_METHOD = {"in_person": "in_person", "visit": "in_person", "phone": "phone", "video": "online",
                     "online": "online", "paper": "paper"}
CATEGORY = Choices(PROGRAM_CATEGORIES, {"스트레스": "stress_relief", "스트레스관리": "stress_relief",
                                        "회복력": "resilience", "관계": "relationships", "찾아가는프로그램": "outreach",
                                        "찾아가는상담": "outreach", "아웃리치": "outreach"}, reason="unknown_category")
REFERRAL = Choices(REFERRAL_KINDS, {"클리닉": "designated_clinic", "지정병원": "designated_clinic",
                                    "정신과": "psychiatrist", "정신건강의학과": "psychiatrist", "외부": "external",
                                    "외부기관": "external", "기타": "external"}, reason="unknown_referral_kind")
OUTCOME = Choices(REFERRAL_OUTCOMES, {"진행": "pending", "대기": "pending", "치료중": "attended", "완료": "completed",
                                      "거부": "declined", "미확인": "unknown"}, reason="unknown_outcome")

SMALL_INTS = {str(n): n for n in range(0, 11)}
MAX_COST_SUPPORT = 1_000_000        # as storage/repos/referrals.py
DEFAULT_PROGRAM_TIME = "09:00"
DEFAULT_PROGRAM_MINUTES = 60
IMPORTED_REASON = "(이전 프로그램에서 가져온 기록)"
CLOSED_ON_IMPORT = ("과거 검진 기록을 가져오면서 종결함(당시 조치는 이전 기록 참조) / "
                    "historical screening: closed on import (see the old records for what was done)")


def _form_word(text: str) -> str:
    return fold(text).replace("(", "").replace(")", "")


class _Program:
    __slots__ = ("id", "new", "first", "last", "sessions", "next_no")

    def __init__(self, program_id: int, new: bool, sessions: dict, next_no: int, day: str | None) -> None:
        self.id, self.new, self.sessions, self.next_no = program_id, new, sessions, next_no
        self.first = self.last = day


class ServiceRows:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        conn = ctx.conn
        self.clients = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT code, id, sex FROM clients")}
        self.logins: dict[str, int] = {}
        self.names: dict[str, list[int]] = {}
        for sid, login, name in conn.execute("SELECT id, login, display_name FROM staff ORDER BY id"):
            self.logins[fold(login)] = sid
            self.names.setdefault(fold(name), []).append(sid)
        self.registry = ctx.options.registry or forms.builtin_registry()
        self.forms: dict[str, str] = {}
        for d in self.registry.list():
            if d.kind != "screening":
                continue
            for word in (d.id, d.title.get("ko"), d.title.get("en")):
                self.forms.setdefault(_form_word(word), d.id)
        self.forms_allowed = ", ".join(sorted({v for v in self.forms.values()}))
        policy_row = conn.execute("SELECT value FROM settings WHERE key = 'classification_policy'").fetchone()
        self.policy = json.loads(policy_row[0]) if policy_row else None
        self.open_case = dict(conn.execute(
            "SELECT client_id, counselor_id FROM cases WHERE status = 'open' ORDER BY opened_on, id").fetchall())
        self.screened = {r[0] for r in conn.execute("SELECT DISTINCT client_id FROM screenings")}
        self.followup_since = (ctx.today - timedelta(days=ctx.options.followup_open_days)).isoformat()
        self.pairs: dict[tuple, dict] = {}            # (client id, day) -> {form id: ScoreResult}
        self.pair_rows: dict[tuple, int] = {}         # screenings of that day, existing ones included
        self.score_cache: dict = {}
        self.loaded: list = []
        self.class_cache: dict = {}
        self.relaxed: dict[tuple, object] = {}
        self.programs: dict[tuple, _Program] = {}
        self.existing_programs: dict[tuple, int] = {}
        for pid, name, site_id in conn.execute("SELECT id, name, site_id FROM programs ORDER BY id DESC"):
            self.existing_programs[(fold(name), site_id)] = pid   # the lowest id wins
        self.attendance: dict[tuple, int] = {}
        self.headcounts: dict[int, int] = {}
        self.first_seen: dict[int, str] = {}
        self.group_keys: set[str] = set()
        numbers = sorted(int(c[4:]) for c in ctx.layout.index if c.startswith("item"))
        self.item_columns = [f"item{n}" if f"item{n}" in ctx.layout.index else None
                             for n in range(1, (numbers[-1] if numbers else 0) + 1)]
        for name in ("sessions", "sessions_individual", "sessions_group", "sessions_family", "group_sessions",
                     "screenings", "followups", "followups_open", "programs", "program_sessions", "attendance",
                     "headcount", "referrals"):
            ctx.report.counts.setdefault(name, 0)

    # --- lookups -------------------------------------------------------------------------------
    def client(self, row: Row, *, required: bool) -> tuple[str, int, str] | None:
        code = row.text("client_code", max_len=40, required=required)
        if code is None:
            return None
        found = self.clients.get(code)
        if found is None:
            row.bad("client_code", "unknown_client", value=code)
            return None
        return code, found[0], found[1]

    def staff(self, row: Row, *, required: bool) -> int | None:
        value = row.raw("counselor")
        if value is None:
            if required:
                row.bad("counselor", "missing_value")
            return None
        text = cell_text(value).strip()
        word = fold(text)
        if word in self.logins:
            return self.logins[word]
        ids = self.names.get(word, [])
        if len(ids) == 1:
            return ids[0]
        row.bad("counselor", "ambiguous_counselor" if ids else "unknown_counselor", value=text)
        return None

    # --- one row ---------------------------------------------------------------------------------
    def row(self, row: Row) -> None:
        ctx = self.ctx
        service = row.get("service", SERVICE.get, required=True)
        when = row.get("date", parse_date, ctx.today, required=True)
        day, written_time = when if when else (None, None)
        start = row.get("time", parse_time) or written_time
        if service in COUNSELING:
            self.counseling(row, service, day, start)
        elif service == "screening":
            self.screening(row, day, start)
        elif service == "program":
            self.program(row, day, start)
        elif service == "referral":
            self.referral(row, day)
        else:   # the service is missing or unknown: still name every other problem of the row
            self.client(row, required=False)
            row.get("method", METHOD.get)
            row.get("minutes", parse_minutes)
            self.staff(row, required=False)
            ctx.site(row, required=False)
            ctx.refuse(row)

    def _seen(self, client_id: int, day: str) -> None:
        current = self.first_seen.get(client_id)
        if current is None or day < current:
            self.first_seen[client_id] = day

    def counseling(self, row: Row, kind: str, day: str | None, start: str | None) -> None:
        ctx = self.ctx
        client = self.client(row, required=True)
        method = row.get("method", METHOD.get, required=True)
        if method == "paper":
            row.bad("method", "unknown_method", value=cell_text(row.raw("method")), allowed=METHOD.allowed)
        minutes = row.get("minutes", parse_minutes, required=True)
        counselor = self.staff(row, required=True)
        site_id = ctx.site(row, required=True)
        group = row.text("group", max_len=60) if kind == "group" else None
        if row.issues or day is None:
            ctx.refuse(row)
            return
        code, client_id, _ = client
        key = ctx.key("counseling", kind, code, day, start, method, minutes, counselor, site_id, group)
        if key in ctx.imported:
            ctx.skip(row, "already_imported")
            return
        if ctx.duplicate(row, key):
            return
        group_key = None
        if kind == "group":
            group_key = "imp-" + ctx.key("group", day, start, counselor, site_id, group)[:20]
            if group_key not in self.group_keys:
                self.group_keys.add(group_key)
                ctx.count("group_sessions")
        session_id = ctx.new_id("counseling_sessions")
        ctx.add("counseling_sessions", (session_id, client_id, group_key, kind, method, day, minutes, counselor,
                                        site_id, ctx.now, ctx.actor.id, ctx.now, ctx.now))
        self._seen(client_id, day)
        ctx.accept(row, key, "session", session_id, client_id)
        ctx.count("sessions")
        ctx.count(f"sessions_{kind}")

    # --- screenings ------------------------------------------------------------------------------
    def _definition(self, row: Row):
        value = row.raw("instrument")
        if value is None:
            row.bad("instrument", "missing_value")
            return None
        form_id = self.forms.get(_form_word(cell_text(value)))
        if form_id is None:
            row.bad("instrument", "unknown_instrument", value=cell_text(value), allowed=self.forms_allowed)
            return None
        return self.registry.get(form_id)

    def _answers(self, row: Row) -> list | None:
        values: list = []
        for column in self.item_columns:   # item1 … itemN (None where the file has no such column)
            if column is None:
                values.append(None)
                continue
            value = row.raw(column)
            if value is None:
                values.append(None)
                continue
            small = SMALL_INTS.get(value) if isinstance(value, str) else None
            values.append(small if small is not None else row.get(column, parse_int))
        while values and values[-1] is None:
            values.pop()
        return values or None

    def _totals(self, row: Row) -> dict | None:
        totals = {}
        total = row.get("total", parse_number)
        if total is not None:
            totals["total"] = total
        for column in row.layout.index:
            if column.startswith("score_"):
                value = row.get(column, parse_number)
                if value is not None:
                    totals[column[6:]] = value
        return totals or None

    def _score(self, definition, sex: str, answers: list | None, totals: dict | None):
        """(result, its JSON, total, band, safety flag ids, stored answers) from the engine, cached."""
        sex_key = sex if definition.sex_dependent else None
        if answers is not None:
            cache_key = (definition.id, definition.version, sex_key, "a", tuple(answers))
        else:
            cache_key = (definition.id, definition.version, sex_key, "t", tuple(sorted(totals.items())))
        hit = self.score_cache.get(cache_key)
        if hit is not None:
            if isinstance(hit, Bad):
                raise hit
            return hit
        historical = False
        try:
            if answers is not None:
                result = forms.score(definition, answers, sex=sex)
            else:
                scoring_def = definition
                if not definition.accept_totals:
                    if not self.ctx.options.historical_totals:
                        raise Bad("totals_not_accepted", value=definition.id)
                    scoring_def = self._relaxed(definition)
                    historical = True
                result = forms.score(scoring_def, None, sex=sex, totals=totals)
        except forms.FormError as exc:
            bad = Bad("score", detail_ko=exc.message("ko"), detail_en=exc.message("en"),
                      link=getattr(exc, "link_id", None))
            self.score_cache[cache_key] = bad
            raise bad from None
        except Bad as bad:
            self.score_cache[cache_key] = bad
            raise
        if answers is not None:
            links = [i.link_id for i in definition.choice_items]
            stored = {"answers": {links[i]: v for i, v in enumerate(answers) if v is not None}, "totals": {}}
        else:
            stored = {"answers": {}, "totals": dict(totals)}
            if historical:
                stored["historical_totals"] = True
        hit = (result, json.dumps(result.to_dict(), ensure_ascii=False),
               result.total.value if result.total is not None else None,
               result.band.id if result.band is not None else None,
               [f.id for f in result.flags if f.kind == "safety"],
               json.dumps(stored, ensure_ascii=False))
        self.score_cache[cache_key] = hit
        return hit

    @staticmethod
    def _item_column(definition, link_id: str | None) -> str | None:
        for n, item in enumerate(definition.choice_items, start=1):
            if item.link_id == link_id:
                return f"item{n}"
        return None

    def _relaxed(self, definition):
        key = (definition.id, definition.version)
        if key not in self.relaxed:
            self.relaxed[key] = dataclasses.replace(definition, accept_totals=True)
        return self.relaxed[key]

    def _pair(self, client_id: int, day: str) -> dict:
        pair = (client_id, day)
        state = self.pairs.get(pair)
        if state is None:
            state = {}
            rows = 0
            if client_id in self.screened:
                for (text,) in self.ctx.conn.execute(
                        "SELECT result FROM screenings WHERE client_id = ? AND taken_on = ? ORDER BY id",
                        (client_id, day)):
                    result = forms.ScoreResult.from_dict(json.loads(text))
                    state[result.form_id] = result
                    self.loaded.append(result)   # kept alive: _overall's cache is keyed by id()
                    rows += 1
            self.pairs[pair] = state
            self.pair_rows[pair] = rows
        return state

    def _overall(self, state: dict) -> str | None:
        key = tuple(sorted((form_id, id(result)) for form_id, result in state.items()))
        found = self.class_cache.get(key, "?")
        if found == "?":
            found = forms.classify_overall(list(state.values()), self.policy).risk_class
            self.class_cache[key] = found
        return found

    def screening(self, row: Row, day: str | None, start: str | None) -> None:
        ctx = self.ctx
        client = self.client(row, required=True)
        definition = self._definition(row)
        method = row.get("method", METHOD.get)
        entered_by = self.staff(row, required=False) or ctx.actor.id
        site_id = ctx.site(row, required=True)
        answers = self._answers(row) if definition is not None else None
        totals = self._totals(row)
        if definition is not None and answers is None and totals is None and not row.issues:
            row.bad(None, "no_score")
        scored = None
        if totals and definition is not None:   # score_ee -> the form's own subscale id (EE)
            ids = {s.id.lower(): s.id for s in definition.subscales}
            totals = {ids.get(k.lower(), k): v for k, v in totals.items()}
        if not row.issues and client is not None and definition is not None:
            try:
                scored = self._score(definition, client[2], answers, None if answers is not None else totals)
            except Bad as exc:
                column = "total" if answers is None else self._item_column(definition, exc.params.get("link"))
                row.bad(column, exc.code, **exc.params)
            if scored is not None and answers is not None and totals and "total" in totals:
                computed = scored[2]
                if computed is None or float(computed) != float(totals["total"]):
                    row.bad("total", "total_mismatch", value=totals["total"],
                            computed="-" if computed is None else computed)
        if row.issues or day is None:
            ctx.refuse(row)
            return
        code, client_id, _ = client
        result, data, total, band, safety, stored = scored
        channel = CHANNEL_OF_METHOD[method or "in_person"]
        key = ctx.key("screening", code, day, start, definition.id, definition.version, stored, channel, site_id,
                      entered_by)
        if key in ctx.imported:
            ctx.skip(row, "already_imported")
            return
        if ctx.duplicate(row, key):
            return
        state = self._pair(client_id, day)
        state.pop(definition.id, None)
        state[definition.id] = result          # the last entered counts
        pair = (client_id, day)
        self.pair_rows[pair] += 1
        screening_id = ctx.new_id("screenings")
        ctx.add("screenings", (screening_id, client_id, definition.id, str(definition.version), day, channel, stored,
                               data, total, band, result.risk_class, len(safety), site_id, entered_by, ctx.now,
                               self._overall(state)))
        if safety:
            assigned = self.open_case.get(client_id) or entered_by
            raised_at = f"{day}T{start or '00:00'}:00"
            still_open = day >= self.followup_since
            for flag_id in safety:
                if still_open:
                    ctx.add("safety_followups", (client_id, screening_id, f"{definition.id}.{flag_id}", raised_at,
                                                 assigned, "open", None, None, None))
                    ctx.count("followups_open")
                else:
                    ctx.add("safety_followups", (client_id, screening_id, f"{definition.id}.{flag_id}", raised_at,
                                                 assigned, "closed", ctx.now, ctx.actor.id, CLOSED_ON_IMPORT))
                ctx.count("followups")
        self._seen(client_id, day)
        ctx.accept(row, key, "screening", screening_id, client_id)
        ctx.count("screenings")

    # --- programs --------------------------------------------------------------------------------
    def _program(self, name: str, site_id: int, category: str | None, facilitator: int | None,
                 day: str, create: bool) -> _Program | None:
        pkey = (fold(name), site_id)
        program = self.programs.get(pkey)
        if program is not None:
            return program
        existing = self.existing_programs.get(pkey)
        if existing is not None:
            sessions = {r[0]: r[1] for r in self.ctx.conn.execute(
                "SELECT starts_at, id FROM program_sessions WHERE program_id = ?", (existing,))}
            next_no = self.ctx.conn.execute("SELECT coalesce(max(session_no), 0) + 1 FROM program_sessions"
                                            " WHERE program_id = ?", (existing,)).fetchone()[0]
            program = _Program(existing, False, sessions, next_no, None)
        elif not create:
            return None
        else:
            ctx = self.ctx
            program = _Program(ctx.new_id("programs"), True, {}, 1, day)
            ctx.add("programs", (program.id, name, category or "other", site_id, facilitator, day, day))
            ctx.count("programs")
        self.programs[pkey] = program
        return program

    def program(self, row: Row, day: str | None, start: str | None) -> None:
        ctx = self.ctx
        name = row.text("program", max_len=100, required=True)
        category = row.get("program_category", CATEGORY.get)
        client = self.client(row, required=False)
        headcount = None
        if row.raw("client_code") is None:
            headcount = row.get("headcount", parse_int, 1, 10000)
            if headcount is None and row.raw("headcount") is None:
                row.bad("client_code", "client_or_headcount")
        facilitator = self.staff(row, required=False)
        minutes = row.get("minutes", parse_minutes) or DEFAULT_PROGRAM_MINUTES
        location = row.text("location", max_len=100)
        site_id = ctx.site(row, required=True)
        if row.issues or day is None:
            ctx.refuse(row)
            return
        starts_at = f"{day}T{start or DEFAULT_PROGRAM_TIME}"
        code = client[0] if client else None
        key = ctx.key("program", fold(name), site_id, starts_at, code, headcount)
        if key in ctx.imported:
            ctx.skip(row, "already_imported")
            return
        if ctx.duplicate(row, key):
            return
        existing = self._program(name, site_id, category, facilitator, day, create=False)
        if client is not None:
            where = (fold(name), site_id, starts_at, client[1])
            first = self.attendance.get(where)
            if first is not None:
                row.bad("client_code", "duplicate_attendance", first=first)
                ctx.refuse(row)
                return
            session_id = existing.sessions.get(starts_at) if existing else None
            if session_id is not None and not existing.new and ctx.conn.execute(
                    "SELECT 1 FROM program_attendance WHERE program_session_id = ? AND client_id = ?",
                    (session_id, client[1])).fetchone():
                ctx.skip(row, "already_recorded")
                return
            self.attendance[where] = row.number
        program = self._program(name, site_id, category, facilitator, day, create=True)
        program.first = day if program.first is None else min(program.first, day)
        program.last = day if program.last is None else max(program.last, day)
        session_id = program.sessions.get(starts_at)
        if session_id is None:
            session_id = ctx.new_id("program_sessions")
            program.sessions[starts_at] = session_id
            begin = datetime.fromisoformat(starts_at)
            end = min(begin + timedelta(minutes=minutes), begin.replace(hour=23, minute=59))
            if end <= begin:
                end = begin + timedelta(minutes=1)
            ctx.add("program_sessions", (session_id, program.id, program.next_no, starts_at,
                                         end.strftime("%Y-%m-%dT%H:%M"), location or IMPORTED_REASON))
            program.next_no += 1
            ctx.count("program_sessions")
        if client is not None:
            ctx.add("program_attendance", (session_id, client[1]))
            self._seen(client[1], day)
            ctx.accept(row, key, "attendance", session_id, client[1])
            ctx.count("attendance")
        else:
            self.headcounts[session_id] = self.headcounts.get(session_id, 0) + headcount
            ctx.accept(row, key, "headcount", session_id)
            ctx.count("headcount", headcount)

    # --- referrals -------------------------------------------------------------------------------
    def referral(self, row: Row, day: str | None) -> None:
        ctx = self.ctx
        client = self.client(row, required=True)
        kind = row.get("destination_kind", REFERRAL.get, required=True)
        name = row.text("destination_name", max_len=100)
        cost = row.get("cost_support", parse_krw, MAX_COST_SUPPORT) or 0
        outcome = row.get("outcome", OUTCOME.get) or "unknown"
        reason = row.text("referral_reason", max_len=500) or IMPORTED_REASON
        created_by = self.staff(row, required=False) or ctx.actor.id
        site_id = ctx.site(row, required=True)
        if row.issues or day is None:
            ctx.refuse(row)
            return
        code, client_id, _ = client
        key = ctx.key("referral", code, day, kind, name, cost, outcome, reason, site_id, created_by)
        if key in ctx.imported:
            ctx.skip(row, "already_imported")
            return
        if ctx.duplicate(row, key):
            return
        referral_id = ctx.new_id("referrals")
        ctx.add("referrals", (referral_id, client_id, kind, name, reason, day, cost, outcome, site_id, created_by))
        self._seen(client_id, day)
        ctx.accept(row, key, "referral", referral_id, client_id)
        ctx.count("referrals")

    # --- after the last row ----------------------------------------------------------------------
    def finish(self) -> None:
        ctx = self.ctx
        ctx.flush()
        if not ctx.writing:
            return
        conn = ctx.conn
        conn.executemany(
            "UPDATE screenings SET overall_class = ? WHERE client_id = ? AND taken_on = ?",
            [(self._overall(self.pairs[pair]), pair[0], pair[1]) for pair, n in self.pair_rows.items() if n > 1])
        conn.executemany(
            "UPDATE clients SET first_seen_on = ? WHERE id = ? AND (first_seen_on IS NULL OR first_seen_on > ?)",
            [(day, client_id, day) for client_id, day in self.first_seen.items()])
        conn.executemany(   # a program's dates cover its sessions (new and reused programs alike)
            "UPDATE programs SET starts_on = CASE WHEN starts_on > ? THEN ? ELSE starts_on END,"
            " ends_on = CASE WHEN ends_on IS NULL OR ends_on < ? THEN ? ELSE ends_on END WHERE id = ?",
            [(p.first, p.first, p.last, p.last, p.id) for p in self.programs.values() if p.first is not None])
        conn.executemany("UPDATE program_sessions SET headcount = coalesce(headcount, 0) + ? WHERE id = ?",
                         [(n, sid) for sid, n in self.headcounts.items()])

