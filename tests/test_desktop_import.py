"""The import wizard (admin area, Import tab), driven through the widgets (offscreen) on a demo
center as the coordinator: the shipped samples dry-run (nothing written) then import, a re-import
creates nothing, bad rows are listed with row, column and reason and block the import unless
"skip bad rows" is ticked, the CP949 old-program file maps itself the second time from the
mapping saved for its source, progress arrives while the UI keeps processing events, Cancel
leaves nothing behind; who sees the tab; a Korean screenshot."""
from __future__ import annotations

import ast
import csv
import io
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt

from desktop.context import AppContext
from desktop.views.admin import AdminView, import_tab
from storage import importing
from storage.demo import create_demo
from storage.kdf import FAST_TEST_KDF
from storage.store import Store
from storage.vault import Vault

from .qt_helpers import korean_with

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
PASSWORD = "demo-pass-1"
HEAD = ["client_code", "date", "service", "method", "minutes", "counselor", "site"]

# New source strings with the Korean proposed for resources/i18n/maumdesk_ko.ts.
PROPOSED_KO = {
    "%1 rows cannot be imported. Fix the file and check again, or tick \"skip\" to import the other rows.":
        "가져올 수 없는 행이 %1개 있습니다. 파일을 고쳐 다시 확인하거나, '건너뛰기'를 선택해 나머지 행만 가져오세요.",
    "%1 rows checked…": "%1행 확인…",
    "Back": "이전",
    "Bring clients and their services over from the old program. Export them to Excel (XLSX) or CSV, one file for "
    "clients and one for services. Import the clients first: service rows name clients by their client code.":
        "이전 프로그램의 내담자와 서비스 기록을 가져옵니다. 엑셀(XLSX)이나 CSV로 내보내되 내담자 파일과 서비스 파일을 "
        "따로 만드세요. 내담자를 먼저 가져오세요. 서비스 행은 내담자 번호로 내담자를 찾습니다.",
    "Cancel": "취소",
    "Cancelled. Nothing was saved.": "취소했습니다. 아무것도 저장하지 않았습니다.",
    "Cancelling…": "취소하는 중…",
    "Check again": "다시 확인",
    "Check the file (dry run)": "파일 확인 (시험 실행)",
    "Checking every row; nothing is saved…": "모든 행을 확인하는 중입니다. 아무것도 저장하지 않습니다…",
    "Choose the file to import.": "가져올 파일을 선택하세요.",
    "Choose which of our columns each heading of the file holds. Columns marked * are required; headings set to "
    "\"not used\" are ignored.":
        "파일의 각 제목이 어느 열에 해당하는지 고르세요. *표시는 필수 열이며, '사용 안 함'으로 둔 제목은 무시합니다.",
    "Choose…": "선택…",
    "Chosen for more than one heading: %1": "여러 제목에 같은 열을 골랐습니다: %1",
    "Clients": "내담자",
    "Column": "열",
    "Columns not used: %1": "쓰지 않는 열: %1",
    "Created:": "만든 기록:",
    "Dry run: nothing was saved. Every row can be imported.": "시험 실행: 아무것도 저장하지 않았습니다. 모든 행을 가져올 수 있습니다.",
    "File": "파일",
    "File to import": "가져올 파일",
    "Heading in the file": "파일의 제목",
    "Heading row": "제목 행",
    "Import": "가져오기",
    "Import another file": "다른 파일 가져오기",
    "Imported (import #%1).": "가져왔습니다 (가져오기 #%1).",
    "Imported the good rows only (import #%1); the rows listed were left out.":
        "가져올 수 있는 행만 가져왔습니다 (가져오기 #%1). 목록의 행은 빠졌습니다.",
    "Importing…": "가져오는 중…",
    "Mapping file": "열 연결 파일",
    "Mapping files (*.json *.yaml *.yml)": "열 연결 파일 (*.json *.yaml *.yml)",
    "Next: columns": "다음: 열 연결",
    "No new rows. Nothing was saved.": "새로 가져올 행이 없습니다. 아무것도 저장하지 않았습니다.",
    "Nothing new to import: every row was imported before.": "새로 가져올 것이 없습니다. 모든 행을 이미 가져왔습니다.",
    "Nothing was created. It would create:": "아무것도 만들지 않았습니다. 만들어질 기록:",
    "Our column": "마음데스크 열",
    "Reason": "사유",
    "Required columns not chosen yet: %1": "아직 고르지 않은 필수 열: %1",
    "Row": "행",
    "Rows read %1; can be imported %2; cannot be imported %3; imported before %4":
        "읽은 행 %1, 가져올 수 있는 행 %2, 가져올 수 없는 행 %3, 이미 가져온 행 %4",
    "Rows that cannot be imported": "가져올 수 없는 행",
    "Rows that cannot be imported (the first %1 of %2 reasons)": "가져올 수 없는 행 (사유 %2건 중 처음 %1건)",
    "Save this mapping for the source": "이 출처의 열 연결 저장",
    "Services (counseling, screenings, programs, referrals)": "서비스 (상담, 검진, 프로그램, 연계)",
    "Sheet": "시트",
    "Skip the rows that cannot be imported and import the rest": "가져올 수 없는 행은 건너뛰고 나머지만 가져오기",
    "Some rows cannot be imported, so nothing was saved.": "가져올 수 없는 행이 있어 아무것도 저장하지 않았습니다.",
    "Source name": "자료 출처",
    "Spreadsheets (*.xlsx *.csv *.txt *.tsv)": "스프레드시트 (*.xlsx *.csv *.txt *.tsv)",
    "Step 1 of 3: the file": "1/3단계: 파일",
    "Step 2 of 3: the columns": "2/3단계: 열 연결",
    "Step 3 of 3: check and import": "3/3단계: 확인과 가져오기",
    "The mapping saved for %1 was used.": "%1에 저장된 열 연결을 사용했습니다.",
    "What to import": "가져올 자료",
    "Would be created:": "만들어질 기록:",
    "a .xlsx or .csv file exported from the old program": "이전 프로그램에서 내보낸 .xlsx 또는 .csv 파일",
    "e.g. the old program's name; its column mapping is kept under it":
        "예: 이전 프로그램 이름 (이 이름으로 열 연결을 저장합니다)",
    "optional: a mapping file (.json, .yaml)": "선택: 열 연결 파일 (.json, .yaml)",
    "whole row": "행 전체",
    "— not used —": "— 사용 안 함 —",
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    create_demo(folder / "center.db", years=1, seed=1, password=PASSWORD, kdf=FAST_TEST_KDF,
                today=date(2026, 11, 28))
    return folder / "center.db"


@pytest.fixture
def demo(demo_template, tmp_path):
    """A fresh copy of the demo center for each test."""
    path = tmp_path / "center.db"
    shutil.copy(demo_template, path)
    shutil.copy(str(demo_template) + ".keys", str(path) + ".keys")
    return path


@pytest.fixture
def open_as(demo):
    opened: list[Store] = []

    def _open(user: str) -> Store:
        for s in opened:
            s.close()
        opened.clear()
        store = Store(Vault.unlock(demo, user, PASSWORD))
        opened.append(store)
        return store

    yield _open
    for s in opened:
        s.close()


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


def make_view(qtbot, store, lang: str = "en") -> AdminView:
    view = AdminView(AppContext(store, lang))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    return view


def wizard(qtbot, store, lang: str = "en") -> import_tab.ImportTab:
    view = make_view(qtbot, store, lang)
    assert view.tab_titles()[-1] in ("Import", "가져오기")
    view.tabs.setCurrentWidget(view.importer)
    return view.importer


def pick_file(qtbot, monkeypatch, tab, path: Path, kind: str, source: str = "", mapping: Path | None = None) -> None:
    """Step 1 as a user does it: the kind, the file chooser, a source name, a mapping file."""
    tab.start_over()
    tab.kind.setCurrentIndex(tab.kind.findData(kind))
    monkeypatch.setattr(import_tab, "choose_file", lambda *a: str(path))
    qtbot.mouseClick(tab.file_button, Qt.LeftButton)
    assert tab.path.text() == str(path)
    tab.source.setText(source)
    if mapping is not None:
        monkeypatch.setattr(import_tab, "choose_mapping_file", lambda *a: str(mapping))
        qtbot.mouseClick(tab.mapping_button, Qt.LeftButton)
    qtbot.mouseClick(tab.next_button, Qt.LeftButton)
    assert tab.pages.currentIndex() == 1, tab.file_status.text()


def check(qtbot, tab) -> None:
    assert tab.dry_run_button.isEnabled(), tab.missing_label.text()
    qtbot.mouseClick(tab.dry_run_button, Qt.LeftButton)
    assert tab.pages.currentIndex() == 2, tab.mapping_status.text()
    qtbot.waitUntil(lambda: tab.running is None, timeout=60000)
    assert tab.report is not None, tab.check_status.text()


def do_import(qtbot, tab) -> None:
    assert tab.import_button.isEnabled()
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.running is None, timeout=60000)


