"""Group notes: written once on a program session, one copy per attending member, and no copy
ever names another member. Attendance and copies stay in step; signed copies are locked; every
copy write and signature is audited without text. Plus the migration of the old shape (one row
with the other members as participants). The counts: tests/test_statistics.py."""
from __future__ import annotations

import json
import os

import pytest

from storage import migrate as m
from storage.connection import open_encrypted
from storage.errors import NoteLocked, NoteUnderReview, PermissionDenied, SignOffRequired, ValidationError
from storage.records import Attendance, Case, Client, CounselingSession, Participant, Program, ProgramSession

NAMES = ["홍길동", "김민지", "이서준", "박지우", "최예린", "정하윤", "강도현"]
SHARED = {"subjective": "직무 스트레스와 수면 문제를 나눔", "objective": "모두 끝까지 참여",
          "assessment": "서로 지지하는 분위기", "plan": "다음 회기: 이완 훈련"}


@pytest.fixture
def group(open_as):
    """c1 runs a program; seven clients registered; session 1 on 2026-04-01, six attend."""
    store = open_as("c1")
    clients = [store.clients.add(Client(code=f"2026-{i + 1:04d}", name=name, sex="F", birth_year=1980 + i,
                                        job_group="admin", site_id=1)) for i, name in enumerate(NAMES)]
    p = store.programs.add(Program(name="스트레스 다루기", category="stress_relief", site_id=1,
                                   starts_on="2026-04-01", facilitator_id=store.actor.id))
    s = store.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at="2026-04-01T15:00",
                                                  ends_at="2026-04-01T16:30", room_id=3))
    for c in clients:
        store.programs.register(p.id, c.id)
    six = clients[:6]
    store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in six])
    return type("G", (), dict(store=store, clients=clients, six=six, program=p, session=s))


def stored_copies(store, program_session_id):
    """Every copy's full stored row (note JSON included), read as the test's own check."""
    return store.vault.conn.execute(
        "SELECT client_id, note, note_status, kind, group_key FROM counseling_sessions WHERE program_session_id = ?"
        " ORDER BY client_id", (program_session_id,)).fetchall()


def audit(store, entity=None):
    sql = "SELECT action, entity, entity_id, client_id, detail FROM audit_log"
    rows = store.vault.conn.execute(sql + " ORDER BY id").fetchall()
    return [r for r in rows if entity is None or r[1] == entity]


def test_six_copies_and_no_copy_names_another_member(group):
    store, six = group.store, group.six
    lines = {c.id: f"{c.name} 님은 오늘 처음으로 자기 이야기를 함" for c in six}  # own name: fine
    note = store.group_notes.save(group.session.id, template="soap", note=SHARED, lines=lines)
    rows = stored_copies(store, group.session.id)
    assert [r[0] for r in rows] == [c.id for c in six]
    for client_id, text, status, kind, key in rows:
        copy = json.loads(text)
        assert (status, kind, key) == ("draft", "group", note.group_key)
        assert copy["group"] == "집단상담: 스트레스 다루기, n=6"
        assert {k: copy[k] for k in SHARED} == SHARED
        assert copy["member"].startswith(next(c.name for c in six if c.id == client_id))
        for other in group.clients:                       # the six, and the registered absentee
            if other.id != client_id:
                assert other.name not in text and other.code not in text
                assert other.name[1:] + " 님" not in text
    # each member's chart sees only their own copy, under the heading
    for c in six:
        mine = store.sessions.for_client(c.id)
        assert len(mine) == 1 and mine[0].kind == "group"
        assert store.group_notes.headings_for_client(c.id) == {mine[0].id: "집단상담: 스트레스 다루기, n=6"}
    # the shared note is stored once, without lines
    got = store.group_notes.get(group.session.id)
    assert got.note == SHARED and got.template == "soap"
    assert [(c.client_id, c.status) for c in store.group_notes.copies(group.session.id)] == \
        [(c.id, "draft") for c in six]


