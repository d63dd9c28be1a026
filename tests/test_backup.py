"""Backups: written, verified, restored to a new path; damaged archives are refused."""
from __future__ import annotations

import zipfile

import pytest

from storage import errors
from storage.backup import BackupCancelled, create_backup, read_manifest, restore_backup
from storage.records import Client

from .conftest import STAFF_PASSWORD, login


def _with_clients(store, n=30):
    for i in range(n):
        store.clients.add(Client(code=f"2026-{i + 1:04d}", name=f"이수{i}", sex="M", birth_year=1980, job_group="fire"))


def test_backup_then_restore_to_new_path(created, tmp_path):
    store = login(created["path"], "lead")
    _with_clients(store)
    folder = tmp_path / "usb"
    folder.mkdir()
    progress = []
    info = create_backup(store.vault, folder, progress=lambda done, total: progress.append((done, total)))
    store.close()
    assert info.path.exists() and info.path.suffix == ".mdbak"
    assert progress and progress[-1][0] == progress[-1][1]
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no temp files left
    manifest = read_manifest(info.path)
    from storage.migrate import LATEST
    assert manifest["schema_version"] == LATEST and manifest["audit_rows"] == info.audit_rows
    restored = restore_backup(info.path, tmp_path / "restored.db", "lead", STAFF_PASSWORD)
    try:
        assert restored.verify() == []
        names = [r[0] for r in restored.conn.execute("SELECT name FROM clients ORDER BY id")]
        assert names == [f"이수{i}" for i in range(30)]
    finally:
        restored.close()
    # The archive holds nothing readable.
    raw = info.path.read_bytes()
    assert "이수".encode() not in raw


def test_restore_never_overwrites(created, tmp_path):
    store = login(created["path"], "lead")
    info = create_backup(store.vault, tmp_path)
    store.close()
    with pytest.raises(errors.DatabaseExists):
        restore_backup(info.path, created["path"], "lead", STAFF_PASSWORD)


def test_damaged_backup_is_refused_and_leaves_nothing(created, tmp_path):
    store = login(created["path"], "lead")
    _with_clients(store, 5)
    info = create_backup(store.vault, tmp_path)
    store.close()
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    bad = tmp_path / "bad.mdbak"
    bad.write_bytes(bytes(raw))
    target = tmp_path / "r" / "x.db"
    target.parent.mkdir()
    with pytest.raises((errors.DatabaseDamaged, errors.BackupFailed)) as caught:
        restore_backup(bad, target, "lead", STAFF_PASSWORD)
    assert caught.value.message("ko") and caught.value.message("en")
    assert list(target.parent.iterdir()) == []


def test_not_a_backup_file(created, tmp_path):
    junk = tmp_path / "junk.mdbak"
    junk.write_text("hello")
    with pytest.raises(errors.DatabaseDamaged):
        restore_backup(junk, tmp_path / "x.db", "lead", STAFF_PASSWORD)
    with pytest.raises(errors.BackupFailed):
        restore_backup(tmp_path / "missing.mdbak", tmp_path / "x.db", "lead", STAFF_PASSWORD)


def test_wrong_password_on_restore_removes_the_half_restored_files(created, tmp_path):
    store = login(created["path"], "lead")
    info = create_backup(store.vault, tmp_path)
    store.close()
    target = tmp_path / "new" / "c.db"
    target.parent.mkdir()
    with pytest.raises(errors.WrongPassword):
        restore_backup(info.path, target, "lead", "wrong-password")
    assert list(target.parent.iterdir()) == []


def test_cancelled_backup_leaves_no_file(created, tmp_path):
    store = login(created["path"], "lead")
    _with_clients(store, 50)
    with pytest.raises(BackupCancelled):
        create_backup(store.vault, tmp_path, cancelled=lambda: True)
    store.close()
    assert [p for p in tmp_path.iterdir() if "mdbak" in p.name] == []


def test_backup_to_a_full_disk(created, tmp_path, monkeypatch):
    import errno
    store = login(created["path"], "lead")

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    with pytest.raises(errors.DiskFull):
        create_backup(store.vault, tmp_path)
    store.close()
    assert [p for p in tmp_path.iterdir() if "mdbak" in p.name] == []


def test_only_admin_and_lead_back_up(created, tmp_path):
    store = login(created["path"], "c1")
    with pytest.raises(errors.PermissionDenied):
        create_backup(store.vault, tmp_path)
    store.close()


def test_archive_is_checked_against_its_sums(created, tmp_path):
    from storage.backup import _check_sums
    store = login(created["path"], "lead")
    _with_clients(store, 5)
    info = create_backup(store.vault, tmp_path)
    store.close()
    _check_sums(info.path)  # as written: fine
    raw = bytearray(info.path.read_bytes())
    with zipfile.ZipFile(info.path) as zf:
        member = zf.getinfo("database.db")
    raw[member.header_offset + 200] ^= 0x01  # inside the stored database bytes
    info.path.write_bytes(bytes(raw))
    with pytest.raises(errors.BackupFailed):
        _check_sums(info.path)


def test_damaged_source_page_fails_the_backup(created, tmp_path):
    db = created["path"]
    # a page no login touches (the presenting-problem codes; the last page of the file may be an
    # audit index that the login's own audit row writes to, and then the login finds the damage)
    store = login(db, "lead")
    root = store.vault.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'problem_codes'").fetchone()[0]
    page_size = store.vault.conn.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    raw = bytearray(db.read_bytes())
    raw[(int(root) - 1) * int(page_size) + 2000] ^= 0x04
    db.write_bytes(bytes(raw))
    store = login(db, "lead")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises((errors.BackupFailed, errors.DatabaseDamaged)):
        create_backup(store.vault, folder)
    store.close()
    assert list(folder.iterdir()) == []
