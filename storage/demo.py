"""A deterministic synthetic center: `maumdesk demo`, screenshots, manual testing, benchmarks.

``create_demo`` makes a new vault and fills it with N years of made-up records ending at
``today``: about 20,000 recorded services a year in the mix of DOMAIN.md (screening >
counseling > programs, the first customer's 2019 row), ~1,500 clients a year, counseling cases
with session notes and appointments, scored screenings with safety follow-ups, programs with
named attendance and anonymous head-counts, referrals, satisfaction responses and annual plans.
The same seed and the same ``today`` give the same records (timestamps that the repositories
stamp with the wall clock during setup aside).

How it writes. Sites, rooms and accounts go through the repositories (accounts need key
slots). The bulk is generated in memory first and then written with plain SQL in ONE
transaction with ONE audit row (``demo_generate``, detail = the counts): going through a
repository per record would cost a transaction, an fsync and an audit row each, minutes for a
year. The SQL writes what the repositories would write: screenings are scored by the forms
engine and stored like ScreeningRepository stores them (with the day's overall class), every
safety flag raises a follow-up like FollowUpRepository.raise_for, ``clients.name_initials``/``phone_tail``/
``first_seen_on`` are kept as ClientRepository keeps them, group counseling is one
counseling_sessions row per member sharing a ``group_key``, and no two booked/attended
appointments of one counselor or one room overlap (what AppointmentRepository refuses).

How it counts (DOMAIN.md): person-visits are counseling_sessions rows (a group session counts
once per member), screenings rows (one per questionnaire taken: a visit's battery of 3-7
questionnaires counts 3-7 times, which is how ~1,500 people a year make ~11,700 screenings),
and program attendance rows plus program_sessions.headcount.

Everything in it is invented (names from frequency lists, texts from storage/demo_names.py).
"""
from __future__ import annotations

import json
import math
import os
import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

import forms
from forms.model import ItemCondition, risk_rank

from . import demo_names as N
from .hangul import initials
from .holidays import public_holidays
from .kdf import PRODUCTION_KDF, KdfCost
from .keyslots import KeyFile
from .records import Room, Site, Staff
from .store import Store
from .vault import Vault

DEFAULT_DEMO_PASSWORD = "maumdesk-demo"
CENTER_NAME = "마음건강 힐링센터 (데모)"
LOGINS = ["lead", "admin", "coord"] + [f"counselor{i}" for i in range(1, 8)]

# Yearly person-visits aimed at: DOMAIN.md's ~20,000 services a year (2019: 4,013 counseling,
# 11,745 screening, 4,531 programs), in the usual order screening > counseling > programs.
TARGET_COUNSELING = 4_300
TARGET_SCREENING = 11_700
TARGET_PROGRAM = 3_700
REFERRALS_PER_YEAR = 30
GROUPS_PER_YEAR = 4
PROGRAM_CYCLES = 8          # in-center programs of CYCLE_SESSIONS sessions: 48 + 2 one-day = 50 a year
CYCLE_SESSIONS = 6
ONE_DAY_PROGRAMS = 2
OUTREACH_PER_YEAR = 20
BOOKING_HORIZON = 14        # days of future appointments booked
CARRY_IN = 70               # cases opened in the first three weeks of the first demo year
YEAR_FACTOR = {2020: 0.62, 2021: 0.8}   # the pandemic dip of DOMAIN.md's table
REMOTE_YEARS = (2020, 2021)

# Risk-class shares the item answers are calibrated to, for an average employee; clients in
# counseling sit higher, so the whole center ends near 75% normal / 19% watch / 6% high risk.
P_NORMAL, P_WATCH, P_HIGH = 0.87, 0.09, 0.04

SLOTS = (540, 600, 660, 780, 840, 900, 960, 1020)   # individual sessions start on the hour
MAX_PER_DAY = 6                                      # sessions a counselor takes in a day
MONTH_WEIGHT = {1: 0.85, 2: 0.95, 3: 1.1, 4: 1.1, 5: 1.05, 6: 1.0, 7: 0.95, 8: 0.8, 9: 1.0, 10: 1.05,
                11: 1.1, 12: 0.9}
TEMPLATES = {"counselor1": "soap", "counselor2": "dap", "counselor3": "soap", "counselor4": "dap",
             "counselor5": "soap", "counselor6": "free", "counselor7": "soap"}

Progress = Callable[[int, int], None]


@dataclass
class DemoSummary:
    db_path: Path
    logins: list[str]
    counts: dict[str, int]
    recovery_code: str = ""   # the demo vault's recovery code (printed nowhere by the CLI)


# --- public entry point --------------------------------------------------------------------------
def create_demo(db_path, *, years: int = 1, seed: int = 1, password: str = DEFAULT_DEMO_PASSWORD,
                kdf: KdfCost = PRODUCTION_KDF, today: date | None = None,
                progress: Progress | None = None) -> DemoSummary:
    """Create a new demo database at ``db_path`` (refused if it exists) with ``years`` years of
    records ending the day before ``today``, appointments booked for the next two weeks, and the
    accounts of LOGINS, all with ``password``."""
    if not isinstance(years, int) or years < 1 or years > 30:
        raise ValueError("years must be between 1 and 30")
    today = today or date.today()
    db_path = Path(db_path)
    report = _Reporter(progress)
    vault, recovery = Vault.create(db_path, admin_login="admin", admin_password=password,
                                   admin_name=N.STAFF_NAMES["admin"], center_name=CENTER_NAME, kdf=kdf)
    try:
        setup = _setup(Store(vault), password, kdf, today)
        report(5, 100)
        rng = random.Random(seed)
        gen = _Generator(rng, today, years, setup, forms.builtin_registry(), report)
        gen.waitlist_rng = random.Random(f"waitlist-{seed}")   # its own stream: the rest stays as it was
        gen.run()
        counts = gen.write(vault)
        vault.close()
        # A few group notes, through the repository like a user (name checks, copies, audit).
        vault = Vault.unlock(db_path, "lead", password)
        _group_notes(Store(vault), today)
        report(100, 100)
    except BaseException:
        vault.close()
        for leftover in (db_path, Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm"),
                         KeyFile.path_for(db_path)):
            if leftover.exists():
                os.unlink(leftover)
        raise
    vault.close()
    return DemoSummary(db_path=db_path, logins=list(LOGINS), counts=counts, recovery_code=recovery)


GROUP_NOTE_TEXTS = (
    "이번 회기 주제는 업무 중 스트레스 신호 알아차리기. 호흡 이완 연습 후 각자 최근 긴장 상황을 나눔. "
    "서로 경험을 지지하는 분위기였고 다음 회기까지 하루 한 번 3분 호흡 연습을 과제로 정함.",
    "민원 응대 후 감정 정리 방법을 주제로 역할극 진행. 참여자들이 자신의 반응 패턴을 돌아봄. "
    "다음 회기에는 경계 설정 문장 연습을 이어가기로 함.",
    "수면 위생과 교대근무 후 회복 방법을 안내하고 실천 계획을 세움. 대체로 적극적으로 참여함.",
)


def _group_notes(store: Store, today: date, how_many: int = 6) -> int:
    """Group notes on the latest past sessions of the stress-relief and resilience programs
    whose facilitator signs alone (a trainee's would wait for the co-signature): written once,
    copied to each attending member, signed."""
    rows = store.vault.conn.execute(
        "SELECT ps.id FROM program_sessions ps JOIN programs p ON p.id = ps.program_id"
        " JOIN staff st ON st.id = p.facilitator_id"
        " WHERE p.category IN ('stress_relief', 'resilience') AND st.needs_supervision = 0 AND ps.starts_at < ?"
        " AND (SELECT count(*) FROM program_attendance a WHERE a.program_session_id = ps.id) >= 3"
        " ORDER BY ps.starts_at DESC LIMIT ?", (today.isoformat(), how_many)).fetchall()
    for i, (program_session_id,) in enumerate(rows):
        store.group_notes.save(program_session_id, template="free",
                               note={"text": GROUP_NOTE_TEXTS[i % len(GROUP_NOTE_TEXTS)]})
        store.group_notes.sign_all(program_session_id)
    return len(rows)


# --- setup through the repositories -------------------------------------------------------------
@dataclass(eq=False)
class _Counselor:
    id: int
    login: str
    site_id: int
    template: str
    active_from: date
    weight: float
    supervised: bool
    supervisor: int | None = None   # who co-signs a supervised counselor's notes


@dataclass
class _Setup:
    main: int
    annex: int
    rooms: dict            # site id -> {"individual": [room ids], "group": room id}
    lead: int
    coord: int
    admin: int
    counselors: list
    problem_names: dict


def _setup(store: Store, password: str, kdf: KdfCost, today: date) -> _Setup:
    main = store.sites.add_site(Site(name="본관", address="시청 본관 지하 2층 (83.63㎡)")).id
    annex = store.sites.add_site(Site(name="별관", address="시청 별관 1층 (62.86㎡)")).id
    rooms = {}
    for site in (main, annex):
        individual = [store.sites.add_room(Room(site_id=site, name=f"상담실 {n}", kind="individual")).id
                      for n in (1, 2)]
        group = store.sites.add_room(Room(site_id=site, name="집단상담실", kind="group")).id
        store.sites.add_room(Room(site_id=site, name="사무실", kind="office"))
        rooms[site] = {"individual": individual, "group": group}

    def add(login: str, role: str, site: int | None, supervised: bool = False, supervisor: int | None = None) -> int:
        staff = Staff(login=login, display_name=N.STAFF_NAMES[login], role=role, site_id=site,
                      needs_supervision=supervised, supervisor_id=supervisor)
        return store.staff.add(staff, password, kdf=kdf).id

    lead = add("lead", "lead", main)
    coord = add("coord", "coordinator", None)
    counselors = []
    for i in range(1, 8):
        login = f"counselor{i}"
        site = main if i <= 4 else annex
        supervised = i >= 6
        # DOMAIN.md: 5 counselors, a 6th a year later, a 7th the year after.
        active_from = date(1900, 1, 1) if i <= 5 else date(today.year - (4 if i == 6 else 3), 1, 1)
        # the trainees' supervisors: a senior counselor of the annex, and the lead
        supervisor = (counselors[4].id if i == 6 else lead) if supervised else None
        counselors.append(_Counselor(add(login, "counselor", site, supervised, supervisor), login, site,
                                     TEMPLATES[login], active_from, 0.65 if supervised else 1.0, supervised,
                                     supervisor))
    admin = store.vault.actor.id
    names = dict(store.vault.conn.execute("SELECT code, name_ko FROM problem_codes").fetchall())
    return _Setup(main, annex, rooms, lead, coord, admin, counselors, names)