@pytest.mark.parametrize("text", ["홍길동이 울었다", "홍 길동", "2026-0002 발언", "민지 씨가 웃음", "도현님 결석"])
def test_a_shared_text_naming_a_member_is_refused_and_never_stored(group, text):
    store = group.store
    before = audit(store)
    with pytest.raises(ValidationError) as err:
        store.group_notes.save(group.session.id, template="soap", note={**SHARED, "assessment": text})
    message = err.value.message("ko") + err.value.message("en")
    assert "평가 (A)" in message and "Assessment (A)" in message        # the section, never the person
    assert not any(n in message for n in NAMES) and "2026-" not in message
    assert store.group_notes.get(group.session.id) is None and stored_copies(store, group.session.id) == []
    assert audit(store)[:len(before)] == before and len(audit(store)) == len(before)


def test_a_member_line_naming_someone_else_is_refused(group):
    store, hong, kim = group.store, group.six[0], group.six[1]
    with pytest.raises(ValidationError) as err:
        store.group_notes.save(group.session.id, template="free", note={"text": "함께 나눔"},
                               lines={hong.id: "김민지와 갈등"})
    assert "김민지" not in err.value.message("ko")
    assert stored_copies(store, group.session.id) == []
    store.group_notes.save(group.session.id, template="free", note={"text": "함께 나눔"}, lines={kim.id: "발표함"})
    assert json.loads(stored_copies(store, group.session.id)[1][1])["member"] == "발표함"


def test_absent_gets_no_copy_late_absence_removes_it_walk_in_gets_one(group):
    store, s = group.store, group.session
    absent, walk_in = group.clients[6], group.clients[6]
    store.group_notes.save(s.id, template="free", note={"text": "이완 훈련"})
    assert absent.id not in [r[0] for r in stored_copies(store, s.id)]
    assert store.sessions.for_client(absent.id) == []
    # marked absent after the note was written: the draft copy goes, n follows on the others
    leaving = group.six[5]
    store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in group.six[:5]])
    rows = stored_copies(store, s.id)
    assert [r[0] for r in rows] == [c.id for c in group.six[:5]]
    assert store.sessions.for_client(leaving.id) == []
    assert all(json.loads(r[1])["group"].endswith("n=5") for r in rows)
    assert ("delete", "note", leaving.id) in [(a[0], a[1], a[3]) for a in audit(store)]
    # a walk-in and an anonymous head-count: a copy for the walk-in, n = named + head-count
    store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in group.six[:5]]
                                  + [Attendance(s.id, walk_in.id, walk_in=True)])
    store.programs.set_headcount(s.id, 2)
    rows = stored_copies(store, s.id)
    assert walk_in.id in [r[0] for r in rows] and len(rows) == 6
    assert all(json.loads(r[1])["group"] == "집단상담: 스트레스 다루기, n=8" for r in rows)


def test_a_walk_in_named_in_the_shared_text_is_refused_until_the_note_changes(open_as, group):
    store, s = group.store, group.session
    outsider = store.clients.add(Client(code="2026-0099", name="윤서연", sex="F", birth_year=1990,
                                        job_group="admin", site_id=1))
    store.group_notes.save(s.id, template="free", note={"text": "윤서연 팀의 업무 이야기"})  # not a member yet
    with pytest.raises(ValidationError):
        store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in group.six]
                                      + [Attendance(s.id, outsider.id, walk_in=True)])
    assert outsider.id not in [a.client_id for a in store.programs.attendance(s.id)]   # rolled back
    store.group_notes.save(s.id, template="free", note={"text": "업무 이야기"})
    store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in group.six]
                                  + [Attendance(s.id, outsider.id, walk_in=True)])
    assert len(stored_copies(store, s.id)) == 7


