"""Reading the old program's export: CSV (UTF-8 with or without BOM, CP949, UTF-16) or XLSX,
streamed row by row so a 10-year file never sits in memory.

Rows come out as (row number as Excel shows it, list of cells). CSV cells are stripped text or
None; XLSX cells keep what openpyxl gives (text, int, float, datetime, date, time) so dates
typed as Excel dates need no guessing. Nothing read here is written anywhere else (no temp
files; client data never leaves the process).
"""
from __future__ import annotations

import codecs
import csv
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Iterator

from .errors import ImportFileError

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CHUNK = 1 << 20

csv.field_size_limit(1 << 24)


@dataclass
class SourceTable:
    """An opened import file: its headings and a way to stream its rows (more than once)."""

    path: Path
    file_format: str                 # csv | xlsx
    headers: list[str]
    header_row: int = 1              # the heading row as Excel numbers it
    encoding: str | None = None      # CSV only
    delimiter: str = ","             # CSV only
    sheet: str | None = None         # XLSX only: the sheet read
    sheets: list[str] = field(default_factory=list)
    estimated_rows: int | None = None   # data rows, roughly (for progress)

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number, cells) for every row below the heading row; empty rows are left out
        (their numbers are skipped, so numbers stay those the user sees)."""
        if self.file_format == "csv":
            yield from self._csv_rows()
        else:
            yield from self._xlsx_rows()

    def _csv_rows(self) -> Iterator[tuple[int, list]]:
        with open(self.path, "r", encoding=self.encoding, newline="") as handle:
            for number, record in enumerate(csv.reader(handle, delimiter=self.delimiter), start=1):
                if number <= self.header_row:
                    continue
                cells = [_clean_text(c) for c in record]
                if any(c is not None for c in cells):
                    yield number, cells

    def _xlsx_rows(self) -> Iterator[tuple[int, list]]:
        workbook = _open_workbook(self.path)
        try:
            sheet = workbook[self.sheet]
            for number, record in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number <= self.header_row:
                    continue
                cells = [_clean_cell(c) for c in record]
                if any(c is not None for c in cells):
                    yield number, cells
        finally:
            workbook.close()


def _clean_text(value: str) -> str | None:
    return value.strip() or None


def _clean_cell(value):
    if value is None:
        return None
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, bool):
        return str(value)
    return value


def cell_text(value) -> str | None:
    """A cell as text, the way the user sees it (1985.0 -> '1985', a date -> '2024-03-05')."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def detect_encoding(path: Path) -> tuple[str, int]:
    """The file's encoding and its number of lines (roughly: for progress). UTF-8 (with or without BOM) is tried
    first over the whole file; then CP949, Excel's Korean encoding (a superset of EUC-KR)."""
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp949"]
    for encoding in candidates:
        decoder = codecs.getincrementaldecoder(encoding)()
        lines, last = 0, b"\n"
        try:
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(CHUNK), b""):
                    decoder.decode(chunk)
                    lines += chunk.count(b"\n")
                    last = chunk[-1:]
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding, lines + (last not in (b"\n", b"\x00"))
    raise ImportFileError("import_encoding", name=path.name)


def _open_workbook(path: Path):
    import openpyxl  # noqa: PLC0415 (only XLSX imports need it)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zipfile, KeyError, InvalidFileException)
        raise ImportFileError("import_file_unreadable", name=path.name, detail=type(exc).__name__) from None


def open_table(path, *, sheet: str | None = None, header_row: int = 1) -> SourceTable:
    """Open ``path`` and read its heading row (``header_row``, 1 = the first row)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("import_file_missing", name=path.name)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _open_csv(path, header_row)
    if suffix in XLSX_SUFFIXES:
        return _open_xlsx(path, sheet, header_row)
    raise ImportFileError("import_file_format", name=path.name)


def _open_csv(path: Path, header_row: int) -> SourceTable:
    encoding, lines = detect_encoding(path)
    with open(path, "r", encoding=encoding, newline="") as handle:
        first = handle.readline()
        delimiter = max((",", "\t", ";"), key=lambda d: (first.count(d), d == ","))
        handle.seek(0)
        headers = None
        for number, record in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
            if number == header_row:
                headers = [(_clean_text(c) or "") for c in record]
                break
    if not headers or not any(headers):
        raise ImportFileError("import_empty", name=path.name)
    return SourceTable(path=path, file_format="csv", headers=headers, header_row=header_row, encoding=encoding,
                       delimiter=delimiter, estimated_rows=max(0, lines - header_row))


def _open_xlsx(path: Path, sheet: str | None, header_row: int) -> SourceTable:
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheetnames)
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise ImportFileError("import_sheet", sheet=sheet, sheets=", ".join(names))
        ws = workbook[sheet]
        headers = None
        for number, record in enumerate(ws.iter_rows(values_only=True), start=1):
            if number == header_row:
                headers = [(cell_text(_clean_cell(c)) or "") for c in record]
                break
        while headers and not headers[-1]:
            headers.pop()
        estimated = (ws.max_row - header_row) if ws.max_row else None
    finally:
        workbook.close()
    if not headers or not any(headers):
        raise ImportFileError("import_empty", name=path.name)
    return SourceTable(path=path, file_format="xlsx", headers=headers, header_row=header_row, sheet=sheet,
                       sheets=names, estimated_rows=estimated)
