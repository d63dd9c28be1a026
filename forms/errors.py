"""Errors the forms package raises.

Every error a user may see carries a short stable ``code`` (for tests, logs and UI mapping) and
a sentence in Korean and English. ``str(exc)`` is the English sentence so tracebacks and logs
stay readable for developers; the UI asks for ``exc.message("ko")``.

Messages never carry client data: they name files, fields and item linkIds, never answers.
"""

from __future__ import annotations


class FormError(Exception):
    """Base class of every user-facing error in ``forms``."""

    code = "form_error"

    def __init__(self, code: str, en: str, ko: str) -> None:
        super().__init__(en)
        self.code = code
        self._en = en
        self._ko = ko

    def message(self, lang: str = "ko") -> str:
        """The message in Korean (``"ko"``, the default) or English (anything else)."""
        return self._ko if lang == "ko" else self._en

    def __str__(self) -> str:
        return self._en


class DefinitionError(FormError):
    """A definition (or wording overlay) file is malformed; names the file and the field."""

    def __init__(self, file: str, field: str, code: str, en: str, ko: str) -> None:
        self.file = file
        self.field = field
        self.problem_en = en
        self.problem_ko = ko
        prefix = f"{file}: {field}: " if field else f"{file}: "
        super().__init__(code, prefix + en, prefix + ko)


class AnswerError(FormError):
    """Answers (or entered totals) cannot be scored: unknown item, value out of range, ..."""

    def __init__(self, code: str, en: str, ko: str, link_id: str | None = None) -> None:
        self.link_id = link_id
        super().__init__(code, en, ko)


class UnknownFormError(FormError):
    """No definition with that id (and version) is registered."""

    def __init__(self, form_id: str, version: str | None = None) -> None:
        self.form_id = form_id
        self.version = version
        if version is None:
            en = f"No form with id '{form_id}' is registered."
            ko = f"'{form_id}' 검사지를 찾을 수 없습니다."
        else:
            en = f"Form '{form_id}' has no version '{version}'."
            ko = f"'{form_id}' 검사지에 '{version}' 버전이 없습니다."
        super().__init__("unknown_form", en, ko)


class PolicyError(FormError):
    """A center's classification policy dict is malformed."""

    def __init__(self, en: str, ko: str) -> None:
        super().__init__("bad_policy", en, ko)
