"""The city's anonymized monthly count file, and the city's sum of many of them.

What leaves the center: counts only, per service line x sex x age band x job group, with the
margins a city needs (per line; line x sex; line x age band; line x job group) and one
all-lines row. Two measures side by side in every row: person-visits (연인원) and distinct
persons (실인원). No names, client codes, departments, exact dates or free text; the only date
is the day the file was made.

Suppression (see reports/suppression.py for the rule and the proof): any position whose
persons count is 1..k-1 is hidden in both measures; zeros are published; complements are hidden
until every hidden value has a second solution consistent with everything published, so none
can be worked back. A hidden value is written ``x`` in CSV and XLSX, ``null`` in JSON. The marker
means "1 or more, withheld": complements can be large, so it is not "<k" and the reader cannot
tell a small value from a complement.

The all-lines row: person-visits = sum of the line totals; persons = distinct persons over all
lines (a person using two lines counts once), so it is not the sum of the line persons. Program
head-counts (anonymous outreach, no sex/age/job) are the header field ``program_headcount``:
person-visits only, never broken down, not part of the cells, published as is (they describe no
person). The line ``program`` in the cells counts named attendance only.

center_id: a hash of the database's random id (settings ``db_id``), 16 hex digits. It is stable
from month to month and through a hand-over to the next contractor (the id travels with the
data), differs between centers even if they have the same name, lets the city refuse the same
file twice when adding up, and reveals nothing: the id is random and is hashed so the export
cannot be matched to the key file. ``center_name`` says which center it is for people (a center
is not a person). ``site_key`` ("all" or "site-<n>") tells sites of one center apart.

Adding up (``merge_exports``): only files of the same schema version and the same month, each
center/site once (and never a center's "all" beside one of its own sites). A total is published
only when all its inputs are published (a hidden input makes the sum unknown; a lower bound
would narrow the hidden value, so it is not given); then the merged table is protected again,
with the largest k of the inputs (or a larger one asked for). Merged persons are the sum of
each file's distinct persons (a person who used two sites in the month counts twice):
header ``persons_basis`` says "sum_of_sources".
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from storage.repos.statistics import AGE_BANDS, LINES, StatisticsRepository
from storage.vocabulary import JOB_GROUPS, SEXES

from .period import Period
from .suppression import ALL, GRAND, Figure, Layout, level, protect, unprotected

FORMAT = "maumdesk-city-export"
SCHEMA_VERSION = 1
MARKER = "x"
LAYOUT = Layout(lines=tuple(LINES), sexes=tuple(SEXES), age_bands=tuple(AGE_BANDS), job_groups=tuple(JOB_GROUPS))
COLUMNS = ("level", "line", "sex", "age_band", "job_group", "person_visits", "persons")
HEADER_FIELDS = ("format", "schema_version", "center_id", "center_name", "site", "site_key", "period", "k",
                 "generated_at", "program_headcount", "persons_basis", "suppressed_marker", "sources")
INT_FIELDS = ("schema_version", "k", "program_headcount")
SUFFIXES = (".csv", ".xlsx", ".json")

MESSAGES = {
    "bad_month": ("월 형식이 맞지 않습니다(YYYY-MM): {value}", "Not a month (YYYY-MM): {value}"),
    "bad_k": ("억제 기준 k는 2 이상의 정수여야 합니다: {value}", "The suppression threshold k must be an integer >= 2: {value}"),
    "bad_input": ("집계 자료가 맞지 않습니다: {detail}", "The counts are inconsistent: {detail}"),
    "unknown_category": ("알 수 없는 분류 값입니다({field}: {value}).", "Unknown category ({field}: {value})."),
    "unknown_format": ("지원하지 않는 파일 형식입니다({name}). .csv, .xlsx, .json 중 하나를 쓰세요.",
                       "Unsupported file type ({name}). Use .csv, .xlsx or .json."),
    "not_an_export": ("시 제출용 집계 파일이 아닙니다({name}).", "Not a city count file ({name})."),
    "damaged_file": ("파일 내용이 손상되었거나 형식이 맞지 않습니다({name}: {detail}).",
                     "The file is damaged or malformed ({name}: {detail})."),
    "unsupported_schema": ("이 프로그램이 읽을 수 없는 스키마 버전입니다({name}: {found}, 지원: {supported}).",
                           "Schema version this program cannot read ({name}: {found}, supported: {supported})."),
    "no_inputs": ("합산할 파일이 없습니다.", "No files to add up."),
    "mixed_schema": ("스키마 버전이 서로 다른 파일은 합산할 수 없습니다({detail}).",
                     "Files of different schema versions cannot be added up ({detail})."),
    "mixed_period": ("기간이 서로 다른 파일은 합산할 수 없습니다({detail}).",
                     "Files of different periods cannot be added up ({detail})."),
    "mixed_layout": ("분류 구성이 서로 다른 파일은 합산할 수 없습니다({name}).",
                     "Files with different category layouts cannot be added up ({name})."),
    "duplicate_source": ("같은 센터·장소의 파일이 두 번 들어 있습니다({detail}).",
                         "The same center and site appears twice ({detail})."),
    "overlapping_sources": ("센터 전체 파일과 그 센터의 장소별 파일을 함께 합산할 수 없습니다({detail}).",
                            "A center's all-sites file cannot be added to one of its own site files ({detail})."),
    "protection_failed": ("억제 검증에 실패했습니다(내부 오류). 파일을 만들지 않았습니다: {detail}",
                          "Suppression check failed (internal error); no file was written: {detail}"),
}


class CityExportError(Exception):
    """An export or merge refused, with a message in Korean and in English."""

    def __init__(self, code: str, message_ko: str, message_en: str) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_ko = message_ko
        self.message_en = message_en

    def message(self, lang: str = "ko") -> str:
        return self.message_ko if lang == "ko" else self.message_en

    @classmethod
    def of(cls, code: str, **values) -> "CityExportError":
        ko, en = MESSAGES[code]
        return cls(code, ko.format(**values), en.format(**values))


@dataclass
class CityRow:
    level: str
    line: str
    sex: str
    age_band: str
    job_group: str
    person_visits: int | None   # None: suppressed
    persons: int | None

    @property
    def key(self) -> tuple:
        return (self.line, self.sex, self.age_band, self.job_group)

    @property
    def suppressed(self) -> bool:
        return self.persons is None


@dataclass
class CityExport:
    header: dict
    rows: list = field(default_factory=list)

    def row(self, line: str = ALL, sex: str = ALL, age_band: str = ALL, job_group: str = ALL) -> CityRow:
        key = (line, sex, age_band, job_group)
        return next(r for r in self.rows if r.key == key)

    def suppressed_rows(self) -> list:
        return [r for r in self.rows if r.suppressed]

    def to_dict(self) -> dict:
        return {"header": dict(self.header), "rows": [asdict(r) for r in self.rows]}


# --- building ----------------------------------------------------------------------------------
def center_id_for(db_id: str | None, center_name: str = "") -> str:
    """Stable, non-identifying id of a center's database (see the module doc)."""
    seed = db_id or ("name:" + (center_name or ""))
    return hashlib.sha256(("maumdesk-city-export\0" + seed).encode("utf-8")).hexdigest()[:16]


