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


def _since(store, day):
    """The day the review came to the database (written by migration 0006; read-only setting)."""
    with store.vault.transaction():
        store.vault.conn.execute("UPDATE settings SET value = ? WHERE key = 'access_review_since'", (f'"{day}"',))


def test_reminder_for_every_unreviewed_month_oldest_first(world, open_as):
    lead = open_as("lead")
    assert previous_month(date(2026, 1, 15)) == "2025-12"
    # a new database: the review exists since today, so nothing is overdue yet
    assert lead.access_review.overdue_months() == []
    _since(lead, "2026-01-10")   # the feature came in January; the first audit row is of 2026-02-28
    assert lead.access_review.overdue_months(date(2026, 4, 2)) == ["2026-02", MONTH]
    lead.access_review.mark_reviewed(MONTH, "이상 없음")
    # February was skipped: it is still reminded
    assert lead.access_review.overdue_months(date(2026, 4, 2)) == ["2026-02"]
    assert lead.access_review.overdue_month(date(2026, 4, 2)) == "2026-02"
    assert lead.access_review.overdue_months(date(2026, 6, 1)) == ["2026-02", "2026-04", "2026-05"]
    lead.access_review.mark_reviewed("2026-02", "이상 없음")
    assert lead.access_review.overdue_month(date(2026, 4, 2)) is None


def test_since_is_read_only_and_written_by_the_migration(world, open_as):
    lead = open_as("lead")
    since = lead.settings.get("access_review_since")
    assert since and date.fromisoformat(since)
    with pytest.raises(errors.ValidationError):
        lead.settings.set("access_review_since", "2020-01-01")


def test_the_current_month_cannot_be_marked_before_it_ends(world, open_as):
    lead = open_as("lead")
    today = lead.access_review.center_today()
    with pytest.raises(errors.ValidationError):
        lead.access_review.mark_reviewed(today.strftime("%Y-%m"), "이상 없음")
    assert lead.access_review.review_of(today.strftime("%Y-%m")) is None
    last = previous_month(today)
    assert lead.access_review.mark_reviewed(last, "이상 없음").month == last


def test_group_note_and_screening_reads_out_of_hours(world, open_as):
    from storage.records import Program, ProgramSession
    c1 = open_as("c1")
    p = c1.programs.add(Program(name="스트레스 관리", category="stress_relief", site_id=1, starts_on="2026-03-01",
                                facilitator_id=c1.actor.id))
    ps = c1.programs.add_session(ProgramSession(program_id=p.id, session_no=0, starts_at="2026-03-05T15:00",
                                                ends_at="2026-03-05T16:30", room_id=3))
    with c1.vault.transaction():
        gid = c1.vault.conn.execute(
            "INSERT INTO group_notes (program_session_id, group_key, author_id, template, note, created_at, updated_at)"
            " VALUES (?, 'g1', ?, 'soap', '{}', ?, ?)", (ps.id, c1.actor.id, *["2026-03-05T17:00:00+09:00"] * 2)).lastrowid
    lead = open_as("lead")
    _row(lead, "2026-03-07T23:10:00+09:00", "c1", "view", "group_note", entity_id=gid)
    _row(lead, "2026-03-07T23:11:00+09:00", "c1", "view", "screening", world["clients"][2], entity_id=4)
    _row(lead, "2026-03-09T10:00:00+09:00", "c1", "view", "screening", world["clients"][2], entity_id=5)  # in hours
    found = [f for f in lead.access_review.findings(MONTH) if f.entity in ("group_note", "screening")]
    assert [(f.kind, f.entity, f.client_code, f.program_session) for f in found] == [
        ("out_of_hours", "group_note", "", "스트레스 관리, 2026-03-05"),
        ("out_of_hours", "screening", "2026-0003", "")]


def test_center_time_zone_not_the_written_offset(world, open_as):
    """Rows from a workstation on UTC (+00:00) and one on Seoul time (+09:00) are judged in the
    center's zone (default Asia/Seoul): hours, month and the many-charts day."""
    lead = open_as("lead")
    clients = world["clients"]
    _row(lead, "2026-03-02T14:00:00+00:00", "c1", "view", "note", clients[0], entity_id=7)     # 23:00 Seoul: out
    _row(lead, "2026-03-02T01:00:00+00:00", "c1", "view", "note", clients[0], entity_id=7)     # 10:00 Seoul: in
    _row(lead, "2026-03-31T16:00:00+00:00", "c1", "export", "monthly")                         # April 1st in Seoul
    _row(lead, "2026-02-28T16:30:00+00:00", "c1", "export", "monthly")                         # March 1st in Seoul
    # psy: three charts on Wednesday 2026-03-18 in Seoul, written from both kinds of station
    _row(lead, "2026-03-18T09:00:00+09:00", "psy", "view", "client", clients[0])
    _row(lead, "2026-03-18T01:00:00+00:00", "psy", "view", "client", clients[1])               # 10:00 Seoul
    _row(lead, "2026-03-18T02:00:00+00:00", "psy", "view", "client", clients[2])               # 11:00 Seoul
    lead.settings.set("review_many_charts", 3)
    march = lead.access_review.findings(MONTH)
    at = [(f.kind, f.at) for f in march]
    assert ("out_of_hours", "2026-03-02T14:00:00+00:00") in at
    assert ("out_of_hours", "2026-03-02T01:00:00+00:00") not in at
    assert ("export", "2026-03-31T16:00:00+00:00") not in at
    assert ("export", "2026-02-28T16:30:00+00:00") in at
    assert ("many_charts", "2026-03-18") in at
    late = next(f for f in march if f.at == "2026-03-02T14:00:00+00:00")
    assert late.local == "2026-03-02 23:00"
    assert ("export", "2026-03-31T16:00:00+00:00") in [(f.kind, f.at) for f in lead.access_review.findings("2026-04")]
    # a center on UTC sees the same rows the other way round
    lead.settings.set("time_zone", "UTC")
    at = [(f.kind, f.at) for f in lead.access_review.findings(MONTH)]
    assert ("out_of_hours", "2026-03-02T14:00:00+00:00") not in at
    assert ("export", "2026-03-31T16:00:00+00:00") in at
    with pytest.raises(errors.ValidationError):
        lead.settings.set("time_zone", "Asia/Nowhere")
    with pytest.raises(errors.ValidationError):
        lead.settings.set("time_zone", "../etc/passwd")


def test_month_bounds_and_index(world, open_as):
    assert month_bounds("2026-12") == ("2026-12-01", "2027-01-01")
    with pytest.raises(errors.ValidationError):
        month_bounds("2026-13")
    lead = open_as("lead")
    plan = lead.vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE action IN ('view', 'export') AND at >= ? AND at < ?",
        ("2026-03-01", "2026-04-01")).fetchall()
    assert any("audit_action_at" in str(step) for step in plan)