def test_signed_copies_are_locked_and_keep_their_member(group):
    store, s, six = group.store, group.session, group.six
    store.group_notes.save(s.id, template="free", note={"text": "첫 문장"})
    store.group_notes.sign(s.id, six[0].id)
    with pytest.raises(NoteLocked):
        store.group_notes.sign(s.id, six[0].id)
    # a signed member cannot be marked absent; nothing changes
    with pytest.raises(ValidationError) as err:
        store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in six[1:]])
    assert "addendum" in err.value.message("en")
    assert len(store.programs.attendance(s.id)) == 6
    # editing the shared text updates the unsigned copies only
    store.group_notes.save(s.id, template="free", note={"text": "고친 문장"})
    texts = {r[0]: (json.loads(r[1])["text"], r[2]) for r in stored_copies(store, s.id)}
    assert texts[six[0].id] == ("첫 문장", "signed")
    assert all(texts[c.id] == ("고친 문장", "draft") for c in six[1:])
    # the copy itself cannot be edited in the note editor's path either
    copy_id = store.sessions.for_client(six[1].id)[0].id
    with pytest.raises(ValidationError):
        store.sessions.save_draft(copy_id, note={"text": "딴 문장"}, template="free")
    # sign all: each remaining copy separately, one audit row per member, no text in the trail
    assert store.group_notes.sign_all(s.id) == 5
    assert {r[2] for r in stored_copies(store, s.id)} == {"signed"}
    signs = [a for a in audit(store) if a[0] == "sign" and a[1] == "note"]
    assert sorted(a[3] for a in signs) == sorted(c.id for c in six)
    for action, entity, _id, _client, detail in audit(store):
        assert "문장" not in detail and not any(n in detail for n in NAMES)
    copy_writes = [a for a in audit(store) if a[1] == "note" and a[0] in ("create", "save_draft")]
    assert {a[3] for a in copy_writes} == {c.id for c in six}
    with pytest.raises(NoteLocked):
        store.sessions.save_draft(copy_id, note={"text": "딴 문장"}, template="free")
    store.sessions.add_addendum(copy_id, "덧붙임")                 # later words: an addendum


def test_an_empty_copy_cannot_be_signed(group):
    store, s = group.store, group.session
    store.group_notes.save(s.id, template="free", note={"text": " "})
    with pytest.raises(ValidationError):
        store.group_notes.sign_all(s.id)


def test_only_the_author_and_the_lead_touch_the_group_note(open_as, group):
    s = group.session
    group.store.group_notes.save(s.id, template="free", note={"text": "공동 기록"})
    c2 = open_as("c2")
    for call in (lambda: c2.group_notes.get(s.id), lambda: c2.group_notes.sign_all(s.id),
                 lambda: c2.group_notes.save(s.id, template="free", note={"text": "x"})):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):
        open_as("coord").group_notes.get(s.id)
    lead = open_as("lead")
    assert lead.group_notes.get(s.id).note == {"text": "공동 기록"}
    assert lead.group_notes.sign(s.id, group.six[0].id) == "signed"


def test_the_editor_path_no_longer_lists_other_clients(group):
    store, hong, kim = group.store, group.six[0], group.six[1]
    base = dict(client_id=hong.id, kind="group", method="in_person", session_date="2026-04-02", minutes=60,
                counselor_id=store.actor.id, site_id=1)
    with pytest.raises(ValidationError):
        store.sessions.create(CounselingSession(**base, participants=[Participant(client_id=kim.id)]))
    s = store.sessions.create(CounselingSession(**base))
    with pytest.raises(ValidationError):
        store.sessions.update_draft_details(s.id, participants=[Participant(client_id=kim.id)])
    family = store.sessions.create(CounselingSession(**{**base, "kind": "family"},
                                                     participants=[Participant(relation="spouse")]))
    assert store.sessions.get(family.id).participants == [Participant(relation="spouse")]


