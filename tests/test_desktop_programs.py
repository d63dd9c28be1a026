"""Programs and the satisfaction survey, driven through the widgets (offscreen), with the
database and the audit log checked afterwards: programs and sessions created and edited,
clients registered, attendance with walk-ins, outreach head-counts, totals per session and
per program, anonymous survey entry with the digit keys, refusals, masking, roles, and
Korean screenshots."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.views.programs import ProgramsView, common
from desktop.views.programs.attendance import AttendanceDialog
from desktop.views.programs.program_dialog import ProgramDialog
from desktop.views.programs.session_dialog import SessionDialog
from desktop.views.programs.survey_dialog import SurveyDialog
from storage.errors import NotFound, PermissionDenied, ValidationError
from storage.records import SATISFACTION_ITEMS, Attendance, Client, Program, ProgramSession, SatisfactionResponse

from .qt_helpers import korean_with, type_text

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "views" / "programs"
TODAY = date(2026, 4, 1)
GROUP_ROOM = 3  # 본관 집단실 (conftest: rooms 1-3 at 본관, 4-6 at 별관)
NAMES = ["홍길동", "김민지", "이서준", "박지우", "최예린", "정하윤"]

# The new source strings with the Korean proposed for resources/i18n/maumdesk_ko.ts (the
# screenshots are taken with these, so Korean lengths are what is checked for clipping).
PROPOSED_KO = {
    " people": "명",
    "%1 of %2 planned sessions": "계획 %2회기 중 %1회기",
    "%1 programs · %2 sessions · person-visits %3": "프로그램 %1개 · %2회기 · 연인원 %3명",
    "%1 sessions": "%1회기",
    "%1 sessions planned": "%1회기 계획",
    "%1 · person-visits %2 (named %3 + head-count %4)": "%1 · 연인원 %2명 (명단 %3명 + 인원수 %4명)",
    "(none)": "(없음)",
    "(walk-in)": "(현장 참여)",
    "Add a session to this program (Ctrl+Shift+N)": "이 프로그램에 회기 추가 (Ctrl+Shift+N)",
    "Add a walk-in: name, initials or code, then Enter": "현장 참여자 추가: 이름·초성·번호 입력 후 Enter",
    "Add session…": "회기 추가…",
    "All": "전체",
    "All categories": "모든 분류",
    "All sites": "모든 지점",
    "All years": "모든 연도",
    "Answer every item; missing: %1.": "모든 문항에 답하세요. 빠진 문항: %1.",
    "Attendance": "출석",
    "Attendance…": "출석 체크…",
    "Cancel": "취소",
    "Category": "분류",
    "Change the date, time or place of the selected session": "선택한 회기의 날짜·시간·장소 변경",
    "Change the program's details (Ctrl+E)": "프로그램 정보 수정 (Ctrl+E)",
    "Choose a program in the list, or create one (Ctrl+N).": "목록에서 프로그램을 고르거나 새로 만드세요 (Ctrl+N).",
    "Choose a room or type the outside location.": "센터 내 공간을 고르거나 외부 장소를 입력하세요.",
    "Close": "닫기",
    "Comment": "의견",
    "Create a program, an outreach visit or a campaign (Ctrl+N)": "프로그램·찾아가는 부서 프로그램·캠페인 만들기 (Ctrl+N)",
    "Date": "날짜",
    "Delete takes the selected client off the program": "Delete 키로 선택한 내담자를 명단에서 뺍니다",
    "Department": "부서",
    "Description": "설명",
    "Edit program": "프로그램 수정",
    "Edit program…": "프로그램 수정…",
    "Edit session…": "회기 수정…",
    "Ends on": "종료일",
    "Enter paper satisfaction surveys, anonymously (Ctrl+Shift+Y)": "종이 만족도 조사지를 익명으로 입력 (Ctrl+Shift+Y)",
    "Facilitator": "진행자",
    "Give the program a name.": "프로그램 이름을 입력하세요.",
    "Head-count": "인원수",
    "Head-count (anonymous)": "인원수 (익명)",
    "Item %1: answers are %2 to %3 (not %4).": "%1번 문항: %2~%3 중에서 답하세요 (%4 아님).",
    "Keys 1-5 answer the current item and move to the next.": "숫자 키 1~5로 현재 문항에 답하면 다음 문항으로 넘어갑니다.",
    "Mean": "평균",
    "Month": "월",
    "Name *": "이름 *",
    "Named": "명단",
    "Named %1 (walk-ins %2) + head-count %3 = %4 attended": "명단 %1명 (현장 참여 %2명) + 인원수 %3명 = 참석 %4명",
    "Named attendance": "명단 출석",
    "New program": "새 프로그램",
    "New program…": "새 프로그램…",
    "New session": "새 회기",
    "No client found.": "내담자를 찾지 못했습니다.",
    "No one is registered for this program: add walk-ins below, or record a head-count.":
        "이 프로그램에 등록된 사람이 없습니다. 아래에서 현장 참여자를 추가하거나 인원수를 기록하세요.",
    "No.": "회기",
    "Outside location": "외부 장소",
    "People counted without names, e.g. at an outreach visit or a campaign.":
        "이름 없이 센 인원 (예: 찾아가는 부서 프로그램, 캠페인).",
    "Period": "기간",
    "Person-visits": "연인원",
    "Place": "장소",
    "Planned sessions": "계획 회기 수",
    "Program": "프로그램",
    "Programs": "프로그램",
    "Programs; Enter moves to the sessions": "프로그램 목록, Enter로 회기 목록으로 이동",
    "Register a client: name, initials or code, then Enter": "내담자 등록: 이름·초성·번호 입력 후 Enter",
    "Registered clients": "등록 내담자",
    "Registered clients (%1)": "등록 내담자 (%1명)",
    "Registered clients and walk-ins; Space ticks": "등록 내담자와 현장 참여자, Space로 체크",
    "Responses": "응답 수",
    "Responses for %1 at %2 (n and mean of each item)": "%1 %2 응답 (응답 수와 문항별 평균)",
    "Room at the center": "센터 내 공간",
    "Satisfaction survey entry": "만족도 조사 입력",
    "Satisfaction survey…": "만족도 조사…",
    "Save": "저장",
    "Save and close": "저장하고 닫기",
    "Save and next (Enter)": "저장하고 다음 (Enter)",
    "Save attendance": "출석 저장",
    "Saved (%1 in this sitting). Next form.": "저장했습니다 (이번에 %1건). 다음 조사지를 입력하세요.",
    "Saved anonymously: a response is never linked to a client.": "익명으로 저장됩니다. 응답은 내담자와 연결되지 않습니다.",
    "Service": "서비스",
    "Session %1": "%1회기",
    "Sessions": "회기",
    "Sessions; Enter opens the attendance": "회기 목록, Enter로 출석 체크",
    "Site": "지점",
    "Something went wrong; nothing was changed. Please try again.": "문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.",
    "Space ticks or unticks the selected client": "Space 키로 선택한 내담자를 체크하거나 해제합니다",
    "Starts": "시작일",
    "Take %1 off this program? Attendance already recorded stays.": "%1 님을 이 프로그램 명단에서 뺄까요? 이미 기록된 출석은 남습니다.",
    "Take attendance for the selected session (Enter, Ctrl+Shift+A)": "선택한 회기의 출석 체크 (Enter, Ctrl+Shift+A)",
    "Take off": "빼기",
    "Take off the program": "명단에서 빼기",
    "Take the selected client off the program (Delete); their attendance stays":
        "선택한 내담자를 명단에서 뺍니다 (Delete). 출석 기록은 남습니다",
    "The department visited (outreach)": "찾아간 부서 (찾아가는 부서 프로그램)",
    "The end date is before the start date.": "종료일이 시작일보다 빠릅니다.",
    "The session must end after it starts.": "회기가 끝나는 시간은 시작 시간보다 늦어야 합니다.",
    "Tick all registered": "등록자 모두 체크",
    "Time": "시간",
    "Total": "합계",
    "Year": "연도",
    "You are not allowed to enter survey responses.": "만족도 조사 응답을 입력할 권한이 없습니다.",
    "You are not allowed to see programs.": "프로그램을 볼 권한이 없습니다.",
    "e.g. Mindfulness for stress relief": "예: 마음챙김 스트레스 완화",
    "e.g. the department's meeting room": "예: 부서 회의실",
    "not set": "정하지 않음",
}


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


def audit_rows(store, **where) -> list[tuple]:
    """The audit trail read as the test's own check (the desktop code itself never runs SQL)."""
    sql = "SELECT actor, action, entity, entity_id, client_id FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
    return store.vault.conn.execute(sql + " ORDER BY id", tuple(where.values())).fetchall()


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.LeftButton)


