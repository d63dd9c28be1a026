"""Screenings, driven through the widgets (offscreen), with the database and the audit log checked
afterwards: the entry form with live scoring and digit keys, safety notices and the follow-up a
save opens, scoring-only instruments by item scores or totals (out of range refused with the
engine's message), the client's own full-screen view that only the counselor's password closes,
scores over time on the client chart, and referrals."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from desktop.context import AppContext
from desktop.views.screening import ClientScreeningPanel, ScreeningEntryDialog, common, open_entry
from desktop.views.screening.client_mode import ClientModeDialog
from desktop.views.screening.score_chart import regions_for
from storage.records import Case, Client, Consent, Referral

from .conftest import STAFF_PASSWORD
from .qt_helpers import korean_with, type_text

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [ROOT / "desktop" / "views" / "screening", ROOT / "desktop" / "views" / "followups"]

# The new source strings (desktop/views/screening and desktop/views/followups) with the Korean
# proposed for resources/i18n/maumdesk_ko.ts; the screenshots are taken with these.
PROPOSED_KO = {
    "%1 days open": "%1일 경과",
    "%1 open (oldest first); %2 assigned to you": "진행 중 %1건 (오래된 순), 내 담당 %2건",
    "%1 referrals · cost support %2": "연계 %1건 · 치료비 지원 %2",
    "A safety follow-up was opened for %1. It stays on the follow-ups list until the action taken is recorded.":
        "%1 담당으로 안전 확인 건이 열렸습니다. 조치 내용을 기록할 때까지 안전 확인 목록에 남습니다.",
    "Action taken": "조치 내용",
    "Action taken *": "조치 내용 *",
    "Answer the items or enter the total first.": "먼저 문항에 응답하거나 총점을 입력하세요.",
    "Assigned counselor": "담당 상담사",
    "Back to the questions": "문항으로 돌아가기",
    "Bands for: %1": "판정 기준: %1",
    "Cancel": "취소",
    "Channel": "검사 방법",
    "Choose an instrument…": "검사지를 선택하세요…",
    "Choose one answer for each question. When you have finished, press Done.":
        "문항마다 답을 하나씩 고르세요. 다 마치면 '완료'를 누르세요.",
    "Choose the instrument the client took.": "내담자가 받은 검사지를 선택하세요.",
    "Client": "내담자",
    "Client fills it in…": "내담자 직접 응답…",
    "Client: %1": "내담자: %1",
    "Clinic or body": "기관명",
    "Close": "닫기",
    "Close a safety follow-up": "안전 확인 종결",
    "Close follow-up": "안전 확인 종결",
    "Closed %1 by %2": "%1 종결 (%2)",
    "Closed follow-ups shown: those of the clients listed here since the app was opened.":
        "종결된 건은 프로그램을 연 뒤 이 목록에 나온 내담자의 것만 표시합니다.",
    "Cost support": "치료비 지원",
    "Cost support (KRW, up to %1)": "치료비 지원 (원, 최대 %1)",
    "Counselor's password": "상담사 비밀번호",
    "Date": "날짜",
    "Date taken": "검사일",
    "Days open": "경과일",
    "Discard": "버리기",
    "Discard the screening?": "검진 입력을 버릴까요?",
    "Done": "완료",
    "Double-click or Enter opens the client's chart.": "두 번 클릭하거나 Enter를 누르면 내담자 차트가 열립니다.",
    "Enter a screening for this client": "이 내담자의 심리검진 결과 입력",
    "Enter the scores from the licensed form; leave a scale empty when it was not scored.":
        "사용 허가를 받은 검사지의 점수를 입력하세요. 채점하지 않은 척도는 비워 두세요.",
    "Enter the total.": "총점을 입력하세요.",
    "Enter:": "입력 방식:",
    "Entered as totals: no item answers, so no item flags are checked.":
        "총점으로 입력: 문항 응답이 없어 문항별 경고는 확인하지 않습니다.",
    "Follow-ups": "안전 확인",
    "Incomplete screening": "미완료 검진",
    "Incomplete: no band until the missing items are answered.": "미완료: 빠진 문항에 응답해야 판정이 나옵니다.",
    "Instrument": "검사지",
    "Item %1": "문항 %1",
    "Item scores": "문항별 점수",
    "Keys: a digit answers the current item and moves on; ↑ ↓ or Tab move; Delete clears; Ctrl+S saves.":
        "키보드: 숫자로 현재 문항에 응답하고 다음 문항으로, ↑ ↓ 또는 Tab으로 이동, Delete로 지우기, Ctrl+S로 저장.",
    "New referral": "새 연계",
    "New referral…": "새 연계…",
    "New screening": "새 심리검진",
    "New screening…": "새 심리검진…",
    "No answers yet.": "아직 응답이 없습니다.",
    "No screenings yet.": "심리검진 기록이 없습니다.",
    "Not answered: item %1": "응답 없음: %1번 문항",
    "Not answered: item %1 (the score is prorated)": "응답 없음: %1번 문항 (점수는 비례 환산)",
    "Open": "진행 중",
    "Open chart": "차트 열기",
    "Outcome": "결과",
    "Outcome note": "결과 메모",
    "Overall class that day: %1.": "당일 종합 판정: %1.",
    "PHQ-9 item 9 (thoughts of self-harm or suicide)": "PHQ-9 9번 문항 (자해·자살 사고)",
    "Name of the clinic or body": "병원 또는 기관 이름",
    "Pending only": "진행 중인 것만",
    "Questionnaire": "설문지",
    "Questions not answered: %1": "응답하지 않은 문항: %1",
    "Raised": "발생일",
    "Reason": "사유",
    "Reason *": "사유 *",
    "Record action and close…": "조치 기록 후 종결…",
    "Referral outcome": "연계 결과",
    "Referrals": "연계",
    "Referrals (%1)": "연계 (%1)",
    "Referrals are not shown (no permission).": "연계 기록은 표시하지 않습니다 (권한 없음).",
    "Referred on": "연계일",
    "Referred to": "연계처",
    "Result": "결과",
    "Return to the counselor's view": "상담사 화면으로 돌아가기",
    "Safety follow-ups": "안전 확인",
    "Safety: assess suicide risk today, following the crisis manual":
        "안전 확인: 위기 대응 매뉴얼에 따라 오늘 자살 위험을 평가하세요",
    "Save incomplete": "미완료로 저장",
    "Save referral": "연계 저장",
    "Save screening": "검진 저장",
    "Saved: %1, taken %2.": "저장했습니다: %1, 검사일 %2.",
    "Saving opens a safety follow-up that stays open until the action taken is recorded.":
        "저장하면 안전 확인 건이 열리고, 조치 내용을 기록할 때까지 열려 있습니다.",
    "Scale totals": "척도별 점수",
    "Scores over time": "점수 추이",
    "Screenings are not shown (no permission).": "심리검진 기록은 표시하지 않습니다 (권한 없음).",
    "Show closed ones": "종결된 건도 보기",
    "Show only the questions, full screen, for the client to answer; your password brings you back":
        "내담자가 직접 응답하도록 문항만 전체 화면으로 보여 줍니다. 상담사 비밀번호로 돌아옵니다",
    "Some items are not answered, so this screening gets no score band. Save it anyway?":
        "응답하지 않은 문항이 있어 판정이 나오지 않습니다. 그래도 저장할까요?",
    "Something went wrong; nothing was changed. Please try again.":
        "문제가 생겨 아무것도 바뀌지 않았습니다. 다시 시도하세요.",
    "Status": "상태",
    "Thank you. Please hand the screen back to your counselor.": "감사합니다. 화면을 상담사에게 돌려주세요.",
    "The answers entered here are not saved. Close and discard them?":
        "여기에 입력한 응답은 저장되지 않았습니다. 닫고 버릴까요?",
    "The password is not correct.": "비밀번호가 맞지 않습니다.",
    "Total": "총점",
    "Total: %1 (of %2)": "총점: %1 (최고 %2)",
    "Total: incomplete": "총점: 미완료",
    "Totals only": "점수만 입력",
    "Update outcome…": "결과 수정…",
    "What was done: e.g. suicide risk assessed by phone the same day, safety plan made, referred to the psychiatrist.":
        "조치한 내용: 예) 당일 전화로 자살 위험 평가, 안전 계획 수립, 정신건강의학과 전문의 연계.",
    "You may not record screenings for this client.": "이 내담자의 심리검진을 기록할 권한이 없습니다.",
    "incomplete": "미완료",
}


@pytest.fixture(autouse=True)
def answer_questions(monkeypatch):
    """No modal question may block a test (closing a filled-in form asks): yes, unless a test
    says otherwise."""
    monkeypatch.setattr(common, "confirm", lambda *a: True)


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


def consents(on: str = "2026-03-02") -> list[Consent]:
    return [Consent(kind="service", version="1.0", scope="상담 서비스", given=True, given_on=on),
            Consent(kind="sensitive", version="1.0", scope="정신건강 정보", given=True, given_on=on)]


def add_client(store, code: str, name: str, *, sex: str = "M", birth_year: int = 1984) -> Client:
    return store.clients.add(Client(code=code, name=name, sex=sex, birth_year=birth_year, job_group="civil_service",
                                    site_id=1), consents=consents())


def audit_rows(store, **where) -> list[tuple]:
    """The audit trail read as the test's own check (the desktop code itself never runs SQL)."""
    sql = "SELECT actor, action, entity, entity_id, client_id FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
    return store.vault.conn.execute(sql + " ORDER BY id", tuple(where.values())).fetchall()


