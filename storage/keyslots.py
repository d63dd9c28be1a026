"""The key-slot file beside the database (``<db>.keys``), in the spirit of LUKS.

The database key is random. Each slot (one per staff account, one recovery slot) holds:
- an X25519 private key wrapped with AES-256-GCM under a key derived from the slot's
  password (Argon2id, cost stored in the slot);
- the database key sealed to the slot's public key (ephemeral X25519 + HKDF + AES-GCM).
Why the extra key pair: rotating the database key must rewrap *every* slot, and the holder of
the rotation does not know the other users' passwords. Sealing to public keys allows it.
A wrong password fails the GCM tag of the private key before SQLCipher is ever touched.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import KeyFileDamaged, KeyFileMissing, UnknownUser, WrongPassword
from .kdf import KdfCost

FORMAT = "maumdesk-keyslots"
FORMAT_VERSION = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and retyped
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5  # 30 symbols x 5 bits = 150 bits


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN))


def normalize_recovery_code(code: str) -> str:
    """Accept the code as people retype it: lower case, spaces or no dashes."""
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(compact[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(compact), RECOVERY_GROUP_LEN))


@dataclass
class Slot:
    slot_id: str
    kind: str  # "user" or "recovery"
    login: str | None
    kdf: KdfCost
    salt: bytes
    public_key: bytes
    private_nonce: bytes
    private_wrapped: bytes
    sealed_ephemeral: bytes
    sealed_nonce: bytes
    sealed_key: bytes

    def _aad(self, db_id: str, part: str) -> bytes:
        # Binds ciphertexts to their slot and file: a slot copied into another file, or a
        # lowered KDF cost, fails the tag instead of silently working.
        return json.dumps(
            [FORMAT, db_id, self.slot_id, self.kind, self.login, self.kdf.to_dict(), part],
            sort_keys=True,
        ).encode()

    @classmethod
    def create(cls, db_id: str, kind: str, login: str | None, secret: str, db_key: bytes, kdf: KdfCost) -> "Slot":
        private = X25519PrivateKey.generate()
        slot = cls(
            slot_id=uuid.uuid4().hex,
            kind=kind,
            login=login,
            kdf=kdf,
            salt=os.urandom(16),
            public_key=_raw_public(private.public_key()),
            private_nonce=os.urandom(12),
            private_wrapped=b"",
            sealed_ephemeral=b"",
            sealed_nonce=b"",
            sealed_key=b"",
        )
        kek = kdf.derive(secret.encode("utf-8"), slot.salt)
        slot.private_wrapped = AESGCM(kek).encrypt(slot.private_nonce, _raw_private(private), slot._aad(db_id, "private"))
        slot.seal(db_id, db_key)
        return slot

    def seal(self, db_id: str, db_key: bytes) -> None:
        """(Re)seal the database key to this slot's public key; no password needed."""
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_key))
        self.sealed_ephemeral = _raw_public(ephemeral.public_key())
        wrap_key = HKDF(hashes.SHA256(), 32, salt=self.sealed_ephemeral, info=b"maumdesk seal v1").derive(shared)
        self.sealed_nonce = os.urandom(12)
        self.sealed_key = AESGCM(wrap_key).encrypt(self.sealed_nonce, db_key, self._aad(db_id, "sealed"))

    def open(self, db_id: str, secret: str) -> bytes:
        kek = self.kdf.derive(secret.encode("utf-8"), self.salt)
        try:
            raw_private = AESGCM(kek).decrypt(self.private_nonce, self.private_wrapped, self._aad(db_id, "private"))
        except InvalidTag:
            raise WrongPassword() from None
        private = X25519PrivateKey.from_private_bytes(raw_private)
        shared = private.exchange(X25519PublicKey.from_public_bytes(self.sealed_ephemeral))
        wrap_key = HKDF(hashes.SHA256(), 32, salt=self.sealed_ephemeral, info=b"maumdesk seal v1").derive(shared)
        try:
            return AESGCM(wrap_key).decrypt(self.sealed_nonce, self.sealed_key, self._aad(db_id, "sealed"))
        except InvalidTag:
            # The password was right, so the sealed part itself was altered.
            raise KeyFileDamaged(name="", detail="sealed key") from None

    def to_dict(self) -> dict:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "login": self.login,
            "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt),
            "public_key": _b64(self.public_key),
            "private_nonce": _b64(self.private_nonce),
            "private_wrapped": _b64(self.private_wrapped),
            "sealed_ephemeral": _b64(self.sealed_ephemeral),
            "sealed_nonce": _b64(self.sealed_nonce),
            "sealed_key": _b64(self.sealed_key),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Slot":
        slot = cls(
            slot_id=str(data["slot_id"]),
            kind=str(data["kind"]),
            login=data["login"],
            kdf=KdfCost.from_dict(data["kdf"]),
            salt=_unb64(data["salt"]),
            public_key=_unb64(data["public_key"]),
            private_nonce=_unb64(data["private_nonce"]),
            private_wrapped=_unb64(data["private_wrapped"]),
            sealed_ephemeral=_unb64(data["sealed_ephemeral"]),
            sealed_nonce=_unb64(data["sealed_nonce"]),
            sealed_key=_unb64(data["sealed_key"]),
        )
        if slot.kind not in ("user", "recovery") or (slot.kind == "user") != bool(slot.login):
            raise ValueError("kind/login")
        if len(slot.public_key) != 32 or len(slot.sealed_ephemeral) != 32 or len(slot.salt) < 16:
            raise ValueError("key lengths")
        return slot