def _check_k(k) -> int:
    if not isinstance(k, int) or isinstance(k, bool) or k < 2:
        raise CityExportError.of("bad_k", value=k)
    return k


def _check_month(month) -> str:
    try:
        Period.month(month if isinstance(month, str) else "")
    except ValueError:
        raise CityExportError.of("bad_month", value=month) from None
    return month


def _figures_from_cells(cells: dict, distinct_persons: int) -> dict:
    figures: dict = {}
    for line in LAYOUT.lines:
        line_cells = LAYOUT.cells(line)
        for cell in line_cells:
            p, v = cells.get(cell, (0, 0))
            figures[cell] = Figure(p, v)
        groups = {(line, ALL, ALL, ALL): line_cells}
        for s in LAYOUT.sexes:
            groups[(line, s, ALL, ALL)] = [c for c in line_cells if c[1] == s]
        for a in LAYOUT.age_bands:
            groups[(line, ALL, a, ALL)] = [c for c in line_cells if c[2] == a]
        for j in LAYOUT.job_groups:
            groups[(line, ALL, ALL, j)] = [c for c in line_cells if c[3] == j]
        for key, members in groups.items():
            figures[key] = Figure(sum(figures[c].persons for c in members), sum(figures[c].visits for c in members))
    totals = [figures[(line, ALL, ALL, ALL)] for line in LAYOUT.lines]
    low, high = max((t.persons for t in totals), default=0), sum(t.persons for t in totals)
    if not (low <= distinct_persons <= high):
        raise CityExportError.of("bad_input", detail=f"distinct persons {distinct_persons} outside [{low}, {high}]")
    figures[GRAND] = Figure(distinct_persons, sum(t.visits for t in totals))
    return figures


