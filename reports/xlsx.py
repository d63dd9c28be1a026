"""The usage report as an XLSX workbook (openpyxl): a summary sheet and one sheet per table.

Cells are numbers (counts with #,##0, percentages as fractions with 0.0%), so the center can
add, chart and compare them in Excel. Each sheet starts with the confidentiality line and the
period; the header row is frozen.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .tables import (Table, as_report, period_label, report_tables, report_title, site_label, summary_sentences,
                     word)
from .usage import UsageReport

NUMBER_FORMATS = {
    "int": "#,##0",
    "krw": "#,##0",
    "pct": "0.0%",
    "chg": "+0.0%;-0.0%;0.0%",
    "dec1": "#,##0.0",
    "dec2": "0.00",
}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
MARK_FONT = Font(bold=True, color="A61C1C")
THIN = Side(style="thin", color="9BB1C8")
FIRST_ROW = 4   # rows 1-3: confidentiality line, title + period, blank


def cell_value(value, kind: str):
    """What goes into the cell: percentages become fractions (4.8 -> 0.048) for 0.0%."""
    if value is None or value == "":
        return None
    if kind in ("pct", "chg"):
        return round(value / 100.0, 6)
    return value


def _display_width(text) -> int:
    """Roughly how many Excel character widths ``text`` needs (Hangul is about two)."""
    s = str(text)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


def sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name of at most 31 characters."""
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip().strip("'") or "Sheet"
    name = name[:31]
    base, n = name, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _head(ws, r: UsageReport, lang: str, title: str) -> None:
    ws.cell(row=1, column=1, value=word("confidential", lang)).font = MARK_FONT
    info = f"{report_title(r, lang)} · {r.center} · {site_label(r, lang)} · {period_label(r, lang)}"
    ws.cell(row=2, column=1, value=f"{title} — {info}" if title else info).font = Font(bold=True, size=12)


def _write_table(ws, table: Table, top: int, widths: dict[int, int]) -> int:
    """Write ``table`` with its header at row ``top``; return the next free row."""
    for c, h in enumerate(table.headers, 1):
        cell = ws.cell(row=top, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=THIN, bottom=THIN)
        widths[c] = max(widths.get(c, 0), min(_display_width(h), 24))
    last = len(table.rows) - 1
    for i, row in enumerate(table.rows):
        rr = top + 1 + i
        total = table.total_row and i == last
        for c, (value, kind) in enumerate(zip(row, table.kinds), 1):
            cell = ws.cell(row=rr, column=c, value=cell_value(value, kind))
            if kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[kind]
            if total:
                cell.font = Font(bold=True)
                cell.fill = TOTAL_FILL
                cell.border = Border(top=THIN, bottom=THIN)
            shown = value if kind == "text" else f"{value:,}" if isinstance(value, (int, float)) else ""
            widths[c] = max(widths.get(c, 0), _display_width(shown) + (2 if kind != "text" else 1))
    row = top + 1 + len(table.rows)
    for n in table.notes:
        row += 1
        ws.cell(row=row, column=1, value="※ " + n).font = Font(italic=True, color="666666", size=9)
    return row + 1


def _set_widths(ws, widths: dict[int, int]) -> None:
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = max(8, min(w + 2, 60))


def render_xlsx(report: UsageReport, path, lang: str = "ko") -> Path:
    """Write the report as an XLSX workbook at ``path`` (replaced atomically)."""
    r = as_report(report)
    lang = "en" if lang == "en" else "ko"
    path = Path(path)
    tables = report_tables(r, lang)
    wb = Workbook()
    used: set[str] = set()

    # the summary sheet: who/when, key sentences, the summary table
    ws = wb.active
    ws.title = sheet_name(word("summary", lang), used)
    _head(ws, r, lang, "")
    p = r.period
    meta = [(word("site", lang), site_label(r, lang)), (word("period", lang), f"{p['start']} ~ {p['end']}"),
            (word("generated", lang), r.generated_at.replace("T", " ")[:16]),
            (word("generated_by", lang), r.generated_by or "")]
    row = 4
    for k, v in meta:
        ws.cell(row=row, column=1, value=k).font = Font(bold=True)
        ws.cell(row=row, column=2, value=v)
        row += 1
    row += 1
    for sentence in summary_sentences(r, lang):
        ws.cell(row=row, column=1, value=sentence)
        row += 1
    row += 1
    summary = tables[0]
    ws.cell(row=row, column=1, value=summary.title).font = Font(bold=True, size=12)
    widths: dict[int, int] = {1: 12}
    header_row = row + 1
    _write_table(ws, summary, header_row, widths)
    _set_widths(ws, widths)
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width, 16)

    # one sheet per table
    for t in tables:
        ws = wb.create_sheet(sheet_name(t.title, used))
        _head(ws, r, lang, t.title)
        widths = {}
        _write_table(ws, t, FIRST_ROW, widths)
        _set_widths(ws, widths)
        ws.freeze_panes = ws.cell(row=FIRST_ROW + 1, column=2)
        ws.row_dimensions[FIRST_ROW].height = 30
        ws.print_title_rows = f"{FIRST_ROW}:{FIRST_ROW}"
        ws.oddHeader.left.text = word("confidential", lang)
        ws.oddFooter.center.text = "&P / &N"

    wb.properties.title = f"{report_title(r, lang)} {period_label(r, lang)}"
    wb.properties.creator = word("app", lang)
    wb.properties.subject = word("confidential", lang)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".xlsx.tmp", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
