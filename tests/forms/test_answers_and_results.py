"""Answer validation, JSON round trip, determinism, and the built-in definitions as a set."""

import json
from importlib import resources

import pytest

import forms
from forms import AnswerError, FormError, ScoreResult, score

from .helpers import builtin


@pytest.mark.parametrize("answers,code,link_id", [
    ({"phq9_10": 1}, "unknown_item", "phq9_10"),
    ({"phq9_1": 4}, "not_an_option", "phq9_1"),
    ({"phq9_1": -1}, "not_an_option", "phq9_1"),
    ({"phq9_1": 1.0}, "not_integer", "phq9_1"),
    ({"phq9_1": "2"}, "not_integer", "phq9_1"),
    ({"phq9_1": True}, "not_integer", "phq9_1"),
    ([0] * 8, "wrong_count", None),
    ([0] * 11, "wrong_count", None),
    ("0,1,2", "bad_answers", None),
])
def test_bad_answers_are_refused_never_clamped(answers, code, link_id):
    with pytest.raises(AnswerError) as exc:
        score(builtin("phq9"), answers)
    err = exc.value
    assert (err.code, err.link_id) == (code, link_id)
    assert str(err) == err.message("en") and err.message("ko") != err.message("en")


def test_messages_name_the_item_but_never_echo_the_answer():
    with pytest.raises(AnswerError) as exc:
        score(builtin("phq9"), {"phq9_3": 7})
    assert str(exc.value) == "phq9_3: the answer is not one of the allowed values (0, 1, 2, 3)."
    assert exc.value.message("ko") == "phq9_3: 응답이 가능한 값(0, 1, 2, 3) 중 하나가 아닙니다."
    with pytest.raises(AnswerError) as exc:
        score(builtin("phq9"), [0] * 8)
    assert str(exc.value) == "phq9 expects 9-10 answers (one per item, in order); got 8."


def test_none_means_unanswered_in_lists_and_mappings():
    a = score(builtin("gad7"), [1, 1, 1, 1, 1, 1, None])
    b = score(builtin("gad7"), {f"gad7_{i}": 1 for i in range(1, 7)} | {"gad7_7": None})
    assert a == b and a.missing == ("gad7_7",) and a.answers == b.answers
    assert "gad7_7" not in a.answers


SAMPLES = [
    ("phq9", dict(answers=[2, 2, None, 1, 1, 1, 1, 1, 2]), None),
    ("audit_k", dict(answers=[2, 1, 1, 0, 0, 0, 0, 0, 2, 0], sex="F"), None),
    ("pcl5", dict(answers=[2] * 20), None),
    ("mbi_hss", dict(totals={"EE": 30, "DP": 13, "PA": 20}), None),
    ("satisfaction", dict(answers={"usefulness": 5, "comfort": 4, "comment": "감사합니다"}), None),
]


@pytest.mark.parametrize("form_id,kwargs,_", SAMPLES)
def test_result_round_trips_through_json(form_id, kwargs, _):
    r = score(builtin(form_id), **kwargs)
    text = json.dumps(r.to_dict(), ensure_ascii=False)
    back = ScoreResult.from_dict(json.loads(text))
    assert back == r
    assert back.to_dict() == r.to_dict()


@pytest.mark.parametrize("form_id,kwargs,_", SAMPLES)
def test_rescoring_the_same_answers_gives_an_equal_result(form_id, kwargs, _):
    assert score(builtin(form_id), **kwargs) == score(builtin(form_id), **kwargs)


def test_result_dict_layout():
    d = score(builtin("phq9"), [1] * 9).to_dict()
    assert d["format"] == 1 and (d["form_id"], d["form_version"]) == ("phq9", "1.0")
    assert d["total"] == {"value": 9, "raw": 9, "prorated": False, "answered": 9,
                          "band": {"id": "mild", "label": {"ko": "가벼운 우울", "en": "Mild"},
                                   "class": "watch"}}
    assert d["class"] == "watch" and d["complete"] is True
    assert d["flags"][0]["id"] == "self_harm" and d["flags"][0]["kind"] == "safety"


def test_unknown_result_format_is_refused():
    d = score(builtin("phq9"), [0] * 9).to_dict()
    d["format"] = 99
    with pytest.raises(FormError) as exc:
        ScoreResult.from_dict(d)
    assert exc.value.code == "bad_result"


# -- the built-in set --------------------------------------------------------------------------
EXPECTED = {"phq9", "gad7", "pss10", "audit_k", "k10", "k6", "pcl5", "cesd", "isi", "mbi_hss",
            "satisfaction"}


def test_builtins_ship_inside_the_package():
    names = {e.name for e in resources.files("forms.definitions").iterdir() if e.name.endswith(".yaml")}
    assert names == {f"{i}.yaml" for i in EXPECTED}
    assert {d.id for d in forms.builtin_registry().list()} == EXPECTED  # no C-SSRS


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_each_builtin_is_complete(form_id):
    d = builtin(form_id)
    assert d.version == "1.0" and d.source and d.license and d.notes
    assert d.title.ko and d.title.en
    if d.ship_wording:
        for item in d.items:
            assert item.text.ko and item.text.en, item.link_id
            assert all(o.label.ko and o.label.en for o in item.options), item.link_id
    else:
        assert not d.has_wording and d.accept_totals
    if d.kind == "screening":
        # Every screening form maps onto the center's classes, mildest band normal.
        if d.total is not None:
            bands = d.total.bands.all_bands()
            assert bands[0].risk_class == "normal"
            assert {b.risk_class for b in bands} <= set(forms.RISK_CLASSES)
        else:
            assert d.profiles[-1].risk_class == "normal"


def test_only_phq9_carries_a_safety_flag():
    safety = {d.id for d in forms.builtin_registry().list()
              if any(f.kind == "safety" for f in d.flags)}
    assert safety == {"phq9"}
