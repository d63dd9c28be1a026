"""Our column names, the headings we recognise for them (Korean and English), and the mapping
of a file's own headings onto them.

A mapping is ``{"columns": {their heading: our column or null}, "values": {our column: {their
value: our value}}}`` (a plain ``{their heading: our column}`` is read as the "columns" part). It
comes from a JSON/YAML file (``--mapping``), from the database (saved per source name), or is
guessed from the headings; headings the mapping does not name are matched by the aliases below.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ImportFileError
from .report import column_letter
from .values import fold


@dataclass(frozen=True)
class Column:
    name: str
    ko: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False       # the heading must be in the file


CLIENT_CODE = Column("client_code", "내담자 번호", "client code",
                     ("내담자번호", "내담자코드", "내담자ID", "내담자 id", "고객번호", "회원번호", "관리번호", "사례번호",
                      "code", "client", "client_id", "clientcode", "client no"))
SITE = Column("site", "지점", "site", ("지점명", "센터", "센터명", "기관", "소속센터", "이용지점", "branch", "site_name"))

CLIENTS: tuple[Column, ...] = (
    Column("client_code", CLIENT_CODE.ko, CLIENT_CODE.en, CLIENT_CODE.aliases, required=True),
    Column("name", "이름", "name", ("성명", "내담자명", "고객명", "이름(성명)", "full name", "client name"), required=True),
    Column("sex", "성별", "sex", ("성", "gender", "남녀"), required=True),
    Column("birth_year", "출생연도", "birth year", ("출생년도", "생년", "생년월일", "출생년", "생일", "birth", "born",
                                                 "year of birth", "birthyear", "birthdate", "date of birth"),
           required=True),
    Column("job_group", "직군", "job group", ("직렬", "직종", "직무", "직급군", "job", "occupation"), required=True),
    Column("department", "부서", "department", ("소속", "부서명", "소속부서", "dept")),
    Column("phone", "연락처", "phone", ("전화", "전화번호", "휴대폰", "휴대전화", "핸드폰", "mobile", "tel")),
    Column("email", "이메일", "e-mail", ("메일", "전자우편", "mail")),
    SITE,
    Column("status", "상태", "status", ("이용상태", "내담자상태")),
)

SERVICES: tuple[Column, ...] = (
    Column("client_code", CLIENT_CODE.ko, CLIENT_CODE.en, CLIENT_CODE.aliases),
    Column("date", "날짜", "date", ("일자", "상담일", "상담일자", "이용일", "이용일자", "서비스일", "서비스일자", "실시일",
                                   "실시일자", "검사일", "검사일자", "참여일", "연계일", "연계일자", "일시", "상담일시",
                                   "service date", "session date", "day"), required=True),
    Column("service", "서비스", "service", ("서비스구분", "서비스종류", "서비스유형", "구분", "유형", "종류", "상담구분",
                                          "상담유형", "상담종류", "이용구분", "type", "service type", "kind"),
           required=True),
    Column("method", "상담 방법", "method", ("방법", "상담방법", "방식", "상담방식", "이용방법", "형태", "상담형태",
                                          "channel", "mode")),
    Column("minutes", "시간(분)", "minutes", ("소요시간", "상담시간", "분", "시간분", "소요분", "duration", "length",
                                           "mins")),
    Column("counselor", "상담사", "counselor", ("상담자", "상담원", "담당자", "담당상담사", "담당", "진행자", "실시자",
                                             "강사", "counsellor", "staff", "therapist")),
    SITE,
    Column("time", "시작 시각", "time", ("시각", "시작시각", "시작시간", "시작", "start", "start time")),
    Column("group", "집단", "group", ("집단명", "그룹", "그룹명", "집단번호", "group id", "group name")),
    Column("instrument", "검사", "instrument", ("검사명", "검사지", "검사도구", "척도", "척도명", "test", "form",
                                             "questionnaire")),
    Column("total", "총점", "total", ("점수", "합계", "총합", "score", "total score", "sum")),
    Column("program", "프로그램", "program", ("프로그램명", "프로그램 이름", "program name", "programme")),
    Column("program_category", "프로그램 분류", "program category", ("분류", "프로그램구분", "프로그램유형", "category")),
    Column("location", "장소", "location", ("실시장소", "place", "venue")),
    Column("headcount", "인원", "head-count", ("참여인원", "참석인원", "인원수", "참가인원", "attendees", "participants")),
    Column("destination_kind", "연계 구분", "destination kind", ("연계구분", "연계유형", "연계기관구분", "referral kind",
                                                             "referral type")),
    Column("destination_name", "연계 기관", "destination", ("연계기관", "연계기관명", "연계처", "기관명", "병원", "병원명",
                                                         "clinic", "destination name")),
    Column("cost_support", "치료비 지원", "cost support", ("치료비지원", "지원금", "지원금액", "지원비", "비용지원",
                                                       "cost support krw", "cost_support_krw", "support")),
    Column("referral_reason", "연계 사유", "referral reason", ("연계사유", "사유", "reason")),
    Column("outcome", "연계 결과", "outcome", ("연계결과", "결과", "result")),
)

KINDS = {"clients": CLIENTS, "services": SERVICES}
ITEM_RE = re.compile(r"(?:item|q|문항|문)(\d{1,3})(?:번)?$")
ITEM_RE_2 = re.compile(r"(\d{1,3})번(?:문항)?$")
SCORE_RE = re.compile(r"(?:score|점수)\(?([a-z][a-z0-9]*)\)?$")


def columns_for(kind: str) -> tuple[Column, ...]:
    try:
        return KINDS[kind]
    except KeyError:
        raise ImportFileError("import_kind", kind=kind) from None


def _alias_table(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for col in columns_for(kind):
        for word in (col.name, col.ko, col.en) + col.aliases:
            table.setdefault(fold(word), col.name)
    return table


def match_heading(kind: str, heading: str) -> str | None:
    """Our column for a heading, or None. Services also take item answers (item1, 문항1, Q1 ->
    'item1') and subscale scores (score_ee -> 'score_ee')."""
    key = fold(heading)
    if not key:
        return None
    found = _alias_table(kind).get(key)
    if found or kind != "services":
        return found
    for pattern in (ITEM_RE, ITEM_RE_2):
        m = pattern.match(key)
        if m and int(m.group(1)) >= 1:
            return f"item{int(m.group(1))}"
    m = SCORE_RE.match(key)
    if m:
        return f"score_{m.group(1)}"
    return None


def is_dynamic(name: str) -> bool:
    return bool(re.fullmatch(r"item\d{1,3}|score_[a-z][a-z0-9]*", name))


@dataclass
class ColumnMapping:
    """Their headings -> our columns (None = ignore that heading), and value translations."""

    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data) -> "ColumnMapping":
        if not isinstance(data, dict):
            raise ValueError("a mapping is an object {their heading: our column}")
        if "columns" in data or "values" in data:
            unknown = set(data) - {"columns", "values"}
            if unknown:
                raise ValueError(f"unknown keys: {', '.join(sorted(map(str, unknown)))}")
            columns, values = data.get("columns") or {}, data.get("values") or {}
        else:
            columns, values = data, {}
        if not isinstance(columns, dict) or not isinstance(values, dict):
            raise ValueError("'columns' and 'values' are objects")
        out = cls()
        for heading, target in columns.items():
            if target is not None and not isinstance(target, str):
                raise ValueError(f"'{heading}': the column name must be text or null")
            out.columns[str(heading)] = (target.strip() or None) if isinstance(target, str) else None
        for column, table in values.items():
            if not isinstance(table, dict):
                raise ValueError(f"values of '{column}' must be an object {{their value: our value}}")
            out.values[str(column)] = {str(k): str(v) for k, v in table.items()}
        return out

    def to_dict(self) -> dict:
        return {"columns": dict(self.columns), "values": {k: dict(v) for k, v in self.values.items()}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    def merged_over(self, base: "ColumnMapping | None") -> "ColumnMapping":
        """This mapping, with ``base`` filling in what this one does not say."""
        if base is None:
            return self
        values = {k: dict(v) for k, v in base.values.items()}
        for column, table in self.values.items():
            values.setdefault(column, {}).update(table)
        return ColumnMapping({**base.columns, **self.columns}, values)


def read_mapping_file(path) -> ColumnMapping:
    """A mapping from a .json, .yaml or .yml file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml  # noqa: PLC0415
            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
        return ColumnMapping.from_dict(data)
    except FileNotFoundError:
        raise ImportFileError("import_mapping_file", name=path.name, detail="not found") from None
    except (OSError, ValueError, UnicodeDecodeError) as exc:   # json.JSONDecodeError is a ValueError
        raise ImportFileError("import_mapping_file", name=path.name, detail=str(exc)[:200]) from None
    except Exception as exc:  # yaml.YAMLError
        raise ImportFileError("import_mapping_file", name=path.name, detail=type(exc).__name__) from None