@dataclass
class KeyFile:
    """All slots of one database, plus what ties the file to that database."""

    db_id: str
    db_salt: bytes  # SQLCipher's per-file salt (first 16 bytes): tells "other file" from "damaged"
    slots: list[Slot] = field(default_factory=list)

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return Path(str(db_path) + ".keys")

    # --- lookups ---------------------------------------------------------------------------
    def user_slot(self, login: str) -> Slot:
        for slot in self.slots:
            if slot.kind == "user" and slot.login == login:
                return slot
        raise UnknownUser(login=login)

    def recovery_slot(self) -> Slot:
        for slot in self.slots:
            if slot.kind == "recovery":
                return slot
        raise KeyFileDamaged(name="", detail="no recovery slot")

    def logins(self) -> list[str]:
        return sorted(s.login for s in self.slots if s.kind == "user" and s.login)

    def replace_slot(self, new: Slot) -> None:
        """Put ``new`` in place of the slot of the same kind/login (or add it)."""
        self.slots = [s for s in self.slots if not (s.kind == new.kind and s.login == new.login)]
        self.slots.append(new)

    def remove_user(self, login: str) -> None:
        self.user_slot(login)
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.login == login)]

    def reseal_all(self, db_key: bytes) -> None:
        for slot in self.slots:
            slot.seal(self.db_id, db_key)

    # --- file I/O ----------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "db_id": self.db_id,
                "db_salt": _b64(self.db_salt),
                "slots": [s.to_dict() for s in self.slots],
            },
            indent=1,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str, name: str = "") -> "KeyFile":
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data.get("version", 0)) > FORMAT_VERSION:
                raise ValueError("version")
            keyfile = cls(
                db_id=str(data["db_id"]),
                db_salt=_unb64(data["db_salt"]),
                slots=[Slot.from_dict(s) for s in data["slots"]],
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            detail = exc.args[0] if isinstance(exc, ValueError) and exc.args else type(exc).__name__
            raise KeyFileDamaged(name=name, detail=str(detail)[:60]) from None
        if not any(s.kind == "recovery" for s in keyfile.slots):
            raise KeyFileDamaged(name=name, detail="no recovery slot")
        return keyfile

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KeyFileMissing(name=Path(path).name) from None
        except UnicodeDecodeError:
            raise KeyFileDamaged(name=Path(path).name, detail="not text") from None
        return cls.from_json(text, name=Path(path).name)

    def save(self, path: Path) -> None:
        atomic_write_text(Path(path), self.to_json())


def atomic_write_text(path: Path, text: str) -> None:
    """Write a whole file or nothing: temp file in the same folder, fsync, rename, fsync folder."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
