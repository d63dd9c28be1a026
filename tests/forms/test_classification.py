"""Overall normal / watch / high_risk across the instruments a client took."""

import pytest

from forms import PolicyError, classify_overall, score

from .helpers import builtin

NORMAL_PHQ9 = [0] * 9
WATCH_PHQ9 = [2, 2, 2, 0, 0, 0, 0, 0, 0]       # 6: mild
HIGH_PHQ9 = [3, 3, 3, 3, 3, 0, 0, 0, 0]        # 15: moderately severe
SAFETY_PHQ9 = [0, 0, 0, 0, 0, 0, 0, 0, 1]      # 1: minimal, but item 9 answered


def phq9(answers):
    return score(builtin("phq9"), answers)


def gad7(total):
    return score(builtin("gad7"), [min(3, max(0, total - 3 * i)) for i in range(7)])


def pss_high():
    return score(builtin("pss10"), [4, 4, 4, 0, 0, 4, 0, 0, 4, 4])  # 40: high -> watch


def test_default_policy():
    assert classify_overall([phq9(NORMAL_PHQ9), gad7(0)]).risk_class == "normal"
    assert classify_overall([phq9(WATCH_PHQ9), gad7(0)]).risk_class == "watch"
    result = classify_overall([phq9(HIGH_PHQ9), gad7(5)])
    assert result.risk_class == "high_risk"
    assert [(r.form_id, r.risk_class, r.band_id) for r in result.reasons] == [
        ("phq9", "high_risk", "moderately_severe"), ("gad7", "watch", "mild")]


def test_a_safety_flag_makes_the_client_high_risk_by_default():
    result = classify_overall([phq9(SAFETY_PHQ9), gad7(0)])
    assert result.risk_class == "high_risk"
    assert [(r.form_id, r.flag_id) for r in result.reasons] == [("phq9", "self_harm")]


def test_safety_flag_on_an_incomplete_form_still_counts():
    incomplete = phq9([None, None, None, 0, 0, 0, 0, 0, 2])
    assert not incomplete.complete and incomplete.risk_class is None
    assert classify_overall([incomplete]).risk_class == "high_risk"


def test_nothing_classifiable_gives_none():
    incomplete = phq9([None, None, None, 0, 0, 0, 0, 0, 0])
    survey = score(builtin("satisfaction"), [5] * 7)
    assert classify_overall([]).risk_class is None
    assert classify_overall([incomplete, survey]).risk_class is None
    assert classify_overall([incomplete, survey, gad7(0)]).risk_class == "normal"


def test_a_clinical_flag_raising_the_class_counts():
    pcl = score(builtin("pcl5"), [2, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0])
    assert pcl.band.risk_class == "normal" and pcl.risk_class == "watch"
    assert classify_overall([pcl]).risk_class == "watch"


def test_policy_safety_flag_as_watch_or_ignored():
    results = [phq9(SAFETY_PHQ9)]
    assert classify_overall(results, {"safety_flag": "watch"}).risk_class == "watch"
    ignored = classify_overall(results, {"safety_flag": None})
    assert ignored.risk_class == "normal" and ignored.reasons == ()


def test_policy_counts():
    results = [phq9(HIGH_PHQ9), gad7(0)]
    assert classify_overall(results, {"high_risk_min": 2}).risk_class == "watch"
    results = [phq9(WATCH_PHQ9), gad7(5)]
    assert classify_overall(results).risk_class == "watch"
    assert classify_overall(results, {"watch_count_to_high_risk": 2}).risk_class == "high_risk"
    assert classify_overall(results, {"watch_min": 3}).risk_class == "normal"


def test_policy_remap_and_ignore():
    results = [pss_high(), gad7(0)]
    assert classify_overall(results).risk_class == "watch"
    assert classify_overall(results, {"remap": {"pss10": {"watch": "normal"}}}).risk_class == "normal"
    assert classify_overall([phq9(HIGH_PHQ9)], {"ignore": ["phq9"]}).risk_class is None


@pytest.mark.parametrize("policy", [
    {"unknown": 1}, {"safety_flag": "severe"}, {"high_risk_min": 0}, {"watch_min": "1"},
    {"ignore": "phq9"}, {"remap": {"pss10": {"watch": "low"}}}, ["safety_flag"],
])
def test_bad_policy_is_refused(policy):
    with pytest.raises(PolicyError) as exc:
        classify_overall([], policy)
    assert exc.value.code == "bad_policy" and exc.value.message("ko") != str(exc.value)


def test_overall_to_dict():
    d = classify_overall([phq9(SAFETY_PHQ9)]).to_dict()
    assert d == {"class": "high_risk", "reasons": [{"form_id": "phq9", "form_version": "1.0",
                                                    "class": "high_risk", "band_id": None,
                                                    "flag_id": "self_harm"}]}
