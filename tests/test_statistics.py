"""Usage statistics on a small dataset whose every figure is counted by hand below.

March 2026, site 본관 (id 1), counselor c1 (박상담):
  clients  A: F, born 1990 (30s), welfare   B: M, 1980 (40s), fire
           C: F, 2000 (20s or less), admin  D: M, 1965 (60s+), admin
  counseling  A 02-20 individual in person (February, outside the month)
              A 03-05 individual in person, A 03-12 individual phone, B 03-10 family in person,
              group 03-20 with A and C (one row each)        -> March: 5 visits, 3 persons
  screening   A 03-05 PHQ-9 normal; D 03-15 PHQ-9 item 9 = 2 (flag) + GAD-7 normal;
              B 2025-03-10 PHQ-9 (last year)                  -> March: 3 visits, 2 persons
  programs    stress relief 03-18: A and D (walk-in); outreach 03-25: head-count 30
                                                              -> March: 32 visits, 2 persons
  referral    B 03-22 designated clinic, 300,000 KRW          -> 1 visit, 1 person
  total March: 41 person-visits, 4 distinct persons (A, B, C, D)
  new in March: C and D; continuing: A (February) and B (2025)
"""
from __future__ import annotations

import json

import pytest

from reports.period import Period
from reports.usage import build_usage_report
from storage.records import (AnnualPlan, Attendance, Case, Client, CounselingSession, Program, ProgramSession,
                             Referral, SatisfactionResponse)
from storage.repos import followups as followups_module
from storage.repos.statistics import StatisticsRepository


def _session(store, client, day, kind="individual", method="in_person", case=None, group_key=None):
    return store.sessions.create(CounselingSession(
        client_id=client.id, kind=kind, method=method, session_date=day, minutes=50, counselor_id=store.actor.id,
        site_id=1, case_id=case.id if case else None, group_key=group_key))


@pytest.fixture
def march(open_as, monkeypatch):
    store = open_as("c1")
    mk = lambda code, name, sex, year, job: store.clients.add(  # noqa: E731
        Client(code=code, name=name, sex=sex, birth_year=year, job_group=job))
    a = mk("2026-0001", "가나다", "F", 1990, "welfare")
    b = mk("2026-0002", "라마바", "M", 1980, "fire")
    c = mk("2026-0003", "사아자", "F", 2000, "admin")
    d = mk("2026-0004", "차카타", "M", 1965, "admin")
    case_a = store.cases.open(Case(client_id=a.id, counselor_id=store.actor.id, opened_on="2026-02-20",
                                   primary_problem="complaint_abuse"))
    case_b = store.cases.open(Case(client_id=b.id, counselor_id=store.actor.id, opened_on="2026-03-10",
                                   primary_problem="couple"))
    _session(store, a, "2026-02-20", case=case_a)
    _session(store, a, "2026-03-05", case=case_a)
    _session(store, a, "2026-03-12", method="phone", case=case_a)
    _session(store, b, "2026-03-10", kind="family", case=case_b)
    _session(store, a, "2026-03-20", kind="group", case=case_a, group_key="g1")
    _session(store, c, "2026-03-20", kind="group", group_key="g1")
    store.screenings.record(a.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[0] * 9)
    monkeypatch.setattr(followups_module, "now_iso", lambda: "2026-03-15T10:00:00+09:00")
    store.screenings.record(d.id, "phq9", taken_on="2026-03-15", site_id=1, answers=[0] * 8 + [2])
    store.screenings.record(d.id, "gad7", taken_on="2026-03-15", site_id=1, answers=[0] * 7)
    store.screenings.record(b.id, "phq9", taken_on="2025-03-10", site_id=1, answers=[1] * 8 + [0])
    monkeypatch.setattr(followups_module, "now_iso", lambda: "2026-03-15T16:30:00+09:00")
    store.followups.close(store.followups.open_items()[0].id, "당일 면담, 안전계획 수립")
    p = store.programs.add(Program(name="스트레스 완화", category="stress_relief", site_id=1, starts_on="2026-03-18"))
    ps = store.programs.add_session(ProgramSession(program_id=p.id, session_no=1, starts_at="2026-03-18T15:00",
                                                   ends_at="2026-03-18T16:30", room_id=3))
    store.programs.set_attendance(ps.id, [Attendance(ps.id, a.id), Attendance(ps.id, d.id, walk_in=True)])
    o = store.programs.add(Program(name="찾아가는 상담", category="outreach", site_id=1, starts_on="2026-03-25"))
    os_ = store.programs.add_session(ProgramSession(program_id=o.id, session_no=1, starts_at="2026-03-25T10:00",
                                                    ends_at="2026-03-25T12:00", location="소방서"))
    store.programs.set_headcount(os_.id, 30)
    store.referrals.add(Referral(client_id=b.id, destination_kind="designated_clinic", reason="우울",
                                 referred_on="2026-03-22", site_id=1, cost_support_krw=300_000))
    for scores in ((5, 5, 5, 5, 5, 5, 5), (4, 4, 4, 4, 4, 4, 3)):
        store.surveys.add(SatisfactionResponse(site_id=1, service_line="counseling", period_month="2026-03",
                                               **dict(zip(("usefulness", "comfort", "participation", "suitability",
                                                           "recommend", "revisit", "environment"), scores))))
    lead = open_as("lead")
    lead.plans.set(AnnualPlan(year=2026, service_line="counseling", target_person_visits=100))
    return lead


