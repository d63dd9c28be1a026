"""Supervision sign-off (storage/repos/supervision.py): a supervised counselor submits, the
supervisor comments, returns, co-signs; the roles around it; the audit rows (no text in them);
the account settings (who supervises whom) and their validation."""
from __future__ import annotations

import json

import pytest

from storage import migrate
from storage.audit import verify_chain
from storage.errors import NoteLocked, NoteUnderReview, PermissionDenied, SignOffRequired, ValidationError
from storage.kdf import FAST_TEST_KDF
from storage.records import Case, Client, CounselingSession, Staff

from .conftest import STAFF_PASSWORD

SECRET = "수퍼비전 비밀 의견 문장"


@pytest.fixture
def center(created, open_as):
    """c2 is a trainee supervised by c1; t2 a trainee with no supervisor set (the lead's)."""
    admin = open_as("admin")
    c1 = admin.staff.get("c1")
    c2 = admin.staff.get("c2")
    c2.needs_supervision, c2.supervisor_id = True, c1.id
    admin.staff.update(c2)
    admin.staff.add(Staff(login="t2", display_name="신입상담", role="counselor", site_id=1, needs_supervision=True),
                    STAFF_PASSWORD, kdf=FAST_TEST_KDF)
    lead = open_as("lead")
    ids = {}
    for n, who in enumerate(["c2", "t2", "c1"], start=1):
        staff_id = lead.staff.get(who).id
        client = lead.clients.add(Client(code=f"2026-{n:04d}", name=f"내담자{n}", sex="F", birth_year=1990,
                                         job_group="admin"))
        lead.cases.open(Case(client_id=client.id, counselor_id=staff_id, opened_on="2026-03-02",
                             primary_problem="sleep"))
        ids[who] = {"client": client.id, "staff": staff_id}
    return ids


def write_note(store, client_id: int, text: str = "회기 기록 본문") -> int:
    return store.sessions.create(CounselingSession(
        client_id=client_id, kind="individual", method="in_person", session_date="2026-03-03", minutes=50,
        counselor_id=store.actor.id, site_id=1, note={"text": text})).id


def audit_rows(store, session_id: int) -> list[tuple]:
    return store.vault.conn.execute(
        "SELECT action, actor, detail FROM audit_log WHERE entity = 'note' AND entity_id = ?"
        " AND action IN ('submit', 'comment', 'return', 'cosign') ORDER BY id", (str(session_id),)).fetchall()


def test_submit_comment_return_resubmit_cosign(center, open_as):
    trainee = open_as("c2")
    sid = write_note(trainee, center["c2"]["client"])
    with pytest.raises(SignOffRequired):
        trainee.sessions.sign(sid)  # a supervised counselor cannot sign alone
    submitted = trainee.supervision.submit(sid, "첫 사례라 확인 부탁드립니다")
    assert (submitted.status, submitted.rounds, submitted.reviewer_id) == ("pending", 1, center["c1"]["staff"])
    with pytest.raises(NoteUnderReview):  # locked for the trainee while it waits
        trainee.sessions.save_draft(sid, note={"text": "몰래 고침"})
    with pytest.raises(NoteUnderReview):
        trainee.supervision.submit(sid)
    assert [s.session_id for s in trainee.supervision.mine()] == [sid]

    sup = open_as("c1")
    assert sup.supervision.supervises_anyone()
    (item,) = sup.supervision.queue()
    assert (item.session_id, item.author_id, item.client_id) == (sid, center["c2"]["staff"], center["c2"]["client"])
    note = sup.sessions.get(sid)  # read through the supervision relation, not the client relation
    assert note.note["text"] == "회기 기록 본문"
    assert sup.supervision.may_review(sid)
    sup.supervision.comment(sid, SECRET)
    with pytest.raises(ValidationError):
        sup.supervision.return_for_revision(sid, "   ")  # a return says why
    sup.supervision.return_for_revision(sid, "평가 부분을 보완하세요")
    assert sup.supervision.queue() == []

    trainee = open_as("c2")
    (back,) = trainee.supervision.mine()
    assert back.status == "returned"
    thread = trainee.supervision.get(sid)
    assert [(c.kind, c.text) for c in thread.comments] == [
        ("submit", "첫 사례라 확인 부탁드립니다"), ("comment", SECRET), ("return", "평가 부분을 보완하세요")]
    trainee.sessions.save_draft(sid, note={"text": "회기 기록 본문 (보완)"})  # a draft again
    again = trainee.supervision.submit(sid)
    assert (again.status, again.rounds) == ("pending", 2)

    sup = open_as("c1")
    sup.supervision.cosign(sid, "잘 정리되었습니다")
    signed = sup.sessions.get(sid)
    done = sup.supervision.get(sid)
    assert (signed.note_status, signed.signed_by, signed.signed_at) == ("signed", center["c2"]["staff"],
                                                                      done.submitted_at)
    assert (done.status, done.cosigned_by) == ("cosigned", center["c1"]["staff"])
    assert done.cosigned_at >= done.submitted_at
    with pytest.raises(ValidationError):
        sup.supervision.comment(sid, "서명 후 의견")  # after the co-signature: addenda

    trainee = open_as("c2")
    with pytest.raises(NoteLocked):
        trainee.sessions.save_draft(sid, note={"text": "x"})
    trainee.sessions.add_addendum(sid, "서명 후 추가기록")  # addenda after the final signature as before
    assert trainee.supervision.mine() == []

    rows = audit_rows(trainee, sid)
    assert [(a, who) for a, who, _ in rows] == [("submit", "c2"), ("comment", "c1"), ("return", "c1"),
                                               ("submit", "c2"), ("cosign", "c1")]
    for _, _, detail in rows:
        text = json.dumps(json.loads(detail), ensure_ascii=False)
        assert "기록" not in text and "의견" not in text and "보완" not in text and "확인" not in text
    assert verify_chain(trainee.vault.conn) == []


