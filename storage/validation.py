"""Input checks shared by the repositories; each failure is a ValidationError naming the field."""
from __future__ import annotations

import re
from datetime import date, datetime

from .errors import ValidationError

LOGIN_RE = re.compile(r"[a-z][a-z0-9._-]{1,31}")
MIN_PASSWORD = 8


def invalid(field: str, ko: str, en: str) -> ValidationError:
    return ValidationError(field=field, problem_ko=ko, problem_en=en)


def check_login(login: str) -> str:
    if not isinstance(login, str) or not LOGIN_RE.fullmatch(login):
        raise invalid("login", "영문 소문자로 시작하는 2~32자(영문 소문자, 숫자, . _ -)여야 합니다",
                      "2-32 characters: lower-case letters, digits, . _ -, starting with a letter")
    return login


def check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise invalid("password", f"비밀번호는 {MIN_PASSWORD}자 이상이어야 합니다",
                      f"the password must have at least {MIN_PASSWORD} characters")
    return password


def check_choice(field: str, value: str, choices) -> str:
    if value not in choices:
        allowed = ", ".join(choices)
        raise invalid(field, f"허용되지 않는 값입니다 ('{value}'; 가능: {allowed})",
                      f"'{value}' is not allowed (one of: {allowed})")
    return value


def check_text(field: str, value: str | None, *, required: bool = True, max_len: int = 200) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise invalid(field, "필수 입력 항목입니다", "this field is required")
        return None
    if not isinstance(value, str):
        raise invalid(field, "글자로 입력하세요", "must be text")
    value = value.strip()
    if len(value) > max_len:
        raise invalid(field, f"{max_len}자 이내로 입력하세요", f"at most {max_len} characters")
    return value


def check_int(field: str, value, *, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except (TypeError, ValueError):
            raise invalid(field, "숫자로 입력하세요", "must be a whole number") from None
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise invalid(field, f"{lo}~{hi} 사이의 값이어야 합니다", f"must be between {lo} and {hi}")
    return value


def check_date(field: str, value) -> str:
    """A calendar date as 'YYYY-MM-DD'."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise invalid(field, "날짜 형식이 아닙니다 (예: 2026-03-05)", "not a date (e.g. 2026-03-05)") from None


def check_datetime(field: str, value) -> str:
    """A local date and time as 'YYYY-MM-DDTHH:MM'."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y-%m-%dT%H:%M")
    except ValueError:
        raise invalid(field, "날짜·시간 형식이 아닙니다 (예: 2026-03-05T14:00)",
                      "not a date and time (e.g. 2026-03-05T14:00)") from None


def check_month(field: str, value: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        raise invalid(field, "월 형식이 아닙니다 (예: 2026-03)", "not a month (e.g. 2026-03)")
    return value
