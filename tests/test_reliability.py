"""Crashes and damage: SIGKILL mid-write loses no committed row; a flipped byte is always caught."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from storage import errors
from storage.keyslots import KeyFile
from storage.vault import Vault

from .conftest import STAFF_PASSWORD

WRITER = r"""
import sys
from storage.vault import Vault
from storage.store import Store
from storage.records import Client
store = Store(Vault.unlock(sys.argv[1], "c1", sys.argv[2]))
start = int(sys.argv[3])
for i in range(start, start + 100000):
    store.clients.add(Client(code=f"K-{i:06d}", name="강" + str(i), sex="F", birth_year=1990, job_group="admin"))
    print(i, flush=True)   # printed only after the commit returned
"""

PASSWORD_FLIPPER = r"""
import sys
from storage.kdf import FAST_TEST_KDF
from storage.vault import Vault
a, b = sys.argv[2], sys.argv[3]
v = Vault.unlock(sys.argv[1], "c2", a)
current = a
while True:
    nxt = b if current == a else a
    v.change_password(current, nxt, kdf=FAST_TEST_KDF)
    current = nxt
    print(current, flush=True)
"""


def _run_and_kill(args, seconds):
    proc = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(seconds)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    return out.split(), err


def test_sigkill_during_writes_loses_no_committed_row(created):
    db = str(created["path"])
    rng = random.Random(20261128)
    committed: set[int] = set()
    next_start = 0
    for _ in range(12):
        printed, err = _run_and_kill([WRITER, db, STAFF_PASSWORD, str(next_start)], rng.uniform(0.6, 1.6))
        assert "Traceback" not in err, err
        committed |= {int(x) for x in printed}
        next_start += 100000
    assert len(committed) > 50, "the writer never got going"
    with Vault.unlock(db, "c1", STAFF_PASSWORD) as vault:
        assert vault.verify() == []
        stored = {int(code[2:]) for (code,) in vault.conn.execute("SELECT code FROM clients")}
    assert committed <= stored


def test_sigkill_during_password_changes_leaves_a_working_key_file(created):
    db = str(created["path"])
    a, b = STAFF_PASSWORD, "second-pass-2"
    rng = random.Random(7)
    for _ in range(8):
        printed, err = _run_and_kill([PASSWORD_FLIPPER, db, a, b], rng.uniform(0.5, 1.2))
        assert "Traceback" not in err, err
        KeyFile.load(KeyFile.path_for(created["path"]))  # always whole
        opened = None
        for candidate in (a, b):
            try:
                opened = Vault.unlock(db, "c2", candidate)
                break
            except errors.WrongPassword:
                continue
        assert opened is not None, "neither password opens the slot"
        current = candidate
        opened.close()
        a, b = current, (b if current == a else a)
        if printed:
            assert printed[-1] in (a, b)


def _flip_positions(size: int, page: int = 4096) -> list[int]:
    rng = random.Random(5)
    positions = set()
    for start in range(0, size, page):
        positions.update({start, start + 8, start + 16, start + 24, start + 100, start + page // 2,
                          start + page - 60, start + page - 1})  # salt, header, body, IV/HMAC area
    positions.update(rng.randrange(size) for _ in range(40))
    return sorted(p for p in positions if p < size)


def test_any_flipped_byte_is_reported_as_damage(created, tmp_path):
    db = created["path"]
    with Vault.unlock(db, "c1", STAFF_PASSWORD) as vault:
        from storage.records import Client
        from storage.store import Store
        store = Store(vault)
        for i in range(150):
            store.clients.add(Client(code=f"B-{i:04d}", name=f"박{i}", sex="M", birth_year=1970, job_group="fire"))
        vault.conn.execute("DELETE FROM clients WHERE id % 3 = 0")  # some free pages too
    pristine = db.read_bytes()
    keys = KeyFile.path_for(db).read_text()
    positions = _flip_positions(len(pristine))
    assert len(positions) > 100
    work = tmp_path / "flip"
    work.mkdir()
    outcomes = {}
    for pos in positions:
        target = work / "c.db"
        for leftover in work.iterdir():
            leftover.unlink()
        raw = bytearray(pristine)
        raw[pos] ^= 0x20
        target.write_bytes(bytes(raw))
        KeyFile.path_for(target).write_text(keys)
        try:
            with Vault.unlock(target, "c1", STAFF_PASSWORD) as vault:
                problems = vault.verify()
            outcome = "verify" if problems else "SILENT"
        except (errors.DatabaseDamaged, errors.DatabaseMismatch) as exc:
            assert exc.message("ko") and exc.message("en")
            outcome = type(exc).__name__
        outcomes[pos] = outcome
    silent = [p for p, o in outcomes.items() if o == "SILENT"]
    assert silent == [], f"undetected flips at {silent[:10]}"
