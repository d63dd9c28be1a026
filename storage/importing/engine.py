"""The import run shared by clients and services: permission, file, mapping, the row loop with
progress and cancel, batched writes in ONE transaction, row keys, the audit row.

How it writes: rows are checked as they stream in; while no row has been refused (or with
``skip_bad``) the good rows are buffered and written with ``executemany`` every few thousand
rows, inside the one transaction that is open for the whole run. At the end the transaction
is committed only when every row was good (or ``skip_bad``); otherwise it is rolled back and
nothing at all is written. A dry run runs the same checks with no transaction and no buffers.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from .. import access
from ..audit import now_iso
from ..errors import PermissionDenied
from .columns import ColumnMapping, Layout, layout
from .errors import ImportCancelled, ImportFileError
from .reader import SourceTable, cell_text, file_sha256, open_table
from .report import ImportReport, RowIssue
from .values import Bad, fold

# Until storage/access.py has an `import.run` row: who may import (docs/import.md says why).
IMPORT_ROLES = tuple(r for r in access.ROLES if access.scope(r, "import.run"))

Progress = Callable[[int, int], None]   # (rows done, rows estimated; the estimate may grow)
Cancel = Callable[[], bool]             # True = stop now (nothing is written)

# Batches are flushed in this order, so parents always land before their children.
BATCH_SQL: dict[str, str] = {
    "clients": "INSERT INTO clients (id, code, name, name_initials, sex, birth_year, job_group, department, phone,"
               " phone_tail, email, site_id, status, first_seen_on, created_at, created_by)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
    "programs": "INSERT INTO programs (id, name, category, site_id, facilitator_id, department, starts_on, ends_on,"
                " planned_sessions, description) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, NULL, NULL)",
    "program_sessions": "INSERT INTO program_sessions (id, program_id, session_no, starts_at, ends_at, room_id,"
                        " location, headcount) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL)",
    "counseling_sessions": "INSERT INTO counseling_sessions (id, client_id, case_id, appointment_id, group_key, kind,"
                           " method, session_date, minutes, counselor_id, site_id, template, note, note_status,"
                           " signed_at, signed_by, created_at, updated_at)"
                           " VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, 'free', '{}', 'signed', ?, ?, ?, ?)",
    "screenings": "INSERT INTO screenings (id, client_id, instrument_id, instrument_version, taken_on, channel,"
                  " answers, result, total, band, risk_class, flag_count, site_id, entered_by, created_at,"
                  " overall_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "safety_followups": "INSERT INTO safety_followups (client_id, screening_id, reason, raised_at, assigned_to,"
                        " status, closed_at, closed_by, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "program_attendance": "INSERT INTO program_attendance (program_session_id, client_id, walk_in) VALUES (?, ?, 0)",
    "referrals": "INSERT INTO referrals (id, client_id, case_id, destination_kind, destination_name, reason,"
                 " referred_on, cost_support_krw, outcome, outcome_note, site_id, created_by)"
                 " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
    "import_rows": "INSERT INTO import_rows (source, kind, row_key, import_id, entity, entity_id, client_id)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)",
}
ID_TABLES = ("clients", "programs", "program_sessions", "counseling_sessions", "screenings", "referrals", "imports")


@dataclass
class Options:
    """Choices a center makes for an import (the CLI flags)."""

    historical_totals: bool = False   # score past totals of forms that need items (no safety-item check)
    followup_open_days: int = 30      # safety flags of screenings newer than this stay open
    today: date | None = None         # "now" for future-date checks (tests)
    batch_size: int = 5000
    registry: object = None           # forms registry (default: built-ins)


class Row:
    """One data row: raw cells by our column name, and the row's issues as they are found."""

    __slots__ = ("number", "cells", "layout", "issues")

    def __init__(self, number: int, cells: list, lay: Layout) -> None:
        self.number = number
        self.cells = cells
        self.layout = lay
        self.issues: list[RowIssue] = []

    def raw(self, column: str):
        i = self.layout.index.get(column)
        if i is None or i >= len(self.cells):
            return None
        value = self.cells[i]
        if value is None:
            return None
        table = self.layout.values.get(column)
        if table:
            mapped = table.get(fold(cell_text(value)))
            if mapped is not None:
                return mapped
        return value

    def bad(self, column: str | None, code: str, **params) -> None:
        lay = self.layout
        self.issues.append(RowIssue(row=self.number, code=code, column=column,
                                    heading=lay.headings.get(column) if column else None,
                                    letter=lay.letter(column) if column else None, params=params))

    def get(self, column: str, parser, *args, required: bool = False):
        value = self.raw(column)
        if value is None:
            if required:
                self.bad(column, "missing_value")
            return None
        try:
            return parser(value, *args)
        except Bad as exc:
            self.bad(column, exc.code, **exc.params)
            return None

    def text(self, column: str, *, max_len: int, required: bool = False) -> str | None:
        value = self.raw(column)
        text = cell_text(value).strip() if value is not None else ""
        if not text:
            if required:
                self.bad(column, "missing_value")
            return None
        if len(text) > max_len:
            self.bad(column, "too_long", hi=max_len)
            return None
        return text


