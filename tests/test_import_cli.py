"""`maumdesk import clients|services …` driven as a script would: exit codes, output in both
languages, dry run, --skip-bad, --mapping/--source, refusals."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cli.main import main
from storage.kdf import FAST_TEST_KDF
from storage.records import Staff

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture
def db(created, open_as, monkeypatch):
    admin = open_as("admin")
    for login, name in (("counselor1", "김상담"), ("counselor2", "이상담")):
        admin.staff.add(Staff(login=login, display_name=name, role="counselor", site_id=created["sites"][0]),
                        "staff-pass-1", kdf=FAST_TEST_KDF)
    admin.close()
    monkeypatch.setenv("MAUMDESK_PASSWORD", "staff-pass-1")
    return str(created["path"])


def _count(db_path: str, table: str) -> int:
    from tests.conftest import login
    store = login(Path(db_path), "lead")
    try:
        return store.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        store.close()


def test_dry_run_then_import_then_again(db, capsys):
    args = ["--db", db, "--user", "coord"]
    assert main(["import", "clients", str(SAMPLES / "clients.csv"), "--dry-run"] + args) == 0
    out = capsys.readouterr().out
    assert "만들어질 기록" in out and "내담자: 6" in out and "아무것도 저장하지 않았습니다" in out
    assert _count(db, "clients") == 0
    assert main(["import", "clients", str(SAMPLES / "clients.csv")] + args) == 0
    assert "가져왔습니다" in capsys.readouterr().out and _count(db, "clients") == 6
    assert main(["--lang", "en", "import", "services", str(SAMPLES / "services.csv"), "--source", "sample"] + args) == 0
    out = capsys.readouterr().out
    assert "Created:" in out and "screenings (one per questionnaire): 4" in out
    assert main(["import", "services", str(SAMPLES / "services_ko.csv"), "--source", "sample", "--lang", "en"]
                + args) == 0
    out = capsys.readouterr().out
    assert "No new rows" in out and "already imported (skipped): 14 rows (2-15)" in out
    assert _count(db, "counseling_sessions") == 6


def test_refused_rows_exit_1_and_skip_bad(db, capsys, tmp_path):
    args = ["--db", db, "--user", "coord"]
    assert main(["import", "clients", str(SAMPLES / "clients.csv")] + args) == 0
    bad = tmp_path / "bad.csv"
    with open(bad, "w", encoding="cp949", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["내담자번호", "상담일", "서비스", "상담방법", "시간(분)", "상담사", "지점"])
        writer.writerow(["OLD-0001", "2024.5.2", "개인상담", "내소", "50", "김상담", "본관"])
        writer.writerow(["OLD-0001", "2024.5.32", "개인상담", "내소", "50", "김상담", "본관"])
        writer.writerow(["OLD-0404", "2024.5.3", "개인상담", "내소", "50", "김상담", "본관"])
    capsys.readouterr()
    assert main(["import", "services", str(bad)] + args) == 1
    out = capsys.readouterr().out
    assert "3행 B열 상담일 (date): 날짜를 읽을 수 없습니다" in out
    assert "4행 A열 내담자번호 (client_code): 등록되지 않은 내담자 번호입니다 ('OLD-0404')" in out
    assert "아무것도 저장하지 않았습니다" in out and _count(db, "counseling_sessions") == 0
    assert main(["--lang", "en", "import", "services", str(bad), "--dry-run"] + args) == 1
    assert "row 3, column B 상담일 (date): cannot read the date ('2024.5.32'" in capsys.readouterr().out
    assert main(["--lang", "en", "import", "services", str(bad), "--skip-bad"] + args) == 1
    out = capsys.readouterr().out
    assert "Imported the good rows only" in out and "row 4, column A" in out
    assert _count(db, "counseling_sessions") == 1


def test_mapping_file_and_source_then_the_source_alone(db, capsys, tmp_path):
    args = ["--db", db, "--user", "coord"]
    assert main(["import", "clients", str(SAMPLES / "clients.csv")] + args) == 0
    old = SAMPLES / "old_program_services.csv"
    assert main(["import", "services", str(old)] + args) == 1                    # headings unknown without mapping
    assert "필수 열이 없습니다" in capsys.readouterr().err
    assert main(["import", "services", str(old), "--mapping", str(SAMPLES / "old_program_mapping.json"),
                 "--source", "옛 프로그램"] + args) == 0
    assert "상담(연인원): 4" in capsys.readouterr().out
    later = tmp_path / "may.csv"
    later.write_bytes(old.read_bytes().replace(b"2024-04-0", b"2024-05-0"))
    assert main(["import", "services", str(later), "--source", "옛 프로그램"] + args) == 0
    assert _count(db, "counseling_sessions") == 8


@pytest.mark.parametrize("user", ["c1", "admin"])
def test_other_roles_are_refused(db, capsys, monkeypatch, user):
    if user == "admin":
        monkeypatch.setenv("MAUMDESK_PASSWORD", "admin-pass-1")
    assert main(["--lang", "en", "import", "clients", str(SAMPLES / "clients.csv"), "--db", db, "--user", user]) == 1
    assert "not allowed to import records" in capsys.readouterr().err


def test_usage_errors_exit_2(db):
    assert main(["import", "patients", str(SAMPLES / "clients.csv"), "--db", db, "--user", "coord"]) == 2
    assert main(["import", "clients", "--db", db, "--user", "coord"]) == 2
