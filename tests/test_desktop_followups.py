"""Safety follow-ups and the referrals list, driven through the widgets (offscreen): a PHQ-9 with
item 9 answered 2, entered in the screening form, opens a follow-up that the lead sees; closing
it needs the action taken (refused without, with the storage's message); closed ones on request;
the counselor's own list and open_count(); double-click opens the chart; the lead's referrals."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.context import AppContext
from desktop.views.followups import FollowUpsView
from desktop.views.screening import ScreeningEntryDialog

from .test_desktop_screening import (add_client, answer_questions, audit_rows, korean,  # noqa: F401 (fixtures)
                                     type_text)
from storage.records import Case, Referral

PHQ9_ITEM9_TWO = {"phq9_1": 1, "phq9_2": 1, "phq9_3": 0, "phq9_4": 1, "phq9_5": 0, "phq9_6": 1, "phq9_7": 0,
                  "phq9_8": 0, "phq9_9": 2}


@pytest.fixture
def counseled(open_as):
    """c1 works with 홍길동 (a case); 김영희 has no case."""
    store = open_as("c1")
    hong = add_client(store, "2026-0001", "홍길동")
    kim = add_client(store, "2026-0002", "김영희", sex="F", birth_year=1990)
    store.cases.open(Case(client_id=hong.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                          primary_problem="complaint_abuse"))
    return store, hong, kim


def enter_phq9(qtbot, store, client_id: int, answers: dict, lang: str = "ko") -> ScreeningEntryDialog:
    """Through the entry form, as a counselor would (digits on the items)."""
    dialog = ScreeningEntryDialog(AppContext(store, lang), client_id, instrument_id="phq9")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.items.focus_first()
    for widget in dialog.items.widgets[:9]:
        qtbot.keyClick(dialog.items.current(), str(answers[widget.item.link_id]))
    assert dialog.items.answers() == answers
    assert dialog.save()
    return dialog


def view_for(qtbot, store, lang: str = "ko") -> FollowUpsView:
    view = FollowUpsView(AppContext(store, lang))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def cells(table, row: int) -> list[str]:
    return [table.item(row, col).text() for col in range(table.columnCount())]


def test_item_9_answered_2_opens_a_follow_up_the_lead_closes_with_the_action(qtbot, counseled, open_as, korean):
    c1, hong, _ = counseled
    entry = enter_phq9(qtbot, c1, hong.id, PHQ9_ITEM9_TWO)
    assert "박상담 담당으로 안전 확인 건이 열렸습니다" in entry.saved_text.text()
    (screening,) = c1.screenings.for_client(hong.id)
    lead = open_as("lead")
    view = view_for(qtbot, lead)
    assert view.table.rowCount() == 1
    assert cells(view.table, 0)[1:6] == ["0", "홍길동", "PHQ-9 9번 문항 (자해·자살 사고)", "박상담", "진행 중"]
    assert view.count.text() == "진행 중 1건 (오래된 순), 내 담당 0건"
    assert view.open_count() == 0 and view.open_count(mine_only=False) == 1  # the lead owns none of them
    assert view.close_button.isEnabled()

    dialog = view.close_selected()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)  # no action written: refused
    assert dialog.isVisible()
    assert dialog.message.text() == "입력값을 확인하세요: action — 필수 입력 항목입니다"
    assert len(lead.followups.open_items()) == 1
    type_text(qtbot, dialog.action, "   ")
    assert not dialog.try_close()  # blanks are no action either
    dialog.action.clear()
    type_text(qtbot, dialog.action, "당일 전화로 자살 위험 평가, 안전 계획 수립")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert not dialog.isVisible()
    assert lead.followups.open_items() == []
    assert view.table.rowCount() == 0  # the list refreshed itself
    (f,) = lead.followups.for_client(hong.id)
    assert (f.status, f.action, f.closed_by, f.screening_id) == \
           ("closed", "당일 전화로 자살 위험 평가, 안전 계획 수립", lead.actor.id, screening.id)
    rows = audit_rows(lead, entity="followup", entity_id=str(f.id))
    assert [(r[0], r[1], r[4]) for r in rows] == [("c1", "raise", hong.id), ("lead", "close", hong.id)]

    view.show_closed.setChecked(True)  # closed ones on request, with the action taken
    assert view.table.rowCount() == 1 and not view.table.isColumnHidden(6)
    row = cells(view.table, 0)
    assert row[5].endswith("종결 (김센터)") and row[6] == "당일 전화로 자살 위험 평가, 안전 계획 수립"
    assert not view.close_button.isEnabled()


def test_the_counselor_sees_their_own_and_open_count_tells_the_owner(qtbot, counseled, open_as):
    c1, hong, kim = counseled
    c1.screenings.record(hong.id, "phq9", taken_on="2026-03-05", site_id=1, answers=list(PHQ9_ITEM9_TWO.values()))
    view = view_for(qtbot, c1, "en")
    assert view.open_count() == 1 and view.table.rowCount() == 1
    assert cells(view.table, 0)[3] == "PHQ-9 item 9 (thoughts of self-harm or suicide)"
    c2 = open_as("c2")
    c2.screenings.record(kim.id, "phq9", taken_on="2026-03-06", site_id=1, answers=[0, 0, 0, 0, 0, 0, 0, 0, 1])
    other = view_for(qtbot, c2, "en")
    assert other.open_count() == 1 and other.table.rowCount() == 1  # c2's own (no case: the one who entered it)
    assert cells(other.table, 0)[2] == "김영희" and cells(other.table, 0)[4] == "최상담"
    coord = view_for(qtbot, open_as("coord"), "en")
    assert coord.table.rowCount() == 2 and coord.open_count() == 0
    assert [cells(coord.table, r)[2] for r in range(2)] == ["홍길동", "김영희"]  # oldest first


def test_oldest_first_days_open_masking_and_double_click_opens_the_chart(qtbot, counseled, open_as):
    c1, hong, kim = counseled
    c1.screenings.record(hong.id, "phq9", taken_on="2026-03-05", site_id=1, answers=list(PHQ9_ITEM9_TWO.values()))
    c1.screenings.record(kim.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[0, 0, 0, 0, 0, 0, 0, 0, 3])
    lead = open_as("lead")
    (first, second) = lead.followups.open_items()
    with lead.vault.transaction():  # the test ages the follow-ups (the app itself never runs SQL)
        lead.vault.conn.execute("UPDATE safety_followups SET raised_at = ? WHERE id = ?",
                                ("2026-03-01T09:00:00+00:00", second.id))
        lead.vault.conn.execute("UPDATE safety_followups SET raised_at = ? WHERE id = ?",
                                ("2026-03-03T09:00:00+00:00", first.id))
    context = AppContext(lead, "en")
    context.today = lambda: __import__("datetime").date(2026, 3, 6)
    context.mask_names = True
    view = FollowUpsView(context)
    qtbot.addWidget(view)
    assert [cells(view.table, r)[1:3] for r in range(2)] == [["5", "김*희"], ["3", "홍*동"]]
    assert view.table.item(0, 1).foreground().color().name() == "#c62828"  # overdue: red
    opened = []
    context.navigate_requested.connect(lambda what, arg: opened.append((what, arg)))
    view.table.cellDoubleClicked.emit(1, 2)
    view.table.setCurrentCell(0, 0)
    qtbot.keyClick(view.table, Qt.Key_Return)
    assert opened == [("client", hong.id), ("client", kim.id)]


def test_a_counselor_cannot_close_another_counselors_follow_up(qtbot, counseled, open_as):
    c1, hong, _ = counseled
    c1.screenings.record(hong.id, "phq9", taken_on="2026-03-05", site_id=1, answers=list(PHQ9_ITEM9_TWO.values()))
    view = view_for(qtbot, open_as("c2"), "en")
    assert view.table.rowCount() == 0 and view.close_selected() is None


def test_the_leads_referral_list_and_outcome_update(qtbot, counseled, open_as):
    c1, hong, kim = counseled
    c1.referrals.add(Referral(client_id=hong.id, destination_kind="designated_clinic", reason="중등도 우울",
                              referred_on="2026-03-02", site_id=1, destination_name="마음숲의원", cost_support_krw=300000))
    lead = open_as("lead")
    lead.referrals.add(Referral(client_id=kim.id, destination_kind="external", reason="법률 상담",
                                referred_on="2026-03-04", site_id=1, outcome="completed"))
    view = view_for(qtbot, lead, "en")
    assert view.tabs.isTabVisible(1) and view.referrals.rowCount() == 2
    assert cells(view.referrals, 0)[1:5] == ["김영희", "External body", "", "법률 상담"]
    assert cells(view.referrals, 1)[5:] == ["KRW 300,000", "Pending"]
    assert view.referral_count.text() == "2 referrals · cost support KRW 300,000"
    view.pending_only.setChecked(True)
    assert view.referrals.rowCount() == 1
    dialog = view.edit_referral(0)
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("attended"))
    dialog.cost.setText("1000001")
    assert not dialog.try_save() and "cost_support_krw" in dialog.message.text()
    dialog.cost.setText("1,000,000")
    assert dialog.try_save()
    r = lead.referrals.for_client(hong.id)[0]
    assert (r.outcome, r.cost_support_krw) == ("attended", 1_000_000)
    assert view.referrals.rowCount() == 0  # no longer pending: the list refreshed
    assert ("lead", "update", "referral", str(r.id), hong.id) in audit_rows(lead)
    c2_view = view_for(qtbot, open_as("c2"), "en")
    assert c2_view.referrals.rowCount() == 0  # counselors: the referrals of their own clients only


def test_the_main_window_shows_the_follow_ups_view(qtbot, counseled):
    from desktop.main_window import MainWindow
    c1, hong, _ = counseled
    c1.screenings.record(hong.id, "phq9", taken_on="2026-03-05", site_id=1, answers=list(PHQ9_ITEM9_TWO.values()))
    window = MainWindow(c1, "en")
    qtbot.addWidget(window)
    view = window.views["followups"]
    assert isinstance(view, FollowUpsView) and view.open_count() == 1
    window.show_view("followups")
    view.table.cellDoubleClicked.emit(0, 0)
    assert window.stack.currentWidget() is window.views["clients"]
    assert window.views["clients"].chart.client.id == hong.id
    window.close()


def test_screenshots(qtbot, counseled, open_as, korean):
    c1, hong, kim = counseled
    enter_phq9(qtbot, c1, hong.id, PHQ9_ITEM9_TWO)
    c1.screenings.record(kim.id, "phq9", taken_on="2026-03-06", site_id=1, answers=[1, 1, 1, 1, 1, 1, 1, 1, 1])
    c1.referrals.add(Referral(client_id=hong.id, destination_kind="designated_clinic", reason="중등도 이상 우울, 약물 상담",
                              referred_on="2026-03-02", site_id=1, destination_name="마음숲 정신건강의학과의원",
                              cost_support_krw=300000))
    c1.referrals.add(Referral(client_id=hong.id, destination_kind="psychiatrist", reason="수면 문제",
                              referred_on="2026-03-09", site_id=1, outcome="attended"))
    lead = open_as("lead")
    view = view_for(qtbot, lead)
    qtbot.wait(50)
    assert view.grab().save("/tmp/followups_list.png")
    dialog = view.close_selected()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/followups_close.png")
    type_text(qtbot, dialog.action, "당일 전화로 자살 위험 평가, 안전 계획 수립")
    assert dialog.try_close()
    view.show_closed.setChecked(True)
    qtbot.wait(50)
    assert view.grab().save("/tmp/followups_with_closed.png")
    view.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    assert view.grab().save("/tmp/followups_referrals.png")
    for name in ("list", "close", "with_closed", "referrals"):
        assert Path(f"/tmp/followups_{name}.png").stat().st_size > 5_000
