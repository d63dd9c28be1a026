"""A malformed definition is refused with the file, the field and the problem named."""

import pytest
import yaml

from forms import DefinitionError, load_definition

from .helpers import base, write


def refused(tmp_path, data, name="center_check.yaml") -> DefinitionError:
    with pytest.raises(DefinitionError) as exc:
        load_definition(write(tmp_path, data, name))
    return exc.value


def test_the_base_definition_is_valid(tmp_path):
    d = load_definition(write(tmp_path, base()))
    assert (d.id, d.version, len(d.items), d.file) == ("center_check", "1.0", 4, "center_check.yaml")


def test_option_value_not_an_integer_names_file_and_field_exactly(tmp_path):
    data = base()
    data["items"][3] = {"linkId": "q4", "text": {"ko": "문항 4"},
                        "options": [{"ordinalValue": 0, "label": {"ko": "아니다"}},
                                    {"ordinalValue": "1", "label": {"ko": "그렇다"}}]}
    err = refused(tmp_path, data, "phq9.yaml")
    assert str(err) == "phq9.yaml: items[3].options[1].ordinalValue: must be an integer"
    assert err.message("ko") == "phq9.yaml: items[3].options[1].ordinalValue: 정수여야 합니다"
    assert (err.code, err.file, err.field) == ("wrong_type", "phq9.yaml", "items[3].options[1].ordinalValue")


def test_bad_yaml_names_line_and_column(tmp_path):
    err = refused(tmp_path, "id: x\nitems: [a, b\nversion: '1'\n")
    assert err.code == "bad_yaml" and err.file == "center_check.yaml"
    assert err.field.startswith("line ") and "column" in err.field
    assert "YAML" in err.message("ko")


def test_duplicate_yaml_key_is_refused(tmp_path):
    text = yaml.safe_dump(base(), allow_unicode=True, sort_keys=False) + "license: twice\n"
    err = refused(tmp_path, text)
    assert err.code == "bad_yaml" and "duplicate key 'license'" in str(err)


def test_empty_file_is_refused(tmp_path):
    err = refused(tmp_path, "")
    assert str(err) == "center_check.yaml: must be a mapping (key: value)"


@pytest.mark.parametrize("field", ["license", "source", "ship_wording", "items", "scoring", "title"])
def test_missing_top_level_field(tmp_path, field):
    data = base()
    del data[field]
    err = refused(tmp_path, data)
    assert (err.code, err.field) == ("missing_field", field)
    assert str(err) == f"center_check.yaml: {field}: required field is missing"


def break_it(data, how):
    how(data)
    return data


@pytest.mark.parametrize("how,field,code", [
    (lambda d: d.update(title="센터 점검"), "title", "wrong_type"),
    (lambda d: d.update(version=1.0), "version", "wrong_type"),
    (lambda d: d.update(version="v1"), "version", "bad_value"),
    (lambda d: d.update(ship_wording="yes please"), "ship_wording", "wrong_type"),
    (lambda d: d["items"][0].update(reverse="sometimes"), "items[0].reverse", "wrong_type"),
    (lambda d: d["items"][2].update(linkId=7), "items[2].linkId", "wrong_type"),
    (lambda d: d["items"][0].update(revrse=True), "items[0].revrse", "unknown_field"),
    (lambda d: d["items"][0].pop("text"), "items[0].text", "missing_field"),
    (lambda d: d["items"][1].update(linkId="q1"), "items[1].linkId", "duplicate_link_id"),
    (lambda d: d["items"][0].update(option_set="seven"), "items[0].option_set", "unknown_option_set"),
    (lambda d: d["option_sets"]["five"][2].update(ordinalValue=1),
     "option_sets.five[2].ordinalValue", "duplicate_value"),
    (lambda d: d["option_sets"]["five"][0].update(ordinalValue=0.5),
     "option_sets.five[0].ordinalValue", "wrong_type"),
    (lambda d: d["scoring"]["total"].update(method="median"), "scoring.total.method", "unknown_method"),
    (lambda d: d["scoring"]["subscales"][0].update(method="product"),
     "scoring.subscales[0].method", "unknown_method"),
    (lambda d: d["scoring"]["total"].pop("method"), "scoring.total.method", "missing_field"),
    (lambda d: d["scoring"]["subscales"][0].update(items=["q1", "q9"]),
     "scoring.subscales[0].items[1]", "unknown_item"),
    (lambda d: d["scoring"]["total"].update(items=["q1", "q1"]), "scoring.total.items", "duplicate_link_id"),
    (lambda d: d["scoring"].update(missing={"method": "prorate", "max_missing": 1,
                                            "required": ["q5"]}),
     "scoring.missing.required[0]", "unknown_item"),
    (lambda d: d["scoring"].update(missing={"max_missing": 1}), "scoring.missing.max_missing", "bad_value"),
    (lambda d: d["flags"][0]["when"].update(item="q9"), "flags[0].when.item", "unknown_item"),
    (lambda d: d["flags"][0]["when"].update(min=5), "flags[0].when.min", "bad_value"),
    (lambda d: d["flags"][0]["when"].update(min=0), "flags[0].when.min", "bad_value"),
    (lambda d: d["flags"][0].update(kind="urgent"), "flags[0].kind", "bad_value"),
    (lambda d: d["bands"][1].update({"class": "severe"}), "bands[1].class", "bad_value"),
    (lambda d: d["bands"][0].pop("class"), "bands[0].class", "missing_field"),
    (lambda d: d.pop("bands"), "bands", "missing_field"),
])
def test_each_kind_of_mistake_names_its_field(tmp_path, how, field, code):
    err = refused(tmp_path, break_it(base(), how))
    assert (err.file, err.field, err.code) == ("center_check.yaml", field, code)
    assert str(err).startswith(f"center_check.yaml: {field}: ")
    assert err.message("ko").startswith(f"center_check.yaml: {field}: ")
    assert err.message("ko") != str(err)  # a Korean sentence, not the English one


