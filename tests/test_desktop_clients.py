"""Clients and session notes, driven through the widgets (offscreen), with the database checked
afterwards: lazy list and debounced search, masking, intake with consents and the duplicate
question, the audited chart, cases, the note editor's autosave (also across a SIGKILL),
signing and addenda, and the note-reading rule of docs/roles.md as the UI shows it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from desktop.context import AppContext
from desktop.views.clients import ClientsView, prompts
from desktop.views.clients.intake_dialog import IntakeDialog
from desktop.views.clients.list_model import PAGE_SIZE
from desktop.views.clients.note_editor import NoteEditor
from storage.errors import NoteLocked, PermissionDenied
from storage.records import Appointment, Case, Client, Consent, CounselingSession, Participant, Referral

from .conftest import STAFF_PASSWORD
from .qt_helpers import korean_with, type_text

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "views" / "clients"

# The new source strings with the Korean proposed for resources/i18n/maumdesk_ko.ts (the
# screenshots are taken with these, so Korean lengths are what is checked for clipping).
PROPOSED_KO = {
    "%1 (screened %2)": "%1 (%2 검진)",
    " min": " 분",
    "%1 (required)": "%1 (필수)",
    "%1 (separate consent)": "%1 (별도 동의)",
    "%1 clients (%2 shown)": "내담자 %1명 (%2명 표시)",
    "%1 clients found (%2 shown)": "%1명 찾음 (%2명 표시)",
    "%1 min": "%1분",
    "%1s": "%1대",
    "60 and over": "60대 이상",
    "A client can only be registered with consent to services.": "상담 서비스 이용 동의가 있어야 내담자를 등록할 수 있습니다.",
    "A client with the same name and birth year is already registered: %1.\nIs this a different person? Register a new client only if it is.":
        "이름과 출생연도가 같은 내담자가 이미 등록되어 있습니다: %1.\n다른 사람인가요? 다른 사람일 때만 새 내담자로 등록하세요.",
    "A signed note is locked: it cannot be changed, only added to with dated addenda. Sign it now?":
        "서명한 기록은 잠기며 수정할 수 없습니다. 이후에는 날짜가 남는 추가기록만 덧붙일 수 있습니다. 지금 서명할까요?",
    "Active": "이용 중",
    "Add a client: name, initials or code, then Enter": "내담자 추가: 이름·초성·번호 입력 후 Enter",
    "Add addendum": "추가기록 저장",
    "Add family member": "가족 추가",
    "Addenda (dated additions to the signed note)": "추가기록 (서명된 기록에 날짜와 함께 덧붙임)",
    "Age band": "연령대",
    "Appointment · %1": "예약 · %1",
    "Assessment (A)": "평가 (A)",
    "Back to the client list (Esc)": "내담자 목록으로 돌아가기 (Esc)",
    "Birth year *": "출생연도 *",
    "Cancel": "취소",
    "Case": "사례",
    "Case closed": "사례 종결",
    "Child": "자녀",
    "Choose the primary presenting problem.": "주호소를 선택하세요.",
    "Client": "내담자",
    "Client code *": "내담자 번호 *",
    "Client list": "내담자 목록",
    "Clients": "내담자",
    "Close case": "사례 종결",
    "Close case…": "사례 종결…",
    "Close the case": "사례 종결",
    "Closed on": "종결일",
    "Code": "번호",
    "Consent (signed forms)": "동의 (서명한 동의서)",
    "Counselor": "상담사",
    "Create client": "내담자 등록",
    "Crisis": "위기",
    "Data (D)": "자료 (D)",
    "Date": "날짜",
    "Date signed": "서명일",
    "Delete removes the selected participant": "Delete 키로 선택한 참여자를 뺍니다",
    "Department": "부서",
    "Details": "내용",
    "Draft": "작성 중",
    "Draft — saved %1": "작성 중 — %1 저장됨",
    "Draft — unsaved changes": "작성 중 — 저장 안 된 변경",
    "Drafts also save themselves a few seconds after you stop typing (Ctrl+S)": "입력을 멈추고 몇 초 뒤에도 자동 저장됩니다 (Ctrl+S)",
    "E-mail": "이메일",
    "Family": "가족",
    "Family members present": "참석한 가족",
    "Form version": "동의서 버전",
    "Inactive": "비활성",
    "Individual, group and family counseling, screening and programs": "개인·집단·가족상담, 심리검진, 프로그램",
    "Job group": "직군",
    "Job group *": "직군 *",
    "Kind": "종류",
    "Length": "시간",
    "Mask names on screen": "화면에서 이름 가리기",
    "Mental-health information: counseling records and screening results": "정신건강 정보: 상담기록, 심리검진 결과",
    "Method": "방법",
    "Name": "이름",
    "Name *": "이름 *",
    "New client": "새 내담자",
    "New client…": "새 내담자…",
    "New note — saved as a draft when you start typing": "새 기록 — 입력을 시작하면 작성 중으로 저장됩니다",
    "New session note": "새 상담기록",
    "No addenda yet.": "추가기록이 없습니다.",
    "No open case.": "진행 중인 사례가 없습니다.",
    "No open case: presenting problems are recorded with a case.": "진행 중인 사례 없음: 주호소는 사례를 열 때 기록합니다.",
    "No other client found.": "다른 내담자를 찾지 못했습니다.",
    "Not registered: open the existing client (%1) instead.": "등록하지 않았습니다. 기존 내담자(%1)를 여세요.",
    "Not shown (no permission): %1": "표시하지 않음 (권한 없음): %1",
    "Note": "기록",
    "OK": "확인",
    "Objective (O)": "객관적 관찰 (O)",
    "Open a case": "사례 열기",
    "Open case": "사례 열기",
    "Open case…": "사례 열기…",
    "Open safety follow-ups": "진행 중인 안전 확인",
    "Open since %1 · counselor %2 · presenting problem: %3": "%1부터 진행 · 상담사 %2 · 주호소: %3",
    "Opened on": "개시일",
    "Other presenting problems": "기타 호소 문제",
    "Parent": "부모",
    "Personal": "개인",
    "Phone": "전화",
    "Plan (P)": "계획 (P)",
    "Please check the marked field.": "표시된 항목을 확인하세요.",
    "Please fill in the marked fields.": "표시된 항목을 입력하세요.",
    "Possible duplicate": "중복 등록 의심",
    "Presenting problems (from the case): %1": "주호소 (사례): %1",
    "Primary presenting problem *": "주호소 *",
    "Read-only": "읽기 전용",
    "Reason": "사유",
    "Record": "기록",
    "Referral · %1": "연계 · %1",
    "Register a new client (Ctrl+N)": "새 내담자 등록 (Ctrl+N)",
    "Register new client": "새 내담자로 등록",
    "Register without it": "동의 없이 등록",
    "Remove": "빼기",
    "Risk class": "위험군",
    "Save and go back to the client's chart (Esc)": "저장하고 내담자 차트로 돌아가기 (Esc)",
    "Save now": "지금 저장",
    "Scope": "범위",
    "Screening · %1": "심리검진 · %1",
    "Search clients": "내담자 검색",
    "Search: name, initials (ㅎㄱㄷ), client code or phone's last 4 digits": "검색: 이름, 초성(ㅎㄱㄷ), 내담자 번호, 전화번호 뒤 4자리",
    "Sensitive information": "민감정보",
    "Session note": "상담기록",
    "Session notes are read by the counselor who works with the client and by the center lead only.":
        "상담기록은 그 내담자를 담당하는 상담사와 센터장만 열람할 수 있습니다.",
    "Session note · %1": "상담기록 · %1",
    "Session · %1": "상담 · %1",
    "Sex": "성별",
    "Sex *": "성별 *",
    "Show names as 홍*동 until you log out.": "로그아웃할 때까지 이름을 홍*동처럼 표시합니다.",
    "Sibling": "형제자매",
    "Sign and lock": "서명하고 잠그기",
    "Sign and lock…": "서명하고 잠그기…",
    "Sign the note": "기록 서명",
    "Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)": "기록에 서명합니다. 서명 후에는 수정할 수 없습니다 (Ctrl+Shift+S)",
    "Signed": "서명됨",
    "Signed %1 — read-only": "%1 서명됨 — 읽기 전용",
    "Site": "이용 장소",
    "Something went wrong; nothing was changed. Please try again.": "문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.",
    "Spouse": "배우자",
    "Status": "상태",
    "Subjective (S)": "주관적 호소 (S)",
    "Template": "양식",
    "The case was closed with %1 sessions.": "사례를 종결했습니다 (상담 %1회기).",
    "The center's settings mask names for everyone.": "센터 설정에 따라 모든 사용자에게 이름이 가려집니다.",
    "This appointment has no client. Open the note from a client's chart.": "이 예약에는 내담자가 없습니다. 내담자 차트에서 기록을 여세요.",
    "This field is required.": "필수 입력 항목입니다.",
    "Timeline": "이력",
    "Timeline (newest first; Enter opens a session note)": "이력 (최근 순, Enter로 상담기록 열기)",
    "Without separate consent to process sensitive information, no counseling notes or screening results may be recorded for this client. Record the refusal and register the client?":
        "민감정보 처리에 별도로 동의하지 않으면 이 내담자의 상담기록과 심리검진 결과를 남길 수 없습니다. 동의 거부를 기록하고 내담자를 등록할까요?",
    "Work": "직무",
    "Write a note for a session with this client (Ctrl+Shift+N)": "이 내담자의 상담기록 작성 (Ctrl+Shift+N)",
    "Write an addendum; it is dated and signed with your name.": "추가기록을 쓰세요. 날짜와 작성자 이름이 함께 남습니다.",
    "Write the addendum first.": "추가기록 내용을 먼저 쓰세요.",
    "Write the note before signing it.": "서명하기 전에 기록을 작성하세요.",
    "You are not allowed to see the client list.": "내담자 목록을 볼 권한이 없습니다.",
    "also: %1": "부호소: %1",
    "e.g. 1985": "예: 1985",
    "not screened": "검진 기록 없음",
    "note not accessible": "기록 열람 불가",
    "referrals": "연계",
    "screenings": "심리검진",
    "total %1": "총점 %1",
    "under 20": "20세 미만",
    "◀ Chart": "◀ 차트",
    "◀ Client list": "◀ 내담자 목록",
}


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


def consents(on: str = "2026-03-02") -> list[Consent]:
    return [Consent(kind="service", version="1.0", scope="상담 서비스", given=True, given_on=on),
            Consent(kind="sensitive", version="1.0", scope="정신건강 정보", given=True, given_on=on)]


def add_client(store, code: str, name: str, *, birth_year: int = 1984, phone: str | None = None, sex: str = "M",
               job: str = "civil_service") -> Client:
    return store.clients.add(Client(code=code, name=name, sex=sex, birth_year=birth_year, job_group=job, phone=phone,
                                    site_id=1), consents=consents())


def view_for(qtbot, store, lang: str = "ko") -> ClientsView:
    view = ClientsView(AppContext(store, lang))
    qtbot.addWidget(view)
    view.resize(1100, 740)
    view.show()
    return view


def names(model) -> list[str]:
    return [model.rows[r].name for r in range(model.rowCount())]


def audit_rows(store, **where) -> list[tuple]:
    """The audit trail read as the test's own check (the desktop code itself never runs SQL)."""
    sql = "SELECT actor, action, entity, entity_id, client_id FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
    return store.vault.conn.execute(sql + " ORDER BY id", tuple(where.values())).fetchall()