@pytest.fixture
def env(qtbot, open_as):
    """c1 (본관) with six clients; ``view()`` makes a programs view on 1 April 2026."""
    store = open_as("c1")
    clients = [store.clients.add(Client(code=f"2026-{i + 1:04d}", name=name, sex="F", birth_year=1980 + i,
                                        job_group="admin", site_id=1)) for i, name in enumerate(NAMES)]

    def view(lang="en", mask=False, size=(1110, 760)) -> ProgramsView:
        context = AppContext(store, lang)
        context.today = lambda: TODAY
        context.mask_names = mask
        v = ProgramsView(context)
        qtbot.addWidget(v)
        v.resize(*size)
        v.show()
        qtbot.waitExposed(v)
        return v

    def program(name="회복탄력성 향상", category="resilience", site=1, starts="2026-04-01", planned=4, **kw) -> Program:
        return store.programs.add(Program(name=name, category=category, site_id=site, starts_on=starts,
                                          facilitator_id=store.actor.id, planned_sessions=planned, **kw))

    def session(p, day="2026-04-01", start="15:00", end="16:30", room=GROUP_ROOM, location=None):
        return store.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at=f"{day}T{start}",
                                                         ends_at=f"{day}T{end}", room_id=room, location=location))

    return type("Env", (), dict(store=store, clients=clients, view=view, program=program, session=session))