def test_a_group_note_on_a_program_session_adds_no_service(march):
    """A group note's copies are records: each member's visit is counted once, as program
    attendance, before and after the note is written."""
    before = build_usage_report(march, Period.month("2026-03")).to_dict()
    program = next(p for p in march.programs.list() if p.category == "stress_relief")
    ps = march.programs.sessions(program.id)[0]
    march.group_notes.save(ps.id, template="free", note={"text": "이완 훈련"})
    assert len(march.group_notes.copies(ps.id)) == 2
    assert build_usage_report(march, Period.month("2026-03")).to_dict() == before


def test_every_figure_of_march(march):
    r = build_usage_report(march, Period.month("2026-03")).to_dict()
    assert r["lines"]["counseling"] == {"visits": 5, "persons": 3, "change_vs_last_year": None}
    assert r["lines"]["screening"] == {"visits": 3, "persons": 2, "change_vs_last_year": 200.0}
    assert r["lines"]["program"] == {"visits": 32, "persons": 2, "named_visits": 2, "headcount": 30,
                                     "change_vs_last_year": None}
    assert r["lines"]["referral"] == {"visits": 1, "persons": 1, "change_vs_last_year": None}
    assert r["lines"]["total"] == {"visits": 41, "persons": 4, "change_vs_last_year": 4000.0}
    assert r["counseling_kinds"] == {"individual": {"visits": 2, "persons": 1}, "family": {"visits": 1, "persons": 1},
                                     "group": {"visits": 2, "persons": 2}}
    assert r["counseling_methods"] == {"in_person": {"visits": 4, "persons": 3}, "phone": {"visits": 1, "persons": 1}}
    assert r["counselors"] == [{"name": "박상담", "login": "c1", "visits": 5, "persons": 3, "minutes": 250}]
    assert [(p["code"], p["visits"], p["persons"]) for p in r["problems"]] == [("complaint_abuse", 3, 1), ("couple", 1, 1)]
    assert r["new_and_continuing"] == {"new": 2, "continuing": 2}
    assert r["demographics"]["sex"] == {"F": {"visits": 6, "persons": 2}, "M": {"visits": 5, "persons": 2}}
    assert r["demographics"]["age_band"] == {"20s_or_less": {"visits": 1, "persons": 1}, "30s": {"visits": 5, "persons": 1},
                                             "40s": {"visits": 2, "persons": 1}, "60s_plus": {"visits": 3, "persons": 1}}
    assert r["demographics"]["job_group"] == {"admin": {"visits": 4, "persons": 2}, "fire": {"visits": 2, "persons": 1},
                                              "welfare": {"visits": 5, "persons": 1}}
    assert r["screening_bands"] == {"gad7": {"normal": 1}, "phq9": {"normal": 2}}
    assert r["screened_by_class"] == {"normal": 1, "watch": 0, "high_risk": 1, "incomplete": 0}
    assert r["programs"] == {
        "outreach": {"sessions": 1, "named_visits": 0, "headcount": 30, "visits": 30, "persons": 0},
        "stress_relief": {"sessions": 1, "named_visits": 2, "headcount": 0, "visits": 2, "persons": 2}}
    assert r["followups"] == {"raised": 1, "closed": 1, "closed_within_1_day": 1, "closed_within_7_days": 1,
                              "open_now": 0}
    assert r["referrals"] == {"designated_clinic": {"referrals": 1, "persons": 1, "cost_support_krw": 300000}}
    assert r["satisfaction"] == {"responses": 2, "overall": 4.43, "items": {
        "usefulness": 4.5, "comfort": 4.5, "participation": 4.5, "suitability": 4.5, "recommend": 4.5,
        "revisit": 4.5, "environment": 4.0}}
    assert r["last_year"]["total"] == {"visits": 1, "persons": 1}
    assert r["year_to_date"]["counseling"] == {"visits": 6}
    assert r["year_to_date"]["total"] == {"visits": 42}
    assert r["plan"]["counseling"] == {"target": 100, "ytd": 6, "percent": 6.0}
    assert r["plan"]["screening"] == {"target": None, "ytd": 3, "percent": None}
    assert r["trend"] == {"2026-02": {"counseling": 1, "screening": 0, "program": 0, "referral": 0},
                          "2026-03": {"counseling": 5, "screening": 3, "program": 32, "referral": 1}}
    json.dumps(r, ensure_ascii=False)  # plain data all the way down


