"""One entry point for the usage report's files: the format follows the file name's suffix."""
from __future__ import annotations

from pathlib import Path

from .usage import UsageReport

FORMATS = (".pdf", ".xlsx", ".csv", ".json")


def render(report: UsageReport, path, lang: str = "ko", password: str | None = None) -> Path:
    """Write ``report`` to ``path`` as PDF, XLSX, CSV or JSON (by suffix). A password is only
    possible for PDF; the other formats refuse one rather than write an unprotected file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unknown report format {path.suffix or '(no suffix)'!r} for {path.name}: "
                         f"use one of {', '.join(FORMATS)}")
    if password is not None and suffix != ".pdf":
        raise ValueError(f"a password can only protect a PDF report, not {suffix}")
    if suffix == ".pdf":
        from .pdf import render_pdf
        return render_pdf(report, path, lang=lang, password=password)
    if suffix == ".xlsx":
        from .xlsx import render_xlsx
        return render_xlsx(report, path, lang=lang)
    from .csv_json import render_csv, render_json
    if suffix == ".csv":
        return render_csv(report, path, lang=lang)
    return render_json(report, path)
