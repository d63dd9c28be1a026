"""PCL-5 (clusters, DSM-5 rule), ISI and MBI-HSS (scoring only), the satisfaction survey."""

import pytest

from forms import AnswerError, score

from .helpers import builtin, fill

# PCL-5 clusters: B items 1-5, C 6-7, D 8-14, E 15-20.


def pcl5(b: list[int], c: list[int], d: list[int], e: list[int]) -> list[int]:
    assert (len(b), len(c), len(d), len(e)) == (5, 2, 7, 6)
    return b + c + d + e


def test_pcl5_cluster_scores():
    r = score(builtin("pcl5"), pcl5([1, 2, 3, 4, 0], [4, 1], [0, 0, 1, 1, 1, 1, 1], [2] * 6))
    assert {k: s.value for k, s in r.subscales.items()} == {"B": 10, "C": 5, "D": 5, "E": 12}
    assert r.total.value == 32


def test_pcl5_dsm5_rule_met_by_the_minimum_pattern_raises_class_to_watch():
    # Exactly 1 B, 1 C, 2 D, 2 E items at "moderately" (2): total only 12.
    r = score(builtin("pcl5"), pcl5([2, 0, 0, 0, 0], [2, 0], [2, 2, 0, 0, 0, 0, 0], [2, 2, 0, 0, 0, 0]))
    assert r.total.value == 12 and r.band.id == "below_cutoff" and r.band.risk_class == "normal"
    assert [(f.id, f.kind) for f in r.flags] == [("dsm5_pattern", "clinical")]
    assert r.risk_class == "watch"


@pytest.mark.parametrize("answers", [
    pcl5([2, 0, 0, 0, 0], [2, 0], [2, 0, 0, 0, 0, 0, 0], [2, 2, 0, 0, 0, 0]),  # only 1 D
    pcl5([0, 0, 0, 0, 0], [2, 2], [2, 2, 0, 0, 0, 0, 0], [2, 2, 0, 0, 0, 0]),  # no B
    pcl5([1] * 5, [1] * 2, [1] * 7, [1] * 6),  # items rated 1 are not endorsed
])
def test_pcl5_dsm5_rule_not_met(answers):
    r = score(builtin("pcl5"), answers)
    assert r.flags == () and r.risk_class == "normal"


@pytest.mark.parametrize("answers,total,band,cls", [
    (pcl5([4] * 5, [4, 4], [2, 0, 0, 0, 0, 0, 0], [0] * 6), 30, "below_cutoff", "normal"),
    (pcl5([4] * 5, [4, 4], [3, 0, 0, 0, 0, 0, 0], [0] * 6), 31, "borderline", "watch"),
    (pcl5([4] * 5, [4, 4], [4, 0, 0, 0, 0, 0, 0], [0] * 6), 32, "borderline", "watch"),
    (pcl5([4] * 5, [4, 4], [4, 1, 0, 0, 0, 0, 0], [0] * 6), 33, "probable_ptsd", "high_risk"),
    (pcl5([4] * 5, [4, 4], [4] * 7, [4] * 6), 80, "probable_ptsd", "high_risk"),
])
def test_pcl5_total_cutpoint_bands(answers, total, band, cls):
    # Only one D item endorsed, so the DSM-5 rule is not met for 30-33.
    r = score(builtin("pcl5"), answers)
    assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)


def test_pcl5_missing_items():
    answers = pcl5([2, 0, 0, 0, 0], [2, None], [2, 2, 0, 0, 0, 0, None], [2, 2, 0, 0, 0, 0])
    r = score(builtin("pcl5"), answers)
    # 18 answered adding to 12: 12 x 20 / 18 = 13.3 -> 13; clusters C and D incomplete.
    assert r.total.value == 13 and r.total.prorated and r.complete
    assert r.subscales["C"].value is None and r.subscales["D"].value is None
    assert r.subscales["B"].value == 2
    # The rule is checked on what was answered, so it is still met.
    assert [f.id for f in r.flags] == ["dsm5_pattern"]
    answers[0] = None
    r = score(builtin("pcl5"), answers)
    assert not r.complete and r.band is None and r.flags == ()  # B no longer endorsed


# -- ISI (scoring only) ------------------------------------------------------------------------

@pytest.mark.parametrize("total,band,cls", [
    (0, "none", "normal"), (7, "none", "normal"), (8, "subthreshold", "watch"),
    (14, "subthreshold", "watch"), (15, "moderate", "watch"), (21, "moderate", "watch"),
    (22, "severe", "high_risk"), (28, "severe", "high_risk")])
def test_isi_band_edges_from_items_and_from_an_entered_total(total, band, cls):
    from_items = score(builtin("isi"), fill(total, [4] * 7))
    entered = score(builtin("isi"), totals={"total": total})
    for r in (from_items, entered):
        assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)
    assert entered.source == "totals" and entered.item_scores == {} and entered.complete


def test_isi_ships_no_wording():
    d = builtin("isi")
    assert not d.ship_wording and d.accept_totals
    assert all(i.text is None and all(o.label is None for o in i.options) for i in d.items)
    assert d.instructions is None


