"""Who reads and writes which note, across cases, supervision, group notes and emergency access:
every path tried by a reviewer, each asserting the rule (docs/roles.md)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from storage.errors import PermissionDenied, SignOffRequired, StorageError
from storage.kdf import FAST_TEST_KDF
from storage.records import Attendance, Case, Client, CounselingSession, Program, ProgramSession, Staff
from .conftest import STAFF_PASSWORD

SECRET = "비밀-자살사고-언급"
LINE = "개인-한줄-음주문제"


def note(store, client_id, text=SECRET, counselor_id=None, case_id=None):
    return store.sessions.create(CounselingSession(
        client_id=client_id, kind="individual", method="in_person", session_date="2026-03-03", minutes=50,
        counselor_id=counselor_id or store.actor.id, site_id=1, case_id=case_id, note={"text": text})).id


@pytest.fixture
def w(created, open_as):
    """hong: c2's client (c2's case, c2's note). c1 facilitates a group hong attends; copy signed."""
    admin = open_as("admin")
    admin.staff.add(Staff(login="t2", display_name="신입상담", role="counselor", site_id=1, needs_supervision=True),
                    STAFF_PASSWORD, kdf=FAST_TEST_KDF)
    lead = open_as("lead")
    ids = {n: lead.staff.get(n).id for n in ("c1", "c2", "psy", "t2", "lead", "coord")}
    hong = lead.clients.add(Client(code="2026-0001", name="홍길동", sex="F", birth_year=1990, job_group="admin"))
    kim = lead.clients.add(Client(code="2026-0002", name="김민지", sex="F", birth_year=1991, job_group="admin"))
    case = lead.cases.open(Case(client_id=hong.id, counselor_id=ids["c2"], opened_on="2026-03-02",
                                primary_problem="sleep"))
    c2 = open_as("c2")
    private = note(c2, hong.id, case_id=case.id)
    c2.sessions.sign(private)
    c2.sessions.add_addendum(private, "추가-" + SECRET)
    c1 = open_as("c1")
    p = c1.programs.add(Program(name="스트레스 다루기", category="stress_relief", site_id=1,
                                starts_on="2026-04-01", facilitator_id=ids["c1"]))
    ps = c1.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at="2026-04-01T15:00",
                                                ends_at="2026-04-01T16:30", room_id=3))
    for c in (hong, kim):
        c1.programs.register(p.id, c.id)
    c1.programs.set_attendance(ps.id, [Attendance(ps.id, hong.id), Attendance(ps.id, kim.id)])
    c1.group_notes.save(ps.id, template="free", note={"text": "공동 기록"}, lines={hong.id: LINE})
    c1.group_notes.sign_all(ps.id)
    copy = c1.vault.conn.execute("SELECT id FROM counseling_sessions WHERE program_session_id = ? AND client_id = ?",
                                 (ps.id, hong.id)).fetchone()[0]
    return dict(ids=ids, hong=hong.id, kim=kim.id, case=case.id, private=private, program=p, ps=ps.id, copy=copy)


def audit(store, actor=None):
    rows = store.vault.conn.execute("SELECT actor, action, entity, entity_id, detail FROM audit_log").fetchall()
    return [r for r in rows if actor is None or r[0] == actor]


# --- reads ---------------------------------------------------------------------------------------
def test_other_counselor_psy_coord_admin_cannot_get(w, open_as):
    for who in ("c1", "psy", "coord", "t2"):
        s = open_as(who)
        with pytest.raises(PermissionDenied):
            s.sessions.get(w["private"])
        with pytest.raises(PermissionDenied):
            s.supervision.get(w["private"])
        assert not s.sessions.may_note("note.read", w["private"])
    with pytest.raises(PermissionDenied):
        open_as("admin").sessions.get(w["private"])
    with pytest.raises(PermissionDenied):
        open_as("coord").sessions.get(w["copy"])


def test_listing_has_no_text(w, open_as):
    c1 = open_as("c1")
    for s in c1.sessions.for_client(w["hong"]):
        assert s.note == {} and s.addenda == []
    assert all(LINE not in v and SECRET not in v for v in c1.group_notes.headings_for_client(w["hong"]).values())


def test_facilitator_reads_copy_not_members_other_notes(w, open_as):
    c1 = open_as("c1")
    assert c1.sessions.get(w["copy"]).note["member"] == LINE
    with pytest.raises(PermissionDenied):
        c1.sessions.get(w["private"])


