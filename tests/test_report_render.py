"""Rendering the usage report: PDF (text, every page marked and numbered, font embedded,
password), XLSX (numeric cells), CSV (BOM), JSON (round trip) and the suffix dispatch.

The report is built by hand here: no database is involved."""
from __future__ import annotations

import copy
import csv
import io
import json
import re
import subprocess
import time

import pytest

from reports.render import render
from reports.tables import Table, report_tables, trend_months
from reports.usage import UsageReport

MARK_KO = "대외비"
MARK_EN = "Confidential"
LINES = ("counseling", "screening", "program", "referral")


def _trend(last_year: int, last_month: int) -> dict:
    out = {}
    y, m = last_year, last_month
    for i in range(12):
        out[f"{y}-{m:02d}"] = {"counseling": 380 + i * 3, "screening": 950 + i * 11,
                               "program": 150 + (i % 4) * 40, "referral": i % 3 + 1}
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return dict(sorted(out.items()))


def make_report(**changes) -> UsageReport:
    """A plausible month (March 2025, all sites) with distinctive figures."""
    data = dict(
        center="마음건강 힐링센터",
        site=None,
        period={"start": "2025-03-01", "end": "2025-03-31", "kind": "month",
                "label_ko": "2025년 3월", "label_en": "March 2025"},
        generated_at="2025-04-02T09:15+09:00",
        generated_by="김센터",
        lines={
            "counseling": {"visits": 412, "persons": 163, "change_vs_last_year": 7.3},
            "screening": {"visits": 1027, "persons": 389, "change_vs_last_year": -4.1},
            "program": {"visits": 286, "persons": 41, "named_visits": 94, "headcount": 192,
                        "change_vs_last_year": 12.6},
            "referral": {"visits": 3, "persons": 3, "change_vs_last_year": None},
            "total": {"visits": 1728, "persons": 498, "change_vs_last_year": 0.6},
        },
        counseling_kinds={"individual": {"visits": 371, "persons": 150}, "group": {"visits": 24, "persons": 18},
                          "family": {"visits": 17, "persons": 9}},
        counseling_methods={"in_person": {"visits": 322, "persons": 139}, "phone": {"visits": 51, "persons": 30},
                            "video": {"visits": 39, "persons": 17}},
        counselors=[{"name": "박소영", "login": "counselor1", "visits": 88, "persons": 35, "minutes": 4400},
                    {"name": "임혜린", "login": "counselor2", "visits": 97, "persons": 41, "minutes": 4850},
                    {"name": "조현정", "login": "counselor3", "visits": 75, "persons": 30, "minutes": 3750},
                    {"name": "문태윤", "login": "counselor4", "visits": 152, "persons": 60, "minutes": 7600}],
        problems=[{"code": "work_stress", "group": "work", "name_ko": "직무 스트레스", "name_en": "Job stress",
                   "visits": 121, "persons": 45},
                  {"code": "complaint_abuse", "group": "work", "name_ko": "악성 민원 피해",
                   "name_en": "Abusive complaints", "visits": 64, "persons": 22},
                  {"code": "depression", "group": "personal", "name_ko": "우울", "name_en": "Depression",
                   "visits": 77, "persons": 28},
                  {"code": "suicide_risk", "group": "crisis", "name_ko": "자살 위기", "name_en": "Suicide risk",
                   "visits": 9, "persons": 3}],
        new_and_continuing={"new": 211, "continuing": 287},
        demographics={
            "sex": {"F": {"visits": 902, "persons": 270}, "M": {"visits": 634, "persons": 228}},
            "age_band": {"20s_or_less": {"visits": 150, "persons": 52}, "30s": {"visits": 540, "persons": 170},
                         "40s": {"visits": 566, "persons": 180}, "50s": {"visits": 260, "persons": 88},
                         "60s_plus": {"visits": 20, "persons": 8}},
            "job_group": {"admin": {"visits": 500, "persons": 160}, "health": {"visits": 300, "persons": 95},
                          "fire": {"visits": 250, "persons": 80}, "civil_service": {"visits": 486, "persons": 163}},
        },
        screening_bands={"phq9": {"normal": 180, "watch": 61, "high_risk": 23, "incomplete": 4},
                         "gad7": {"normal": 199, "watch": 48, "high_risk": 17},
                         "pss10": {"normal": 140, "watch": 44},
                         "k6": {"normal": 250, "watch": 40, "high_risk": 21}},
        screened_by_class={"normal": 301, "watch": 62, "high_risk": 22, "incomplete": 4},
        programs={"stress_relief": {"sessions": 5, "named_visits": 60, "headcount": 0, "visits": 60, "persons": 28},
                  "resilience": {"sessions": 3, "named_visits": 34, "headcount": 0, "visits": 34, "persons": 15},
                  "outreach": {"sessions": 2, "named_visits": 0, "headcount": 192, "visits": 192, "persons": 0}},
        followups={"raised": 23, "closed": 21, "closed_within_1_day": 15, "closed_within_7_days": 20, "open_now": 4},
        referrals={"designated_clinic": {"referrals": 2, "persons": 2, "cost_support_krw": 1_350_000},
                   "psychiatrist": {"referrals": 1, "persons": 1, "cost_support_krw": 0}},
        satisfaction={"responses": 57, "overall": 4.61,
                      "items": {"usefulness": 4.72, "comfort": 4.66, "participation": 4.58, "suitability": 4.55,
                                "recommend": 4.6, "revisit": 4.63, "environment": 4.53}},
        last_year={"counseling": {"visits": 384, "persons": 150}, "screening": {"visits": 1071, "persons": 402},
                   "program": {"visits": 254, "persons": 38, "named_visits": 80, "headcount": 174},
                   "referral": {"visits": 0, "persons": 0}, "total": {"visits": 1709, "persons": 489}},
        year_to_date={"counseling": {"visits": 1180, "persons": 301}, "screening": {"visits": 2990, "persons": 880},
                      "program": {"visits": 700, "persons": 77, "named_visits": 250, "headcount": 450},
                      "referral": {"visits": 8, "persons": 8}, "total": {"visits": 4878, "persons": 1011}},
        last_year_to_date={"counseling": {"visits": 1100, "persons": 290}, "screening": {"visits": 3050, "persons": 900},
                           "program": {"visits": 650, "persons": 70, "named_visits": 230, "headcount": 420},
                           "referral": {"visits": 6, "persons": 6}, "total": {"visits": 4806, "persons": 1000}},
        plan={"counseling": {"target": 4200, "ytd": 1180, "percent": 28.1},
              "screening": {"target": 11500, "ytd": 2990, "percent": 26.0},
              "program": {"target": 3800, "ytd": 700, "percent": 18.4},
              "referral": {"target": 30, "ytd": 8, "percent": 26.7}},
        trend=_trend(2025, 3),
    )
    data.update(changes)
    return UsageReport(**data)