@pytest.mark.parametrize("bands,field,code,words", [
    ([(0, 5), (5, 10), (11, 16)], "bands[1].min", "bands_overlap", "overlaps"),
    ([(0, 5), (7, 10), (11, 16)], "bands[1].min", "bands_gap", "between 5 and 7"),
    ([(1, 5), (6, 10), (11, 16)], "bands[0].min", "bands_gap", "lowest possible score is 0"),
    ([(0, 5), (6, 10), (11, 15)], "bands[2].max", "bands_gap", "highest possible score is 16"),
    ([(0, 5), (6, 4), (5, 16)], "bands[1].max", "bad_range", "below min"),
    ([(0, 5), (6, 10.5), (11, 16)], "bands[1].max", "wrong_type", "whole number"),
])
def test_band_ranges_overlapping_or_with_gaps(tmp_path, bands, field, code, words):
    data = base()
    for band, (lo, hi) in zip(data["bands"], bands):
        band.update(min=lo, max=hi)
    err = refused(tmp_path, data)
    assert (err.field, err.code) == (field, code)
    assert words in str(err)


def test_reverse_item_without_a_way_to_reverse(tmp_path):
    data = base()
    data["items"][0] = {"linkId": "q1", "text": {"ko": "문항"}, "reverse": True,
                        "options": [{"ordinalValue": v, "label": {"ko": str(v)}} for v in (0, 1, 3)]}
    data["bands"][2]["max"] = 15
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("items[0].reverse", "cannot_reverse")
    assert "not symmetric" in str(err)


def test_reverse_on_an_unscored_or_free_text_item(tmp_path):
    data = base()
    data["items"].append({"linkId": "extra", "option_set": "five", "scored": False,
                          "reverse": True, "text": {"ko": "추가"}})
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("items[4].reverse", "cannot_reverse")
    data = base()
    data["items"].append({"linkId": "note", "type": "text", "reverse": True, "text": {"ko": "메모"}})
    err = refused(tmp_path, data)
    assert err.field == "items[4].reverse" and "free-text" in str(err)


def test_wording_must_not_ship_when_ship_wording_is_false(tmp_path):
    data = base()
    data["ship_wording"] = False
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("option_sets.five[0].label", "wording_not_shipped")
    for option in data["option_sets"]["five"]:
        del option["label"]
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("items[0].text", "wording_not_shipped")


def test_subscale_bands_and_profiles_are_checked(tmp_path):
    data = base()
    data.pop("bands")
    data["scoring"].pop("total")
    data["scoring"]["subscales"][0]["bands"] = [
        {"id": "low", "min": 0, "max": 4, "label": {"ko": "낮음"}},
        {"id": "high", "min": 5, "max": 8, "label": {"ko": "높음"}}]
    data["flags"] = []
    data["profiles"] = [
        {"id": "bad", "class": "watch", "label": {"ko": "나쁨"}, "when": {"subscale": "A", "band": "top"}},
        {"id": "ok", "class": "normal", "label": {"ko": "좋음"}}]
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("profiles[0].when.band", "unknown_band")
    data["profiles"][0]["when"] = {"subscale": "Z", "band": "high"}
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("profiles[0].when.subscale", "unknown_subscale")
    data["profiles"][0]["when"] = {"subscale": "A", "band": "high"}
    data["profiles"][1]["when"] = {"subscale": "A", "band": "low"}
    err = refused(tmp_path, data)
    assert err.field == "profiles[1].when" and "fallback" in str(err)


def test_endorsed_rule_naming_an_unknown_subscale(tmp_path):
    data = base()
    data["flags"] = [{"id": "pattern", "kind": "clinical", "message": {"ko": "양상"},
                      "when": {"endorsed": {"at_least": 2, "require": {"A": 1, "B": 1}}}}]
    err = refused(tmp_path, data)
    assert (err.field, err.code) == ("flags[0].when.endorsed.require.B", "unknown_subscale")


def test_mean_score_bands_must_fit_its_decimals(tmp_path):
    data = base()
    data["scoring"]["total"] = {"method": "mean", "round": 1}
    data["bands"] = [
        {"id": "low", "min": 0, "max": 1.95, "class": "normal", "label": {"ko": "낮음"}},
        {"id": "high", "min": 2, "max": 4, "class": "watch", "label": {"ko": "높음"}}]
    err = refused(tmp_path, data)
    assert err.field == "bands[0].max" and "round: 1" in str(err)
    data["bands"][0]["max"] = 1.9  # contiguous with 2.0 at one decimal
    assert load_definition(write(tmp_path, data)).total.round == 1


def test_accept_totals_is_refused_when_a_safety_flag_needs_the_items(tmp_path):
    data = base()
    data["accept_totals"] = True
    err = refused(tmp_path, data)
    assert err.field == "accept_totals"


def test_missing_file_or_wrong_encoding(tmp_path):
    with pytest.raises(DefinitionError) as exc:
        load_definition(tmp_path / "nope.yaml")
    assert exc.value.code == "not_found" and str(exc.value) == "nope.yaml: file not found"
    (tmp_path / "latin1.yaml").write_bytes("title: caf\xe9".encode("latin-1"))
    with pytest.raises(DefinitionError) as exc:
        load_definition(tmp_path / "latin1.yaml")
    assert exc.value.code == "bad_encoding"