@pytest.fixture
def people(open_as):
    """c1's store, 홍길동 with c1's open case, and 김영희 without a case."""
    store = open_as("c1")
    hong = add_client(store, "2026-0001", "홍길동")
    kim = add_client(store, "2026-0002", "김영희", sex="F", birth_year=1990)
    store.cases.open(Case(client_id=hong.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                          primary_problem="complaint_abuse"))
    return store, hong, kim


def entry_for(qtbot, store, client_id: int, lang: str = "ko", instrument: str | None = None) -> ScreeningEntryDialog:
    dialog = ScreeningEntryDialog(AppContext(store, lang), client_id, instrument_id=instrument)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_digits(qtbot, dialog, digits: str) -> None:
    """Each digit goes to the item that has the focus (the form moves it on by itself)."""
    for digit in digits:
        current = dialog.items.current()
        assert current is not None, "no item has the focus"
        qtbot.keyClick(current, digit)


def visible_texts(widget: QWidget) -> list[str]:
    out = [widget.windowTitle()]
    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
            out.append(w.placeholderText())
    return out


# --- entry -------------------------------------------------------------------------------------
def test_phq9_by_digit_keys_with_live_score_and_a_safety_follow_up(qtbot, people, korean):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id)
    assert "홍길동" in dialog.who.text() and not dialog.save_button.isEnabled()
    assert dialog.choose("phq9")
    dialog.activateWindow()
    dialog.items.focus_first()
    assert dialog.items.current() is dialog.items.widgets[0]
    press_digits(qtbot, dialog, "11110")
    assert dialog.items.current() is dialog.items.widgets[5]  # each digit moved to the next item
    assert dialog.result_labels["total"].text() == "총점: 미완료"
    assert "응답 없음: 6, 7, 8, 9번 문항" in dialog.result_labels["missing"].text()
    assert "미완료" in dialog.result_labels["band"].text()  # incomplete: never a band
    assert not dialog.safety.isVisible()
    qtbot.keyClick(dialog.items.current(), "7")  # not an option: ignored, the item keeps the focus
    assert dialog.items.current() is dialog.items.widgets[5] and dialog.items.widgets[5].value() is None
    press_digits(qtbot, dialog, "1102")
    assert dialog.result.total.value == 8 and dialog.result.complete
    assert dialog.result_labels["total"].text() == "총점: 8 (최고 27)"
    assert dialog.result_labels["band"].text() == "가벼운 우울 · 관심군"
    assert dialog.safety.isVisible()  # item 9 answered 2: the notice shows at once
    assert "9번 문항" in dialog.safety_text.text() and "자살 위험" in dialog.safety_title.text()
    assert dialog.items.current() is dialog.items.widgets[9]  # on to the (unscored) difficulty item
    dialog.channel.setCurrentIndex(dialog.channel.findData("paper"))
    dialog.taken_on.setDate(dialog.taken_on.date().fromString("2026-03-05", "yyyy-MM-dd"))
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert dialog.saved is not None
    (saved,) = store.screenings.for_client(hong.id)
    assert (saved.instrument_id, saved.taken_on, saved.channel, saved.total, saved.band, saved.risk_class,
            saved.overall_class, saved.flag_count) == ("phq9", "2026-03-05", "paper", 8, "mild", "watch", "high_risk", 1)
    assert saved.answers["answers"] == {"phq9_1": 1, "phq9_2": 1, "phq9_3": 1, "phq9_4": 1, "phq9_5": 0,
                                        "phq9_6": 1, "phq9_7": 1, "phq9_8": 0, "phq9_9": 2}
    (followup,) = store.followups.open_items()
    assert (followup.client_id, followup.reason, followup.assigned_to, followup.screening_id) == \
           (hong.id, "phq9.self_harm", store.actor.id, saved.id)
    assert "박상담 담당으로 안전 확인 건이 열렸습니다" in dialog.saved_text.text()
    assert dialog.close_button.text() == "닫기" and not dialog.save_button.isEnabled()
    me = store.actor.login
    assert (me, "create", "screening", str(saved.id), hong.id) in audit_rows(store)
    assert (me, "raise", "followup", str(followup.id), hong.id) in audit_rows(store)


