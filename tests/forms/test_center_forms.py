"""A center's own form, wording overlays for scoring-only instruments, and versions."""

import pytest

import forms
from forms import DefinitionError, Registry, UnknownFormError, load_definition, score
from forms.registry import center_registry

from .helpers import builtin

# A center's own 5-item wellbeing check: one reversed item, a 0-100 rescaled total where
# lower is worse, a subscale, and a safety flag on the last item.
CENTER_FORM = """\
id: center_wellbeing
version: "1.0"
kind: screening
ship_wording: true
title: {ko: 마음 건강 점검, en: Wellbeing check}
license: The center's own form.
source: Written by the center's counselors, 2024.
option_sets:
  agree:
    - {ordinalValue: 1, label: {ko: 전혀 아니다, en: Not at all}}
    - {ordinalValue: 2, label: {ko: 아니다, en: Rarely}}
    - {ordinalValue: 3, label: {ko: 보통이다, en: Sometimes}}
    - {ordinalValue: 4, label: {ko: 그렇다, en: Often}}
    - {ordinalValue: 5, label: {ko: 매우 그렇다, en: Always}}
items:
  - {linkId: w1, option_set: agree, text: {ko: 잠을 잘 잤다, en: I slept well}}
  - {linkId: w2, option_set: agree, text: {ko: 기운이 있었다, en: I had energy}}
  - {linkId: w3, option_set: agree, reverse: true, text: {ko: 일이 버거웠다, en: Work felt too much}}
  - {linkId: w4, option_set: agree, text: {ko: 동료와 잘 지냈다, en: I got on with colleagues}}
  - {linkId: w5, option_set: agree, reverse: true, text: {ko: 사라지고 싶었다, en: I wished I could disappear}}
scoring:
  total:
    method: sum
    rescale: {min: 0, max: 100}
    round: 1
  subscales:
    - id: body
      title: {ko: 신체, en: Body}
      method: mean
      items: [w1, w2]
  missing:
    method: prorate
    max_missing: 1
    required: [w5]
bands:
  - {id: low, min: 0, max: 39.9, class: high_risk, label: {ko: 낮음, en: Low}}
  - {id: middle, min: 40, max: 59.9, class: watch, label: {ko: 보통, en: Middle}}
  - {id: good, min: 60, max: 100, class: normal, label: {ko: 좋음, en: Good}}
flags:
  - id: disappear
    kind: safety
    when: {item: w5, min: 4}
    message: {ko: 5번 문항을 확인하세요, en: Check item 5}
"""


@pytest.fixture
def center_dir(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "center_wellbeing.yaml").write_text(CENTER_FORM, encoding="utf-8")
    return folder


def test_center_form_validates_and_scores_with_rescaling(center_dir):
    d = load_definition(center_dir / "center_wellbeing.yaml")
    assert (d.total.lo, d.total.hi) == (0, 100)
    # Answers 3, 3, 3(->3), 3, 1(->5): raw 17, (17 - 5) x 100 / (25 - 5) = 60.0 -> good.
    r = score(d, [3, 3, 3, 3, 1])
    assert (r.total.raw, r.total.value, r.band.id, r.risk_class) == (17, 60.0, "good", "normal")
    assert r.item_scores["w5"] == 5 and r.flags == ()
    assert r.subscales["body"].value == 3.0
    # Raw 16 -> 55.0 (middle, watch); raw 12 -> 35.0 (low, high_risk).
    assert score(d, [2, 3, 3, 3, 1]).total.value == 55.0
    r = score(d, [1, 1, 4, 3, 1])  # 1 + 1 + 2 + 3 + 5 = 12
    assert (r.total.value, r.band.id, r.risk_class) == (35.0, "low", "high_risk")


def test_center_form_proration_rescales_the_rounded_raw_score(center_dir):
    d = load_definition(center_dir / "center_wellbeing.yaml")
    # w2 missing: 4 answered adding to 10 -> 10 x 5 / 4 = 12.5 -> raw 13 -> 40.0 (middle).
    r = score(d, {"w1": 1, "w3": 4, "w4": 2, "w5": 1})
    assert (r.total.raw, r.total.value, r.total.prorated, r.band.id) == (13, 40.0, True, "middle")
    assert r.subscales["body"].value is None  # its own max_missing is 0


def test_center_form_safety_flag_and_required_item(center_dir):
    d = load_definition(center_dir / "center_wellbeing.yaml")
    r = score(d, [5, 5, 1, 5, 4])
    assert [f.id for f in r.flags] == ["disappear"] and r.has_safety_flag
    assert not score(d, [5, 5, 1, 5, None]).complete


def test_center_registry_adds_the_center_forms_to_the_builtins(center_dir):
    registry = center_registry(center_dir)
    assert "center_wellbeing" in registry and "phq9" in registry
    assert registry.get("center_wellbeing").title.get("en") == "Wellbeing check"
    assert "center_wellbeing" not in forms.builtin_registry()


def test_a_bad_center_file_fails_the_center_registry(center_dir):
    (center_dir / "broken.yaml").write_text(CENTER_FORM.replace("method: mean", "method: median"),
                                            encoding="utf-8")
    with pytest.raises(DefinitionError) as exc:
        center_registry(center_dir)
    assert (exc.value.file, exc.value.field) == ("broken.yaml", "scoring.subscales[0].method")