@pytest.fixture
def people(open_as):
    """c1's store with three named clients (the repository test's cast) and c1's case for 홍길동."""
    store = open_as("c1")
    hong = add_client(store, "2026-0001", "홍길동", phone="010-1234-5678")
    add_client(store, "2026-0002", "홍길순", birth_year=1990, sex="F")
    add_client(store, "2026-0003", "김철수", phone="010-2222-3333")
    store.cases.open(Case(client_id=hong.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                          primary_problem="complaint_abuse", secondary_problems=["sleep"]))
    return store, hong


# --- storage additions -------------------------------------------------------------------------
def _reference_matches(clients, query):
    """The search rule in plain Python: name prefix (ASCII case folded), client code containing
    the query, initial-consonant prefix, or the phone's last 4 digits."""
    from storage.hangul import initials, is_initials_query
    q = query.strip()
    if not q:
        return clients
    if is_initials_query(q):
        found = [c for c in clients if initials(c.name).startswith(q.replace(" ", ""))]
        return sorted(found, key=lambda c: (initials(c.name), c.name, c.id))
    out = []
    for c in clients:
        tail = "".join(ch for ch in (c.phone or "") if ch.isdigit())[-4:]
        if (c.name.lower().startswith(q.lower()) or q.lower() in c.code.lower()
                or (q.isdigit() and len(q) == 4 and tail == q)):
            out.append(c)
    return out