def table_row(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


# --- storage additions -------------------------------------------------------------------------
def test_storage_update_unregister_years_and_overview(open_as):
    store = open_as("coord")
    c = store.clients.add(Client(code="2026-0001", name="홍길동", sex="M", birth_year=1984, job_group="admin"))
    p = store.programs.add(Program(name="스트레스 완화", category="stress_relief", site_id=1, starts_on="2025-12-15",
                                   ends_on="2026-01-20", planned_sessions=4))
    o = store.programs.add(Program(name="찾아가는 상담", category="outreach", site_id=2, starts_on="2026-04-10",
                                   department="소방재난본부"))
    s1 = store.programs.add_session(ProgramSession(p.id, 0, "2025-12-15T15:00", "2025-12-15T16:30", room_id=3))
    store.programs.add_session(ProgramSession(p.id, 0, "2025-12-22T15:00", "2025-12-22T16:30", room_id=3))
    o1 = store.programs.add_session(ProgramSession(o.id, 0, "2026-04-10T10:00", "2026-04-10T12:00", location="회의실"))
    store.programs.set_attendance(s1.id, [Attendance(s1.id, c.id)])
    store.programs.set_headcount(s1.id, 2)
    store.programs.set_headcount(o1.id, 40)

    p.name, p.planned_sessions, p.description = "스트레스 완화 (겨울)", 6, "6회기로 늘림"
    store.programs.update(p)
    got = store.programs.get(p.id)
    assert (got.name, got.planned_sessions, got.description, got.ends_on) == ("스트레스 완화 (겨울)", 6, "6회기로 늘림",
                                                                            "2026-01-20")
    assert audit_rows(store, action="update", entity="program") == [("coord", "update", "program", str(p.id), None)]
    with pytest.raises(ValidationError):
        store.programs.update(Program(**{**got.__dict__, "ends_on": "2025-12-01"}))   # ends before it starts
    with pytest.raises(ValidationError):
        store.programs.update(Program(**{**got.__dict__, "name": " "}))
    with pytest.raises(NotFound):
        store.programs.update(Program(**{**got.__dict__, "id": 999}))

    s1.location, s1.room_id, s1.starts_at = "별관 강당", None, "2025-12-15T14:00"
    store.programs.update_session(s1)
    (again, _second) = store.programs.sessions(p.id)
    assert (again.session_no, again.starts_at, again.room_id, again.location, again.headcount) == \
           (1, "2025-12-15T14:00", None, "별관 강당", 2)
    assert audit_rows(store, action="update", entity="program_session") == \
           [("coord", "update", "program_session", str(s1.id), None)]
    with pytest.raises(ValidationError):
        store.programs.update_session(ProgramSession(p.id, 1, "2025-12-15T15:00", "2025-12-15T14:00", room_id=3,
                                                     id=s1.id))
    with pytest.raises(ValidationError):
        store.programs.update_session(ProgramSession(p.id, 1, "2025-12-15T15:00", "2025-12-15T16:00", id=s1.id))

    store.programs.register(p.id, c.id)
    store.programs.unregister(p.id, c.id)
    assert store.programs.registered(p.id) == []
    assert store.programs.attendance(s1.id) == [Attendance(s1.id, c.id, False)]   # attendance stays
    assert audit_rows(store, action="unregister") == [("coord", "unregister", "program", str(p.id), c.id)]

    assert store.programs.years() == [2026, 2025]
    everything = {s.program.id: (s.sessions, s.person_visits) for s in store.programs.overview()}
    assert everything == {p.id: (2, 3), o.id: (1, 40)}
    assert sum(store.programs.totals(p.id).values()) == 3
    assert [s.program.id for s in store.programs.overview(year=2026)] == [o.id, p.id]   # spans the new year
    assert [s.program.id for s in store.programs.overview(year=2025)] == [p.id]
    assert [s.program.id for s in store.programs.overview(site_id=2)] == [o.id]
    assert [s.program.id for s in store.programs.overview(category="stress_relief", year=2026)] == [p.id]
    assert store.programs.overview(site_id=1, category="outreach") == []


def test_storage_additions_keep_the_role_table(open_as):
    store = open_as("lead")
    p = store.programs.add(Program(name="회복탄력성", category="resilience", site_id=1, starts_on="2026-04-01"))
    admin = open_as("admin")
    for call in (lambda: admin.programs.overview(), lambda: admin.programs.years(),
                 lambda: admin.programs.update(p), lambda: admin.programs.unregister(p.id, 1),
                 lambda: admin.programs.update_session(ProgramSession(p.id, 1, "2026-04-01T10:00",
                                                                      "2026-04-01T11:00", room_id=1, id=1))):
        with pytest.raises(PermissionDenied):
            call()


# --- programs and sessions through the widgets ---------------------------------------------------
def test_create_a_program_and_two_sessions(qtbot, env):
    store = env.store
    view = env.view()
    click(qtbot, view.new_button)
    dialog = view.dialog
    assert isinstance(dialog, ProgramDialog) and dialog.isVisible()
    assert dialog.facilitator.currentData() == store.actor.id and dialog.site.currentData() == 1
    click(qtbot, dialog.save_button)                                  # nothing typed
    assert dialog.message.text() == "Give the program a name." and store.programs.overview() == []
    type_text(qtbot, dialog.name, "마음챙김 스트레스 완화")
    dialog.category.setCurrentIndex(dialog.category.findData("stress_relief"))
    assert not dialog.department.isEnabled()                          # only for outreach and campaigns
    dialog.starts_on.setDate(QDate(2026, 4, 1))
    dialog.has_end.setChecked(True)
    dialog.ends_on.setDate(QDate(2026, 3, 25))
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "The end date is before the start date." and store.programs.overview() == []
    dialog.ends_on.setDate(QDate(2026, 4, 22))
    dialog.planned.setValue(4)
    type_text(qtbot, dialog.description, "호흡과 이완 연습, 4주")
    click(qtbot, dialog.save_button)
    assert view.dialog is None
    (p,) = store.programs.list()
    assert (p.name, p.category, p.site_id, p.facilitator_id, p.starts_on, p.ends_on, p.planned_sessions,
            p.description, p.department) == ("마음챙김 스트레스 완화", "stress_relief", 1, store.actor.id,
                                             "2026-04-01", "2026-04-22", 4, "호흡과 이완 연습, 4주", None)
    assert audit_rows(store, entity="program") == [("c1", "create", "program", str(p.id), None)]
    detail = view.detail
    assert detail.program.id == p.id and detail.title.text() == p.name and view.table.rowCount() == 1

    click(qtbot, detail.add_session_button)
    sd = detail.dialog
    assert isinstance(sd, SessionDialog) and sd.in_room.isChecked() and sd.room.currentData() == GROUP_ROOM
    sd.date.setDate(QDate(2026, 4, 1))
    sd.starts.setTime(QTime(15, 0))
    sd.ends.setTime(QTime(14, 0))
    click(qtbot, sd.save_button)
    assert sd.message.text() == "The session must end after it starts."
    sd.ends.setTime(QTime(16, 30))
    click(qtbot, sd.save_button)
    assert detail.dialog is None
    click(qtbot, detail.add_session_button)
    sd = detail.dialog                                                # a week later, same time
    assert (sd.date.date(), sd.starts.time(), sd.ends.time()) == (QDate(2026, 4, 8), QTime(15, 0), QTime(16, 30))
    sd.outside.setChecked(True)
    click(qtbot, sd.save_button)
    assert sd.message.text() == "Choose a room or type the outside location."
    sd.in_room.setChecked(True)
    sd.room.setCurrentIndex(sd.room.findText("상담실2"))
    click(qtbot, sd.save_button)
    sessions = store.programs.sessions(p.id)
    assert [(s.session_no, s.starts_at, s.ends_at, s.room_id, s.location) for s in sessions] == [
        (1, "2026-04-01T15:00", "2026-04-01T16:30", GROUP_ROOM, None),
        (2, "2026-04-08T15:00", "2026-04-08T16:30", 2, None)]
    assert audit_rows(store, entity="program_session") == [("c1", "create", "program_session", str(s.id), None)
                                                           for s in sessions]
    assert [table_row(detail.table, r)[:4] for r in range(2)] == [
        ["1", "Wed 01 Apr 2026", "15:00–16:30", "집단실"], ["2", "Wed 08 Apr 2026", "15:00–16:30", "상담실2"]]
    assert detail.totals.text() == "2 of 4 planned sessions · person-visits 0 (named 0 + head-count 0)"
    assert table_row(view.table, 0)[3:] == ["2", "0"]

    # edit the second session and the program
    detail.table.setCurrentCell(1, 0)
    click(qtbot, detail.edit_session_button)
    sd = detail.dialog
    sd.starts.setTime(QTime(16, 0))
    sd.ends.setTime(QTime(17, 30))
    click(qtbot, sd.save_button)
    assert store.programs.sessions(p.id)[1].starts_at == "2026-04-08T16:00"
    click(qtbot, detail.edit_button)
    pd = detail.dialog
    assert isinstance(pd, ProgramDialog) and pd.name.text() == p.name and pd.planned.value() == 4
    pd.planned.setValue(6)
    click(qtbot, pd.save_button)
    assert store.programs.get(p.id).planned_sessions == 6
    assert [r[1] for r in audit_rows(store, entity="program")] == ["create", "update"]
    assert detail.totals.text().startswith("2 of 6 planned sessions")


def test_keyboard_new_program_and_enter_through_the_lists(qtbot, env):
    p = env.program()
    env.session(p)
    view = env.view()
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key_N, Qt.ControlModifier)
    assert isinstance(view.dialog, ProgramDialog) and view.dialog.isVisible()
    qtbot.keyClick(view.dialog, Qt.Key_Escape)
    assert view.dialog is None
    activate(qtbot, view)
    view.table.setCurrentCell(0, 0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key_Return)                  # into the sessions
    assert view.detail.table.hasFocus()
    qtbot.keyClick(view.detail.table, Qt.Key_Return)           # the session's attendance
    assert isinstance(view.detail.dialog, AttendanceDialog)
    view.detail.dialog.reject()