def empty_report() -> UsageReport:
    zero = {"visits": 0, "persons": 0}
    lines = {l: dict(zero) for l in LINES} | {"total": dict(zero)}
    lines["program"].update(named_visits=0, headcount=0)
    return make_report(
        lines=lines, counseling_kinds={}, counseling_methods={}, counselors=[], problems=[],
        new_and_continuing={"new": 0, "continuing": 0}, demographics={"sex": {}, "age_band": {}, "job_group": {}},
        screening_bands={}, screened_by_class={"normal": 0, "watch": 0, "high_risk": 0, "incomplete": 0}, programs={}, followups={"raised": 0, "closed": 0, "closed_within_1_day": 0,
                                                    "closed_within_7_days": 0, "open_now": 0},
        referrals={}, satisfaction={"responses": 0, "items": {}, "overall": None},
        last_year=copy.deepcopy(lines), year_to_date=copy.deepcopy(lines), last_year_to_date=copy.deepcopy(lines),
        plan={l: {"target": None, "ytd": 0, "percent": None} for l in LINES}, trend={})


@pytest.fixture
def report() -> UsageReport:
    return make_report()


def pdf_pages(path, *extra: str) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", *extra, str(path), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    return [p for p in pages if p.strip()]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --- the tables ------------------------------------------------------------------------------
def test_tables_are_titled_numeric_and_in_report_order(report):
    tables = report_tables(report)
    ids = [t.id for t in tables]
    assert ids[:16] == ["summary", "counseling_kinds", "counseling_methods", "counselors", "problems",
                        "new_continuing", "sex", "age_band", "job_group", "screening", "screened_persons", "programs",
                        "followups", "referrals", "waitlist", "satisfaction"]
    assert len(set(ids)) == len(ids)
    for t in tables:
        assert isinstance(t, Table) and t.title and t.headers
        for row in t.rows:
            for value, kind in zip(row, t.kinds):
                if kind == "text":
                    assert isinstance(value, str)
                else:
                    assert value is None or isinstance(value, (int, float)) and not isinstance(value, bool), (t.id, row)
    summary = tables[0]
    assert summary.headers[:3] == ["구분", "연인원", "실인원"]
    assert summary.rows[0][:6] == ["심리상담", 412, 163, 384, 150, 7.3]
    total = summary.rows[-1]
    assert total[0] == "합계" and total[1] == 1728
    assert total[2] == 498, "distinct persons of the total come from the report, never a sum of lines"
    assert total[-2] == 4200 + 11500 + 3800 + 30
    assert any("실인원은 기간 전체에서 중복 없이" in n for n in summary.notes)
    assert any("192" in n for n in summary.notes), "the anonymous head-count is explained"