@pytest.mark.parametrize("totals,code", [
    ({"total": 29}, "total_out_of_range"), ({"total": -1}, "total_out_of_range"),
    ({"total": 14.5}, "not_integer"), ({"total": True}, "not_integer"),
    ({"EE": 3}, "unknown_score"), ({}, "bad_totals")])
def test_isi_entered_total_is_validated(totals, code):
    with pytest.raises(AnswerError) as exc:
        score(builtin("isi"), totals=totals)
    assert exc.value.code == code


def test_answers_and_totals_together_are_refused():
    with pytest.raises(AnswerError) as exc:
        score(builtin("isi"), [0] * 7, totals={"total": 3})
    assert exc.value.code == "answers_and_totals"


def test_forms_that_ship_wording_do_not_accept_totals():
    with pytest.raises(AnswerError) as exc:
        score(builtin("phq9"), totals={"total": 12})
    assert exc.value.code == "totals_not_accepted"


# -- MBI-HSS (scoring only, three subscales, no total) -----------------------------------------
EE = [1, 2, 3, 6, 8, 13, 14, 16, 20]
DP = [5, 10, 11, 15, 22]
PA = [4, 7, 9, 12, 17, 18, 19, 21]


def mbi(ee: int, dp: int, pa: int) -> dict:
    answers = {}
    for items, total in ((EE, ee), (DP, dp), (PA, pa)):
        for i, v in zip(items, fill(total, [6] * len(items))):
            answers[f"mbi_{i}"] = v
    return answers


@pytest.mark.parametrize("ee,dp,pa,profile,cls", [
    (27, 13, 31, "burnout", "high_risk"),
    (54, 30, 0, "burnout", "high_risk"),
    (27, 12, 31, "at_risk", "watch"),   # DP moderate: not the full pattern
    (27, 13, 32, "at_risk", "watch"),   # PA moderate: not the full pattern
    (26, 13, 40, "at_risk", "watch"),   # high DP alone
    (26, 12, 0, "no_burnout", "normal"),  # low PA alone
    (16, 6, 39, "no_burnout", "normal"),
])
def test_mbi_profiles_at_subscale_edges(ee, dp, pa, profile, cls):
    for r in (score(builtin("mbi_hss"), mbi(ee, dp, pa)),
              score(builtin("mbi_hss"), totals={"EE": ee, "DP": dp, "PA": pa})):
        assert (r.subscales["EE"].value, r.subscales["DP"].value, r.subscales["PA"].value) == (ee, dp, pa)
        assert (r.band.id, r.risk_class) == (profile, cls)
        assert r.total is None  # never summed into a total


def test_mbi_subscale_bands():
    r = score(builtin("mbi_hss"), mbi(17, 7, 38))
    assert [r.subscales[s].band.id for s in ("EE", "DP", "PA")] == ["moderate", "moderate", "moderate"]
    assert r.subscales["EE"].band.risk_class is None


def test_mbi_partial_or_out_of_range_totals():
    r = score(builtin("mbi_hss"), totals={"EE": 30, "DP": 14})
    assert not r.complete and r.band is None and r.risk_class is None
    assert r.subscales["PA"].value is None and r.subscales["EE"].band.id == "high"
    with pytest.raises(AnswerError) as exc:
        score(builtin("mbi_hss"), totals={"EE": 55})
    assert exc.value.code == "total_out_of_range" and "0" in str(exc.value) and "54" in str(exc.value)


def test_mbi_missing_item_leaves_its_subscale_incomplete():
    answers = mbi(30, 14, 20)
    del answers["mbi_5"]
    r = score(builtin("mbi_hss"), answers)
    assert r.subscales["DP"].value is None and not r.complete and r.band is None


# -- satisfaction survey -----------------------------------------------------------------------

def test_satisfaction_mean_of_seven_items():
    r = score(builtin("satisfaction"), [5, 4, 4, 5, 5, 4, 4])
    assert r.total.value == 4.43  # 31 / 7 = 4.428..
    assert r.band is None and r.risk_class is None and r.complete
    assert score(builtin("satisfaction"), [5, 5, 5, 5, 5, 5, 4]).total.value == 4.86


def test_satisfaction_comment_is_kept_not_scored():
    answers = {"usefulness": 5, "comfort": 5, "participation": 4, "suitability": 4,
               "recommend": 5, "return": 5, "environment": 3, "comment": "상담실이 조용해서 좋았어요"}
    r = score(builtin("satisfaction"), answers)
    assert r.total.value == 4.43 and r.answers["comment"] == answers["comment"]
    assert "comment" not in r.item_scores and "comment" not in r.missing
    with pytest.raises(AnswerError) as exc:
        score(builtin("satisfaction"), {"comment": 5})
    assert exc.value.code == "not_text"


def test_satisfaction_missing_items():
    r = score(builtin("satisfaction"), [5, 4, None, None, None, 4, 4])
    assert r.total.value == 4.25 and r.total.prorated and r.total.answered == 4
    assert not score(builtin("satisfaction"), [5, None, None, None, None, 4, 4]).complete
    with pytest.raises(AnswerError) as exc:
        score(builtin("satisfaction"), [0, 4, 4, 4, 4, 4, 4])
    assert exc.value.code == "not_an_option"
