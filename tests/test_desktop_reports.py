"""The Reports view, driven through its widgets (offscreen) on a demo center: the preview shows
build_usage_report's figures, saving writes PDF/XLSX and an 'export' audit row with the
purpose (none: nothing written), the city export, the refusal for counselors, and a window
that keeps answering while a Job computes."""
from __future__ import annotations

import ast
import json
import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.context import AppContext
from desktop.views.reports import ReportsView, export_dialog, work
from desktop.views.reports.period_picker import last_month
from desktop.views.reports.preview import cell_text, plan_figures, wrapped_header
from desktop.views.reports.text import fill
from reports.city import CityExportError, read_export
from reports.period import Period
from reports.tables import report_tables
from reports.usage import build_usage_report
from storage.demo import create_demo
from storage.errors import PermissionDenied
from storage.kdf import FAST_TEST_KDF
from storage.store import Store
from storage.vault import Vault

from .qt_helpers import korean_with

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "views" / "reports"
PASSWORD = "demo-pass-123"
TODAY = date(2026, 11, 28)

# The new source strings with the Korean proposed for resources/i18n/maumdesk_ko.ts (the
# screenshots are taken with these, so Korean lengths are what is checked for clipping).
PROPOSED_KO = {
    "%1 (closed)": "%1 (폐쇄)",
    "%1 already exists. Replace it?": "%1 파일이 이미 있습니다. 바꿀까요?",
    "%1 of %2 person-visits this year": "올해 누계 %1 / 목표 %2",
    "%1_annual_usage": "%1_연간이용실적",
    "%1_city_counts": "%1_시제출집계",
    "%1_monthly_usage": "%1_월간이용실적",
    "%1_usage": "%1_이용실적",
    "&Browse…": "찾아보기(&B)…",
    "&City export…": "시 제출 자료(&C)…",
    "&File:": "파일(&F):",
    "&Month:": "월(&M):",
    "&Period:": "기간(&P):",
    "&Purpose (required):": "용도(&P) (필수):",
    "&Repeat password:": "비밀번호 확인(&R):",
    "&Save as…": "저장(&S)…",
    "All sites": "모든 지점",
    "CSV, UTF-8 (*.csv)": "CSV, UTF-8 (*.csv)",
    "Cancel": "취소",
    "Change vs same period last year": "전년 동기 대비",
    "Choose the period and the site, then press Preview (F5).": "기간과 지점을 고른 뒤 미리보기(F5)를 누르세요.",
    "Choose where to save the file.": "저장할 위치를 고르세요.",
    "City export": "시 제출 자료",
    "Compute the report for this period and site (F5)": "이 기간과 지점의 보고서를 계산합니다 (F5)",
    "Computed %1 by %2": "%1 계산 · %2",
    "Computing the report…": "보고서를 계산하는 중…",
    "Counts of fewer than k persons are withheld (and what would reveal them)":
        "k명 미만인 칸(과 그것을 역산할 수 있는 칸)은 가립니다",
    "Counts only, by service, sex, age band and job group: no names, codes or dates. Counts of fewer than k "
    "persons are withheld, and so is anything that would reveal them.":
        "서비스·성별·연령대·직군별 인원수만 담습니다. 이름, 번호, 날짜는 없습니다. k명 미만인 칸과 "
        "그것을 역산할 수 있는 칸은 가립니다.",
    "Date range": "기간 지정",
    "Distinct persons": "실인원",
    "Excel workbook (*.xlsx)": "엑셀 통합문서 (*.xlsx)",
    "F&ormat:": "형식(&O):",
    "First day of the range": "기간의 첫날",
    "Give a file name, not a folder.": "폴더가 아닌 파일 이름을 적으세요.",
    "JSON (*.json)": "JSON (*.json)",
    "Last day of the range (included)": "기간의 마지막 날 (포함)",
    "Monthly": "월간",
    "Monthly, yearly or any range of dates": "월간, 연간 또는 원하는 날짜 범위",
    "Not saved: choose another file name.": "저장하지 않았습니다. 다른 파일 이름을 고르세요.",
    "Not saved: every export needs its purpose, for the audit log.":
        "저장하지 않았습니다. 모든 내보내기는 감사 기록에 남길 용도가 있어야 합니다.",
    "PDF document (*.pdf)": "PDF 문서 (*.pdf)",
    "Pass&word:": "비밀번호(&W):",
    "Person-visits": "연인원",
    "Pre&view": "미리보기(&V)",
    "Protect the PDF with a password": "PDF에 비밀번호 걸기",
    "Replace": "바꾸기",
    "Replace the file?": "파일을 바꿀까요?",
    "Report:": "보고서:",
    "Reports": "보고서",
    "Reports are made by the center lead, the coordinator and the administrator. Your account cannot make them "
    "or see their figures.":
        "보고서는 센터장, 코디네이터, 관리자만 만들 수 있습니다. 이 계정으로는 보고서를 만들거나 수치를 볼 수 없습니다.",
    "S&ite:": "지점(&I):",
    "Save": "저장",
    "Save the report": "보고서 저장",
    "Save the report on screen as PDF, Excel, CSV or JSON": "화면의 보고서를 PDF, 엑셀, CSV, JSON으로 저장합니다",
    "Saved %1 (purpose: %2).": "저장했습니다: %1 (용도: %2)",
    "Saved %1: %2 of %3 counts withheld (k = %4).": "저장했습니다: %1 — %3칸 중 %2칸 비공개 (k = %4)",
    "Smallest published count (&k):": "공개 최소 인원(&K):",
    "Something went wrong. Please try again.": "문제가 생겼습니다. 다시 시도하세요.",
    "Tables of the report": "보고서의 표",
    "The city export was not written.": "시 제출 자료를 저장하지 못했습니다.",
    "The city's anonymized monthly counts (small counts withheld)": "시에 내는 월별 익명 집계 (작은 칸은 비공개)",
    "The export could not be recorded in the audit log, so the file was deleted: %1":
        "내보내기를 감사 기록에 남기지 못해 파일을 지웠습니다: %1",
    "The file could not be written (%1).": "파일을 쓸 수 없습니다 (%1).",
    "The file was not written.": "파일을 저장하지 못했습니다.",
    "The folder %1 does not exist.": "%1 폴더가 없습니다.",
    "The month (year-month); the arrow keys change it": "월 (연-월), 화살표 키로 바꿉니다",
    "The password needs at least 4 characters.": "비밀번호는 4자 이상이어야 합니다.",
    "The period or the site changed: press Preview to see that report.":
        "기간이나 지점이 바뀌었습니다. 미리보기를 눌러 그 보고서를 보세요.",
    "The range ends before it starts: choose the dates again.": "끝나는 날이 시작일보다 앞입니다. 날짜를 다시 고르세요.",
    "The report could not be computed.": "보고서를 계산하지 못했습니다.",
    "The two passwords differ. Type the password again.": "두 비밀번호가 다릅니다. 다시 입력하세요.",
    "The year": "연도",
    "Why this file is made; it is kept in the audit log with your name": "이 파일을 만드는 까닭. 이름과 함께 감사 기록에 남습니다",
    "Write the purpose of this export: it is kept in the audit log (personal-information safety rules).":
        "내보내기 용도를 적으세요. 감사 기록에 남습니다 (개인정보 안전성 확보조치 기준).",
    "Writing %1…": "%1 저장 중…",
    "Year to date vs annual target": "연간 목표 대비 누계",
    "Yearly": "연간",
    "e.g. monthly report to the city, internal meeting": "예: 시 월간 보고, 내부 회의",
    "each person counted once": "한 사람은 한 번만 셉니다",
    "every attendance of every service": "모든 서비스의 모든 이용 횟수",
    "last year: %1 person-visits": "전년 동기 연인원 %1",
    "no annual target for every line": "연간 목표가 없는 서비스가 있습니다",
    "no records for the same period last year": "전년 같은 기간의 기록이 없습니다",
}


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("reports") / "demo.db"
    # two years, so "change vs last year" has figures to compare with
    create_demo(db, years=2, seed=1, password=PASSWORD, kdf=FAST_TEST_KDF, today=TODAY)
    return db