def test_register_clients_by_search_and_take_one_off(qtbot, env, monkeypatch):
    store = env.store
    p = env.program()
    view = env.view()
    detail = view.detail
    activate(qtbot, view)
    search = detail.register_search
    search.edit.setFocus()
    type_text(qtbot, search.edit, "ㅎㄱ")                      # initials of 홍길동
    qtbot.keyClick(search.edit, Qt.Key_Return)                 # search now; the first match has the focus
    assert search.results.hasFocus() and "홍길동" in search.results.currentItem().text()
    qtbot.keyClick(search.results, Qt.Key_Return)              # register it
    assert search.pick_first("2026-0002")
    assert search.pick_first("이서")
    hong, kim, lee = env.clients[:3]
    assert store.programs.registered(p.id) == [hong.id, kim.id, lee.id]
    assert audit_rows(store, action="register") == [("c1", "register", "program", str(p.id), c.id)
                                                    for c in (hong, kim, lee)]
    assert [detail.registered.item(i).text() for i in range(3)] == ["김민지 · 2026-0002", "이서준 · 2026-0003",
                                                                    "홍길동 · 2026-0001"]
    assert detail.registered_box.title() == "Registered clients (3)"
    search.edit.setText("홍길동")
    search.run_search()                                        # already registered: not offered again
    assert search.results.count() == 1 and search.results.item(0).text() == "No client found."
    asked = []
    monkeypatch.setattr(common, "confirm", lambda *a: asked.append(a[2]) or True)
    detail.registered.setCurrentRow(0)
    detail.registered.setFocus()
    qtbot.keyClick(detail.registered, Qt.Key_Delete)
    assert asked and "김민지" in asked[0]
    assert store.programs.registered(p.id) == [hong.id, lee.id]
    assert audit_rows(store, action="unregister") == [("c1", "unregister", "program", str(p.id), kim.id)]


