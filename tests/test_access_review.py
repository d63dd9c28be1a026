"""The monthly access-log review: out-of-hours views, many charts in a day, every break-the-glass
and export, the month marked reviewed (audited), the reminder, the settings and the index used."""
from __future__ import annotations

from datetime import date

import pytest

from storage import audit, errors
from storage.records import Client
from storage.repos.access_review import month_bounds, previous_month

from .conftest import login

MONTH = "2026-03"   # 2026-03-02 is a Monday


def _row(store, at, actor, action, entity, client_id=None, entity_id=None, detail=None):
    """An audit row at a chosen time, the way the repositories write them."""
    with store.vault.transaction():
        audit.append(store.vault.conn, actor=actor, workstation="PC-1", action=action, entity=entity,
                     entity_id=entity_id if entity_id is not None else client_id, client_id=client_id,
                     detail=detail, at=at)


@pytest.fixture
def world(created):
    store = login(created["path"], "lead")
    clients = [store.clients.add(Client(code=f"2026-{n:04d}", name=f"내담자{n}", sex="F", birth_year=1990,
                                        job_group="admin")).id for n in range(1, 6)]
    # ordinary: a chart opened on Monday morning, a note read Tuesday afternoon
    _row(store, "2026-03-02T09:15:00+09:00", "c1", "view", "client", clients[0])
    _row(store, "2026-03-03T14:00:00+09:00", "c1", "view", "note", clients[0], entity_id=7)
    # outside hours: late evening, early morning, a Saturday
    _row(store, "2026-03-04T22:30:00+09:00", "c2", "view", "client", clients[1])
    _row(store, "2026-03-05T07:59:00+09:00", "c2", "view", "note", clients[1], entity_id=8)
    _row(store, "2026-03-07T11:00:00+09:00", "c1", "view", "client", clients[2])
    # 19:00 is the end of the day: out; a draft saved at night is not a view
    _row(store, "2026-03-09T19:00:00+09:00", "psy", "view", "client", clients[3])
    _row(store, "2026-03-09T23:00:00+09:00", "c1", "save_draft", "note", clients[0], entity_id=7)
    # psy opens all five charts on one day (threshold set to 5 below), within hours
    for n, client_id in enumerate(clients):
        _row(store, f"2026-03-10T1{n}:00:00+09:00", "psy", "view", "client", client_id)
    _row(store, "2026-03-10T16:00:00+09:00", "psy", "view", "client", clients[0])  # again: still 5 distinct
    # data leaving: an export and a backup
    _row(store, "2026-03-11T10:00:00+09:00", "lead", "export", "monthly",
         detail={"period": "2026-02", "format": ".pdf", "file": "x.pdf", "purpose": "시 보고", "site": "all"})
    _row(store, "2026-03-12T10:00:00+09:00", "admin", "backup", "database")
    # another month: not shown
    _row(store, "2026-04-01T23:00:00+09:00", "c2", "view", "client", clients[1])
    _row(store, "2026-02-28T23:00:00+09:00", "c2", "export", "monthly")
    store.settings.set("review_many_charts", 5)
    store.close()
    return {"path": created["path"], "clients": clients}


def _kinds(findings):
    return [(f.kind, f.at[:16], f.actor, f.client_code) for f in findings]


def test_findings_of_a_month(world, open_as):
    lead = open_as("lead")
    found = lead.access_review.findings(MONTH)
    assert _kinds(found) == [
        ("out_of_hours", "2026-03-04T22:30", "c2", "2026-0002"),
        ("out_of_hours", "2026-03-05T07:59", "c2", "2026-0002"),
        ("out_of_hours", "2026-03-07T11:00", "c1", "2026-0003"),
        ("out_of_hours", "2026-03-09T19:00", "psy", "2026-0004"),
        ("many_charts", "2026-03-10", "psy", ""),
        ("export", "2026-03-11T10:00", "lead", ""),
        ("export", "2026-03-12T10:00", "admin", ""),
    ]
    many = next(f for f in found if f.kind == "many_charts")
    assert many.count == 5 and many.actor_name == "정의사"
    assert lead.access_review.counts(found) == {"out_of_hours": 4, "many_charts": 1, "break_glass": 0, "export": 2}
    for f in found:
        assert "내담자" not in f"{f}"   # codes, never names


