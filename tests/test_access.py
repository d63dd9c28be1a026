"""The role table of storage/access.py, enforced in the repositories, pair by pair.

For each permission and role: an account works on "its own" client (a case and a session with
them) and on a client it has nothing to do with. "all" allows both, "own" only the first, and
no entry refuses both. For notes "own" is per note (the author, or the counselor of the note's
case): test_note_own_is_per_note shows that writing a session or opening a case for another
counselor's client does not open that counselor's notes.
"""
from __future__ import annotations

from datetime import date

import pytest

from storage import access, errors
from storage.backup import create_backup
from storage.records import (AnnualPlan, Appointment, Case, Client, CounselingSession, Program, Referral,
                             SatisfactionResponse, Site, Staff)
from storage.repos.followups import FollowUpRepository
from storage.repos.waitlist import WaitlistEntry

from .conftest import login

ROLE_LOGIN = {"counselor": "c1", "psychiatrist": "psy", "lead": "lead", "coordinator": "coord", "admin": "admin"}


@pytest.fixture
def world(created, tmp_path):
    """One client per account (their own case, session, follow-up, referral)."""
    store = login(created["path"], "lead")
    ids = {}
    for n, who in enumerate(["c1", "c2", "psy", "lead", "coord", "admin"], start=1):
        staff_id = store.staff.get(who).id
        c = store.clients.add(Client(code=f"2026-{n:04d}", name=f"내담자{n}", sex="F", birth_year=1990, job_group="admin"))
        store.cases.open(Case(client_id=c.id, counselor_id=staff_id, opened_on="2026-03-02", primary_problem="sleep"))
        s = store.sessions.create(CounselingSession(client_id=c.id, kind="individual", method="in_person",
                                                    session_date="2026-03-03", minutes=50, counselor_id=staff_id,
                                                    site_id=1, note={"text": "기록"}))
        with store.vault.transaction():
            f = FollowUpRepository(store.vault).raise_for(c.id, "test.flag", assigned_to=staff_id)
        r = store.referrals.add(Referral(client_id=c.id, destination_kind="designated_clinic", reason="r",
                                         referred_on="2026-03-04", site_id=1))
        ids[who] = {"client": c.id, "session": s.id, "followup": f.id, "referral": r.id, "staff": staff_id}
    store.close()
    return {"path": created["path"], "ids": ids, "backup_dir": tmp_path}


def _ops(world):
    n = iter(range(100, 10_000))

    return {
        "client.read": lambda s, c: s.clients.get(c),
        "client.write": lambda s, c: s.clients.add_consent(c, __import__("storage.records", fromlist=["Consent"]).Consent(
            kind="service", version="1", scope="s", given=True, given_on="2026-03-02")),
        "case.read": lambda s, c: s.cases.for_client(c),
        "case.write": lambda s, c: s.cases.set_problems(s.cases.open_case(c).id, "anxiety", []),
        "note.read": lambda s, c: s.sessions.get(_session_of(world, c)),
        "note.write": lambda s, c: s.sessions.save_draft(_session_of(world, c), note={"text": "수정"}),
        "screening.read": lambda s, c: s.screenings.for_client(c),
        "screening.write": lambda s, c: s.screenings.record(c, "phq9", taken_on="2026-03-05", site_id=1,
                                                            answers=[0] * 9 + [0]),
        "followup.read": None,
        "followup.close": lambda s, c: s.followups.close(_followup_of(world, c), "전화로 안전 확인"),
        "referral.read": lambda s, c: s.referrals.for_client(c),
        "referral.write": lambda s, c: s.referrals.add(Referral(client_id=c, destination_kind="external",
                                                                reason="r", referred_on="2026-03-05", site_id=1)),
        "appointment.read": lambda s, c: s.appointments.for_client(c),
        "appointment.write": lambda s, c: _book(s, c, next(n)),
        "waitlist.read": lambda s, c: s.waitlist.waiting(date(2026, 3, 2)),
        "waitlist.write": lambda s, c: s.waitlist.add(WaitlistEntry(site_id=1, contact_name=f"문의{next(n)}",
                                                                    contact_phone="010-0000-0000")),
        "program.read": lambda s, c: s.programs.list(),
        "program.write": lambda s, c: s.programs.add(Program(name="p", category="other", site_id=1,
                                                             starts_on="2026-03-01")),
        "survey.write": lambda s, c: s.surveys.add(SatisfactionResponse(
            site_id=1, service_line="program", period_month="2026-03", usefulness=5, comfort=5, participation=5,
            suitability=5, recommend=5, revisit=5, environment=5)),
        "plan.manage": lambda s, c: s.plans.set(AnnualPlan(year=2026, service_line="counseling",
                                                           target_person_visits=4000)),
        "settings.manage": lambda s, c: s.settings.set("mask_names", True),
        "staff.read": lambda s, c: s.staff.list(),
        "staff.manage": lambda s, c: s.staff.update(s.staff.get("c2")),
        "site.manage": lambda s, c: s.sites.add_site(Site(name=f"지점{next(n)}")),
        "backup.run": lambda s, c: create_backup(s.vault, world["backup_dir"]),
        "audit.read": lambda s, c: s.audit.entries(limit=5),
        "access.review": lambda s, c: s.access_review.reviews(),
        "retention.manage": lambda s, c: s.retention.past_retention(),
        "import.run": lambda s, c: _dry_import(s, world),
        "database.rekey": lambda s, c: s.vault.rekey(),
    }