def test_arrows_move_and_choose_delete_clears(qtbot, people):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, instrument="gad7")
    dialog.activateWindow()
    dialog.items.focus_first()
    first = dialog.items.widgets[0]
    qtbot.keyClick(first, Qt.Key_Right)
    qtbot.keyClick(first, Qt.Key_Right)
    assert first.value() == 1
    qtbot.keyClick(first, Qt.Key_Left)
    assert first.value() == 0
    qtbot.keyClick(first, Qt.Key_Down)
    assert dialog.items.current() is dialog.items.widgets[1]
    qtbot.keyClick(dialog.items.widgets[1], Qt.Key_Up)
    assert dialog.items.current() is first
    qtbot.keyClick(first, Qt.Key_Delete)
    assert first.value() is None
    dialog.items.widgets[2].buttons[3].click()  # a mouse answer makes that item the current one
    assert dialog.items.current() is dialog.items.widgets[2] and dialog.items.answers() == {"gad7_3": 3}


def test_prorated_total_says_what_is_missing_and_incomplete_needs_confirmation(qtbot, people, monkeypatch):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, "en", instrument="phq9")
    dialog.items.set_answers({"phq9_1": 2, "phq9_2": 2, "phq9_3": 2, "phq9_4": 2, "phq9_5": 2, "phq9_6": 2,
                              "phq9_7": 2, "phq9_9": 0})
    assert dialog.result_labels["missing"].text() == "Not answered: item 8 (the score is prorated)"
    assert dialog.result_labels["total"].text() == "Total: 16 (of 27)"  # 14 x 9 / 8 = 15.75
    assert dialog.result_labels["band"].text() == "Moderately severe · high risk"
    dialog.items.widget_for("phq9_9").clear()
    assert dialog.result_labels["band"].text().startswith("Incomplete")
    assert dialog.notice.isVisible() and "Item 9" in dialog.notice_text.text()  # the engine's notice
    asked = []
    monkeypatch.setattr(common, "confirm", lambda *a: asked.append(a[1]) or False)
    assert not dialog.save()
    assert asked == ["Incomplete screening"] and store.screenings.for_client(hong.id) == []
    monkeypatch.setattr(common, "confirm", lambda *a: True)
    assert dialog.save()
    (saved,) = store.screenings.for_client(hong.id)
    assert saved.total is None and saved.band is None and saved.flag_count == 0