def test_tables_translate_codes(report):
    by_id = {t.id: t for t in report_tables(report)}
    assert [r[0] for r in by_id["age_band"].rows] == ["20대 이하", "30대", "40대", "50대", "60대 이상", "합계"]
    assert [r[0] for r in by_id["satisfaction"].rows] == ["유익성", "편안함", "참여 만족도", "적합성", "권유의사",
                                                          "재방문 의사", "환경 만족도", "평균"]
    assert by_id["satisfaction"].rows[-1][1:] == [4.61, 57]
    screening = by_id["screening"]
    assert screening.headers[1:5] == ["정상군", "관심군", "고위험군", "미완료"]
    phq = next(r for r in screening.rows if r[0].startswith("PHQ-9"))
    assert phq[1:6] == [180, 61, 23, 4, 268]
    persons = by_id["screened_persons"]
    assert persons.rows == [["정상군", 301, 77.4], ["관심군", 62, 15.9], ["고위험군", 22, 5.7], ["미완료", 4, 1.0],
                            ["합계", 389, 100.0]]
    referrals = by_id["referrals"]
    assert referrals.rows[0][0] == "지정클리닉" and referrals.rows[-1][-1] == 1_350_000
    programs = by_id["programs"]
    assert programs.rows[-1] == ["합계", 10, 94, 192, 286, 41]
    en = {t.id: t for t in report_tables(report, "en")}
    assert en["summary"].headers[1] == "Person-visits" and en["summary"].rows[0][0] == "Counseling"
    assert en["age_band"].rows[0][0] == "20s or younger"


def test_trend_months_cover_twelve_months_ending_with_the_period(report):
    assert trend_months(report) == [f"2024-{m:02d}" for m in range(4, 13)] + ["2025-01", "2025-02", "2025-03"]
    year = make_report(period={"start": "2024-01-01", "end": "2024-12-31", "kind": "year",
                               "label_ko": "2024년", "label_en": "2024"})
    assert trend_months(year) == [f"2024-{m:02d}" for m in range(1, 13)]