@pytest.fixture
def open_demo(demo_db):
    opened: list[Store] = []

    def _open(login: str = "lead") -> Store:
        for s in opened:
            s.close()
        opened.clear()
        store = Store(Vault.unlock(demo_db, login, PASSWORD))
        opened.append(store)
        return store

    yield _open
    for s in opened:
        s.close()


@pytest.fixture
def make_view(qtbot, tmp_path):
    def _make(store, lang: str = "en", size=(1110, 760)) -> ReportsView:
        context = AppContext(store, lang)
        context.today = lambda: TODAY
        view = ReportsView(context)
        qtbot.addWidget(view)
        view.export_dir = tmp_path
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view
    return _make


def wait_idle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)


def preview(qtbot, view) -> None:
    assert view.run_preview()
    wait_idle(qtbot, view)
    assert not view.error.isVisible(), view.error.text()


def exports(store) -> list[dict]:
    """The audit trail's export rows, read as the test's own check (the view runs no SQL)."""
    rows = store.vault.conn.execute("SELECT actor, entity, detail FROM audit_log WHERE action = 'export' "
                                    "ORDER BY id").fetchall()
    return [{"actor": r[0], "entity": r[1], **json.loads(r[2])} for r in rows]


def fill_dialog(dialog, path: Path | None, purpose: str) -> None:
    if path is not None:
        dialog.path.setText(str(path))
        dialog._typed_path(str(path))
    dialog.purpose.setText(purpose)


