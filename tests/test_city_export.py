"""The city's anonymized count file: small cells hidden, nothing hidden can be worked back.

The attacker test reads only what a file publishes and tries, for every hidden figure, to work
it back exactly: an integer program (scipy's milp) with every published figure fixed, every
published relation (line margins = sums of their cells, in both measures; the all-lines
person-visits = sum of the line totals; max(line persons) <= all-lines persons <= their sum),
persons <= person-visits everywhere, and every hidden value an integer >= 1 (the attacker knows
zeros are published). A hidden figure is worked back when no other integer value is feasible.
The same attacker, pointed at primary-only suppression, does work values back: it has teeth.
"""
from __future__ import annotations

import json
import random
import re
import zipfile

import pytest

from reports import city
from reports.city import (LAYOUT, CityExportError, build_city_export, city_export_from_rows, merge_exports,
                          read_export, write_csv, write_json, write_xlsx)
from reports.suppression import ALL, GRAND, protect, unprotected

K = 5
MONTH = "2026-03"


# --- helpers -----------------------------------------------------------------------------------
def header(center="c0ffee0000000001", site_key="all", period=MONTH, **kw):
    out = {"center_id": center, "center_name": "테스트 센터", "site": "all" if site_key == "all" else "본관",
           "site_key": site_key, "period": period, "generated_at": "2026-04-02"}
    out.update(kw)
    return out


def truth_of(rows, distinct):
    """Every published position's true (persons, visits), computed here, not by reports.city."""
    t = {}
    for line, s, a, j, v, p in rows:
        t[(line, s, a, j)] = (p, v)

    def add(key, p, v):
        q, w = t.get(key, (0, 0))
        t[key] = (q + p, w + v)

    for (line, s, a, j), (p, v) in list(t.items()):
        for key in ((line, ALL, ALL, ALL), (line, s, ALL, ALL), (line, ALL, a, ALL), (line, ALL, ALL, j)):
            add(key, p, v)
    full = {key: t.get(key, (0, 0)) for key in LAYOUT.keys() if key != GRAND}
    full[GRAND] = (distinct, sum(full[(line, ALL, ALL, ALL)][1] for line in LAYOUT.lines))
    return full


def distinct_for(rows, rng=None):
    per_line = {}
    for line, *_rest, v, p in rows:
        per_line[line] = per_line.get(line, 0) + p
    low, high = max(per_line.values(), default=0), sum(per_line.values())
    return rng.randint(low, high) if rng else low


def export_of(rows, k=K, distinct=None, headcount=7, **kw):
    distinct = distinct_for(rows) if distinct is None else distinct
    return city_export_from_rows(rows, headcount, header(**kw), k, distinct_persons=distinct)


def random_rows(seed: int, scale: float):
    """A month of a small center: most cells empty, the rest mostly small, referrals rare."""
    rng = random.Random(seed)
    rows = []
    for line, weight in zip(LAYOUT.lines, (1.0, 2.0, 0.7, 0.05)):
        for s in LAYOUT.sexes:
            for a in LAYOUT.age_bands:
                for j in LAYOUT.job_groups:
                    if rng.random() < 0.5:
                        continue
                    p = int(rng.expovariate(1 / (scale * weight * rng.random() ** 3 + 1e-9)))
                    if p:
                        rows.append((line, s, a, j, p + int(rng.expovariate(1 / (1.5 * p))), p))
    return rows, distinct_for(rows, rng)


def primary_only(rows, distinct, k=K):
    """What a naive exporter would publish: small cells hidden, no complements."""
    cells = {(line, s, a, j): (p, v) for line, s, a, j, v, p in rows}
    figures = city._figures_from_cells(cells, distinct)
    return city.CityExport(header=dict(header()), rows=city._rows_from(figures, protect(figures, LAYOUT, k).primary))


