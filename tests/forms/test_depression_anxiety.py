"""PHQ-9, GAD-7 and CES-D: band edges, proration, reverse items, PHQ-9's item-9 safety rule."""

import pytest

from forms import AnswerError, score

from .helpers import builtin, fill

PHQ9_EDGES = [
    (0, "minimal", "normal"), (4, "minimal", "normal"),
    (5, "mild", "watch"), (9, "mild", "watch"),
    (10, "moderate", "watch"), (14, "moderate", "watch"),
    (15, "moderately_severe", "high_risk"), (19, "moderately_severe", "high_risk"),
    (20, "severe", "high_risk"), (24, "severe", "high_risk"),
]


@pytest.mark.parametrize("total,band,cls", PHQ9_EDGES)
def test_phq9_band_edges(total, band, cls):
    answers = fill(total, [3] * 8) + [0]  # item 9 kept at 0 so no safety flag
    r = score(builtin("phq9"), answers)
    assert (r.total.value, r.band.id, r.band.risk_class, r.risk_class) == (total, band, cls, cls)
    assert r.complete and r.flags == () and r.missing == ()


def test_phq9_maximum_is_27_and_raises_the_flag():
    r = score(builtin("phq9"), [3] * 9)
    assert r.total.value == 27 and r.band.id == "severe"
    assert [f.id for f in r.flags] == ["self_harm"]


def test_phq9_item9_of_1_raises_safety_flag_even_with_minimal_total():
    r = score(builtin("phq9"), [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert r.total.value == 1 and r.band.id == "minimal" and r.risk_class == "normal"
    (flag,) = r.flags
    assert flag.id == "self_harm" and flag.kind == "safety"
    assert "9번 문항" in flag.message.get("ko") and "Item 9" in flag.message.get("en")
    assert r.has_safety_flag


def test_phq9_item9_of_0_raises_no_flag():
    r = score(builtin("phq9"), [3, 3, 3, 3, 3, 3, 3, 3, 0])
    assert r.total.value == 24 and r.flags == () and not r.has_safety_flag


def test_phq9_prorates_up_to_two_missing_items():
    # 7 answered items adding to 14: 14 x 9 / 7 = 18 -> moderately severe.
    r = score(builtin("phq9"), [2, 2, None, None, 2, 2, 3, 3, 0])
    assert r.total.value == 18 and r.total.prorated and r.total.answered == 7
    assert r.band.id == "moderately_severe" and r.complete
    assert r.missing == ("phq9_3", "phq9_4")


def test_phq9_proration_rounds_half_up():
    # 8 answered items adding to 4: 4 x 9 / 8 = 4.5 -> 5, which is "mild", not "minimal".
    r = score(builtin("phq9"), {f"phq9_{i}": v for i, v in zip(range(2, 10), [1, 1, 1, 1, 0, 0, 0, 0])})
    assert r.total.value == 5 and r.band.id == "mild"


def test_phq9_three_missing_items_is_incomplete_without_band():
    r = score(builtin("phq9"), [3, 3, 3, None, None, None, 3, 3, 0])
    assert r.total.value is None and r.band is None and r.risk_class is None
    assert not r.complete and r.missing == ("phq9_4", "phq9_5", "phq9_6")


def test_phq9_missing_item9_is_never_prorated_and_asks_counselor():
    r = score(builtin("phq9"), [1, 1, 1, 1, 1, 1, 1, 1, None])
    assert not r.complete and r.total.value is None and r.band is None
    (flag,) = r.flags
    assert flag.id == "self_harm_unanswered" and flag.kind == "notice"
    assert "직접" in flag.message.get("ko")


def test_phq9_safety_flag_survives_an_incomplete_form():
    r = score(builtin("phq9"), [None, None, None, 2, 2, 2, 2, 2, 2])
    assert not r.complete and r.band is None
    assert [f.id for f in r.flags] == ["self_harm"]


def test_phq9_difficulty_item_is_recorded_but_not_scored():
    r = score(builtin("phq9"), [1, 1, 1, 1, 1, 0, 0, 0, 0, 3])
    assert r.total.value == 5
    assert r.answers["phq9_difficulty"] == 3 and "phq9_difficulty" not in r.item_scores
    with pytest.raises(AnswerError) as exc:
        score(builtin("phq9"), [1, 1, 1, 1, 1, 0, 0, 0, 0, 4])
    assert exc.value.code == "not_an_option" and exc.value.link_id == "phq9_difficulty"


GAD7_EDGES = [(0, "minimal", "normal"), (4, "minimal", "normal"), (5, "mild", "watch"),
              (9, "mild", "watch"), (10, "moderate", "watch"), (14, "moderate", "watch"),
              (15, "severe", "high_risk"), (21, "severe", "high_risk")]


@pytest.mark.parametrize("total,band,cls", GAD7_EDGES)
def test_gad7_band_edges(total, band, cls):
    r = score(builtin("gad7"), fill(total, [3] * 7))
    assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)
    assert r.flags == ()


def test_gad7_prorates_one_missing_item_only():
    # 6 answered adding to 9: 9 x 7 / 6 = 10.5 -> 11, moderate.
    r = score(builtin("gad7"), [2, 2, 2, 1, 1, 1, None])
    assert r.total.value == 11 and r.total.prorated and r.band.id == "moderate"
    r = score(builtin("gad7"), [2, 2, 2, 1, 1, None, None])
    assert not r.complete and r.band is None


# CES-D: items 4, 8, 12, 16 are reversed (answer 3 scores 0).
CESD_REVERSED = (4, 8, 12, 16)


def cesd_answers(forward_total: int) -> list[int]:
    forward = fill(forward_total, [3] * 16)
    it = iter(forward)
    return [3 if i in CESD_REVERSED else next(it) for i in range(1, 21)]


def test_cesd_reverse_items():
    r = score(builtin("cesd"), [0] * 20)
    assert r.total.value == 12  # the four reversed items score 3 each
    assert [r.item_scores[f"cesd_{i}"] for i in CESD_REVERSED] == [3, 3, 3, 3]
    r = score(builtin("cesd"), [3] * 20)
    assert r.total.value == 48  # 16 x 3 forward, reversed items 0


@pytest.mark.parametrize("total,band,cls", [
    (0, "normal", "normal"), (15, "normal", "normal"), (16, "mild", "watch"), (20, "mild", "watch"),
    (21, "probable", "watch"), (24, "probable", "watch"), (25, "definite", "high_risk"),
    (48, "definite", "high_risk")])
def test_cesd_korean_integrated_cutoffs(total, band, cls):
    r = score(builtin("cesd"), cesd_answers(total))
    assert (r.total.value, r.band.id, r.risk_class) == (total, band, cls)


def test_cesd_prorates_up_to_four_missing():
    answers = cesd_answers(13)
    # Drop items 1-4 (scores 3, 3, 3, 0): 16 answered adding to 4 -> 4 x 20 / 16 = 5.
    for i in range(4):
        answers[i] = None
    r = score(builtin("cesd"), answers)
    assert r.total.value == 5 and r.total.prorated and r.complete
    answers[4] = None
    assert not score(builtin("cesd"), answers).complete