def test_scoring_only_instrument_by_item_scores(qtbot, people, korean):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, instrument="isi")
    items = dialog.items.widgets
    assert [w.heading.text() for w in items[:2]] == ["문항 1", "문항 2"]
    assert [b.text() for b in items[0].buttons.values()] == ["0", "1", "2", "3", "4"]
    assert not dialog.client_mode_button.isEnabled()  # no wording to show a client
    assert dialog.mode_box.isVisible() and dialog.by_items.isChecked()
    dialog.activateWindow()
    dialog.items.focus_first()
    press_digits(qtbot, dialog, "4433221")
    assert dialog.result.total.value == 19
    assert dialog.result_labels["band"].text() == "임상적 불면증(중등도) · 관심군"
    assert dialog.save()
    (saved,) = store.screenings.for_client(hong.id)
    assert (saved.total, saved.band, saved.answers["answers"]["isi_1"]) == (19, "moderate", 4)


def test_scoring_only_total_out_of_range_is_refused_with_the_engines_message(qtbot, people, korean):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, instrument="isi")
    dialog.by_totals.click()
    edit = dialog.totals["total"]
    assert edit.isVisible() and edit.placeholderText() == "0–28"
    qtbot.keyClicks(edit, "29")
    assert dialog.totals_message.isVisible() and not dialog.message.isVisible()
    assert dialog.totals_message.text() == "total: 점수는 0에서 28 사이여야 합니다."  # FormError.message("ko")
    assert not dialog.save_button.isEnabled() and not dialog.save()
    assert dialog.result is None and dialog.result_labels["band"].text() == ""  # never clamped to 28
    edit.clear()
    qtbot.keyClicks(edit, "x")
    assert dialog.totals_message.text() == "total: 점수는 정수여야 합니다."
    edit.clear()
    qtbot.keyClicks(edit, "15")
    assert not dialog.totals_message.isVisible()
    assert dialog.result_labels["band"].text() == "임상적 불면증(중등도) · 관심군"
    assert "총점으로 입력" in dialog.result_labels["notes"].text()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    (saved,) = store.screenings.for_client(hong.id)
    assert (saved.total, saved.band, saved.answers) == (15, "moderate", {"answers": {}, "totals": {"total": 15}})
    assert saved.result["source"] == "totals"


def test_subscale_totals_of_a_form_without_a_total(qtbot, people):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, "en", instrument="mbi_hss")
    dialog.by_totals.click()
    assert dialog.by_totals.text() == "Scale totals" and set(dialog.totals) == {"EE", "DP", "PA"}
    for key, value in (("EE", "30"), ("DP", "14"), ("PA", "20")):
        qtbot.keyClicks(dialog.totals[key], value)
    assert dialog.result.risk_class == "high_risk"
    assert "Emotional exhaustion: 30 · High" in dialog.result_labels["subscales"].text()
    dialog.totals["PA"].clear()
    qtbot.keyClicks(dialog.totals["PA"], "49")
    assert dialog.totals_message.text() == "PA: the score must be between 0 and 48."
    dialog.totals["PA"].clear()
    qtbot.keyClicks(dialog.totals["PA"], "20")
    assert dialog.save()
    (saved,) = store.screenings.for_client(hong.id)
    assert saved.risk_class == "high_risk" and saved.answers["totals"] == {"EE": 30, "DP": 14, "PA": 20}