def test_attendance_with_a_walk_in(qtbot, env):
    store = env.store
    hong, kim, lee, park = env.clients[:4]
    p = env.program()
    s1, s2 = env.session(p), env.session(p, day="2026-04-08")
    for c in (hong, kim, lee):
        store.programs.register(p.id, c.id)
    view = env.view()
    detail = view.detail
    activate(qtbot, view)
    detail.table.setCurrentCell(0, 0)
    detail.table.setFocus()
    qtbot.keyClick(detail.table, Qt.Key_Return)
    dialog = detail.dialog
    assert isinstance(dialog, AttendanceDialog)
    activate(qtbot, dialog)
    assert dialog.list.hasFocus()
    assert [dialog.list.item(i).text() for i in range(3)] == ["김민지 · 2026-0002", "이서준 · 2026-0003",
                                                              "홍길동 · 2026-0001"]
    dialog.list.setCurrentRow(2)
    qtbot.keyClick(dialog.list, Qt.Key_Space)                  # tick 홍길동
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key_Space)                  # tick 김민지 ...
    qtbot.keyClick(dialog.list, Qt.Key_Space)                  # ... and untick again
    assert [r[2] for r in dialog.rows()] == [False, False, True]
    dialog.walk_in.edit.setFocus()
    type_text(qtbot, dialog.walk_in.edit, "박지")
    qtbot.keyClick(dialog.walk_in.edit, Qt.Key_Return)
    qtbot.keyClick(dialog.walk_in.results, Qt.Key_Return)      # 박지우 comes in as a walk-in
    assert dialog.list.item(3).text() == "박지우 · 2026-0004  (walk-in)"
    assert dialog.total.text() == "Named 2 (walk-ins 1) + head-count 0 = 2 attended"
    click(qtbot, dialog.save_button)
    assert detail.dialog is None
    assert store.programs.attendance(s1.id) == [Attendance(s1.id, hong.id, False), Attendance(s1.id, park.id, True)]
    assert store.programs.sessions(p.id)[0].headcount is None
    assert audit_rows(store, action="attendance") == [("c1", "attendance", "program_session", str(s1.id), None)]
    assert audit_rows(store, action="headcount") == []          # not touched, not written
    assert table_row(detail.table, 0)[4:] == ["2", "—", "2"]
    assert store.programs.registered(p.id) == [hong.id, kim.id, lee.id]   # a walk-in is not registered

    detail.table.setCurrentCell(0, 0)
    click(qtbot, detail.attendance_button)                     # opened again: as saved
    dialog = detail.dialog
    assert [(r[1], r[2]) for r in dialog.rows()] == [(False, False), (False, False), (False, True), (True, True)]
    dialog.reject()
    detail.table.setCurrentCell(1, 0)
    click(qtbot, detail.attendance_button)
    dialog = detail.dialog
    click(qtbot, dialog.all_button)
    click(qtbot, dialog.save_button)
    assert [a.client_id for a in store.programs.attendance(s2.id)] == [hong.id, kim.id, lee.id]


