"""`maumdesk --self-test`: passes from source, names each check, writes nothing outside its temp
folder, and fails with exit 1 naming the check when a resource is missing or wrong.
(installer/smoke_test.sh runs the same self-test in the PyInstaller bundle.)"""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli import self_test

ROOT = Path(__file__).resolve().parent.parent
CHECK_NAMES_EN = ["font (Qt, ReportLab)", "translations", "forms", "encrypted database", "PDF", "public holidays"]
N = len(self_test.CHECKS)


@pytest.fixture(scope="module", autouse=True)
def translations_built():
    from resources.i18n.build import build
    build()  # the .qm is build output (setup.sh makes it too)


def _clean_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAUMDESK_", "XDG_"))}
    (tmp_path / "home").mkdir()
    (tmp_path / "tmp").mkdir()
    env.update(HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path / "tmp"), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    return env


def _run_in_process(lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = self_test.run(lang, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_self_test_from_source_passes_names_each_check_and_leaves_nothing(tmp_path):
    env = _clean_env(tmp_path)
    done = subprocess.run([sys.executable, "-m", "cli.main", "--self-test", "--lang", "en"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in CHECK_NAMES_EN:
        assert f"[OK] {name}:" in done.stdout, name
    assert f"Self-test passed: all {N} checks" in done.stdout
    assert "PHQ-9 12→moderate" in done.stdout and "NanumGothic embedded" in done.stdout
    # Nothing written outside the temp folder, and the temp folder itself is gone.
    assert list((tmp_path / "home").iterdir()) == []
    assert list((tmp_path / "tmp").iterdir()) == []


def test_self_test_speaks_korean_by_default(tmp_path):
    done = subprocess.run([sys.executable, "-m", "cli.main", "--self-test"], cwd=ROOT, env=_clean_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("[통과]") == N
    assert "자체 검사 통과" in done.stdout


def test_missing_font_fails_naming_the_font(monkeypatch):
    import reports.pdf  # noqa: F401 (imported first: it keeps its own KOREAN_FONT, which stays real)
    import resources
    monkeypatch.setattr(resources, "KOREAN_FONT", ("fonts", "NoSuchFont.ttf"))
    code, out, err = _run_in_process("en")
    assert code == 1
    assert "[FAIL] font (Qt, ReportLab): font file is missing or empty:" in out and "NoSuchFont.ttf" in out
    for name in CHECK_NAMES_EN[1:]:
        assert f"[OK] {name}:" in out, name  # one failure hides none of the others
    assert f"Self-test failed (1 of {N}): font (Qt, ReportLab)" in err


def test_empty_bundle_folder_fails_naming_font_and_translations(tmp_path, monkeypatch):
    """resource_path() in a frozen bundle looks under sys._MEIPASS: an empty one is a bundle built
    without its data files."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    code, out, err = _run_in_process("ko")
    assert code == 1
    assert "[실패] 글꼴 (Qt, ReportLab): 글꼴 파일이 없거나 비어 있습니다" in out
    assert "[실패] 번역: 번역(.qm) 파일이 없거나 비어 있습니다" in out
    assert f"설치본: {tmp_path}" in out
    assert "[통과] 선별검사 양식:" in out and "[통과] 암호화 데이터베이스:" in out
    # The PDF check fails too unless this process registered the font with ReportLab before.
    assert re.match(rf"자체 검사 실패 \([23]/{N}\): 글꼴 \(Qt, ReportLab\), 번역", err)


def test_missing_form_definitions_fail_naming_forms(monkeypatch):
    import forms.loader
    monkeypatch.setattr(forms.loader, "load_builtin_definitions", lambda: [])
    code, out, err = _run_in_process("en")
    assert code == 1
    assert "[FAIL] forms: no built-in form definitions found" in out
    assert f"Self-test failed (1 of {N}): forms" in err


def test_wrong_phq9_score_fails_naming_forms(monkeypatch):
    monkeypatch.setattr(self_test, "PHQ9_CASES", (((1, 2, 1, 2, 1, 2, 1, 2, 0), 13, "moderate", "watch", False),))
    code, out, err = _run_in_process("en")
    assert code == 1
    assert "[FAIL] forms: PHQ-9 scored wrongly" in out


def test_missing_migrations_fail_naming_the_database(monkeypatch):
    from storage import migrate
    monkeypatch.setattr(migrate, "LATEST", 0)
    code, out, err = _run_in_process("en")
    assert code == 1
    assert "[FAIL] encrypted database: no schema migrations found" in out
    assert f"Self-test failed (1 of {N}): encrypted database" in err


def test_wrong_translation_fails_naming_translations(monkeypatch):
    monkeypatch.setattr(self_test, "KNOWN_KOREAN", "다른 문장")
    code, out, err = _run_in_process("en")
    assert code == 1
    assert "[FAIL] translations: 'Maumdesk — log in' translates to" in out


def test_cli_flag_calls_the_self_test(monkeypatch):
    from cli import main
    calls = []
    monkeypatch.setattr(self_test, "run", lambda lang: calls.append(lang) or 1)
    assert main.main(["--self-test", "--lang", "en"]) == 1
    assert main.main(["--self-test"]) == 1
    assert calls == ["en", os.environ.get("MAUMDESK_LANG", "ko")]


def test_missing_holiday_translations_fail_naming_holidays(monkeypatch):
    """A bundle without the holidays package's locale files: gettext cannot find KR.mo."""
    from storage import holidays

    def no_locale(start, end):
        raise FileNotFoundError(2, "No translation file found for domain", "KR")
    monkeypatch.setattr(holidays, "public_holidays", no_locale)
    code, out, err = _run_in_process("en")
    assert code == 1
    assert "[FAIL] public holidays: FileNotFoundError" in out
    assert f"Self-test failed (1 of {N}): public holidays" in err
