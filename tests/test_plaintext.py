"""Nothing readable about any client reaches the disk outside the encrypted database: after
`maumdesk demo`, scan the database, its -wal/-shm, the key file, the attempts file, the app's
folders and the temp folder for the demo clients' names and note texts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storage.records import Client
from storage.store import Store
from storage.vault import Vault

PASSWORD = "demo-scan-pass-1"


def _needles(store: Store) -> list[bytes]:
    conn = store.vault.conn  # the test reads the decrypted truth to know what to look for
    # A leak would be systematic, so a few hundred of each kind is enough (and keeps this fast).
    names = [r[0] for r in conn.execute("SELECT name FROM clients ORDER BY random() LIMIT 300")]
    notes = []
    for (text,) in conn.execute("SELECT note FROM counseling_sessions WHERE note <> '{}' ORDER BY random() LIMIT 100"):
        for section in json.loads(text).values():
            if len(section) >= 8:
                notes.append(section[:24])
    phones = [r[0] for r in conn.execute("SELECT phone FROM clients WHERE phone IS NOT NULL LIMIT 100")]
    assert len(names) >= 300 and len(notes) > 50
    return sorted({s.encode("utf-8") for s in names + notes + phones if s})


def _files_under(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for root, _, files in os.walk(folder):
            found += [Path(root) / f for f in files]
    return found


def _scan(paths: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for path in paths:
        data = path.read_bytes()
        for needle in needles:
            if needle in data:
                hits.append(f"{path.name}: {needle.decode('utf-8', 'replace')}")
                break
    return hits


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    base = tmp_path_factory.mktemp("scan")
    home, tmp = base / "home", base / "tmp"
    home.mkdir()
    tmp.mkdir()
    db = base / "db" / "demo.db"
    db.parent.mkdir()
    env = {**os.environ, "MAUMDESK_PASSWORD": PASSWORD, "MAUMDESK_HOME": str(home), "TMPDIR": str(tmp),
           "TMP": str(tmp), "TEMP": str(tmp)}
    result = subprocess.run([sys.executable, "-m", "cli.main", "demo", "--db", str(db), "--years", "1",
                             "--seed", "3", "--test-kdf"], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr  # the password given is not echoed
    return {"db": db, "home": home, "tmp": tmp, "stdout": result.stdout + result.stderr}


def test_no_client_data_outside_the_database(demo):
    store = Store(Vault.unlock(demo["db"], "lead", PASSWORD))
    try:
        needles = _needles(store)
        # While open, with fresh writes in the WAL:
        c = store.clients.add(Client(code="SCAN-0001", name="탐지용이름", sex="F", birth_year=1991, job_group="admin"))
        store.clients.get(c.id)
        needles.append("탐지용이름".encode())
        files = _files_under(demo["db"].parent, demo["home"], demo["tmp"])
        assert any(p.name.endswith("-wal") for p in files)
        assert _scan(files, needles) == []
    finally:
        store.close()
    files = _files_under(demo["db"].parent, demo["home"], demo["tmp"])
    assert _scan(files, needles) == []
    assert "탐지용이름" not in demo["stdout"]


def test_the_raw_file_is_not_sqlite_plaintext(demo):
    head = demo["db"].read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