def test_index_friendly_search_finds_exactly_what_the_rule_says(open_as):
    store = open_as("lead")
    for i, (name, phone) in enumerate([("홍길동", "010-1234-5678"), ("홍길순", None), ("김철수", "02-555-0003"),
                                       ("Kim Young", None), ("kimberly", None), ("남궁민수", "010-9999-1234"),
                                       ("홍%동", None), ("홍_동", None), ("이솔", None), ("ㅎ길동", None)]):
        add_client(store, f"2026-{i + 1:04d}", name, phone=phone)
    add_client(store, "AB-1234", "박민", phone="010-0000-0001")
    everyone = sorted(store.clients.page("", limit=100), key=lambda c: (c.name, c.id))
    for query in ["", "홍", "홍길", "홍길동", "ㅎ", "ㅎㄱ", "ㅎㄱㄷ", "ㄴㄱ", "1234", "0003", "2026", "2026-000", "kim",
                  "KIM", "Kim Y", "ab", "%", "_", "홍%", "홍_", "zz", "-", "ㅎ ㄱ", "1"]:
        expected = [c.id for c in _reference_matches(everyone, query)]
        for offset in (0, 2):
            assert [c.id for c in store.clients.page(query, limit=3, offset=offset)] == \
                   expected[offset:offset + 3], query
        assert store.clients.page_count(query) == len(expected), query


def test_problem_codes_chart_summary_and_draft_details(people, open_as):
    store, hong = people
    codes = store.cases.problem_codes()
    assert codes[0].code == "work_stress" and codes[0].name("ko") == "직무 스트레스"
    assert {c.group for c in codes} == {"work", "personal", "family", "crisis"}
    store.screenings.record(hong.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[1, 1, 1, 1, 1, 1, 1, 0, 2])
    store.screenings.record(hong.id, "phq9", taken_on="2026-02-01", site_id=1, answers=[0] * 9)
    before = len(audit_rows(store))
    summary = store.clients.chart_summary(hong.id)
    assert len(audit_rows(store)) == before  # the audited view is clients.get
    assert (summary.risk_class, summary.risk_class_on, summary.open_followups) == ("high_risk", "2026-03-05", 1)
    assert summary.open_case.primary_problem == "complaint_abuse" and summary.counselor_name == "박상담"

    s = store.sessions.create(CounselingSession(client_id=hong.id, kind="family", method="in_person",
                                                session_date="2026-03-05", minutes=50, counselor_id=store.actor.id,
                                                site_id=1, template="free", note={"text": "가족 회기"}))
    store.sessions.update_draft_details(s.id, session_date="2026-03-06",
                                        participants=[Participant(relation="spouse"), Participant(relation="자녀")])
    got = store.sessions.get(s.id)
    assert got.session_date == "2026-03-06"
    assert [(p.client_id, p.relation) for p in got.participants] == [(None, "spouse"), (None, "자녀")]
    assert [x.id for x in store.sessions.for_appointment(999)] == []
    store.sessions.sign(s.id)
    with pytest.raises(NoteLocked):
        store.sessions.update_draft_details(s.id, session_date="2026-03-07")
    other = open_as("c2")
    with pytest.raises(PermissionDenied):
        other.sessions.update_draft_details(s.id, participants=[])


# --- the list -----------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, expected", [("ㅎㄱㄷ", ["홍길동"]), ("홍길", ["홍길동", "홍길순"]),
                                             ("2026-0003", ["김철수"]), ("5678", ["홍길동"]), ("3333", ["김철수"])])
