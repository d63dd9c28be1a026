"""Synthetic data at benchmark sizes, fast: a center (10 years, ~200,000 services, ~15,000
clients) or a city (~2,000,000 services, ~100,000 clients).

The demo generator (storage/demo.py) is realistic but scores every questionnaire and keeps a
calendar without clashes; at city size that would take too long. This writes the same tables
with executemany in large transactions, scores a pool of answer patterns once and reuses the
results, and makes one calendar week for one site with a known number of appointments.
The plain-SQLite twin (for the SQLCipher cost figure) gets the same rows.
"""
from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import forms
from storage import audit
from storage.demo_names import GIVEN_NAMES, SURNAMES, cohort
from storage.hangul import initials
from storage.kdf import FAST_TEST_KDF, PRODUCTION_KDF
from storage.migrate import migrate
from storage.records import Room, Site, Staff
from storage.store import Store
from storage.vault import Vault
from storage.vocabulary import JOB_GROUPS, METHODS

PASSWORD = "bench-password-1"
BENCH_WEEK_START = date(2026, 11, 23)  # a Monday; the calendar figure loads this week


@dataclass(frozen=True)
class Size:
    name: str
    clients: int
    services: int
    years: int
    sites: int
    counselors_per_site: int


CENTER = Size("center", 15_000, 200_000, 10, 2, 4)
CITY = Size("city", 100_000, 2_000_000, 10, 25, 6)
TINY = Size("tiny", 300, 3_000, 2, 2, 2)

MIX = (("screening", 0.58), ("counseling", 0.20), ("program", 0.22))
INSTRUMENTS = ("phq9", "gad7", "pss10", "k10", "audit_k")


def _weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, weight in pairs:
        x -= weight
        if x <= 0:
            return value
    return pairs[-1][0]


def _score_pool(rng: random.Random, per_instrument: int = 300) -> dict[str, list[tuple]]:
    """Scored results for a pool of plausible answer patterns, reused across rows."""
    registry = forms.builtin_registry()
    pool: dict[str, list[tuple]] = {}
    for inst in INSTRUMENTS:
        definition = registry.get(inst)
        scored_items = [item for item in definition.items if item.options and getattr(item, "scored", True)]
        entries = []
        for _ in range(per_instrument):
            severity = rng.betavariate(1.3, 4.0)
            answers = {}
            for item in scored_items:
                values = sorted(o.value for o in item.options)
                index = min(len(values) - 1, int(severity * len(values) + rng.random() * 0.8))
                answers[item.link_id] = values[index]
            sex = rng.choice("FM")
            try:
                result = forms.score(definition, answers, sex=sex)
            except forms.FormError:
                continue
            entries.append((sex, json.dumps({"answers": answers, "totals": {}}, ensure_ascii=False),
                            json.dumps(result.to_dict(), ensure_ascii=False),
                            result.total.value if result.total else None,
                            result.band.id if result.band else None, result.risk_class,
                            sum(1 for f in result.flags if f.kind == "safety"), str(definition.version)))
        pool[inst] = entries
    return pool


def _name(rng: random.Random, sex: str, birth_year: int) -> str:
    return _weighted(rng, SURNAMES) + rng.choice(GIVEN_NAMES[(sex, cohort(birth_year))])


