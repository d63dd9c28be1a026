"""Errors the storage layer raises, each with a stable code and a message in Korean and English.

The UI and the CLI show ``exc.message(lang)``; ``str(exc)`` is the English text so logs and
tracebacks stay readable. Messages never carry a key, a password or client data.
"""
from __future__ import annotations

from .messages import MESSAGES


class StorageError(Exception):
    """Base class: ``code`` picks the message, ``params`` fill it in (non-identifying only)."""

    code = "storage_error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        if code:
            self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "ko") -> str:
        texts = MESSAGES.get(self.code) or MESSAGES["storage_error"]
        template = texts.get(lang) or texts["en"]
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):  # a missing parameter must never hide the error itself
            return template


# --- opening the vault -------------------------------------------------------------------
class UnlockError(StorageError):
    """Any reason a vault could not be opened; nothing on disk was changed."""


class WrongPassword(UnlockError):
    code = "wrong_password"


class UnknownUser(UnlockError):
    code = "unknown_user"


class AccountInactive(UnlockError):
    code = "account_inactive"


class LoginThrottled(UnlockError):
    code = "login_throttled"

    @property
    def retry_after(self) -> float:
        return float(self.params.get("seconds", 0))


class KeyFileMissing(UnlockError):
    code = "keyfile_missing"


class KeyFileDamaged(UnlockError):
    code = "keyfile_damaged"


class DatabaseMissing(UnlockError):
    code = "database_missing"


class DatabaseDamaged(UnlockError):
    code = "database_damaged"


class DatabaseMismatch(UnlockError):
    code = "database_mismatch"


class DatabaseInUse(UnlockError):
    code = "database_in_use"


class DatabaseTooNew(UnlockError):
    code = "database_too_new"


# --- working with an open vault ----------------------------------------------------------
class DatabaseExists(StorageError):
    code = "database_exists"


class DiskFull(StorageError):
    code = "disk_full"


class PermissionDenied(StorageError):
    code = "permission_denied"

    def message(self, lang: str = "ko") -> str:
        from .permission_names import name_of   # the action in words, not its code
        action = self.params.get("action")
        if not isinstance(action, str):
            return super().message(lang)
        texts = MESSAGES[self.code]
        return (texts.get(lang) or texts["en"]).format(action=name_of(action, lang))


class ValidationError(StorageError):
    code = "validation"


class NotFound(StorageError):
    code = "not_found"


class Conflict(StorageError):
    code = "conflict"


class NoteLocked(StorageError):
    code = "note_locked"


class NoteUnderReview(StorageError):
    """Submitted for supervision sign-off: locked until the supervisor co-signs or returns it."""
    code = "note_under_review"


class SignOffRequired(StorageError):
    """The author needs supervision: the note is submitted for sign-off, never signed alone."""
    code = "signoff_required"


class MigrationFailed(StorageError):
    code = "migration_failed"


class BackupFailed(StorageError):
    code = "backup_failed"


class LastAdmin(StorageError):
    code = "last_admin"