def test_skip_logic_and_sex_dependent_bands(qtbot, people):
    store, _, kim = people  # a woman: AUDIT-K's bands for women
    dialog = entry_for(qtbot, store, kim.id, "en", instrument="audit_k")
    widgets = dialog.items.widgets
    widgets[0].buttons[0].click()  # never drinks: items 2-8 are not asked
    assert [w.isEnabled() for w in widgets[1:8]] == [False] * 7 and widgets[8].isEnabled()
    widgets[8].buttons[2].click()
    widgets[9].buttons[4].click()
    assert dialog.result.total.value == 6 and dialog.result.risk_class == "watch"  # F 6-9: watch
    assert "Bands for: Female" in dialog.result_labels["notes"].text()
    dialog.activateWindow()
    dialog.items.focus_first()
    qtbot.keyClick(widgets[0], "0")
    assert dialog.items.current() is widgets[8]  # the digit skipped the items not asked


def test_switching_instruments_keeps_the_answers_and_discarding_asks(qtbot, people, monkeypatch):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, instrument="gad7")
    dialog.items.widgets[0].buttons[2].click()
    dialog.choose("phq9")
    assert dialog.items.answers() == {}
    dialog.choose("gad7")
    assert dialog.items.answers() == {"gad7_1": 2}
    asked = []
    monkeypatch.setattr(common, "confirm", lambda *a: asked.append(a[1]) or False)
    dialog.reject()
    assert asked == ["검진 입력을 버릴까요?"] or asked == ["Discard the screening?"]
    assert dialog.isVisible()


def test_a_coordinator_may_enter_and_the_admin_may_not(qtbot, people, open_as):
    _, hong, _ = people
    coord = open_as("coord")
    dialog = entry_for(qtbot, coord, hong.id, "en", instrument="k6")
    dialog.items.set_answers({f"k6_{i}": 1 for i in range(1, 7)})
    assert dialog.save()
    assert [s.instrument_id for s in coord.screenings.for_client(hong.id)] == ["k6"]
    admin = open_as("admin")
    with pytest.raises(Exception):
        entry_for(qtbot, admin, hong.id, "en")  # the administrator reads no client data at all


# --- client mode -------------------------------------------------------------------------------
def test_client_mode_shows_only_the_questions_and_returns_with_the_password(qtbot, people, korean):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, instrument="phq9")
    client_view = dialog.start_client_mode()
    qtbot.addWidget(client_view)
    assert isinstance(client_view, ClientModeDialog)
    assert client_view.isVisible() and client_view.isFullScreen() and not dialog.isVisible()
    texts = "\n".join(visible_texts(client_view))
    for secret in ("홍길동", "홍", "2026-0001", "박상담", "총점", "관심군", "고위험군", "검사 방법", "내담자"):
        assert secret not in texts, secret
    assert "PHQ-9" in texts and "지난 2주일" in texts and "0  " not in texts  # labels only, no values
    assert client_view.findChildren(QLineEdit)[0].objectName() == "clientModePassword"
    client_view.activateWindow()
    client_view.items.focus_first()
    for digit in "01230123":
        qtbot.keyClick(client_view.items.current(), digit)
    client_view.reject()  # Escape does nothing
    client_view.close()  # nor does the window's close button
    assert client_view.isVisible()
    client_view.done_button.click()
    assert client_view.pages.currentIndex() == 1
    assert client_view.unanswered.text() == "응답하지 않은 문항: 9"
    client_view.back_button.click()
    assert client_view.items.current() is client_view.items.widgets[8]  # the first one not answered
    qtbot.keyClick(client_view.items.current(), "0")
    client_view.done_button.click()
    assert not client_view.unanswered.isVisibleTo(client_view)
    qtbot.keyClicks(client_view.password, "wrong-password")
    client_view.return_button.click()
    assert client_view.isVisible() and client_view.password.text() == ""
    assert client_view.message.text() == "비밀번호가 맞지 않습니다."
    assert not dialog.isVisible()
    assert (store.actor.login, "unlock_screen_failed", "account", None, None) in audit_rows(store)
    qtbot.keyClicks(client_view.password, STAFF_PASSWORD)
    qtbot.keyClick(client_view.password, Qt.Key_Return)
    assert not client_view.isVisible() and client_view.password.text() == ""
    assert dialog.isVisible()
    assert dialog.items.answers() == {"phq9_1": 0, "phq9_2": 1, "phq9_3": 2, "phq9_4": 3, "phq9_5": 0,
                                      "phq9_6": 1, "phq9_7": 2, "phq9_8": 3, "phq9_9": 0}
    assert dialog.result.total.value == 12 and not dialog.safety.isVisible()
    assert dialog.save()
    (saved,) = store.screenings.for_client(hong.id)
    assert saved.total == 12 and saved.flag_count == 0


