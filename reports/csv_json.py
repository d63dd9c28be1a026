"""The usage report as CSV (UTF-8 with BOM, so Excel reads Korean) and as JSON (the plain data)."""
from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

from .tables import as_report, period_label, report_tables, report_title, site_label, word
from .usage import UsageReport


def _atomic_write(path: Path, text: str, encoding: str) -> Path:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def csv_cell(value, kind: str):
    """Raw numbers (no thousands separators, percentages in percent units as headed)."""
    if value is None:
        return ""
    if isinstance(value, float) and kind in ("pct", "chg", "dec1"):
        return f"{value:.1f}"
    if isinstance(value, float) and kind == "dec2":
        return f"{value:.2f}"
    return value


def render_csv(report: UsageReport, path, lang: str = "ko") -> Path:
    """All tables one after another: a title row, the header, the rows, the notes, a blank row."""
    import io
    r = as_report(report)
    lang = "en" if lang == "en" else "ko"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{report_title(r, lang)} — {r.center} — {site_label(r, lang)} — {period_label(r, lang)}"])
    w.writerow([word("confidential", lang)])
    w.writerow([])
    for t in report_tables(r, lang):
        w.writerow([t.title])
        w.writerow([h + (" (%)" if k in ("pct", "chg") else "") for h, k in zip(t.headers, t.kinds)])
        for row in t.rows:
            w.writerow([csv_cell(v, k) for v, k in zip(row, t.kinds)])
        for n in t.notes:
            w.writerow(["※ " + n])
        w.writerow([])
    return _atomic_write(Path(path), buf.getvalue(), "utf-8-sig")


def render_json(report: UsageReport, path) -> Path:
    """``report.to_dict()`` as UTF-8 JSON (Korean kept readable)."""
    r = as_report(report)
    return _atomic_write(Path(path), json.dumps(r.to_dict(), ensure_ascii=False, indent=1) + "\n", "utf-8")