def test_search_is_debounced_and_finds_by_name_initials_code_and_phone(qtbot, people, typed, expected):
    store, _ = people
    view = view_for(qtbot, store)
    page = view.list_page
    assert sorted(names(page.model)) == ["김철수", "홍길동", "홍길순"]
    type_text(qtbot, page.search, typed)
    assert page.timer.isActive()  # nothing asked yet: the search waits for a pause in typing
    assert page.model.query == ""
    qtbot.waitUntil(lambda: page.model.query == typed, timeout=2000)
    assert names(page.model) == expected


def test_list_fetches_pages_as_it_scrolls(qtbot, open_as):
    store = open_as("coord")
    for i in range(450):
        store.clients.add(Client(code=f"2025-{i + 1:04d}", name=f"이{i:03d}", sex="F", birth_year=1980,
                                 job_group="admin"))
    view = view_for(qtbot, store)
    page = view.list_page
    model, table = page.model, page.table
    assert model.total == 450
    assert model.rowCount() == PAGE_SIZE and model.pages_fetched == 1 and model.canFetchMore()
    seen = [model.rowCount()]
    while model.canFetchMore():
        table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > seen[-1] or not model.canFetchMore(), timeout=2000)
        seen.append(model.rowCount())
    assert seen == [100, 200, 300, 400, 450]  # one page per scroll, never all at once
    assert "450" in page.count.text()


def test_masking_toggle_shows_masked_names(qtbot, people):
    store, hong = people
    view = view_for(qtbot, store)
    page = view.list_page
    assert "홍길동" in names(page.model)
    page.mask.setChecked(True)
    shown = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert "홍*동" in shown and "홍길동" not in shown
    assert view.context.mask_names
    view.open_target("client", hong.id)
    assert view.chart.title.text().startswith("홍*동")


def test_center_setting_masks_names_and_cannot_be_unticked(qtbot, open_as):
    lead = open_as("lead")
    lead.settings.set("mask_names", True)
    add_client(lead, "2026-0001", "홍길동")
    view = view_for(qtbot, lead)
    assert view.list_page.mask.isChecked() and not view.list_page.mask.isEnabled()
    assert view.list_page.model.data(view.list_page.model.index(0, 1)) == "홍*동"


def test_enter_opens_a_client_and_ctrl_n_opens_intake(qtbot, people):
    store, hong = people
    view = view_for(qtbot, store)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    page = view.list_page
    type_text(qtbot, page.search, "ㅎㄱㄷ")
    qtbot.keyClick(page.search, Qt.Key_Return)  # search now, then the first row has the focus
    assert page.table.hasFocus() and names(page.model) == ["홍길동"]
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert view.stack.currentWidget() is view.chart and view.chart.client.id == hong.id
    qtbot.keyClick(view.chart.timeline, Qt.Key_Escape)
    assert view.stack.currentWidget() is view.list_page
    qtbot.keyClick(page.table, Qt.Key_N, Qt.ControlModifier)
    assert view.intake is not None and view.intake.isVisible()
    view.intake.reject()


# --- intake -------------------------------------------------------------------------------------
def fill_intake(dialog: IntakeDialog, *, name="박하늘", year="1988", sex="F", job="welfare") -> None:
    dialog.name.setText(name)
    dialog.birth_year.setText(year)
    dialog.sex.setCurrentIndex(dialog.sex.findData(sex))
    dialog.job_group.setCurrentIndex(dialog.job_group.findData(job))
    dialog.phone.setText("010-4321-8765")


def test_intake_creates_the_client_with_two_consents(qtbot, open_as, monkeypatch):
    store = open_as("coord")
    dialog = IntakeDialog(AppContext(store, "ko"))
    qtbot.addWidget(dialog)
    year = dialog.context.today().year
    assert dialog.code.text() == f"{year}-0001"
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)  # nothing filled in
    assert dialog.field_error("name") and dialog.field_error("sex") and dialog.field_error("birth_year")
    assert dialog.field_error("consent.service")
    assert store.clients.count() == 0
    fill_intake(dialog)
    dialog.service.setChecked(True)
    dialog.sensitive.setChecked(True)
    dialog.consent_version.setText("2026-1")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a: asked.append(a) or True)
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert asked == []  # no duplicate, both consents given: nothing to ask
    assert dialog.result() == QDialog.Accepted
    (client,) = store.clients.search("박하늘")
    assert (client.code, client.birth_year, client.sex, client.job_group, client.phone) == \
           (f"{year}-0001", 1988, "F", "welfare", "010-4321-8765")
    recorded = store.clients.consents(client.id)
    assert [(c.kind, c.given, c.version) for c in recorded] == [("service", True, "2026-1"), ("sensitive", True, "2026-1")]
    assert all(c.given_on == dialog.context.today().isoformat() and c.scope for c in recorded)


def test_intake_asks_before_creating_a_possible_duplicate(qtbot, people, monkeypatch):
    store, _ = people
    answers = [False, True]
    asked = []

    def confirm(parent, title, text, yes):
        asked.append(text)
        return answers.pop(0)
    monkeypatch.setattr(prompts, "confirm", confirm)
    dialog = IntakeDialog(AppContext(store, "en"))
    qtbot.addWidget(dialog)
    fill_intake(dialog, name="홍길동", year="1984", sex="M")
    dialog.service.setChecked(True)
    dialog.sensitive.setChecked(True)
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert len(asked) == 1 and "2026-0001" in asked[0] and "same name and birth year" in asked[0]
    assert len(store.clients.possible_duplicates("홍길동", 1984)) == 1  # not created
    assert "2026-0001" in dialog.message.text()
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert len(store.clients.possible_duplicates("홍길동", 1984)) == 2