# --- the period ----------------------------------------------------------------------------------
def test_default_is_last_month_all_sites_and_f5_previews(qtbot, open_demo, make_view):
    view = make_view(open_demo("lead"))
    assert last_month(date(2027, 1, 4)) == date(2026, 12, 1)
    assert view.picker.current_kind() == "month" and view.picker.month_text() == "2026-10"
    assert view.picker.period() == Period.month("2026-10")
    assert view.site.currentData() is None and view.site.currentText() == "All sites"
    assert [view.site.itemText(i) for i in range(view.site.count())] == ["All sites", "본관", "별관"]
    assert not view.save_button.isEnabled()  # nothing on screen yet
    assert view.preview.pages.currentIndex() == 0
    view.picker.set_kind("year")
    assert view.picker.period() == Period.year(2026)
    view.picker.set_kind("range")
    assert view.picker.period() == Period.range("2026-01-01", "2026-10-31")
    assert view.picker.month.isHidden() and not view.picker.start.isHidden()
    view.picker.set_kind("month")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.picker.kind.setFocus()
    qtbot.keyClick(view.picker.kind, Qt.Key_F5)
    wait_idle(qtbot, view)
    assert view.report is not None and view.report.period["start"] == "2026-10-01"
    assert view.save_button.isEnabled()
    view.preview.table_list.setFocus()
    qtbot.keyClick(view.preview.table_list, Qt.Key_Down)
    assert view.preview.table_title.text() == view.preview.tables[1].title


def test_a_range_that_ends_before_it_starts_is_refused(qtbot, open_demo, make_view):
    view = make_view(open_demo("lead"))
    view.picker.set_range(date(2026, 5, 1), date(2026, 4, 1))
    assert not view.run_preview()
    assert view.error.isVisible() and "ends before it starts" in view.error.text()
    assert view.report is None