def test_a_counselor_cannot_make_themselves_a_groups_facilitator(w, open_as):
    """program.write is ALL for counselors, but the facilitator reads every member's copy: only
    the lead or the coordinator hands a program to someone."""
    psy = open_as("psy")
    p = w["program"]
    p.facilitator_id = w["ids"]["psy"]
    with pytest.raises(PermissionDenied):
        psy.programs.update(p)
    kim_copy = psy.vault.conn.execute("SELECT id FROM counseling_sessions WHERE program_session_id = ?"
                                      " AND client_id = ?", (w["ps"], w["kim"])).fetchone()[0]
    with pytest.raises(PermissionDenied):
        psy.sessions.get(kim_copy)
    with pytest.raises(PermissionDenied):
        psy.group_notes.copies(w["ps"])
    with pytest.raises(PermissionDenied):      # nor by naming someone else on a new program
        psy.programs.add(Program(name="새 집단", category="resilience", site_id=1, starts_on="2026-05-01",
                                 facilitator_id=w["ids"]["c2"]))
    assert psy.programs.add(Program(name="내 집단", category="resilience", site_id=1, starts_on="2026-05-01",
                                    facilitator_id=w["ids"]["psy"])).id
    lead = open_as("lead")
    lead.programs.update(p)                     # the lead hands the program over
    assert open_as("psy").sessions.get(kim_copy).client_id == w["kim"]


def test_self_opened_case_does_not_open_earlier_group_copies(w, open_as):
    """psy has never worked with hong. c2's case closes; psy opens a case of its own for hong and
    reads the group copy written before (and its member line)."""
    open_as("lead").cases.close(w["case"], "2026-05-01", "goals_met")
    psy = open_as("psy")
    psy.cases.open(Case(client_id=w["hong"], counselor_id=psy.actor.id, opened_on="2026-05-02",
                        primary_problem="sleep"))
    with pytest.raises(PermissionDenied):
        psy.sessions.get(w["private"])             # the old private note: refused (as intended)
    with pytest.raises(PermissionDenied):
        psy.sessions.get(w["copy"])                # the old group copy: should be refused as well


# --- writes --------------------------------------------------------------------------------------
def test_writes_on_others_note_refused(w, open_as):
    c1 = open_as("c1")
    for call in (lambda: c1.sessions.save_draft(w["private"], note={"text": "x"}),
                 lambda: c1.sessions.add_addendum(w["private"], "x"),
                 lambda: c1.sessions.sign(w["private"]),
                 lambda: c1.sessions.update_draft_details(w["private"], session_date="2026-03-04")):
        with pytest.raises(StorageError):
            call()


def test_member_counselor_cannot_write_into_group_copy(w, open_as):
    """c2 (hong's counselor) may read hong's copy of c1's group note, but not write into it."""
    c2 = open_as("c2")
    assert c2.sessions.get(w["copy"]).note["member"] == LINE
    with pytest.raises(StorageError):
        c2.sessions.save_draft(w["copy"], note={"text": "x"})
    with pytest.raises(PermissionDenied):
        c2.sessions.add_addendum(w["copy"], "상담사가 집단 기록에 덧붙임")
    assert not c2.sessions.may_note("note.write", w["copy"])


def test_emergency_grant_reads_only_and_expires(w, open_as):
    c1 = open_as("c1")
    grant = c1.emergency.request(w["hong"], "위기 대응 중 이전 기록 확인 필요")
    assert c1.sessions.get(w["private"]).note["text"] == SECRET
    assert any(r[1] == "view" and r[3] == str(w["private"]) and "break_glass" in (r[4] or "")
               for r in audit(c1, "c1"))
    for call in (lambda: c1.sessions.add_addendum(w["private"], "x"),
                 lambda: c1.supervision.comment(w["private"], "x")):
        with pytest.raises(StorageError):
            call()
    past = (datetime.now().astimezone() - timedelta(minutes=1)).isoformat()
    c1.vault.conn.execute("UPDATE emergency_accesses SET expires_at = ? WHERE id = ?", (past, grant.id))
    with pytest.raises(PermissionDenied):
        c1.sessions.get(w["private"])


def test_coordinator_cannot_break_glass_even_if_setting_lists_it(w, open_as):
    lead = open_as("lead")
    lead.vault.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('break_glass_roles', ?)",
                            (json.dumps(["counselor", "psychiatrist", "coordinator"]),))
    coord = open_as("coord")
    with pytest.raises(StorageError):
        coord.emergency.request(w["hong"], "위기 대응 중 이전 기록 확인 필요")
    with pytest.raises(PermissionDenied):
        coord.sessions.get(w["private"])