def test_intake_shows_storage_messages_next_to_the_field(qtbot, open_as, monkeypatch):
    store = open_as("c1")
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    dialog = IntakeDialog(AppContext(store, "ko"))
    qtbot.addWidget(dialog)
    fill_intake(dialog)
    dialog.service.setChecked(True)
    dialog.code.setText("코드!")
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert dialog.field_error("code") == "내담자 번호는 영문·숫자·- 3~20자입니다"
    dialog.code.setText("2026-0001")
    dialog.birth_year.setText("1900")
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert dialog.field_error("birth_year") == "1920~2015 사이의 값이어야 합니다"
    assert dialog.field_error("code") == ""
    dialog.birth_year.setText("1988")
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)  # sensitive consent refused, confirmed
    (client,) = store.clients.search("2026-0001")
    assert [(c.kind, c.given) for c in store.clients.consents(client.id)] == [("service", True), ("sensitive", False)]


# --- the chart ----------------------------------------------------------------------------------
def chart_texts(view) -> list[list[str]]:
    t = view.chart.timeline
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_opening_a_chart_writes_a_view_audit_row_and_shows_the_header(qtbot, people, korean):
    store, hong = people
    store.screenings.record(hong.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[1, 1, 1, 1, 1, 1, 1, 0, 2])
    store.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="phone",
                                            session_date="2026-03-06", minutes=40, counselor_id=store.actor.id,
                                            site_id=1, note={"text": "비밀 내용"}))
    store.referrals.add(Referral(client_id=hong.id, destination_kind="designated_clinic", reason="우울",
                                 referred_on="2026-03-07", site_id=1, destination_name="마음정신건강의학과"))
    store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=hong.id,
                                       starts_at="2026-03-12T10:00", ends_at="2026-03-12T10:50"))
    view = view_for(qtbot, store)
    views_before = [r for r in audit_rows(store, action="view", entity="client")]
    assert view.open_target("client", hong.id)
    views = audit_rows(store, action="view", entity="client")
    assert len(views) == len(views_before) + 1 and views[-1] == ("c1", "view", "client", str(hong.id), hong.id)
    values = {k: v.text() for k, v in view.chart.values.items()}
    year = view.context.today().year
    assert values["code"] == "2026-0001" and values["age"] == f"{(year - 1984) // 10 * 10}대"
    assert "1984" not in " ".join(values.values())  # the age band, never the birth year
    assert values["job_group"] == "민원" and values["risk"].startswith("고위험군") and values["followups"] == "1"
    assert "박상담" in view.chart.case_label.text() and "악성 민원 피해" in view.chart.case_label.text()
    assert "수면" in view.chart.case_label.text()
    rows = chart_texts(view)
    assert [r[1] for r in rows] == ["예약 · 개인상담", "연계 · 지정클리닉", "상담 · 개인상담", "심리검진 · PHQ-9 우울 선별검사"]
    assert [r[3] for r in rows] == ["예약", "진행 중", "작성 중", "관심군"]
    assert rows[2][2] == "전화 · 40분 · 박상담"
    assert rows[0][0].startswith("2026년 3월 12일")  # newest first
    assert all("비밀 내용" not in cell for row in rows for cell in row)
    # a note saved and the chart shown again: refreshed without another 'view' row
    view.chart.reload()
    assert len(audit_rows(store, action="view", entity="client")) == len(views)


def test_open_and_close_a_case_from_the_chart(qtbot, open_as, monkeypatch):
    store = open_as("c1")
    client = add_client(store, "2026-0001", "정하늘")
    view = view_for(qtbot, store, "en")
    view.open_target("client", client.id)
    assert view.chart.case_label.text() == "No open case." and view.chart.open_case_button.isEnabled()
    view.chart.open_case()
    dialog = view.chart.case_dialog
    dialog.primary.setCurrentIndex(dialog.primary.findData("burnout"))
    dialog.set_secondary(["sleep", "work_relations"])
    dialog.ok.click()
    case = store.cases.open_case(client.id)
    assert (case.counselor_id, case.primary_problem, sorted(case.secondary_problems)) == \
           (store.actor.id, "burnout", ["sleep", "work_relations"])
    assert "Burnout" in view.chart.case_label.text() and view.chart.close_case_button.isEnabled()
    told = []
    monkeypatch.setattr(prompts, "inform", lambda parent, title, text: told.append(text))
    view.chart.close_case()
    dialog = view.chart.case_dialog
    dialog.reason.setCurrentIndex(dialog.reason.findData("goals_met"))
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    closed = store.cases.for_client(client.id)[0]
    assert (closed.status, closed.close_reason) == ("closed", "goals_met")
    assert told and "0 sessions" in told[0]
    assert view.chart.case_label.text() == "No open case."
    # Reopen it, then change the presenting problems while it is open.
    assert view.chart.reopen_button.isEnabled() and not view.chart.problems_button.isEnabled()
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    assert view.chart.reopen_case()
    assert store.cases.open_case(client.id).id == closed.id
    assert view.chart.problems_button.isEnabled() and not view.chart.reopen_button.isEnabled()
    view.chart.edit_problems()
    dialog = view.chart.case_dialog
    dialog.primary.setCurrentIndex(dialog.primary.findData("depression"))
    dialog.set_secondary(["burnout"])
    dialog.ok.click()
    again = store.cases.open_case(client.id)
    assert (again.primary_problem, again.secondary_problems) == ("depression", ["burnout"])
    actions = [r[0] for r in store.vault.conn.execute(
        "SELECT action FROM audit_log WHERE entity = 'case' ORDER BY id")]
    assert actions == ["open", "close", "reopen", "update"]