# --- the preview -----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind, site", [("month", None), ("year", 2), ("range", 1)])
def test_preview_shows_build_usage_reports_figures(qtbot, open_demo, make_view, kind, site):
    store = open_demo("lead")
    view = make_view(store)
    if kind == "month":
        period = Period.month("2026-10")
    elif kind == "year":
        view.picker.set_kind("year")
        period = Period.year(2026)
    else:
        view.picker.set_range(date(2026, 3, 1), date(2026, 5, 31))
        period = Period.range("2026-03-01", "2026-05-31")
    view.set_site(site)
    preview(qtbot, view)
    expected = build_usage_report(store, period, site)
    total = expected.lines["total"]
    shown = {name: label.text() for name, label in view.preview.figures.items()}
    assert shown["visits"] == f"{total['visits']:,}" and total["visits"] > 100
    assert shown["persons"] == f"{total['persons']:,}"
    assert total["change_vs_last_year"] is not None
    assert shown["change"] == f"{total['change_vs_last_year']:+,.1f}%"
    ytd, target, percent = plan_figures(expected)
    if target is None:  # the demo's annual plan is the center's, not a site's
        assert site is not None and shown["plan"] == "–"
        assert view.preview.cards["plan"].detail.text() == "no annual target for every line"
    else:
        assert shown["plan"] == f"{percent:,.1f}%"
        assert view.preview.cards["plan"].detail.text() == f"{ytd:,} of {target:,} person-visits this year"
    tables = report_tables(expected, "en")
    assert [view.preview.table_list.item(i).text() for i in range(view.preview.table_list.count())] == \
           [t.title for t in tables]
    for index, table in enumerate(tables):
        view.preview.table_list.setCurrentRow(index)
        assert view.preview.table_title.text() == table.title
        headers = [view.preview.table.horizontalHeaderItem(c).text().replace("\n", " ")
                   for c in range(view.preview.table.columnCount())]
        assert headers == table.headers
        assert view.preview.shown_rows() == [[cell_text(v, k) for v, k in zip(row, table.kinds)]
                                             for row in table.rows], table.id
    assert view.preview.heading.text().endswith(expected.site or "All sites")
    if kind == "month":
        assert "October 2026" in view.preview.heading.text()


def test_changing_the_period_after_a_preview_disables_save_until_previewed(qtbot, open_demo, make_view):
    view = make_view(open_demo("coord"))
    preview(qtbot, view)
    assert view.save_button.isEnabled()
    view.picker.set_month("2026-09")
    assert not view.save_button.isEnabled() and "press Preview" in view.status.text()
    assert view.save_as() is None
    view.picker.set_month("2026-10")
    assert view.save_button.isEnabled() and view.status.text() == ""


def test_cells_are_formatted_as_the_pdf_formats_them():
    from reports.pdf import format_cell
    for kind, values in {"text": ["본관", "", None], "int": [0, 7, 12345, None], "krw": [1000000, None],
                         "pct": [0.0, 4.84, 100.0, None], "chg": [0.0, 4.8, -2.15, None],
                         "dec1": [1.25, None], "dec2": [4.567, None]}.items():
        for value in values:
            assert cell_text(value, kind) == format_cell(value, kind), (kind, value)
    assert wrapped_header("전년 동기 연인원") == "전년 동기\n연인원"
    assert wrapped_header("연인원") == "연인원"
    assert fill("%1 of %2", "%2", 3) == "%2 of 3"


# --- saving --------------------------------------------------------------------------------------------
def test_save_pdf_and_xlsx_write_files_and_export_rows_with_purpose(qtbot, open_demo, make_view, tmp_path):
    store = open_demo("lead")
    view = make_view(store)
    preview(qtbot, view)
    before = len(exports(store))
    dialog = view.save_as()
    assert dialog is view.save_dialog and dialog.isVisible()
    assert Path(dialog.path.text()) == tmp_path / "2026-10_monthly_usage.pdf"
    fill_dialog(dialog, None, "시 보고")
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    pdf = tmp_path / "2026-10_monthly_usage.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and view.last_saved == pdf
    assert "시 보고" in view.status.text()

    dialog = view.save_as()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(".xlsx"))
    assert dialog.path.text().endswith("2026-10_monthly_usage.xlsx")
    assert not dialog.protect.isEnabled()
    fill_dialog(dialog, tmp_path / "october", "내부 회의")  # the suffix is added
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    xlsx = tmp_path / "october.xlsx"
    book = openpyxl.load_workbook(xlsx)
    total = view.report.lines["total"]["visits"]
    assert any(total in [c.value for c in row] for ws in book.worksheets for row in ws.iter_rows())

    rows = exports(store)[before:]
    assert [(r["entity"], r["format"], r["file"], r["purpose"], r["period"], r["site"], r["actor"]) for r in rows] == [
        ("report_monthly", ".pdf", pdf.name, "시 보고", "October 2026", "all", "lead"),
        ("report_monthly", ".xlsx", "october.xlsx", "내부 회의", "October 2026", "all", "lead")]