def test_versions_are_kept_and_the_newest_is_the_default(center_dir):
    v11 = CENTER_FORM.replace('version: "1.0"', 'version: "1.10"').replace(
        "title: {ko: 마음 건강 점검, en: Wellbeing check}",
        "title: {ko: 마음 건강 점검 개정, en: Wellbeing check revised}")
    (center_dir / "center_wellbeing.v1_10.yaml").write_text(v11, encoding="utf-8")
    v19 = v11.replace('version: "1.10"', 'version: "1.9"')
    (center_dir / "center_wellbeing.v1_9.yaml").write_text(v19, encoding="utf-8")
    registry = center_registry(center_dir)
    assert registry.versions("center_wellbeing") == ["1.0", "1.9", "1.10"]
    assert registry.get("center_wellbeing").version == "1.10"  # 1.10 is newer than 1.9
    old = registry.get("center_wellbeing", "1.0")
    assert old.title.get("en") == "Wellbeing check"
    assert score(old, [3, 3, 3, 3, 1]).form_version == "1.0"
    assert [d.version for d in registry.list(all_versions=True) if d.id == "center_wellbeing"] == [
        "1.0", "1.9", "1.10"]
    assert [d.version for d in registry.list() if d.id == "center_wellbeing"] == ["1.10"]


def test_duplicate_id_and_version_is_refused(center_dir):
    (center_dir / "copy.yaml").write_text(CENTER_FORM, encoding="utf-8")
    with pytest.raises(DefinitionError) as exc:
        center_registry(center_dir)
    assert exc.value.code == "duplicate_version" and exc.value.field == "version"


def test_unknown_form_or_version():
    with pytest.raises(UnknownFormError) as exc:
        forms.builtin_registry().get("cssrs")
    assert exc.value.code == "unknown_form" and "cssrs" in exc.value.message("ko")
    with pytest.raises(UnknownFormError) as exc:
        forms.builtin_registry().get("phq9", "0.1")
    assert "0.1" in str(exc.value)


def test_registry_is_immutable_and_cached():
    assert forms.builtin_registry() is forms.builtin_registry()
    extended = forms.builtin_registry().with_definitions([])
    assert extended is not forms.builtin_registry() and len(extended) == len(forms.builtin_registry())
    assert not hasattr(Registry, "add")


# -- wording overlays --------------------------------------------------------------------------
ISI_WORDING = """\
id: isi
items:
  isi_1:
    text: {ko: 센터가 허가받은 1번 문항, en: Licensed item 1}
    options:
      0: {ko: 없음, en: None}
      4: {ko: 매우 심함, en: Very severe}
  isi_7:
    text: {ko: 센터가 허가받은 7번 문항}
"""


def test_wording_overlay_fills_in_a_scoring_only_instrument(tmp_path):
    (tmp_path / "isi.wording.yaml").write_text(ISI_WORDING, encoding="utf-8")
    d = Registry([builtin("isi")]).with_wording(tmp_path).get("isi")
    assert d.wording_source == "isi.wording.yaml" and d.has_wording
    assert d.items[0].text.get("en") == "Licensed item 1"
    assert [o.label.get("ko") if o.label else None for o in d.items[0].options] == [
        "없음", None, None, None, "매우 심함"]
    assert d.items[6].text.get("en") == "센터가 허가받은 7번 문항"  # English falls back to Korean
    assert d.items[1].text is None
    assert score(d, [1, 2, 3, 0, 0, 0, 0]) == score(builtin("isi"), [1, 2, 3, 0, 0, 0, 0])
    assert not builtin("isi").has_wording  # the shared built-in is untouched


@pytest.mark.parametrize("text,field,code", [
    (ISI_WORDING.replace("isi_7:", "isi_9:"), "items.isi_9", "unknown_field"),
    (ISI_WORDING.replace("      4:", "      5:"), "items.isi_1.options.5", "unknown_option"),
    (ISI_WORDING.replace("id: isi", "id: phq9"), "id", "bad_value"),
    (ISI_WORDING.replace("id: isi", "id: isi\nversion: \"2.0\""), "version", "bad_value"),
])
def test_bad_wording_overlay_names_the_overlay_file(tmp_path, text, field, code):
    path = tmp_path / "isi.wording.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DefinitionError) as exc:
        forms.load_wording(builtin("isi"), path)
    assert (exc.value.file, exc.value.field, exc.value.code) == ("isi.wording.yaml", field, code)


def test_overlay_pinned_to_another_version_is_left_out_of_a_folder(tmp_path):
    (tmp_path / "isi.wording.yaml").write_text(ISI_WORDING.replace("id: isi", 'id: isi\nversion: "2.0"'),
                                               encoding="utf-8")
    assert not Registry([builtin("isi")]).with_wording(tmp_path).get("isi").has_wording


def test_skip_logic_gives_skipped_items_their_lowest_score_and_no_notice(tmp_path):
    from .helpers import base, write

    data = base()
    when = [{"linkId": "q1", "operator": ">=", "answer": 1}]
    data["items"][2].update(reverse=True, enableWhen=when)
    data["items"][3].update(enableWhen=when)
    data["flags"][0]["unanswered_message"] = {"ko": "4번 문항을 물어보세요"}
    d = load_definition(write(tmp_path, data))
    r = score(d, {"q1": 0, "q2": 2})  # q3 (reversed) and q4 are skipped
    assert (r.item_scores["q3"], r.item_scores["q4"], r.total.value) == (0, 0, 2)
    assert r.complete and r.missing == () and r.flags == ()
    r = score(d, {"q1": 1, "q2": 2})  # now they apply and are blank
    assert r.missing == ("q3", "q4") and [f.kind for f in r.flags] == ["notice"]
