"""The lead's 보존·파기 tab, driven through the widgets: the list of clients past retention
(client codes, never names), approving it, destroying it with the password, the history and flagged
backups; checked afterwards in the database and the audit log. The retention periods in the
settings tab. Screenshots for the report."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.context import AppContext
from desktop.views.admin import AdminView, dialogs
from storage.backup import create_backup
from storage.kdf import FAST_TEST_KDF
from storage.records import Client
from storage.retention_periods import DEFAULTS

from .conftest import STAFF_PASSWORD
from .qt_helpers import korean_with, type_text
from .sqlcipher_pages import find
from .test_retention import _everything, _full_file

SHOTS = Path(os.environ.get("MAUMDESK_SHOTS", "/work/reports/shots"))
TODAY = date(2037, 3, 1)

PROPOSED_KO = {
    "Retention and destruction": "보존·파기",
    "Records past their retention period": "보존기간이 지난 기록",
    "Approved lists and destructions": "승인한 목록과 파기 이력",
    "Backups to destroy": "파기해야 할 백업",
    "Client code": "내담자 번호",
    "Record kept longest": "가장 늦게 끝나는 기록",
    "Last record": "마지막 기록",
    "Period": "보존기간",
    "Kept until": "보존 종료일",
    "Approve this list…": "이 목록 승인…",
    "Approved": "승인일",
    "Approved by": "승인자",
    "Clients": "내담자 수",
    "Status": "상태",
    "Destroyed": "파기일",
    "Records destroyed": "파기한 기록",
    "your password, to confirm": "확인용 내 비밀번호",
    "Destroy the selected list…": "선택한 목록 파기…",
    "Cancel the selected list": "선택한 목록 취소",
    "Counseling records": "상담 기록",
    "Screenings": "심리검진",
    "Program attendance": "프로그램 참여",
    "Appointments": "예약",
    "Contact data only": "연락처만 있는 등록",
    "Audit log (minimum)": "감사 기록(최소)",
    "%1 years": "%1년",
}


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


@pytest.fixture(autouse=True)
def retention_day(monkeypatch):
    """The retention repository takes today from its own clock (never from the caller)."""
    from storage.repos import retention as retention_module
    monkeypatch.setattr(retention_module, "clock", lambda: TODAY)


class FixedDay(AppContext):
    @staticmethod
    def today() -> date:
        return TODAY


def _view(qtbot, store, lang="en") -> AdminView:
    view = AdminView(FixedDay(store, lang))
    view.kdf = FAST_TEST_KDF
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.retention)
    return view


def test_only_the_lead_has_the_tab(qtbot, open_as):
    for login, has in (("lead", True), ("admin", False), ("coord", False)):
        view = AdminView(FixedDay(open_as(login), "en"))
        qtbot.addWidget(view)
        assert ("Retention and destruction" in view.tab_titles()) == has, login
        view.close()


def test_the_lead_approves_and_destroys(qtbot, open_as, monkeypatch, tmp_path):
    store = open_as("lead")
    gone = _full_file(store, name="파기대상", code="2026-0001")
    other = _full_file(store, name="나중에", code="2026-0002", hour=11)
    store.screenings.record(other.id, "phq9", taken_on="2034-05-01", site_id=1, answers=[0] * 9)
    folder = tmp_path / "backups"
    folder.mkdir()
    old = create_backup(store.vault, folder)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: asked.append(a[2]) or True)
    view = _view(qtbot, store)
    tab = view.retention

    assert tab.due_table.rowCount() == 1                      # the other client is kept by a later screening
    assert tab.due_table.item(0, 0).text() == "2026-0001"      # the code, so the lead can check; never the name
    assert tab.due_table.item(0, 1).text() == "Counseling records"
    assert "2026-0001" not in tab.due_title.text()

    qtbot.mouseClick(tab.approve_button, Qt.LeftButton)
    assert "1 clients" in asked[-1]
    reviews = store.retention.reviews()
    assert [r.status for r in reviews] == ["approved"] and store.retention.approved_ids(reviews[0].id) == [gone.id]
    assert tab.history_table.rowCount() == 1 and tab.history_table.currentRow() == 0

    type_text(qtbot, tab.password, "wrong-password")
    qtbot.mouseClick(tab.destroy_button, Qt.LeftButton)
    assert tab.history_status.is_error and store.retention.reviews()[0].status == "approved"
    type_text(qtbot, tab.password, STAFF_PASSWORD)
    qtbot.mouseClick(tab.destroy_button, Qt.LeftButton)
    assert "Destroy the records of 1 clients" in asked[-1]
    qtbot.waitUntil(lambda: not tab.running, timeout=15000)
    assert not tab.history_status.is_error, tab.history_status.text()
    assert tab.password.text() == ""

    ids = {r[0] for r in store.vault.conn.execute("SELECT id FROM clients")}
    assert gone.id not in ids and other.id in ids
    pages = _everything(store.vault.path, store.vault._key)    # decrypted: free pages and WAL too
    assert find(pages, "파기대상") == [] and find(pages, "나중에")
    assert tab.history_table.item(0, 3).text() == "destroyed"
    assert "clients 1" in tab.history_table.item(0, 5).text()
    rows = store.vault.conn.execute("SELECT action, entity, detail FROM audit_log WHERE entity = 'retention_review'"
                                    " ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["approve", "destroy"]
    detail = json.loads(rows[1][2])
    assert detail["counts"]["clients"] == 1 and detail["approved_by"] == "lead"
    assert "파기대상" not in rows[1][2] and "2026-0001" not in rows[1][2]
    assert tab.due_table.rowCount() == 0

    # The backup made before is flagged; the lead marks it destroyed.
    type_text(qtbot, tab.folder, str(folder))
    tab.load_backups()
    assert [tab.backup_table.item(r, 0).text() for r in range(tab.backup_table.rowCount())] == [old.path.name]
    assert "before a destruction" in tab.backup_table.item(0, 2).text()
    tab.backup_table.selectRow(0)
    qtbot.mouseClick(tab.mark_button, Qt.LeftButton)
    assert tab.backup_table.rowCount() == 0
    assert store.vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'destroy' AND entity = 'backup'"
                                    " AND entity_id = ?", (old.path.name,)).fetchone()[0] == 1


def test_retention_periods_in_the_settings_tab(qtbot, open_as):
    store = open_as("lead")
    view = _view(qtbot, store)
    view.tabs.setCurrentWidget(view.settings)
    tab = view.settings
    assert tab.retention["counseling"].value() == 10 and tab.retention["audit_log"].minimum() == 2
    tab.retention["appointment"].setValue(5)
    qtbot.mouseClick(tab.save_retention_button, Qt.LeftButton)
    assert not tab.retention_status.is_error
    assert store.settings.get("retention_years") == {**DEFAULTS, "appointment": 5}
    assert store.vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'set'"
                                    " AND entity_id = 'retention_years'").fetchone()[0] == 1


def test_the_lead_sees_other_clients_records_naming_the_listed(qtbot, open_as):
    from storage.records import Case, CounselingSession
    store = open_as("lead")
    _full_file(store, name="파기대상", code="2026-0001")
    other = store.clients.add(Client(code="2026-0077", name="다른이", sex="M", birth_year=1980, job_group="admin"))
    store.cases.open(Case(client_id=other.id, counselor_id=store.actor.id, opened_on="2026-01-05",
                          primary_problem="sleep"))
    store.sessions.create(CounselingSession(client_id=other.id, kind="individual", method="in_person",
                                            session_date="2026-02-03", minutes=50, counselor_id=store.actor.id,
                                            site_id=1, note={"text": "파기대상 님 이야기"}))
    view = _view(qtbot, store)
    tab = view.retention
    qtbot.mouseClick(tab.mentions_button, Qt.LeftButton)
    text = tab.mentions_text.text()
    assert text.startswith("1 records of other clients") and "2026-0077 session note 2026-02-03" in text
    assert "파기대상" not in text and "다른이" not in text          # codes only, never a name


def test_only_the_lead_edits_the_periods(qtbot, open_as):
    """The administrator sees the periods but cannot change them (they decide what is destroyed)."""
    view = _view(qtbot, open_as("admin"))
    tab = view.settings
    assert not tab.retention["counseling"].isEnabled() and not tab.save_retention_button.isEnabled()
    assert tab.retention["counseling"].minimum() == 10 and tab.retention["screening"].minimum() == 5
    view.close()
    store = open_as("lead")
    view = _view(qtbot, store)
    tab = view.settings
    assert tab.save_retention_button.isEnabled()
    tab.retention["program"].setValue(4)
    qtbot.mouseClick(tab.save_retention_button, Qt.LeftButton)
    detail = json.loads(store.vault.conn.execute("SELECT detail FROM audit_log WHERE action = 'set'"
                                                 " AND entity_id = 'retention_years'").fetchone()[0])
    assert detail["old"]["program"] == 3 and detail["new"]["program"] == 4


def test_screenshots(qtbot, open_as, monkeypatch, korean, tmp_path):
    store = open_as("lead")
    for n in range(6):
        _full_file(store, name=f"보존{n}", code=f"2026-{n + 1:04d}", hour=9 + n)
    folder = tmp_path / "b"
    folder.mkdir()
    create_backup(store.vault, folder)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    view = _view(qtbot, store, "ko")
    tab = view.retention
    qtbot.mouseClick(tab.approve_button, Qt.LeftButton)
    ids = store.retention.approved_ids(store.retention.reviews()[0].id)
    assert len(ids) == 6
    # Destroyed, then next month's list approved: the history shows both states.
    type_text(qtbot, tab.password, STAFF_PASSWORD)
    qtbot.mouseClick(tab.destroy_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=15000)
    _full_file(store, name="다음달", code="2026-0100", hour=16)
    from storage.repos import waitlist as waitlist_module
    from storage.repos.waitlist import WaitlistEntry
    monkeypatch.setattr(waitlist_module, "now_iso", lambda: "2033-01-02T09:00:00+09:00")
    store.waitlist.add(WaitlistEntry(site_id=1, contact_name="문의만", contact_phone="010-0000-1111"))
    tab.refresh()
    assert tab.due_table.item(1, 0).text() == "익명 대기 문의"
    qtbot.mouseClick(tab.mentions_button, Qt.LeftButton)
    assert tab.mentions_text.text() == "이 목록의 이름이 나오는 다른 내담자 기록은 없습니다."
    qtbot.mouseClick(tab.approve_button, Qt.LeftButton)
    tab.folder.setText(str(folder))
    tab.load_backups()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "retention-tab.png"))
    view.tabs.setCurrentWidget(view.settings)
    view.grab().save(str(SHOTS / "retention-settings.png"))