def test_missing_purpose_refuses_the_save(qtbot, open_demo, make_view, tmp_path):
    store = open_demo("lead")
    view = make_view(store)
    preview(qtbot, view)
    before = len(exports(store))
    dialog = view.save_as()
    for purpose in ("", "   "):
        fill_dialog(dialog, tmp_path / "r.pdf", purpose)
        dialog.ok_button.click()
        assert dialog.isVisible() and dialog.error.isVisible() and "purpose" in dialog.error.text()
        assert dialog.focusWidget() is dialog.purpose
    assert not view.busy and not (tmp_path / "r.pdf").exists()
    # the view refuses too, whatever a dialog hands it
    dialog.purpose.setText("")
    assert not view._save(dialog, view.report)
    assert "purpose" in view.error.text()
    dialog.reject()
    assert not list(tmp_path.glob("*.pdf")) and len(exports(store)) == before


def test_pdf_password_is_asked_twice_and_cleared(qtbot, open_demo, make_view, tmp_path):
    store = open_demo("lead")
    view = make_view(store)
    preview(qtbot, view)
    dialog = view.save_as()
    fill_dialog(dialog, tmp_path / "locked.pdf", "시 보고")
    assert not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    dialog.password.setText("secret-1")
    dialog.repeat.setText("secret-2")
    dialog.ok_button.click()
    assert dialog.isVisible() and "differ" in dialog.error.text() and dialog.repeat.text() == ""
    dialog.repeat.setText("secret-1")
    dialog.ok_button.click()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""
    wait_idle(qtbot, view)
    data = (tmp_path / "locked.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"/Encrypt" in data
    assert view.job is None  # nothing holds the password any more
    assert exports(store)[-1]["file"] == "locked.pdf"


def test_browse_and_replacing_an_existing_file(qtbot, open_demo, make_view, tmp_path, monkeypatch):
    store = open_demo("lead")
    view = make_view(store)
    preview(qtbot, view)
    dialog = view.save_as()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(".csv"))
    monkeypatch.setattr(export_dialog, "ask_file", lambda *a: str(tmp_path / "chosen"))
    dialog.browse.click()
    assert dialog.path.text() == str(tmp_path / "chosen.csv")
    (tmp_path / "chosen.csv").write_text("old")
    asked = []
    monkeypatch.setattr(export_dialog, "confirm_replace", lambda parent, path: asked.append(path.name) or False)
    fill_dialog(dialog, None, "내부 회의")
    dialog.ok_button.click()
    assert dialog.isVisible() and asked == ["chosen.csv"] and (tmp_path / "chosen.csv").read_text() == "old"
    monkeypatch.setattr(export_dialog, "confirm_replace", lambda parent, path: True)
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    assert (tmp_path / "chosen.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert exports(store)[-1]["file"] == "chosen.csv"


def test_a_file_whose_export_cannot_be_recorded_is_deleted(qtbot, open_demo, make_view, tmp_path, monkeypatch):
    store = open_demo("lead")
    view = make_view(store)
    preview(qtbot, view)

    def refuse(**_kw):
        raise PermissionDenied(action="report.run")
    monkeypatch.setattr(store.audit, "record_export", refuse)
    dialog = view.save_as()
    fill_dialog(dialog, tmp_path / "r.json", "시 보고")
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(".json"))
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    assert not (tmp_path / "r.json").exists()
    assert view.error.isVisible() and "deleted" in view.error.text()