def test_roles_around_signoff(center, open_as):
    trainee = open_as("c2")
    sid = write_note(trainee, center["c2"]["client"])
    trainee.supervision.submit(sid)
    with pytest.raises(PermissionDenied):  # a trainee cannot co-sign (not even as "supervisor")
        trainee.supervision.cosign(sid)

    other = open_as("psy")  # a clinical account that does not supervise c2
    assert not other.supervision.supervises_anyone()
    assert other.supervision.queue() == []
    with pytest.raises(PermissionDenied):
        other.sessions.get(sid)  # no supervision relation: note.read stays "own"
    with pytest.raises(PermissionDenied):
        other.supervision.cosign(sid)
    with pytest.raises(PermissionDenied):
        other.supervision.comment(sid, "남의 기록")

    coord = open_as("coord")
    with pytest.raises(PermissionDenied):
        coord.supervision.queue()
    with pytest.raises(PermissionDenied):
        coord.supervision.cosign(sid)

    lead = open_as("lead")  # the lead co-signs any, and sees everything with everyone=True
    assert lead.supervision.queue() == []           # c2's note is c1's to review
    assert [s.session_id for s in lead.supervision.queue(everyone=True)] == [sid]
    lead.supervision.cosign(sid)
    assert lead.sessions.get(sid).note_status == "signed"

    # a supervisor cannot read the trainee's notes that were never sent to them
    trainee = open_as("c2")
    draft = write_note(trainee, center["c2"]["client"], "아직 제출하지 않은 기록")
    sup = open_as("c1")
    with pytest.raises(PermissionDenied):
        sup.sessions.get(draft)


def test_no_supervisor_means_the_lead_and_others_sign_as_before(center, open_as):
    t2 = open_as("t2")
    sid = write_note(t2, center["t2"]["client"])
    with pytest.raises(SignOffRequired):
        t2.sessions.sign(sid)
    assert t2.supervision.submit(sid).reviewer_id is None
    lead = open_as("lead")
    assert [s.session_id for s in lead.supervision.queue()] == [sid]

    c1 = open_as("c1")  # not supervised: signs alone as before, cannot "submit"
    own = write_note(c1, center["c1"]["client"])
    with pytest.raises(ValidationError):
        c1.supervision.submit(own)
    c1.sessions.sign(own)
    assert c1.sessions.get(own).note_status == "signed"
    assert c1.supervision.get(own) is None


def test_counts_do_not_change_with_signoff(center, open_as):
    from reports.period import Period
    from reports.usage import build_usage_report

    def counseling(store) -> dict:
        return build_usage_report(store, Period.month("2026-03")).to_dict()["lines"]["counseling"]

    trainee = open_as("c2")
    sid = write_note(trainee, center["c2"]["client"])
    before = counseling(open_as("lead"))
    assert before["visits"] == 1
    open_as("c2").supervision.submit(sid)
    assert counseling(open_as("lead")) == before   # waiting for sign-off: counted as before
    lead = open_as("lead")
    lead.supervision.cosign(sid)
    assert counseling(lead) == before


def test_supervisor_setting_is_validated(center, open_as):
    admin = open_as("admin")
    c2 = admin.staff.get("c2")
    assert (c2.needs_supervision, c2.supervisor_id) == (True, center["c1"]["staff"])

    def try_supervisor(login: str, supervisor_login: str):
        s = admin.staff.get(login)
        s.needs_supervision, s.supervisor_id = True, admin.staff.get(supervisor_login).id
        admin.staff.update(s)

    for bad in ("c2", "coord", "admin", "t2"):  # itself, no notes, no notes, itself supervised
        with pytest.raises(ValidationError):
            try_supervisor("c2", bad)
    admin.staff.deactivate("psy")
    with pytest.raises(ValidationError):
        try_supervisor("c2", "psy")  # inactive
    c1 = admin.staff.get("c1")
    c1.needs_supervision = True   # c1 supervises c2: cannot become supervised meanwhile
    with pytest.raises(ValidationError):
        admin.staff.update(c1)
    c1.needs_supervision, c1.role = False, "coordinator"
    with pytest.raises(ValidationError):
        admin.staff.update(c1)
    assert [s.login for s in admin.staff.supervisees(c1.id)] == ["c2"]
    # no supervision need: no supervisor kept
    s = admin.staff.get("c2")
    s.needs_supervision = False
    admin.staff.update(s)
    assert admin.staff.get("c2").supervisor_id is None


