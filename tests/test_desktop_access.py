"""Emergency access and the monthly access review, driven through the widgets (offscreen), each
step checked in the database and the audit log: a counselor refused a note breaks the glass
with a reason and reads it; the lead logs in, sees it on Today and acknowledges it; the lead
opens the access review, sees the month's rows and marks the month reviewed."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desktop.context import AppContext
from desktop.login_dialog import LoginDialog
from desktop.look import install_language, register_fonts
from desktop.main_window import MainWindow
from desktop.views.admin.view import AdminView
from desktop.views.clients import ClientsView
from storage import audit
from storage.records import Case, Client, CounselingSession
from storage.repos.access_review import previous_month
from storage.store import Store

from .conftest import STAFF_PASSWORD
from .qt_helpers import type_text

SHOTS = Path("/work/reports/shots")
REASON = "야간 위기 전화: 담당 상담사 연락 안 됨"


@pytest.fixture
def korean(qapp):
    register_fonts(qapp)
    assert install_language(qapp, "ko")
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def world(open_as):
    """홍길동 is c2's client with a signed note; c1 does not work with him."""
    lead = open_as("lead")
    c2 = lead.staff.get("c2").id
    hong = lead.clients.add(Client(code="2026-0001", name="홍길동", sex="M", birth_year=1984, job_group="admin"))
    lead.cases.open(Case(client_id=hong.id, counselor_id=c2, opened_on="2026-03-02", primary_problem="sleep"))
    s = lead.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="in_person",
                                               session_date="2026-03-03", minutes=50, counselor_id=c2, site_id=1,
                                               template="free", note={"text": "c2의 상담 내용"}))
    return {"client": hong.id, "session": s.id}


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"access-{name}.png"))


def _break_glass(qtbot, store, world, shot: bool = False):
    view = ClientsView(AppContext(store, "ko"))
    qtbot.addWidget(view)
    view.resize(1100, 740)
    view.show()
    assert view.open_target("client", world["client"])
    assert view.chart.emergency_button.isVisibleTo(view.chart)
    if shot:
        _shot(view, "chart")
    row = next(i for i, e in enumerate(view.chart.entries) if e.session_id == world["session"])
    view.chart.timeline.setCurrentCell(row, 0)
    qtbot.keyClick(view.chart.timeline, Qt.Key_Return)
    editor = view.editor
    assert editor.denied and editor.sections == {}
    assert editor.emergency_button is not None and editor.emergency_button.isVisibleTo(editor)
    if shot:
        _shot(view, "refused")
    qtbot.mouseClick(editor.emergency_button, Qt.LeftButton)
    dialog = editor.emergency_dialog
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    type_text(qtbot, dialog.reason, "급함")
    assert not dialog.ok.isEnabled()          # too short to say why
    dialog.reason.clear()
    type_text(qtbot, dialog.reason, REASON)
    assert dialog.ok.isEnabled()
    if shot:
        _shot(dialog, "dialog")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.editor is not editor, timeout=2000)
    return view


def test_counselor_breaks_the_glass_and_reads_the_note(qtbot, world, open_as, korean):
    c1 = open_as("c1")
    view = _break_glass(qtbot, c1, world, shot=True)
    editor = view.editor
    assert not editor.denied
    assert editor.sections["text"].toPlainText() == "c2의 상담 내용"
    assert editor.locked                                  # read only
    assert "긴급 열람" in editor.status.text()
    _shot(view, "note-open")
    # the database: one grant with the reason; the trail: break_glass, then the note view naming it
    (grant,) = c1.emergency.mine_active()
    assert (grant.client_id, grant.reason, grant.acknowledged_at) == (world["client"], REASON, None)
    rows = c1.vault.conn.execute("SELECT actor, action, entity, entity_id, client_id, detail FROM audit_log"
                                 " WHERE action IN ('break_glass', 'view') AND entity IN ('client', 'note', 'emergency_access')"
                                 " AND actor = 'c1' ORDER BY id").fetchall()
    assert [r[1:3] for r in rows] == [("view", "client"), ("break_glass", "emergency_access"), ("view", "note")]
    assert REASON not in rows[1][5] and f'"break_glass":{grant.id}' in rows[2][5]