def test_working_hours_and_threshold_come_from_settings(world, open_as):
    lead = open_as("lead")
    lead.settings.set("working_hours", {"start": "07:00", "end": "23:00", "weekdays": [0, 1, 2, 3, 4, 5]})
    lead.settings.set("review_many_charts", 6)
    found = lead.access_review.findings(MONTH)
    assert [f.kind for f in found] == ["export", "export"]   # 22:30 and Saturday are now working time
    for bad in ({"start": "19:00", "end": "08:00", "weekdays": [0]}, {"start": "8:00", "end": "19:00", "weekdays": [0]},
                {"start": "08:00", "end": "19:00", "weekdays": []}, {"start": "08:00", "end": "19:00", "weekdays": [7]},
                {"start": "08:00", "end": "19:00"}):
        with pytest.raises(errors.ValidationError):
            lead.settings.set("working_hours", bad)
    with pytest.raises(errors.ValidationError):
        lead.settings.set("review_many_charts", 1)


def test_break_glass_is_listed_with_its_reason(world, open_as):
    lead = open_as("lead")
    session_client = world["clients"][4]
    c1 = open_as("c1")
    grant = c1.emergency.request(session_client, "새벽 위기 전화로 이전 기록 확인이 필요함")
    lead = open_as("lead")
    month = grant.granted_at[:7]
    found = [f for f in lead.access_review.findings(month) if f.kind == "break_glass"]
    assert [(f.actor, f.client_code, f.reason) for f in found] == [
        ("c1", "2026-0005", "새벽 위기 전화로 이전 기록 확인이 필요함")]


def test_mark_reviewed(world, open_as):
    lead = open_as("lead")
    assert lead.access_review.review_of(MONTH) is None
    with pytest.raises(errors.ValidationError):
        lead.access_review.mark_reviewed(MONTH, "  ")
    review = lead.access_review.mark_reviewed(MONTH, "야간 열람은 위기 대응으로 확인함")
    assert review.month == MONTH and review.reviewer_name == "김센터"
    assert review.counts == {"out_of_hours": 4, "many_charts": 1, "break_glass": 0, "export": 2}
    assert [r.month for r in lead.access_review.reviews()] == [MONTH]
    with pytest.raises(errors.ValidationError):
        lead.access_review.mark_reviewed(MONTH, "두 번째")
    with pytest.raises(errors.ValidationError):
        lead.access_review.mark_reviewed("2999-01", "미래")
    rows = lead.audit.search(action="review")
    assert [(r.actor, r.entity, r.entity_id) for r in rows] == [("lead", "access_log", MONTH)]
    assert rows[0].detail == review.counts     # counts only: the comment stays out of the trail
    assert lead.audit.verify() == []


def test_only_the_lead_reviews(world, open_as):
    for who in ("c1", "coord", "admin", "psy"):
        store = open_as(who)
        with pytest.raises(errors.PermissionDenied):
            store.access_review.findings(MONTH)
        with pytest.raises(errors.PermissionDenied):
            store.access_review.mark_reviewed(MONTH, "확인")


def test_reminder_for_last_month(world, open_as):
    lead = open_as("lead")
    assert previous_month(date(2026, 1, 15)) == "2025-12"
    assert lead.access_review.overdue_month(date(2026, 4, 2)) == MONTH
    lead.access_review.mark_reviewed(MONTH, "이상 없음")
    assert lead.access_review.overdue_month(date(2026, 4, 2)) is None


def test_month_bounds_and_index(world, open_as):
    assert month_bounds("2026-12") == ("2026-12-01", "2027-01-01")
    with pytest.raises(errors.ValidationError):
        month_bounds("2026-13")
    lead = open_as("lead")
    plan = lead.vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE action IN ('view', 'export') AND at >= ? AND at < ?",
        ("2026-03-01", "2026-04-01")).fetchall()
    assert any("audit_action_at" in str(step) for step in plan)
