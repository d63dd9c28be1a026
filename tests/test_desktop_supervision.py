"""Supervision sign-off through the widgets: the administrator gives a trainee a supervisor in
the accounts dialog; the trainee writes and submits a note in the note editor; the supervisor
comments and returns it from the supervision view; the trainee sees the comment (Today view,
note editor), revises and resubmits; the supervisor co-signs. The database and the audit log
are checked through the repositories after each step."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.context import AppContext
from desktop.views.admin.accounts import AccountDialog
from desktop.views.clients import ClientsView, prompts
from desktop.views.supervision import SupervisionView
from desktop.views.today import TodayView
from storage.kdf import FAST_TEST_KDF
from storage.records import Case, Client

from .qt_helpers import korean_with, type_text

SHOTS = os.environ.get("MAUMDESK_SHOTS")  # a folder to keep the screenshots in (else tmp_path)


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, {})


@pytest.fixture
def trainee_client(open_as):
    """A client with an open case of c2 (the trainee to be)."""
    lead = open_as("lead")
    c2 = lead.staff.get("c2")
    client = lead.clients.add(Client(code="2026-0101", name="홍길동", sex="M", birth_year=1985, job_group="admin"))
    lead.cases.open(Case(client_id=client.id, counselor_id=c2.id, opened_on="2026-03-02",
                         primary_problem="complaint_abuse"))
    return client


def widget(qtbot, w, size=(1100, 760)):
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    return w


def make_c2_supervised_by_c1(qtbot, open_as) -> None:
    admin = open_as("admin")
    dialog = AccountDialog(AppContext(admin, "en"), FAST_TEST_KDF, admin.staff.get("c2"))
    widget(qtbot, dialog, (540, 400))
    assert not dialog.supervisor.isEnabled()
    dialog.supervision.setChecked(True)
    assert dialog.supervisor.isEnabled()
    logins = [dialog.supervisor.itemText(i) for i in range(dialog.supervisor.count())]
    assert not any("최상담" in t for t in logins)         # not oneself
    assert not any("이조정" in t for t in logins)         # the coordinator reads no notes
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(admin.staff.get("c1").id))
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    c2 = admin.staff.get("c2")
    assert (c2.needs_supervision, c2.supervisor_id) == (True, admin.staff.get("c1").id)


def actions(store, session_id: int) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in store.vault.conn.execute(
        "SELECT action, actor FROM audit_log WHERE entity = 'note' AND entity_id = ?"
        " AND action IN ('submit', 'comment', 'return', 'cosign', 'sign') ORDER BY id", (str(session_id),))]


def test_submit_return_revise_and_cosign_through_the_widgets(qtbot, open_as, trainee_client, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    make_c2_supervised_by_c1(qtbot, open_as)

    # --- the trainee writes and submits ------------------------------------------------------
    c2 = open_as("c2")
    view = widget(qtbot, ClientsView(AppContext(c2, "en")))
    view.open_target("client", trainee_client.id)
    view.chart.new_note_button.click()
    editor = view.editor
    assert editor.supervised and editor.sign_button.text().startswith("Submit for sign-off")
    assert editor.signoff_panel.isVisible() and "최상담" in editor.signoff_panel.state.text()
    type_text(qtbot, editor.sections["subjective"], "민원 응대 후 불면 호소")
    assert editor.save_now()
    sid = editor.session.id
    editor.sign_button.click()
    signoff = c2.supervision.get(sid)
    assert (signoff.status, signoff.reviewer_id) == ("pending", c2.staff.get("c1").id)
    assert c2.sessions.get(sid).note_status == "draft"   # not signed until co-signed
    assert editor.locked and editor.sections["subjective"].isReadOnly()
    assert not editor.sign_button.isVisible() and "sign-off" in editor.status.text()

    # --- the supervisor comments and returns -------------------------------------------------
    c1 = open_as("c1")
    sup = widget(qtbot, SupervisionView(AppContext(c1, "en")))
    sup.refresh()
    assert sup.table.rowCount() == 1
    assert [sup.table.item(0, c).text() for c in (0, 2, 5, 6)] == ["최상담", "홍길동 (2026-0101)", "0", "1"]
    sup.table.cellDoubleClicked.emit(0, 0)
    note = sup.editor
    assert note.sections["subjective"].toPlainText() == "민원 응대 후 불면 호소"
    assert note.sections["subjective"].isReadOnly() and not note.sign_button.isVisible()
    panel = note.signoff_panel
    assert panel.reviewer and panel.cosign_button.isVisible() and panel.return_button.isVisible()
    type_text(qtbot, panel.comment, "객관적 관찰을 더 적어 주세요")
    panel.comment_button.click()
    assert "객관적 관찰을 더 적어 주세요" in panel.thread.toPlainText()
    panel.return_button.click()   # an empty box: a return needs a reason
    assert panel.message.isVisible() and c1.supervision.get(sid).status == "pending"
    type_text(qtbot, panel.comment, "O 항목 보완 후 다시 제출")
    panel.return_button.click()
    assert c1.supervision.get(sid).status == "returned"
    assert sup.stack.currentWidget() is sup.queue_page and sup.table.rowCount() == 0
    assert sup.status.text() == "Returned for revision."

    # --- the trainee sees it, revises and resubmits ------------------------------------------
    c2 = open_as("c2")
    today = widget(qtbot, TodayView(AppContext(c2, "en")))
    assert today.drafts.rowCount() == 1 and "Returned" in today.drafts.item(0, 3).text()
    view = widget(qtbot, ClientsView(AppContext(c2, "en")))
    assert view.open_target("note", sid)
    editor = view.editor
    assert not editor.locked and "O 항목 보완 후 다시 제출" in editor.signoff_panel.thread.toPlainText()
    assert "Returned" in editor.signoff_panel.state.text()
    type_text(qtbot, editor.sections["objective"], "표정 굳음, 말이 빠름")
    type_text(qtbot, editor.signoff_panel.comment, "보완했습니다")
    editor.sign_button.click()
    again = c2.supervision.get(sid)
    assert (again.status, again.rounds) == ("pending", 2)
    assert c2.sessions.get(sid).note["objective"] == "표정 굳음, 말이 빠름"
    assert again.comments[-1].text == "보완했습니다"

    # --- the supervisor co-signs ---------------------------------------------------------------
    c1 = open_as("c1")
    sup = widget(qtbot, SupervisionView(AppContext(c1, "en")))
    sup.refresh()
    assert sup.table.item(0, 6).text() == "2"
    sup.table.cellDoubleClicked.emit(0, 0)
    sup.editor.signoff_panel.cosign_button.click()
    assert sup.status.text() == "Co-signed."
    done = c1.supervision.get(sid)
    session = c1.sessions.get(sid)
    assert (session.note_status, session.signed_by, session.signed_at) == ("signed", again.author_id,
                                                                         done.submitted_at)
    assert (done.status, done.cosigned_by) == ("cosigned", c1.actor.id)

    # --- both signatures shown, to the trainee, in the note and the chart ---------------------
    c2 = open_as("c2")
    view = widget(qtbot, ClientsView(AppContext(c2, "en")))
    view.open_target("note", sid)
    editor = view.editor
    assert editor.locked and "co-signed" in editor.status.text()
    state = editor.signoff_panel.state.text()
    assert "Signed by 최상담" in state and "co-signed by 박상담" in state
    assert editor.addenda_box.isVisible()   # addenda after the final signature, as before
    view.open_target("client", trainee_client.id)
    statuses = [view.chart.timeline.item(r, c).text() for r in range(view.chart.timeline.rowCount())
                for c in range(view.chart.timeline.columnCount()) if view.chart.timeline.item(r, c)]
    assert any("co-signed by 박상담" in t for t in statuses)
    assert actions(c2, sid) == [("submit", "c2"), ("comment", "c1"), ("return", "c1"), ("submit", "c2"),
                                ("cosign", "c1")]


def test_the_view_is_shown_to_supervisors_and_the_lead_only(qtbot, open_as, trainee_client):
    from desktop.main_window import MainWindow
    make_c2_supervised_by_c1(qtbot, open_as)
    for login, shown in (("c1", True), ("lead", True), ("c2", False), ("psy", False)):
        window = MainWindow(open_as(login), "en")
        qtbot.addWidget(window)
        assert ("supervision" in window.views) == shown, login
        if shown:
            window.show_view("supervision")
            assert window.stack.currentWidget() is window.views["supervision"]
        window.close()


def test_screenshots(qtbot, open_as, trainee_client, korean, monkeypatch, tmp_path):
    """The queue, the supervisor's view of a note and the trainee's returned note, in Korean."""
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    make_c2_supervised_by_c1(qtbot, open_as)
    c2 = open_as("c2")
    view = widget(qtbot, ClientsView(AppContext(c2, "ko")))
    view.open_target("client", trainee_client.id)
    view.chart.new_note_button.click()
    for key, text in (("subjective", "민원인 폭언 이후 잠을 못 잔다고 함"), ("objective", "표정이 굳어 있음"),
                      ("assessment", "급성 스트레스 반응"), ("plan", "수면 위생 교육, 2주 후 재평가")):
        type_text(qtbot, view.editor.sections[key], text)
    view.editor.sign_button.click()
    c1 = open_as("c1")
    sup = widget(qtbot, SupervisionView(AppContext(c1, "ko")))
    sup.refresh()
    out = Path(SHOTS) if SHOTS else tmp_path
    assert sup.grab().save(str(out / "supervision-queue.png"))
    sup.table.cellDoubleClicked.emit(0, 0)
    type_text(qtbot, sup.editor.signoff_panel.comment, "평가 근거를 O 항목에 더 적어 주세요")
    sup.editor.scroll.ensureWidgetVisible(sup.editor.signoff_panel)
    qtbot.wait(50)
    assert sup.grab().save(str(out / "supervision-review.png"))
    sup.editor.signoff_panel.return_button.click()
    c2 = open_as("c2")
    view = widget(qtbot, ClientsView(AppContext(c2, "ko")))
    view.open_target("note", view.context.store.supervision.mine()[0].session_id)
    view.editor.scroll.ensureWidgetVisible(view.editor.signoff_panel)
    qtbot.wait(50)  # let the layout settle before the picture
    assert view.grab().save(str(out / "supervision-returned.png"))
    today = widget(qtbot, TodayView(AppContext(c2, "ko")))
    assert today.grab().save(str(out / "supervision-today.png"))
    type_text(qtbot, view.editor.sections["objective"], ", 말이 빠름")
    view.editor.sign_button.click()
    sid = view.editor.session.id
    open_as("c1").supervision.cosign(sid, "보완 확인했습니다")
    c2 = open_as("c2")
    view = widget(qtbot, ClientsView(AppContext(c2, "ko")))
    view.open_target("note", sid)
    view.editor.scroll.ensureWidgetVisible(view.editor.addenda_box)
    qtbot.wait(50)
    assert "수퍼바이저 공동 서명" in view.editor.status.text()
    assert view.grab().save(str(out / "supervision-cosigned.png"))


def test_a_typed_review_comment_is_not_dropped_on_leaving(qtbot, open_as, trainee_client, monkeypatch):
    """◀ Queue, Esc and opening another note ask before an unsent comment is dropped; Cancel keeps
    it on the note. A view switch and the idle lock keep it without asking."""
    from desktop.main_window import MainWindow
    from storage.records import CounselingSession
    from .conftest import STAFF_PASSWORD
    answers, asked = [], []
    monkeypatch.setattr(prompts, "confirm", lambda *a: asked.append(a[1]) or answers.pop(0))
    admin = open_as("admin")
    c2 = admin.staff.get("c2")
    c2.needs_supervision, c2.supervisor_id = True, admin.staff.get("c1").id
    admin.staff.update(c2)
    trainee = open_as("c2")
    ids = [trainee.sessions.create(CounselingSession(
        client_id=trainee_client.id, kind="individual", method="in_person", session_date=f"2026-03-0{n}",
        minutes=50, counselor_id=c2.id, site_id=1, note={"text": f"본문 {n}"})).id for n in (3, 4)]
    for sid in ids:
        trainee.supervision.submit(sid)
    store = open_as("c1")
    window = MainWindow(store, lang="en")
    qtbot.addWidget(window)
    window.show()
    sup = window.views["supervision"]
    window.show_view("supervision")
    sup.table.cellDoubleClicked.emit(0, 0)
    editor = sup.editor
    comment = "평가 근거를 O 항목에 더 적어 주세요"
    type_text(qtbot, editor.signoff_panel.comment, comment)

    answers.append(False)                                  # ◀ Queue, then Cancel: stays, text kept
    editor.back.click()
    assert sup.editor is editor and sup.stack.currentWidget() is editor
    assert editor.signoff_panel.comment.toPlainText() == comment and len(asked) == 1
    answers.append(False)                                  # Esc, then Cancel
    editor.back_requested.emit()
    assert sup.editor is editor and len(asked) == 2
    answers.append(False)                                  # another note, then Cancel: not opened
    assert sup.open_note(ids[1]) is editor and editor.session.id == ids[0]
    assert store.vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'note'"
                                    " AND entity_id = ?", (str(ids[1]),)).fetchone()[0] == 0

    window.show_view("today")                              # a view switch: nothing asked, nothing lost
    window.show_view("supervision")
    assert sup.editor is editor and editor.signoff_panel.comment.toPlainText() == comment
    window.lock()                                          # the idle lock: nothing asked, nothing lost
    window.lock_screen.password.setText(STAFF_PASSWORD)
    window.lock_screen.try_unlock()
    assert not window.locked and editor.signoff_panel.comment.toPlainText() == comment
    assert len(asked) == 3

    editor.signoff_panel.comment_button.click()            # sent: it is in the thread
    assert [c.text for c in store.supervision.get(ids[0]).comments] == [comment]
    type_text(qtbot, editor.signoff_panel.comment, "지울 의견")
    answers.append(True)                                   # Discard and leave
    editor.back.click()
    assert sup.editor is None and sup.stack.currentWidget() is sup.queue_page and len(asked) == 4
    assert [c.text for c in store.supervision.get(ids[0]).comments] == [comment]
    window.close()


def test_an_unsent_addendum_is_not_dropped_on_leaving(qtbot, open_as, trainee_client, monkeypatch):
    from storage.records import CounselingSession
    answers, asked = [], []
    monkeypatch.setattr(prompts, "confirm", lambda *a: asked.append(a[1]) or answers.pop(0))
    c2 = open_as("c2")
    sid = c2.sessions.create(CounselingSession(client_id=trainee_client.id, kind="individual", method="in_person",
                                               session_date="2026-03-03", minutes=50, counselor_id=c2.actor.id,
                                               site_id=1, note={"text": "본문"})).id
    c2.sessions.sign(sid)
    view = ClientsView(AppContext(c2, "en"))
    widget(qtbot, view)
    assert view.open_target("note", sid)
    editor = view.editor
    type_text(qtbot, editor.addendum, "덧붙일 내용")
    answers.append(False)
    editor.back.click()
    assert view.editor is editor and editor.addendum.toPlainText() == "덧붙일 내용"
    answers.append(False)
    assert not view.open_target("client", trainee_client.id) and view.editor is editor
    answers.append(True)
    editor.back.click()
    assert view.editor is None and view.stack.currentWidget() is view.chart and len(asked) == 3
    assert c2.sessions.get(sid).addenda == []


def test_today_tells_a_supervisor_what_waits_and_leads_to_the_queue(qtbot, open_as, trainee_client):
    from storage.records import CounselingSession
    make_c2_supervised_by_c1(qtbot, open_as)
    c2 = open_as("c2")
    note = c2.sessions.create(CounselingSession(client_id=trainee_client.id, kind="individual", method="in_person",
                                                session_date="2026-03-10", minutes=50, counselor_id=c2.actor.id,
                                                site_id=1, note={"text": "첫 회기"}))
    c2.supervision.submit(note.id)
    c1 = open_as("c1")
    context = AppContext(c1, "en")
    today = widget(qtbot, TodayView(context))
    assert today.to_cosign.isVisible() and "1 notes wait for your co-signature" in today.to_cosign.text()
    with qtbot.waitSignal(context.navigate_requested, timeout=2000) as asked:
        today.to_cosign.click()
    assert asked.args[0] == "supervision"
    c2 = open_as("c2")                       # the trainee has nothing to co-sign
    assert not widget(qtbot, TodayView(AppContext(c2, "en"))).to_cosign.isVisible()