class Context:
    """State of one run that every row handler shares."""

    def __init__(self, vault, kind: str, source: str, lay: Layout, report: ImportReport, *, write: bool,
                 skip_bad: bool, options: Options) -> None:
        self.vault = vault
        self.conn = vault.conn
        self.actor = vault.actor
        self.kind = kind
        self.source = source
        self.layout = lay
        self.report = report
        self.write = write
        self.skip_bad = skip_bad
        self.options = options
        self.today = options.today or date.today()
        self.now = now_iso()
        self.import_id: int | None = None
        self.batches: dict[str, list] = {name: [] for name in BATCH_SQL}
        self.pending = 0
        self.next_ids = {t: self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {t}").fetchone()[0]
                         for t in ID_TABLES}
        self.imported = {r[0] for r in self.conn.execute(
            "SELECT row_key FROM import_rows WHERE source = ? AND kind = ?", (source, kind))}
        self.seen: dict[str, int] = {}
        self.sites = self._sites()

    # --- lookups shared by clients and services ---------------------------------------------------
    def _sites(self) -> dict:
        rows = self.conn.execute("SELECT id, name, active FROM sites ORDER BY id").fetchall()
        by_word = {}
        for sid, name, _ in rows:
            by_word.setdefault(fold(name), sid)
            by_word.setdefault(str(sid), sid)
        active = [r[0] for r in rows if r[2]]
        return {"by_word": by_word, "default": active[0] if len(active) == 1 else None,
                "allowed": ", ".join(r[1] for r in rows)}

    def site(self, row: Row, *, required: bool) -> int | None:
        value = row.raw("site")
        if value is None:
            if required and self.sites["default"] is None:
                row.bad("site", "missing_value")
            return self.sites["default"] if required else None
        found = self.sites["by_word"].get(fold(cell_text(value)))
        if found is None:
            row.bad("site", "unknown_site", value=cell_text(value), allowed=self.sites["allowed"])
        return found

    # --- ids, keys, batches -------------------------------------------------------------------------
    def new_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def key(self, *parts) -> str:
        text = "\x1f".join("" if p is None else str(p) for p in (self.source, self.kind) + parts)
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()

    @property
    def writing(self) -> bool:
        return self.write and (self.skip_bad or not self.report.issues)

    def add(self, batch: str, row: tuple) -> None:
        if not self.writing:
            return
        self.batches[batch].append(row)
        self.pending += 1
        if self.pending >= self.options.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.writing:
            for rows in self.batches.values():
                rows.clear()
            self.pending = 0
            return
        for name, rows in self.batches.items():
            if rows:
                self.conn.executemany(BATCH_SQL[name], rows)
                rows.clear()
        self.pending = 0

    # --- row outcomes --------------------------------------------------------------------------------
    def refuse(self, row: Row) -> None:
        self.report.issues.extend(row.issues)

    def skip(self, row: Row, code: str) -> None:
        self.report.skipped.append(RowIssue(row=row.number, code=code))

    def duplicate(self, row: Row, key: str) -> bool:
        """True (and the row refused) when the same row came earlier in this file."""
        first = self.seen.get(key)
        if first is None:
            return False
        row.bad(None, "duplicate", first=first)
        self.refuse(row)
        return True

    def accept(self, row: Row, key: str, entity: str, entity_id: int | None, client_id: int | None = None) -> None:
        """``client_id``: the client the row is about. A key hashes the client code, so it must go
        when that client's file is destroyed (import_rows.client_id cascades)."""
        self.seen[key] = row.number
        self.report.rows_ok += 1
        self.add("import_rows", (self.source, self.kind, key, self.import_id, entity, entity_id, client_id))

    def count(self, name: str, n: int = 1) -> None:
        self.report.counts[name] = self.report.counts.get(name, 0) + n