def _rows_from(figures: dict, suppressed: set) -> list:
    rows = []
    for key in LAYOUT.keys():
        f = figures[key]
        hidden = key in suppressed
        rows.append(CityRow(level(key), *key, person_visits=None if hidden else f.visits,
                            persons=None if hidden else f.persons))
    return rows


def _protect(figures: dict, k: int) -> set:
    result = protect(figures, LAYOUT, k)
    bad = unprotected(figures, result.suppressed, LAYOUT)
    if bad:
        raise CityExportError.of("protection_failed", detail=", ".join("/".join(key) for key in bad[:5]))
    return result.suppressed


def city_export_from_rows(rows, headcount: int, header_fields: dict, k: int, *, distinct_persons: int) -> CityExport:
    """The export from raw rows ``(line, sex, age_band, job_group, person_visits, persons)``
    (as StatisticsRepository.city_cells gives them), the program head-count, the distinct
    persons over all lines, and the header fields center_id, center_name, site, site_key,
    period (and optionally generated_at, sources). No database needed (tests feed rows)."""
    k = _check_k(k)
    period = _check_month(header_fields.get("period"))
    cells: dict = {}
    for row in rows:
        line, sex, band, job, visits, persons = row
        for name, value, allowed in (("line", line, LAYOUT.lines), ("sex", sex, LAYOUT.sexes),
                                     ("age_band", band, LAYOUT.age_bands), ("job_group", job, LAYOUT.job_groups)):
            if value not in allowed:
                raise CityExportError.of("unknown_category", field=name, value=value)
        key = (line, sex, band, job)
        if key in cells:
            raise CityExportError.of("bad_input", detail=f"cell {'/'.join(key)} given twice")
        if not (isinstance(visits, int) and isinstance(persons, int) and 0 <= persons <= visits
                and (persons > 0) == (visits > 0)):
            raise CityExportError.of("bad_input", detail=f"cell {'/'.join(key)}: visits {visits}, persons {persons}")
        cells[key] = (persons, visits)
    if not isinstance(headcount, int) or headcount < 0:
        raise CityExportError.of("bad_input", detail=f"head-count {headcount}")
    figures = _figures_from_cells(cells, distinct_persons)
    suppressed = _protect(figures, k)
    center_id = header_fields["center_id"]
    site_key = header_fields.get("site_key", "all")
    header = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "center_id": center_id,
        "center_name": header_fields.get("center_name", ""),
        "site": header_fields.get("site", "all"),
        "site_key": site_key,
        "period": period,
        "k": k,
        "generated_at": header_fields.get("generated_at") or date.today().isoformat(),
        "program_headcount": headcount,
        "persons_basis": "distinct",
        "suppressed_marker": MARKER,
        "sources": header_fields.get("sources") or f"{center_id}/{site_key}",
    }
    return CityExport(header=header, rows=_rows_from(figures, suppressed))