def test_distinct_persons_are_not_summed_over_months(march):
    stats = StatisticsRepository(march.vault)
    feb = stats.service_lines("2026-02-01", "2026-02-28")["counseling"]["persons"]
    mar = stats.service_lines("2026-03-01", "2026-03-31")["counseling"]["persons"]
    year = stats.service_lines("2026-01-01", "2026-12-31")["counseling"]["persons"]
    assert (feb, mar) == (1, 3)
    assert year == 3 != feb + mar  # A came in both months and is one person


def test_site_filter(march):
    r = build_usage_report(march, Period.month("2026-03"), site_id=2).to_dict()
    assert r["lines"]["total"] == {"visits": 0, "persons": 0, "change_vs_last_year": None}
    assert r["site"] == "별관"


def test_counselors_cannot_run_reports(open_as):
    from storage import errors
    store = open_as("c1")
    with pytest.raises(errors.PermissionDenied):
        build_usage_report(store, Period.month("2026-03"))


def test_report_counts_read_the_covering_date_indexes(open_as):
    """A plan guard, not a timing: the counting queries must range-scan the covering date
    indexes. A full index on program_session_id once made SQLite answer "copies out"
    (program_session_id IS NULL) through it, walking every session: 7.6 s for a city month."""
    from storage.repos.statistics import StatisticsRepository
    store = open_as("lead")
    stats = StatisticsRepository(store.vault)
    wanted = {"counseling": "sessions_date", "screening": "screenings_date"}
    for line, where, params in stats._line_sources("2026-10-01", "2026-10-31", None):
        if line in wanted:
            plan = " ".join(r[3] for r in store.vault.conn.execute(f"EXPLAIN QUERY PLAN SELECT count(*) {where}", params))
            assert f"COVERING INDEX {wanted[line]}" in plan, (line, plan)