def test_emergency_access_from_the_chart(qtbot, world, open_as):
    c1 = open_as("c1")
    view = ClientsView(AppContext(c1, "en"))
    qtbot.addWidget(view)
    view.show()
    view.open_target("client", world["client"])
    chart = view.chart
    assert chart.emergency_button.isVisibleTo(chart)
    assert not any(e.readable for e in chart.entries if e.session_id)
    qtbot.mouseClick(chart.emergency_button, Qt.LeftButton)
    type_text(qtbot, chart.emergency_dialog.reason, "crisis call at night, counselor away")
    qtbot.mouseClick(chart.emergency_dialog.ok, Qt.LeftButton)
    assert all(e.readable for e in chart.entries if e.session_id)     # the timeline opens up
    assert not chart.emergency_button.isVisibleTo(chart)
    assert view.open_target("note", world["session"])
    assert view.editor.sections["text"].toPlainText() == "c2의 상담 내용"
    assert [g.client_id for g in c1.emergency.mine_active()] == [world["client"]]


def test_the_dialog_cannot_be_used_by_a_role_the_center_did_not_allow(qtbot, world, open_as):
    open_as("lead").settings.set("break_glass_roles", ["psychiatrist"])
    c1 = open_as("c1")
    view = ClientsView(AppContext(c1, "en"))
    qtbot.addWidget(view)
    view.show()
    assert not view.open_target("note", world["session"])
    assert view.editor.denied and view.editor.emergency_button is None
    assert not any("c2의" in w.toPlainText() for w in view.editor.findChildren(QPlainTextEdit))
    view.open_target("client", world["client"])
    assert not view.chart.emergency_button.isVisibleTo(view.chart)