class _NothingWritten(Exception):
    """Raised inside the transaction to roll it back."""


def require_importer(vault) -> None:
    if access.scope(vault.actor.role, "import.run") is None:
        raise PermissionDenied(action="import.run")


def saved_mapping(vault, source: str, kind: str) -> ColumnMapping | None:
    """The mapping saved for this source and kind, or None."""
    require_importer(vault)
    row = vault.conn.execute("SELECT mapping FROM import_mappings WHERE source = ? AND kind = ?",
                             ((source or "").strip(), kind)).fetchone()
    return ColumnMapping.from_dict(json.loads(row[0])) if row else None


def _store_mapping(vault, source: str, kind: str, mapping: ColumnMapping) -> None:
    vault.conn.execute(
        "INSERT INTO import_mappings (source, kind, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (source, kind) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at,"
        " updated_by = excluded.updated_by", (source, kind, mapping.to_json(), now_iso(), vault.actor.id))


def save_mapping(vault, source: str, kind: str, mapping: ColumnMapping) -> None:
    """Keep ``mapping`` for this source name (a wizard's "remember these columns")."""
    require_importer(vault)
    source = (source or "").strip()
    if not source:
        raise ImportFileError("import_mapping_file", name="-", detail="a source name is needed")
    with vault.transaction():
        _store_mapping(vault, source, kind, mapping)
        vault.audit("save_mapping", "import_mapping", entity_id=f"{source}/{kind}")


def effective_mapping(vault, kind: str, source: str, mapping: ColumnMapping | None) -> ColumnMapping | None:
    saved = saved_mapping(vault, source, kind) if source else None
    return mapping.merged_over(saved) if mapping is not None else saved


def prepare(vault, kind: str, path, *, mapping: ColumnMapping | None = None, source: str | None = None,
            sheet: str | None = None, header_row: int = 1) -> tuple[SourceTable, Layout, ColumnMapping | None]:
    """Open the file and match its headings (file-level problems raise ImportFileError)."""
    from .columns import columns_for  # noqa: PLC0415
    require_importer(vault)
    columns_for(kind)
    table = open_table(path, sheet=sheet, header_row=header_row)
    used = effective_mapping(vault, kind, (source or "").strip(), mapping)
    lay = layout(kind, table.headers, used)
    missing = lay.missing_required()
    if missing:
        raise ImportFileError("import_missing_columns", columns=", ".join(missing),
                              headings=", ".join(h for h in table.headers if h))
    return table, lay, used


