"""Schema migrations: from an empty file, from every older version, and re-open."""
from __future__ import annotations

import os

import pytest

from storage import migrate as m
from storage.connection import open_encrypted
from storage.errors import DatabaseTooNew


def test_empty_file_to_latest_and_reopen(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "x.db"
    conn = open_encrypted(path, key, create=True)
    assert m.migrate(conn, path) == list(range(1, m.LATEST + 1))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"clients", "counseling_sessions", "screenings", "audit_log", "programs", "referrals",
            "satisfaction_responses", "annual_plans", "safety_followups", "consents"} <= tables
    assert conn.execute("SELECT count(*) FROM problem_codes").fetchone()[0] >= 20
    conn.close()
    conn = open_encrypted(path, key)
    assert m.migrate(conn, path) == []
    assert m.current_version(conn) == m.LATEST
    conn.close()


@pytest.mark.parametrize("start", range(1, m.LATEST + 1))
def test_upgrade_from_each_released_version_keeps_a_copy(tmp_path, start):
    key = os.urandom(32)
    path = tmp_path / "old.db"
    conn = open_encrypted(path, key, create=True)
    m.migrate(conn, path, target=start)
    conn.execute("INSERT INTO sites (name) VALUES ('본관')")
    applied = m.migrate(conn, path)
    assert applied == list(range(start + 1, m.LATEST + 1))
    assert conn.execute("SELECT name FROM sites").fetchone()[0] == "본관"
    if applied:
        assert (tmp_path / f"old.db.pre-v{start + 1}.bak").exists()
    conn.close()


def test_newer_database_is_refused(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "new.db"
    conn = open_encrypted(path, key, create=True)
    conn.execute(f"PRAGMA user_version = {m.LATEST + 1}")
    with pytest.raises(DatabaseTooNew) as caught:
        m.migrate(conn, path)
    assert "업데이트" in caught.value.message("ko")
    conn.close()


def test_failed_migration_changes_nothing(tmp_path, monkeypatch):
    key = os.urandom(32)
    path = tmp_path / "f.db"
    conn = open_encrypted(path, key, create=True)
    broken = [m.Migration(1, "broken", "CREATE TABLE a (x INTEGER);\nCREATE TABLE a (y INTEGER);")]
    monkeypatch.setattr(m, "available", lambda: broken)
    with pytest.raises(m.MigrationFailed):
        m.migrate(conn, path)
    assert m.current_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'a'").fetchone()[0] == 0
    conn.close()