# --- the city export -------------------------------------------------------------------------------
def test_city_export_writes_the_month_and_records_it(qtbot, open_demo, make_view, tmp_path):
    store = open_demo("lead")
    view = make_view(store)
    view.picker.set_month("2026-09")
    dialog = view.city_export()
    assert dialog.month_text() == "2026-09" and dialog.site.currentData() is None
    assert dialog.k.value() == store.settings.get("suppression_k", 5) == 5
    assert Path(dialog.path.text()) == tmp_path / "2026-09_city_counts.csv"
    fill_dialog(dialog, None, "시 월간 보고")
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    written = read_export(tmp_path / "2026-09_city_counts.csv")
    assert written.header["period"] == "2026-09" and written.header["site_key"] == "all"
    assert view.last_city.suppressed == len(written.suppressed_rows()) > 0
    assert f"{view.last_city.suppressed} of {len(written.rows)} counts withheld (k = 5)" in view.status.text()

    dialog = view.city_export()
    dialog.site.setCurrentIndex(dialog.site.findData(2))
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(".json"))
    dialog.k.setValue(10)
    assert Path(dialog.path.text()).name == "2026-09_city_counts_별관.json"
    fill_dialog(dialog, None, "시 월간 보고 (별관)")
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    written = read_export(tmp_path / "2026-09_city_counts_별관.json")
    assert (written.header["period"], written.header["site"], written.header["k"]) == ("2026-09", "별관", 10)
    rows = exports(store)[-2:]
    assert [(r["entity"], r["period"], r["format"], r["purpose"], r["site"]) for r in rows] == [
        ("city_export", "2026-09", ".csv", "시 월간 보고", "all"),
        ("city_export", "2026-09", ".json", "시 월간 보고 (별관)", "별관")]


def test_city_export_needs_a_purpose_and_shows_its_errors_in_the_users_language(
        qtbot, open_demo, make_view, tmp_path, monkeypatch):
    store = open_demo("lead")
    view = make_view(store, "ko")
    before = len(exports(store))
    dialog = view.city_export()
    fill_dialog(dialog, tmp_path / "city.xlsx", "")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.purpose.setText("시 보고")

    def broken(*_a, **_kw):
        raise CityExportError.of("protection_failed", detail="test")
    monkeypatch.setattr(work, "build_city_export", broken)
    dialog.ok_button.click()
    wait_idle(qtbot, view)
    assert CityExportError.of("protection_failed", detail="test").message("ko") in view.error.text()
    assert "억제 검증에 실패했습니다" in view.error.text()
    assert not (tmp_path / "city.xlsx").exists() and len(exports(store)) == before


# --- who may ------------------------------------------------------------------------------------
def test_a_counselor_is_refused(qtbot, open_demo, make_view):
    store = open_demo("counselor1")
    view = make_view(store)
    assert not view.allowed
    assert view.denied.isVisible() and "center lead, the coordinator and the administrator" in view.denied.text()
    assert not hasattr(view, "preview_button")
    assert not view.run_preview() and view.save_as() is None and view.city_export() is None
    view.refresh()
    with pytest.raises(PermissionDenied):  # and the repositories refuse it anyway
        build_usage_report(store, Period.month("2026-10"))


def test_the_administrator_may_run_reports(qtbot, open_demo, make_view):
    view = make_view(open_demo("admin"))
    preview(qtbot, view)
    assert view.preview.figures["visits"].text() != "–"


def test_the_main_window_finds_this_view():
    import importlib

    from desktop.main_window import VIEW_CLASSES
    module, name = VIEW_CLASSES["reports"]
    assert getattr(importlib.import_module(module), name) is ReportsView


# --- the window keeps answering ----------------------------------------------------------------------
def test_the_ui_keeps_processing_events_while_a_job_runs(qtbot, open_demo, make_view, tmp_path, monkeypatch):
    store = open_demo("lead")
    view = make_view(store)
    real_build, real_render = work.build_usage_report, work.save_report

    def slow_build(*args, **kwargs):
        time.sleep(0.8)
        return real_build(*args, **kwargs)

    def slow_save(*args, **kwargs):
        time.sleep(0.8)
        return real_render(*args, **kwargs)
    monkeypatch.setattr(work, "build_usage_report", slow_build)
    monkeypatch.setattr(work, "save_report", slow_save)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        started = time.monotonic()
        assert view.run_preview()
        assert time.monotonic() - started < 0.3  # the click returns at once
        assert view.busy and view.progress.isVisible() and not view.preview_button.isEnabled()
        assert view.status.text() == "Computing the report…"
        assert not view.run_preview()  # one job at a time
        wait_idle(qtbot, view)
        during = [t for t in ticks if started < t < started + 0.8]
        assert len(during) >= 10, len(during)
        assert not view.progress.isVisible() and view.report is not None

        dialog = view.save_as()
        fill_dialog(dialog, tmp_path / "slow.pdf", "시 보고")
        ticks.clear()
        started = time.monotonic()
        dialog.ok_button.click()
        assert time.monotonic() - started < 0.3 and view.busy and view.progress.isVisible()
        wait_idle(qtbot, view)
        assert len([t for t in ticks if t < started + 0.8]) >= 10
        assert (tmp_path / "slow.pdf").exists()
    finally:
        timer.stop()