def test_migration_turns_old_group_rows_into_one_row_per_member(tmp_path):
    """A database one version before group notes, in the old shape: one group row for 홍 listing
    김 and 이 as participants, and a family session with a spouse. After the upgrade: one group
    row per member (the others' rows do not repeat the text), the family keeps its participant."""
    mine = next(x.version for x in m.available() if x.name == "group_notes")
    path = tmp_path / "old.db"
    conn = open_encrypted(path, os.urandom(32), create=True)
    m.migrate(conn, path, target=mine - 1)
    conn.execute("INSERT INTO sites (id, name) VALUES (1, '본관')")
    conn.execute("INSERT INTO staff (id, login, display_name, role, created_at) VALUES (3, 'c1', '박상담', 'counselor', 'x')")
    ids = []
    for i, name in enumerate(["홍길동", "김민지", "이서준"]):
        conn.execute("INSERT INTO clients (code, name, name_initials, sex, birth_year, job_group, created_at)"
                     " VALUES (?, ?, '', 'F', 1980, 'admin', '2026-01-01')", (f"OLD-{i}", name))
        ids.append(conn.execute("SELECT last_insert_rowid()").fetchone()[0])
    conn.execute("INSERT INTO counseling_sessions (client_id, kind, method, session_date, minutes, counselor_id,"
                 " site_id, template, note, note_status, signed_at, signed_by, created_at, updated_at) VALUES"
                 " (?, 'group', 'in_person', '2026-02-03', 90, 3, 1, 'free', '{\"text\": \"김민지와 이서준\"}',"
                 " 'signed', '2026-02-03T18:00', 3, 'x', 'x')", (ids[0],))
    group_row = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    conn.execute("INSERT INTO counseling_sessions (client_id, kind, method, session_date, minutes, counselor_id,"
                 " site_id, created_at, updated_at) VALUES (?, 'family', 'in_person', '2026-02-04', 50, 3, 1, 'x', 'x')",
                 (ids[0],))
    family_row = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    conn.executemany("INSERT INTO session_participants (session_id, client_id, relation) VALUES (?, ?, ?)",
                     [(group_row, ids[1], None), (group_row, ids[2], None), (family_row, None, "spouse")])
    assert m.migrate(conn, path)[0] == mine
    rows = conn.execute("SELECT client_id, group_key, note, note_status, session_date, minutes FROM"
                        " counseling_sessions WHERE kind = 'group' ORDER BY client_id").fetchall()
    assert [r[0] for r in rows] == ids
    assert len({r[1] for r in rows}) == 1 and rows[0][1]
    for r in rows[1:]:
        assert "김민지" not in r[2] and "이서준" not in r[2] and r[3:] == ("signed", "2026-02-03", 90)
    assert conn.execute("SELECT count(*) FROM session_participants WHERE session_id = ?", (group_row,)).fetchone()[0] == 0
    assert conn.execute("SELECT relation FROM session_participants WHERE session_id = ?",
                        (family_row,)).fetchall() == [("spouse",)]
    assert [r[0] for r in conn.execute("SELECT first_seen_on FROM clients ORDER BY id")] == ["2026-02-03"] * 3
    conn.close()


# --- review fixes (issue 10 review of group notes) ----------------------------------------------
def copy_of(store, program_session_id, client_id):
    return store.vault.conn.execute(
        "SELECT id, note, note_status, session_date, minutes, counselor_id FROM counseling_sessions"
        " WHERE program_session_id = ? AND client_id = ?", (program_session_id, client_id)).fetchone()


def test_only_the_facilitator_or_the_lead_write_and_a_copy_opens_only_itself(open_as, group):
    """c2 cannot take over c1's group (not even before a note exists); the copies are c1's; c1's
    copies do not make c1 "work with" a member, so the member's other notes stay closed to c1,
    while c1 opens the copies and the member's own counselor (c2) reads the member's copy."""
    s, hong = group.session, group.six[0]
    c1_id = group.store.actor.id
    c2 = open_as("c2")
    with pytest.raises(PermissionDenied):
        c2.group_notes.save(s.id, template="free", note={"text": "가로채기"})
    assert not c2.group_notes.may_write(s.id)
    assert c2.vault.conn.execute("SELECT count(*) FROM group_notes").fetchone()[0] == 0
    lead = open_as("lead")
    lead.cases.open(Case(client_id=hong.id, counselor_id=lead.staff.get("c2").id, opened_on="2026-03-02",
                         primary_problem="sleep"))
    lead.group_notes.save(s.id, template="free", note={"text": "센터장이 대신 작성"})
    assert {r[0] for r in lead.vault.conn.execute(
        "SELECT counselor_id FROM counseling_sessions WHERE program_session_id = ?", (s.id,))} == {c1_id}
    c2 = open_as("c2")
    private = c2.sessions.create(CounselingSession(client_id=hong.id, kind="individual", method="in_person",
                                                   session_date="2026-04-02", minutes=50,
                                                   counselor_id=c2.actor.id, site_id=1, note={"text": "개인 회기"}))
    copy_id = copy_of(c2, s.id, hong.id)[0]
    assert c2.sessions.get(copy_id).note["text"] == "센터장이 대신 작성"      # the member's counselor reads it
    c1 = open_as("c1")
    assert c1.group_notes.may_write(s.id)
    assert c1.sessions.get(copy_id).note["text"] == "센터장이 대신 작성"      # the facilitator opens the copy
    with pytest.raises(PermissionDenied):
        c1.sessions.get(private.id)                                          # ... and nothing else
    assert not c1.sessions.works_with(hong.id)
    c1.group_notes.save(s.id, template="free", note={"text": "진행자가 고침"})


