"""The vault: an encrypted database file plus its key-slot file, opened by one staff account.

``Vault.create`` makes both; ``Vault.unlock`` opens them with a login and password, telling
every failure apart (see errors.py) without changing either file when it fails.
"""
from __future__ import annotations

import json
import os
import socket
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from . import audit
from .connection import Connection, DatabaseError, integrity_problems, is_disk_full, open_encrypted, transaction
from .errors import (
    AccountInactive,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMismatch,
    DatabaseMissing,
    DiskFull,
    KeyFileDamaged,
    KeyFileMissing,
    LastAdmin,
    PermissionDenied,
    StorageError,
    UnknownUser,
    ValidationError,
    WrongPassword,
)
from .instance_lock import InstanceLock
from .kdf import PRODUCTION_KDF, KdfCost
from .keyslots import KeyFile, Slot, new_recovery_code, normalize_recovery_code
from .migrate import migrate
from .throttle import UNKNOWN_BUCKET, LoginThrottle
from .validation import check_login, check_password

ROLES = ("counselor", "lead", "admin", "psychiatrist", "coordinator")


@dataclass(frozen=True)
class Actor:
    """Who is working: the unlocked account."""

    id: int
    login: str
    display_name: str
    role: str
    site_id: int | None


def _read_salt(db_path: Path) -> bytes:
    with open(db_path, "rb") as handle:
        return handle.read(16)


def default_workstation() -> str:
    return os.environ.get("MAUMDESK_WORKSTATION") or socket.gethostname() or "unknown"


