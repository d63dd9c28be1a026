"""Creating and unlocking the vault, and every way unlocking can fail."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap

import pytest

from storage import errors
from storage.kdf import FAST_TEST_KDF, PRODUCTION_KDF
from storage.keyslots import KeyFile
from storage.throttle import LoginThrottle, delay_after
from storage.vault import Vault

from .conftest import ADMIN_PASSWORD, STAFF_PASSWORD


def _fingerprint(db_path):
    """Hashes of the database and key file: a failed unlock must leave both untouched."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (db_path, KeyFile.path_for(db_path)) if p.exists()}


def test_unlock_opens_with_each_account(created):
    for user, pw in [("admin", ADMIN_PASSWORD), ("c1", STAFF_PASSWORD), ("lead", STAFF_PASSWORD)]:
        with Vault.unlock(created["path"], user, pw) as vault:
            assert vault.actor.login == user
            assert vault.verify() == []


def test_connection_settings(created):
    with Vault.unlock(created["path"], "admin", ADMIN_PASSWORD) as vault:
        pragma = lambda name: vault.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2   # MEMORY
        assert pragma("foreign_keys") == 1
        assert pragma("cipher_version").startswith("4.")


def test_database_key_is_random_and_not_the_password(created):
    header = created["path"].read_bytes()[:64]
    assert not header.startswith(b"SQLite format 3")
    keyfile_text = KeyFile.path_for(created["path"]).read_text()
    assert ADMIN_PASSWORD not in keyfile_text and STAFF_PASSWORD not in keyfile_text


@pytest.mark.parametrize("case", ["wrong_password", "unknown_user", "keyfile_missing", "keyfile_garbage",
                                  "keyfile_truncated", "keyfile_slot_tampered", "database_missing",
                                  "database_damaged", "database_mismatch"])
def test_each_unlock_failure_is_distinct_and_changes_nothing(created, tmp_path, case):
    db = created["path"]
    keys = KeyFile.path_for(db)
    user, password = "c1", STAFF_PASSWORD
    expected = {
        "wrong_password": errors.WrongPassword, "unknown_user": errors.UnknownUser,
        "keyfile_missing": errors.KeyFileMissing, "keyfile_garbage": errors.KeyFileDamaged,
        "keyfile_truncated": errors.KeyFileDamaged, "keyfile_slot_tampered": errors.KeyFileDamaged,
        "database_missing": errors.DatabaseMissing, "database_damaged": errors.DatabaseDamaged,
        "database_mismatch": errors.DatabaseMismatch,
    }[case]
    if case == "wrong_password":
        password = "not-the-password"
    elif case == "unknown_user":
        user = "nobody"
    elif case == "keyfile_missing":
        keys.unlink()
    elif case == "keyfile_garbage":
        keys.write_bytes(b"\x00\xff garbage")
    elif case == "keyfile_truncated":
        keys.write_text(keys.read_text()[:200])
    elif case == "keyfile_slot_tampered":
        data = json.loads(keys.read_text())
        for slot in data["slots"]:
            slot["public_key"] = "not base64!"
        keys.write_text(json.dumps(data))
    elif case == "database_missing":
        db.unlink()
    elif case == "database_damaged":
        raw = bytearray(db.read_bytes())
        raw[100] ^= 0xFF  # inside page 1, after the salt: HMAC fails
        db.write_bytes(bytes(raw))
    elif case == "database_mismatch":
        other, _ = Vault.create(tmp_path / "other.db", admin_login="admin", admin_password=ADMIN_PASSWORD,
                                kdf=FAST_TEST_KDF)
        other.close()
        keys.write_text(KeyFile.path_for(tmp_path / "other.db").read_text())
        user, password = "admin", ADMIN_PASSWORD
    before = _fingerprint(db)
    with pytest.raises(expected) as caught:
        Vault.unlock(db, user, password)
    assert _fingerprint(db) == before
    exc = caught.value
    ko, en = exc.message("ko"), exc.message("en")
    assert ko != en and ko and en
    assert any("\uac00" <= ch <= "\ud7a3" for ch in ko)  # Korean text
    assert password not in ko + en + str(exc)


def test_lowered_kdf_cost_in_the_file_does_not_open(created):
    keys = KeyFile.path_for(created["path"])
    data = json.loads(keys.read_text())
    for slot in data["slots"]:
        slot["kdf"]["memory_kib"] = 16  # an attacker lowering the cost to guess faster
    keys.write_text(json.dumps(data))
    with pytest.raises(errors.WrongPassword):
        Vault.unlock(created["path"], "c1", STAFF_PASSWORD)