def test_a_program_without_facilitator_is_the_leads(open_as, group):
    p, s = group.program, group.session
    p.facilitator_id = None
    group.store.programs.update(p)
    with pytest.raises(PermissionDenied):
        group.store.group_notes.save(s.id, template="free", note={"text": "x"})
    lead = open_as("lead")
    lead.group_notes.save(s.id, template="free", note={"text": "센터장 기록"})
    assert {r[0] for r in lead.vault.conn.execute(
        "SELECT counselor_id FROM counseling_sessions WHERE program_session_id = ?", (s.id,))} == {lead.actor.id}


@pytest.fixture
def trainee_group(open_as, group):
    """c1 (the facilitator) is a counselor in training, supervised by c2."""
    admin = open_as("admin")
    c1, c2 = admin.staff.get("c1"), admin.staff.get("c2")
    c1.needs_supervision, c1.supervisor_id = True, c2.id
    admin.staff.update(c1)
    store = open_as("c1")
    store.group_notes.save(group.session.id, template="free", note={"text": "첫 문장"})
    group.store = store
    return group


def test_a_trainee_submits_group_copies_for_sign_off(open_as, trainee_group):
    g = trainee_group
    store, s, six = g.store, g.session, g.six
    assert store.group_notes.signs_through_supervision(s.id)
    assert store.group_notes.sign(s.id, six[0].id) == "submitted"
    assert store.group_notes.sign_all(s.id) == 5
    assert {r[2] for r in stored_copies(store, s.id)} == {"draft"}          # nothing signed alone
    pending = store.vault.conn.execute("SELECT count(*) FROM note_signoffs WHERE status = 'pending'").fetchone()[0]
    assert pending == 6
    assert len([a for a in audit(store) if a[0] == "submit"]) == 6
    assert [c.review for c in store.group_notes.copies(s.id)] == ["pending"] * 6
    # waiting copies are locked: the shared text cannot rewrite them, nor the member be marked absent
    store.group_notes.save(s.id, template="free", note={"text": "고친 문장"})
    assert {json.loads(r[1])["text"] for r in stored_copies(store, s.id)} == {"첫 문장"}
    with pytest.raises(ValidationError):
        store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in six[1:]])
    with pytest.raises(NoteUnderReview):
        store.group_notes.sign(s.id, six[0].id)
    # the supervisor co-signs one copy
    copy_id = copy_of(store, s.id, six[0].id)[0]
    c2 = open_as("c2")
    c2.supervision.cosign(copy_id)
    assert copy_of(c2, s.id, six[0].id)[2] == "signed"


def test_nobody_signs_a_trainees_copies_in_their_name(open_as, trainee_group):
    s = trainee_group.session
    lead = open_as("lead")
    with pytest.raises(SignOffRequired):
        lead.group_notes.sign_all(s.id)
    with pytest.raises(SignOffRequired):
        lead.group_notes.sign(s.id, trainee_group.six[0].id)
    assert {r[2] for r in stored_copies(lead, s.id)} == {"draft"}


def test_a_copy_is_signed_and_submitted_only_through_the_group_note(open_as, trainee_group):
    g = trainee_group
    hong = g.six[0]
    copy_id = copy_of(g.store, g.session.id, hong.id)[0]
    with pytest.raises(ValidationError) as err:
        g.store.supervision.submit(copy_id)
    assert "group note" in err.value.message("en")
    lead = open_as("lead")
    lead.cases.open(Case(client_id=hong.id, counselor_id=lead.staff.get("c2").id, opened_on="2026-03-02",
                         primary_problem="sleep"))
    c2 = open_as("c2")                                   # the member's own counselor reads, never writes, a copy
    with pytest.raises(PermissionDenied):
        c2.sessions.sign(copy_id)
    c1 = open_as("c1")
    with pytest.raises(ValidationError) as err:          # and its facilitator signs only through the group note
        c1.sessions.sign(copy_id)
    assert "집단 기록에서 서명" in err.value.message("ko")
    assert copy_of(c1, g.session.id, hong.id)[2] == "draft"