def test_reassigning_the_supervisor_moves_the_pending_notes(center, open_as):
    trainee = open_as("c2")
    sid = write_note(trainee, center["c2"]["client"])
    trainee.supervision.submit(sid)
    admin = open_as("admin")
    c2 = admin.staff.get("c2")
    c2.supervisor_id = admin.staff.get("psy").id
    admin.staff.update(c2)
    assert open_as("c1").supervision.queue() == []
    psy = open_as("psy")
    assert [s.session_id for s in psy.supervision.queue()] == [sid]
    psy.supervision.cosign(sid)


def test_a_former_supervisor_reads_no_more_after_reassignment(center, open_as):
    """A returned note being revised moves to the new supervisor with the waiting ones; the
    former supervisor can neither read nor comment on it. A co-signer keeps reading what it signed."""
    trainee = open_as("c2")
    returned = write_note(trainee, center["c2"]["client"])
    signed = write_note(trainee, center["c2"]["client"], "공동 서명된 기록")
    trainee.supervision.submit(returned)
    trainee.supervision.submit(signed)
    c1 = open_as("c1")
    c1.supervision.return_for_revision(returned, "보완 필요")
    c1.supervision.cosign(signed)
    admin = open_as("admin")
    c2 = admin.staff.get("c2")
    c2.supervisor_id = admin.staff.get("psy").id
    admin.staff.update(c2)
    open_as("c2").sessions.save_draft(returned, note={"text": "보완한 새 내용"})
    c1 = open_as("c1")
    with pytest.raises(PermissionDenied):
        c1.sessions.get(returned)
    with pytest.raises(PermissionDenied):
        c1.supervision.get(returned)
    with pytest.raises(PermissionDenied):
        c1.supervision.comment(returned, "아직 보고 있어요")
    assert c1.sessions.get(signed).note == {"text": "공동 서명된 기록"}   # its co-signature is on it
    psy = open_as("psy")
    assert psy.sessions.get(returned).note == {"text": "보완한 새 내용"}   # the new supervisor's now
    psy.supervision.comment(returned, "다시 제출해 주세요")
    with pytest.raises(PermissionDenied):
        psy.sessions.get(signed)                                          # not what c1 co-signed
    trainee = open_as("c2")
    trainee.supervision.submit(returned)
    assert [s.session_id for s in open_as("psy").supervision.queue()] == [returned]


def test_a_returned_note_signed_after_supervision_ends_leaves_today(center, open_as):
    trainee = open_as("c2")
    sid = write_note(trainee, center["c2"]["client"])
    trainee.supervision.submit(sid)
    open_as("c1").supervision.return_for_revision(sid, "보완 필요")
    assert [s.status for s in open_as("c2").supervision.mine()] == ["returned"]
    admin = open_as("admin")
    c2 = admin.staff.get("c2")
    c2.needs_supervision, c2.supervisor_id = False, None
    admin.staff.update(c2)
    trainee = open_as("c2")
    trainee.sessions.sign(sid)
    assert trainee.supervision.mine() == []
    assert trainee.supervision.get(sid).status == "closed"
    assert open_as("c1").supervision.queue() == []
    with pytest.raises(ValidationError):
        open_as("c2").supervision.comment(sid, "서명 후 의견")   # signed: addenda from now on


def test_the_migration_adds_the_tables():
    names = [m.name for m in migrate.available()]
    assert "supervision" in names


def test_cli_adds_a_trainee_with_a_supervisor(created, open_as, monkeypatch):
    from cli.main import main
    from .conftest import ADMIN_PASSWORD
    monkeypatch.setenv("MAUMDESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("MAUMDESK_NEW_PASSWORD", "trainee-pass-1")
    args = ["user", "add", "--db", str(created["path"]), "--user", "admin", "--login", "t9", "--role", "counselor",
            "--name", "수련상담", "--test-kdf"]
    assert main(args + ["--supervisor", "c1"]) == 0
    assert main([*args[:8], "t8", *args[9:], "--supervisor", "coord"]) != 0  # validated: the coordinator reads no notes
    admin = open_as("admin")
    t9 = admin.staff.get("t9")
    assert (t9.needs_supervision, t9.supervisor_id) == (True, admin.staff.get("c1").id)
    assert "t8" not in [s.login for s in admin.staff.list()]
