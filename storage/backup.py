"""Encrypted backups: one archive file holding the database (same key) and its key file.

The archive is a plain ZIP (stored, not compressed: encrypted pages do not compress) with a
manifest of SHA-256 sums, so a damaged or truncated copy is caught before anyone relies on it.
Nothing in it is readable without a staff password or the recovery code.
"""
from __future__ import annotations

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from . import audit
from .connection import DatabaseError, is_disk_full, open_encrypted
from .errors import BackupFailed, DatabaseDamaged, DatabaseExists, DiskFull, PermissionDenied, StorageError
from .keyslots import KeyFile
from .migrate import current_version
from .vault import Vault, _read_salt, keyfile_problems

FORMAT = "maumdesk-backup"
SUFFIX = ".mdbak"
Progress = Callable[[int, int], None]  # (pages done, pages total)


class BackupCancelled(StorageError):
    code = "backup_failed"

    def __init__(self) -> None:
        super().__init__(detail="cancelled")


@dataclass
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    audit_rows: int
    size_bytes: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _remove(*paths: Path) -> None:
    for p in paths:
        for extra in (p, Path(str(p) + "-wal"), Path(str(p) + "-shm"), Path(str(p) + ".lock")):
            try:
                extra.unlink()
            except FileNotFoundError:
                pass


def create_backup(vault: Vault, folder: Path | str, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> BackupInfo:
    """Write ``<folder>/<db>-YYYYmmdd-HHMMSS.mdbak`` and verify it; returns what was written."""
    if vault.actor.role not in ("admin", "lead"):
        raise PermissionDenied(action="backup.run")
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupFailed(detail=f"folder not found: {folder}")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    archive = folder / f"{vault.path.stem}-{stamp}{SUFFIX}"
    if archive.exists():
        raise DatabaseExists(name=archive.name)
    work_db = folder / f".{archive.name}.db.tmp"
    _remove(work_db)
    try:
        target = open_encrypted(work_db, vault._key, create=True)
        try:
            def step(status, remaining, total):
                if progress:
                    progress(total - remaining, total)
                if cancelled and cancelled():
                    raise BackupCancelled()
            # 16 MiB a step: fewer Python callbacks, still a smooth progress bar.
            vault.conn.backup(target, pages=4096, progress=step)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in the archive
            # The copy is verified here, once: every page's HMAC, SQLite's quick structural check,
            # the audit chain. The archive is then proved to hold these very bytes (SHA-256).
            problems = _copy_problems(target)
            schema = current_version(target)
            audit_rows = target.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            logins = {r[0] for r in target.execute("SELECT login FROM staff WHERE active = 1")}
        finally:
            target.close()
        keyfile = KeyFile.from_json(vault.keyfile.to_json())
        keyfile.db_salt = _read_salt(work_db)  # the copy is a new file with its own salt
        problems += keyfile_problems(keyfile, logins, keyfile.db_salt)
        if problems:
            raise BackupFailed(detail="; ".join(problems[:3]))
        keys_text = keyfile.to_json()
        created_at = audit.now_iso()
        manifest = {
            "format": FORMAT, "version": 1, "created_at": created_at, "schema_version": schema,
            "audit_rows": audit_rows, "database_sha256": _sha256(work_db),
            "keys_sha256": hashlib.sha256(keys_text.encode("utf-8")).hexdigest(),
        }
        tmp_archive = folder / f".{archive.name}.tmp"
        with zipfile.ZipFile(tmp_archive, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=1))
            zf.writestr("database.keys", keys_text)
            zf.write(work_db, "database.db")
        with open(tmp_archive, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp_archive, archive)
    except (OSError, DatabaseError) as exc:
        _remove(work_db, folder / f".{archive.name}.tmp")
        if is_disk_full(exc):
            raise DiskFull() from None
        raise BackupFailed(detail=type(exc).__name__) from None
    except BaseException:
        _remove(work_db, folder / f".{archive.name}.tmp")
        raise
    _remove(work_db)
    _check_sums(archive)
    with vault.transaction():
        vault.audit("backup", "database", detail={"file": archive.name, "audit_rows": audit_rows})
    return BackupInfo(archive, created_at, schema, audit_rows, archive.stat().st_size)


def _copy_problems(conn) -> list[str]:
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    problems += [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
    return problems + audit.verify_chain(conn)


def _check_sums(archive: Path) -> None:
    """Re-read the written archive: its members must hash to the manifest's sums."""
    manifest = read_manifest(archive)
    try:
        with zipfile.ZipFile(archive) as zf:
            digest = hashlib.sha256()
            with zf.open("database.db") as member:
                for block in iter(lambda: member.read(1 << 20), b""):
                    digest.update(block)
            keys = hashlib.sha256(zf.read("database.keys")).hexdigest()
    except (zipfile.BadZipFile, KeyError, OSError):
        raise BackupFailed(detail="the written archive cannot be read back") from None
    if digest.hexdigest() != manifest["database_sha256"] or keys != manifest["keys_sha256"]:
        raise BackupFailed(detail="the written archive differs from the verified copy")


def read_manifest(archive: Path) -> dict:
    try:
        with zipfile.ZipFile(archive) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise ValueError("format")
            return manifest
    except FileNotFoundError:
        raise BackupFailed(detail=f"file not found: {Path(archive).name}") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise DatabaseDamaged(name=Path(archive).name) from None


def _extract(archive: Path, db_path: Path) -> None:
    """Unpack into ``db_path`` + key file, checking the manifest's sums; never overwrites."""
    keys_path = KeyFile.path_for(db_path)
    for existing in (db_path, keys_path):
        if existing.exists():
            raise DatabaseExists(name=existing.name)
    manifest = read_manifest(archive)
    try:
        with zipfile.ZipFile(archive) as zf:
            keys_text = zf.read("database.keys").decode("utf-8")
            with zf.open("database.db") as src, open(db_path, "wb") as dst:
                for block in iter(lambda: src.read(1 << 20), b""):
                    dst.write(block)
                dst.flush()
                os.fsync(dst.fileno())
    except OSError as exc:
        _remove(db_path)
        if is_disk_full(exc):
            raise DiskFull() from None
        raise BackupFailed(detail=type(exc).__name__) from None
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, zipfile.LargeZipFile):
        _remove(db_path)
        raise DatabaseDamaged(name=Path(archive).name) from None
    if (_sha256(db_path) != manifest.get("database_sha256")
            or hashlib.sha256(keys_text.encode("utf-8")).hexdigest() != manifest.get("keys_sha256")):
        _remove(db_path)
        raise DatabaseDamaged(name=Path(archive).name)
    KeyFile.from_json(keys_text, name=keys_path.name).save(keys_path)


def restore_backup(archive: Path | str, db_path: Path | str, login: str, password: str) -> Vault:
    """Unpack a backup into a NEW path, open it with a staff password and verify it fully.
    On any failure the half-restored files are removed; the archive is never changed."""
    archive, db_path = Path(archive), Path(db_path)
    _extract(archive, db_path)
    try:
        vault = Vault.unlock(db_path, login, password)
    except BaseException:
        _remove(db_path, KeyFile.path_for(db_path), Path(str(db_path) + ".attempts"))
        raise
    problems = vault.verify()
    if problems:
        vault.close()
        _remove(db_path, KeyFile.path_for(db_path))
        raise BackupFailed(detail="; ".join(problems[:3]))
    with vault.transaction():
        vault.audit("restore", "database", detail={"from": archive.name})
    return vault