def test_outreach_head_count_through_the_widgets(qtbot, env):
    store = env.store
    view = env.view()
    click(qtbot, view.new_button)
    dialog = view.dialog
    type_text(qtbot, dialog.name, "찾아가는 마음건강 상담")
    dialog.category.setCurrentIndex(dialog.category.findData("outreach"))
    assert dialog.department.isEnabled()
    type_text(qtbot, dialog.department, "소방재난본부")
    dialog.starts_on.setDate(QDate(2026, 4, 10))
    click(qtbot, dialog.save_button)
    (summary,) = store.programs.overview()
    p = summary.program
    assert (p.category, p.department) == ("outreach", "소방재난본부")
    detail = view.detail
    click(qtbot, detail.add_session_button)
    sd = detail.dialog
    assert sd.outside.isChecked() and sd.location.text() == "소방재난본부" and not sd.room.isEnabled()
    sd.location.setText("소방재난본부 3층 회의실")
    sd.date.setDate(QDate(2026, 4, 10))
    sd.starts.setTime(QTime(10, 0))
    sd.ends.setTime(QTime(12, 0))
    click(qtbot, sd.save_button)
    (s,) = store.programs.sessions(p.id)
    assert (s.room_id, s.location) == (None, "소방재난본부 3층 회의실")
    assert table_row(detail.table, 0)[3] == "소방재난본부 3층 회의실"

    detail.table.setCurrentCell(0, 0)
    click(qtbot, detail.attendance_button)
    dialog = detail.dialog
    activate(qtbot, dialog)
    assert dialog.headcount.hasFocus() and dialog.empty.isVisible()   # names are not taken here
    dialog.headcount.selectAll()
    qtbot.keyClicks(dialog.headcount, "37")
    assert dialog.total.text() == "Named 0 (walk-ins 0) + head-count 37 = 37 attended"
    qtbot.keyClick(dialog.headcount, Qt.Key_Return)              # Enter saves
    assert detail.dialog is None
    assert store.programs.sessions(p.id)[0].headcount == 37 and store.programs.attendance(s.id) == []
    assert audit_rows(store, action="headcount") == [("c1", "headcount", "program_session", str(s.id), None)]
    assert audit_rows(store, action="attendance") == []
    assert table_row(detail.table, 0)[4:] == ["0", "37", "37"]
    assert detail.totals.text() == "1 sessions · person-visits 37 (named 0 + head-count 37)"
    assert table_row(view.table, 0)[3:] == ["1", "37"]


def test_totals_per_session_and_per_program(qtbot, env):
    store = env.store
    hong, kim, lee = env.clients[:3]
    p = env.program(planned=4)
    s1, s2 = env.session(p), env.session(p, day="2026-04-08")
    other = env.program(name="대인관계 향상", category="relationships", starts="2026-03-02")
    o1 = env.session(other, day="2026-03-02")
    store.programs.set_headcount(o1.id, 5)
    store.programs.register(p.id, hong.id)
    store.programs.register(p.id, kim.id)
    view = env.view()
    view.select(p.id)
    detail = view.detail
    detail.table.setCurrentCell(0, 0)
    click(qtbot, detail.attendance_button)
    d = detail.dialog
    click(qtbot, d.all_button)
    assert d.walk_in.pick_first("이서준")
    d.headcount.setValue(3)                                      # three more, not named
    click(qtbot, d.save_button)
    detail.table.setCurrentCell(1, 0)
    click(qtbot, detail.attendance_button)
    d = detail.dialog
    d.tick(hong.id)
    click(qtbot, d.save_button)
    assert table_row(detail.table, 0)[4:] == ["3", "3", "6"]
    assert table_row(detail.table, 1)[4:] == ["1", "—", "1"]
    assert store.programs.totals(p.id) == {s1.id: 6, s2.id: 1}
    assert detail.totals.text() == "2 of 4 planned sessions · person-visits 7 (named 4 + head-count 3)"
    rows = {table_row(view.table, r)[0]: table_row(view.table, r)[3:] for r in range(view.table.rowCount())}
    assert rows == {"회복탄력성 향상": ["2", "7"], "대인관계 향상": ["1", "5"]}
    assert view.count.text() == "2 programs · 3 sessions · person-visits 12"


def test_filters_by_site_category_and_year(qtbot, env):
    a = env.program(name="본관 스트레스", category="stress_relief")
    b = env.program(name="별관 캠페인", category="campaign", site=2, starts="2026-05-01")
    c = env.program(name="작년 회복탄력성", starts="2025-09-01")
    view = env.view()

    def shown():
        return [table_row(view.table, r)[0] for r in range(view.table.rowCount())]
    assert view.site.currentData() == 1 and view.year.currentData() == 2026   # my site, this year
    assert shown() == [a.name]
    view.site.setCurrentIndex(view.site.findData(None))
    assert shown() == [b.name, a.name]
    view.category.setCurrentIndex(view.category.findData("campaign"))
    assert shown() == [b.name]
    view.category.setCurrentIndex(0)
    view.year.setCurrentIndex(view.year.findData(2025))
    assert shown() == [c.name]
    view.year.setCurrentIndex(view.year.findData(None))
    assert shown() == [b.name, a.name, c.name]
    view.select(c.id)
    view.year.setCurrentIndex(view.year.findData(2026))           # the shown program is filtered away
    assert view.detail.program.id == b.id and view.table.currentRow() == 0
    view.category.setCurrentIndex(view.category.findData("outreach"))
    assert shown() == [] and view.detail.program is None and not view.detail.info.isVisible()


def test_names_are_masked(qtbot, env):
    store = env.store
    p = env.program()
    s = env.session(p)
    store.programs.register(p.id, env.clients[0].id)
    view = env.view(mask=True)
    view.select(p.id)
    assert view.detail.registered.item(0).text() == "홍*동 · 2026-0001"
    view.detail.take_attendance(0)
    dialog = view.detail.dialog
    assert dialog.list.item(0).text() == "홍*동 · 2026-0001"
    assert dialog.walk_in.pick_first("김민지")
    assert dialog.list.item(1).text() == "김*지 · 2026-0002  (walk-in)"
    dialog.reject()
    assert s.id