def build(path: Path, size: Size, *, seed: int = 7, plain_twin: Path | None = None,
          today: date = date(2026, 11, 28), progress=print) -> dict:
    """Create the encrypted database at ``path`` (and the same rows in a plain SQLite file
    ``plain_twin`` when given). The lead's slot has the production KDF cost, as shipped."""
    rng = random.Random(seed)
    vault, _ = Vault.create(path, admin_login="admin", admin_password=PASSWORD, center_name=f"벤치 {size.name}",
                            kdf=FAST_TEST_KDF)
    store = Store(vault)
    site_ids, room_ids, counselor_ids = [], {}, {}
    for s in range(size.sites):
        site = store.sites.add_site(Site(name=f"지점{s + 1:02d}"))
        site_ids.append(site.id)
        room_ids[site.id] = [store.sites.add_room(Room(site_id=site.id, name=f"상담실{r + 1}", kind="individual")).id
                             for r in range(3)]
    store.staff.add(Staff(login="lead", display_name="벤치센터장", role="lead"), PASSWORD, kdf=PRODUCTION_KDF)
    n = 0
    for sid in site_ids:
        counselor_ids[sid] = []
        for _ in range(size.counselors_per_site):
            n += 1
            # Bench accounts use the cheap cost: 150 production derivations would dominate the build.
            staff = store.staff.add(Staff(login=f"c{n:03d}", display_name=f"상담사{n:03d}", role="counselor",
                                          site_id=sid), PASSWORD, kdf=FAST_TEST_KDF)
            counselor_ids[sid].append(staff.id)
    conn = vault.conn
    start_day = date(today.year - size.years, today.month, 1)
    span = (today - start_day).days
    pool = _score_pool(rng)
    job_codes = list(JOB_GROUPS)
    methods = [("in_person", 0.75), ("phone", 0.12), ("video", 0.06), ("online", 0.05), ("visit", 0.02)]
    problems = [r[0] for r in conn.execute("SELECT code FROM problem_codes")]
    now = audit.now_iso()

    progress(f"  {size.name}: clients")
    clients = []
    for i in range(size.clients):
        sex = rng.choice("FM")
        birth = rng.randint(1963, 2003)
        name = _name(rng, sex, birth)
        phone = f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        site = rng.choice(site_ids)
        clients.append((i + 1, f"B{i + 1:07d}", name, initials(name), sex, birth, rng.choice(job_codes), phone,
                        phone[-4:], site, "active", None, now))
    sql_clients = ("INSERT INTO clients (id, code, name, name_initials, sex, birth_year, job_group, phone, phone_tail,"
                   " site_id, status, first_seen_on, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")

    # Services: each client gets a share; counseling clients come back, screenings in batteries.
    progress(f"  {size.name}: services")
    first_seen = {}
    sessions, screenings, attendance, cases, case_problems = [], [], [], [], []
    per_client_case = {}
    program_sessions, programs = [], []
    sessions_per_site = {sid: [] for sid in site_ids}
    n_prog_sessions = max(10, int(size.services * 0.22 / 15))
    for p in range(n_prog_sessions // 8 + 1):
        sid = rng.choice(site_ids)
        programs.append((p + 1, f"프로그램 {p + 1}", rng.choice(["stress_relief", "resilience", "relationships"]), sid,
                         (start_day + timedelta(days=rng.randrange(span))).isoformat()))
    for ps in range(n_prog_sessions):
        prog = programs[ps % len(programs)]
        day = start_day + timedelta(days=rng.randrange(span))
        program_sessions.append((ps + 1, prog[0], ps // len(programs) + 1, f"{day.isoformat()}T15:00",
                                 f"{day.isoformat()}T16:30", room_ids[prog[3]][0]))
    targets = {line: int(size.services * share) for line, share in MIX}
    while len(screenings) < targets["screening"]:
        cid = rng.randrange(1, size.clients + 1)
        day = start_day + timedelta(days=rng.randrange(span))
        sex = clients[cid - 1][4]
        site = clients[cid - 1][9]
        for inst in rng.sample(INSTRUMENTS, rng.randint(2, 5)):
            entry = rng.choice(pool[inst])
            screenings.append((cid, inst, entry[7], day.isoformat(), "online" if rng.random() < 0.4 else "in_person",
                               entry[1], entry[2], entry[3], entry[4], entry[5], entry[5], entry[6], site, 1, now))
        first_seen[cid] = min(first_seen.get(cid, day), day)
    case_id = 0
    while len(sessions) < targets["counseling"]:
        cid = rng.randrange(1, size.clients + 1)
        site = clients[cid - 1][9]
        counselor = rng.choice(counselor_ids[site])
        case_id += 1
        opened = start_day + timedelta(days=rng.randrange(span))
        cases.append((case_id, cid, counselor, opened.isoformat(), "closed"))
        case_problems.append((case_id, rng.choice(problems), 1))
        day = opened
        for _ in range(rng.randint(3, 14)):
            if day > today:
                break
            method = _weighted(rng, methods)
            sessions.append((cid, case_id, "individual", method, day.isoformat(), 50, counselor, site, "soap",
                             json.dumps({"subjective": "합성 기록"}, ensure_ascii=False), "signed", now, now))
            first_seen[cid] = min(first_seen.get(cid, day), day)
            day += timedelta(days=rng.choice((7, 7, 14)))
    seen_pairs = set()
    while len(attendance) < targets["program"]:
        ps = rng.randrange(1, n_prog_sessions + 1)
        cid = rng.randrange(1, size.clients + 1)
        if (ps, cid) in seen_pairs:
            continue
        seen_pairs.add((ps, cid))
        attendance.append((ps, cid, 0))
        day = date.fromisoformat(program_sessions[ps - 1][3][:10])
        first_seen[cid] = min(first_seen.get(cid, day), day)
    clients = [c[:11] + ((first_seen[c[0]].isoformat() if c[0] in first_seen else None),) + c[12:] for c in clients]

    # The calendar week: 300 appointments at the first site, spread over its counselors and rooms.
    appointments = []
    site0 = site_ids[0]
    slots = [(d, h, m) for d in range(5) for h in range(9, 19) for m in (0, 30)]
    for counselor in counselor_ids[site0]:
        for d, h, m in slots:
            if len(appointments) >= 300:
                break
            day = BENCH_WEEK_START + timedelta(days=d)
            appointments.append((site0, counselor, None, rng.randrange(1, size.clients + 1), "individual",
                                 f"{day.isoformat()}T{h:02d}:{m:02d}", f"{day.isoformat()}T{h:02d}:{m + 25:02d}",
                                 "booked", now))
    # One client with a 200-event chart (the chart figure opens it).
    chart_client = 1
    for i in range(120):
        day = today - timedelta(days=7 * i)
        sessions.append((chart_client, None, "individual", "in_person", day.isoformat(), 50, counselor_ids[site0][0],
                         site0, "soap", "{}", "signed", now, now))
    for i in range(80):
        entry = rng.choice(pool["phq9"])
        screenings.append((chart_client, "phq9", entry[7], (today - timedelta(days=10 * i)).isoformat(), "in_person",
                           entry[1], entry[2], entry[3], entry[4], entry[5], entry[5], entry[6], site0, 1, now))

    statements = [
        (sql_clients, clients),
        ("INSERT INTO cases (id, client_id, counselor_id, opened_on, status) VALUES (?,?,?,?,?)", cases),
        ("INSERT INTO case_problems VALUES (?,?,?)", case_problems),
        ("INSERT INTO counseling_sessions (client_id, case_id, kind, method, session_date, minutes, counselor_id,"
         " site_id, template, note, note_status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", sessions),
        ("INSERT INTO screenings (client_id, instrument_id, instrument_version, taken_on, channel, answers, result,"
         " total, band, risk_class, overall_class, flag_count, site_id, entered_by, created_at)"
         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", screenings),
        ("INSERT INTO programs (id, name, category, site_id, starts_on) VALUES (?,?,?,?,?)", programs),
        ("INSERT INTO program_sessions (id, program_id, session_no, starts_at, ends_at, room_id) VALUES (?,?,?,?,?,?)",
         program_sessions),
        ("INSERT INTO program_attendance VALUES (?,?,?)", attendance),
        ("INSERT INTO appointments (site_id, counselor_id, room_id, client_id, kind, starts_at, ends_at, status,"
         " updated_at) VALUES (?,?,?,?,?,?,?,?,?)", appointments),
    ]
    progress(f"  {size.name}: writing")
    with vault.transaction():
        for sql, rows in statements:
            conn.executemany(sql, rows)
        vault.audit("bench_generate", "database", detail={"clients": len(clients), "services": len(sessions) +
                                                          len(screenings) + len(attendance)})
    counts = {"clients": len(clients), "counseling_sessions": len(sessions), "screenings": len(screenings),
              "program_attendance": len(attendance), "appointments_in_bench_week": len(appointments)}
    vault.close()
    if plain_twin is not None:
        progress(f"  {size.name}: plain SQLite twin")
        plain = sqlite3.connect(plain_twin, isolation_level=None)
        plain.execute("PRAGMA journal_mode = WAL")
        migrate(plain, None)
        plain.execute("BEGIN")
        plain.executemany("INSERT INTO sites (id, name) VALUES (?, ?)", [(s, f"지점{s}") for s in site_ids])
        plain.executemany("INSERT INTO staff (id, login, display_name, role, created_at) VALUES (?,?,?,?,?)",
                          [(cid, f"s{cid}", "x", "counselor", now) for ids in counselor_ids.values() for cid in ids]
                          + [(1, "admin", "x", "admin", now)])
        plain.executemany("INSERT INTO rooms (id, site_id, name, kind) VALUES (?,?,?,?)",
                          [(rid, sid, f"r{rid}", "individual") for sid, rids in room_ids.items() for rid in rids])
        for sql, rows in statements:
            plain.executemany(sql, rows)
        plain.execute("COMMIT")
        plain.close()
    return counts
