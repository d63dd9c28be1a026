"""Group notes through the widgets (offscreen): mark the attendance, write the group note once,
sign the copies; then open a member's chart and see only their own copy under the heading
"집단상담: <program>, n=6". The database and the audit log are checked afterwards."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.views.clients import ClientsView
from desktop.views.programs import ProgramsView, common
from desktop.views.programs.attendance import AttendanceDialog
from desktop.views.programs.group_note import GroupNoteDialog
from storage.records import Attendance, Client, Program, ProgramSession

from .qt_helpers import korean_with, type_text

NAMES = ["홍길동", "김민지", "이서준", "박지우", "최예린", "정하윤", "강도현"]
SHOTS = "/work/reports/shots"


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, {})


@pytest.fixture
def env(qtbot, open_as):
    """c1 facilitates "스트레스 다루기" with seven registered clients; one session on 1 April."""
    store = open_as("c1")
    clients = [store.clients.add(Client(code=f"2026-{i + 1:04d}", name=name, sex="F", birth_year=1980 + i,
                                        job_group="admin", site_id=1)) for i, name in enumerate(NAMES)]
    p = store.programs.add(Program(name="스트레스 다루기", category="stress_relief", site_id=1,
                                   starts_on="2026-04-01", facilitator_id=store.actor.id, planned_sessions=4))
    s = store.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at="2026-04-01T15:00",
                                                  ends_at="2026-04-01T16:30", room_id=3))
    for c in clients:
        store.programs.register(p.id, c.id)
    return type("Env", (), dict(store=store, clients=clients, program=p, session=s))


def programs_view(qtbot, store, lang) -> ProgramsView:
    view = ProgramsView(AppContext(store, lang))
    qtbot.addWidget(view)
    view.resize(1110, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def stored_copies(store, program_session_id):
    return store.vault.conn.execute(
        "SELECT client_id, note, note_status FROM counseling_sessions WHERE program_session_id = ? ORDER BY client_id",
        (program_session_id,)).fetchall()


def write_group_note_through_the_widgets(qtbot, env, lang):
    store, clients = env.store, env.clients
    absent = clients[6]
    view = programs_view(qtbot, store, lang)
    detail = view.detail
    assert detail.program is not None and detail.program.id == env.program.id
    detail.table.setCurrentCell(0, 0)
    qtbot.mouseClick(detail.attendance_button, Qt.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, AttendanceDialog)
    qtbot.mouseClick(dialog.all_button, Qt.LeftButton)
    dialog.tick(absent.id, False)                                 # 강도현 did not come
    qtbot.mouseClick(dialog.group_note_button, Qt.LeftButton)     # save the attendance, then the note
    note = detail.dialog
    assert isinstance(note, GroupNoteDialog)
    assert [a.client_id for a in store.programs.attendance(env.session.id)] == [c.id for c in clients[:6]]
    assert note.members.rowCount() == 6 and absent.id not in note.member_ids
    return view, detail, note


def test_write_the_group_note_once_and_sign_every_copy(qtbot, env, monkeypatch):
    store, clients = env.store, env.clients
    view, detail, note = write_group_note_through_the_widgets(qtbot, env, "en")
    assert "6 attending members" in note.members_box.title() and "n=6" in note.members_box.title()
    assert list(note.sections) == ["subjective", "objective", "assessment", "plan"]

    # a member's name in the shared text: refused, the section named, nothing stored
    type_text(qtbot, note.sections["subjective"], "김민지 씨가 먼저 말함")
    assert not note.save_now()
    assert "Subjective" in note.message.text() and "김민지" not in note.message.text()
    assert note.sections["subjective"].textCursor().selectedText() == "김민지"   # pointed at, on screen only
    assert store.group_notes.get(env.session.id) is None and stored_copies(store, env.session.id) == []

    note.sections["subjective"].setPlainText("")
    type_text(qtbot, note.sections["subjective"], "업무 스트레스를 나눔")
    type_text(qtbot, note.sections["plan"], "다음 회기: 호흡 연습")
    note.set_line(clients[0].id, "처음으로 발언함")
    qtbot.mouseClick(note.save_button, Qt.LeftButton)
    assert note.message.text() == ""
    rows = stored_copies(store, env.session.id)
    assert [r[0] for r in rows] == [c.id for c in clients[:6]]
    for client_id, text, status in rows:                          # every stored copy, as bytes
        copy = json.loads(text)
        assert copy["group"] == "집단상담: 스트레스 다루기, n=6" and status == "draft"
        assert copy["subjective"] == "업무 스트레스를 나눔"
        for other in clients:
            if other.id != client_id:
                assert other.name not in text and other.code not in text
    assert json.loads(rows[0][1])["member"] == "처음으로 발언함" and "member" not in json.loads(rows[1][1])

    # sign one member's copy, then all the others (each separately)
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    note.members.setCurrentCell(note.member_ids.index(clients[1].id), 0)
    assert note.sign_button.isEnabled()
    qtbot.mouseClick(note.sign_button, Qt.LeftButton)
    assert [r[2] for r in stored_copies(store, env.session.id)].count("signed") == 1
    assert not note.sign_button.isEnabled()                       # that copy is locked now
    qtbot.mouseClick(note.sign_all_button, Qt.LeftButton)
    assert {r[2] for r in stored_copies(store, env.session.id)} == {"signed"}
    assert "5 copies signed" in note.message.text()
    assert not note.sign_all_button.isEnabled()
    signs = store.vault.conn.execute("SELECT client_id, detail FROM audit_log WHERE action = 'sign'"
                                     " AND entity = 'note' ORDER BY client_id").fetchall()
    assert [s[0] for s in signs] == [c.id for c in clients[:6]]
    assert all("스트레스" not in s[1] for s in signs)
    note.accept()
    assert detail.dialog is None

    # a signed member cannot be marked absent: the attendance dialog says so and keeps them
    qtbot.mouseClick(detail.attendance_button, Qt.LeftButton)
    dialog = detail.dialog
    dialog.tick(clients[0].id, False)
    assert not dialog.try_save()
    assert "addendum" in dialog.message.text()
    assert len(store.programs.attendance(env.session.id)) == 6
    dialog.reject()


def test_late_absence_removes_the_draft_copy(qtbot, env):
    store, clients = env.store, env.clients
    view, detail, note = write_group_note_through_the_widgets(qtbot, env, "en")
    type_text(qtbot, note.sections["subjective"], "공동 기록")
    assert view.save_all() and not note.dirty      # what the main window does before an idle lock
    note.accept()
    qtbot.mouseClick(detail.attendance_button, Qt.LeftButton)
    dialog = detail.dialog
    dialog.tick(clients[5].id, False)
    assert dialog.try_save()
    assert [r[0] for r in stored_copies(store, env.session.id)] == [c.id for c in clients[:5]]
    assert store.sessions.for_client(clients[5].id) == []


def test_a_member_sees_only_their_own_copy(qtbot, env, korean, monkeypatch):
    store, clients = env.store, env.clients
    _view, _detail, note = write_group_note_through_the_widgets(qtbot, env, "ko")
    type_text(qtbot, note.sections["subjective"], "직무 스트레스와 수면 문제를 나눔")
    type_text(qtbot, note.sections["assessment"], "서로 지지하는 분위기")
    note.set_line(clients[2].id, "동료 관계 고민을 처음 말함")
    assert note.save_now()
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    note.members.setCurrentCell(note.member_ids.index(clients[0].id), 2)
    assert note.sign_selected()
    note.members.setCurrentCell(note.member_ids.index(clients[2].id), 2)
    QApplication.processEvents()
    assert note.grab().save(f"{SHOTS}/group-notes-dialog.png")
    note.accept()

    lee = clients[2]
    chart_view = ClientsView(AppContext(store, "ko"))
    qtbot.addWidget(chart_view)
    chart_view.resize(1100, 740)
    chart_view.show()
    assert chart_view.open_target("client", lee.id)
    t = chart_view.chart.timeline
    texts = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert len(texts) == 1 and "집단상담: 스트레스 다루기, n=6" in texts[0]
    QApplication.processEvents()
    assert chart_view.grab().save(f"{SHOTS}/group-notes-chart.png")
    session_id = store.sessions.for_client(lee.id)[0].id
    assert chart_view.open_target("note", session_id)
    editor = chart_view.editor
    assert editor.locked and editor.group_copy_label.isVisible()
    assert "집단상담: 스트레스 다루기, n=6" in editor.group_copy_label.text()
    assert "동료 관계 고민을 처음 말함" in editor.group_copy_label.text()
    assert editor.sections["subjective"].toPlainText() == "직무 스트레스와 수면 문제를 나눔"
    assert editor.sections["subjective"].isReadOnly() and not editor.sign_button.isVisible()
    shown = editor.group_copy_label.text() + "".join(e.toPlainText() for e in editor.sections.values())
    for other in clients:
        if other.id != lee.id:
            assert other.name not in shown and other.code not in shown
    QApplication.processEvents()
    assert chart_view.grab().save(f"{SHOTS}/group-notes-member-copy.png")


def test_the_coordinator_takes_attendance_but_writes_no_group_note(qtbot, env, open_as):
    env.store.programs.set_attendance(env.session.id, [Attendance(env.session.id, c.id) for c in env.clients[:6]])
    coord = open_as("coord")
    view = programs_view(qtbot, coord, "en")
    detail = view.detail
    detail.table.setCurrentCell(0, 0)
    assert not detail.group_note_button.isEnabled()
    qtbot.mouseClick(detail.attendance_button, Qt.LeftButton)
    assert not detail.dialog.group_note_button.isVisible()
    detail.dialog.reject()


def test_group_note_code_runs_no_sql():
    from pathlib import Path
    source = (Path(__file__).resolve().parent.parent / "desktop" / "views" / "programs" / "group_note.py").read_text()
    assert "execute(" not in source and "SELECT" not in source


# --- review fixes -------------------------------------------------------------------------------
def test_refusals_in_the_korean_ui_name_no_english_field_key(qtbot, env, korean, monkeypatch):
    store, clients = env.store, env.clients
    _view, detail, note = write_group_note_through_the_widgets(qtbot, env, "ko")
    type_text(qtbot, note.sections["subjective"], "민지가 먼저 말함")          # a given name + particle
    assert not note.save_now()
    shown = note.message.text()
    assert "주관적 호소 (S)" in shown and "subjective" not in shown and "—" not in shown
    assert "민지" not in shown and stored_copies(store, env.session.id) == []
    note.sections["subjective"].setPlainText("업무 이야기")
    note.set_line(clients[0].id, "서준이와 다툼")                             # another member, in a line
    assert not note.save_now()
    assert "구성원별 한 줄" in note.message.text() and "member" not in note.message.text()
    note.set_line(clients[0].id, "")
    assert note.save_now()
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    note.members.setCurrentCell(0, 0)
    assert note.sign_selected()
    note.accept()
    qtbot.mouseClick(detail.attendance_button, Qt.LeftButton)
    dialog = detail.dialog
    dialog.tick(note.member_ids[0], False)
    assert not dialog.try_save()
    assert "추가기록" in dialog.message.text() and "attendance" not in dialog.message.text()
    dialog.reject()


def test_closing_after_a_refused_save_asks_before_discarding(qtbot, env, monkeypatch):
    _view, detail, note = write_group_note_through_the_widgets(qtbot, env, "en")
    type_text(qtbot, note.sections["plan"], "김민지 follow-up")
    asked = []
    monkeypatch.setattr(common, "confirm", lambda *a, **k: asked.append(a[1]) or False)
    note.accept()
    assert asked == ["Unsaved group note"] and note.isVisible()               # kept open, text as typed
    assert note.sections["plan"].toPlainText() == "김민지 follow-up"
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    note.accept()
    assert not note.isVisible() and detail.dialog is None
    assert stored_copies(env.store, env.session.id) == []


def test_another_counselor_cannot_open_the_group_note(qtbot, env, open_as):
    env.store.programs.set_attendance(env.session.id, [Attendance(env.session.id, c.id) for c in env.clients[:6]])
    view = programs_view(qtbot, open_as("c2"), "en")
    view.detail.table.setCurrentCell(0, 0)
    assert not view.detail.group_note_button.isEnabled()
    qtbot.mouseClick(view.detail.attendance_button, Qt.LeftButton)
    assert not view.detail.dialog.group_note_button.isVisible()
    view.detail.dialog.reject()


def test_a_trainee_submits_the_copies_and_today_lists_the_group_note_once(qtbot, env, open_as, monkeypatch):
    from desktop.main_window import MainWindow
    admin = open_as("admin")
    c1, c2 = admin.staff.get("c1"), admin.staff.get("c2")
    c1.needs_supervision, c1.supervisor_id = True, c2.id
    admin.staff.update(c1)
    store = open_as("c1")
    store.programs.set_attendance(env.session.id, [Attendance(env.session.id, c.id) for c in env.clients[:6]])
    store.group_notes.save(env.session.id, template="free", note={"text": "함께 나눔"})
    window = MainWindow(store, lang="en")
    qtbot.addWidget(window)
    window.show()
    today = window.views["today"]
    today.refresh()
    assert today.drafts.rowCount() == 1                                    # not six copies
    assert "스트레스 다루기" in today.drafts.item(0, 1).text()
    assert "6 members' copies unsigned" in today.drafts.item(0, 3).text()
    today._open_draft(0, 0)                                                # as a double-click does
    note = window.views["programs"].detail.dialog
    assert isinstance(note, GroupNoteDialog) and note.session.id == env.session.id
    assert note.sign_all_button.text().startswith("Submit all copies")
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    assert note.sign_all()
    assert "6 copies submitted" in note.message.text()
    assert {r[2] for r in stored_copies(store, env.session.id)} == {"draft"}
    assert {note.members.item(r, 1).text() for r in range(6)} == {"Waiting for the supervisor's sign-off"}
    assert not note.sign_all_button.isEnabled()
    note.accept()
    today.refresh()
    assert "6 waiting for sign-off" in today.drafts.item(0, 3).text()


def test_moving_a_session_with_signed_copies_is_refused_in_korean(qtbot, env, korean):
    from PySide6.QtCore import QDate
    from desktop.views.programs.session_dialog import SessionDialog
    store = env.store
    store.programs.set_attendance(env.session.id, [Attendance(env.session.id, c.id) for c in env.clients[:6]])
    store.group_notes.save(env.session.id, template="free", note={"text": "함께 나눔"})
    store.group_notes.sign(env.session.id, env.clients[0].id)
    view = programs_view(qtbot, store, "ko")
    view.detail.table.setCurrentCell(0, 0)
    qtbot.mouseClick(view.detail.edit_session_button, Qt.LeftButton)
    sd = view.detail.dialog
    assert isinstance(sd, SessionDialog)
    sd.date.setDate(QDate(2026, 4, 8))
    assert not sd.try_save()
    assert "추가기록" in sd.message.text() and "program_session" not in sd.message.text()
    assert store.programs.sessions(env.program.id)[0].starts_at == "2026-04-01T15:00"
    sd.reject()