@dataclass
class Layout:
    """Where each of our columns is in the file: index, their heading, Excel column letter."""

    kind: str
    index: dict[str, int]                 # our column -> cell index
    headings: dict[str, str]              # our column -> their heading
    ignored: list[str]                    # their headings not used
    unused_mapping: list[str]             # headings the mapping names that the file lacks
    values: dict[str, dict[str, str]]     # our column -> {folded their value: our value}

    def letter(self, column: str) -> str | None:
        i = self.index.get(column)
        return column_letter(i) if i is not None else None

    def missing_required(self) -> list[str]:
        return [c.name for c in columns_for(self.kind) if c.required and c.name not in self.index]

    def columns_shown(self) -> dict[str, str]:
        return {self.headings[c]: c for c in sorted(self.index, key=self.index.get)}


def _target(kind: str, heading: str, target: str) -> str:
    names = {c.name for c in columns_for(kind)}
    if target in names or (kind == "services" and is_dynamic(target)):
        return target
    found = match_heading(kind, target)
    if found:
        return found
    raise ImportFileError("import_unknown_target", heading=heading, target=target,
                          allowed=", ".join(c.name for c in columns_for(kind)))


def layout(kind: str, headers: list[str], mapping: ColumnMapping | None = None) -> Layout:
    """Match the file's headings onto our columns (the mapping first, then the aliases)."""
    mapping = mapping or ColumnMapping()
    explicit = {fold(h): (h, t) for h, t in mapping.columns.items()}
    index: dict[str, int] = {}
    headings: dict[str, str] = {}
    ignored: list[str] = []
    used_mapping: set[str] = set()
    for i, heading in enumerate(headers):
        if not heading:
            continue
        key = fold(heading)
        if key in explicit:
            used_mapping.add(key)
            target = explicit[key][1]
            column = _target(kind, heading, target) if target else None
        else:
            column = match_heading(kind, heading)
        if column is None:
            ignored.append(heading)
            continue
        if column in index:
            raise ImportFileError("import_duplicate_column", column=column,
                                  headings=f"{headings[column]}, {heading}")
        index[column], headings[column] = i, heading
    unused = [h for k, (h, _) in explicit.items() if k not in used_mapping]
    values = {}
    for column, table in mapping.values.items():
        name = _target(kind, column, column)
        values[name] = {fold(k): v for k, v in table.items()}
    return Layout(kind, index, headings, ignored, unused, values)


def suggest_mapping(kind: str, headers: list[str]) -> ColumnMapping:
    """What the aliases make of these headings, as a mapping a wizard can show and edit
    (unrecognised headings map to None)."""
    return ColumnMapping({h: match_heading(kind, h) for h in headers if h})