def test_the_administrator_sees_no_programs(qtbot, open_as):
    store = open_as("admin")
    context = AppContext(store, "en")
    view = ProgramsView(context)
    qtbot.addWidget(view)
    assert view.message.text() == "You are not allowed to see programs." and view.table.rowCount() == 0
    assert not view.new_button.isEnabled() and not view.survey_button.isEnabled()
    assert view.new_program() is None and view.open_survey() is None


def test_the_main_window_shows_the_programs_view(qtbot, env):
    from desktop.main_window import MainWindow
    p = env.program()
    window = MainWindow(env.store, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.views["programs"]
    assert isinstance(view, ProgramsView)
    window.show_view("programs")
    activate(qtbot, window)
    view.table.setFocus()
    view.year.setCurrentIndex(view.year.findData(None))          # all years (the window's today is the real one)
    assert [s.program.id for s in view.rows] == [p.id] and view.detail.program.id == p.id
    qtbot.keyClick(view.table, Qt.Key_N, Qt.ControlModifier)   # Ctrl+N here is "new program", not "new client"
    assert isinstance(view.dialog, ProgramDialog)
    view.dialog.reject()
    assert window.views["clients"].intake is None
    window.close()


# --- the satisfaction survey ---------------------------------------------------------------------
def open_survey(qtbot, view) -> SurveyDialog:
    click(qtbot, view.survey_button)
    dialog = view.survey
    assert isinstance(dialog, SurveyDialog) and dialog.isVisible()
    activate(qtbot, dialog)
    return dialog


def press(qtbot, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_survey_entry_with_digit_keys_is_anonymous(qtbot, env):
    store = env.store
    view = env.view()
    dialog = open_survey(qtbot, view)
    assert dialog.period() == "2026-04" and dialog.site.currentData() == 1
    assert dialog.anonymous.text() == "Saved anonymously: a response is never linked to a client."
    assert [r.label.text() for r in dialog.rows][0] == "1. [Usefulness] The service was useful to me."
    dialog.line.setCurrentIndex(dialog.line.findData("program"))
    dialog.rows[0].setFocus()
    assert dialog.rows[0].property("current") is True
    press(qtbot, "5454553")                                     # each digit answers and moves on
    assert dialog.comment.hasFocus()
    type_text(qtbot, dialog.comment, "강사님 설명이 좋았어요")
    qtbot.keyClick(dialog.comment, Qt.Key_Return)               # Enter: save and next
    (r,) = store.surveys.for_month("2026-04")
    assert (r.site_id, r.service_line, r.period_month, r.comment) == (1, "program", "2026-04", "강사님 설명이 좋았어요")
    assert [getattr(r, f) for f in SATISFACTION_ITEMS] == [5, 4, 5, 4, 5, 5, 3]
    # no client anywhere: not in the table, not in the audit row
    columns = [c[1] for c in store.vault.conn.execute("PRAGMA table_info(satisfaction_responses)")]
    assert not [c for c in columns if "client" in c]
    assert audit_rows(store, entity="satisfaction") == [("c1", "create", "satisfaction", str(r.id), None)]
    # ready for the next paper form
    assert dialog.rows[0].hasFocus() and all(row.value() is None for row in dialog.rows) and not dialog.comment.text()
    assert dialog.message.text() == "Saved (1 in this sitting). Next form."
    assert dialog.line.currentData() == "program" and dialog.period() == "2026-04"
    press(qtbot, "3333331")
    qtbot.keyClick(dialog.comment, Qt.Key_Return)
    assert len(store.surveys.for_month("2026-04")) == 2
    summary = dialog.summary_values()
    n, means, overall = summary["program"]
    assert n == 2 and means == [4.0, 3.5, 4.0, 3.5, 4.0, 4.0, 2.0] and overall == pytest.approx(25 / 7)
    assert summary["counseling"][0] == 0 and summary["all"][0] == 2
    cells = [dialog.summary.item(2, c).text() for c in range(dialog.summary.columnCount())]
    assert cells == ["2", "4.00", "3.50", "4.00", "3.50", "4.00", "4.00", "2.00", "3.57"]
    assert dialog.summary.item(0, 0).text() == "0" and dialog.summary.item(0, 1).text() == "—"
    assert "2026-04" in dialog.summary_box.title()
    press(qtbot, "1111111")
    click(qtbot, dialog.save_button)                            # save and close
    assert view.survey is None and len(store.surveys.for_month("2026-04")) == 3


def test_survey_refuses_out_of_range_and_missing_answers(qtbot, env):
    store = env.store
    view = env.view()
    dialog = open_survey(qtbot, view)
    dialog.rows[0].setFocus()
    press(qtbot, "7")
    assert dialog.message.text() == "Item 1: answers are 1 to 5 (not 7)."
    assert dialog.rows[0].value() is None and dialog.rows[0].hasFocus()
    press(qtbot, "0")
    assert dialog.message.text() == "Item 1: answers are 1 to 5 (not 0)."
    assert not dialog.answer(1, 6) and dialog.message.text() == "Item 2: answers are 1 to 5 (not 6)."
    press(qtbot, "45")                                           # items 1 and 2
    qtbot.keyClick(dialog.rows[2], Qt.Key_Down)                  # skip item 3
    press(qtbot, "555")                                          # items 4-6
    assert dialog.rows[6].hasFocus()
    qtbot.keyClick(dialog.rows[6], Qt.Key_Return)                # save and next: refused
    assert dialog.message.text() == "Answer every item; missing: 3, 7."
    assert dialog.rows[2].hasFocus() and store.surveys.for_month("2026-04") == []
    assert [row.value() for row in dialog.rows] == [4, 5, None, 5, 5, 5, None]   # nothing lost
    qtbot.keyClick(dialog.rows[2], Qt.Key_Right)                 # arrows choose too: 1, then 2
    qtbot.keyClick(dialog.rows[2], Qt.Key_Right)
    assert dialog.rows[2].value() == 2
    assert not dialog.save_and_close() and dialog.message.text() == "Answer every item; missing: 7."
    assert store.surveys.for_month("2026-04") == []
    dialog.answer(6, 4)
    assert dialog.save_and_close()
    (r,) = store.surveys.for_month("2026-04")
    assert [getattr(r, f) for f in SATISFACTION_ITEMS] == [4, 5, 2, 5, 5, 5, 4] and r.comment is None
    with pytest.raises(ValidationError):   # the repository refuses what the dialog cannot send
        store.surveys.add(SatisfactionResponse(site_id=1, service_line="program", period_month="2026-04",
                                               **{**{f: 3 for f in SATISFACTION_ITEMS}, "revisit": 6}))


def test_survey_keyboard_order(qtbot, env):
    view = env.view()
    dialog = open_survey(qtbot, view)
    dialog.line.setFocus()
    seen = []
    for _ in range(13):
        if not seen or seen[-1] is not QApplication.focusWidget():   # Tab first walks the month's sections
            seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert seen[:3] == [dialog.line, dialog.month, dialog.site]
    assert seen[3:10] == dialog.rows and seen[10] is dialog.comment and seen[11] is dialog.next_button
    assert not any(isinstance(w, type(dialog.rows[0].buttons[1])) for w in seen)   # radios are not tab stops


# --- screenshots and strings ----------------------------------------------------------------------
def test_screenshots_in_korean(qtbot, env, korean):
    store = env.store
    hong, kim, lee, park, choi, jung = env.clients
    p = env.program(name="마음챙김 스트레스 완화 (봄 학기)", category="stress_relief", planned=4,
                    ends_on="2026-04-22", description="호흡과 이완, 몸 살피기, 감정 다루기를 4주에 걸쳐 연습합니다.")
    s1, s2 = env.session(p), env.session(p, day="2026-04-08")
    for c in (hong, kim, lee, park):
        store.programs.register(p.id, c.id)
    store.programs.set_attendance(s1.id, [Attendance(s1.id, c.id) for c in (hong, kim, lee)]
                                  + [Attendance(s1.id, choi.id, True)])
    store.programs.set_attendance(s2.id, [Attendance(s2.id, c.id) for c in (hong, lee, park)])
    out = env.program(name="찾아가는 마음건강 상담", category="outreach", starts="2026-03-20", planned=1,
                      department="소방재난본부")
    store.programs.set_headcount(env.session(out, day="2026-03-20", start="10:00", end="12:00", room=None,
                                             location="소방재난본부 3층 회의실").id, 37)
    env.program(name="직장 내 대인관계 향상", category="relationships", starts="2026-03-05", planned=6)
    env.program(name="생명존중 캠페인", category="campaign", starts="2026-03-10")
    for i in range(5):
        store.surveys.add(SatisfactionResponse(site_id=1, service_line="program" if i % 2 else "counseling",
                                               period_month="2026-04", **{f: 3 + (i + j) % 3 for j, f in
                                                                           enumerate(SATISFACTION_ITEMS)}))
    view = env.view(lang="ko")
    view.select(p.id)
    qtbot.wait(50)
    assert view.grab().save("/tmp/programs_view.png")

    dialog = view.detail.edit_program()
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/programs_program_dialog.png")
    dialog.reject()
    view.detail.table.setCurrentCell(1, 0)
    dialog = view.detail.edit_session()
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/programs_session_dialog.png")
    dialog.reject()
    dialog = view.detail.take_attendance(1)
    dialog.walk_in.pick_first("정하윤")
    dialog.headcount.setValue(2)
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/programs_attendance.png")
    dialog.reject()
    view.select(out.id)
    dialog = view.detail.take_attendance(0)
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/programs_attendance_outreach.png")
    dialog.reject()

    survey = view.open_survey()
    activate(qtbot, survey)
    assert survey.anonymous.text().startswith("익명으로 저장됩니다")
    survey.line.setCurrentIndex(survey.line.findData("program"))
    for i, v in enumerate([5, 4, 5, 4]):
        survey.answer(i, v)
    survey.rows[4].setFocus()
    survey.answer(6, 9)
    qtbot.wait(50)
    assert survey.grab().save("/tmp/programs_survey.png")
    assert survey.grab().size() == survey.size()
    survey.reject()
    for name in ("view", "program_dialog", "session_dialog", "attendance", "attendance_outreach", "survey"):
        assert Path(f"/tmp/programs_{name}.png").stat().st_size > 10_000


def test_programs_code_runs_no_sql():
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", "executescript", "sqlcipher", ".conn.", "SELECT ", "INSERT "):
            assert needle not in text, f"{path.name} contains {needle}"