def _dry_import(store, world):
    from storage.importing import dry_run
    path = world["backup_dir"] / "clients.csv"
    path.write_text("client_code,name,sex,birth_year,job_group\nIMP-0001,가나다,F,1990,admin\n", encoding="utf-8")
    return dry_run(store.vault, "clients", path)


def _book(store, client_id, k):
    day = f"2027-{k // 28 % 12 + 1:02d}-{k % 28 + 1:02d}"
    return store.appointments.add(Appointment(site_id=1, counselor_id=store.actor.id, client_id=client_id,
                                              starts_at=f"{day}T09:00", ends_at=f"{day}T09:50"))


def _session_of(world, client_id):
    return next(v["session"] for v in world["ids"].values() if v["client"] == client_id)


def _followup_of(world, client_id):
    return next(v["followup"] for v in world["ids"].values() if v["client"] == client_id)


CLIENT_SCOPED = {"client.read", "client.write", "case.read", "case.write", "note.read", "note.write",
                 "screening.read", "screening.write", "followup.close", "referral.read", "referral.write",
                 "appointment.read", "appointment.write"}
# report.run is exercised by the reports; its row is checked against the table below.
# note.cosign's "own" is the supervision relation, not the client relation: tests/test_supervision.py.
NOT_HERE = {"report.run", "followup.read", "note.cosign"}


def _allowed(fn) -> bool:
    try:
        fn()
    except errors.PermissionDenied:
        return False
    return True


@pytest.mark.parametrize("role", access.ROLES)
@pytest.mark.parametrize("permission", [p for p in access.PERMISSIONS if p not in NOT_HERE])
def test_permission_pair(world, role, permission):
    who = ROLE_LOGIN[role]
    op = _ops(world)[permission]
    scope = access.scope(role, permission)
    store = login(world["path"], who)
    try:
        if permission in CLIENT_SCOPED:
            own = world["ids"][who]["client"]
            foreign = world["ids"]["c2"]["client"]
            assert _allowed(lambda: op(store, own)) == (scope in ("all", "own")), f"{role} own {permission}"
            assert _allowed(lambda: op(store, foreign)) == (scope == "all"), f"{role} foreign {permission}"
        else:
            assert _allowed(lambda: op(store, None)) == (scope == "all"), f"{role} {permission}"
    finally:
        store.close()


@pytest.mark.parametrize("role", access.ROLES)
def test_followup_list_scope(world, role):
    store = login(world["path"], ROLE_LOGIN[role])
    try:
        scope = access.scope(role, "followup.read")
        if scope is None:
            with pytest.raises(errors.PermissionDenied):
                store.followups.open_items()
            return
        seen = {f.client_id for f in store.followups.open_items()}
        everyone = {v["client"] for v in world["ids"].values()}
        if scope == "all":
            assert seen == everyone
        else:
            assert seen == {world["ids"][ROLE_LOGIN[role]]["client"]}
    finally:
        store.close()


def test_admin_reads_no_client_data_and_no_notes(world):
    store = login(world["path"], "admin")
    try:
        with pytest.raises(errors.PermissionDenied):
            store.clients.search("")
        with pytest.raises(errors.PermissionDenied):
            store.sessions.get(world["ids"]["c1"]["session"])
    finally:
        store.close()