def test_lead_sees_it_at_login_and_acknowledges(qtbot, world, open_as, created, korean):
    c1 = open_as("c1")
    c1.emergency.request(world["client"], REASON)
    two_ago = previous_month(date.today().replace(day=1) - timedelta(days=1))
    with c1.vault.transaction():   # a center using the app (and the review) since two months ago
        c1.vault.conn.execute("UPDATE settings SET value = ? WHERE key = 'access_review_since'", (f'"{two_ago}-03"',))
        audit.append(c1.vault.conn, actor="c1", workstation="PC-1", action="login", entity="staff",
                     at=f"{two_ago}-03T09:00:00+09:00")
    c1.close()
    dialog = LoginDialog(created["path"], lang="ko")
    qtbot.addWidget(dialog)
    dialog.account.setText("lead")
    dialog.password.setText(STAFF_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    dialog.wait_for_job()
    store = Store(dialog.vault)
    window = MainWindow(store, lang="ko")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    today = window.views["today"]
    assert window.stack.currentWidget() is today
    assert today.emergency_box.isVisibleTo(today)
    cells = [today.emergency.item(0, c).text() for c in range(4)]
    assert cells[1:] == ["박상담", "2026-0001", REASON]
    assert "홍길동" not in " ".join(cells)
    assert today.review_reminder.isVisibleTo(today)   # every month not reviewed, oldest first
    last = previous_month(date.today())
    assert f"{two_ago}, {last}" in today.review_reminder.text()
    _shot(window, "today-lead")
    qtbot.mouseClick(today.acknowledge_button, Qt.LeftButton)
    assert not today.emergency_box.isVisibleTo(today)
    assert store.emergency.unacknowledged() == []
    row = store.vault.conn.execute("SELECT acknowledged_by, acknowledged_at FROM emergency_accesses").fetchone()
    assert row[0] == store.actor.id and row[1]
    assert store.vault.conn.execute("SELECT actor, entity FROM audit_log WHERE action = 'acknowledge'"
                                    ).fetchall() == [("lead", "emergency_access")]
    window.close()


def test_counselor_today_shows_no_lead_boxes(qtbot, world, open_as):
    window = MainWindow(open_as("c1"), lang="en")
    qtbot.addWidget(window)
    window.show()
    today = window.views["today"]
    assert not today.emergency_box.isVisibleTo(today) and not today.review_reminder.isVisibleTo(today)
    window.close()


def test_lead_reviews_a_month(qtbot, world, open_as, korean):
    lead = open_as("lead")
    c1 = open_as("c1")
    month = previous_month(date.today())   # a month can be marked only once it is over
    with c1.vault.transaction():   # last month: an emergency access, a chart opened at night and a backup
        grant = c1.vault.conn.execute(
            "INSERT INTO emergency_accesses (staff_id, client_id, reason, granted_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)", (c1.actor.id, world["client"], REASON, f"{month}-02T22:00:00+09:00",
                                        f"{month}-03T02:00:00+09:00")).lastrowid
        audit.append(c1.vault.conn, actor="c1", workstation="PC-1", action="break_glass", entity="emergency_access",
                     entity_id=grant, client_id=world["client"], at=f"{month}-02T22:00:00+09:00",
                     detail={"emergency": True, "grant": grant, "reason_chars": len(REASON)})
        audit.append(c1.vault.conn, actor="c2", workstation="PC-2", action="view", entity="client",
                     entity_id=world["client"], client_id=world["client"], at=f"{month}-01T23:40:00+09:00")
        # written by a workstation left on UTC: 14:30Z is 23:30 in Seoul, out of hours
        audit.append(c1.vault.conn, actor="c2", workstation="PC-3", action="view", entity="note",
                     entity_id=1, client_id=world["client"], at=f"{month}-05T14:30:00+00:00")
        audit.append(c1.vault.conn, actor="admin", workstation="PC-9", action="backup", entity="database",
                     at=f"{month}-01T12:00:00+09:00")
    lead = open_as("lead")
    view = AdminView(AppContext(lead, "ko"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert view.show_access_review()
    tab = view.review
    tab.month.setCurrentIndex(tab.month.findData(date.today().strftime("%Y-%m")))
    assert not tab.mark_button.isEnabled()                    # this month is not over
    tab.month.setCurrentIndex(tab.month.findData(month))
    kinds = [tab.table.item(r, 2).text() for r in range(tab.table.rowCount())]
    codes = [tab.table.item(r, 4).text() for r in range(tab.table.rowCount())]
    assert sorted(kinds) == sorted(["근무시간 외", "근무시간 외", "긴급 열람", "내보내기·백업"])
    whens = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert f"{month}-05 23:30" in whens                       # shown in the center's time
    assert "2026-0001" in codes and "홍길동" not in str(codes)
    reason_row = kinds.index("긴급 열람")
    assert REASON in tab.table.item(reason_row, 5).text()
    assert tab.mark_button.isEnabled()
    qtbot.mouseClick(tab.mark_button, Qt.LeftButton)          # no comment: refused, nothing written
    assert tab.status.isVisible() and lead.access_review.review_of(month) is None
    type_text(qtbot, tab.comment, "야간 열람 2건 위기 대응 확인")
    _shot(view, "review")
    qtbot.mouseClick(tab.mark_button, Qt.LeftButton)
    review = lead.access_review.review_of(month)
    assert review.comment == "야간 열람 2건 위기 대응 확인"
    assert review.counts == {"out_of_hours": 2, "many_charts": 0, "break_glass": 1, "export": 1}
    assert not tab.mark_button.isEnabled() and tab.done.rowCount() == 1
    assert tab.done.item(0, 0).text() == month
    rows = lead.vault.conn.execute("SELECT actor, entity, entity_id, detail FROM audit_log WHERE action = 'review'"
                                   ).fetchall()
    assert [r[:3] for r in rows] == [("lead", "access_log", month)] and "위기" not in rows[0][3]
    _shot(view, "review-done")


def test_access_settings_are_saved(qtbot, open_as, korean):
    lead = open_as("lead")
    view = AdminView(AppContext(lead, "ko"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    tab = view.settings
    tab.refresh()
    assert tab.break_glass["counselor"].isChecked() and tab.break_glass["psychiatrist"].isChecked()
    assert [c.isChecked() for c in tab.workdays] == [True] * 5 + [False] * 2
    tab.break_glass["counselor"].setChecked(False)
    tab.workdays[5].setChecked(True)
    tab.many_charts.setValue(40)
    _shot(view, "settings")
    assert tab.save_access()
    assert lead.settings.get("break_glass_roles") == ["psychiatrist"]
    assert lead.settings.get("working_hours")["weekdays"] == [0, 1, 2, 3, 4, 5]
    assert lead.settings.get("review_many_charts") == 40
    assert tab.time_zone.text() == "Asia/Seoul"             # the default, shown
    tab.time_zone.setText("Asia/Nowhere")
    assert not tab.save_access() and "Asia/Seoul" in tab.access_status.text()
    assert lead.settings.get("time_zone") is None
    tab.time_zone.setText("Europe/Berlin")
    assert tab.save_access() and lead.settings.get("time_zone") == "Europe/Berlin"
    for c in tab.workdays:
        c.setChecked(False)
    assert not tab.save_access() and "근무시간" in tab.access_status.text()
    assert lead.settings.get("working_hours")["weekdays"] == [0, 1, 2, 3, 4, 5]