# --- PDF -------------------------------------------------------------------------------------
def test_pdf_carries_figures_headings_marking_and_page_numbers(report, tmp_path):
    path = render(report, tmp_path / "report.pdf")
    pages = pdf_pages(path)
    assert len(pages) >= 5
    text = "\n".join(pages)
    for needle in ("연인원", "실인원", "2025년 3월", "월간 이용 현황 보고서", "마음건강 힐링센터", "전체", "김센터",
                   "1,728", "1,027", "412", "286", "498", "1,350,000", "4.61", "+7.3%", "정상군", "고위험군",
                   "심리상담", "심리검진", "심리안정 프로그램", "유익성", "환경 만족도", "평균"):
        assert needle in text, needle
    for n, page in enumerate(pages, 1):
        assert MARK_KO in page, f"page {n} has no confidentiality marking"
        assert re.search(rf"\b{n}\s*/\s*{len(pages)}\b", page), f"page {n} has no page number"
    assert "2025-04-02 09:15" in pages[0]
    summary = squash(pages[1])
    assert "전년 같은 기간" in summary and "0.6%" in summary  # the sentence written from the figures


def test_pdf_in_english(report, tmp_path):
    path = render(report, tmp_path / "report_en.pdf", lang="en")
    pages = pdf_pages(path)
    text = "\n".join(pages)
    for needle in ("Monthly usage report", "March 2025", "Person-visits", "Distinct persons", "1,728", "Counseling",
                   "High risk", "Usefulness"):
        assert needle in text, needle
    assert all(MARK_EN in p for p in pages)


def test_yearly_report_says_annual(tmp_path):
    year = make_report(period={"start": "2024-01-01", "end": "2024-12-31", "kind": "year",
                               "label_ko": "2024년", "label_en": "2024"}, trend=_trend(2024, 12))
    pages = pdf_pages(render(year, tmp_path / "year.pdf"))
    assert "연간 이용 현황 보고서" in pages[0] and "2024년" in pages[0]
    assert "1월" in "\n".join(pages) and "12월" in "\n".join(pages)


def test_pdf_embeds_the_korean_font(report, tmp_path):
    path = render(report, tmp_path / "report.pdf")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [l for l in out.splitlines()[2:] if l.strip()]
    assert rows and any("NanumGothic" in l for l in rows)
    for line in rows:
        # columns: name type encoding emb sub uni object ID
        assert "NanumGothic" in line, f"unexpected font: {line}"
        assert re.search(r"\byes\s+yes\s+yes\b", line), f"not embedded: {line}"


def test_password_protects_the_pdf(report, tmp_path):
    path = render(report, tmp_path / "locked.pdf", password="s3cret-pass")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    # pdfinfo may refuse without the password; with it, it names the algorithm.
    info = subprocess.run(["pdfinfo", "-upw", "s3cret-pass", str(path)], capture_output=True, text=True)
    assert re.search(r"Encrypted:\s+yes.*AES-256", info.stdout), info.stdout
    bare = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert bare.returncode != 0 and "1,728" not in bare.stdout
    wrong = subprocess.run(["pdftotext", "-upw", "wrong", str(path), "-"], capture_output=True, text=True)
    assert wrong.returncode != 0
    pages = pdf_pages(path, "-upw", "s3cret-pass")
    assert "1,728" in "\n".join(pages) and all(MARK_KO in p for p in pages)
    assert b"1,728" not in path.read_bytes()


def test_long_tables_repeat_their_header_and_fit(tmp_path):
    many = [{"name": f"상담사{i:02d}", "login": f"c{i}", "visits": 10 + i, "persons": 5 + i % 7, "minutes": 600}
            for i in range(90)]
    pages = pdf_pages(render(make_report(counselors=many), tmp_path / "long.pdf"))
    with_header = [p for p in pages if "상담사89" in p or "상담사45" in p or "상담사00" in p]
    assert len(with_header) >= 2
    assert all("상담 시간(시간)" in p for p in with_header), "the header row repeats on every page of the table"