def build_city_export(store, month: str, site_id: int | None = None, k: int | None = None) -> CityExport:
    """The month's export for one site or all (needs the report.run permission).
    ``k`` defaults to the center setting suppression_k (5)."""
    period = Period.month(_check_month(month))
    k = _check_k(k if k is not None else store.settings.get("suppression_k", 5))
    stats = StatisticsRepository(store.vault)
    rows = stats.city_cells(month, site_id)
    lines = stats.service_lines(period.start.isoformat(), period.end.isoformat(), site_id)
    center_name = store.settings.get("center_name") or ""
    if site_id is None:
        site, site_key = "all", "all"
    else:
        site = next((x.name for x in store.sites.sites(include_inactive=True) if x.id == site_id), str(site_id))
        site_key = f"site-{int(site_id)}"
    header = {"center_id": center_id_for(store.settings.get("db_id"), center_name), "center_name": center_name,
              "site": site, "site_key": site_key, "period": month}
    return city_export_from_rows(rows, lines["program"]["headcount"], header, k,
                                 distinct_persons=lines["total"]["persons"])


# --- writing -----------------------------------------------------------------------------------
def _cell_text(value):
    return MARKER if value is None else value


def _atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=str(path.parent or "."))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_json(export: CityExport, path) -> Path:
    data = json.dumps(export.to_dict(), ensure_ascii=False, indent=1)
    _atomic_write(Path(path), (data + "\n").encode("utf-8"))
    return Path(path)


def write_csv(export: CityExport, path) -> Path:
    """UTF-8 with BOM (Excel opens it): key,value lines, an empty line, then the rows."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    for key in HEADER_FIELDS:
        w.writerow([key, export.header.get(key, "")])
    w.writerow([])
    w.writerow(COLUMNS)
    for r in export.rows:
        w.writerow([r.level, r.line, r.sex, r.age_band, r.job_group, _cell_text(r.person_visits), _cell_text(r.persons)])
    _atomic_write(Path(path), buf.getvalue().encode("utf-8-sig"))
    return Path(path)


_NOTES = [
    ("마음데스크 시 제출용 월간 집계 (개인 식별 정보 없음)", "Maumdesk monthly counts for the city (no personal data)"),
    ("연인원(person_visits)과 실인원(persons)을 서비스별·성별·연령대·직군별로 집계했습니다.",
     "Person-visits and distinct persons per service line, sex, age band and job group."),
    ("'x' = 비공개: 1 이상의 값으로, 1~k-1명이거나 역산을 막기 위해 함께 가린 값입니다. 0은 그대로 표시합니다.",
     "'x' = withheld: a value of 1 or more, either below k persons or hidden so that none can be worked back. "
     "Zeros are shown."),
    ("'*' = 해당 분류 전체의 합계. 전체 서비스 행의 실인원은 중복 없는 인원이라 서비스별 합과 다를 수 있습니다.",
     "'*' = all categories (a total). The all-lines persons are distinct persons, not the sum of the lines."),
    ("program_headcount = 이름 없이 인원수로만 집계한 프로그램 참여(연인원, 세부 분류 없음).",
     "program_headcount = anonymous program attendance (person-visits, never broken down)."),
]


def write_xlsx(export: CityExport, path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "header"
    for key in HEADER_FIELDS:
        ws.append([key, export.header.get(key, "")])
        value = ws.cell(row=ws.max_row, column=2)
        if isinstance(value.value, str):
            value.data_type = "s"   # a name starting with '=' stays text, never a formula
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 40
    cells = wb.create_sheet("cells")
    cells.append(list(COLUMNS))
    for c in cells[1]:
        c.font = Font(bold=True)
    for r in export.rows:
        cells.append([r.level, r.line, r.sex, r.age_band, r.job_group,
                      _cell_text(r.person_visits), _cell_text(r.persons)])
    cells.freeze_panes = "A2"
    notes = wb.create_sheet("notes")
    for ko, en in _NOTES:
        notes.append([ko, en])
    notes.column_dimensions["A"].width = 70
    notes.column_dimensions["B"].width = 70
    buf = io.BytesIO()
    wb.save(buf)
    _atomic_write(Path(path), buf.getvalue())
    return Path(path)


def write_export(export: CityExport, path) -> Path:
    """Write by the file's suffix (.csv, .xlsx or .json); returns the path written."""
    path = Path(path)
    writer = {".csv": write_csv, ".xlsx": write_xlsx, ".json": write_json}.get(path.suffix.lower())
    if writer is None:
        raise CityExportError.of("unknown_format", name=path.name)
    return writer(export, path)


