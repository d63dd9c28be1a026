"""The audit trail: every write and every view is there, and tampering is detected."""
from __future__ import annotations

import json

import pytest

from storage import audit
from storage.records import Client

from .conftest import login


def _fill(store, n=5):
    for i in range(n):
        store.clients.add(Client(code=f"2026-{i + 1:04d}", name=f"김민{i}", sex="F", birth_year=1990, job_group="admin"))


def _drop_guards(conn):
    # What someone holding the key could do by hand; the chain must still tell.
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


def test_rows_record_who_where_which_client(open_as, monkeypatch):
    monkeypatch.setenv("MAUMDESK_WORKSTATION", "PC-본관-1")
    store = open_as("c1")
    _fill(store, 1)
    store.clients.get(1)
    rows = store.vault.conn.execute(
        "SELECT actor, workstation, client_id, action, entity FROM audit_log ORDER BY id DESC LIMIT 2").fetchall()
    assert rows == [("c1", "PC-본관-1", 1, "view", "client"), ("c1", "PC-본관-1", 1, "create", "client")]
    assert audit.verify_chain(store.vault.conn) == []


def test_trail_is_append_only(open_as):
    store = open_as("c1")
    _fill(store, 1)
    conn = store.vault.conn
    with pytest.raises(Exception, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 1")
    with pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 1")


def test_edited_row_detected(open_as):
    store = open_as("c1")
    _fill(store)
    conn = store.vault.conn
    _drop_guards(conn)
    conn.execute("UPDATE audit_log SET actor = 'lead' WHERE id = 3")
    assert any("row 3 was altered" in p for p in audit.verify_chain(conn))


def test_deleted_row_detected(open_as):
    store = open_as("c1")
    _fill(store)
    conn = store.vault.conn
    _drop_guards(conn)
    conn.execute("DELETE FROM audit_log WHERE id = 4")
    problems = audit.verify_chain(conn)
    assert any("row 4 is missing" in p for p in problems)


def test_reordered_rows_detected(open_as):
    store = open_as("c1")
    _fill(store)
    conn = store.vault.conn
    _drop_guards(conn)
    a, b = conn.execute("SELECT * FROM audit_log WHERE id IN (3, 4) ORDER BY id").fetchall()
    conn.execute("DELETE FROM audit_log WHERE id IN (3, 4)")
    conn.execute("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?)", (3,) + b[1:])
    conn.execute("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?)", (4,) + a[1:])
    assert audit.verify_chain(conn)


def test_detail_never_carries_names_or_note_text(open_as):
    store = open_as("c1")
    _fill(store, 3)
    for (detail,) in store.vault.conn.execute("SELECT detail FROM audit_log"):
        text = json.dumps(json.loads(detail), ensure_ascii=False)
        assert "김민" not in text


def test_verify_command_reports_a_broken_chain(created):
    store = login(created["path"], "admin")
    _drop_guards(store.vault.conn)
    store.vault.conn.execute("UPDATE audit_log SET action = 'nothing' WHERE id = 2")
    assert any("altered" in p for p in store.vault.verify())
    store.close()
