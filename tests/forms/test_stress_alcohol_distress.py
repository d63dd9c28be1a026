"""PSS-10 (reverse items), AUDIT-K (sex-specific bands, skip rule), K10 and K6."""

import pytest

from forms import AnswerError, score

from .helpers import builtin, fill

PSS_REVERSED = (4, 5, 7, 8)


def pss(forward: list[int], reversed_answers: list[int]) -> list[int]:
    """Answers for items in order from the 6 forward and 4 reversed items' answers."""
    f, r = iter(forward), iter(reversed_answers)
    return [next(r) if i in PSS_REVERSED else next(f) for i in range(1, 11)]


def test_pss10_reverses_items_4_5_7_8():
    r = score(builtin("pss10"), [2, 1, 3, 0, 1, 2, 4, 3, 1, 2])
    # Scores: 2, 1, 3, (4-0)=4, (4-1)=3, 2, (4-4)=0, (4-3)=1, 1, 2 -> 19.
    assert [r.item_scores[f"pss10_{i}"] for i in PSS_REVERSED] == [4, 3, 0, 1]
    assert r.total.value == 19 and r.band.id == "moderate"
    assert score(builtin("pss10"), [0] * 10).total.value == 16
    assert score(builtin("pss10"), [4] * 10).total.value == 24


@pytest.mark.parametrize("forward,reversed_answers,total,band,cls", [
    ([0] * 6, [4] * 4, 0, "low", "normal"),
    ([2, 2, 2, 2, 2, 3], [4] * 4, 13, "low", "normal"),
    ([2, 2, 2, 2, 3, 3], [4] * 4, 14, "moderate", "normal"),
    ([4] * 6, [2, 4, 4, 4], 26, "moderate", "normal"),
    ([4] * 6, [1, 4, 4, 4], 27, "high", "watch"),
    ([4] * 6, [0] * 4, 40, "high", "watch"),
])
def test_pss10_band_edges(forward, reversed_answers, total, band, cls):
    r = score(builtin("pss10"), pss(forward, reversed_answers))
    assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)


def test_pss10_prorates_one_missing_item():
    # Item 1 missing; the rest answered 0: reversed items score 4 each = 16 over 9 items,
    # 16 x 10 / 9 = 17.8 -> 18.
    r = score(builtin("pss10"), [None] + [0] * 9)
    assert r.total.value == 18 and r.total.prorated and r.band.id == "moderate"
    assert not score(builtin("pss10"), [None, None] + [0] * 8).complete


# -- AUDIT-K -----------------------------------------------------------------------------------

def audit(total: int) -> list[int]:
    return fill(total, [4] * 8) + [0, 0]


@pytest.mark.parametrize("sex,total,band,cls", [
    ("M", 0, "normal_drinking", "normal"), ("M", 9, "normal_drinking", "normal"),
    ("M", 10, "hazardous", "watch"), ("M", 19, "hazardous", "watch"),
    ("M", 20, "probable_disorder", "high_risk"), ("M", 32, "probable_disorder", "high_risk"),
    ("F", 5, "normal_drinking", "normal"), ("F", 6, "hazardous", "watch"),
    ("F", 9, "hazardous", "watch"), ("F", 10, "probable_disorder", "high_risk"),
])
def test_audit_k_sex_specific_band_edges(sex, total, band, cls):
    r = score(builtin("audit_k"), audit(total), sex=sex)
    assert (r.total.value, r.band.id, r.risk_class, r.sex) == (total, band, cls, sex)


@pytest.mark.parametrize("total,men,women", [(8, "normal", "watch"), (12, "watch", "high_risk")])
def test_audit_k_same_score_lands_differently_for_men_and_women(total, men, women):
    assert score(builtin("audit_k"), audit(total), sex="M").risk_class == men
    assert score(builtin("audit_k"), audit(total), sex="f").risk_class == women


def test_audit_k_items_9_and_10_score_0_2_4_only():
    r = score(builtin("audit_k"), [1, 0, 0, 0, 0, 0, 0, 0, 4, 2], sex="M")
    assert r.total.value == 7
    with pytest.raises(AnswerError) as exc:
        score(builtin("audit_k"), [1, 0, 0, 0, 0, 0, 0, 0, 1, 0], sex="M")
    assert exc.value.code == "not_an_option" and exc.value.link_id == "audit_9"
    assert "0, 2, 4" in str(exc.value)


