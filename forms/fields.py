"""Typed readers for parsed YAML that fail with a DefinitionError naming file and field.

Kept apart from the schema so the definition loader and the wording-overlay loader report
problems the same way (``file: field.path: problem``).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from .errors import DefinitionError
from .model import Text

TYPE_NAMES = {
    "mapping": ("must be a mapping (key: value)", "매핑(키: 값) 형식이어야 합니다"),
    "list": ("must be a list", "목록이어야 합니다"),
    "string": ("must be a non-empty string", "비어 있지 않은 문자열이어야 합니다"),
    "integer": ("must be an integer", "정수여야 합니다"),
    "number": ("must be a number", "숫자여야 합니다"),
    "boolean": ("must be true or false", "true 또는 false여야 합니다"),
}


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class Fields:
    """Reads values out of one parsed file; every failure names ``self.file``."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, field: str, code: str, en: str, ko: str) -> DefinitionError:
        return DefinitionError(self.file, field, code, en, ko)

    def wrong_type(self, path: str, kind: str) -> DefinitionError:
        en, ko = TYPE_NAMES[kind]
        return self.fail(path, "wrong_type", en, ko)

    # -- structure ---------------------------------------------------------------------------
    def mapping(self, value: Any, path: str, required: Iterable[str] = (),
                optional: Iterable[str] = ()) -> Mapping:
        if not isinstance(value, dict):
            raise self.wrong_type(path, "mapping")
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in value:
            if not isinstance(key, str) or key not in allowed:
                raise self.fail(join(path, str(key)), "unknown_field",
                                "unknown field (check the spelling against forms/README.md)",
                                "알 수 없는 항목입니다 (forms/README.md의 철자를 확인하세요)")
        for key in required:
            if key not in value:
                raise self.fail(join(path, key), "missing_field", "required field is missing",
                                "필수 항목이 없습니다")
        return value

    def list(self, value: Any, path: str, non_empty: bool = True) -> list:
        if not isinstance(value, list):
            raise self.wrong_type(path, "list")
        if non_empty and not value:
            raise self.fail(path, "empty", "must not be empty", "비어 있으면 안 됩니다")
        return value

    # -- scalars -----------------------------------------------------------------------------
    def string(self, value: Any, path: str, pattern: str | None = None,
               pattern_help: tuple[str, str] | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.wrong_type(path, "string")
        if pattern and not re.fullmatch(pattern, value):
            en, ko = pattern_help or (f"must match {pattern}", f"{pattern} 형식이어야 합니다")
            raise self.fail(path, "bad_value", en, ko)
        return value

    def integer(self, value: Any, path: str, minimum: int | None = None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong_type(path, "integer")
        if minimum is not None and value < minimum:
            raise self.fail(path, "bad_value", f"must be at least {minimum}",
                            f"{minimum} 이상이어야 합니다")
        return value

    def number(self, value: Any, path: str) -> int | float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.wrong_type(path, "number")
        return value

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.wrong_type(path, "boolean")
        return value

    def choice(self, value: Any, path: str, allowed: Iterable[str], code: str = "bad_value") -> str:
        allowed = tuple(allowed)
        if not isinstance(value, str) or value not in allowed:
            shown = ", ".join(allowed)
            raise self.fail(path, code, f"must be one of: {shown}", f"다음 중 하나여야 합니다: {shown}")
        return value

    def text(self, value: Any, path: str) -> Text:
        """A {ko, en} text; Korean is required, English falls back to Korean when absent."""
        data = self.mapping(value, path, required=("ko",), optional=("en",))
        ko = self.string(data["ko"], join(path, "ko"))
        en = self.string(data["en"], join(path, "en")) if "en" in data else None
        return Text(ko=ko, en=en)