# --- trainee signing alone -------------------------------------------------------------------------
def test_trainee_cannot_sign_alone_via_a_note_in_anothers_name(w, open_as):
    """t2 needs supervision. In a case t2 runs, t2 writes the note in c1's name, then signs it."""
    t2 = open_as("t2")
    client = t2.clients.add(Client(code="2026-0009", name="이서준", sex="M", birth_year=1988, job_group="admin"))
    case = t2.cases.open(Case(client_id=client.id, counselor_id=t2.actor.id, opened_on="2026-03-02",
                              primary_problem="sleep"))
    own = note(t2, client.id, "본인 기록", case_id=case.id)
    with pytest.raises(SignOffRequired):
        t2.sessions.sign(own)
    other = note(t2, client.id, "남의 이름 기록", counselor_id=w["ids"]["c1"], case_id=case.id)
    with pytest.raises((SignOffRequired, PermissionDenied)):
        t2.sessions.sign(other)


def test_trainee_cannot_sign_alone_a_note_the_lead_put_in_their_case(w, open_as):
    t2 = open_as("t2")
    client = t2.clients.add(Client(code="2026-0010", name="박지우", sex="M", birth_year=1988, job_group="admin"))
    case = t2.cases.open(Case(client_id=client.id, counselor_id=t2.actor.id, opened_on="2026-03-02",
                              primary_problem="sleep"))
    lead = open_as("lead")
    sid = note(lead, client.id, "센터장이 c1 이름으로", counselor_id=w["ids"]["c1"], case_id=case.id)
    t2 = open_as("t2")
    with pytest.raises((SignOffRequired, PermissionDenied)):
        t2.sessions.sign(sid)


# --- supervision ---------------------------------------------------------------------------------
def test_supervision_thread_reads_are_audited(w, open_as):
    """A comment thread (text about the note) read by the case counselor leaves an audit row."""
    admin = open_as("admin")
    t2 = admin.staff.get("t2")
    t2.supervisor_id = w["ids"]["c1"]
    admin.staff.update(t2)
    lead = open_as("lead")
    case2 = lead.cases.open(Case(client_id=w["kim"], counselor_id=w["ids"]["c2"], opened_on="2026-03-02",
                                 primary_problem="sleep"))
    sid = note(lead, w["kim"], "수련생 기록", counselor_id=w["ids"]["t2"], case_id=case2.id)
    t2s = open_as("t2")
    t2s.supervision.submit(sid, comment="질문: " + SECRET)
    c2 = open_as("c2")                                          # the case's counselor
    before = len(audit(c2, "c2"))
    thread = c2.supervision.get(sid)
    assert thread.comments and SECRET in thread.comments[0].text
    assert len(audit(c2, "c2")) > before, "supervision.get returned comment text without an audit row"


def test_former_supervisor_and_non_supervisor(w, open_as):
    admin = open_as("admin")
    t2 = admin.staff.get("t2")
    t2.supervisor_id = w["ids"]["c1"]
    admin.staff.update(t2)
    t2s = open_as("t2")
    client = t2s.clients.add(Client(code="2026-0011", name="최예린", sex="F", birth_year=1988, job_group="admin"))
    sid = note(t2s, client.id, SECRET)
    t2s.supervision.submit(sid)
    with pytest.raises(PermissionDenied):
        open_as("c2").sessions.get(sid)
    assert open_as("c1").sessions.get(sid).note["text"] == SECRET
    admin = open_as("admin")
    t2 = admin.staff.get("t2")
    t2.supervisor_id = w["ids"]["c2"]
    admin.staff.update(t2)
    with pytest.raises(PermissionDenied):
        open_as("c1").sessions.get(sid)


# --- audit ---------------------------------------------------------------------------------------
def test_audit_holds_no_note_text(w, open_as):
    c2 = open_as("c2")
    c2.sessions.get(w["private"])
    c2.sessions.get(w["copy"])
    rows = audit(c2)
    assert any(r[0] == "c2" and r[1] == "view" and r[3] == str(w["copy"]) for r in rows)
    for r in rows:
        blob = json.dumps(r, ensure_ascii=False)
        assert SECRET not in blob and LINE not in blob and "공동 기록" not in blob