def test_audit_k_skip_rule_fills_skipped_items_with_zero():
    # "Never" on item 1: items 2-8 are skipped and score 0; items 9-10 still count.
    r = score(builtin("audit_k"), {"audit_1": 0, "audit_9": 2, "audit_10": 0}, sex="F")
    assert r.complete and r.total.value == 2 and r.missing == ()
    assert r.answers == {"audit_1": 0, "audit_9": 2, "audit_10": 0}
    # Drinks, but 0 on items 2 and 3 together: items 4-8 are skipped.
    r = score(builtin("audit_k"), {"audit_1": 2, "audit_2": 0, "audit_3": 0, "audit_9": 0,
                                   "audit_10": 0}, sex="M")
    assert r.complete and r.total.value == 2
    # Item 3 answered 1: items 4-8 apply, and left blank they are missing.
    r = score(builtin("audit_k"), {"audit_1": 2, "audit_2": 0, "audit_3": 1, "audit_9": 0,
                                   "audit_10": 0}, sex="M")
    assert not r.complete and r.missing == ("audit_4", "audit_5", "audit_6", "audit_7", "audit_8")


def test_audit_k_needs_sex_and_refuses_a_bad_one():
    with pytest.raises(AnswerError) as exc:
        score(builtin("audit_k"), audit(5))
    assert exc.value.code == "sex_required" and "성별" in exc.value.message("ko")
    with pytest.raises(AnswerError) as exc:
        score(builtin("audit_k"), audit(5), sex="X")
    assert exc.value.code == "bad_sex"


def test_sex_is_not_kept_when_the_bands_do_not_depend_on_it():
    assert score(builtin("phq9"), [0] * 9, sex="F").sex is None


# -- K10 / K6 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("total,band,cls", [
    (10, "low", "normal"), (15, "low", "normal"), (16, "moderate", "watch"),
    (21, "moderate", "watch"), (22, "high", "watch"), (29, "high", "watch"),
    (30, "very_high", "high_risk"), (50, "very_high", "high_risk")])
def test_k10_band_edges_on_the_1_to_5_scale(total, band, cls):
    r = score(builtin("k10"), fill(total, [5] * 10, minima=[1] * 10))
    assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)
    assert r.flags == ()  # the K10 has no self-harm item: never a safety flag


def test_k10_refuses_0_and_prorates_up_to_two_missing():
    with pytest.raises(AnswerError) as exc:
        score(builtin("k10"), [0] + [1] * 9)
    assert exc.value.code == "not_an_option" and exc.value.link_id == "k10_1"
    # 8 answered adding to 20: 20 x 10 / 8 = 25 -> high.
    r = score(builtin("k10"), [None, None] + [3, 3, 3, 3, 2, 2, 2, 2])
    assert r.total.value == 25 and r.total.prorated and r.band.id == "high"
    assert not score(builtin("k10"), [None, None, None] + [3] * 7).complete


@pytest.mark.parametrize("total,band,cls", [
    (0, "low", "normal"), (4, "low", "normal"), (5, "moderate", "watch"), (12, "moderate", "watch"),
    (13, "serious", "high_risk"), (24, "serious", "high_risk")])
def test_k6_band_edges(total, band, cls):
    r = score(builtin("k6"), fill(total, [4] * 6))
    assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)
    assert r.flags == ()


def test_k6_answers_are_values_not_positions_and_one_missing_is_prorated():
    # Options are listed "all of the time" (4) first; answers still carry the values.
    d = builtin("k6")
    assert [o.value for o in d.items[0].options] == [4, 3, 2, 1, 0]
    # 5 answered adding to 11: 11 x 6 / 5 = 13.2 -> 13, serious distress.
    r = score(d, [3, 2, 2, 2, 2, None])
    assert r.total.value == 13 and r.band.id == "serious"
    assert not score(d, [3, 2, 2, 2, None, None]).complete