def test_client_mode_back_to_the_questions_keeps_the_answers(qtbot, people):
    store, hong, _ = people
    dialog = entry_for(qtbot, store, hong.id, "en", instrument="gad7")
    view = dialog.start_client_mode()
    qtbot.addWidget(view)
    view.items.widgets[0].buttons[3].click()
    view.done_button.click()
    view.back_button.click()
    assert view.pages.currentIndex() == 0 and view.answers() == {"gad7_1": 3}
    view.done_button.click()
    view.password.setText(STAFF_PASSWORD)
    assert view.try_return()
    assert dialog.items.answers() == {"gad7_1": 3}


# --- the chart: scores over time, referrals ----------------------------------------------------
def test_band_regions_merge_by_class():
    import forms
    phq9 = forms.builtin_registry().get("phq9")
    regions = regions_for(phq9.total.bands.bands_for(None), phq9.total, "ko")
    assert [(r.low, r.high, r.label) for r in regions] == [(0, 4.5, "정상군"), (4.5, 14.5, "관심군"),
                                                          (14.5, 27, "고위험군")]
    mbi = forms.builtin_registry().get("mbi_hss")
    ee = mbi.subscale("EE")
    assert [r.label for r in regions_for(ee.bands.bands_for(None), ee, "en")] == ["Low", "Moderate", "High"]


def test_chart_panel_draws_each_instruments_scores_over_time(qtbot, people):
    store, hong, _ = people
    for day, answers in (("2026-01-05", [2] * 9), ("2026-02-05", [1, 1, 1, 1, 1, 1, 1, 1, 0]),
                         ("2026-03-05", [0, 1, 0, 0, 1, 0, 0, 0, 0])):
        store.screenings.record(hong.id, "phq9", taken_on=day, site_id=1, answers=answers)
    store.screenings.record(hong.id, "isi", taken_on="2026-03-05", site_id=1, totals={"total": 16})
    store.screenings.record(hong.id, "mbi_hss", taken_on="2026-03-05", site_id=1,
                            totals={"EE": 30, "DP": 8, "PA": 35})
    context = AppContext(store, "en")
    panel = ClientScreeningPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1000, 280)
    panel.show()
    panel.load(hong)
    titles = [c.title for c in panel.charts.charts]
    assert titles[:2] == ["ISI Insomnia Severity Index (scoring only)",
                          "MBI-HSS Maslach Burnout Inventory, Human Services Survey (scoring only) · Emotional exhaustion"]
    phq = panel.charts.charts[-1]
    assert phq.title.startswith("PHQ-9")
    assert [(p.day.isoformat(), p.value, p.risk_class) for p in phq.points] == [
        ("2026-01-05", 18.0, "high_risk"), ("2026-02-05", 8.0, "watch"), ("2026-03-05", 2.0, "normal")]
    assert "2026-02-05  8  watch" in phq.accessibleDescription()
    image = phq.grab().toImage()  # laid out and painted
    plot = phq.plot_rect()
    assert phq.y_of(0, plot) == pytest.approx(plot.bottom()) and phq.y_of(27, plot) == pytest.approx(plot.top())
    xs = [phq.x_of(p.day, plot) for p in phq.points]
    assert xs == sorted(xs) and plot.left() < xs[0] < xs[-1] < plot.right()
    high = image.pixelColor(int(plot.left()) + 3, int(phq.y_of(26, plot)))
    normal = image.pixelColor(int(plot.left()) + 3, int(phq.y_of(1, plot)))
    assert (high.red(), high.green(), high.blue()) == (0xfb, 0xe0, 0xe0)  # high-risk band shaded
    assert (normal.red(), normal.green(), normal.blue()) == (0xe3, 0xf1, 0xe4)
    assert len(store.screenings.for_client(hong.id)) == 5  # the panel only read