def execute(vault, kind: str, path, *, mapping: ColumnMapping | None = None, source: str | None = None,
            dry_run: bool = True, skip_bad: bool = False, sheet: str | None = None, header_row: int = 1,
            options: Options | None = None, progress: Progress | None = None,
            cancel: Cancel | None = None) -> ImportReport:
    from .clients import ClientRows  # noqa: PLC0415
    from .services import ServiceRows  # noqa: PLC0415
    options = options or Options()
    source = (source or "").strip()
    path = Path(path)
    table, lay, used = prepare(vault, kind, path, mapping=mapping, source=source, sheet=sheet,
                               header_row=header_row)
    report = ImportReport(kind=kind, file_name=path.name, sha256=file_sha256(path), file_format=table.file_format,
                          encoding=table.encoding, sheet=table.sheet, source=source, dry_run=dry_run,
                          skip_bad=skip_bad, columns=lay.columns_shown(), ignored=list(lay.ignored))
    for heading in lay.unused_mapping:
        report.notes.append((f"연결 파일의 '{heading}' 열이 이 파일에 없습니다",
                             f"the mapping names '{heading}', which this file does not have"))
    handler_class = ClientRows if kind == "clients" else ServiceRows

    def loop(ctx: Context) -> None:
        handler = handler_class(ctx)
        estimate = table.estimated_rows or 0
        for n, (number, cells) in enumerate(table.rows(), start=1):
            if n % 500 == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(n, max(estimate, n))
            report.rows_read += 1
            handler.row(Row(number, cells, lay))
        if cancel is not None and cancel():
            raise ImportCancelled()
        handler.finish()
        report.issues.sort(key=lambda i: (i.row, lay.index.get(i.column, 10_000) if i.column else -1))
        if progress is not None:
            progress(report.rows_read, report.rows_read)

    if dry_run:
        loop(Context(vault, kind, source, lay, report, write=False, skip_bad=skip_bad, options=options))
        return report
    try:
        with vault.transaction():
            ctx = Context(vault, kind, source, lay, report, write=True, skip_bad=skip_bad, options=options)
            ctx.import_id = ctx.new_id("imports")
            vault.conn.execute(
                "INSERT INTO imports (id, kind, source, file_name, sha256, rows_read, rows_written, rows_refused,"
                " rows_skipped, counts, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '{}', ?, ?)",
                (ctx.import_id, kind, source, path.name, report.sha256, ctx.now, vault.actor.id))
            loop(ctx)
            if (report.issues and not skip_bad) or report.rows_ok == 0:
                raise _NothingWritten()
            ctx.flush()
            vault.conn.execute(
                "UPDATE imports SET rows_read = ?, rows_written = ?, rows_refused = ?, rows_skipped = ?, counts = ?"
                " WHERE id = ?", (report.rows_read, report.rows_ok, report.rows_refused, report.rows_skipped,
                                  json.dumps(report.counts, sort_keys=True), ctx.import_id))
            if source and mapping is not None and used is not None:
                _store_mapping(vault, source, kind, used)
            vault.audit("import", "import", entity_id=ctx.import_id,
                        detail={"kind": kind, "file": path.name, "sha256": report.sha256, "source": source,
                                "rows": report.rows_read, "written": report.rows_ok, "refused": report.rows_refused,
                                "already_imported": report.rows_skipped, "skip_bad": skip_bad,
                                "counts": report.counts})
    except _NothingWritten:
        return report
    report.written = True
    report.import_id = ctx.import_id
    return report


def history(vault) -> list[dict]:
    """Past imports, newest first: what a wizard shows before the next one."""
    require_importer(vault)
    rows = vault.conn.execute(
        "SELECT i.id, i.kind, i.source, i.file_name, i.sha256, i.rows_read, i.rows_written, i.rows_refused,"
        " i.rows_skipped, i.counts, i.imported_at, s.login FROM imports i LEFT JOIN staff s ON s.id = i.imported_by"
        " ORDER BY i.id DESC").fetchall()
    return [{"id": r[0], "kind": r[1], "source": r[2], "file_name": r[3], "sha256": r[4], "rows_read": r[5],
             "rows_written": r[6], "rows_refused": r[7], "rows_skipped": r[8], "counts": json.loads(r[9]),
             "imported_at": r[10], "imported_by": r[11]} for r in rows]