# --- notes --------------------------------------------------------------------------------------
def open_new_note(qtbot, view, client_id) -> NoteEditor:
    view.open_target("client", client_id)
    view.chart.new_note_button.click()
    editor = view.editor
    assert editor is not None and view.stack.currentWidget() is editor
    return editor


def test_new_note_is_created_on_first_edit_and_autosaves(qtbot, people):
    store, hong = people
    view = view_for(qtbot, store)
    editor = open_new_note(qtbot, view, hong.id)
    assert "악성 민원 피해" in editor.problems.text()  # presenting problems from the case
    assert list(editor.sections) == ["subjective", "objective", "assessment", "plan"]  # SOAP by default
    assert store.sessions.for_client(hong.id) == []
    editor.method.setCurrentIndex(editor.method.findData("video"))
    editor.minutes.setValue(45)
    (session,) = store.sessions.for_client(hong.id)  # the draft row exists from the first edit
    assert (session.method, session.note_status, session.case_id) == ("video", "draft", editor.new.case_id)
    type_text(qtbot, editor.sections["subjective"], "민원인 폭언 이후 잠을 못 잔다고 함")
    assert editor.dirty and editor.timer.isActive()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)  # the ~3 s autosave
    got = store.sessions.get(session.id)
    assert got.note["subjective"] == "민원인 폭언 이후 잠을 못 잔다고 함"
    assert (got.minutes, got.method, got.template) == (45, "video", "soap")
    assert "저장" in editor.status.text() or "saved" in editor.status.text()