# --- reading -----------------------------------------------------------------------------------
def _parse_value(value, name: str, where: str):
    """A count as written: an integer, or the marker (CSV/XLSX ``x``, JSON null) -> None."""
    if value is None or value == MARKER:
        return None
    if isinstance(value, bool):
        raise CityExportError.of("damaged_file", name=name, detail=where)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise CityExportError.of("damaged_file", name=name, detail=f"{where}: {value!r}") from None
    if value < 0:
        raise CityExportError.of("damaged_file", name=name, detail=f"{where}: {value}")
    return value


def _finish(header: dict, raw_rows: list, name: str) -> CityExport:
    if header.get("format") != FORMAT:
        raise CityExportError.of("not_an_export", name=name)
    for key in INT_FIELDS:
        try:
            header[key] = int(header.get(key))
        except (TypeError, ValueError):
            raise CityExportError.of("damaged_file", name=name, detail=key) from None
    for key in HEADER_FIELDS:
        if key not in header:
            raise CityExportError.of("damaged_file", name=name, detail=f"header {key} missing")
        if header[key] is None:
            header[key] = ""
        if key not in INT_FIELDS:
            header[key] = str(header[key])
    rows = []
    for i, raw in enumerate(raw_rows):
        if len(raw) < len(COLUMNS):
            raise CityExportError.of("damaged_file", name=name, detail=f"row {i + 1}")
        lv, line, sex, band, job = (str(x) for x in raw[:5])
        visits = _parse_value(raw[5], name, f"row {i + 1}")
        persons = _parse_value(raw[6], name, f"row {i + 1}")
        if (visits is None) != (persons is None):
            raise CityExportError.of("damaged_file", name=name, detail=f"row {i + 1}: half suppressed")
        rows.append(CityRow(lv, line, sex, band, job, visits, persons))
    return CityExport(header=header, rows=rows)