def test_closing_the_view_while_a_job_runs_is_harmless(qtbot, open_demo, monkeypatch):
    from desktop import workers
    store = open_demo("lead")
    real_build = work.build_usage_report
    monkeypatch.setattr(work, "build_usage_report", lambda *a, **kw: (time.sleep(0.4), real_build(*a, **kw))[1])
    context = AppContext(store, "en")
    context.today = lambda: TODAY
    view = ReportsView(context)
    view.show()
    assert view.run_preview()
    job = view.job
    view.close()
    view.deleteLater()
    qtbot.wait(10)
    qtbot.waitUntil(lambda: job not in workers._running, timeout=10_000)  # reported to nobody, no error


# --- screenshots and strings --------------------------------------------------------------------------
def test_screenshots_in_korean(qtbot, open_demo, make_view, korean, tmp_path):
    store = open_demo("lead")
    view = make_view(store, "ko")
    assert view.grab().save("/tmp/reports_empty.png")
    preview(qtbot, view)
    qtbot.wait(50)
    assert view.preview.figures["change"].text() not in ("", "–")
    assert view.grab().save("/tmp/reports_preview.png")
    view.preview.table_list.setCurrentRow(next(i for i, t in enumerate(view.preview.tables) if t.id == "screening"))
    qtbot.wait(50)
    assert view.grab().save("/tmp/reports_screening.png")
    dialog = view.save_as()
    assert Path(dialog.path.text()).name == "2026-10_월간이용실적.pdf"
    dialog.protect.setChecked(True)
    dialog.purpose.setText("시 보고")
    dialog.ok_button.click()  # no password: refused, with the message showing
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/reports_save.png")
    dialog.reject()
    city = view.city_export()
    assert Path(city.path.text()).name == "2026-10_시제출집계.csv"
    qtbot.wait(50)
    assert city.grab().save("/tmp/reports_city.png")
    fill_dialog(city, None, "시 월간 보고")
    city.ok_button.click()
    wait_idle(qtbot, view)
    qtbot.wait(50)
    assert view.grab().save("/tmp/reports_city_done.png")
    assert "칸 비공개" in view.status.text()
    view.picker.set_range(date(2026, 3, 1), date(2026, 5, 31))
    qtbot.wait(50)
    assert view.grab().save("/tmp/reports_range_stale.png")
    assert "미리보기를 눌러" in view.status.text() and not view.save_button.isEnabled()
    denied = make_view(open_demo("counselor1"), "ko")
    assert denied.grab().save("/tmp/reports_denied.png")
    for name in ("empty", "preview", "screening", "save", "city", "city_done", "range_stale", "denied"):
        assert Path(f"/tmp/reports_{name}.png").stat().st_size > 5_000


def _translatable_strings() -> set[str]:
    found = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("tr", "_tr"):
                    found.add(node.args[0].value)
            if isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                    and getattr(node.func, "attr", "") == "translate":
                found.add(node.args[1].value)
    return found


def test_every_new_string_has_a_proposed_korean_translation():
    strings = _translatable_strings()
    assert len(strings) > 50
    assert sorted(strings - set(PROPOSED_KO)) == []
    assert sorted(set(PROPOSED_KO) - strings) == []
    for source, ko in PROPOSED_KO.items():
        for n in range(1, 5):
            assert source.count(f"%{n}") == ko.count(f"%{n}"), source
        assert ("&" in source.replace("&&", "")) == ("&" in ko.replace("&&", "")), source


def test_reports_code_runs_no_sql():
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", "executescript", "sqlcipher", ".conn.", "SELECT ", "INSERT "):
            assert needle not in text, f"{path.name} contains {needle}"
