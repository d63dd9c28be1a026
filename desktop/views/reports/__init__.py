"""Reports: the monthly / yearly / date-range usage report (preview, PDF, XLSX, CSV, JSON) and
the city's anonymized monthly export, for the roles with ``report.run``.

``ReportsView`` is what the main window shows. Every file written is recorded in the audit log
with the purpose the user gave. The slow parts (computing, rendering, the city export) run in a
``desktop.workers.Job``; the view never runs SQL.
"""
from .view import ReportsView

__all__ = ["ReportsView"]