def sample_codes(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [row["client_code"] for row in csv.DictReader(handle)]


def counts(store, codes) -> dict:
    """What the repositories see: all clients, and the imported clients' counseling sessions."""
    sessions = 0
    for code in codes:
        try:
            sessions += len(store.sessions.for_client(store.clients.id_for_code(code)))
        except Exception:  # noqa: BLE001 (not imported yet)
            pass
    return {"clients": store.clients.count(), "sessions": sessions, "imports": len(importing.history(store.vault))}


def import_audit_rows(store) -> list[tuple]:
    """The audit trail read as the test's own check (the desktop code itself never runs SQL)."""
    return store.vault.conn.execute("SELECT actor, action, entity FROM audit_log WHERE action = 'import'").fetchall()


def write_csv(path: Path, head: list, rows: list, encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


# --- who sees the tab -----------------------------------------------------------------------------
def test_coordinator_sees_only_the_import_tab_and_counselors_none(qtbot, open_as):
    coord = make_view(qtbot, open_as("coord"))
    assert coord.tab_titles() == ["Import"] and coord.importer is not None
    assert coord.tabs.isVisible() and not coord.denied.isVisible()
    lead = make_view(qtbot, open_as("lead"))
    assert "Import" in lead.tab_titles()
    for user in ("counselor1", "admin"):
        view = make_view(qtbot, open_as(user))
        assert view.importer is None and "Import" not in view.tab_titles()
    counselor = make_view(qtbot, open_as("counselor1"))
    assert counselor.denied.isVisible() and counselor.tabs.count() == 0


# --- the samples, round trip ------------------------------------------------------------------------
def test_samples_dry_run_then_import_then_again(qtbot, monkeypatch, open_as):
    store = open_as("coord")
    tab = wizard(qtbot, store)
    codes = sample_codes(SAMPLES / "clients.csv")
    before = counts(store, codes)

    pick_file(qtbot, monkeypatch, tab, SAMPLES / "clients.csv", "clients")
    assert tab.combos["client_code"].currentData() == "client_code" and not tab.missing_label.isVisible()
    check(qtbot, tab)
    assert tab.report.dry_run and tab.report.ok and tab.report.counts == {"clients": len(codes)}
    assert f"clients: {len(codes)}" in tab.summary.text() and "Would be created:" in tab.summary.text()
    assert counts(store, codes) == before                      # the dry run wrote nothing
    assert tab.import_button.isEnabled() and not tab.skip_bad.isVisible()
    do_import(qtbot, tab)
    assert tab.result is not None and tab.result.written
    after = counts(store, codes)
    assert after["clients"] == before["clients"] + len(codes) and after["imports"] == before["imports"] + 1
    assert "Imported (import #" in tab.check_status.text() and "Created:" in tab.summary.text()
    assert not tab.import_button.isEnabled()                   # done: not twice from the same check
    assert ("coord", "import", "import") in import_audit_rows(store)

    pick_file(qtbot, monkeypatch, tab, SAMPLES / "services.csv", "services")
    check(qtbot, tab)
    would = tab.report.counts
    assert tab.report.ok and would["sessions"] > 0 and counts(store, codes) == after
    do_import(qtbot, tab)
    assert tab.result.written
    done = counts(store, codes)
    assert done["sessions"] == after["sessions"] + would["sessions"] and len(import_audit_rows(store)) == 2

    # again: everything was imported before, nothing new, the import stays off
    for sample, kind in ((SAMPLES / "clients.csv", "clients"), (SAMPLES / "services.csv", "services")):
        pick_file(qtbot, monkeypatch, tab, sample, kind)
        check(qtbot, tab)
        assert tab.report.rows_ok == 0 and tab.report.rows_skipped == tab.report.rows_read > 0
        assert not tab.import_button.isEnabled() and "imported before" in tab.check_status.text()
    assert counts(store, codes) == done and len(import_audit_rows(store)) == 2


# --- bad rows -----------------------------------------------------------------------------------------
def bad_file(tmp_path) -> Path:
    return write_csv(tmp_path / "bad.csv", HEAD, [
        ["OLD-0001", "2024-05-02", "individual", "in_person", "50", "counselor1", "본관"],
        ["OLD-0002", "2024-13-45", "individual", "in_person", "50", "counselor1", "본관"],
        ["OLD-0003", "2024-05-03", "individual", "phone", "30", "nobody", "본관"],
    ])


def test_bad_rows_are_listed_and_block_the_import_unless_skipped(qtbot, monkeypatch, open_as, tmp_path):
    store = open_as("coord")
    importing.run_import(store.vault, "clients", SAMPLES / "clients.csv")
    codes = sample_codes(SAMPLES / "clients.csv")
    tab = wizard(qtbot, store)
    pick_file(qtbot, monkeypatch, tab, bad_file(tmp_path), "services")
    before = counts(store, codes)
    check(qtbot, tab)
    rows = [[tab.issues.item(r, c).text() for c in range(3)] for r in range(tab.issues.rowCount())]
    assert [r[0] for r in rows] == ["3", "4"] and tab.issues.isVisible()
    assert rows[0][1] == "B date" and "cannot read the date ('2024-13-45'" in rows[0][2]
    assert rows[1][1] == "F counselor" and "no such staff account ('nobody')" in rows[1][2]
    assert "2 rows cannot be imported" in tab.check_status.text() and tab.check_status.is_error
    assert not tab.import_button.isEnabled() and tab.skip_bad.isVisible()
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)                      # disabled: nothing happens
    assert tab.running is None and counts(store, codes) == before
    tab.skip_bad.setChecked(True)
    assert tab.import_button.isEnabled()
    tab.skip_bad.setChecked(False)
    assert not tab.import_button.isEnabled()
    tab.skip_bad.setChecked(True)
    do_import(qtbot, tab)
    assert tab.result.written and tab.result.counts["sessions"] == 1
    assert "good rows only" in tab.check_status.text()
    assert counts(store, codes)["sessions"] == before["sessions"] + 1


def test_bad_rows_in_korean(qtbot, monkeypatch, open_as, tmp_path, korean):
    store = open_as("coord")
    importing.run_import(store.vault, "clients", SAMPLES / "clients.csv")
    tab = wizard(qtbot, store, "ko")
    pick_file(qtbot, monkeypatch, tab, bad_file(tmp_path), "services")
    check(qtbot, tab)
    assert "날짜를 읽을 수 없습니다" in tab.issues.item(0, 2).text() and tab.issues.item(0, 1).text() == "B date (날짜)"
    assert "등록된 직원이 아닙니다" in tab.issues.item(1, 2).text()
    assert "가져올 수 없는 행이 2개" in tab.check_status.text()
    assert tab.step_label.text() == "3/3단계: 확인과 가져오기"
    view = tab.window()
    view.resize(1100, 760)
    qtbot.wait(50)
    view.grab().save("/tmp/import_wizard.png")
    tab.pages.setCurrentIndex(1)
    qtbot.wait(50)
    view.grab().save("/tmp/import_wizard_mapping.png")
    tab.pages.setCurrentIndex(0)
    qtbot.wait(50)
    view.grab().save("/tmp/import_wizard_file.png")


def test_missing_required_column_keeps_the_dry_run_off(qtbot, monkeypatch, open_as):
    tab = wizard(qtbot, open_as("coord"))
    pick_file(qtbot, monkeypatch, tab, SAMPLES / "clients.csv", "clients")
    tab.set_column("sex", None)
    assert not tab.dry_run_button.isEnabled() and "sex" in tab.missing_label.text()
    tab.set_column("sex", "name")
    assert not tab.dry_run_button.isEnabled() and "more than one heading" in tab.missing_label.text()
    tab.set_column("sex", "sex")
    assert tab.dry_run_button.isEnabled() and not tab.missing_label.isVisible()


# --- the old program's own file: mapping file once, then the source alone ------------------------------
def test_old_program_file_maps_itself_the_second_time(qtbot, monkeypatch, open_as):
    store = open_as("coord")
    importing.run_import(store.vault, "clients", SAMPLES / "clients.csv")
    codes = sample_codes(SAMPLES / "clients.csv")
    tab = wizard(qtbot, store)
    old = SAMPLES / "old_program_services.csv"
    pick_file(qtbot, monkeypatch, tab, old, "services", source="옛프로그램")
    assert tab.combos["고객ID"].currentData() is None          # nothing known about this source yet
    assert not tab.dry_run_button.isEnabled()
    pick_file(qtbot, monkeypatch, tab, old, "services", source="옛프로그램", mapping=SAMPLES / "old_program_mapping.json")
    assert tab.combos["고객ID"].currentData() == "client_code" and tab.combos["메모"].currentData() is None
    assert tab.save_mapping_box.isChecked()
    before = counts(store, codes)
    check(qtbot, tab)
    assert tab.report.encoding == "cp949" and tab.report.counts["sessions"] == tab.report.rows_read == 4
    assert importing.saved_mapping(store.vault, "옛프로그램", "services") is not None
    assert counts(store, codes) == before
    do_import(qtbot, tab)
    assert tab.result.written and counts(store, codes)["sessions"] == before["sessions"] + 4

    # next month: the source name alone
    pick_file(qtbot, monkeypatch, tab, old, "services", source="옛프로그램")
    expected = {"고객ID": "client_code", "방문일": "date", "서비스명": "service", "진행방식": "method",
                "소요(분)": "minutes", "담당": "counselor", "이용센터": "site", "메모": None}
    assert {h: c.currentData() for h, c in tab.combos.items()} == expected
    assert "옛프로그램" in tab.mapping_status.text()
    assert tab.value_map["service"]["심리상담(개인)"] == "individual"
    check(qtbot, tab)
    assert tab.report.rows_skipped == 4 and tab.report.rows_ok == 0 and not tab.report.issues


# --- XLSX sheets --------------------------------------------------------------------------------------
def test_xlsx_sheet_choice(qtbot, monkeypatch, open_as, tmp_path):
    import openpyxl
    book = openpyxl.Workbook()
    book.active.title = "안내"
    book.active.append(["이 시트는 설명입니다"])
    sheet = book.create_sheet("내담자")
    with open(SAMPLES / "clients.csv", encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    path = tmp_path / "clients.xlsx"
    book.save(path)
    store = open_as("coord")
    tab = wizard(qtbot, store)
    tab.start_over()
    monkeypatch.setattr(import_tab, "choose_file", lambda *a: str(path))
    qtbot.mouseClick(tab.file_button, Qt.LeftButton)
    assert tab.sheet.isVisible() and [tab.sheet.itemText(i) for i in range(tab.sheet.count())] == ["안내", "내담자"]
    tab.sheet.setCurrentIndex(1)
    qtbot.mouseClick(tab.next_button, Qt.LeftButton)
    assert tab.combos["client_code"].currentData() == "client_code"
    check(qtbot, tab)
    assert tab.report.ok and tab.report.sheet == "내담자" and tab.report.counts == {"clients": 6}


# --- progress, a responsive UI, cancel ------------------------------------------------------------------
def long_file(tmp_path, n: int = 6000) -> Path:
    start = date(2008, 1, 1)
    rows = [["OLD-0001", (start + timedelta(days=i)).isoformat(), "individual", "in_person", "50", "counselor1", "본관"]
            for i in range(n)]
    return write_csv(tmp_path / "long.csv", HEAD, rows)


def test_progress_while_the_ui_keeps_running_and_cancel(qtbot, monkeypatch, open_as, tmp_path):
    store = open_as("coord")
    importing.run_import(store.vault, "clients", SAMPLES / "clients.csv")
    codes = sample_codes(SAMPLES / "clients.csv")
    tab = wizard(qtbot, store)
    pick_file(qtbot, monkeypatch, tab, long_file(tmp_path), "services")
    ticks, values = [], []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(tab.running))
    tab.progress.valueChanged.connect(values.append)
    timer.start()
    check(qtbot, tab)
    timer.stop()
    assert tab.report.counts["sessions"] == 6000
    assert tab.progress_seen[0] == (500, 6000) and tab.progress_seen[-1] == (6000, 6000)
    assert len(tab.progress_seen) >= 12 and values and max(values) == 6000
    assert "dry_run" in ticks                                 # the event loop ran during the job
    assert not tab.progress.isVisible()

    # Cancel during the import: nothing is written. The worker pauses at each progress report so
    # the click lands while it runs.
    before = counts(store, codes)
    real_import = importing.run_import

    def slow_import(*args, progress=None, **kw):
        def paced(done, total):
            progress(done, total)
            time.sleep(0.2)
        return real_import(*args, progress=paced, **kw)
    monkeypatch.setattr(importing, "run_import", slow_import)
    assert not tab.cancel_button.isVisible()
    qtbot.mouseClick(tab.import_button, Qt.LeftButton)
    assert tab.running == "import" and tab.cancel_button.isVisible() and tab.cancel_button.isEnabled() and not tab.again_button.isEnabled()
    qtbot.waitUntil(lambda: bool(tab.progress_seen), timeout=60000)
    qtbot.mouseClick(tab.cancel_button, Qt.LeftButton)
    assert tab.check_status.text() == "Cancelling…" and not tab.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: tab.running is None, timeout=60000)
    assert "Cancelled. Nothing was saved." == tab.check_status.text() and tab.report is None
    assert counts(store, codes) == before and not tab.import_button.isEnabled()


# --- strings --------------------------------------------------------------------------------------------
def test_every_new_string_has_a_proposed_korean_text():
    source = (ROOT / "desktop" / "views" / "admin" / "import_tab.py").read_text(encoding="utf-8")
    used = {n.args[0].value for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
            and n.args and isinstance(n.args[0], ast.Constant)}
    assert used - set(PROPOSED_KO) == set()
    assert set(PROPOSED_KO) - used == set()                   # "Import" is also the tab title (AdminView)
