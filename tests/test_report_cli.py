"""`maumdesk report …` end to end on a demo center: files written, exports audited with purpose."""
from __future__ import annotations

import csv
import json
import subprocess
from datetime import date

import openpyxl
import pytest

from cli.main import main
from storage.demo import create_demo
from storage.kdf import FAST_TEST_KDF
from storage.vault import Vault

PASSWORD = "demo-pass-123"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("report") / "demo.db"
    create_demo(db, years=2, seed=2, password=PASSWORD, kdf=FAST_TEST_KDF, today=date(2026, 11, 28))
    return db


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("MAUMDESK_PASSWORD", PASSWORD)


def _exports(db):
    with Vault.unlock(db, "lead", PASSWORD) as vault:
        return [json.loads(r[0]) | {"entity": r[1]} for r in vault.conn.execute(
            "SELECT detail, entity FROM audit_log WHERE action = 'export' ORDER BY id")]


def test_monthly_pdf_xlsx_csv_json(demo_db, tmp_path, env):
    for suffix in ("pdf", "xlsx", "csv", "json"):
        out = tmp_path / f"2026-10.{suffix}"
        assert main(["report", "monthly", "--db", str(demo_db), "--user", "lead", "--month", "2026-10",
                     "--out", str(out), "--purpose", "10월 실적 보고(시 제출)"]) == 0
        assert out.stat().st_size > 500
    data = json.loads((tmp_path / "2026-10.json").read_text(encoding="utf-8"))
    total = data["lines"]["total"]["visits"]
    assert total > 500
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "2026-10.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"{total:,}" in text and "2026년 10월" in text
    assert (tmp_path / "2026-10.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader((tmp_path / "2026-10.csv").open(encoding="utf-8-sig")))
    assert any(str(total) in row for row in rows)
    book = openpyxl.load_workbook(tmp_path / "2026-10.xlsx")
    assert any(total in [c.value for c in row] for ws in book.worksheets for row in ws.iter_rows())
    exports = _exports(demo_db)[-4:]
    assert [e["format"] for e in exports] == [".pdf", ".xlsx", ".csv", ".json"]
    assert all(e["purpose"] == "10월 실적 보고(시 제출)" and e["entity"] == "report_monthly" for e in exports)


def test_yearly_and_range_and_site(demo_db, tmp_path, env):
    assert main(["report", "yearly", "--db", str(demo_db), "--user", "lead", "--year", "2025",
                 "--out", str(tmp_path / "y.json"), "--purpose", "연간 보고"]) == 0
    year = json.loads((tmp_path / "y.json").read_text(encoding="utf-8"))
    assert year["period"]["kind"] == "year" and year["lines"]["total"]["visits"] > 10_000
    assert main(["report", "range", "--db", str(demo_db), "--user", "lead", "--from", "2025-01-01",
                 "--to", "2025-12-31", "--site", "본관", "--out", str(tmp_path / "r.json"), "--purpose", "지점 비교"]) == 0
    site = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert site["site"] == "본관"
    assert 0 < site["lines"]["total"]["visits"] < year["lines"]["total"]["visits"]


def test_purpose_is_required_and_bad_periods_are_refused(demo_db, tmp_path, env, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--lang", "en", "report", "monthly", "--db", str(demo_db), "--user", "lead", "--month", "2026-10",
                 "--out", str(out)]) == 1
    assert "--purpose" in capsys.readouterr().err and not out.exists()
    assert main(["--lang", "en", "report", "monthly", "--db", str(demo_db), "--user", "lead", "--month", "2026-13",
                 "--out", str(out), "--purpose", "p"]) == 1
    assert "not valid" in capsys.readouterr().err


def test_counselor_may_not_export(demo_db, tmp_path, env, capsys):
    assert main(["--lang", "en", "report", "monthly", "--db", str(demo_db), "--user", "counselor1", "--month",
                 "2026-10", "--out", str(tmp_path / "x.pdf"), "--purpose", "p"]) == 1
    assert "not allowed" in capsys.readouterr().err


def test_encrypted_pdf(demo_db, tmp_path, env, monkeypatch):
    monkeypatch.setenv("MAUMDESK_PDF_PASSWORD", "pdf-secret-1")
    out = tmp_path / "locked.pdf"
    assert main(["report", "monthly", "--db", str(demo_db), "--user", "lead", "--month", "2026-10", "--out", str(out),
                 "--purpose", "p", "--encrypt"]) == 0
    assert subprocess.run(["pdftotext", str(out), "-"], capture_output=True).returncode != 0
    assert subprocess.run(["pdftotext", "-upw", "pdf-secret-1", str(out), "-"], capture_output=True).returncode == 0


def test_city_export_and_merge(demo_db, tmp_path, env, capsys):
    from reports.city import read_export
    outs = []
    for site in ("본관", "별관"):
        out = tmp_path / f"city-{site}.json"
        assert main(["export", "city", "--db", str(demo_db), "--user", "lead", "--month", "2026-10", "--site", site,
                     "--out", str(out), "--purpose", "시 제출"]) == 0
        outs.append(out)
    export = read_export(outs[0])
    assert export.header["period"] == "2026-10" and export.header["k"] == 5
    text = outs[0].read_text(encoding="utf-8")
    assert "2026-10-" not in text  # nothing finer than the month
    assert main(["city", "merge", str(outs[0]), str(outs[1]), "--out", str(tmp_path / "total.xlsx")]) == 0
    assert (tmp_path / "total.xlsx").exists()
    assert main(["--lang", "en", "export", "city", "--db", str(demo_db), "--user", "lead", "--month", "2026-10",
                 "--k", "1", "--out", str(tmp_path / "bad.csv"), "--purpose", "p"]) == 1
    assert capsys.readouterr().err.strip()
    assert _exports(demo_db)[-1]["entity"] == "city_export"