def test_messages_differ_between_error_kinds():
    kinds = [errors.WrongPassword(), errors.UnknownUser(login="x"), errors.KeyFileMissing(name="k"),
             errors.KeyFileDamaged(name="k", detail="d"), errors.DatabaseMissing(name="d"),
             errors.DatabaseDamaged(name="d"), errors.DatabaseInUse(), errors.DiskFull(),
             errors.LoginThrottled(seconds=4), errors.DatabaseMismatch(name="d")]
    for lang in ("ko", "en"):
        texts = [k.message(lang) for k in kinds]
        assert len(set(texts)) == len(texts)


def test_damaged_key_file_and_wrong_password_are_told_apart(created):
    with pytest.raises(errors.WrongPassword):
        Vault.unlock(created["path"], "c1", "wrong-wrong")
    keys = KeyFile.path_for(created["path"])
    data = json.loads(keys.read_text())
    slot = next(s for s in data["slots"] if s["login"] == "c1")
    slot["sealed_key"] = slot["sealed_key"][:-8] + "AAAAAAA="  # right password, altered sealed key
    keys.write_text(json.dumps(data))
    with pytest.raises(errors.KeyFileDamaged):
        Vault.unlock(created["path"], "c1", STAFF_PASSWORD)


def test_failed_logins_slow_down_and_are_recorded(created):
    now = [1_000_000.0]
    clock = lambda: now[0]  # noqa: E731
    db = created["path"]
    for _ in range(3):
        with pytest.raises(errors.WrongPassword):
            Vault.unlock(db, "c1", "bad-password", clock=clock)
    # The fourth try comes too soon: refused without even checking the password.
    with pytest.raises(errors.LoginThrottled) as caught:
        Vault.unlock(db, "c1", STAFF_PASSWORD, clock=clock)
    assert caught.value.retry_after == delay_after(3) > 0
    now[0] += delay_after(3)
    with pytest.raises(errors.WrongPassword):
        Vault.unlock(db, "c1", "bad-again", clock=clock)
    assert delay_after(4) > delay_after(3)  # growing
    with pytest.raises(errors.LoginThrottled):
        Vault.unlock(db, "c1", STAFF_PASSWORD, clock=clock)
    now[0] += delay_after(4)
    with Vault.unlock(db, "c1", STAFF_PASSWORD, clock=clock) as vault:
        rows = vault.conn.execute("SELECT actor, detail FROM audit_log WHERE action = 'login_failed'").fetchall()
    assert rows and json.loads(rows[-1][1])["failures"] == 4
    assert LoginThrottle(db).record_for("c1") is None  # cleared by the success
    # Other accounts were never slowed down.
    Vault.unlock(db, "c2", STAFF_PASSWORD, clock=clock).close()


def test_unknown_names_share_one_bucket_and_are_not_stored_as_typed(created):
    db = created["path"]
    typed = "my-secret-password-typed-in-name-field"
    with pytest.raises(errors.UnknownUser):
        Vault.unlock(db, typed, "x")
    attempts = (db.parent / (db.name + ".attempts")).read_text()
    assert typed not in attempts


def test_second_process_gets_already_open(created):
    db = created["path"]
    with Vault.unlock(db, "c1", STAFF_PASSWORD):
        script = textwrap.dedent(f"""
            import sys
            from storage.vault import Vault
            from storage.errors import DatabaseInUse
            try:
                Vault.unlock({str(db)!r}, "c2", {STAFF_PASSWORD!r})
            except DatabaseInUse as exc:
                print(exc.message("ko")); sys.exit(3)
            sys.exit(0)
        """)
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
        assert result.returncode == 3, result.stderr
        assert "이미 열려" in result.stdout
    # Once closed, it opens again.
    Vault.unlock(db, "c2", STAFF_PASSWORD).close()