def test_empty_report_renders(tmp_path):
    empty = empty_report()
    pages = pdf_pages(render(empty, tmp_path / "empty.pdf"))
    assert all(MARK_KO in p for p in pages)
    for suffix in (".xlsx", ".csv", ".json"):
        assert render(empty, tmp_path / f"empty{suffix}").stat().st_size > 0


def test_monthly_pdf_renders_quickly(report, tmp_path):
    from reports.pdf import register_fonts
    register_fonts()
    render(report, tmp_path / "warm.pdf")
    started = time.perf_counter()
    render(report, tmp_path / "timed.pdf")
    assert time.perf_counter() - started < 2.0


# --- XLSX ------------------------------------------------------------------------------------
def test_xlsx_cells_are_numbers(report, tmp_path):
    import openpyxl
    from reports.xlsx import FIRST_ROW
    path = render(report, tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(path)
    tables = report_tables(report)
    assert wb.sheetnames[0] == "요약"
    assert len(wb.sheetnames) == len(tables) + 1
    assert all(len(n) <= 31 for n in wb.sheetnames)
    assert len({n.lower() for n in wb.sheetnames}) == len(wb.sheetnames)
    for table, name in zip(tables, wb.sheetnames[1:]):
        ws = wb[name]
        assert ws["A1"].value.startswith("대외비")
        assert "2025년 3월" in ws["A2"].value
        assert ws.freeze_panes == f"B{FIRST_ROW + 1}"
        assert [c.value for c in ws[FIRST_ROW]][:len(table.headers)] == table.headers
        assert all(c.font.bold for c in ws[FIRST_ROW][:len(table.headers)])
        for i, row in enumerate(table.rows):
            cells = ws[FIRST_ROW + 1 + i]
            for cell, value, kind in zip(cells, row, table.kinds):
                if kind == "text":
                    assert cell.value == (value or None)
                elif value is None:
                    assert cell.value is None
                elif kind in ("pct", "chg"):
                    assert cell.value == pytest.approx(value / 100.0)
                    assert "%" in cell.number_format
                else:
                    assert isinstance(cell.value, (int, float)) and cell.value == value
                    if kind in ("int", "krw"):
                        assert cell.number_format == "#,##0"
    summary_sheet = wb["1. 서비스별 이용 현황"]
    assert summary_sheet.cell(row=FIRST_ROW + 1, column=2).value == 412
    assert summary_sheet.cell(row=FIRST_ROW + 5, column=2).value == 1728


# --- CSV and JSON ----------------------------------------------------------------------------
def test_csv_has_bom_and_reads_back(report, tmp_path):
    path = render(report, tmp_path / "report.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    tables = report_tables(report)
    for t in tables:
        at = rows.index([t.title])
        header = rows[at + 1]
        assert header[0] == t.headers[0]
        assert len(header) == len(t.headers)
    at = rows.index([tables[0].title])
    assert rows[at + 2][:3] == ["심리상담", "412", "163"]
    assert [r for r in rows if r and r[0] == "합계"][0][1] == "1728"
    assert rows.count([]) >= len(tables), "a blank row after each table"


def test_json_round_trips(report, tmp_path):
    path = render(report, tmp_path / "report.json")
    text = path.read_text(encoding="utf-8")
    assert "마음건강 힐링센터" in text, "Korean is written as text, not \\u escapes"
    loaded = json.loads(text)
    assert loaded == report.to_dict()
    assert UsageReport(**loaded) == report


def test_renderers_accept_the_saved_dict(report, tmp_path):
    assert render(report.to_dict(), tmp_path / "again.csv").exists()


def test_unknown_suffix_is_refused(report, tmp_path):
    with pytest.raises(ValueError, match=r"\.docx"):
        render(report, tmp_path / "report.docx")
    with pytest.raises(ValueError):
        render(report, tmp_path / "report")
    with pytest.raises(ValueError, match="password"):
        render(report, tmp_path / "report.xlsx", password="x")
    assert not list(tmp_path.iterdir()), "nothing written for a refused format"
