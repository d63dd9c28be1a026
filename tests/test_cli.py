"""The `maumdesk` command line, driven as a script would: passwords from the environment."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cli.main import main


@pytest.fixture
def env(monkeypatch):
    def _set(password=None, new=None, recovery=None):
        for name, value in (("MAUMDESK_PASSWORD", password), ("MAUMDESK_NEW_PASSWORD", new),
                            ("MAUMDESK_RECOVERY_CODE", recovery)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
    return _set


def _init(tmp_path, env, capsys):
    db = tmp_path / "center.db"
    env(password="admin-pass-1")
    assert main(["--lang", "en", "init", "--db", str(db), "--user", "admin", "--center", "힐링센터",
                 "--site", "본관", "--site", "별관", "--test-kdf"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"([A-Z2-9]{5}(?:-[A-Z2-9]{5}){5})", out).group(1)
    return db, code


def test_full_admin_round(tmp_path, env, capsys):
    db, code = _init(tmp_path, env, capsys)
    env(password="admin-pass-1", new="lead-pass-1")
    assert main(["user", "add", "--db", str(db), "--user", "admin", "--login", "lead", "--role", "lead",
                 "--name", "김센터", "--site", "본관", "--test-kdf"]) == 0
    env(password="lead-pass-1")
    assert main(["unlock-test", "--db", str(db), "--user", "lead"]) == 0
    assert main(["--lang", "en", "verify", "--db", str(db), "--user", "lead"]) == 0
    assert "Verified" in capsys.readouterr().out
    backups = tmp_path / "usb"
    backups.mkdir()
    assert main(["backup", "--db", str(db), "--user", "lead", "--to", str(backups)]) == 0
    archive = next(backups.iterdir())
    assert main(["restore", "--from", str(archive), "--db", str(tmp_path / "restored.db"), "--user", "lead"]) == 0
    env(password="admin-pass-1")
    assert main(["rekey", "--db", str(db), "--user", "admin"]) == 0
    assert main(["user", "list", "--db", str(db), "--user", "admin"]) == 0
    listing = capsys.readouterr().out
    assert "lead" in listing and "센터장" in listing
    assert main(["user", "remove", "--db", str(db), "--user", "admin", "--login", "lead"]) == 0
    env(password="lead-pass-1")
    assert main(["--lang", "en", "unlock-test", "--db", str(db), "--user", "lead"]) == 1
    assert "no account 'lead'" in capsys.readouterr().err
    # Forgotten admin password: the recovery code sets a new one.
    env(recovery=code.lower(), new="admin-pass-2")
    assert main(["user", "passwd", "--db", str(db), "--user", "admin", "--recovery", "--test-kdf"]) == 0
    env(password="admin-pass-2", new="admin-pass-3")
    assert main(["user", "passwd", "--db", str(db), "--user", "admin", "--test-kdf"]) == 0
    env(password="admin-pass-3")
    assert main(["unlock-test", "--db", str(db), "--user", "admin"]) == 0


@pytest.mark.parametrize("lang,expected", [("ko", "비밀번호가 맞지 않습니다"), ("en", "password is not correct")])
def test_wrong_password_exit_1_in_both_languages(tmp_path, env, capsys, lang, expected):
    db, _ = _init(tmp_path, env, capsys)
    env(password="wrong-password")
    assert main(["--lang", lang, "verify", "--db", str(db), "--user", "admin"]) == 1
    err = capsys.readouterr().err
    assert expected in err and "wrong-password" not in err


def test_missing_database_and_usage_errors(tmp_path, env, capsys):
    env(password="whatever-1")
    assert main(["--lang", "en", "verify", "--db", str(tmp_path / "nope.db"), "--user", "admin"]) == 1
    assert "was not found" in capsys.readouterr().err
    assert main(["verify", "--db", str(tmp_path / "x.db")]) == 2  # --user missing
    assert main(["no-such-command"]) == 2


def test_no_password_and_no_terminal(tmp_path, env, capsys):
    db, _ = _init(tmp_path, env, capsys)
    env()
    result = subprocess.run([sys.executable, "-m", "cli.main", "--lang", "en", "verify", "--db", str(db),
                             "--user", "admin"], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "MAUMDESK_PASSWORD" in result.stderr


def test_verify_reports_damage(tmp_path, env, capsys):
    db, _ = _init(tmp_path, env, capsys)
    raw = bytearray(db.read_bytes())
    raw[len(raw) - 500] ^= 0x10  # the last page
    db.write_bytes(bytes(raw))
    env(password="admin-pass-1")
    code = main(["--lang", "en", "verify", "--db", str(db), "--user", "admin"])
    captured = capsys.readouterr()
    assert code == 1
    assert "damaged" in captured.err or "failed" in captured.out.lower()


def test_console_script_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "cli.main", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("init", "user", "unlock-test", "verify", "backup", "restore", "rekey", "demo"):
        assert command in result.stdout