class Vault:
    """An open database. Hold one per process; close it (or use ``with``) when done."""

    def __init__(self, path: Path, keyfile: KeyFile, key: bytes, conn: Connection, lock: InstanceLock,
                 actor: Actor, workstation: str) -> None:
        self.path = path
        self.keyfile = keyfile
        self._key = key  # in memory only: needed to add slots, rotate and back up
        self.conn = conn
        self._lock = lock
        self.actor = actor
        self.workstation = workstation

    # --- creating --------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, admin_login: str, admin_password: str, admin_name: str = "",
               center_name: str = "", kdf: KdfCost = PRODUCTION_KDF,
               workstation: str | None = None) -> tuple["Vault", str]:
        """Make a new database and key file. Returns the open vault and the recovery code,
        which is shown to the user once and stored nowhere in clear."""
        path = Path(path)
        keyfile_path = KeyFile.path_for(path)
        for existing in (path, keyfile_path):
            if existing.exists():
                raise DatabaseExists(name=existing.name)
        if not path.parent.is_dir():
            raise DatabaseMissing(name=str(path.parent))
        check_login(admin_login)
        check_password(admin_password)
        key = os.urandom(32)
        lock = InstanceLock(path)
        lock.acquire()
        conn = None
        try:
            conn = open_encrypted(path, key, create=True)
            migrate(conn, path, copy_before=False)
            db_id = uuid.uuid4().hex
            workstation = workstation or default_workstation()
            with transaction(conn):
                now = audit.now_iso()
                for k, v in {"db_id": db_id, "center_name": center_name, "created_at": now,
                             "idle_lock_minutes": 10, "mask_names": False, "suppression_k": 5}.items():
                    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (k, json.dumps(v, ensure_ascii=False)))
                cur = conn.execute(
                    "INSERT INTO staff (login, display_name, role, created_at) VALUES (?, ?, 'admin', ?)",
                    (admin_login, admin_name or admin_login, now),
                )
                admin_id = cur.lastrowid
                audit.append(conn, actor=admin_login, workstation=workstation, action="create",
                             entity="database", detail={"schema": conn.execute("PRAGMA user_version").fetchone()[0]})
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the salt lives in page 1 on disk
            recovery = new_recovery_code()
            keyfile = KeyFile(db_id=db_id, db_salt=_read_salt(path))
            keyfile.slots.append(Slot.create(db_id, "user", admin_login, admin_password, key, kdf))
            keyfile.slots.append(Slot.create(db_id, "recovery", None, normalize_recovery_code(recovery), key, kdf))
            keyfile.save(keyfile_path)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            for leftover in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), keyfile_path):
                if leftover.exists():
                    leftover.unlink()
            if isinstance(exc, OSError) and is_disk_full(exc):
                raise DiskFull() from None
            raise
        actor = Actor(admin_id, admin_login, admin_name or admin_login, "admin", None)
        return cls(path, keyfile, key, conn, lock, actor, workstation), recovery

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def _open_files(cls, path: Path) -> tuple[Path, KeyFile]:
        path = Path(path)
        if not path.is_file():
            raise DatabaseMissing(name=path.name)
        keyfile_path = KeyFile.path_for(path)
        if not keyfile_path.is_file():
            raise KeyFileMissing(name=keyfile_path.name)
        return path, KeyFile.load(keyfile_path)

    @classmethod
    def unlock(cls, path: Path | str, login: str, password: str, *, workstation: str | None = None,
               clock: Callable[[], float] = time.time) -> "Vault":
        path, keyfile = cls._open_files(Path(path))
        throttle = LoginThrottle(path, clock=clock)
        bucket = login if login in keyfile.logins() else UNKNOWN_BUCKET
        throttle.check(bucket)
        try:
            slot = keyfile.user_slot(login)
            key = slot.open(keyfile.db_id, password)
        except (UnknownUser, WrongPassword):
            throttle.fail(bucket)
            raise
        except KeyFileDamaged as exc:
            raise KeyFileDamaged(name=KeyFile.path_for(path).name, detail=exc.params.get("detail", "")) from None
        try:
            vault = cls._open_with_key(path, keyfile, key, login, workstation)
        except DatabaseDamaged:
            vault = cls._finish_interrupted_rekey(path, login, password, workstation)
        try:
            failures = throttle.succeed(bucket)
            with vault.transaction():
                for failed_bucket, record in failures.items():
                    vault.audit("login_failed", "account",
                                detail={"account": failed_bucket, "failures": record.failures,
                                        "first": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.first_at)),
                                        "last": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.last_at))})
                vault.audit("login", "account")
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def unlock_with_recovery(cls, path: Path | str, recovery_code: str, login: str, new_password: str, *,
                             kdf: KdfCost | None = None, workstation: str | None = None,
                             clock: Callable[[], float] = time.time) -> "Vault":
        """Forgotten password: the recovery code opens the database and sets a new password for
        ``login`` (an existing account). The recovery slot itself stays as it was."""
        path, keyfile = cls._open_files(Path(path))
        check_password(new_password)
        throttle = LoginThrottle(path, clock=clock)
        throttle.check("?recovery")
        try:
            key = keyfile.recovery_slot().open(keyfile.db_id, normalize_recovery_code(recovery_code))
        except WrongPassword:
            throttle.fail("?recovery")
            raise
        vault = cls._open_with_key(path, keyfile, key, login, workstation)
        try:
            throttle.succeed("?recovery")
            old = keyfile.user_slot(login) if login in keyfile.logins() else None
            vault._write_slot(login, new_password, kdf or (old.kdf if old else PRODUCTION_KDF))
            with vault.transaction():
                vault.audit("password_reset_with_recovery", "account", entity_id=login)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _finish_interrupted_rekey(cls, path: Path, login: str, password: str, workstation: str | None) -> "Vault":
        """A rotation that crashed after the database took the new key but before the key file
        was swapped leaves ``<keys>.pending``; with it the database opens, and the swap is done."""
        pending = pending_keyfile_path(path)
        if not pending.is_file():
            raise DatabaseDamaged(name=path.name)
        try:
            next_keyfile = KeyFile.load(pending)
            key = next_keyfile.user_slot(login).open(next_keyfile.db_id, password)
            vault = cls._open_with_key(path, next_keyfile, key, login, workstation)
        except StorageError:
            raise DatabaseDamaged(name=path.name) from None
        os.replace(pending, KeyFile.path_for(path))
        return vault

    @classmethod
    def _open_with_key(cls, path: Path, keyfile: KeyFile, key: bytes, login: str, workstation: str | None) -> "Vault":
        try:
            salt = _read_salt(path)
        except OSError:
            raise DatabaseMissing(name=path.name) from None
        if len(salt) < 16:
            raise DatabaseDamaged(name=path.name)
        if salt != keyfile.db_salt:
            raise DatabaseMismatch(name=path.name)
        lock = InstanceLock(path)
        lock.acquire()
        conn = None
        try:
            conn = open_encrypted(path, key)
            try:
                migrate(conn, path)
                stored_id = conn.execute("SELECT value FROM settings WHERE key = 'db_id'").fetchone()
                if stored_id is None or json.loads(stored_id[0]) != keyfile.db_id:
                    raise DatabaseMismatch(name=path.name)
                row = conn.execute(
                    "SELECT id, login, display_name, role, site_id, active FROM staff WHERE login = ?", (login,)
                ).fetchone()
            except DatabaseError as exc:
                if is_disk_full(exc):
                    raise DiskFull() from None
                raise DatabaseDamaged(name=path.name) from None
            if row is None:
                raise UnknownUser(login=login)
            if not row[5]:
                raise AccountInactive(login=login)
            actor = Actor(row[0], row[1], row[2], row[3], row[4])
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        vault = cls(path, keyfile, key, conn, lock, actor, workstation or default_workstation())
        vault._finish_pending_wipe()
        return vault

    def _finish_pending_wipe(self) -> None:
        """A destruction committed its delete but the wipe (VACUUM, WAL truncation) never ran
        (a crash, or a reader held the WAL): run it now, while this is the only connection. A
        failure leaves the marker for the next unlock and does not stop the login."""
        from . import wipe
        try:
            if not wipe.pending(self.conn):
                return
            if wipe.wipe(self.conn):
                with self.transaction():
                    self.audit("wipe", "retention_review", detail={"at_unlock": True})
                wipe.truncate_wal(self.conn)
        except DatabaseError:
            pass

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None
                self._key = b""
                self._lock.release()

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A second, read-only connection to the same file (WAL lets it read while the main one
        writes): long report queries run on it in another thread, on the other core."""
        conn = open_encrypted(self.path, self._key)
        try:
            conn.execute("PRAGMA query_only = ON")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def maintenance(self) -> Iterator[Connection]:
        """A second connection that may write, for VACUUM and checkpoints run in a worker thread
        (storage/repos/retention.py): the main connection stays free for the UI meanwhile."""
        conn = open_encrypted(self.path, self._key)
        try:
            yield conn
        finally:
            conn.close()

    # --- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with transaction(self.conn) as conn:
                yield conn
        except DatabaseError as exc:
            if is_disk_full(exc):
                raise DiskFull() from None
            if "malformed" in str(exc) or "not a database" in str(exc):
                raise DatabaseDamaged(name=self.path.name) from None
            raise

    def audit(self, action: str, entity: str, *, entity_id: object = None, client_id: int | None = None,
              detail: dict | None = None) -> None:
        """Append to the trail; call inside ``transaction()``."""
        audit.append(self.conn, actor=self.actor.login, workstation=self.workstation, action=action,
                     entity=entity, entity_id=entity_id, client_id=client_id, detail=detail)

    def require_role(self, *roles: str, action: str) -> None:
        if self.actor.role not in roles:
            raise PermissionDenied(action=action)

    # --- key slots -------------------------------------------------------------------------
    def _save_keyfile(self, keyfile: KeyFile) -> None:
        try:
            keyfile.save(KeyFile.path_for(self.path))
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull() from None
            raise
        self.keyfile = keyfile

    def _write_slot(self, login: str, password: str, kdf: KdfCost) -> None:
        updated = KeyFile.from_json(self.keyfile.to_json())
        updated.replace_slot(Slot.create(updated.db_id, "user", login, password, self._key, kdf))
        self._save_keyfile(updated)

    def change_password(self, old_password: str, new_password: str, *, kdf: KdfCost | None = None) -> None:
        """Rewrite this account's slot (a fresh key pair too, so an old copy of the key file plus
        the old password opens nothing sealed from now on)."""
        slot = self.keyfile.user_slot(self.actor.login)
        slot.open(self.keyfile.db_id, old_password)  # WrongPassword if not theirs
        check_password(new_password)
        self._write_slot(self.actor.login, new_password, kdf or max_cost(slot.kdf, PRODUCTION_KDF))
        with self.transaction():
            self.audit("password_change", "account", entity_id=self.actor.login)

    def check_password(self, password: str) -> bool:
        """The idle lock asks the same account's password again; a miss is audited."""
        try:
            self.keyfile.user_slot(self.actor.login).open(self.keyfile.db_id, password)
        except WrongPassword:
            with self.transaction():
                self.audit("unlock_screen_failed", "account")
            return False
        return True

    def set_user_password(self, login: str, password: str, *, kdf: KdfCost = PRODUCTION_KDF) -> None:
        """Admin: give ``login`` a slot with ``password`` (new account, or a reset)."""
        self.require_role("admin", action="set_password")
        check_password(password)
        self._write_slot(login, password, kdf)

    def remove_user_slot(self, login: str) -> None:
        self.require_role("admin", action="remove_user")
        updated = KeyFile.from_json(self.keyfile.to_json())
        updated.remove_user(login)
        self._save_keyfile(updated)

    def new_recovery_code(self, *, kdf: KdfCost = PRODUCTION_KDF) -> str:
        """Replace the recovery slot (the old printed code stops working)."""
        self.require_role("admin", "lead", action="recovery_code")
        code = new_recovery_code()
        updated = KeyFile.from_json(self.keyfile.to_json())
        updated.replace_slot(Slot.create(updated.db_id, "recovery", None, normalize_recovery_code(code), self._key, kdf))
        self._save_keyfile(updated)
        with self.transaction():
            self.audit("recovery_code_replaced", "account")
        return code

    def rekey(self) -> None:
        """Rotate the database key: every page re-encrypted (PRAGMA rekey), every slot resealed.

        Crash-safe order: the resealed key file is written first as ``<keys>.pending``, then the
        database is rekeyed in one transaction, then the pending file replaces the old one. An
        unlock that finds the database already on the new key finishes the swap (see unlock)."""
        self.require_role("admin", action="rekey")
        new_key = os.urandom(32)
        updated = KeyFile.from_json(self.keyfile.to_json())
        updated.reseal_all(new_key)
        keys_path = KeyFile.path_for(self.path)
        pending = pending_keyfile_path(self.path)
        try:
            updated.save(pending)
        except OSError as exc:
            raise DiskFull() if is_disk_full(exc) else exc from None
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(pending, keys_path)
        self.keyfile = updated
        self._key = new_key
        with self.transaction():
            self.audit("rekey", "database")

    # --- checks ----------------------------------------------------------------------------
    def verify(self) -> list[str]:
        """Everything `maumdesk verify` checks; empty list = all good."""
        problems = integrity_problems(self.conn)
        try:
            problems += audit.verify_chain(self.conn)
            logins = {r[0] for r in self.conn.execute("SELECT login FROM staff WHERE active = 1")}
        except DatabaseError:
            problems.append("database unreadable")
            logins = set()
        problems += keyfile_problems(self.keyfile, logins, _read_salt(self.path))
        return problems

    def verify_on_reader(self) -> list[str]:
        """``verify()`` on a second, read-only connection of its own. The desktop runs the
        check in a worker thread; SQLite's integrity check holds its connection for the whole
        run (0.3 s on a 40 MB file), and on the main connection that would stall the UI."""
        with self.reader() as conn:
            problems = integrity_problems(conn)
            try:
                problems += audit.verify_chain(conn)
                logins = {r[0] for r in conn.execute("SELECT login FROM staff WHERE active = 1")}
            except DatabaseError:
                problems.append("database unreadable")
                logins = set()
        problems += keyfile_problems(self.keyfile, logins, _read_salt(self.path))
        return problems


def pending_keyfile_path(db_path: Path) -> Path:
    return Path(str(KeyFile.path_for(db_path)) + ".pending")


def max_cost(a: KdfCost, b: KdfCost) -> KdfCost:
    """Never lower a slot's cost when rewriting it."""
    return KdfCost(max(a.iterations, b.iterations), max(a.lanes, b.lanes), max(a.memory_kib, b.memory_kib))


def keyfile_problems(keyfile: KeyFile, active_logins: set[str], db_salt: bytes) -> list[str]:
    """Key-slot sanity: one recovery slot, one slot per active account, no stray slots."""
    problems = []
    if sum(1 for s in keyfile.slots if s.kind == "recovery") != 1:
        problems.append("key file: there must be exactly one recovery slot")
    slot_logins = [s.login for s in keyfile.slots if s.kind == "user"]
    if len(slot_logins) != len(set(slot_logins)):
        problems.append("key file: an account has two slots")
    for login in sorted(active_logins - set(slot_logins)):
        problems.append(f"key file: active account '{login}' has no slot")
    for login in sorted(set(slot_logins) - active_logins):
        problems.append(f"key file: slot for '{login}' has no active account")
    if keyfile.db_salt != db_salt:
        problems.append("key file: does not belong to this database file")
    return problems