def test_moving_the_session_moves_unsigned_copies_and_is_refused_once_signed(group):
    store, s, six = group.store, group.session, group.six
    store.group_notes.save(s.id, template="free", note={"text": "이완 훈련"})
    moved = ProgramSession(id=s.id, program_id=s.program_id, session_no=s.session_no, starts_at="2026-04-08T15:00",
                           ends_at="2026-04-08T17:00", room_id=3)
    store.programs.update_session(moved)
    assert {copy_of(store, s.id, c.id)[3:5] for c in six} == {("2026-04-08", 120)}
    store.group_notes.sign(s.id, six[0].id)
    back = ProgramSession(id=s.id, program_id=s.program_id, session_no=s.session_no, starts_at="2026-04-01T15:00",
                          ends_at="2026-04-01T16:30", room_id=3)
    with pytest.raises(ValidationError) as err:
        store.programs.update_session(back)
    assert "추가기록" in err.value.message("ko")
    assert store.programs.sessions(group.program.id)[0].starts_at == "2026-04-08T15:00"   # nothing changed
    assert {copy_of(store, s.id, c.id)[3:5] for c in six} == {("2026-04-08", 120)}
    room_only = ProgramSession(id=s.id, program_id=s.program_id, session_no=s.session_no,
                               starts_at="2026-04-08T15:00", ends_at="2026-04-08T17:00", room_id=2)
    store.programs.update_session(room_only)                         # same site: the record holds no room
    annex_room = store.vault.conn.execute("SELECT min(id) FROM rooms WHERE site_id <> 1").fetchone()[0]
    with pytest.raises(ValidationError):                             # another site: refused, it is recorded
        store.programs.update_session(ProgramSession(id=s.id, program_id=s.program_id, session_no=s.session_no,
                                                     starts_at="2026-04-08T15:00", ends_at="2026-04-08T17:00",
                                                     room_id=annex_room))


def test_a_move_to_another_sites_room_moves_unsigned_copies_there(group):
    store, s, six = group.store, group.session, group.six
    store.group_notes.save(s.id, template="free", note={"text": "이완 훈련"})
    annex_room = store.vault.conn.execute("SELECT min(id), site_id FROM rooms WHERE site_id <> 1").fetchone()
    store.programs.update_session(ProgramSession(id=s.id, program_id=s.program_id, session_no=s.session_no,
                                                 starts_at=s.starts_at, ends_at=s.ends_at, room_id=annex_room[0]))
    assert {r[0] for r in store.vault.conn.execute(
        "SELECT site_id FROM counseling_sessions WHERE program_session_id = ?", (s.id,))} == {annex_room[1]}


@pytest.mark.parametrize("text", ["민지가 울었다", "민지는 조용했다", "서준이 화를 냄", "민지에게 말을 건넴",
                                  "도현아 하고 부름", "예린이랑 짝 활동", "서준 씨의 발표"])
def test_a_given_name_with_a_particle_is_refused(group, text):
    store = group.store
    with pytest.raises(ValidationError) as err:
        store.group_notes.save(group.session.id, template="free", note={"text": text})
    assert not any(n in err.value.message("ko") for n in NAMES)
    assert stored_copies(store, group.session.id) == []
    with pytest.raises(ValidationError):
        store.group_notes.save(group.session.id, template="free", note={"text": "함께 나눔"},
                               lines={group.six[0].id: text.replace("도현", "서준").replace("예린", "민지")})


def test_absent_then_present_again_keeps_the_members_line(group):
    store, s, six = group.store, group.session, group.six
    store.group_notes.save(s.id, template="free", note={"text": "함께 나눔"}, lines={six[5].id: "처음 발표함"})
    store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in six[:5]])
    assert copy_of(store, s.id, six[5].id) is None
    assert store.group_notes.lines(s.id)[six[5].id] == "처음 발표함"
    store.programs.set_attendance(s.id, [Attendance(s.id, c.id) for c in six])
    assert json.loads(copy_of(store, s.id, six[5].id)[1])["member"] == "처음 발표함"