def test_lock_is_released_when_the_holder_is_killed(created):
    db = created["path"]
    script = f"""
import os, signal
from storage.vault import Vault
v = Vault.unlock({str(db)!r}, "c1", {STAFF_PASSWORD!r})
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script], timeout=60)
    Vault.unlock(db, "c2", STAFF_PASSWORD).close()


def test_change_password_rewrites_one_slot(created):
    db = created["path"]
    before = {s["login"]: s for s in json.loads(KeyFile.path_for(db).read_text())["slots"]}
    with Vault.unlock(db, "c1", STAFF_PASSWORD) as vault:
        with pytest.raises(errors.WrongPassword):
            vault.change_password("not-mine", "new-password-1", kdf=FAST_TEST_KDF)
        vault.change_password(STAFF_PASSWORD, "new-password-1", kdf=FAST_TEST_KDF)
    after = {s["login"]: s for s in json.loads(KeyFile.path_for(db).read_text())["slots"]}
    assert after["c1"] != before["c1"]
    assert {k: v for k, v in after.items() if k != "c1"} == {k: v for k, v in before.items() if k != "c1"}
    with pytest.raises(errors.WrongPassword):
        Vault.unlock(db, "c1", STAFF_PASSWORD)
    Vault.unlock(db, "c1", "new-password-1").close()


def test_short_password_refused(created):
    with Vault.unlock(created["path"], "c1", STAFF_PASSWORD) as vault:
        with pytest.raises(errors.ValidationError) as caught:
            vault.change_password(STAFF_PASSWORD, "short", kdf=FAST_TEST_KDF)
    assert "8" in caught.value.message("ko")


def test_recovery_code_sets_a_new_password(created):
    db = created["path"]
    code = created["recovery"]
    with pytest.raises(errors.WrongPassword):
        Vault.unlock_with_recovery(db, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "c1", "fresh-password", kdf=FAST_TEST_KDF)
    # Typed as people do: lower case, spaces instead of dashes.
    with Vault.unlock_with_recovery(db, code.lower().replace("-", " "), "c1", "fresh-password",
                                    kdf=FAST_TEST_KDF) as vault:
        assert vault.actor.login == "c1"
        actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit_log")]
        assert "password_reset_with_recovery" in actions
    Vault.unlock(db, "c1", "fresh-password").close()


def test_rekey_reseals_every_slot(created):
    db = created["path"]
    with Vault.unlock(db, "admin", ADMIN_PASSWORD) as vault:
        old_key = vault._key
        vault.rekey()
        assert vault._key != old_key
        assert vault.verify() == []
    for user in ("c1", "lead", "coord"):
        Vault.unlock(db, user, STAFF_PASSWORD).close()
    Vault.unlock_with_recovery(db, created["recovery"], "c2", "after-rekey-1", kdf=FAST_TEST_KDF).close()


def test_rekey_needs_admin(created):
    with Vault.unlock(created["path"], "lead", STAFF_PASSWORD) as vault:
        with pytest.raises(errors.PermissionDenied):
            vault.rekey()


def test_interrupted_rekey_is_finished_at_next_unlock(created):
    """Crash after the database took the new key but before the key file was swapped."""
    db = created["path"]
    keys = KeyFile.path_for(db)
    old_keys = keys.read_text()
    with Vault.unlock(db, "admin", ADMIN_PASSWORD) as vault:
        vault.rekey()
    pending = keys.with_name(keys.name + ".pending")
    pending.write_text(keys.read_text())
    keys.write_text(old_keys)  # as if os.replace never happened
    with Vault.unlock(db, "c1", STAFF_PASSWORD) as vault:
        assert vault.verify() == []
    assert not pending.exists()


def test_production_cost_ships(created):
    assert PRODUCTION_KDF.memory_kib >= 64 * 1024 and PRODUCTION_KDF.iterations >= 3
    import inspect
    for fn in (Vault.create, ):
        assert inspect.signature(fn).parameters["kdf"].default is PRODUCTION_KDF
    from storage.repos.staff import StaffRepository
    assert inspect.signature(StaffRepository.add).parameters["kdf"].default is PRODUCTION_KDF


def test_slot_keeps_its_own_cost(created):
    data = json.loads(KeyFile.path_for(created["path"]).read_text())
    assert all(s["kdf"] == FAST_TEST_KDF.to_dict() for s in data["slots"])


def test_create_refuses_to_overwrite(created):
    with pytest.raises(errors.DatabaseExists):
        Vault.create(created["path"], admin_login="admin", admin_password=ADMIN_PASSWORD, kdf=FAST_TEST_KDF)


def test_inactive_account_cannot_log_in(open_as, created):
    store = open_as("admin")
    store.staff.deactivate("c2")
    store.close()
    with pytest.raises(errors.UnknownUser):  # the slot is gone
        Vault.unlock(created["path"], "c2", STAFF_PASSWORD)