# --- the attacker ------------------------------------------------------------------------------
def attack(export, truth):
    """Hidden figures the attacker pins to one value: [(measure, key, value)]."""
    import numpy as np  # dev extra with scipy: a missing one must fail, never skip
    from scipy import optimize
    rows = {r.key: r for r in export.rows}
    assert list(rows) == LAYOUT.keys()
    for key, r in rows.items():   # what is published is the truth
        if not r.suppressed:
            assert (r.persons, r.person_visits) == truth[key], key
    index = {}
    for key in LAYOUT.keys():
        if rows[key].suppressed:
            index[("p", key)] = len(index)
            index[("v", key)] = len(index)
    n = len(index)
    if n == 0:
        return []
    eq, ub = [], []

    def relation(kind, terms):
        coeffs, const = {}, 0
        for coef, m, key in terms:
            if rows[key].suppressed:
                coeffs[index[(m, key)]] = coeffs.get(index[(m, key)], 0) + coef
            else:
                const += coef * (rows[key].persons if m == "p" else rows[key].person_visits)
        if coeffs:
            (eq if kind == "eq" else ub).append((coeffs, -const))
        else:
            assert const == 0 if kind == "eq" else const <= 0, terms

    for line in LAYOUT.lines:
        cells = LAYOUT.cells(line)
        groups = {(line, ALL, ALL, ALL): cells}
        groups.update({(line, s, ALL, ALL): [c for c in cells if c[1] == s] for s in LAYOUT.sexes})
        groups.update({(line, ALL, a, ALL): [c for c in cells if c[2] == a] for a in LAYOUT.age_bands})
        groups.update({(line, ALL, ALL, j): [c for c in cells if c[3] == j] for j in LAYOUT.job_groups})
        for m in ("p", "v"):
            for margin, members in groups.items():
                relation("eq", [(1, m, margin)] + [(-1, m, c) for c in members])
    totals = [(line, ALL, ALL, ALL) for line in LAYOUT.lines]
    relation("eq", [(1, "v", GRAND)] + [(-1, "v", t) for t in totals])
    for t in totals:
        relation("ub", [(1, "p", t), (-1, "p", GRAND)])
    relation("ub", [(1, "p", GRAND)] + [(-1, "p", t) for t in totals])
    for key in LAYOUT.keys():
        relation("ub", [(1, "p", key), (-1, "v", key)])

    def matrix(rel):
        A, b = np.zeros((len(rel), n)), np.zeros(len(rel))
        for i, (coeffs, rhs) in enumerate(rel):
            for j, c in coeffs.items():
                A[i, j] = c
            b[i] = rhs
        return A, b

    constraints = []
    x_true = np.array([truth[key][0 if m == "p" else 1] for (m, key) in index], dtype=float)
    if eq:
        A, b = matrix(eq)
        assert np.allclose(A @ x_true, b)   # the model is right: the truth satisfies it
        constraints.append(optimize.LinearConstraint(A, b, b))
    if ub:
        A, b = matrix(ub)
        assert np.all(A @ x_true <= b + 1e-9)
        constraints.append(optimize.LinearConstraint(A, -np.inf, b))
    assert np.all(x_true >= 1)            # hidden values really are >= 1, as the attacker assumes

    moved = np.zeros(n, dtype=bool)   # hidden figures already shown to have a second value

    def feasible(i, lo, hi):
        lower, upper = np.ones(n), np.full(n, np.inf)
        lower[i], upper[i] = lo, hi
        res = optimize.milp(np.zeros(n), integrality=np.ones(n), bounds=optimize.Bounds(lower, upper),
                            constraints=constraints)
        assert res.status in (0, 2), res.message
        if res.status == 0:   # another solution: every figure it changes is not pinned either
            moved[np.abs(np.round(res.x) - x_true) > 0.5] = True
        return res.status == 0

    pinned = []
    for (m, key), i in index.items():
        if moved[i]:
            continue
        t = x_true[i]
        if not feasible(i, t + 1, np.inf) and (t - 1 < 1 or not feasible(i, 1, t - 1)):
            pinned.append((m, key, int(t)))
    return pinned


def assert_rule(export, truth, k=K):
    """Small figures hidden (both measures), published ones are 0 or >= k, zeros published."""
    for r in export.rows:
        p, v = truth[r.key]
        if 1 <= p <= k - 1:
            assert r.suppressed and r.person_visits is None, r.key
        if p == 0:
            assert (r.persons, r.person_visits) == (0, 0), r.key
        if not r.suppressed:
            assert r.persons == 0 or r.persons >= k
            assert (r.persons, r.person_visits) == (p, v)
        assert (r.persons is None) == (r.person_visits is None)