def test_note_survives_a_sigkill_after_the_autosave(people, created, tmp_path):
    store, hong = people
    store.close()
    text = "죽기 직전까지 쓴 기록 — 한 글자도 잃지 않는다"
    script = textwrap.dedent(f"""
        import os, signal, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from desktop.context import AppContext
        from desktop.views.clients.note_editor import NewNote, NoteEditor
        from storage.store import Store
        from storage.vault import Vault
        app = QApplication([])
        store = Store(Vault.unlock({str(created["path"])!r}, "c1", {STAFF_PASSWORD!r}))
        editor = NoteEditor(AppContext(store, "ko"), new=NewNote(client_id={hong.id}, counselor_id=store.actor.id,
                            site_id=1, session_date="2026-03-05", template="free"))
        editor.show()
        for ch in {text!r}:  # typed as an input method delivers Hangul: one committed syllable at a time
            if ch.isascii():
                QTest.keyClicks(editor.sections["text"], ch)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(ch)
                QApplication.sendEvent(editor.sections["text"], event)
        assert editor.dirty
        QTest.qWait(3600)  # the autosave timer fires ~3 s after the last keystroke
        assert not editor.dirty
        print("saved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "saved" in done.stdout
    from .conftest import login
    again = login(created["path"], "c1")
    try:
        (session,) = again.sessions.for_client(hong.id)
        assert again.sessions.get(session.id).note == {"text": text}
        assert again.vault.verify() == []
    finally:
        again.close()


def test_sign_locks_the_note_and_addenda_are_dated(qtbot, people, monkeypatch):
    store, hong = people
    view = view_for(qtbot, store, "en")
    editor = open_new_note(qtbot, view, hong.id)
    editor.template.setCurrentIndex(editor.template.findData("dap"))
    assert list(editor.sections) == ["data", "assessment", "plan"]
    type_text(qtbot, editor.sections["data"], "Reports poor sleep")
    type_text(qtbot, editor.sections["plan"], "Sleep diary")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes: asked.append(text) or False)
    assert not editor.sign()  # the user said no
    assert asked and "locked" in asked[0]
    session_id = editor.session.id
    assert store.sessions.get(session_id).note_status == "draft"
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor.sections["plan"], Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)  # the sign shortcut
    got = store.sessions.get(session_id)
    assert got.note_status == "signed" and got.note == {"data": "Reports poor sleep", "assessment": "",
                                                        "plan": "Sleep diary"}
    assert all(e.isReadOnly() for e in editor.sections.values())
    assert not editor.sign_button.isVisible() and editor.addenda_box.isVisible()
    assert "Signed" in editor.status.text()
    qtbot.keyClicks(editor.sections["data"], "more")  # read-only: nothing changes
    assert editor.sections["data"].toPlainText() == "Reports poor sleep"
    type_text(qtbot, editor.addendum, "Called back on Friday: sleeping better")
    qtbot.mouseClick(editor.addendum_button, Qt.LeftButton)
    got = store.sessions.get(session_id)
    assert [a.text for a in got.addenda] == ["Called back on Friday: sleeping better"]
    assert got.addenda[0].written_at[:10] == view.context.today().isoformat()
    assert "Called back on Friday" in editor.addenda_view.toPlainText()
    assert editor.addendum.toPlainText() == ""


def test_counselor_cannot_read_another_counselors_note(qtbot, people, open_as):
    store, hong = people
    s = store.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="in_person",
                                                session_date="2026-03-05", minutes=50, counselor_id=store.actor.id,
                                                site_id=1, note={"text": "c1만 읽을 수 있는 내용"}))
    other = open_as("c2")
    view = view_for(qtbot, other)
    view.open_target("client", hong.id)
    (row,) = [r for r in chart_texts(view) if r[1].startswith("Session") or r[1].startswith("상담")]
    assert "c1만" not in " ".join(row)
    assert not view.open_target("note", s.id)
    editor = view.editor
    assert editor.denied and editor.message.isVisibleTo(editor)
    assert editor.message.text().startswith(PermissionDenied(action="note.read").message("ko"))
    shown = [w.toPlainText() for w in editor.findChildren(QPlainTextEdit)]
    assert all("c1만" not in t for t in shown) and editor.sections == {}
    assert not any(w.isVisibleTo(editor) for w in editor.findChildren(QPlainTextEdit))
    assert view.grab().height() == view.height()
    # the refusal is the repository's, not only the UI's: nothing was viewed
    assert not [r for r in audit_rows(other, action="view", entity="note") if r[0] == "c2"]


def test_note_for_appointment_is_prefilled_and_reopened(qtbot, people):
    store, hong = people
    appt = store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=hong.id, kind="family",
                                              starts_at="2026-03-10T14:00", ends_at="2026-03-10T15:20"))
    view = view_for(qtbot, store)
    assert view.open_target("note_for_appointment", appt.id)
    editor = view.editor
    assert editor.session_date.date().toString("yyyy-MM-dd") == "2026-03-10"
    assert (editor.kind.currentData(), editor.minutes.value()) == ("family", 80)
    assert editor.participants.isVisibleTo(editor)
    editor.participants.relation.setCurrentIndex(editor.participants.relation.findData("spouse"))
    editor.participants.add_relation_button.click()
    type_text(qtbot, editor.sections["subjective"], "부부 갈등")
    assert editor.save_now()
    (session,) = store.sessions.for_appointment(appt.id)
    got = store.sessions.get(session.id)
    assert (got.client_id, got.counselor_id, got.session_date, got.kind, got.minutes, got.appointment_id) == \
           (hong.id, store.actor.id, "2026-03-10", "family", 80, appt.id)
    assert [(p.client_id, p.relation) for p in got.participants] == [(None, "spouse")]
    view.show_list()
    assert view.open_target("note_for_appointment", appt.id)  # the same draft, not a second one
    assert view.editor.session.id == session.id
    assert view.editor.sections["subjective"].toPlainText() == "부부 갈등"
    assert len(store.sessions.for_client(hong.id)) == 1


def test_no_note_can_be_started_where_it_could_not_be_saved(qtbot, people, open_as):
    store, hong = people
    appt = store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=hong.id,
                                              starts_at="2026-03-10T14:00", ends_at="2026-03-10T14:50"))
    for login in ("c2", "coord"):  # another counselor's appointment; the coordinator writes no notes
        view = view_for(qtbot, open_as(login))
        view.open_target("note_for_appointment", appt.id)
        assert view.editor.denied and view.editor.sections == {}
        assert "상담기록 작성 권한이 없습니다" in view.editor.message.text()   # the action in words, not its code
    assert open_as("c1").sessions.for_client(hong.id) == []


def test_a_group_note_in_the_editor_names_no_other_client(qtbot, people):
    """Group sessions are written from the program session (one copy per member); the editor's
    group kind only points there and records nobody else."""
    store, hong = people
    view = view_for(qtbot, store, "en")
    editor = open_new_note(qtbot, view, hong.id)
    editor.kind.setCurrentIndex(editor.kind.findData("group"))
    panel = editor.participants
    assert panel.isVisible() and "program session" in panel.caption.text()
    assert not panel.chosen.isVisible() and not panel.remove_button.isVisible()
    type_text(qtbot, editor.sections["plan"], "다음 회기")
    assert editor.save_now()
    got = store.sessions.get(editor.session.id)
    assert got.kind == "group" and got.group_key and got.participants == []


def test_switching_templates_keeps_every_word(qtbot, people):
    store, hong = people
    view = view_for(qtbot, store, "en")
    editor = open_new_note(qtbot, view, hong.id)
    type_text(qtbot, editor.sections["subjective"], "says A")
    type_text(qtbot, editor.sections["plan"], "do B")
    editor.template.setCurrentIndex(editor.template.findData("free"))
    assert editor.save_now()
    text = store.sessions.get(editor.session.id).note["text"]
    assert "says A" in text and "do B" in text and "[Subjective (S)]" in text


def test_save_all_before_the_idle_lock_writes_the_draft(qtbot, people):
    from desktop.main_window import MainWindow
    store, hong = people
    window = MainWindow(store, lang="ko")
    qtbot.addWidget(window)
    window.show()
    clients = window.views["clients"]
    assert isinstance(clients, ClientsView)
    window.context.navigate("client", hong.id)
    assert window.stack.currentWidget() is clients and clients.chart.client.id == hong.id
    clients.chart.new_note_button.click()
    editor = clients.editor
    type_text(qtbot, editor.sections["subjective"], "잠금 직전")
    assert editor.dirty
    window.lock()  # main window calls save_all() first
    assert not editor.dirty
    assert store.sessions.get(editor.session.id).note["subjective"] == "잠금 직전"
    window.close()


def test_drafts_list_opens_the_note_through_navigation(qtbot, people):
    store, hong = people
    s = store.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="in_person",
                                                session_date="2026-03-05", minutes=50, counselor_id=store.actor.id,
                                                site_id=1, note={"text": "이어 쓰기"}))
    view = view_for(qtbot, store)
    assert view.open_target("note", s.id)
    editor = view.editor
    assert editor.sections["text"].toPlainText() == "이어 쓰기" and not editor.locked
    type_text(qtbot, editor.sections["text"], " 계속")
    editor.back.click()  # back to the chart saves
    assert view.stack.currentWidget() is view.chart and view.chart.client.id == hong.id
    assert store.sessions.get(s.id).note["text"] == "이어 쓰기 계속"


# --- screenshots and strings --------------------------------------------------------------------
def demo_chart(store) -> Client:
    for i, (name, year, sex, job) in enumerate([
            ("홍길동", 1984, "M", "civil_service"), ("홍길순", 1990, "F", "health"), ("김철수", 1975, "M", "fire"),
            ("이영희", 1996, "F", "welfare"), ("남궁민수", 1968, "M", "technical"), ("박서연", 1992, "F", "admin"),
            ("최지우", 1988, "F", "civil_service"), ("정하늘", 2001, "M", "public_works")]):
        c = add_client(store, f"2026-{i + 1:04d}", name, birth_year=year, sex=sex, job=job,
                       phone=f"010-{1000 + i}-{5678 + i}")
        if i == 0:
            hong = c
    store.cases.open(Case(client_id=hong.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                          primary_problem="complaint_abuse", secondary_problems=["sleep", "emotion"]))
    store.screenings.record(hong.id, "phq9", taken_on="2026-03-02", site_id=1, answers=[1, 1, 1, 1, 1, 1, 1, 0, 2])
    store.screenings.record(hong.id, "gad7", taken_on="2026-03-02", site_id=1, answers=[1, 1, 1, 1, 0, 0, 0])
    s1 = store.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="in_person",
                                                 session_date="2026-03-04", minutes=50, counselor_id=store.actor.id,
                                                 site_id=1, note={"text": "첫 회기"}))
    store.sessions.sign(s1.id)
    store.sessions.create(CounselingSession(client_id=hong.id, kind="family", method="video",
                                            session_date="2026-03-11", minutes=80, counselor_id=store.actor.id,
                                            site_id=1, note={"text": "가족 회기"}))
    store.referrals.add(Referral(client_id=hong.id, destination_kind="designated_clinic", reason="수면 문제",
                                 referred_on="2026-03-12", site_id=1, destination_name="마음숲 정신건강의학과의원"))
    store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=hong.id, room_id=1,
                                       starts_at="2026-03-18T10:00", ends_at="2026-03-18T10:50"))
    return hong


def test_screenshots_of_list_chart_and_note_editor(qtbot, open_as, korean, monkeypatch):
    store = open_as("c1")
    hong = demo_chart(store)
    view = view_for(qtbot, store)
    view.resize(1110, 760)
    qtbot.wait(50)
    assert view.list_page.grab().save("/tmp/clients_list.png")
    view.open_target("client", hong.id)
    qtbot.wait(50)
    assert view.grab().save("/tmp/clients_chart.png")
    view.chart.new_note_button.click()
    editor = view.editor
    editor.kind.setCurrentIndex(editor.kind.findData("family"))
    editor.participants.relation.setCurrentIndex(editor.participants.relation.findData("spouse"))
    editor.participants.add_relation_button.click()
    type_text(qtbot, editor.sections["subjective"], "민원 응대 후 불면이 2주째 계속된다고 호소함.")
    type_text(qtbot, editor.sections["plan"], "수면 일지 작성, 다음 주 같은 시간 회기.")
    editor.save_now()
    qtbot.wait(50)
    assert view.grab().save("/tmp/clients_note.png")
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    assert editor.sign()
    type_text(qtbot, editor.addendum, "3월 20일 전화 확인: 수면 호전.")
    assert editor.add_addendum()
    qtbot.wait(50)
    assert view.grab().save("/tmp/clients_note_signed.png")
    assert view.grab().size() == view.size()  # the signed note with addenda fits (it scrolls)
    dialog = IntakeDialog(view.context, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/clients_intake.png")
    dialog.reject()
    for name in ("list", "chart", "note", "note_signed", "intake"):
        assert Path(f"/tmp/clients_{name}.png").stat().st_size > 10_000


def test_a_denied_note_screenshot_shows_only_the_message(qtbot, people, open_as, korean):
    store, hong = people
    s = store.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="in_person",
                                                session_date="2026-03-05", minutes=50, counselor_id=store.actor.id,
                                                site_id=1, note={"text": "비공개"}))
    view = view_for(qtbot, open_as("c2"))
    view.open_target("client", hong.id)
    assert view.chart.hidden_note.text() == "표시하지 않음 (권한 없음): 연계"
    assert not view.chart.close_case_button.isEnabled()  # c1's case: c2 may not close it
    view.open_target("note", s.id)
    qtbot.wait(50)
    assert view.grab().save("/tmp/clients_note_denied.png")


def test_the_administrator_sees_no_client_data(qtbot, open_as):
    store = open_as("admin")
    view = view_for(qtbot, store, "en")
    assert view.list_page.model.rowCount() == 0
    assert view.list_page.count.text() == "You are not allowed to see the client list."
    assert not view.list_page.new_button.isEnabled()
    view.new_client()
    assert view.intake is None
    assert not view.open_target("client", 1)
    assert "not allowed" in view.chart.message.text()


def test_down_arrow_moves_from_search_into_the_list(qtbot, people):
    store, _ = people
    view = view_for(qtbot, store)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.list_page.search.setFocus()
    qtbot.keyClick(view.list_page.search, Qt.Key_Down)
    assert view.list_page.table.hasFocus() and view.list_page.table.currentIndex().row() == 0


def test_clients_code_runs_no_sql():
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", "executescript", "sqlcipher", ".conn.", "SELECT ", "INSERT "):
            assert needle not in text, f"{path.name} contains {needle}"
