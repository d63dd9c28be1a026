"""`maumdesk forms ...` through argv lists: exit codes and output."""

import argparse
import json

import pytest

from forms.cli import main, register

from .helpers import base, write
from .test_center_forms import CENTER_FORM


def run(capsys, *argv):
    code = main(["forms", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list(capsys):
    code, out, err = run(capsys, "list", "--lang", "en")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 11
    assert lines[0].split()[:2] == ["audit_k", "1.0"]
    isi = next(line for line in lines if line.startswith("isi"))
    assert "scoring only" in isi
    assert "C-SSRS" not in out and "cssrs" not in out


def test_show_in_english_and_korean(capsys):
    code, out, _ = run(capsys, "show", "phq9", "--lang", "en")
    assert code == 0
    assert "PHQ-9 Patient Health Questionnaire (depression) (phq9 v1.0)" in out
    assert "phq9_9: Thoughts that you would be better off dead or of hurting yourself in some way" in out
    assert "0 Not at all / 1 Several days / 2 More than half the days / 3 Nearly every day" in out
    assert "15-19 Moderately severe -> high risk" in out
    assert "phq9_difficulty" in out and "[not scored]" in out
    code, out, _ = run(capsys, "show", "phq9")
    assert code == 0 and "5-9 가벼운 우울 -> 관심군" in out


def test_show_scoring_only_and_sex_bands(capsys):
    code, out, _ = run(capsys, "show", "isi", "--lang", "en")
    assert code == 0 and "isi_1: (wording not shipped)" in out
    code, out, _ = run(capsys, "show", "audit_k", "--lang", "en")
    assert "[sex F] 6-9 Hazardous drinking -> watch" in out
    assert "[sex M] 10-19 Hazardous drinking -> watch" in out


def test_score_prints_band_and_safety_flag(capsys):
    code, out, err = run(capsys, "score", "phq9", "--answers", "1,1,1,1,1,0,0,0,1")
    assert code == 0 and err == ""
    assert "총점: 6" in out and "판정: 가벼운 우울 — 관심군" in out
    assert "경고 [안전]: 9번 문항" in out


def test_score_with_missing_answers(capsys):
    code, out, _ = run(capsys, "score", "phq9", "--answers", "1,1,1,1,1,0,0,,1", "--lang", "en")
    assert code == 0
    assert "Total: 7 (prorated for missing items: answered 8/9)" in out
    assert "Unanswered items: phq9_8" in out
    code, out, _ = run(capsys, "score", "phq9", "--answers", "1,-,-,-,1,0,0,0,0", "--lang", "en")
    assert code == 0 and "Incomplete: too few answers to classify" in out


def test_score_json(capsys):
    code, out, _ = run(capsys, "score", "gad7", "--answers", "gad7_1=3,gad7_2=3,gad7_3=3,gad7_4=3,"
                       "gad7_5=3,gad7_6=0,gad7_7=0", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["total"]["value"] == 15 and result["band"]["id"] == "severe"
    assert result["class"] == "high_risk"


@pytest.mark.parametrize("argv,message", [
    (["score", "phq9", "--answers", "1,1,1,1,1,0,0,5,1", "--lang", "en"],
     "phq9_8: the answer is not one of the allowed values (0, 1, 2, 3)."),
    (["score", "phq9", "--answers", "1,1,1,x,1,0,0,0,1", "--lang", "en"],
     "Answer #4: not a whole number."),
    (["score", "phq9", "--answers", "1,1,1", "--lang", "en"],
     "phq9 expects 9-10 answers (one per item, in order); got 3."),
    (["score", "phq9", "--answers", "1,1,1,1,1,0,0,5,1"],
     "phq9_8: 응답이 가능한 값(0, 1, 2, 3) 중 하나가 아닙니다."),
    (["score", "audit_k", "--answers", "4,4,4,1,1,1,1,1,0,0", "--lang", "en"],
     "audit_k: the bands depend on sex; give sex 'M' or 'F'."),
    (["score", "nosuch", "--answers", "1", "--lang", "en"], "No form with id 'nosuch' is registered."),
    (["score", "phq9", "--totals", "total=12", "--lang", "en"],
     "phq9: enter the item answers; this form does not accept totals."),
    (["score", "isi", "--totals", "total=29", "--lang", "en"],
     "total: the score must be between 0 and 28."),
])
def test_bad_input_exits_1_with_a_clear_message(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err.strip() == message


def test_score_audit_with_sex_and_isi_totals(capsys):
    code, out, _ = run(capsys, "score", "audit_k", "--answers", "4,1,1,0,0,0,0,0,0,0", "--sex", "F",
                       "--lang", "en")
    assert code == 0 and "Total: 6" in out and "Band: Hazardous drinking — watch" in out
    code, out, _ = run(capsys, "score", "isi", "--totals", "total=22", "--lang", "en")
    assert code == 0 and "(scores entered directly)" in out and "Clinical insomnia (severe)" in out
    code, out, _ = run(capsys, "score", "mbi_hss", "--totals", "EE=27,DP=13,PA=31", "--lang", "en")
    assert code == 0 and "Band: Burnout (high EE, high DP, low PA) — high risk" in out


@pytest.mark.parametrize("argv", [
    [], ["score", "phq9"], ["score", "phq9", "--answers", "1", "--totals", "total=1"],
    ["list", "--lang", "fr"], ["frobnicate"], ["score", "audit_k", "--answers", "0", "--sex", "X"],
])
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and "usage:" in err


def test_check_a_center_definition(tmp_path, capsys):
    path = write(tmp_path, CENTER_FORM, "center_wellbeing.yaml")
    code, out, err = run(capsys, "check", str(path), "--lang", "en")
    assert (code, err) == (0, "")
    assert out.strip() == "OK: center_wellbeing.yaml: center_wellbeing v1.0, 5 items"
    code, out, _ = run(capsys, "check", str(path))
    assert out.strip() == "정상: center_wellbeing.yaml: center_wellbeing v1.0, 5 문항"


def test_check_a_bad_definition_names_the_problem(tmp_path, capsys):
    data = base()
    data["items"][1]["linkId"] = "q1"
    path = write(tmp_path, data)
    code, out, err = run(capsys, "check", str(path), "--lang", "en")
    assert code == 1 and out == ""
    assert err.strip() == ("center_check.yaml: items[1].linkId: duplicate linkId 'q1' "
                           "(already used by items[0])")


def test_check_refuses_a_clash_with_a_builtin(tmp_path, capsys):
    path = write(tmp_path, CENTER_FORM.replace("id: center_wellbeing", "id: phq9"), "mine.yaml")
    code, _, err = run(capsys, "check", str(path), "--lang", "en")
    assert code == 1 and "mine.yaml: version: form 'phq9' version 1.0 is already defined" in err


def test_check_a_wording_overlay(tmp_path, capsys):
    good = tmp_path / "isi.wording.yaml"
    good.write_text("id: isi\nitems:\n  isi_1:\n    text: {ko: 문항}\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(good), "--lang", "en")
    assert code == 0 and out.strip() == "OK: isi.wording.yaml: wording file OK (isi v1.0)"
    good.write_text("id: isi\nitems:\n  isi_8:\n    text: {ko: 문항}\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(good), "--lang", "en")
    assert code == 1 and err.startswith("isi.wording.yaml: items.isi_8: unknown field")


def test_center_folder_forms_are_listed_and_scored(tmp_path, capsys):
    write(tmp_path, CENTER_FORM, "center_wellbeing.yaml")
    code, out, _ = run(capsys, "list", "--dir", str(tmp_path), "--lang", "en")
    assert code == 0 and "center_wellbeing" in out
    code, out, _ = run(capsys, "score", "center_wellbeing", "--answers", "3,3,3,3,1",
                       "--dir", str(tmp_path), "--lang", "en")
    assert code == 0 and "Total: 60.0" in out and "Band: Good — normal" in out


def test_register_adds_forms_to_an_app_parser(capsys):
    parser = argparse.ArgumentParser(prog="maumdesk")
    sub = parser.add_subparsers(dest="command")
    forms_parser = register(sub)
    assert isinstance(forms_parser, argparse.ArgumentParser)
    args = parser.parse_args(["forms", "score", "k6", "--answers", "0,0,0,0,0,0"])
    assert args.handler(args) == 0
    assert "낮은 심리적 고통" in capsys.readouterr().out
    args = parser.parse_args(["forms"])
    assert args.handler(args) == 2
