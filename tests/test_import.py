"""Importing the old program's spreadsheets (storage/importing): formats, dry run, bad rows,
idempotent re-import, the invariants the repositories keep, and monthly statistics that equal
the counts taken from the file itself."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from storage import importing
from storage.errors import PermissionDenied
from storage.hangul import initials
from storage.importing.values import Bad, parse_date, parse_minutes, parse_time
from storage.kdf import FAST_TEST_KDF
from storage.records import Client, Staff
from storage.repos.statistics import StatisticsRepository

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
TABLES = ("clients", "counseling_sessions", "screenings", "safety_followups", "programs", "program_sessions",
          "program_attendance", "referrals", "import_rows", "imports")
SERVICE_HEAD = ["client_code", "date", "service", "method", "minutes", "counselor", "site", "instrument", "total",
                "item1", "item2", "item3", "item4", "item5", "item6", "item7", "item8", "item9", "program",
                "headcount", "destination_kind", "cost_support"]


@pytest.fixture
def center(created, open_as):
    """The test center plus the two counselor logins the shipped samples name."""
    admin = open_as("admin")
    for login, name in (("counselor1", "김상담"), ("counselor2", "이상담")):
        admin.staff.add(Staff(login=login, display_name=name, role="counselor", site_id=created["sites"][0]),
                        "staff-pass-1", kdf=FAST_TEST_KDF)
    return created


@pytest.fixture
def coord(center, open_as):
    return open_as("coord")


def write_csv(path: Path, head: list, rows: list, encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def svc(code, day, service, method="", minutes="", counselor="", site="본관", instrument="", total="", items=(),
        program="", headcount="", dkind="", cost=""):
    items = list(items) + [""] * (9 - len(items))
    return [code, day, service, method, minutes, counselor, site, instrument, total] + items + \
        [program, headcount, dkind, cost]


def counts(store) -> dict:
    return {t: store.vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def import_clients(store, tmp_path, codes=("A-001", "A-002", "A-003", "A-004")):
    rows = [[c, f"홍길{i}", "남" if i % 2 else "여", 1970 + i, "welfare", "복지과", f"010-1234-56{i:02d}"]
            for i, c in enumerate(codes)]
    path = write_csv(tmp_path / "clients.csv", ["client_code", "name", "sex", "birth_year", "job_group", "department",
                                                "phone"], rows)
    report = importing.run_import(store.vault, "clients", path)
    assert report.written and report.counts["clients"] == len(codes)


# --- values ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2024-03-05", "2024.3.5", "2024. 3. 5.", "24.03.05", "2024/03/05", "2024년 3월 5일",
                                  "2024년3월5일", "20240305", "2024-03-05 14:30", "2024.03.05 오후 2:30"])
def test_dates_as_written_in_korea(text):
    day, _ = parse_date(text, date(2026, 1, 1))
    assert day == "2024-03-05"


def test_date_times_and_durations():
    assert parse_date("2024.03.05 오후 2:30", date(2026, 1, 1)) == ("2024-03-05", "14:30")
    assert parse_date(45356, date(2026, 1, 1))[0] == "2024-03-05"          # an Excel serial date
    for bad in ("2024-02-30", "2024-13-01", "다음주", "3/5"):
        with pytest.raises(Bad) as caught:
            parse_date(bad, date(2026, 1, 1))
        assert caught.value.code == "bad_date"
    with pytest.raises(Bad) as caught:
        parse_date("2026-01-02", date(2026, 1, 1))
    assert caught.value.code == "future_date"
    assert [parse_time(t) for t in ("14:00", "오전 9:05", "2:30 PM", "14시 30분")] == ["14:00", "09:05", "14:30", "14:30"]
    assert [parse_minutes(m) for m in (50, "50분", "1시간 30분", "1:30", "90 min")] == [50, 50, 90, 90, 90]


# --- the shipped samples -----------------------------------------------------------------------------
def test_samples_import_and_korean_headings_are_the_same_rows(coord):
    vault = coord.vault
    clients = importing.run_import(vault, "clients", SAMPLES / "clients.csv")
    assert clients.written and clients.ok and clients.counts == {"clients": 6}
    report = importing.run_import(vault, "services", SAMPLES / "services.csv", source="sample")
    assert report.written and report.ok, report.summary_lines("en")
    assert report.counts["sessions"] == 6 and report.counts["sessions_group"] == 2
    assert report.counts["group_sessions"] == 1 and report.counts["screenings"] == 4
    assert report.counts["attendance"] == 2 and report.counts["headcount"] == 18 and report.counts["referrals"] == 1
    assert report.counts["programs"] == 2 and report.counts["program_sessions"] == 2
    # The same rows with Korean headings and labels (개인상담, 내소, 30만원 …) are the same rows.
    ko = importing.dry_run(vault, "services", SAMPLES / "services_ko.csv", source="sample")
    assert ko.ok and ko.rows_ok == 0 and ko.rows_skipped == ko.rows_read == 14
    assert set(ko.columns.values()) >= {"client_code", "date", "service", "method", "minutes", "counselor", "site",
                                        "instrument", "item9", "program", "headcount", "destination_kind"}
    # The old program's export (CP949, other headings and labels) with its mapping file.
    mapping = importing.read_mapping_file(SAMPLES / "old_program_mapping.json")
    old = importing.run_import(vault, "services", SAMPLES / "old_program_services.csv", mapping=mapping,
                               source="old-program")
    assert old.written and old.ok and old.encoding == "cp949"
    assert old.counts["sessions"] == 4 and old.counts["sessions_family"] == 1 and "메모" in old.ignored
    methods = vault.conn.execute("SELECT method, count(*) FROM counseling_sessions WHERE session_date >= '2024-04-01'"
                                 " GROUP BY 1").fetchall()
    assert dict(methods) == {"in_person": 3, "phone": 1}


# --- bad rows ------------------------------------------------------------------------------------------
def test_every_kind_of_bad_row_is_named_and_nothing_is_written(coord, tmp_path):
    import_clients(coord, tmp_path)
    vault = coord.vault
    earlier = write_csv(tmp_path / "earlier.csv", SERVICE_HEAD,
                        [svc("A-003", "2024-03-02", "individual", "in_person", 50, "c1")])
    assert importing.run_import(vault, "services", earlier).written
    rows = [
        svc("A-001", "2024-03-05", "individual", "in_person", 50, "c1"),                      # 2 good
        svc("A-001", "2024-03-06", "individual", "in_person", 50, "nobody"),                  # 3 unknown counselor
        svc("ZZZ-999", "2024-03-06", "individual", "in_person", 50, "c1"),                    # 4 unknown client
        svc("A-002", "2024-02-30", "individual", "in_person", 50, "c1"),                      # 5 bad date
        svc("A-002", "2024-03-07", "상담?", "in_person", 50, "c1"),                           # 6 unknown service
        svc("A-002", "2024-03-07", "개인상담", "팩스", 50, "c1"),                               # 7 unknown method
        svc("A-002", "2024-03-08", "screening", instrument="isi", total=40),                  # 8 score out of range
        svc("A-002", "2024-03-09", "individual", "in_person", "", "c1"),                      # 9 missing minutes
        svc("A-001", "2024-03-05", "individual", "in_person", 50, "c1"),                      # 10 duplicate of 2
        svc("A-004", "2024-03-10", "screening", instrument="gad7", items=[1] * 7),            # 11 good
        svc("A-003", "2024-03-02", "individual", "in_person", 50, "c1"),                      # 12 already imported
        svc("A-004", "2024-03-11", "screening", instrument="phq9", items=[7] + [0] * 8),      # 13 answer not an option
        svc("A-004", "2024-03-12", "referral", dkind="designated_clinic", cost="2,000,000"),  # 14 cost over the cap
        svc("A-004", "2024-03-12", "screening", instrument="gad7", total=9, items=[1] * 7),   # 15 total != items
    ]
    path = write_csv(tmp_path / "bad.csv", SERVICE_HEAD, rows)
    before = counts(coord)
    report = importing.dry_run(vault, "services", path)
    found = {(i.row, i.column, i.code) for i in report.issues}
    assert found == {(3, "counselor", "unknown_counselor"), (4, "client_code", "unknown_client"),
                     (5, "date", "bad_date"), (6, "service", "unknown_service"), (7, "method", "unknown_method"),
                     (8, "total", "score"), (9, "minutes", "missing_value"), (10, None, "duplicate"),
                     (13, "item1", "score"), (14, "cost_support", "out_of_range"), (15, "total", "total_mismatch")}
    assert [(i.row, i.code) for i in report.skipped] == [(12, "already_imported")]
    assert report.rows_ok == 2 and report.counts["sessions"] == 1 and report.counts["screenings"] == 1
    by_row = {i.row: i for i in report.issues}
    assert by_row[3].letter == "F" and "nobody" in by_row[3].message("en") and "직원" in by_row[3].message("ko")
    assert "2024-02-30" in by_row[5].message("ko") and "cannot read the date" in by_row[5].message("en")
    assert "0" in by_row[8].message("en") and "28" in by_row[8].message("en") and "점수" in by_row[8].message("ko")
    assert "phq9_1" in by_row[13].message("en") and by_row[13].letter == "J"
    assert "row 2" in by_row[10].message("en") and "2행" in by_row[10].message("ko")
    assert by_row[5].where("ko") == "5행 B열 date" and by_row[5].where("en") == "row 5, column B date"
    assert counts(coord) == before                                          # a dry run writes nothing

    refused = importing.run_import(vault, "services", path)
    assert not refused.written and refused.rows_refused == 11
    assert counts(coord) == before                                          # one bad row: nothing at all

    partial = importing.run_import(vault, "services", path, skip_bad=True)
    assert partial.written and partial.rows_refused == 11 and partial.rows_ok == 2
    after = counts(coord)
    assert after["counseling_sessions"] == before["counseling_sessions"] + 1
    assert after["screenings"] == before["screenings"] + 1 and after["imports"] == before["imports"] + 1
    again = importing.run_import(vault, "services", path, skip_bad=True)
    assert not again.written and again.rows_ok == 0
    assert [i.row for i in again.skipped] == [2, 10, 11, 12]      # row 10 repeats row 2, now in the database
    assert counts(coord) == after


def test_bad_client_rows(coord, tmp_path):
    coord.clients.add(Client(code="IN-APP-1", name="앱등록", sex="F", birth_year=1990, job_group="admin"))
    head = ["내담자번호", "이름", "성별", "출생연도", "직군", "부서"]
    rows = [["B-001", "김가나", "여", "1985", "사회복지", "복지과"],
            ["B-002", "", "남", "1980", "admin", ""],                 # 3 name missing
            ["B 003", "이다라", "X", "1880", "우주비행", ""],            # 4 code, sex, year, job group
            ["IN-APP-1", "박마바", "남", "1975", "admin", ""],          # 5 code already in use
            ["B-001", "김가나", "여", "1985", "welfare", ""]]            # 6 same code twice
    report = importing.dry_run(coord.vault, "clients", write_csv(tmp_path / "c.csv", head, rows))
    assert {(i.row, i.column, i.code) for i in report.issues} == {
        (3, "name", "missing_value"), (4, "client_code", "bad_client_code"), (4, "sex", "unknown_sex"),
        (4, "birth_year", "out_of_range"), (4, "job_group", "unknown_job_group"),
        (5, "client_code", "client_exists"), (6, None, "duplicate")}
    assert report.columns == {"내담자번호": "client_code", "이름": "name", "성별": "sex", "출생연도": "birth_year",
                              "직군": "job_group", "부서": "department"}


def test_missing_columns_and_unknown_mapping_target(coord, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["회원", "방문일", "구분"], [["A", "2024-03-01", "개인상담"]])
    with pytest.raises(importing.ImportFileError) as caught:
        importing.dry_run(coord.vault, "services", path)
    assert "date" in caught.value.message("en") and "방문일" in caught.value.message("ko")
    with pytest.raises(importing.ImportFileError) as caught:
        importing.dry_run(coord.vault, "services", path, mapping=importing.ColumnMapping({"방문일": "when"}))
    assert "when" in caught.value.message("en")


# --- formats ---------------------------------------------------------------------------------------
KO_HEAD = ["내담자번호", "상담일", "서비스", "상담방법", "시간(분)", "상담사", "지점", "검사", "총점"]
KO_ROWS = [["A-001", "2024.3.5", "개인상담", "내소", "50", "박상담", "본관", "", ""],
           ["A-002", "2024년 3월 6일", "가족상담", "화상", "60분", "c2", "별관", "", ""],
           ["A-003", "24.03.07", "심리검진", "온라인", "", "", "본관", "ISI", "12"]]
EN_ROWS = [["A-001", "2024-03-05", "individual", "in_person", "50", "c1", "본관", "", ""],
           ["A-002", "2024/03/06", "family", "video", "60", "최상담", "별관", "", ""],
           ["A-003", "2024-03-07", "screening", "online", "", "", "본관", "isi", "12"]]
EN_HEAD = ["Client Code", "Date", "Service", "Method", "Minutes", "Counselor", "Site", "Instrument", "Total"]


def test_encodings_xlsx_and_headings_all_read_the_same(coord, tmp_path):
    import_clients(coord, tmp_path)
    files = {
        "utf-8": write_csv(tmp_path / "utf8.csv", KO_HEAD, KO_ROWS, "utf-8"),
        "utf-8-sig": write_csv(tmp_path / "bom.csv", KO_HEAD, KO_ROWS, "utf-8-sig"),
        "cp949": write_csv(tmp_path / "excel.csv", KO_HEAD, KO_ROWS, "cp949"),
        "utf-16": write_csv(tmp_path / "unicode.txt", KO_HEAD, [r for r in KO_ROWS], "utf-16"),
        "english": write_csv(tmp_path / "english.csv", EN_HEAD, EN_ROWS, "utf-8"),
    }
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "상담실적"
    sheet.append(KO_HEAD)
    sheet.append(["A-001", date(2024, 3, 5), "개인상담", "내소", 50, "박상담", "본관", None, None])
    sheet.append(["A-002", "2024-03-06", "가족상담", "화상", 60.0, "c2", "별관", None, None])
    sheet.append(["A-003", date(2024, 3, 7), "심리검진", "온라인", None, None, "본관", "isi", 12])
    book.save(tmp_path / "export.xlsx")
    files["xlsx"] = tmp_path / "export.xlsx"
    reports = {name: importing.dry_run(coord.vault, "services", path) for name, path in files.items()}
    for name, report in reports.items():
        assert report.ok and report.rows_ok == 3, (name, report.summary_lines("en"))
        assert report.counts["sessions"] == 2 and report.counts["screenings"] == 1, name
    assert {n: r.encoding for n, r in reports.items() if n in ("utf-8", "utf-8-sig", "cp949", "utf-16")} == {
        "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp949": "cp949", "utf-16": "utf-16"}
    assert reports["xlsx"].file_format == "xlsx" and reports["xlsx"].sheet == "상담실적"
    # Every variant normalizes to the same rows: after one of them, the others are already imported.
    assert importing.run_import(coord.vault, "services", files["cp949"]).written
    for name, path in files.items():
        again = importing.dry_run(coord.vault, "services", path)
        assert again.rows_ok == 0 and again.rows_skipped == 3, name
    stored = coord.vault.conn.execute("SELECT session_date, kind, method, minutes FROM counseling_sessions"
                                      " ORDER BY session_date").fetchall()
    assert stored == [("2024-03-05", "individual", "in_person", 50), ("2024-03-06", "family", "video", 60)]


# --- what is stored ---------------------------------------------------------------------------------
def test_screenings_stored_as_the_repository_stores_them(coord, tmp_path):
    import_clients(coord, tmp_path, codes=("A-001", "A-002"))
    twin = coord.clients.add(Client(code="TWIN-1", name="쌍둥이", sex="M", birth_year=1970, job_group="welfare"))
    recent = (date.today() - timedelta(days=3)).isoformat()
    a2 = coord.vault.conn.execute("SELECT id FROM clients WHERE code = 'A-002'").fetchone()[0]
    earlier = coord.screenings.record(a2, "gad7", taken_on="2023-05-02", site_id=1, answers=[0] * 7)
    assert earlier.overall_class == "normal"
    rows = [svc("A-001", recent, "screening", "in_person", instrument="phq9", items=[0] * 8 + [2], counselor="c1"),
            svc("A-001", recent, "screening", "in_person", instrument="GAD-7", items=[0] * 7, counselor="c1"),
            svc("A-002", "2023-05-02", "screening", "paper", instrument="phq9", items=[1] * 9)]
    report = importing.run_import(coord.vault, "services", write_csv(tmp_path / "s.csv", SERVICE_HEAD, rows))
    assert report.written and report.counts["followups"] == 2 and report.counts["followups_open"] == 1
    mine = coord.screenings.record(twin.id, "phq9", taken_on=recent, site_id=1, answers=[0] * 8 + [2])
    coord.screenings.record(twin.id, "gad7", taken_on=recent, site_id=1, answers=[0] * 7)
    conn = coord.vault.conn
    cols = "instrument_id, instrument_version, result, total, band, risk_class, flag_count, overall_class"
    code_a = conn.execute("SELECT id FROM clients WHERE code = 'A-001'").fetchone()[0]
    imported = conn.execute(f"SELECT {cols} FROM screenings WHERE client_id = ? ORDER BY id", (code_a,)).fetchall()
    by_repo = conn.execute(f"SELECT {cols} FROM screenings WHERE client_id = ? ORDER BY id", (twin.id,)).fetchall()
    assert [r[:2] + (json.loads(r[2]),) + r[3:] for r in imported] == \
        [r[:2] + (json.loads(r[2]),) + r[3:] for r in by_repo]
    assert imported[0][7] == "high_risk" and imported[1][7] == "high_risk"   # the day's class covers both
    followups = conn.execute("SELECT f.reason, f.status, f.assigned_to, c.code FROM safety_followups f"
                             " JOIN clients c ON c.id = f.client_id ORDER BY f.id").fetchall()
    c1 = conn.execute("SELECT id FROM staff WHERE login = 'c1'").fetchone()[0]
    assert followups[0] == ("phq9.self_harm", "open", c1, "A-001")
    assert followups[1][1] == "closed" and followups[1][3] == "A-002"       # a 2023 flag: closed on import
    sid = conn.execute("SELECT id FROM screenings WHERE client_id = ? AND instrument_id = 'phq9'", (code_a,)).fetchone()[0]
    assert coord.screenings.rescore(sid) == coord.screenings.get(sid).result
    assert mine.overall_class == "high_risk"
    # A screening already in the database on an imported day is classified again with it.
    assert conn.execute("SELECT overall_class FROM screenings WHERE id = ?", (earlier.id,)).fetchone()[0] == "high_risk"


def test_phq9_totals_need_the_historical_switch(coord, tmp_path):
    import_clients(coord, tmp_path, codes=("A-001",))
    path = write_csv(tmp_path / "t.csv", SERVICE_HEAD, [svc("A-001", "2022-06-01", "screening", instrument="phq9",
                                                            total=17)])
    refused = importing.dry_run(coord.vault, "services", path)
    assert [(i.code, i.column) for i in refused.issues] == [("totals_not_accepted", "total")]
    assert "--historical-totals" in refused.issues[0].message("en")
    report = importing.run_import(coord.vault, "services", path, options=importing.Options(historical_totals=True))
    assert report.written and report.counts["followups"] == 0
    row = coord.vault.conn.execute("SELECT total, risk_class, overall_class, answers FROM screenings").fetchone()
    assert row[:3] == (17, "high_risk", "high_risk") and json.loads(row[3])["historical_totals"] is True


def test_subscale_scores_and_a_yaml_mapping(coord, tmp_path):
    import_clients(coord, tmp_path, codes=("A-001",))
    (tmp_path / "map.yaml").write_text("비고: null\n검사일시: date\n", encoding="utf-8")
    path = write_csv(tmp_path / "mbi.csv", ["내담자번호", "검사일시", "서비스", "검사", "점수(ee)", "점수(dp)", "점수(pa)", "비고",
                                               "센터"],
                     [["A-001", "2024-01-05 10:00", "검진", "MBI-HSS", "30", "12", "25", "메모", "별관"],
                      ["A-001", "2024-01-06", "검진", "mbi_hss", "60", "12", "25", "", "별관"]])
    report = importing.dry_run(coord.vault, "services", path,
                               mapping=importing.read_mapping_file(tmp_path / "map.yaml"))
    assert report.columns["점수(ee)"] == "score_ee" and report.ignored == ["비고"]
    assert report.rows_ok == 1 and [(i.row, i.code) for i in report.issues] == [(3, "score")]
    assert "EE" in report.issues[0].message("en") and "54" in report.issues[0].message("ko")


def test_clients_and_services_keep_the_repository_invariants(coord, tmp_path):
    import_clients(coord, tmp_path)
    rows = [svc("A-001", "2024-03-20", "group", "in_person", 90, "c1"),
            svc("A-002", "2024-03-20", "group", "in_person", 90, "c1"),
            svc("A-003", "2024-03-20", "group", "in_person", 90, "c2"),
            svc("A-001", "2024-03-02", "program", counselor="c2", program="회복탄력성 교실"),
            svc("A-002", "2024-03-02", "program", counselor="c2", program="회복탄력성 교실"),
            svc("", "2024-03-09", "program", program="회복탄력성 교실", headcount=7),
            svc("", "2024-03-09", "program", program="회복탄력성 교실", headcount=3),
            svc("A-004", "2024-04-01", "referral", counselor="c2", dkind="지정클리닉", cost="30만원")]
    report = importing.run_import(coord.vault, "services", write_csv(tmp_path / "s.csv", SERVICE_HEAD, rows))
    assert report.written and report.ok
    conn = coord.vault.conn
    for name, initials_, phone, tail in conn.execute("SELECT name, name_initials, phone, phone_tail FROM clients"):
        assert initials_ == initials(name) and tail == phone[-4:]
    seen = dict(conn.execute("SELECT code, first_seen_on FROM clients"))
    assert seen == {"A-001": "2024-03-02", "A-002": "2024-03-02", "A-003": "2024-03-20", "A-004": "2024-04-01"}
    groups = conn.execute("SELECT group_key, count(*) FROM counseling_sessions GROUP BY group_key ORDER BY 2").fetchall()
    assert [n for _, n in groups] == [1, 2] and all(k.startswith("imp-") for k, _ in groups)  # per counselor
    assert conn.execute("SELECT count(*) FROM counseling_sessions WHERE note_status = 'signed' AND note = '{}'"
                        ).fetchone()[0] == 3
    program = conn.execute("SELECT id, starts_on, ends_on, category FROM programs").fetchall()
    assert len(program) == 1 and program[0][1:] == ("2024-03-02", "2024-03-09", "other")
    sessions = conn.execute("SELECT session_no, starts_at, headcount FROM program_sessions ORDER BY session_no").fetchall()
    assert sessions == [(1, "2024-03-02T09:00", None), (2, "2024-03-09T09:00", 10)]
    assert conn.execute("SELECT destination_kind, cost_support_krw, outcome FROM referrals").fetchone() == \
        ("designated_clinic", 300000, "unknown")
    assert coord.followups.open_items() == []
    assert coord.sessions.drafts_of(conn.execute("SELECT id FROM staff WHERE login = 'c1'").fetchone()[0]) == []


# --- statistics equal the file -----------------------------------------------------------------------
def _generated_services(rng: random.Random, codes: list[str]) -> list[list]:
    rows, seen = [], set()
    styles = (lambda d: d.isoformat(), lambda d: f"{d.year}.{d.month}.{d.day}", lambda d: d.strftime("%y.%m.%d"),
              lambda d: f"{d.year}년 {d.month}월 {d.day}일", lambda d: d.strftime("%Y/%m/%d"))
    for _ in range(260):
        day = date(2024, 2, 20) + timedelta(days=rng.randrange(50))           # Feb 20 .. Apr 9
        code, kind = rng.choice(codes), rng.choice(["individual", "individual", "group", "family", "screening",
                                                   "screening", "program", "referral"])
        written = rng.choice(styles)(day)
        if kind in ("individual", "group", "family"):
            row = svc(code, written, rng.choice([kind, {"individual": "개인상담", "group": "집단상담",
                                                        "family": "가족상담"}[kind]]),
                      rng.choice(["in_person", "phone", "전화", "내소"]), rng.choice([30, 50]), rng.choice(["c1", "c2"]))
            ident = (code, day, "counseling", row[3], row[4], row[5])
        elif kind == "screening":
            inst = rng.choice(["gad7", "isi"])
            row = svc(code, written, "심리검진", instrument=inst, total=rng.randint(0, 28) if inst == "isi" else "",
                      items=[rng.randint(0, 3) for _ in range(7)] if inst == "gad7" else ())
            ident = (code, day, inst)
        elif kind == "program":
            ident = (code, day, "program")
            row = svc(code, written, "프로그램", program="스트레스 완화 교실")
        else:
            ident = (code, day, "referral")
            row = svc(code, written, "연계", dkind="designated_clinic", cost=rng.choice(["0", "300,000"]))
        if ident in seen:
            continue
        seen.add(ident)
        rows.append((day, kind, code, row))
    for day in (date(2024, 3, 15), date(2024, 4, 2)):                           # outreach head-counts
        rows.append((day, "headcount", None, svc("", day.isoformat(), "program", program="찾아가는 부서",
                                                  headcount=rng.randint(10, 40))))
    return rows


def test_monthly_statistics_equal_the_counts_taken_from_the_file(coord, tmp_path):
    codes = [f"M-{i:03d}" for i in range(1, 25)]
    import_clients(coord, tmp_path, codes=codes)
    rng = random.Random(7)
    generated = _generated_services(rng, codes)
    path = write_csv(tmp_path / "history.csv", SERVICE_HEAD, [r[3] for r in generated], "cp949")
    report = importing.run_import(coord.vault, "services", path)
    assert report.written and report.ok and report.rows_ok == len(generated)

    line_of = {"individual": "counseling", "group": "counseling", "family": "counseling", "screening": "screening",
               "program": "program", "headcount": "program", "referral": "referral"}
    first_day: dict[str, date] = {}
    for day, kind, code, _ in generated:
        if code and (code not in first_day or day < first_day[code]):
            first_day[code] = day
    stats = StatisticsRepository(coord.vault)
    for month, start, end in (("2024-02", "2024-02-01", "2024-02-29"), ("2024-03", "2024-03-01", "2024-03-31"),
                              ("2024-04", "2024-04-01", "2024-04-30")):
        rows = [r for r in generated if r[0].isoformat().startswith(month)]
        expected = {}
        for line in ("counseling", "screening", "program", "referral"):
            mine = [r for r in rows if line_of[r[1]] == line]
            named = [r for r in mine if r[1] != "headcount"]
            heads = sum(int(r[3][SERVICE_HEAD.index("headcount")]) for r in mine if r[1] == "headcount")
            expected[line] = {"visits": len(named) + heads, "persons": len({r[2] for r in named})}
        expected["program"].update(named_visits=expected["program"]["visits"] - sum(
            int(r[3][SERVICE_HEAD.index("headcount")]) for r in rows if r[1] == "headcount"))
        expected["program"]["headcount"] = expected["program"]["visits"] - expected["program"]["named_visits"]
        expected["total"] = {"visits": sum(expected[l]["visits"] for l in ("counseling", "screening", "program",
                                                                            "referral")),
                             "persons": len({r[2] for r in rows if r[2]})}
        assert stats.service_lines(start, end) == expected, month
        persons = {r[2] for r in rows if r[2]}
        new = {c for c in persons if first_day[c].isoformat().startswith(month)}
        assert stats.new_and_continuing(start, end) == {"new": len(new), "continuing": len(persons - new)}, month
        kinds = {}
        for r in rows:
            if line_of[r[1]] == "counseling":
                kinds.setdefault(r[1], []).append(r[2])
        assert {k: v["visits"] for k, v in stats.counseling_kinds(start, end).items()} == \
            {k: len(v) for k, v in kinds.items()}, month
    assert expected["total"]["visits"] > 30                                    # the test is not vacuous


# --- re-import, mapping, permissions, audit, cancel ------------------------------------------------------
def test_reimport_doubles_nothing_and_a_longer_export_adds_only_the_new_rows(coord, tmp_path):
    import_clients(coord, tmp_path)
    first = [svc("A-001", "2024-03-05", "individual", "in_person", 50, "c1"),
             svc("A-002", "2024-03-05", "screening", instrument="gad7", items=[2] * 7),
             svc("A-003", "2024-03-06", "program", program="명상", counselor="c2"),
             svc("", "2024-03-07", "program", program="찾아가는 부서", headcount=20),
             svc("A-004", "2024-03-08", "referral", dkind="psychiatrist")]
    path = write_csv(tmp_path / "march.csv", SERVICE_HEAD, first)
    assert importing.run_import(coord.vault, "services", path).written
    once = counts(coord)
    again = importing.run_import(coord.vault, "services", path)
    assert not again.written and again.ok and again.rows_skipped == 5 and counts(coord) == once
    longer = write_csv(tmp_path / "march-april.csv", SERVICE_HEAD,
                       first + [svc("A-001", "2024-04-02", "individual", "phone", 30, "c1"),
                                svc("A-004", "2024-03-07", "program", program="찾아가는 부서", counselor="c2")])
    more = importing.run_import(coord.vault, "services", longer)
    assert more.written and more.rows_ok == 2 and more.rows_skipped == 5
    now = counts(coord)
    assert now["counseling_sessions"] == once["counseling_sessions"] + 1
    assert now["program_attendance"] == once["program_attendance"] + 1
    assert now["program_sessions"] == once["program_sessions"] and now["programs"] == once["programs"]
    assert coord.vault.conn.execute("SELECT sum(headcount) FROM program_sessions").fetchone()[0] == 20
    later = write_csv(tmp_path / "may.csv", SERVICE_HEAD, [svc("A-002", "2024-05-10", "program", program="명상")])
    assert importing.run_import(coord.vault, "services", later).counts["programs"] == 0    # the same program
    assert coord.vault.conn.execute("SELECT starts_on, ends_on FROM programs WHERE name = '명상'").fetchone() == \
        ("2024-03-06", "2024-05-10")


def test_mapping_is_saved_per_source_and_maps_the_next_file(coord, tmp_path):
    import_clients(coord, tmp_path)
    head = ["회원ID", "이용일", "서비스명", "진행", "분", "담당자", "센터", "비고"]
    mapping = importing.ColumnMapping.from_dict({
        "columns": {"회원ID": "client_code", "이용일": "날짜", "서비스명": "service", "진행": "method", "센터": "site",
                    "비고": None},
        "values": {"service": {"심리상담(개인)": "individual"}, "counselor": {"박 선생님": "c1"}}})
    march = write_csv(tmp_path / "m.csv", head, [["A-001", "2024-03-04", "심리상담(개인)", "내소", "50", "박 선생님",
                                                  "본관", "메모"]])
    report = importing.run_import(coord.vault, "services", march, mapping=mapping, source="옛 프로그램")
    assert report.written and report.ok and report.ignored == ["비고"]
    assert importing.saved_mapping(coord.vault, "옛 프로그램", "services").to_dict() == mapping.to_dict()
    april = write_csv(tmp_path / "a.csv", head, [["A-002", "2024-04-01", "심리상담(개인)", "전화", "30", "박 선생님",
                                                  "본관", ""]])
    with pytest.raises(importing.ImportFileError):
        importing.dry_run(coord.vault, "services", april)                     # no source: 이용일 means nothing
    next_month = importing.run_import(coord.vault, "services", april, source="옛 프로그램")
    assert next_month.written and next_month.counts["sessions"] == 1
    assert [h["source"] for h in importing.history(coord.vault)] == ["옛 프로그램", "옛 프로그램", ""]


@pytest.mark.parametrize("login", ["c1", "psy", "admin"])
def test_only_coordinator_and_lead_import(center, open_as, tmp_path, login):
    path = SAMPLES / "clients.csv"
    store = open_as(login)
    with pytest.raises(PermissionDenied) as caught:
        importing.dry_run(store.vault, "clients", path)
    assert "import records" in caught.value.message("en")
    assert importing.run_import(open_as("lead").vault, "clients", path).written


def test_one_audit_row_with_file_name_checksum_and_counts(coord, tmp_path):
    audit_before = coord.vault.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    report = importing.run_import(coord.vault, "clients", SAMPLES / "clients.csv")
    rows = coord.vault.conn.execute("SELECT action, entity, entity_id, detail, client_id FROM audit_log WHERE id > ?",
                                    (audit_before,)).fetchall()
    assert len(rows) == 1 and rows[0][:3] == ("import", "import", str(report.import_id)) and rows[0][4] is None
    detail = json.loads(rows[0][3])
    assert detail["file"] == "clients.csv" and detail["counts"] == {"clients": 6} and detail["written"] == 6
    assert detail["sha256"] == hashlib.sha256((SAMPLES / "clients.csv").read_bytes()).hexdigest()
    assert "김하늘" not in rows[0][3]
    assert coord.vault.verify() == []


def test_progress_and_cancel_leave_nothing_behind(coord, tmp_path):
    import_clients(coord, tmp_path)
    start = date(2020, 1, 1)
    rows = [svc("A-001", (start + timedelta(days=i)).isoformat(), "individual", "in_person", 50, "c1")
            for i in range(1600)]
    path = write_csv(tmp_path / "long.csv", SERVICE_HEAD, rows)
    seen = []
    report = importing.dry_run(coord.vault, "services", path, progress=lambda done, total: seen.append((done, total)))
    assert report.counts["sessions"] == 1600 and seen[0] == (500, 1600) and seen[-1] == (1600, 1600)
    before = counts(coord)
    calls = []
    with pytest.raises(importing.ImportCancelled) as caught:
        importing.run_import(coord.vault, "services", path, cancel=lambda: calls.append(1) or len(calls) >= 2)
    assert "취소" in caught.value.message("ko")
    assert counts(coord) == before
    small = importing.run_import(coord.vault, "services", path, options=importing.Options(batch_size=300))
    assert small.written and counts(coord)["counseling_sessions"] == before["counseling_sessions"] + 1600