# --- hand-made adversarial tables --------------------------------------------------------------
C = "counseling"
ADVERSARIAL = {
    # one small cell in a row whose other cells and every margin are large
    "one_small_cell_in_a_row": [(C, "F", "30s", "admin", 3, 2), (C, "F", "30s", "welfare", 20, 12),
                                (C, "F", "40s", "admin", 25, 15), (C, "F", "40s", "welfare", 11, 9),
                                (C, "M", "30s", "admin", 8, 8), (C, "M", "40s", "fire", 30, 20)],
    # a 2 x 2 table (sex x age, one job) with one small cell
    "two_by_two": [(C, "F", "30s", "admin", 4, 3), (C, "F", "40s", "admin", 12, 10),
                   (C, "M", "30s", "admin", 15, 12), (C, "M", "40s", "admin", 20, 15)],
    # a margin (line x age 60+) below k inside a large line
    "small_margin": [(C, "F", "60s_plus", "admin", 1, 1), (C, "M", "60s_plus", "fire", 2, 1),
                     (C, "F", "30s", "admin", 30, 12), (C, "M", "30s", "fire", 18, 9),
                     (C, "F", "40s", "welfare", 22, 11), (C, "M", "40s", "admin", 14, 7)],
    # every person alone in a cell, margins of exactly k: known >= 1, each margin pins its cells
    "all_ones": [(C, "F", a, j, 1, 1) for a in LAYOUT.age_bands for j in ("admin", "welfare", "health", "fire",
                                                                             "civil_service")],
    # a line total below k while the other lines are large
    "small_line_total": [("referral", "M", "40s", "fire", 2, 1), ("referral", "F", "30s", "health", 1, 1),
                         (C, "F", "30s", "admin", 30, 12), (C, "M", "40s", "fire", 18, 9),
                         ("screening", "F", "30s", "admin", 40, 30), ("screening", "M", "50s", "fire", 12, 10)],
    # a month with one person, one visit
    "one_person": [("referral", "F", "50s", "health", 1, 1)],
    # persons small, visits large: the visits are hidden with the persons
    "few_persons_many_visits": [(C, "F", "30s", "admin", 40, 2), (C, "F", "40s", "admin", 30, 10),
                                (C, "M", "30s", "admin", 25, 9), (C, "M", "40s", "admin", 35, 12)],
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_attacker_fails_on_hand_made_tables(name):
    rows = ADVERSARIAL[name]
    distinct = distinct_for(rows)
    export = export_of(rows, distinct=distinct)
    truth = truth_of(rows, distinct)
    assert_rule(export, truth)
    assert export.suppressed_rows()
    assert attack(export, truth) == []


@pytest.mark.parametrize("name", ["one_small_cell_in_a_row", "two_by_two", "small_margin", "all_ones",
                                  "few_persons_many_visits"])
def test_attacker_has_teeth_against_primary_only_suppression(name):
    rows = ADVERSARIAL[name]
    distinct = distinct_for(rows)
    naive = primary_only(rows, distinct)
    pinned = attack(naive, truth_of(rows, distinct))
    assert pinned, "primary-only suppression should be breakable here"
    # the exporter's own check (witness search) refuses that pattern too
    assert unprotected(_figures(rows, distinct), {r.key for r in naive.suppressed_rows()}, LAYOUT)


def test_one_small_cell_in_a_row_gets_a_complement_in_that_row():
    export = export_of(ADVERSARIAL["one_small_cell_in_a_row"])
    hidden = {r.key for r in export.suppressed_rows()}
    assert (C, "F", "30s", "admin") in hidden
    # the F row has another hidden figure, or its margin is hidden
    assert len({k for k in hidden if k[0] == C and k[1] == "F"}) >= 2


@pytest.mark.parametrize("seed", range(8))
def test_attacker_fails_on_random_small_center_months(seed):
    rows, distinct = random_rows(seed, scale=(1, 2, 4, 8)[seed % 4])
    export = export_of(rows, distinct=distinct)
    truth = truth_of(rows, distinct)
    assert_rule(export, truth)
    assert attack(export, truth) == []
    assert unprotected(_figures(rows, distinct), {r.key for r in export.suppressed_rows()}, LAYOUT) == []


def _figures(rows, distinct):
    return city._figures_from_cells({(l, s, a, j): (p, v) for l, s, a, j, v, p in rows}, distinct)


def test_random_months_are_not_protected_by_primary_suppression_alone():
    broken = 0
    for seed in range(4):
        rows, distinct = random_rows(seed, scale=4)
        broken += bool(attack(primary_only(rows, distinct), truth_of(rows, distinct)))
    assert broken >= 3


# --- the rule ----------------------------------------------------------------------------------
def test_small_cells_hidden_k_and_above_published():
    rows = [(C, "F", "30s", "welfare", 9, 5), ("screening", "M", "40s", "fire", 12, 7)]
    export = export_of(rows)
    assert export.suppressed_rows() == []     # 5 and 7 persons with k = 5: all published
    assert (export.row(C, "F", "30s", "welfare").persons, export.row(C, "F", "30s", "welfare").person_visits) == (5, 9)
    assert export.row(C).persons == 5 and export.row().person_visits == 21
    assert export.row(C, "M", "30s", "welfare").persons == 0     # zeros published
    stricter = export_of(rows, k=6)
    assert stricter.row(C, "F", "30s", "welfare").persons is None
    assert stricter.row(C, "F", "30s", "welfare").person_visits is None
    assert stricter.row("screening", "M", "40s", "fire").persons == 7
    assert stricter.header["k"] == 6
    assert_rule(stricter, truth_of(rows, distinct_for(rows)), k=6)


def test_every_cell_of_the_layout_is_present_in_order():
    export = export_of([(C, "F", "30s", "welfare", 9, 5)])
    assert [r.key for r in export.rows] == LAYOUT.keys()
    assert len([r for r in export.rows if r.level == "cell"]) == 4 * 2 * 5 * len(LAYOUT.job_groups)
    levels = {r.level for r in export.rows}
    assert levels == {"all_lines", "line", "line_sex", "line_age_band", "line_job_group", "cell"}


def test_deterministic_whatever_the_row_order():
    rows, distinct = random_rows(3, scale=4)
    a = export_of(rows, distinct=distinct)
    shuffled = list(rows)
    random.Random(9).shuffle(shuffled)
    b = export_of(shuffled, distinct=distinct)
    assert a.to_dict() == b.to_dict()


def test_all_lines_row_hidden_when_a_line_total_is():
    export = export_of(ADVERSARIAL["small_line_total"])
    assert export.row("referral").suppressed
    assert export.row().suppressed
    assert export.row(C).persons == 21 and export.row("screening").persons == 40


def test_empty_month_publishes_zeros():
    export = export_of([], headcount=0)
    assert export.suppressed_rows() == []
    assert all(r.persons == 0 and r.person_visits == 0 for r in export.rows)


@pytest.mark.parametrize("rows, code", [
    ([(C, "X", "30s", "admin", 1, 1)], "unknown_category"),
    ([(C, "F", "30s", "pilot", 1, 1)], "unknown_category"),
    ([("coaching", "F", "30s", "admin", 1, 1)], "unknown_category"),
    ([(C, "F", "30s", "admin", 1, 2)], "bad_input"),                 # more persons than visits
    ([(C, "F", "30s", "admin", 1, 1), (C, "F", "30s", "admin", 2, 2)], "bad_input"),
])
def test_bad_rows_refused(rows, code):
    with pytest.raises(CityExportError) as err:
        export_of(rows, distinct=1)
    assert err.value.code == code
    assert err.value.message("ko") and err.value.message("en") and err.value.message("ko") != err.value.message("en")


def test_bad_k_and_month_refused():
    with pytest.raises(CityExportError) as err:
        export_of([], k=1)
    assert err.value.code == "bad_k"
    with pytest.raises(CityExportError) as err:
        export_of([], period="2026-13")
    assert err.value.code == "bad_month"


# --- files -------------------------------------------------------------------------------------
WRITERS = {".csv": write_csv, ".xlsx": write_xlsx, ".json": write_json}


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_round_trip(tmp_path, suffix):
    rows, distinct = random_rows(5, scale=4)
    export = export_of(rows, distinct=distinct)
    assert export.suppressed_rows()
    path = tmp_path / f"city{suffix}"
    WRITERS[suffix](export, path)
    back = read_export(path)
    assert back.to_dict() == export.to_dict()


def test_names_stay_text_in_the_workbook(tmp_path):
    export = export_of([], center_name="=HYPERLINK(\"http://x\")", site="+1, 2")
    write_xlsx(export, tmp_path / "c.xlsx")
    write_csv(export, tmp_path / "c.csv")
    with zipfile.ZipFile(tmp_path / "c.xlsx") as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    for name in ("c.xlsx", "c.csv"):
        back = read_export(tmp_path / name)
        assert (back.header["center_name"], back.header["site"]) == ("=HYPERLINK(\"http://x\")", "+1, 2")


def test_only_report_roles_may_export(open_as, month_db):
    from storage.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        build_city_export(open_as("c1"), MONTH)


def test_csv_has_bom_and_marker(tmp_path):
    export = export_of(ADVERSARIAL["two_by_two"])
    path = tmp_path / "city.csv"
    write_csv(export, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "counseling,F,30s,admin,x,x" in text
    assert json.loads(json.dumps(export.to_dict()))["rows"]  # JSON-safe
    write_json(export, tmp_path / "city.json")
    data = json.loads((tmp_path / "city.json").read_text(encoding="utf-8"))
    hidden = [r for r in data["rows"] if r["persons"] is None]
    assert hidden and all(r["person_visits"] is None for r in hidden)


def test_reading_other_files_refused(tmp_path):
    (tmp_path / "a.json").write_text('{"header": {"format": "something-else"}, "rows": []}', encoding="utf-8")
    (tmp_path / "b.csv").write_text("name,count\nx,1\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d.xlsx").write_bytes(b"not a zip")
    codes = []
    for name in ("a.json", "b.csv", "c.txt", "d.xlsx"):
        with pytest.raises(CityExportError) as err:
            read_export(tmp_path / name)
        codes.append(err.value.code)
    assert codes == ["not_an_export", "not_an_export", "unknown_format", "damaged_file"]


# --- from the database: nothing identifying leaves ---------------------------------------------
@pytest.fixture
def month_db(open_as):
    from storage.records import Client, CounselingSession, Program, ProgramSession, Referral
    store = open_as("c1")
    people = []
    for i in range(7):
        people.append(store.clients.add(Client(code=f"2026-01{i:02d}", name=f"김민{'가나다라마바사'[i]}", sex="F",
                                               birth_year=1990, job_group="welfare", department="복지정책과",
                                               phone=f"010-5555-12{i:02d}")))
    lone = store.clients.add(Client(code="2026-0999", name="홍길동", sex="M", birth_year=1980, job_group="fire",
                                    department="119특수구조단", phone="010-9876-5432"))
    for i, c in enumerate(people):
        store.sessions.create(CounselingSession(client_id=c.id, kind="individual", method="in_person",
                                                session_date=f"2026-03-{i + 2:02d}", minutes=50,
                                                counselor_id=store.actor.id, site_id=1))
    for day in ("2026-03-11", "2026-03-18"):
        store.sessions.create(CounselingSession(client_id=lone.id, kind="individual", method="in_person",
                                                session_date=day, minutes=50, counselor_id=store.actor.id, site_id=1))
    store.referrals.add(Referral(client_id=lone.id, destination_kind="designated_clinic",
                                 destination_name="OO정신건강의학과", reason="중등도 우울", referred_on="2026-03-20",
                                 site_id=1, cost_support_krw=300_000))
    o = store.programs.add(Program(name="찾아가는 상담", category="outreach", site_id=1, starts_on="2026-03-25"))
    s = store.programs.add_session(ProgramSession(program_id=o.id, session_no=1, starts_at="2026-03-25T10:00",
                                                  ends_at="2026-03-25T12:00", location="소방서"))
    store.programs.set_headcount(s.id, 30)
    secrets = [c.name for c in people + [lone]] + [c.code for c in people + [lone]] + \
              ["복지정책과", "119특수구조단", "010-", "OO정신건강의학과", "중등도", "소방서", "찾아가는"]
    return {"secrets": secrets}


def test_export_from_the_database_leaks_nothing(open_as, month_db, tmp_path):
    lead = open_as("lead")
    export = build_city_export(lead, MONTH)
    h = export.header
    assert (h["format"], h["schema_version"], h["period"], h["k"], h["site"]) == ("maumdesk-city-export", 1, MONTH, 5, "all")
    assert h["center_name"] == "테스트 센터" and h["program_headcount"] == 30
    db_id = lead.settings.get("db_id")
    assert re.fullmatch(r"[0-9a-f]{16}", h["center_id"]) and h["center_id"] not in db_id
    assert h["center_id"] == build_city_export(lead, "2026-04").header["center_id"]   # stable
    # 7 women of one group, 1 man (2 visits, and a referral): the man is hidden, and so much
    # around him that he cannot be worked back; the counseling line total stays published.
    assert export.row(C, "M", "40s", "fire").suppressed and export.row("referral").suppressed
    assert (export.row(C).persons, export.row(C).person_visits) == (8, 9)
    assert export.row().suppressed                  # a line total is hidden
    from storage.repos.statistics import StatisticsRepository
    stats = StatisticsRepository(lead.vault)
    rows = stats.city_cells(MONTH)
    distinct = stats.service_lines("2026-03-01", "2026-03-31")["total"]["persons"]
    assert distinct == 8
    assert attack(export, truth_of(rows, distinct)) == []
    truth = {r.key: (r.persons, r.person_visits) for r in export.rows}
    for suffix, writer in WRITERS.items():
        path = tmp_path / f"city{suffix}"
        writer(export, path)
        if suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                text = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
        else:
            text = path.read_text(encoding="utf-8-sig")
        for secret in month_db["secrets"] + [db_id]:
            assert secret not in text, (suffix, secret)
        dates = re.findall(r"\d{4}-\d{2}-\d{2}|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}", text)
        if suffix == ".xlsx":   # the workbook's own metadata carries timestamps: look at the sheets only
            dates = [d for d in dates if d == h["generated_at"]]
        assert set(dates) <= {h["generated_at"]}, (suffix, dates)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", h["generated_at"])
    assert {r.key: (r.persons, r.person_visits) for r in read_export(tmp_path / "city.csv").rows} == truth


def test_xlsx_sheets_carry_no_dates_but_the_generation_day(open_as, month_db, tmp_path):
    export = build_city_export(open_as("lead"), MONTH)
    path = tmp_path / "city.xlsx"
    write_xlsx(export, path)
    with zipfile.ZipFile(path) as z:
        sheets = "\n".join(z.read(n).decode("utf-8") for n in z.namelist()
                           if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")
    assert set(re.findall(r"\d{4}-\d{2}-\d{2}", sheets)) <= {export.header["generated_at"]}


def test_k_comes_from_the_center_setting(open_as, month_db):
    open_as("admin").settings.set("suppression_k", 8)
    lead = open_as("lead")
    export = build_city_export(lead, MONTH)
    assert export.header["k"] == 8
    assert export.row(C, "F", "30s", "welfare").suppressed      # 7 persons < 8
    assert build_city_export(lead, MONTH, k=3).header["k"] == 3


def test_one_site_export(open_as, month_db):
    lead = open_as("lead")
    main = build_city_export(lead, MONTH, site_id=1)
    annex = build_city_export(lead, MONTH, site_id=2)
    assert (main.header["site"], main.header["site_key"]) == ("본관", "site-1")
    assert annex.header["site_key"] == "site-2" and annex.suppressed_rows() == []
    assert annex.row().person_visits == 0 and annex.header["program_headcount"] == 0


# --- adding up ---------------------------------------------------------------------------------
CENTER_A = [(C, "F", "30s", "welfare", 10, 6), (C, "F", "40s", "admin", 3, 2), (C, "M", "40s", "fire", 30, 15),
            (C, "F", "30s", "admin", 15, 9), (C, "M", "30s", "admin", 14, 8),
            ("screening", "F", "30s", "welfare", 25, 20), ("screening", "M", "50s", "fire", 1, 1),
            ("screening", "F", "40s", "admin", 12, 10)]
CENTER_B = [(C, "F", "30s", "welfare", 9, 7), (C, "F", "40s", "admin", 30, 20), (C, "M", "40s", "fire", 12, 6),
            (C, "F", "30s", "admin", 8, 6), (C, "M", "30s", "admin", 9, 5),
            ("screening", "F", "30s", "welfare", 20, 18), ("screening", "M", "50s", "fire", 3, 2),
            ("screening", "F", "40s", "admin", 11, 9), ("referral", "F", "30s", "welfare", 1, 1)]


def _two_files(tmp_path, suffixes=(".json", ".csv"), b_period=MONTH):
    a = export_of(CENTER_A, center="aaaaaaaaaaaaaaaa", site_key="site-1", headcount=30)
    b = export_of(CENTER_B, center="bbbbbbbbbbbbbbbb", headcount=12, period=b_period)
    pa, pb = tmp_path / f"a{suffixes[0]}", tmp_path / f"b{suffixes[1]}"
    city.write_export(a, pa)
    city.write_export(b, pb)
    return a, b, pa, pb


def _merged_truth():
    rows = CENTER_A + CENTER_B
    merged: dict = {}
    for line, s, a, j, v, p in rows:
        q, w = merged.get((line, s, a, j), (0, 0))
        merged[(line, s, a, j)] = (q + p, w + v)
    flat = [(*key, v, p) for key, (p, v) in merged.items()]
    return truth_of(flat, distinct_for(CENTER_A) + distinct_for(CENTER_B))


@pytest.mark.parametrize("out_suffix", [".xlsx", ".csv", ".json"])
def test_merge_adds_up_and_stays_protected(tmp_path, out_suffix):
    a, b, pa, pb = _two_files(tmp_path)
    out = tmp_path / f"total{out_suffix}"
    assert merge_exports([pa, pb], out) == out
    merged = read_export(out)
    assert merged.to_dict() == city.merge([read_export(pa), read_export(pb)],
                                          generated_at=merged.header["generated_at"]).to_dict()
    h = merged.header
    assert (h["period"], h["schema_version"], h["program_headcount"], h["persons_basis"]) == (MONTH, 1, 42, "sum_of_sources")
    assert h["sources"] == "aaaaaaaaaaaaaaaa/site-1 bbbbbbbbbbbbbbbb/all"
    # published totals are the sums, and only where every input was published
    for ra, rb, rm in zip(a.rows, b.rows, merged.rows):
        if ra.suppressed or rb.suppressed:
            assert rm.suppressed, rm.key
        elif not rm.suppressed:
            assert (rm.persons, rm.person_visits) == (ra.persons + rb.persons, ra.person_visits + rb.person_visits)
    # (F, 40s, admin) counseling: 2 persons in A (hidden there), 20 in B: hidden in the total
    assert a.row(C, "F", "40s", "admin").suppressed and not b.row(C, "F", "40s", "admin").suppressed
    assert merged.row(C, "F", "40s", "admin").suppressed
    assert merged.row(C, "F", "30s", "welfare").persons == 13
    truth = _merged_truth()
    assert_rule_merged(merged, truth)
    assert attack(merged, truth) == []


def assert_rule_merged(merged, truth, k=K):
    for r in merged.rows:
        if not r.suppressed:
            assert r.persons == 0 or r.persons >= k
            assert (r.persons, r.person_visits) == truth[r.key]


def test_merge_of_random_sites_passes_the_attacker(tmp_path):
    paths, raw = [], []
    for i in range(3):
        rows, distinct = random_rows(20 + i, scale=2)
        raw.append((rows, distinct))
        e = export_of(rows, distinct=distinct, center=f"{i:016x}", site_key="all")
        paths.append(tmp_path / f"s{i}.json")
        write_json(e, paths[-1])
    merged = read_export(merge_exports(paths, tmp_path / "total.json"))
    sums: dict = {}
    for rows, _ in raw:
        for line, s, a, j, v, p in rows:
            q, w = sums.get((line, s, a, j), (0, 0))
            sums[(line, s, a, j)] = (q + p, w + v)
    truth = truth_of([(*key, v, p) for key, (p, v) in sums.items()], sum(d for _, d in raw))
    assert_rule_merged(merged, truth)
    assert attack(merged, truth) == []


def test_merge_refuses_mixed_periods(tmp_path):
    _, _, pa, pb = _two_files(tmp_path, b_period="2026-04")
    with pytest.raises(CityExportError) as err:
        merge_exports([pa, pb], tmp_path / "total.xlsx")
    assert err.value.code == "mixed_period"
    assert "2026-04" in err.value.message("ko") and "period" in err.value.message("en")
    assert not (tmp_path / "total.xlsx").exists()


def test_merge_refuses_mixed_schema_versions(tmp_path):
    a, b, pa, pb = _two_files(tmp_path)
    b.header["schema_version"] = 2
    write_json(b, tmp_path / "b2.json")
    with pytest.raises(CityExportError) as err:
        merge_exports([pa, tmp_path / "b2.json"], tmp_path / "total.csv")
    assert err.value.code == "mixed_schema"
    a.header["schema_version"] = 2
    write_json(a, tmp_path / "a2.json")
    with pytest.raises(CityExportError) as err:
        merge_exports([tmp_path / "a2.json", tmp_path / "b2.json"], tmp_path / "total.csv")
    assert err.value.code == "unsupported_schema"


def test_merge_refuses_the_same_source_twice(tmp_path):
    _, _, pa, pb = _two_files(tmp_path)
    with pytest.raises(CityExportError) as err:
        merge_exports([pa, pa], tmp_path / "total.csv")
    assert err.value.code == "duplicate_source"
    # a center's "all" file beside one of its own sites
    all_a = export_of(CENTER_A, center="aaaaaaaaaaaaaaaa", site_key="all")
    write_csv(all_a, tmp_path / "a_all.csv")
    with pytest.raises(CityExportError) as err:
        merge_exports([pa, tmp_path / "a_all.csv"], tmp_path / "total.csv")
    assert err.value.code == "overlapping_sources"
    # and a merged file added to one of its own inputs
    merge_exports([pa, pb], tmp_path / "ab.json")
    with pytest.raises(CityExportError) as err:
        merge_exports([tmp_path / "ab.json", pb], tmp_path / "again.csv")
    assert err.value.code == "duplicate_source"


def test_merge_needs_files_and_a_known_suffix(tmp_path):
    with pytest.raises(CityExportError) as err:
        merge_exports([], tmp_path / "total.csv")
    assert err.value.code == "no_inputs"
    _, _, pa, pb = _two_files(tmp_path)
    with pytest.raises(CityExportError) as err:
        merge_exports([pa, pb], tmp_path / "total.pdf")
    assert err.value.code == "unknown_format"


def test_merge_uses_the_largest_k(tmp_path):
    a = export_of(CENTER_A, center="aaaaaaaaaaaaaaaa", k=3)
    b = export_of(CENTER_B, center="bbbbbbbbbbbbbbbb", k=5)
    write_json(a, tmp_path / "a.json")
    write_json(b, tmp_path / "b.json")
    assert read_export(merge_exports([tmp_path / "a.json", tmp_path / "b.json"], tmp_path / "t.json")).header["k"] == 5
    assert read_export(merge_exports([tmp_path / "a.json", tmp_path / "b.json"], tmp_path / "t.json",
                                     k=10)).header["k"] == 10


# --- a realistic month: the demo center's generator ---------------------------------------------
@pytest.mark.parametrize("site_id", [None, 2])
def test_demo_center_month_passes_the_attacker(tmp_path, site_id):
    from datetime import date

    from storage.demo import DEFAULT_DEMO_PASSWORD, create_demo
    from storage.kdf import FAST_TEST_KDF
    from storage.repos.statistics import StatisticsRepository
    from storage.store import Store
    from storage.vault import Vault

    create_demo(tmp_path / "demo.db", years=1, seed=3, kdf=FAST_TEST_KDF, today=date(2026, 5, 1))
    store = Store(Vault.unlock(tmp_path / "demo.db", "lead", DEFAULT_DEMO_PASSWORD))
    try:
        export = build_city_export(store, MONTH, site_id=site_id)
        stats = StatisticsRepository(store.vault)
        rows = stats.city_cells(MONTH, site_id)
        distinct = stats.service_lines("2026-03-01", "2026-03-31", site_id)["total"]["persons"]
    finally:
        store.close()
    truth = truth_of(rows, distinct)
    assert_rule(export, truth)
    assert export.suppressed_rows()
    assert attack(export, truth) == []
    # the headline figures of the big lines survive
    assert export.row(C).persons and export.row("screening").persons