def test_new_screening_button_navigates_and_the_main_window_opens_the_form(qtbot, people):
    from desktop.main_window import MainWindow
    store, hong, _ = people
    window = MainWindow(store, "en")
    qtbot.addWidget(window)
    window.show()
    window.open("client", hong.id)
    chart = window.views["clients"].chart
    assert chart.screening_panel.new_screening_button.isEnabled()
    chart.screening_panel.new_screening_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ScreeningEntryDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].client_id == hong.id
    dialog = dialogs[0]
    dialog.choose("phq9")
    dialog.items.set_answers({f"phq9_{i}": 1 for i in range(1, 10)})
    assert dialog.save()
    assert chart.values["followups"].text() == "1"  # the chart reloaded itself
    assert len(chart.screening_panel.charts.charts) == 1
    assert chart.screening_panel.charts.charts[0].points[0].value == 9
    assert "Screening" in chart.timeline.item(0, 1).text()
    dialog.close()
    window.close()


def test_referral_from_the_chart_refuses_more_than_the_cap_then_saves(qtbot, people, korean):
    store, hong, _ = people
    context = AppContext(store, "ko")
    panel = ClientScreeningPanel(context)
    qtbot.addWidget(panel)
    reloads = []
    panel.changed.connect(lambda: reloads.append(1) or panel.load(hong))
    panel.load(hong)
    dialog = panel.new_referral()
    dialog.kind.setCurrentIndex(dialog.kind.findData("designated_clinic"))
    type_text(qtbot, dialog.destination, "마음숲 정신건강의학과의원")
    assert not dialog.try_save()
    assert "reason" in dialog.message.text() and "필수" in dialog.message.text()
    type_text(qtbot, dialog.reason, "PHQ-9 고위험, 약물 상담 필요")
    qtbot.keyClicks(dialog.cost, "1,200,000")
    assert not dialog.try_save()
    assert dialog.message.text() == "입력값을 확인하세요: cost_support_krw — 0~1000000 사이의 값이어야 합니다"
    assert store.referrals.for_client(hong.id) == []
    dialog.cost.clear()
    qtbot.keyClicks(dialog.cost, "300,000")
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    (r,) = store.referrals.for_client(hong.id)
    assert (r.destination_kind, r.destination_name, r.reason, r.cost_support_krw, r.outcome, r.case_id) == \
           ("designated_clinic", "마음숲 정신건강의학과의원", "PHQ-9 고위험, 약물 상담 필요", 300000, "pending",
            store.cases.open_case(hong.id).id)
    assert reloads and panel.table.rowCount() == 1 and panel.table.item(0, 4).text() == "300,000원"
    assert panel.tabs.tabText(1) in ("연계 (1)", "Referrals (1)")
    edit = panel.edit_referral(0)
    assert not edit.reason.isEnabled()
    edit.outcome.setCurrentIndex(edit.outcome.findData("attended"))
    assert edit.try_save()
    assert store.referrals.get(r.id).outcome == "attended"
    me = store.actor.login
    assert (me, "create", "referral", str(r.id), hong.id) in audit_rows(store)
    assert (me, "update", "referral", str(r.id), hong.id) in audit_rows(store)


def test_another_counselor_sees_no_referrals_of_a_client_not_theirs(qtbot, people, open_as):
    store, hong, _ = people
    store.referrals.add(Referral(client_id=hong.id, destination_kind="psychiatrist", reason="수면",
                                 referred_on="2026-03-01", site_id=1))
    c2 = open_as("c2")
    panel = ClientScreeningPanel(AppContext(c2, "en"))
    qtbot.addWidget(panel)
    panel.load(hong)
    assert panel.table.rowCount() == 0 and not panel.new_referral_button.isEnabled()
    assert panel.referrals_note.text() == "Referrals are not shown (no permission)."
    assert panel.new_screening_button.isEnabled()  # screening.write: all


def test_open_entry_returns_a_shown_dialog(qtbot, people):
    store, hong, _ = people
    dialog = open_entry(AppContext(store, "en"), hong.id, instrument_id="phq9")
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.definition.id == "phq9"
    assert dialog.testAttribute(Qt.WA_DeleteOnClose)


