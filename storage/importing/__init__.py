"""Importing the old customer-management program's exports (clients and services) from CSV or
XLSX: column mapping, dry run, all-or-nothing import in one transaction. docs/import.md is the
user's guide; this is the API the CLI and the desktop wizard call, step by step:

    table = open_table(path, sheet=None, header_row=1)        # headings, sheets, encoding, row estimate
    mapping = saved_mapping(vault, source, kind)               # what was used for this source last time
        or suggest_mapping(kind, table.headers)                # what the headings look like to us
        or read_mapping_file(path)                             # a JSON/YAML mapping file
    lay = check_columns(vault, kind, path, mapping=..., source=...)   # ImportFileError if columns are missing
    report = dry_run(vault, kind, path, mapping=..., source=..., progress=cb, cancel=stop)
    report = run_import(vault, kind, path, mapping=..., source=..., skip_bad=False, progress=cb, cancel=stop)
    save_mapping(vault, source, kind, mapping); history(vault)

``progress(done, estimated_total)`` is called every 500 rows (from the calling thread);
``cancel()`` returning True stops the run with ImportCancelled, and nothing is written.
Only the coordinator and the center lead may import (PermissionDenied otherwise).
"""
from __future__ import annotations

from pathlib import Path

from .columns import ColumnMapping, Layout, read_mapping_file, suggest_mapping
from .engine import IMPORT_ROLES, Options, execute, history, prepare, save_mapping, saved_mapping
from .errors import ImportCancelled, ImportFileError
from .reader import SourceTable, open_table
from .report import ImportReport, RowIssue

KINDS = ("clients", "services")


def check_columns(vault, kind: str, path, *, mapping: ColumnMapping | None = None, source: str | None = None,
                  sheet: str | None = None, header_row: int = 1) -> Layout:
    """Match the file's headings (mapping, saved mapping, aliases); raises ImportFileError when a
    required column is missing or the mapping names an unknown column. Reads no data rows."""
    return prepare(vault, kind, Path(path), mapping=mapping, source=source, sheet=sheet, header_row=header_row)[1]


def dry_run(vault, kind: str, path, *, mapping: ColumnMapping | None = None, source: str | None = None,
            sheet: str | None = None, header_row: int = 1, options: Options | None = None,
            progress=None, cancel=None) -> ImportReport:
    """Everything the import would do, and every row it would refuse; nothing is written."""
    return execute(vault, kind, path, mapping=mapping, source=source, dry_run=True, sheet=sheet,
                   header_row=header_row, options=options, progress=progress, cancel=cancel)


def run_import(vault, kind: str, path, *, mapping: ColumnMapping | None = None, source: str | None = None,
               skip_bad: bool = False, sheet: str | None = None, header_row: int = 1,
               options: Options | None = None, progress=None, cancel=None) -> ImportReport:
    """Import in one transaction with one audit row. When any row is refused nothing is written
    (``report.written`` is False) unless ``skip_bad``, which writes the good rows. Rows imported
    before (same source, same content) are skipped, never doubled."""
    return execute(vault, kind, path, mapping=mapping, source=source, dry_run=False, skip_bad=skip_bad,
                   sheet=sheet, header_row=header_row, options=options, progress=progress, cancel=cancel)


__all__ = [
    "IMPORT_ROLES", "KINDS", "ColumnMapping", "ImportCancelled", "ImportFileError", "ImportReport", "Layout",
    "Options", "RowIssue", "SourceTable", "check_columns", "dry_run", "history", "open_table",
    "read_mapping_file", "run_import", "save_mapping", "saved_mapping", "suggest_mapping",
]