def test_deleting_a_session_removes_unsigned_copies_and_refuses_signed_ones(group):
    store, s, six = group.store, group.session, group.six
    store.group_notes.save(s.id, template="free", note={"text": "함께 나눔"})
    store.group_notes.sign(s.id, six[0].id)
    with pytest.raises(ValidationError) as err:
        store.programs.delete_session(s.id)
    assert "1" in err.value.message("ko") and len(stored_copies(store, s.id)) == 6
    other = store.programs.add_session(ProgramSession(program_id=group.program.id, session_no=0,
                                                      starts_at="2026-04-08T15:00", ends_at="2026-04-08T16:30",
                                                      room_id=3))
    store.programs.set_attendance(other.id, [Attendance(other.id, c.id) for c in six])
    store.group_notes.save(other.id, template="free", note={"text": "두 번째"})
    ids = [r[0] for r in store.vault.conn.execute(
        "SELECT id FROM counseling_sessions WHERE program_session_id = ?", (other.id,))]
    store.programs.delete_session(other.id)
    assert stored_copies(store, other.id) == []
    assert [p.id for p in store.programs.sessions(group.program.id)] == [s.id]
    deleted = {a[2] for a in audit(store) if a[0] == "delete" and a[1] == "note"}
    assert {str(i) for i in ids} <= deleted
    assert ("delete", "program_session", str(other.id)) in [a[:3] for a in audit(store)]


def test_the_authors_unsigned_list_holds_the_group_note_once(group):
    store, s = group.store, group.session
    store.group_notes.save(s.id, template="free", note={"text": "함께 나눔"})
    assert store.sessions.drafts_of(store.actor.id) == []
    [item] = store.group_notes.unsigned()
    assert (item.program_session_id, item.program, item.day, item.drafts) == (s.id, "스트레스 다루기", "2026-04-01", 6)
    store.group_notes.sign_all(s.id)
    assert store.group_notes.unsigned() == []


def test_migration_does_not_multiply_a_group_written_in_each_members_record(tmp_path):
    """The old editor let a counselor write one group session into each member's record, each
    listing the others: three rows, not nine. And a member listed in two of them (with no row
    of their own) gets one row, not two."""
    mine = next(x.version for x in m.available() if x.name == "group_notes")
    path = tmp_path / "old.db"
    conn = open_encrypted(path, os.urandom(32), create=True)
    m.migrate(conn, path, target=mine - 1)
    conn.execute("INSERT INTO sites (id, name) VALUES (1, '본관')")
    conn.execute("INSERT INTO staff (id, login, display_name, role, created_at) VALUES (3, 'c1', '박상담', 'counselor', 'x')")
    ids = []
    for i, name in enumerate(["홍길동", "김민지", "이서준", "박지우", "최예린"]):
        conn.execute("INSERT INTO clients (code, name, name_initials, sex, birth_year, job_group, created_at)"
                     " VALUES (?, ?, '', 'F', 1980, 'admin', '2026-01-01')", (f"OLD-{i}", name))
        ids.append(conn.execute("SELECT last_insert_rowid()").fetchone()[0])

    def old_group(owner, listed, day):
        conn.execute("INSERT INTO counseling_sessions (client_id, kind, method, session_date, minutes, counselor_id,"
                     " site_id, template, note, note_status, created_at, updated_at) VALUES"
                     " (?, 'group', 'in_person', ?, 90, 3, 1, 'free', '{\"text\": \"기록\"}', 'draft', 'x', 'x')",
                     (owner, day))
        row = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        conn.executemany("INSERT INTO session_participants (session_id, client_id) VALUES (?, ?)",
                         [(row, c) for c in listed])

    a, b, c, d, e = ids
    for owner in (a, b, c):                                   # one session, written three times
        old_group(owner, [x for x in (a, b, c) if x != owner], "2026-02-03")
    old_group(a, [d, e], "2026-02-10")                        # d has no row of their own, listed twice
    old_group(b, [d, a], "2026-02-10")
    assert m.migrate(conn, path)[0] >= mine
    per_day = conn.execute("SELECT session_date, client_id, count(*) FROM counseling_sessions WHERE kind = 'group'"
                           " GROUP BY session_date, client_id ORDER BY session_date, client_id").fetchall()
    assert per_day == [("2026-02-03", a, 1), ("2026-02-03", b, 1), ("2026-02-03", c, 1),
                       ("2026-02-10", a, 1), ("2026-02-10", b, 1), ("2026-02-10", d, 1), ("2026-02-10", e, 1)]
    conn.close()