# --- small helpers -------------------------------------------------------------------------------
def _shift_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _hm(d: date, minute: int) -> str:
    return f"{d.isoformat()}T{minute // 60:02d}:{minute % 60:02d}"


_OFFSETS: dict[date, str] = {}


def _stamp(d: date, minute: int) -> str:
    """Local time with its offset, like audit.now_iso() ('2026-03-05T14:10:00+09:00')."""
    minute = max(0, min(minute, 23 * 60 + 59))
    offset = _OFFSETS.get(d)
    if offset is None:
        offset = _OFFSETS[d] = datetime(d.year, d.month, d.day, 12).astimezone().isoformat()[19:]
    return f"{d.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00{offset}"


def _phi(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def _phone_tail(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-4:]


# --- in-memory records ---------------------------------------------------------------------------
@dataclass(eq=False)
class _Client:
    seq: int
    name: str
    sex: str
    birth_year: int
    job: str
    dept: str
    phone: str
    site_id: int
    z: float              # latent distress (standard normal for an average employee)
    zalc: float           # latent drinking
    suicidal: bool
    first_seen: date | None = None
    first_minute: int = 0
    created_by: int | None = None
    last_seen: date | None = None
    busy_until: date | None = None
    cases: list = field(default_factory=list)
    id: int = 0
    code: str = ""

    def touch(self, day: date, minute: int, staff_id: int) -> None:
        if self.first_seen is None or (day, minute) < (self.first_seen, self.first_minute):
            self.first_seen, self.first_minute, self.created_by = day, minute, staff_id
        if self.last_seen is None or day > self.last_seen:
            self.last_seen = day


@dataclass(eq=False)
class _Case:
    seq: int
    client: _Client
    counselor: _Counselor
    opened_on: date
    primary: str
    secondary: list
    crisis: bool
    closed_on: date | None = None
    reason: str | None = None
    sessions: list = field(default_factory=list)
    referred: bool = False
    id: int = 0


@dataclass(eq=False)
class _Appt:
    seq: int
    site_id: int
    counselor_id: int
    room_id: int | None
    client: _Client | None
    kind: str
    day: date
    start: int
    end: int
    status: str
    memo: str | None
    created_by: int
    id: int = 0


@dataclass(eq=False)
class _Session:
    seq: int
    client: _Client
    case: _Case | None
    appt: _Appt | None
    group_key: str | None
    kind: str
    method: str
    day: date
    start: int
    minutes: int
    counselor: _Counselor
    site_id: int
    template: str
    note: dict
    signed: bool
    signed_at: str | None
    participants: list = field(default_factory=list)
    addenda: list = field(default_factory=list)
    id: int = 0


@dataclass(eq=False)
class _Screening:
    seq: int
    client: _Client
    inst: "_Instrument"
    day: date
    minute: int
    channel: str
    answers: dict
    site_id: int
    entered_by: int
    id: int = 0


@dataclass(eq=False)
class _Program:
    seq: int
    name: str
    category: str
    site_id: int
    facilitator_id: int | None
    department: str | None
    starts_on: date
    planned: int | None
    description: str | None
    ends_on: date | None = None
    sessions: list = field(default_factory=list)
    registered: list = field(default_factory=list)
    id: int = 0


@dataclass(eq=False)
class _ProgramSession:
    seq: int
    program: _Program
    no: int
    day: date
    start: int
    end: int
    room_id: int | None
    location: str | None
    headcount: int | None = None
    attendees: list = field(default_factory=list)   # (client, walk_in)
    id: int = 0


@dataclass(eq=False)
class _Referral:
    seq: int
    case: _Case
    kind: str
    name: str | None
    reason: str
    day: date
    cost: int
    outcome: str
    note: str | None
    id: int = 0


# --- questionnaires ------------------------------------------------------------------------------
def _nearest(options: list[tuple[int, int]]) -> tuple[list[float], list[int]]:
    """(score, value) options sorted by score -> the midpoints between neighbouring scores and the
    values, so that ``values[bisect_right(cuts, target)]`` is the option scoring nearest ``target``."""
    cuts = [(a[0] + b[0]) / 2 for a, b in zip(options, options[1:])]
    return cuts, [o[1] for o in options]


class _Instrument:
    """Answers for one definition from a latent level t in [0, 1], calibrated so that a
    quantile of distress maps to the risk classes in the P_* shares."""

    def __init__(self, definition) -> None:
        self.definition = definition
        self.id = definition.id
        self.version = str(definition.version)
        self.alcohol = "audit" in definition.id
        flag_min: dict[str, int] = {}
        for rule in definition.flags:
            if isinstance(rule.when, ItemCondition):
                flag_min[rule.when.item] = min(flag_min.get(rule.when.item, rule.when.min), rule.when.min)
        self.has_flag_item = bool(flag_min)
        self.items = []
        for item in definition.choice_items:
            opts = sorted((item.score_of(o.value), o.value) for o in item.options)
            lo, hi = opts[0][0], opts[-1][0]
            step = (hi - lo) / (len(opts) - 1) if len(opts) > 1 else 1.0
            threshold = flag_min.get(item.link_id)
            safe = [o for o in opts if threshold is None or o[1] < threshold] or opts
            unsafe = [o for o in opts if threshold is not None and o[1] >= threshold]
            self.items.append((item.link_id, lo, hi, step, item.enable_when, item.enable_behavior,
                               _nearest(safe), _nearest(unsafe) if unsafe else None))
        self.calibration: dict[str | None, tuple[float | None, float | None]] = {}

    def answers(self, t: float, rng: random.Random | None, flag: bool) -> dict:
        """Item answers around level ``t``: with ``rng``, each item scatters around it; without,
        the items are dithered evenly (for calibration), so the total tracks ``t`` smoothly
        instead of jumping a whole option on every item at once."""
        values: dict[str, int] = {}
        for index, (link, lo, hi, step, enable_when, behavior, safe, unsafe) in enumerate(self.items):
            if enable_when:
                states = [c.holds(values[c.link_id]) if c.link_id in values else None for c in enable_when]
                if (False in states) if behavior == "all" else all(s is False for s in states):
                    continue
            target = lo + t * (hi - lo)
            if rng is not None:
                target += rng.gauss(0.0, 0.5 * step)
            else:
                target += ((index * 0.6180339887 + 0.5) % 1.0 - 0.5) * step   # evenly spread offsets
            cuts, answers = unsafe if (flag and unsafe) else safe
            values[link] = answers[bisect_right(cuts, target)]
        return values

    def _thresholds(self, sex: str) -> tuple[float | None, float | None]:
        key = sex if self.definition.sex_dependent else None
        if key not in self.calibration:
            watch = high = None
            for i in range(101):
                t = i / 100
                rank = risk_rank(forms.score(self.definition, self.answers(t, None, False), sex=sex).risk_class)
                if watch is None and rank >= 1:
                    watch = t
                if rank >= 2:
                    high = t
                    break
            self.calibration[key] = (watch, high)
        return self.calibration[key]

    def level(self, q: float, sex: str) -> float:
        watch, high = self._thresholds(sex)
        if watch is None:
            return 0.6 * q
        if q < P_NORMAL:
            return 0.88 * watch * (q / P_NORMAL) ** 1.8   # most people well inside the normal band
        top = high if high is not None else 1.0
        if high is None or q < P_NORMAL + P_WATCH:
            share = P_WATCH if high is not None else 1.0 - P_NORMAL
            return watch + (top - watch) * min(0.999, (q - P_NORMAL) / share)
        return high + (1.0 - high) * 0.7 * (q - P_NORMAL - P_WATCH) / P_HIGH


# --- scheduling ---------------------------------------------------------------------------------
class _Schedule:
    """Who and which room is busy when (minutes of the day), so nothing overlaps."""

    def __init__(self) -> None:
        self.staff: dict[tuple[int, date], list] = {}
        self.room: dict[tuple[int, date], list] = {}
        self.sessions: dict[tuple[int, date], int] = {}

    @staticmethod
    def _free(busy: list | None, start: int, end: int) -> bool:
        return not busy or all(e <= start or s >= end for s, e in busy)

    def staff_free(self, staff_id: int, day: date, start: int, end: int) -> bool:
        return self._free(self.staff.get((staff_id, day)), start, end)

    def room_free(self, room_id: int, day: date, start: int, end: int) -> bool:
        return self._free(self.room.get((room_id, day)), start, end)

    def take(self, staff_id: int | None, room_id: int | None, day: date, start: int, end: int,
             counts: bool = False) -> None:
        if staff_id is not None:
            self.staff.setdefault((staff_id, day), []).append((start, end))
            if counts:
                self.sessions[(staff_id, day)] = self.sessions.get((staff_id, day), 0) + 1
        if room_id is not None:
            self.room.setdefault((room_id, day), []).append((start, end))

    def fixed(self, staff_id: int | None, room_id: int | None, day: date, start: int, end: int) -> bool:
        if staff_id is not None and not self.staff_free(staff_id, day, start, end):
            return False
        if room_id is not None and not self.room_free(room_id, day, start, end):
            return False
        self.take(staff_id, room_id, day, start, end)
        return True

    def slot(self, staff_id: int, rooms: list | None, day: date, preferred: int, minutes: int):
        """A session slot on ``day`` near ``preferred``: (start, room id or None) or None."""
        if self.sessions.get((staff_id, day), 0) >= MAX_PER_DAY:
            return None
        for start in sorted(SLOTS, key=lambda s: (abs(s - preferred), s)):
            end = start + minutes
            if not self.staff_free(staff_id, day, start, end):
                continue
            if rooms is None:
                self.take(staff_id, None, day, start, end, counts=True)
                return start, None
            for room_id in rooms:
                if self.room_free(room_id, day, start, end):
                    self.take(staff_id, room_id, day, start, end, counts=True)
                    return start, room_id
        return None


# --- the generator -------------------------------------------------------------------------------
class _Generator:
    def __init__(self, rng: random.Random, today: date, years: int, setup: _Setup, registry,
                 report: Progress) -> None:
        self.rng = rng
        self.today = today
        self.years = years
        self.s = setup
        self.report = report
        self.horizon = today + timedelta(days=BOOKING_HORIZON)
        self.bounds = [_shift_years(today, k - years) for k in range(years + 1)]
        self.start = self.bounds[0]
        # No services on public holidays (the maintained library's calendar, with 대체공휴일 and
        # election days), as in the center's real calendar.
        holidays = set(public_holidays(self.start, date(today.year + 2, 1, 1)))
        self.workdays: list[date] = []
        self.cum: list[float] = []
        total = 0.0
        d = self.start
        end = today + timedelta(days=150)
        while d < end:
            if d.weekday() < 5 and d not in holidays:
                self.workdays.append(d)
                total += MONTH_WEIGHT[d.month]
                self.cum.append(total)
            d += timedelta(days=1)
        self.sched = _Schedule()
        self.instruments: dict[str, _Instrument] = {}
        for definition in registry.list():
            if definition.kind == "screening" and definition.choice_items:
                self.instruments[definition.id] = _Instrument(definition)
        self.surnames = [s for s, _ in N.SURNAMES]
        self.surname_cum = list(_accumulate(w for _, w in N.SURNAMES))
        self.jobs = list(N.JOBS)
        self.job_cum = list(_accumulate(N.JOBS[j][0] for j in self.jobs))
        self.clients: list[_Client] = []
        self.cases: list[_Case] = []
        self.appts: list[_Appt] = []
        self.sessions: list[_Session] = []
        self.screenings: list[_Screening] = []
        self.programs: list[_Program] = []
        self.psessions: list[_ProgramSession] = []
        self.referrals: list[_Referral] = []
        self.seq = 0
        self.counsel_pv = [0] * years
        self.screen_rows = [0] * years
        self.program_pv = [0] * years
        self.program_names: dict[tuple[str, int], int] = {}

    # -- basics --------------------------------------------------------------------------------
    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def widx(self, day: date) -> int:
        """Index of the demo year ``day`` falls in, or -1 (future)."""
        if day >= self.today:
            return -1
        return bisect_right(self.bounds, day) - 1

    def next_workday(self, d: date) -> date:
        i = bisect_left(self.workdays, d)
        return self.workdays[min(i, len(self.workdays) - 1)]

    def pick_day(self, a: date, b: date) -> date | None:
        """A working day in [a, b), busier months more likely."""
        lo, hi = bisect_left(self.workdays, a), bisect_left(self.workdays, b)
        if hi <= lo:
            return None
        base = self.cum[lo - 1] if lo else 0.0
        x = base + self.rng.random() * (self.cum[hi - 1] - base)
        return self.workdays[min(bisect_left(self.cum, x, lo, hi), hi - 1)]

    def counselors_on(self, day: date, site: int | None = None) -> list[_Counselor]:
        return [c for c in self.s.counselors if c.active_from <= day and (site is None or c.site_id == site)]

    def pick_counselor(self, day: date, site: int | None = None) -> _Counselor:
        options = self.counselors_on(day, site) or self.counselors_on(day)
        return self.rng.choices(options, weights=[c.weight for c in options])[0]

    def other_site(self) -> int:
        return self.s.main if self.rng.random() < 0.6 else self.s.annex

    # -- people --------------------------------------------------------------------------------
    def new_client(self, day: date, site: int, *, z_mean: float = 0.0, z_sd: float = 1.0,
                   job: str | None = None, dept: str | None = None) -> _Client:
        rng = self.rng
        job = job or rng.choices(self.jobs, cum_weights=self.job_cum)[0]
        _, women, depts = N.JOBS[job]
        sex = "F" if rng.random() < women else "M"
        lo, hi = max(1965, day.year - 60), min(2002, day.year - 22)
        birth_year = int(round(rng.triangular(lo, hi, min(hi, max(lo, 1986)))))
        surname = rng.choices(self.surnames, cum_weights=self.surname_cum)[0]
        name = surname + rng.choice(N.GIVEN_NAMES[(sex, N.cohort(birth_year))])
        phone = f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"
        z = rng.gauss(z_mean, z_sd)
        zalc = 0.35 * z + 0.94 * rng.gauss(0, 1) + (0.3 if sex == "M" else -0.45) + (0.3 if job == "fire" else 0.0)
        suicidal = rng.random() < (0.15 if z > 1.8 else 0.03 if z > 1.0 else 0.002)
        client = _Client(self.next_seq(), name, sex, birth_year, job, dept or rng.choice(depts), phone, site,
                         z, zalc, suicidal)
        self.clients.append(client)
        return client

    def returning_client(self, day: date, *, free_of_cases: bool = False, tries: int = 12) -> _Client | None:
        """Someone seen before (at least two months ago); the most distressed of a few picks."""
        best = None
        limit = day - timedelta(days=60)
        for _ in range(tries):
            if not self.clients:
                return None
            c = self.clients[self.rng.randrange(len(self.clients))]
            if c.first_seen is None or c.first_seen > limit:
                continue
            if free_of_cases and c.busy_until is not None and c.busy_until >= day - timedelta(days=30):
                continue
            if best is None or c.z > best.z:
                best = c
        return best

    def problems(self, job: str) -> tuple[str, list[str]]:
        boost = N.PROBLEM_BOOST.get(job, {})
        codes = list(N.PROBLEM_WEIGHTS)
        weights = [N.PROBLEM_WEIGHTS[c] * boost.get(c, 1.0) for c in codes]
        primary = self.rng.choices(codes, weights=weights)[0]
        secondary: list[str] = []
        wanted = self.rng.choices((0, 1, 2), weights=(35, 45, 20))[0]
        pool = [(c, w) for c, w in zip(codes, weights) if c != primary and c not in N.CRISIS_PROBLEMS]
        while len(secondary) < wanted and pool:
            pick = self.rng.choices([c for c, _ in pool], weights=[w for _, w in pool])[0]
            secondary.append(pick)
            pool = [(c, w) for c, w in pool if c != pick]
        return primary, secondary

    # -- screenings ----------------------------------------------------------------------------
    def battery(self, job: str, full: bool) -> list[str]:
        rng = self.rng
        core = [i for i in ("phq9", "gad7", "pss10") if i in self.instruments]
        if not full:
            return core[:2] + (core[2:] if rng.random() < 0.4 else [])
        extras = (("audit_k", 0.8), ("k10", 0.55), ("isi", 0.3), ("pcl5", 0.5 if job == "fire" else 0.03),
                  ("mbi_hss", 0.3 if job in ("health", "welfare", "civil_service") else 0.08),
                  ("k6", 0.05), ("cesd", 0.06))
        return core + [i for i, p in extras if i in self.instruments and rng.random() < p]

    def screen(self, client: _Client, inst_id: str, day: date, minute: int, channel: str, site: int,
               entered_by: int, *, shift: float = 0.0, progress: float = 0.0) -> None:
        inst = self.instruments.get(inst_id)
        if inst is None:
            return
        rng = self.rng
        if inst.alcohol:
            q = _phi(0.9 * client.zalc + 0.44 * rng.gauss(0, 1))
        else:
            q = _phi(0.95 * (client.z - shift) + 0.31 * rng.gauss(0, 1))
        flag = False
        if inst.has_flag_item:
            flag = rng.random() < ((0.4 * (1.0 - 0.8 * progress)) if client.suicidal else 0.001)
        answers = inst.answers(inst.level(q, client.sex), rng, flag)
        self.screenings.append(_Screening(self.next_seq(), client, inst, day, minute, channel, answers, site,
                                          entered_by))
        client.touch(day, minute, entered_by)
        k = self.widx(day)
        if k >= 0:
            self.screen_rows[k] += 1

    def screen_battery(self, client: _Client, day: date, minute: int, channel: str, site: int, entered_by: int,
                       *, full: bool = True, shift: float = 0.0, progress: float = 0.0,
                       ids: list[str] | None = None) -> None:
        for n, inst_id in enumerate(ids or self.battery(client.job, full)):
            self.screen(client, inst_id, day, minute + 2 * n, channel, site, entered_by, shift=shift,
                        progress=progress)

    # -- the run ---------------------------------------------------------------------------------
    def run(self) -> None:
        for k in range(self.years):
            ys, ye = self.bounds[k], self.bounds[k + 1]
            mid = ys + (ye - ys) / 2
            factor = YEAR_FACTOR.get(mid.year, 1.0) * (1.0 + self.rng.uniform(-0.04, 0.04))
            self.programs_for(k, ys, ye, factor)
            self.groups_for(k, ys, ye, factor)
            if k == 0:
                # The center did not open on the first day of the demo: start with a caseload
                # (clients taken on in the first weeks), so the first months are not empty.
                early = min(ye, self.today, self.next_workday(ys + timedelta(days=21)) + timedelta(days=1))
                for _ in range(round(CARRY_IN * factor)):
                    self.case(ys, early, mid.year in REMOTE_YEARS)
            guard = 0
            while self.counsel_pv[k] < TARGET_COUNSELING * factor and guard < 3000:
                self.case(ys, ye, mid.year in REMOTE_YEARS)
                guard += 1
            self.fill_campaigns(k, factor)
            guard = 0
            while self.screen_rows[k] < TARGET_SCREENING * factor and guard < 20000:
                self.screening_visits(ys, ye)
                guard += 1
            self.referrals_for(ys, ye, factor)
            self.report(5 + int(55 * (k + 1) / self.years), 100)
        if self.workdays:
            self.upcoming_outreach()

    # -- counseling cases ----------------------------------------------------------------------
    def case(self, ys: date, ye: date, remote_year: bool) -> None:
        rng = self.rng
        start = self.pick_day(ys, min(ye, self.today))
        if start is None:
            return
        counselor = self.pick_counselor(start)
        client = self.returning_client(start, free_of_cases=True) if rng.random() < 0.15 else None
        if client is None:
            client = self.new_client(start, counselor.site_id, z_mean=0.7, z_sd=0.8)
        else:
            client.z = max(client.z, rng.gauss(0.7, 0.8))
            if not client.suicidal and client.z > 1.8:
                client.suicidal = rng.random() < 0.2
        primary, secondary = self.problems(client.job)
        crisis = primary in N.CRISIS_PROBLEMS
        if crisis:
            client.z = max(client.z, rng.gauss(1.9, 0.4))
            client.suicidal = primary != "violence" or rng.random() < 0.3
        case = _Case(self.next_seq(), client, counselor, start, primary, secondary, crisis)
        client.cases.append(case)
        client.busy_until = date.max
        self.cases.append(case)

        n = _session_count(rng)
        interval = 7 if rng.random() < 0.72 else 14
        r = rng.random()
        remote = (0.35 if remote_year else 0.18)
        if r < 1 - remote:
            method = "in_person"
        else:
            method = rng.choices(("phone", "video", "online", "visit"), weights=(50, 28, 14, 8))[0]
        family = primary in N.FAMILY_PROBLEMS or any(s in N.FAMILY_PROBLEMS for s in secondary)
        preferred = rng.choice(SLOTS)
        improvement = max(0.0, rng.gauss(1.0, 0.45))
        rooms = self.s.rooms[counselor.site_id]["individual"]
        self.screen_battery(client, start, preferred - 30, "in_person" if rng.random() < 0.8 else "paper",
                            counselor.site_id, counselor.id)
        client.touch(start, preferred - 30, counselor.id)   # the intake itself, should no form be installed

        day, attended, first, guard = start, 0, True, 0
        last: date | None = None
        open_at_end = False
        while attended < n and guard < 4 * n + 10:
            guard += 1
            if day > self.horizon:
                open_at_end = True
                break
            kind = "family" if family and not first and rng.random() < 0.4 else "individual"
            how = method if rng.random() < 0.8 else "in_person"
            if kind == "family" or first:
                how = "in_person"
            minutes = 60 if first or kind == "family" else (50 if how in ("in_person", "video", "visit") else 40)
            found = self.sched.slot(counselor.id, rooms if how == "in_person" else None, day, preferred, minutes)
            if found is None:
                day = self.next_workday(day + timedelta(days=1))
                continue
            begin, room = found
            created_by = self.s.coord if rng.random() < 0.4 else counselor.id
            appt = _Appt(self.next_seq(), counselor.site_id, counselor.id, room, client,
                         "intake" if first else kind, day, begin, begin + minutes, "attended",
                         "방문 상담" if how == "visit" else None, created_by)
            self.appts.append(appt)
            if day >= self.today:
                appt.status = "booked"
                open_at_end = True
                day = self.next_workday(day + timedelta(days=interval))
                continue
            roll = rng.random()
            if not first and roll < 0.05:
                appt.status = "no_show"
                day = self.next_workday(day + timedelta(days=7))
                continue
            if not first and roll < 0.10:
                appt.status = "cancelled"
                day = self.next_workday(day + timedelta(days=rng.randint(1, 7)))
                continue
            progress = attended / max(1, n - 1)
            session = self.session(case, appt, kind, how, day, begin, minutes, attended, n)
            case.sessions.append(session)
            attended += 1
            last = day
            if attended % 4 == 0 and attended < n:
                self.screen_battery(client, day, begin + minutes, "in_person", counselor.site_id, counselor.id,
                                    ids=[i for i in ("phq9", "gad7") if i in self.instruments],
                                    shift=improvement * progress, progress=progress)
            first = False
            day = self.next_workday(day + timedelta(days=interval + rng.choice((-1, 0, 0, 0, 1))))

        if open_at_end or last is None:
            client.busy_until = date.max
            return
        reason = rng.choices(("goals_met", "client_request", "no_contact", "other"), weights=(64, 17, 13, 6))[0]
        if n <= 2:
            reason = rng.choice(("goals_met", "client_request"))
        if reason == "goals_met" and n >= 4:
            self.screen_battery(client, last, 1080, "in_person", counselor.site_id, counselor.id,
                                ids=[i for i in ("phq9", "gad7", "pss10") if i in self.instruments],
                                shift=improvement, progress=1.0)
        closed = last + timedelta(days=rng.randint(21, 35) if reason == "no_contact" else rng.randint(0, 10))
        if closed >= self.today:
            client.busy_until = date.max
            return
        case.closed_on, case.reason = closed, reason
        client.busy_until = closed

    def session(self, case: _Case, appt: _Appt, kind: str, method: str, day: date, begin: int, minutes: int,
                k: int, n: int) -> _Session:
        rng = self.rng
        counselor = case.counselor
        template = counselor.template
        note = self.note(case, kind, method, k, n, template)
        signed, signed_at = self.signing(day, begin + minutes)
        s = _Session(self.next_seq(), case.client, case, appt, None, kind, method, day, begin, minutes, counselor,
                     counselor.site_id, template, note, signed, signed_at)
        if kind == "family":
            s.participants = rng.sample(N.FAMILY_RELATIONS[:2], rng.randint(1, 2))
        if signed and counselor.supervised and rng.random() < 0.08:
            when = self.next_workday(day + timedelta(days=rng.randint(1, 5)))
            if when < self.today:
                s.addenda.append((rng.choice(N.SUPERVISION_ADDENDA), _stamp(when, rng.randint(600, 1050)), self.s.lead))
        self.sessions.append(s)
        case.client.touch(day, begin, counselor.id)
        w = self.widx(day)
        if w >= 0:
            self.counsel_pv[w] += 1
        return s

    def signing(self, day: date, end: int) -> tuple[bool, str | None]:
        rng = self.rng
        recent = (self.today - day).days <= 7
        if rng.random() < (0.35 if recent else 0.004):
            return False, None
        if rng.random() < 0.7:
            return True, _stamp(day, end + rng.randint(10, 150))
        when = self.next_workday(day + timedelta(days=1))
        if when >= self.today:
            return True, _stamp(day, end + rng.randint(10, 150))
        return True, _stamp(when, rng.randint(540, 1080))

    def note(self, case: _Case, kind: str, method: str, k: int, n: int, template: str) -> dict:
        rng = self.rng
        texts = N.PROBLEM_TEXT[case.primary]
        phase = "early" if k < 2 else ("late" if k >= n - 2 else "middle")
        if k == 0:
            s = f"접수 면접. 주호소: {self.s.problem_names.get(case.primary, case.primary)}. " + rng.choice(texts["s"])
        elif phase == "early" or rng.random() < 0.35:
            s = rng.choice(texts["s"])
        else:
            s = rng.choice(N.NOTE_PROGRESS)
        if case.secondary and rng.random() < 0.3:
            s += " " + rng.choice(N.PROBLEM_TEXT[rng.choice(case.secondary)]["s"])
        if kind == "family":
            s = rng.choice(N.FAMILY_SESSION_TEXT) + " " + s
        if method != "in_person":
            o = rng.choice(N.NOTE_OBSERVATION_REMOTE[method])
        else:
            o = rng.choice(N.NOTE_OBSERVATION if k == 0 else N.NOTE_OBSERVATION + N.NOTE_OBSERVATION_LATER)
        a = rng.choice(texts["a"]) if phase == "early" or rng.random() < 0.5 else rng.choice(N.NOTE_ASSESSMENT_PROGRESS)
        if case.crisis and rng.random() < 0.6:
            p = rng.choice(N.NOTE_PLAN["safety" if case.primary == "violence" else "crisis"])
        else:
            p = rng.choice(N.NOTE_PLAN[phase])
        if template == "soap":
            return {"subjective": s, "objective": o, "assessment": a, "plan": p}
        if template == "dap":
            return {"data": f"{s} {o}", "assessment": a, "plan": p}
        return {"text": f"{s} {o} {a} {p}"}

    # -- group counseling ----------------------------------------------------------------------
    def groups_for(self, k: int, ys: date, ye: date, factor: float) -> None:
        rng = self.rng
        length = (ye - ys).days
        for i in range(max(1, round(GROUPS_PER_YEAR * factor))):
            anchor = ys + timedelta(days=int(length * (0.06 + 0.23 * i)) + rng.randint(-7, 7))
            first = self.next_workday(max(anchor, ys))
            if first >= self.today - timedelta(days=1):
                continue
            counselor = self.pick_counselor(first)
            room = self.s.rooms[counselor.site_id]["group"]
            begin = 1110 if rng.random() < 0.5 else 840
            name = N.GROUP_NAMES[(k * GROUPS_PER_YEAR + i) % len(N.GROUP_NAMES)]
            members: list[_Client] | None = None
            fresh: list[_Client] = []
            day = first
            for no in range(1, 9):
                placed = None
                for shift in range(4):
                    cand = self.next_workday(day + timedelta(days=shift))
                    if cand > self.horizon:
                        break
                    if self.sched.fixed(counselor.id, room, cand, begin, begin + 120):
                        placed = cand
                        break
                if placed is None:
                    if day > self.horizon:
                        break
                    day += timedelta(days=7)
                    continue
                if members is None:
                    if placed >= self.today:
                        break
                    members, fresh = self.group_members(placed, counselor)
                appt = _Appt(self.next_seq(), counselor.site_id, counselor.id, room, None, "group", placed, begin,
                             begin + 120, "attended", name, counselor.id)
                self.appts.append(appt)
                if placed >= self.today:
                    appt.status = "booked"
                    day = placed + timedelta(days=7)
                    continue
                key = f"grp-{first:%Y%m%d}-{counselor.login}-{no:02d}"
                topic = N.GROUP_TOPICS[(no - 1) % len(N.GROUP_TOPICS)]
                for m in members:
                    if (no == 1 and m in fresh) or rng.random() < 0.85:
                        text = f"{name} {no}회기: '{topic}'. " + rng.choice(N.GROUP_PARTICIPATION)
                        signed, signed_at = self.signing(placed, begin + 120)
                        s = _Session(self.next_seq(), m, None, appt, key, "group", "in_person", placed, begin, 120,
                                     counselor, counselor.site_id, "free", {"text": text}, signed, signed_at)
                        self.sessions.append(s)
                        m.touch(placed, begin, counselor.id)
                        w = self.widx(placed)
                        if w >= 0:
                            self.counsel_pv[w] += 1
                day = placed + timedelta(days=7)

    def group_members(self, day: date, counselor: _Counselor) -> tuple[list[_Client], list[_Client]]:
        members: list[_Client] = []
        size = self.rng.randint(6, 9)
        for _ in range(size // 2):
            c = self.returning_client(day)
            if c is not None and c not in members:
                members.append(c)
        fresh = []
        while len(members) < size:
            c = self.new_client(day, counselor.site_id, z_mean=0.6, z_sd=0.9)
            members.append(c)
            fresh.append(c)
        return members, fresh

    # -- programs ------------------------------------------------------------------------------
    def program(self, name: str, category: str, site: int, facilitator: int | None, start: date,
                planned: int | None, description: str | None, department: str | None = None) -> _Program:
        p = _Program(self.next_seq(), name, category, site, facilitator, department, start, planned, description)
        self.programs.append(p)
        return p

    def program_session(self, p: _Program, no: int, day: date, begin: int, end: int, room: int | None,
                        location: str | None) -> _ProgramSession:
        ps = _ProgramSession(self.next_seq(), p, no, day, begin, end, room, location)
        p.sessions.append(ps)
        self.psessions.append(ps)
        return ps

    def attend(self, ps: _ProgramSession, client: _Client, walk_in: bool, staff_id: int) -> None:
        if any(c is client for c, _ in ps.attendees):
            return
        ps.attendees.append((client, walk_in))
        client.touch(ps.day, ps.start, staff_id)
        w = self.widx(ps.day)
        if w >= 0:
            self.program_pv[w] += 1

    def programs_for(self, k: int, ys: date, ye: date, factor: float) -> None:
        """~50 in-center program sessions, ~20 outreach visits and 2 campaigns in [ys, ye)."""
        length = (ye - ys).days
        for i in range(PROGRAM_CYCLES):
            anchor = ys + timedelta(days=int(length * (0.03 + 0.118 * i)) + self.rng.randint(-5, 5))
            self.program_cycle(i, max(anchor, ys))
        for i in range(ONE_DAY_PROGRAMS):
            anchor = ys + timedelta(days=int(length * (0.3 + 0.45 * i)) + self.rng.randint(-5, 5))
            self.one_day_program(N.ONE_DAY_PROGRAMS[(k * ONE_DAY_PROGRAMS + i) % len(N.ONE_DAY_PROGRAMS)],
                                 max(anchor, ys))
        visits = max(1, round(OUTREACH_PER_YEAR * factor))
        for i in range(visits):
            anchor = ys + timedelta(days=int(length * (i + 0.5) / visits) + self.rng.randint(-6, 6))
            day = self.next_workday(max(anchor, ys))
            if day < self.today:
                self.outreach(day, past=True)
        for campaign in N.CAMPAIGNS:
            self.campaign(campaign, ys, ye)

    def program_cycle(self, i: int, anchor: date) -> None:
        """A weekly in-center program (CYCLE_SESSIONS sessions, evenings mostly) with registered
        clients, ticked attendance, a few walk-ins and a PSS-10 before and after."""
        rng = self.rng
        cats = ("stress_relief", "resilience", "relationships", "stress_relief", "resilience", "stress_relief",
                "relationships", "resilience")
        cat = cats[i % len(cats)]
        title, desc = rng.choice(N.PROGRAMS[cat])
        site = self.s.main if i % 5 in (0, 2, 4) else self.s.annex
        weekday = rng.choice((1, 2, 3))
        day = self.next_workday(anchor)
        while day.weekday() != weekday:
            day = self.next_workday(day + timedelta(days=1))
        if day >= self.today:
            return
        facilitator = self.pick_counselor(day, site)
        room = self.s.rooms[site]["group"]
        begin, end = (1110, 1200) if rng.random() < 0.7 else (900, 1020)
        n = self.program_names.get((title, day.year), 0) + 1
        self.program_names[(title, day.year)] = n
        p = self.program(f"{title} ({day.year}년 {n}기)", cat, site, facilitator.id, day, CYCLE_SESSIONS, desc)
        d = day
        for no in range(1, CYCLE_SESSIONS + 1):
            for shift in range(4):
                cand = self.next_workday(d + timedelta(days=shift))
                if self.sched.fixed(facilitator.id, room, cand, begin, end):
                    self.program_session(p, no, cand, begin, end, room, None)
                    break
            d += timedelta(days=7)
        sessions = p.sessions
        if not sessions:
            return
        p.ends_on = sessions[-1].day
        first_past = sessions[0].day < self.today
        size = rng.randint(10, 16)
        fresh: list[_Client] = []
        while len(p.registered) < size:
            c = self.returning_client(day) if (rng.random() < 0.45 or not first_past) else None
            if c is None:
                if not first_past:
                    break
                c = self.new_client(day, site, z_mean=0.3)
                fresh.append(c)
            if c not in p.registered:
                p.registered.append(c)
        for ps in sessions:
            if ps.day >= self.today:
                continue
            for c in p.registered:
                if (ps is sessions[0] and c in fresh) or rng.random() < 0.78:
                    self.attend(ps, c, False, facilitator.id)
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                c = self.returning_client(ps.day) if rng.random() < 0.6 else None
                c = c or self.new_client(ps.day, site, z_mean=0.3)
                self.attend(ps, c, c not in p.registered, facilitator.id)
            if cat != "relationships" and ps in (sessions[0], sessions[-1]) and "pss10" in self.instruments:
                for c, _ in ps.attendees:
                    if rng.random() < 0.7:
                        self.screen(c, "pss10", ps.day, ps.start, "paper", site, facilitator.id,
                                    shift=0.4 if ps is sessions[-1] else 0.0)

    def one_day_program(self, kind: tuple[str, str], anchor: date) -> None:
        rng = self.rng
        title, cat = kind
        site = self.other_site()
        day = self.next_workday(anchor)
        if day >= self.today:
            return
        facilitator = self.pick_counselor(day, site)
        room = self.s.rooms[site]["group"]
        for shift in range(5):
            cand = self.next_workday(day + timedelta(days=shift))
            if self.sched.fixed(facilitator.id, room, cand, 1110, 1230):
                day = cand
                break
        else:
            return
        if day >= self.today:
            return
        p = self.program(f"{title} ({day.year}년)", cat, site, facilitator.id, day, 1,
                         "퇴근 후 한 번에 마치는 힐링 클래스")
        p.ends_on = day
        ps = self.program_session(p, 1, day, 1110, 1230, room, None)
        for _ in range(rng.randint(12, 20)):
            c = self.returning_client(day) if rng.random() < 0.5 else None
            c = c or self.new_client(day, site, z_mean=0.2)
            walk_in = rng.random() < 0.2
            if not walk_in and c not in p.registered:
                p.registered.append(c)
            self.attend(ps, c, walk_in, facilitator.id)

    def campaign(self, campaign: tuple, ys: date, ye: date) -> None:
        """A campaign on the lobby for a few days around its date; head-counts come later."""
        month, dom, ndays, title, desc = campaign
        for year in (ys.year, ys.year + 1):
            start = date(year, month, dom)
            if ys <= start < ye and start < self.today:
                break
        else:
            return
        start = self.next_workday(start)
        p = self.program(f"{title} {start.year}", "campaign", self.s.main, self.s.coord, start, ndays, desc)
        day = start
        for no in range(1, ndays + 1):
            if day >= self.today:
                break
            place = N.CAMPAIGN_PLACES[(no - 1) % len(N.CAMPAIGN_PLACES)]
            self.program_session(p, no, day, 690, 810, None, place)
            self.sched.take(self.s.coord, None, day, 690, 810)
            day = self.next_workday(day + timedelta(days=1))
        p.ends_on = p.sessions[-1].day if p.sessions else start

    def outreach(self, day: date, past: bool) -> None:
        rng = self.rng
        job = rng.choices(self.jobs, cum_weights=self.job_cum)[0]
        dept = rng.choice(N.JOBS[job][2])
        begin = rng.choice((600, 840))
        facilitator = None
        for c in rng.sample(self.counselors_on(day), len(self.counselors_on(day))):
            if self.sched.staff_free(c.id, day, begin, begin + 90):
                facilitator = c
                break
        if facilitator is None:
            return
        self.sched.take(facilitator.id, None, day, begin, begin + 90)
        p = self.program(f"{N.OUTREACH_TITLE} — {dept}", "outreach", facilitator.site_id, facilitator.id, day, 1,
                         "부서로 찾아가는 스트레스 관리 교육과 상담 안내", department=dept)
        p.ends_on = day
        ps = self.program_session(p, 1, day, begin, begin + 90, None, f"{dept} {rng.choice(N.OUTREACH_PLACES)}")
        if not past:
            return
        ps.headcount = rng.randint(30, 140)
        w = self.widx(day)
        if w >= 0:
            self.program_pv[w] += ps.headcount
        if rng.random() < 0.4:   # a paper screening on the spot for those who want one
            for _ in range(rng.randint(8, 25)):
                c = self.new_client(day, facilitator.site_id, job=job, dept=dept)
                self.screen_battery(c, day, begin + 60, "paper", facilitator.site_id, facilitator.id)
                self.later_visits(c, day)

    def upcoming_outreach(self) -> None:
        day = self.next_workday(self.today + timedelta(days=6))
        self.outreach(day, past=False)

    def fill_campaigns(self, k: int, factor: float) -> None:
        """Campaign head-counts make up the rest of the year's program person-visits."""
        ys, ye = self.bounds[k], self.bounds[k + 1]
        sessions = [ps for ps in self.psessions if ps.program.category == "campaign" and ys <= ps.day < ye
                    and ps.day < self.today and ps.headcount is None]
        if not sessions:
            return
        missing = TARGET_PROGRAM * factor - self.program_pv[k]
        per = missing / len(sessions)
        for ps in sessions:
            ps.headcount = int(max(80, min(1200, per * self.rng.uniform(0.85, 1.15))))
            self.program_pv[k] += ps.headcount

    # -- screening visits -----------------------------------------------------------------------
    def screening_visits(self, ys: date, ye: date) -> None:
        rng = self.rng
        day = self.pick_day(ys, min(ye, self.today))
        if day is None:
            return
        client = self.returning_client(day) if rng.random() < 0.15 else None
        if client is not None and client.busy_until == date.max:
            client = None
        if client is None:
            client = self.new_client(day, self.other_site())
        self.visit(client, day, full=True)
        self.later_visits(client, day)

    def later_visits(self, client: _Client, day: date) -> None:
        rng = self.rng
        extra = rng.choices((0, 1, 2), weights=(72, 21, 7))[0]
        for _ in range(extra):
            day = self.next_workday(day + timedelta(days=rng.randint(90, 240)))
            if day >= self.today:
                break
            self.visit(client, day, full=False)

    def visit(self, client: _Client, day: date, full: bool) -> None:
        rng = self.rng
        channel = rng.choices(("in_person", "online", "paper", "phone"), weights=(60, 28, 8, 4))[0]
        site = client.site_id
        if channel == "online":
            entered_by = self.s.coord
        else:
            options = self.counselors_on(day, site)
            entered_by = rng.choice(options).id if options and rng.random() < 0.7 else self.s.coord
        self.screen_battery(client, day, rng.randint(540, 1050), channel, site, entered_by, full=full)

    # -- referrals -------------------------------------------------------------------------------
    def referrals_for(self, ys: date, ye: date, factor: float) -> None:
        rng = self.rng
        candidates = [c for c in self.cases if ys <= c.opened_on < ye and c.sessions and not c.referred]
        wanted = max(1, round(REFERRALS_PER_YEAR * factor + rng.uniform(-3, 3)))
        weights = []
        for c in candidates:
            w = 0.3 + max(0.0, c.client.z)
            if c.crisis:
                w += 6
            if c.primary in ("depression", "sleep", "alcohol", "trauma"):
                w += 1.5
            weights.append(w)
        chosen: list[_Case] = []
        while candidates and len(chosen) < wanted:
            i = rng.choices(range(len(candidates)), weights=weights)[0]
            chosen.append(candidates.pop(i))
            weights.pop(i)
        for case in sorted(chosen, key=lambda c: c.seq):
            s = case.sessions[0] if case.crisis else case.sessions[min(len(case.sessions) - 1, rng.randint(1, 3))]
            day = s.day
            if case.crisis:
                kind = "designated_clinic" if rng.random() < 0.85 else "psychiatrist"
                topic = "crisis"
            elif case.primary == "alcohol":
                kind = "external" if rng.random() < 0.5 else "designated_clinic"
                topic = "alcohol"
            else:
                kind = rng.choices(("designated_clinic", "psychiatrist", "external"), weights=(85, 8, 7))[0]
                topic = case.primary if case.primary in N.REFERRAL_REASONS else "other"
            if kind == "designated_clinic":
                name = rng.choice(N.CLINICS)
            elif kind == "psychiatrist":
                name = "센터 자문의 (정신건강의학과 전문의)"
            else:
                name = "중독관리통합지원센터" if topic == "alcohol" else rng.choice(N.EXTERNAL_PLACES)
            age = (self.today - day).days
            if age > 90:
                outcome = rng.choices(("completed", "attended", "declined", "unknown"), weights=(55, 15, 12, 18))[0]
            elif age > 30:
                outcome = rng.choices(("attended", "pending", "declined", "completed"), weights=(50, 30, 10, 10))[0]
            else:
                outcome = rng.choices(("pending", "attended"), weights=(80, 20))[0]
            cost = 0
            if kind == "designated_clinic" and outcome == "completed":
                cost = rng.randint(30, 100) * 10_000
            elif kind == "designated_clinic" and outcome == "attended":
                cost = rng.randint(10, 60) * 10_000
            note = rng.choice(N.REFERRAL_NOTES[outcome]) if rng.random() < 0.8 else None
            self.referrals.append(_Referral(self.next_seq(), case, kind, name, rng.choice(N.REFERRAL_REASONS[topic]),
                                            day, cost, outcome, note))
            case.referred = True
            if case.closed_on is not None and rng.random() < 0.35:
                case.reason = "referred"

    # -- writing ---------------------------------------------------------------------------------
    def write(self, vault: Vault) -> dict[str, int]:
        rng = self.rng
        conn = vault.conn
        today = self.today
        s = self.s

        def start_id(table: str) -> int:
            return (conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1

        # clients: ids and codes in order of first service ('2026-0001', ...)
        seen = [c for c in self.clients if c.first_seen is not None]
        seen.sort(key=lambda c: (c.first_seen, c.first_minute, c.seq))
        per_year: dict[int, int] = {}
        next_id = start_id("clients")
        for c in seen:
            c.id = next_id
            next_id += 1
            n = per_year.get(c.first_seen.year, 0) + 1
            per_year[c.first_seen.year] = n
            c.code = f"{c.first_seen.year}-{n:04d}"
        for table, items, key in (
            ("cases", self.cases, lambda c: (c.opened_on, c.seq)),
            ("appointments", self.appts, lambda a: (a.day, a.start, a.seq)),
            ("counseling_sessions", self.sessions, lambda x: (x.day, x.start, x.seq)),
            ("screenings", self.screenings, lambda x: (x.day, x.minute, x.seq)),
            ("programs", self.programs, lambda p: (p.starts_on, p.seq)),
            ("program_sessions", self.psessions, lambda p: (p.day, p.start, p.seq)),
            ("referrals", self.referrals, lambda r: (r.day, r.seq)),
        ):
            items.sort(key=key)
            first = start_id(table)
            for offset, item in enumerate(items):
                item.id = first + offset
        self.report(62, 100)

        # screenings: scored by the forms engine and stored as ScreeningRepository.record stores
        # them: total/band/class of the result, flag_count = safety flags (each opens a follow-up,
        # reason '<form>.<flag>'), overall_class = forms.classify_overall over the client's
        # latest result per form that day, under the center's classification policy.
        policy_row = conn.execute("SELECT value FROM settings WHERE key = 'classification_policy'").fetchone()
        policy = json.loads(policy_row[0]) if policy_row else None
        scored: dict = {}
        results = []
        for n, x in enumerate(self.screenings):
            inst = x.inst
            sex = x.client.sex if inst.definition.sex_dependent else None
            key = (inst.id, sex, tuple(x.answers.items()))
            hit = scored.get(key)
            if hit is None:
                result = forms.score(inst.definition, x.answers, sex=x.client.sex)
                hit = (result, json.dumps(result.to_dict(), ensure_ascii=False),
                       result.total.value if result.total is not None else None,
                       result.band.id if result.band is not None else None,
                       [f.id for f in result.flags if f.kind == "safety"])
                scored[key] = hit
            results.append(hit)
            if n % 2000 == 0:
                self.report(62 + int(18 * n / max(1, len(self.screenings))), 100)
        day_results: dict[tuple[int, date], dict] = {}
        for x, hit in zip(self.screenings, results):   # in id order: the last entered counts
            day_results.setdefault((x.client.id, x.day), {})[x.inst.id] = hit[0]
        overall = {key: forms.classify_overall(list(latest.values()), policy).risk_class
                   for key, latest in day_results.items()}
        screening_rows, followups = [], []
        for x, (result, data, total, band, safety) in zip(self.screenings, results):
            created = _stamp(x.day, x.minute + 15)
            screening_rows.append((x.id, x.client.id, x.inst.id, x.inst.version, x.day.isoformat(), x.channel,
                                   json.dumps({"answers": x.answers, "totals": {}}, ensure_ascii=False), data,
                                   total, band, result.risk_class, len(safety), x.site_id, x.entered_by, created,
                                   overall[(x.client.id, x.day)]))
            for flag_id in safety:
                followups.append((x, created, f"{x.inst.id}.{flag_id}"))

        followup_rows = self.followup_rows(followups)
        waitlist_rows = self.waitlist_rows(followup_rows)
        self.report(80, 100)

        with vault.transaction():
            conn.executemany(
                "INSERT INTO clients (id, code, name, name_initials, sex, birth_year, job_group, department, phone,"
                " phone_tail, email, site_id, status, first_seen_on, created_at, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
                [(c.id, c.code, c.name, initials(c.name), c.sex, c.birth_year, c.job, c.dept, c.phone,
                  _phone_tail(c.phone), c.site_id,
                  "inactive" if (today - c.last_seen).days > 730 else "active",
                  c.first_seen.isoformat(), _stamp(c.first_seen, c.first_minute), c.created_by) for c in seen])
            conn.executemany(
                "INSERT INTO consents (client_id, kind, version, scope, given, given_on, withdrawn_on, recorded_by)"
                " VALUES (?, ?, ?, ?, 1, ?, NULL, ?)", self.consent_rows(seen))
            conn.executemany(
                "INSERT INTO cases (id, client_id, counselor_id, opened_on, closed_on, close_reason, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(c.id, c.client.id, c.counselor.id, c.opened_on.isoformat(),
                  c.closed_on.isoformat() if c.closed_on else None, c.reason if c.closed_on else None,
                  "closed" if c.closed_on else "open") for c in self.cases])
            conn.executemany(
                "INSERT INTO case_problems (case_id, problem_code, is_primary) VALUES (?, ?, ?)",
                [row for c in self.cases for row in
                 [(c.id, c.primary, 1)] + [(c.id, code, 0) for code in c.secondary]])
            conn.executemany(
                "INSERT INTO appointments (id, site_id, counselor_id, room_id, client_id, kind, starts_at, ends_at,"
                " status, recurrence_id, memo, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
                [(a.id, a.site_id, a.counselor_id, a.room_id, a.client.id if a.client else None, a.kind,
                  _hm(a.day, a.start), _hm(a.day, a.end), a.status, a.memo, a.created_by,
                  _stamp(a.day, a.end) if a.status != "booked"
                  else _stamp(max(self.start, min(a.day - timedelta(days=7), today - timedelta(days=1))), 600))
                 for a in self.appts])
            conn.executemany(
                "INSERT INTO counseling_sessions (id, client_id, case_id, appointment_id, group_key, kind, method,"
                " session_date, minutes, counselor_id, site_id, template, note, note_status, signed_at, signed_by,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(x.id, x.client.id, x.case.id if x.case else None, x.appt.id if x.appt else None, x.group_key,
                  x.kind, x.method, x.day.isoformat(), x.minutes, x.counselor.id, x.site_id, x.template,
                  json.dumps(x.note, ensure_ascii=False), "signed" if x.signed else "draft", x.signed_at,
                  x.counselor.id if x.signed else None, _stamp(x.day, x.start + x.minutes),
                  x.signed_at or _stamp(x.day, x.start + x.minutes + 5)) for x in self.sessions])
            conn.executemany(
                "INSERT INTO session_participants (session_id, client_id, relation) VALUES (?, NULL, ?)",
                [(x.id, relation) for x in self.sessions for relation in x.participants])
            conn.executemany(
                "INSERT INTO note_addenda (session_id, text, written_at, written_by) VALUES (?, ?, ?, ?)",
                [(x.id, text, at, by) for x in self.sessions for text, at, by in x.addenda])
            signoffs, comments = _signoff_rows(self.sessions)
            conn.executemany(
                "INSERT INTO note_signoffs (session_id, status, reviewer_id, rounds, submitted_at, decided_at,"
                " cosigned_by, cosigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", signoffs)
            conn.executemany(
                "INSERT INTO signoff_comments (session_id, author_id, kind, text, written_at) VALUES (?, ?, ?, ?, ?)",
                comments)
            self.report(85, 100)
            conn.executemany(
                "INSERT INTO screenings (id, client_id, instrument_id, instrument_version, taken_on, channel, answers,"
                " result, total, band, risk_class, flag_count, site_id, entered_by, created_at, overall_class)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", screening_rows)
            conn.executemany(
                "INSERT INTO safety_followups (client_id, screening_id, reason, raised_at, assigned_to, status,"
                " closed_at, closed_by, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", followup_rows)
            self.report(92, 100)
            conn.executemany(
                "INSERT INTO programs (id, name, category, site_id, facilitator_id, department, starts_on, ends_on,"
                " planned_sessions, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(p.id, p.name, p.category, p.site_id, p.facilitator_id, p.department, p.starts_on.isoformat(),
                  (p.ends_on or p.starts_on).isoformat(), p.planned, p.description) for p in self.programs])
            conn.executemany(
                "INSERT INTO program_registrations (program_id, client_id) VALUES (?, ?)",
                [(p.id, c.id) for p in self.programs for c in p.registered])
            conn.executemany(
                "INSERT INTO program_sessions (id, program_id, session_no, starts_at, ends_at, room_id, location,"
                " headcount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(ps.id, ps.program.id, ps.no, _hm(ps.day, ps.start), _hm(ps.day, ps.end), ps.room_id, ps.location,
                  ps.headcount) for ps in self.psessions])
            conn.executemany(
                "INSERT INTO program_attendance (program_session_id, client_id, walk_in) VALUES (?, ?, ?)",
                [(ps.id, c.id, int(walk_in)) for ps in self.psessions for c, walk_in in ps.attendees])
            conn.executemany(
                "INSERT INTO referrals (id, client_id, case_id, destination_kind, destination_name, reason, referred_on,"
                " cost_support_krw, outcome, outcome_note, site_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(r.id, r.case.client.id, r.case.id, r.kind, r.name, r.reason, r.day.isoformat(), r.cost, r.outcome,
                  r.note, r.case.counselor.site_id, r.case.counselor.id) for r in self.referrals])
            conn.executemany(
                "INSERT INTO satisfaction_responses (site_id, service_line, period_month, usefulness, comfort,"
                " participation, suitability, recommend, revisit, environment, comment, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.survey_rows())
            conn.executemany(
                "INSERT INTO annual_plans (year, site_id, service_line, target_person_visits, budget_krw)"
                " VALUES (?, NULL, ?, ?, ?)", self.plan_rows())
            conn.executemany(
                "INSERT INTO waitlist (client_id, contact_name, contact_phone, site_id, counselor_id, time_pref,"
                " program_id, priority, memo, added_at, added_by, status, resolved_at, resolved_by, withdraw_reason,"
                " appointment_id, placed_program_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                waitlist_rows)
            counts = _counts(conn)
            vault.audit("demo_generate", "database", detail=counts)
        self.report(98, 100)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return counts

    def followup_rows(self, raised: list) -> list[tuple]:
        """One follow-up per flag, assigned like FollowUpRepository.raise_for (the counselor of
        the client's open case, else whoever entered the screening); older ones closed."""
        rng = self.rng
        rows = []
        last_two = {id(item[0]) for item in sorted(raised, key=lambda r: (r[0].day, r[0].minute, r[0].seq))[-2:]}
        for x, at, reason in raised:
            assigned = x.entered_by
            for case in x.client.cases:
                if case.opened_on <= x.day and (case.closed_on is None or case.closed_on >= x.day):
                    assigned = case.counselor.id
            age = (self.today - x.day).days
            keep_open = id(x) in last_two or (rng.random() < 0.7 if age <= 14 else rng.random() < 0.03)
            if keep_open:
                rows.append((x.client.id, x.id, reason, at, assigned, "open", None, None, None))
                continue
            when = x.day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            when = min(self.next_workday(when), self.today - timedelta(days=1))
            closer = assigned if rng.random() < 0.75 else self.s.lead
            minute = x.minute + rng.randint(30, 120) if when <= x.day else rng.randint(540, 1080)
            rows.append((x.client.id, x.id, reason, at, assigned, "closed", _stamp(when, minute), closer,
                         rng.choice(N.FOLLOWUP_ACTIONS)))
        return rows

    def waitlist_rows(self, followup_rows: list[tuple]) -> list[tuple]:
        """The waitlist as WaitlistRepository would have left it: about a third of the cases
        came through it (added some days before their intake appointment, booked a few days
        after being added; crisis cases urgent and within days), some program members were
        placed from it, anonymous enquiries that were withdrawn (their contact erased), and
        about a dozen people waiting today: enquiries, former clients, one with an open safety
        follow-up. Drawn from its own random stream, so the rest of the demo is unchanged."""
        rng = getattr(self, "waitlist_rng", None) or random.Random("waitlist")
        today, start, s = self.today, self.start, self.s
        rows: list[tuple] = []
        waiting: set[int] = set()

        def stamp(day: date) -> str:
            return _stamp(day, rng.randint(540, 1050))

        def time_pref(minute: int) -> str:
            if rng.random() < 0.5:
                return "any"
            return "weekday_morning" if minute < 720 else "weekday_afternoon" if minute < 1020 else "weekday_evening"

        def row(client_id, site, added, added_by, status="waiting", *, name=None, phone=None, counselor=None,
                pref="any", program=None, priority="normal", memo=None, resolved=None, resolved_by=None,
                reason=None, appt=None, placed=None):
            rows.append((client_id, name, phone, site, counselor, pref, program, priority, memo, added, added_by,
                         status, resolved, resolved_by, reason, appt, placed))

        intakes: dict[int, list[_Appt]] = {}
        for a in self.appts:
            if a.kind == "intake" and a.client is not None:
                intakes.setdefault(a.client.id, []).append(a)
        for case in sorted(self.cases, key=lambda c: (c.opened_on, c.seq)):
            first = min((a for a in intakes.get(case.client.id, []) if a.day >= case.opened_on),
                        key=lambda a: (a.day, a.start), default=None)
            if first is None or rng.random() > 0.35:
                continue
            waited = rng.randint(0, 2) if case.crisis else max(1, min(40, int(rng.gammavariate(2.0, 5.0))))
            added = max(start, min(first.day - timedelta(days=waited), today - timedelta(days=1)))
            booked = min(added + timedelta(days=min((first.day - added).days, rng.randint(0, 3))),
                         today - timedelta(days=1))
            row(case.client.id, first.site_id, stamp(added), s.coord if rng.random() < 0.7 else first.counselor_id,
                "booked", counselor=first.counselor_id if rng.random() < 0.3 else None,
                pref=time_pref(first.start), priority="urgent" if case.crisis else "normal",
                resolved=_stamp(booked, 1080), resolved_by=first.created_by, appt=first.id)
        for p in self.programs:
            if p.category in ("outreach", "campaign"):
                continue
            for c in p.registered:
                if rng.random() > 0.2:
                    continue
                placed = p.starts_on - timedelta(days=rng.randint(1, 5))
                added = placed - timedelta(days=rng.randint(3, 20))
                if added < start or placed >= today:
                    continue
                row(c.id, p.site_id, stamp(added), s.coord, "placed", program=p.id, resolved=_stamp(placed, 1020),
                    resolved_by=s.coord, placed=p.id)
        day = start
        while day < today - timedelta(days=3):   # enquiries that never came in: no contact is kept
            day += timedelta(days=rng.randint(7, 21))
            gone = min(day + timedelta(days=rng.randint(3, 30)), today - timedelta(days=1))
            if day < gone:
                row(None, s.main if rng.random() < 0.6 else s.annex, stamp(day), s.coord, "withdrawn",
                    resolved=_stamp(gone, 1000), resolved_by=s.coord,
                    reason=rng.choices(("no_contact", "found_elsewhere", "no_longer_needed", "declined"),
                                       weights=(40, 25, 25, 10))[0])

        # waiting today
        titles = ("주무관", "선생님", "간호사", "소방관", "팀장")
        for k in range(4):
            surname = rng.choices(self.surnames, cum_weights=self.surname_cum)[0]
            row(None, s.main if k % 2 == 0 else s.annex, stamp(today - timedelta(days=rng.randint(1, 20))), s.coord,
                name=f"{surname} {rng.choice(titles)}", phone=f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}",
                pref=rng.choice(tuple(("any", "weekday_morning", "weekday_afternoon", "weekday_evening"))),
                priority="urgent" if k == 0 else "normal", memo=N.WAITLIST_MEMOS[k % len(N.WAITLIST_MEMOS)])
        flagged = [r[0] for r in followup_rows if r[5] == "open"]
        if flagged:
            c = flagged[-1]
            waiting.add(c)
            client = next(x for x in self.clients if x.id == c)
            row(c, client.site_id, stamp(today - timedelta(days=2)), s.coord, priority="urgent")
        former = [c for c in self.clients if c.id and c.id not in waiting and c.busy_until is not None
                  and c.busy_until < today - timedelta(days=60) and c.last_seen and c.last_seen > today - timedelta(days=365)]
        upcoming = [p for p in self.programs if p.category not in ("outreach", "campaign") and p.starts_on > today]
        for k, c in enumerate(rng.sample(former, min(6, len(former)))):
            counselors = [x for x in self.counselors_on(today, c.site_id)] if k % 3 == 0 else []
            program = upcoming[0].id if k == 1 and upcoming else None
            row(c.id, c.site_id, stamp(today - timedelta(days=rng.randint(1, 35))), s.coord,
                counselor=counselors[0].id if counselors else None, pref=time_pref(rng.choice(SLOTS)),
                program=program, memo=N.WAITLIST_MEMOS[(k + 4) % len(N.WAITLIST_MEMOS)] if k % 2 else None)
        return rows

    def consent_rows(self, clients: list[_Client]) -> list[tuple]:
        rows = []
        referred = {}
        for r in self.referrals:
            referred.setdefault(id(r.case.client), r.day)
        for c in clients:
            on = c.first_seen.isoformat()
            rows.append((c.id, "service", "2024.1", N.CONSENT_SCOPES["service"], on, c.created_by))
            rows.append((c.id, "sensitive", "2024.1", N.CONSENT_SCOPES["sensitive"], on, c.created_by))
            if c.cases and self.rng.random() < 0.1:
                rows.append((c.id, "recording", "2024.1", N.CONSENT_SCOPES["recording"],
                             c.cases[0].opened_on.isoformat(), c.cases[0].counselor.id))
            if id(c) in referred:
                rows.append((c.id, "third_party", "2024.1", N.CONSENT_SCOPES["third_party"],
                             referred[id(c)].isoformat(), c.cases[0].counselor.id))
        return rows

    def survey_rows(self) -> list[tuple]:
        rng = self.rng
        rows = []
        month = date(self.start.year, self.start.month, 1)
        lines = (("counseling", 14), ("screening", 22), ("program", 16))
        levels = (5.0, 4.6, 4.2, 3.4, 2.4)
        while month < self.today:
            nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
            last_day = min(nxt - timedelta(days=1), self.today - timedelta(days=1))
            period = f"{month:%Y-%m}"
            first_covered = max(month, self.start)
            share = ((last_day - first_covered).days + 1) / ((nxt - month).days)
            factor = YEAR_FACTOR.get(month.year, 1.0) * MONTH_WEIGHT[month.month] * share
            for site, site_share in ((self.s.main, 0.6), (self.s.annex, 0.4)):
                for line, base in lines:
                    for _ in range(max(0, round(base * site_share * factor * rng.uniform(0.7, 1.3)))):
                        level = rng.choices(levels, weights=(62, 26, 8, 3, 1))[0]
                        items = [max(1, min(5, round(level + rng.gauss(0.0, 0.45) + bump)))
                                 for bump in (-0.05, 0.05, 0.0, 0.0, 0.0, 0.0, 0.02)]
                        comment = rng.choice(N.SURVEY_COMMENTS) if rng.random() < 0.1 else None
                        rows.append((site, line, period, *items, comment, _stamp(last_day, 1080)))
            month = nxt
        return rows

    def plan_rows(self) -> list[tuple]:
        rows = []
        for year in range(self.start.year, self.today.year + 1):
            f = YEAR_FACTOR.get(year, 1.0)
            rows += [(year, "counseling", int(round(4_200 * f, -2)), None),
                     (year, "screening", int(round(11_500 * f, -2)), None),
                     (year, "program", int(round(3_800 * f, -2)), 24_000_000),
                     (year, "referral", 30, 30_000_000)]
        return rows


class _Reporter:
    """Calls ``progress(done, 100)`` when ``done`` has grown, never twice with one value."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = -1

    def __call__(self, done: int, total: int) -> None:
        if self.progress is not None and done > self.done:
            self.done = done
            self.progress(done, total)


def _signoff_rows(sessions) -> tuple[list[tuple], list[tuple]]:
    """The supervised counselors' notes went through sign-off (storage/repos/supervision.py):
    the signed ones co-signed by their supervisor, the drafts waiting in the queue (about a
    quarter returned with a comment). Derived from the session ids, not drawn
    from the generator, so the rest of the demo stays what the seed makes it."""
    signoffs, comments = [], []
    for x in sessions:
        c = x.counselor
        if not c.supervised or c.supervisor is None:
            continue
        if x.signed:
            cosigned = (datetime.fromisoformat(x.signed_at) + timedelta(minutes=20 + x.id * 37 % 240)
                        ).isoformat(timespec="seconds")
            signoffs.append((x.id, "cosigned", c.supervisor, 1, x.signed_at, cosigned, c.supervisor, cosigned))
        else:
            submitted = _stamp(x.day, x.start + x.minutes + 30)
            if x.id % 4:
                signoffs.append((x.id, "pending", c.supervisor, 1, submitted, None, None, None))
            else:
                returned = _stamp(x.day, x.start + x.minutes + 150)
                signoffs.append((x.id, "returned", c.supervisor, 1, submitted, returned, None, None))
                text = N.SUPERVISION_ADDENDA[x.id % len(N.SUPERVISION_ADDENDA)].replace("[수퍼비전] ", "")
                comments.append((x.id, c.supervisor, "return", text, returned))
    return signoffs, comments


def _accumulate(values) -> list[float]:
    out, total = [], 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def _session_count(rng: random.Random) -> int:
    """Sessions a case runs to: a few single consultations, most 4-12, some long ones (mean ~8)."""
    bucket = rng.choices((0, 1, 2, 3), weights=(14, 44, 31, 11))[0]
    return (rng.randint(1, 2), rng.randint(4, 8), rng.randint(9, 12), rng.randint(13, 20))[bucket]


def _counts(conn) -> dict[str, int]:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0] or 0)

    counts = {
        "sites": one("SELECT count(*) FROM sites"),
        "rooms": one("SELECT count(*) FROM rooms"),
        "staff": one("SELECT count(*) FROM staff"),
        "clients": one("SELECT count(*) FROM clients"),
        "cases": one("SELECT count(*) FROM cases"),
        "cases_open": one("SELECT count(*) FROM cases WHERE status = 'open'"),
        "counseling_sessions": one("SELECT count(*) FROM counseling_sessions"),
        "notes_draft": one("SELECT count(*) FROM counseling_sessions WHERE note_status = 'draft'"),
        "screenings": one("SELECT count(*) FROM screenings"),
        "followups": one("SELECT count(*) FROM safety_followups"),
        "followups_open": one("SELECT count(*) FROM safety_followups WHERE status = 'open'"),
        "programs": one("SELECT count(*) FROM programs"),
        "program_sessions": one("SELECT count(*) FROM program_sessions"),
        "program_attendance": one("SELECT count(*) FROM program_attendance"),
        "headcount": one("SELECT sum(headcount) FROM program_sessions"),
        "appointments": one("SELECT count(*) FROM appointments"),
        "appointments_booked": one("SELECT count(*) FROM appointments WHERE status = 'booked'"),
        "referrals": one("SELECT count(*) FROM referrals"),
        "satisfaction_responses": one("SELECT count(*) FROM satisfaction_responses"),
        "annual_plans": one("SELECT count(*) FROM annual_plans"),
        "waitlist": one("SELECT count(*) FROM waitlist"),
        "waitlist_waiting": one("SELECT count(*) FROM waitlist WHERE status = 'waiting'"),
    }
    counts["person_visits"] = (counts["counseling_sessions"] + counts["screenings"] + counts["program_attendance"]
                               + counts["headcount"])
    return counts
