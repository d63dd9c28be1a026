"""Screenings saved with their instrument version; safety flags become follow-ups that close
only with a note; old results re-score to the same answer."""
from __future__ import annotations

import pytest

import forms
from storage import errors
from storage.records import Case, Client


@pytest.fixture
def counselor(open_as):
    store = open_as("c1")
    c = store.clients.add(Client(code="2026-0001", name="정하늘", sex="F", birth_year=1988, job_group="welfare"))
    store.cases.open(Case(client_id=c.id, counselor_id=store.actor.id, opened_on="2026-03-02",
                          primary_problem="depression"))
    return store, c


PHQ9_ITEM9_TWO = [1, 1, 1, 1, 1, 1, 1, 0, 2]  # total 9, item 9 = 2


def test_phq9_item9_opens_a_followup_on_the_leads_list(counselor, open_as):
    store, c = counselor
    s = store.screenings.record(c.id, "phq9", taken_on="2026-03-05", site_id=1, answers=PHQ9_ITEM9_TWO)
    # The instrument's band is "mild" (watch); the safety flag makes the person high risk.
    assert (s.total, s.band, s.risk_class, s.overall_class, s.flag_count, s.instrument_version) == \
        (9, "mild", "watch", "high_risk", 1, "1.0")
    mine = store.followups.open_items()
    assert [(f.client_id, f.reason, f.screening_id) for f in mine] == [(c.id, mine[0].reason, s.id)]
    assert mine[0].reason == "phq9.self_harm"
    lead = open_as("lead")
    on_list = lead.followups.open_items()
    assert [f.id for f in on_list] == [mine[0].id]
    with pytest.raises(errors.ValidationError) as caught:
        lead.followups.close(on_list[0].id, "   ")
    assert "action" in caught.value.message("en")
    assert lead.followups.open_items()  # still open
    closed = lead.followups.close(on_list[0].id, "당일 전화 면담, 위기 매뉴얼에 따라 안전계획 수립")
    assert closed.status == "closed" and closed.closed_by == lead.actor.id and closed.closed_at
    assert lead.followups.open_items() == []
    actions = [r[0] for r in lead.vault.conn.execute(
        "SELECT action FROM audit_log WHERE entity = 'followup' ORDER BY id")]
    assert actions == ["raise", "close"]


def test_no_flag_no_followup(counselor):
    store, c = counselor
    s = store.screenings.record(c.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[0] * 9)
    assert s.flag_count == 0 and s.risk_class == "normal" and s.total == 0
    assert store.followups.open_items() == []


def test_stored_result_rescores_identically(counselor):
    store, c = counselor
    for inst, answers in [("gad7", [3, 2, 2, 1, 0, 1, 3]), ("pss10", [2, 3, 1, 0, 4, 2, 1, 3, 2, 1]),
                          ("audit_k", [2, 1, 1, 0, 0, 0, 0, 0, 0, 0])]:
        s = store.screenings.record(c.id, inst, taken_on="2026-03-06", site_id=1, answers=answers)
        assert store.screenings.rescore(s.id) == s.result
        assert forms.ScoreResult.from_dict(s.result).to_dict() == s.result


def test_audit_k_uses_the_clients_sex(open_as):
    store = open_as("c1")
    man = store.clients.add(Client(code="2026-0101", name="김남", sex="M", birth_year=1980, job_group="fire"))
    woman = store.clients.add(Client(code="2026-0102", name="김여", sex="F", birth_year=1980, job_group="fire"))
    answers = [2, 2, 2, 1, 1, 0, 0, 0, 0, 0]  # total 8
    a = store.screenings.record(man.id, "audit_k", taken_on="2026-03-06", site_id=1, answers=answers)
    b = store.screenings.record(woman.id, "audit_k", taken_on="2026-03-06", site_id=1, answers=answers)
    assert (a.total, b.total) == (8, 8)
    assert (a.risk_class, b.risk_class) == ("normal", "watch")


def test_bad_answers_are_refused_and_nothing_is_saved(counselor):
    store, c = counselor
    with pytest.raises(forms.AnswerError) as caught:
        store.screenings.record(c.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[0, 0, 0, 0, 0, 0, 0, 0, 7])
    assert caught.value.message("ko") and caught.value.message("en")
    with pytest.raises(forms.FormError):
        store.screenings.record(c.id, "no_such_form", taken_on="2026-03-05", site_id=1, answers=[1])
    assert store.screenings.for_client(c.id) == []


def test_scoring_only_instrument_accepts_a_total(counselor):
    store, c = counselor
    s = store.screenings.record(c.id, "isi", taken_on="2026-03-05", site_id=1, totals={"total": 16})
    assert s.total == 16 and s.risk_class == "watch"
    assert s.answers == {"answers": {}, "totals": {"total": 16}}


def test_overall_class_across_one_days_instruments(counselor, open_as):
    store, c = counselor
    a = store.screenings.record(c.id, "phq9", taken_on="2026-03-05", site_id=1, answers=[0] * 9)
    assert a.overall_class == "normal"
    b = store.screenings.record(c.id, "gad7", taken_on="2026-03-05", site_id=1, answers=[3, 3, 3, 3, 3, 0, 0])
    assert (b.risk_class, b.overall_class) == ("high_risk", "high_risk")
    assert [x.overall_class for x in store.screenings.for_client(c.id)] == ["high_risk", "high_risk"]
    other_day = store.screenings.record(c.id, "phq9", taken_on="2026-04-05", site_id=1, answers=[0] * 9)
    assert other_day.overall_class == "normal"


def test_center_policy_changes_the_overall_class(counselor, open_as):
    store, c = counselor
    lead = open_as("lead")
    with pytest.raises(errors.ValidationError):
        lead.settings.set("classification_policy", {"safety_flag": "purple"})
    lead.settings.set("classification_policy", {"safety_flag": "watch"})
    s = lead.screenings.record(c.id, "phq9", taken_on="2026-03-05", site_id=1, answers=PHQ9_ITEM9_TWO)
    assert s.overall_class == "watch" and s.flag_count == 1


def test_closed_followups_newest_first_in_scope(counselor, open_as):
    store, c = counselor
    for day in ("2026-03-05", "2026-03-06"):
        store.screenings.record(c.id, "phq9", taken_on=day, site_id=1, answers=PHQ9_ITEM9_TWO)
    first, second = store.followups.open_items()
    store.followups.close(first.id, "전화 면담")
    store.followups.close(second.id, "대면 면담")
    assert [f.id for f in store.followups.closed_items()] == [second.id, first.id]
    other = open_as("c2")
    assert other.followups.closed_items() == []
