"""The work the view hands to a ``desktop.workers.Job``: plain functions, no Qt widgets.

Tests replace the names imported here (e.g. ``build_usage_report``) to slow them down or make
them fail."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reports.city import build_city_export, write_export
from reports.period import Period
from reports.usage import UsageReport, build_usage_report


def compute(store, period: Period, site_id: int | None) -> UsageReport:
    return build_usage_report(store, period, site_id)


def save_report(report: UsageReport, path, lang: str, password: str | None) -> Path:
    from reports.render import render  # the renderers load their libraries when first used
    return render(report, Path(path), lang=lang, password=password)


@dataclass
class CityResult:
    path: Path
    month: str
    k: int
    cells: int
    suppressed: int


def city_export(store, month: str, site_id: int | None, k: int, path) -> CityResult:
    export = build_city_export(store, month, site_id, k=k)
    written = write_export(export, Path(path))
    return CityResult(path=written, month=export.header["period"], k=int(export.header["k"]),
                      cells=len(export.rows), suppressed=len(export.suppressed_rows()))
