"""Emergency access ("break the glass"): who may, the reason, the grant honoured by the note-read
check and expiring, the lead's list and acknowledgement, and the audit rows."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from storage import errors
from storage.records import Case, Client, CounselingSession
from storage.repos.emergency_access import GRANT_HOURS

from .conftest import login

REASON = "야간 위기 전화, 담당 상담사 부재로 이전 기록 확인 필요"


@pytest.fixture
def world(created):
    """Client A belongs to c2 (case and signed session); c1, psy and coord have nothing to do with A."""
    store = login(created["path"], "lead")
    c2 = store.staff.get("c2").id
    a = store.clients.add(Client(code="2026-0001", name="홍길동", sex="M", birth_year=1985, job_group="admin"))
    store.cases.open(Case(client_id=a.id, counselor_id=c2, opened_on="2026-03-02", primary_problem="sleep"))
    s = store.sessions.create(CounselingSession(client_id=a.id, kind="individual", method="in_person",
                                                session_date="2026-03-03", minutes=50, counselor_id=c2,
                                                site_id=1, note={"text": "수면 문제로 내방"}, template="free"))
    store.close()
    return {"path": created["path"], "client": a.id, "session": s.id}


def test_counselor_refused_until_a_reason_is_given(world, open_as):
    c1 = open_as("c1")
    with pytest.raises(errors.PermissionDenied):
        c1.sessions.get(world["session"])
    assert c1.emergency.may_request(world["client"])
    for reason in ("", "   ", "급함"):
        with pytest.raises(errors.ValidationError):
            c1.emergency.request(world["client"], reason)
    grant = c1.emergency.request(world["client"], REASON)
    assert grant.reason == REASON and grant.staff_login == "c1" and grant.client_code == "2026-0001"
    until = datetime.fromisoformat(grant.expires_at) - datetime.fromisoformat(grant.granted_at)
    assert until == timedelta(hours=GRANT_HOURS)
    note = c1.sessions.get(world["session"])
    assert note.note == {"text": "수면 문제로 내방"}
    assert c1.sessions.may("note.read", world["client"])
    assert not c1.sessions.may("note.write", world["client"])  # reading only
    assert not c1.emergency.may_request(world["client"])    # already reading
    with pytest.raises(errors.ValidationError):
        c1.emergency.request(world["client"], REASON)        # no second grant while one runs
    c2 = open_as("c2")
    with pytest.raises(errors.ValidationError):
        c2.emergency.request(world["client"], REASON)        # their own client: nothing to break


def test_audit_marks_break_glass_without_the_reason(world, open_as):
    c1 = open_as("c1")
    grant = c1.emergency.request(world["client"], REASON)
    c1.sessions.get(world["session"])
    lead = open_as("lead")
    rows = lead.audit.search(action="break_glass")
    assert len(rows) == 1
    row = rows[0]
    assert (row.actor, row.entity, row.entity_id, row.client_id) == ("c1", "emergency_access", str(grant.id), world["client"])
    assert row.detail["emergency"] is True and row.detail["grant"] == grant.id
    assert REASON not in str(row.detail) and "홍길동" not in str(row.detail)
    views = [e for e in lead.audit.search(action="view", actor="c1") if e.entity == "note"]
    assert views[0].detail == {"break_glass": grant.id}


def test_roles_not_allowed_are_refused(world, open_as):
    coord = open_as("coord")
    assert not coord.emergency.may_request(world["client"])
    with pytest.raises(errors.PermissionDenied):
        coord.emergency.request(world["client"], REASON)
    lead = open_as("lead")
    assert not lead.emergency.may_request(world["client"])   # reads every note already
    lead.settings.set("break_glass_roles", ["psychiatrist"])
    c1 = open_as("c1")
    with pytest.raises(errors.PermissionDenied):
        c1.emergency.request(world["client"], REASON)
    with pytest.raises(errors.PermissionDenied):
        c1.sessions.get(world["session"])
    psy = open_as("psy")
    psy.emergency.request(world["client"], REASON)
    assert psy.sessions.get(world["session"]).note


def test_break_glass_roles_setting_is_validated(open_as):
    lead = open_as("lead")
    for bad in (["coordinator"], ["admin"], ["counselor", "counselor"], ["nobody"], "counselor"):
        with pytest.raises(errors.ValidationError):
            lead.settings.set("break_glass_roles", bad)
    lead.settings.set("break_glass_roles", [])
    assert lead.settings.get("break_glass_roles") == []


def test_grant_expires(world, open_as):
    c1 = open_as("c1")
    grant = c1.emergency.request(world["client"], REASON)
    assert c1.sessions.get(world["session"])
    past = (datetime.now().astimezone() - timedelta(minutes=1)).isoformat(timespec="seconds")
    with c1.vault.transaction():  # time passes: the grant ran out a minute ago
        c1.vault.conn.execute("UPDATE emergency_accesses SET expires_at = ? WHERE id = ?", (past, grant.id))
    with pytest.raises(errors.PermissionDenied):
        c1.sessions.get(world["session"])
    assert c1.emergency.mine_active() == []
    assert c1.emergency.may_request(world["client"])


def test_grant_is_for_that_account_and_client_only(world, open_as):
    lead = open_as("lead")
    other = lead.clients.add(Client(code="2026-0002", name="김철수", sex="M", birth_year=1980, job_group="admin"))
    s2 = lead.sessions.create(CounselingSession(client_id=other.id, kind="individual", method="in_person",
                                                session_date="2026-03-04", minutes=50,
                                                counselor_id=lead.staff.get("c2").id, site_id=1, note={}))
    c1 = open_as("c1")
    c1.emergency.request(world["client"], REASON)
    with pytest.raises(errors.PermissionDenied):
        c1.sessions.get(s2.id)
    psy = open_as("psy")
    with pytest.raises(errors.PermissionDenied):
        psy.sessions.get(world["session"])


def test_lead_sees_and_acknowledges(world, open_as):
    c1 = open_as("c1")
    grant = c1.emergency.request(world["client"], REASON)
    with pytest.raises(errors.PermissionDenied):
        c1.emergency.unacknowledged()
    with pytest.raises(errors.PermissionDenied):
        c1.emergency.acknowledge(grant.id)
    lead = open_as("lead")
    pending = lead.emergency.unacknowledged()
    assert [(g.id, g.staff_name, g.client_code, g.reason) for g in pending] == [
        (grant.id, "박상담", "2026-0001", REASON)]
    done = lead.emergency.acknowledge(grant.id)
    assert done.acknowledged_by == lead.actor.id and done.acknowledged_at
    assert lead.emergency.unacknowledged() == []
    lead.emergency.acknowledge(grant.id)   # twice: no second row
    rows = lead.audit.search(action="acknowledge")
    assert [(r.actor, r.entity, r.entity_id, r.client_id) for r in rows] == [
        ("lead", "emergency_access", str(grant.id), world["client"])]
    assert lead.audit.verify() == []


def test_taking_the_role_out_of_the_setting_ends_running_grants(world, open_as):
    c1 = open_as("c1")
    c1.emergency.request(world["client"], "야간 위기 전화, 담당 상담사 부재로 이전 기록 확인 필요")
    assert c1.sessions.get(world["session"]).client_id == world["client"]
    open_as("lead").settings.set("break_glass_roles", ["psychiatrist"])
    c1 = open_as("c1")
    with pytest.raises(errors.PermissionDenied):
        c1.sessions.get(world["session"])
    assert c1.sessions.grant_for(world["session"]) is None
    open_as("lead").settings.set("break_glass_roles", ["counselor"])   # allowed again: the grant runs on
    assert open_as("c1").sessions.get(world["session"]).id == world["session"]