def read_export(path) -> CityExport:
    """Read a file written by write_csv, write_xlsx or write_json (by its suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CityExportError.of("unknown_format", name=path.name)
    try:
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("header"), dict):
                raise CityExportError.of("not_an_export", name=path.name)
            raw_rows = [[r.get(c) for c in COLUMNS] for r in data.get("rows", [])]
            return _finish(dict(data["header"]), raw_rows, path.name)
        if suffix == ".csv":
            text = path.read_text(encoding="utf-8-sig")
            lines = list(csv.reader(io.StringIO(text, newline="")))
            header: dict = {}
            i = 0
            while i < len(lines) and lines[i]:
                if len(lines[i]) >= 2:
                    header[lines[i][0]] = lines[i][1]
                i += 1
            i += 1
            if i >= len(lines) or tuple(lines[i]) != COLUMNS:
                if header.get("format") != FORMAT:
                    raise CityExportError.of("not_an_export", name=path.name)
                raise CityExportError.of("damaged_file", name=path.name, detail="columns")
            return _finish(header, [row for row in lines[i + 1:] if row], path.name)
        from openpyxl import load_workbook
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            if "header" not in wb.sheetnames or "cells" not in wb.sheetnames:
                raise CityExportError.of("not_an_export", name=path.name)
            header = {}
            for row in wb["header"].iter_rows(values_only=True):
                if row and row[0] is not None:
                    header[str(row[0])] = row[1] if len(row) > 1 else None
            rows = list(wb["cells"].iter_rows(values_only=True))
        finally:
            wb.close()
        if not rows or tuple(rows[0][:len(COLUMNS)]) != COLUMNS:
            if header.get("format") != FORMAT:
                raise CityExportError.of("not_an_export", name=path.name)
            raise CityExportError.of("damaged_file", name=path.name, detail="columns")
        return _finish(header, [list(r) for r in rows[1:] if r and r[0] is not None], path.name)
    except CityExportError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CityExportError.of("damaged_file", name=path.name, detail=type(exc).__name__) from None
    except Exception as exc:  # openpyxl raises its own kinds for a broken workbook
        raise CityExportError.of("damaged_file", name=path.name, detail=type(exc).__name__) from None


# --- adding up ---------------------------------------------------------------------------------
def _sources(export: CityExport) -> list:
    return [s for s in str(export.header.get("sources", "")).split() if s]


def merge(exports: list, k: int | None = None, names: list | None = None,
          generated_at: str | None = None) -> CityExport:
    """Add up exports already read (see merge_exports); ``names`` label them in errors."""
    if not exports:
        raise CityExportError.of("no_inputs")
    names = [str(n) for n in names] if names else [str(i + 1) for i in range(len(exports))]
    versions = sorted({e.header["schema_version"] for e in exports})
    if len(versions) > 1:
        raise CityExportError.of("mixed_schema", detail=", ".join(
            f"{n}: {e.header['schema_version']}" for n, e in zip(names, exports)))
    if versions[0] != SCHEMA_VERSION:
        raise CityExportError.of("unsupported_schema", name=names[0], found=versions[0], supported=SCHEMA_VERSION)
    periods = sorted({e.header["period"] for e in exports})
    if len(periods) > 1:
        raise CityExportError.of("mixed_period", detail=", ".join(
            f"{n}: {e.header['period']}" for n, e in zip(names, exports)))
    keys = LAYOUT.keys()
    for n, e in zip(names, exports):
        if [r.key for r in e.rows] != keys:
            raise CityExportError.of("mixed_layout", name=n)
    seen: dict = {}
    for n, e in zip(names, exports):
        for src in _sources(e):
            if src in seen:
                raise CityExportError.of("duplicate_source", detail=f"{src}: {seen[src]}, {n}")
            seen[src] = n
    by_center: dict = {}
    for src, n in seen.items():
        center, _, site = src.partition("/")
        by_center.setdefault(center, []).append((site, n))
    for center, sites in by_center.items():
        if len(sites) > 1 and any(site == "all" for site, _ in sites):
            raise CityExportError.of("overlapping_sources", detail=", ".join(f"{center}/{s} ({n})" for s, n in sites))
    k = _check_k(max([e.header["k"] for e in exports] + ([k] if k is not None else [])))
    figures: dict = {}
    for i, key in enumerate(keys):
        inputs = [e.rows[i] for e in exports]
        known = all(not r.suppressed for r in inputs)
        # A hidden input is >= 1 in both measures: with it the sum is only a lower bound.
        persons = sum(r.persons if not r.suppressed else 1 for r in inputs)
        visits = sum(r.person_visits if not r.suppressed else 1 for r in inputs)
        figures[key] = Figure(persons, visits, known)
    suppressed = _protect(figures, k)
    names_of_centers = sorted({e.header["center_name"] for e in exports if e.header.get("center_name")})
    header = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "center_id": "merged",
        "center_name": "; ".join(names_of_centers),
        "site": "merged",
        "site_key": "merged",
        "period": periods[0],
        "k": k,
        "generated_at": generated_at or date.today().isoformat(),
        "program_headcount": sum(e.header["program_headcount"] for e in exports),
        "persons_basis": "sum_of_sources",
        "suppressed_marker": MARKER,
        "sources": " ".join(sorted(seen)),
    }
    return CityExport(header=header, rows=_rows_from(figures, suppressed))


def merge_exports(paths: list, out, k: int | None = None) -> Path:
    """``maumdesk city merge FILE... --out TOTAL.xlsx``: read every file (any of the three
    formats), refuse mixed schema versions or periods and any center/site given twice, add up,
    protect the total again and write it by the suffix of ``out``. Returns the path written
    (``merge`` gives the merged export itself, without files)."""
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise CityExportError.of("unknown_format", name=out.name)
    exports = [read_export(p) for p in paths]
    merged = merge(exports, k=k, names=[Path(p).name for p in paths])
    return write_export(merged, out)