def test_roles_doc_matches_the_table():
    from pathlib import Path
    doc = (Path(__file__).parent.parent / "docs" / "roles.md").read_text(encoding="utf-8")
    assert access.markdown_table() in doc


def test_every_permission_has_a_name_for_refusals():
    from storage.errors import PermissionDenied
    from storage.permission_names import NAMES
    assert set(NAMES) >= set(access.PERMISSIONS)   # and a few finer refusals (program.facilitator)
    refusal = PermissionDenied(action="note.read")
    assert refusal.message("ko") == "상담기록 열람 권한이 없습니다."
    assert refusal.message("en") == "You are not allowed to read these session notes."
    assert "note.read" not in refusal.message("ko") + str(refusal)


def test_note_own_is_per_note(world):
    """c1 writes a session of its own for c2's client, then opens a case for them: c1 reads and
    writes its own note and the notes of its case, never c2's (only with an emergency access,
    which is logged). case.read, referrals and follow-ups keep the client relation."""
    c2_client, c2_note = world["ids"]["c2"]["client"], world["ids"]["c2"]["session"]
    lead = login(world["path"], "lead")
    try:
        lead.cases.close(lead.cases.open_case(c2_client).id, "2026-03-20", "goals_met")
        c1_case = lead.cases.open_case(world["ids"]["c1"]["client"]).id
    finally:
        lead.close()
    c1 = login(world["path"], "c1")
    try:
        me = c1.actor.id
        mine = c1.sessions.create(CounselingSession(client_id=c2_client, kind="individual", method="phone",
                                                    session_date="2026-03-21", minutes=10, counselor_id=me,
                                                    site_id=1, note={"text": "전화 한 통"}))
        assert c1.sessions.get(mine.id).note == {"text": "전화 한 통"}     # its own note
        with pytest.raises(errors.PermissionDenied):
            c1.sessions.get(c2_note)                                     # not c2's
        with pytest.raises(errors.PermissionDenied):
            c1.sessions.save_draft(c2_note, note={"text": "덮어쓰기"})
        assert not c1.sessions.may_note("note.read", c2_note) and c1.sessions.may_note("note.read", mine.id)
        assert not c1.sessions.may("note.read", c2_client)               # not every note of the client is its own
        case = c1.cases.open(Case(client_id=c2_client, counselor_id=me, opened_on="2026-03-22",
                                  primary_problem="sleep"))
        with pytest.raises(errors.PermissionDenied):
            c1.sessions.get(c2_note)                                     # a new case does not open the old one
        # a note in c2's name only into a case one runs; c1 runs the new case
        with pytest.raises(errors.PermissionDenied):
            c1.sessions.create(CounselingSession(client_id=c2_client, kind="individual", method="phone",
                                                 session_date="2026-03-22", minutes=10, site_id=1, note={},
                                                 counselor_id=world["ids"]["c2"]["staff"]))
        with pytest.raises(errors.ValidationError):                      # a case of another client
            c1.sessions.create(CounselingSession(client_id=c2_client, kind="individual", method="phone",
                                                 session_date="2026-03-22", minutes=10, site_id=1, note={},
                                                 counselor_id=me, case_id=c1_case))
        # the relation still counts for what is not a note
        assert c1.referrals.for_client(c2_client) is not None
        assert [c.id for c in c1.cases.for_client(c2_client)][-1] == case.id
        reads = c1.vault.conn.execute("SELECT count(*) FROM audit_log WHERE actor = 'c1' AND action = 'view'"
                                      " AND entity = 'note' AND entity_id = ?", (str(c2_note),)).fetchone()[0]
        assert reads == 0
    finally:
        c1.close()
    psy = login(world["path"], "psy")
    try:   # the counselor of a case reads the notes others wrote in it
        case_id = psy.cases.open_case(world["ids"]["psy"]["client"]).id
    finally:
        psy.close()
    lead = login(world["path"], "lead")
    try:
        other = lead.sessions.create(CounselingSession(client_id=world["ids"]["psy"]["client"], case_id=case_id,
                                                       kind="individual", method="in_person", session_date="2026-03-23",
                                                       minutes=50, counselor_id=world["ids"]["c1"]["staff"], site_id=1,
                                                       note={"text": "대신 본 회기"}))
    finally:
        lead.close()
    psy = login(world["path"], "psy")
    try:
        assert psy.sessions.get(other.id).note == {"text": "대신 본 회기"}
    finally:
        psy.close()