# --- screenshots -------------------------------------------------------------------------------
def test_screenshots(qtbot, people, korean):
    store, hong, _ = people
    store.screenings.record(hong.id, "phq9", taken_on="2026-01-06", site_id=1, answers=[2, 2, 2, 2, 1, 2, 2, 1, 1])
    store.screenings.record(hong.id, "phq9", taken_on="2026-02-03", site_id=1, answers=[1, 1, 2, 1, 1, 1, 1, 0, 0])
    store.screenings.record(hong.id, "gad7", taken_on="2026-02-03", site_id=1, answers=[2, 2, 1, 1, 1, 1, 1])
    store.screenings.record(hong.id, "isi", taken_on="2026-02-03", site_id=1, totals={"total": 17})
    dialog = entry_for(qtbot, store, hong.id, instrument="phq9")
    dialog.items.set_answers({"phq9_1": 1, "phq9_2": 2, "phq9_3": 1, "phq9_4": 1, "phq9_5": 0, "phq9_6": 1,
                              "phq9_7": 1, "phq9_8": 0, "phq9_9": 2})
    dialog.activateWindow()
    dialog.items.focus_item(dialog.items.widgets[8])
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/screening_entry.png")
    assert dialog.save()
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/screening_saved.png")

    isi = entry_for(qtbot, store, hong.id, instrument="isi")
    isi.by_totals.click()
    qtbot.keyClicks(isi.totals["total"], "29")
    qtbot.wait(50)
    assert isi.grab().save("/tmp/screening_totals.png")

    gad = entry_for(qtbot, store, hong.id, instrument="gad7")
    view = gad.start_client_mode()
    qtbot.addWidget(view)
    view.items.widgets[0].buttons[1].click()
    view.resize(1280, 800)
    qtbot.wait(50)
    assert view.grab().save("/tmp/screening_client_mode.png")
    view.done_button.click()
    qtbot.keyClicks(view.password, "nope-nope")
    view.return_button.click()
    qtbot.wait(50)
    assert view.grab().save("/tmp/screening_client_handback.png")
    view.password.setText(STAFF_PASSWORD)
    assert view.try_return()

    panel = ClientScreeningPanel(AppContext(store, "ko"))
    qtbot.addWidget(panel)
    panel.resize(1080, 272)
    panel.show()
    panel.load(hong)
    qtbot.wait(50)
    assert panel.grab().save("/tmp/screening_chart_panel.png")
    referral = panel.new_referral()
    type_text(qtbot, referral.reason, "중등도 이상 우울, 약물 상담")
    qtbot.keyClicks(referral.cost, "2000000")
    referral.try_save()
    qtbot.wait(50)
    assert referral.grab().save("/tmp/screening_referral.png")
    referral.reject()
    for name in ("entry", "saved", "totals", "client_mode", "client_handback", "chart_panel", "referral"):
        assert Path(f"/tmp/screening_{name}.png").stat().st_size > 5_000


def test_screenshot_of_the_chart_with_scores_and_referrals(qtbot, people, korean):
    from desktop.views.clients import ClientsView
    store, hong, _ = people
    for day, answers in (("2026-01-06", [2, 2, 2, 2, 1, 2, 2, 1, 1]), ("2026-02-03", [1, 1, 2, 1, 1, 1, 1, 0, 0]),
                         ("2026-03-03", [0, 1, 1, 0, 1, 0, 0, 0, 0])):
        store.screenings.record(hong.id, "phq9", taken_on=day, site_id=1, answers=answers)
    store.screenings.record(hong.id, "gad7", taken_on="2026-02-03", site_id=1, answers=[2, 2, 1, 1, 1, 1, 1])
    store.screenings.record(hong.id, "gad7", taken_on="2026-03-03", site_id=1, answers=[1, 1, 1, 0, 0, 1, 0])
    store.screenings.record(hong.id, "pss10", taken_on="2026-03-03", site_id=1, answers=[3] * 10)
    store.referrals.add(Referral(client_id=hong.id, destination_kind="designated_clinic", reason="중등도 이상 우울",
                                 referred_on="2026-01-08", site_id=1, destination_name="마음숲 정신건강의학과의원",
                                 cost_support_krw=350000, outcome="attended"))
    view = ClientsView(AppContext(store, "ko"))
    qtbot.addWidget(view)
    view.resize(1110, 760)
    view.show()
    view.open_target("client", hong.id)
    qtbot.wait(50)
    assert view.grab().save("/tmp/screening_client_chart.png")
    view.chart.screening_panel.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    assert view.grab().save("/tmp/screening_client_chart_referrals.png")


# --- the rules every package here keeps --------------------------------------------------------
def _translatable_strings() -> set[str]:
    found = set()
    for package in PACKAGES:
        for path in package.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                        and isinstance(node.args[0].value, str):
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in ("tr", "_tr"):
                        found.add(node.args[0].value)
                    elif name == "translate" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                        found.add(node.args[1].value)  # QCoreApplication.translate("Context", "text")
    return found


def test_every_new_string_has_a_proposed_korean_translation():
    strings = _translatable_strings()
    assert len(strings) > 50
    assert sorted(strings - set(PROPOSED_KO)) == []
    assert sorted(set(PROPOSED_KO) - strings) == []
    for source, korean in PROPOSED_KO.items():
        assert source.count("%1") == korean.count("%1") and source.count("%2") == korean.count("%2"), source


def test_screening_and_followups_code_runs_no_sql():
    for package in PACKAGES:
        for path in package.glob("*.py"):
            text = path.read_text(encoding="utf-8")
            for needle in (".execute(", "executescript", "sqlcipher", ".conn.", "SELECT ", "INSERT "):
                assert needle not in text, f"{path.name} contains {needle}"
