"""ReportsView: pick a period and a site, preview the usage report, save it as PDF/XLSX/CSV/JSON,
or write the city's anonymized monthly export.

Computing, rendering and the city export run in ``desktop.workers.Job`` s (a busy bar shows,
the window keeps answering). Every file written is then recorded with
``store.audit.record_export`` and the purpose the user gave; if that record cannot be written,
the file is deleted again. Only roles with ``report.run`` get the controls.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from reports.city import CityExportError
from reports.tables import period_label, report_title, site_label
from storage.errors import StorageError

from ... import workers
from . import work
from .export_dialog import CityExportDialog, SaveReportDialog, default_folder, safe_file_part
from .period_picker import PeriodPicker
from .preview import ReportPreview
from .text import fill

ERROR_STYLE = "color: #b00020;"
AUDIT_KINDS = {"month": "report_monthly", "year": "report_yearly", "range": "report_range"}


class ReportsView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reportsView")
        store = context.store
        self.allowed = store.audit.may("report.run")
        self.report = None              # the report on screen
        self.report_key = None          # (period, site id) it was computed for
        self.busy = False
        self.job: workers.Job | None = None
        self.save_dialog: SaveReportDialog | None = None
        self.city_dialog: CityExportDialog | None = None
        self.export_dir = default_folder()
        self.last_saved: Path | None = None
        self.last_city: work.CityResult | None = None
        self._then = None                # what to do with the running job's result
        self._failed_prefix = ""

        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.error = QLabel("")
        self.error.setObjectName("reportsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if not self.allowed:
            self.denied = QLabel(self.tr("Reports are made by the center lead, the coordinator and the "
                                         "administrator. Your account cannot make them or see their figures."))
            self.denied.setObjectName("reportsDenied")
            self.denied.setWordWrap(True)
            layout.addWidget(self.denied)
            layout.addStretch(1)
            return

        self.picker = PeriodPicker(context.today())
        period_label_ = QLabel(self.tr("&Period:"))
        period_label_.setBuddy(self.picker.kind)
        self.site = QComboBox()
        self.site.setObjectName("reportSite")
        self.site.setMinimumContentsLength(8)
        self.site.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        site_label_ = QLabel(self.tr("S&ite:"))
        site_label_.setBuddy(self.site)
        self._load_sites()

        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("reportPreview")
        self.preview_button.setToolTip(self.tr("Compute the report for this period and site (F5)"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("reportSave")
        self.save_button.setToolTip(self.tr("Save the report on screen as PDF, Excel, CSV or JSON"))
        self.city_button = QPushButton(self.tr("&City export…"))
        self.city_button.setObjectName("reportCity")
        self.city_button.setToolTip(self.tr("The city's anonymized monthly counts (small counts withheld)"))
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # busy until a job reports steps
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.preview = ReportPreview()

        choose = QHBoxLayout()
        choose.addWidget(period_label_)
        choose.addWidget(self.picker)
        choose.addSpacing(16)
        choose.addWidget(site_label_)
        choose.addWidget(self.site)
        choose.addStretch(1)
        act = QHBoxLayout()
        act.addWidget(self.preview_button)
        act.addWidget(self.save_button)
        act.addWidget(self.city_button)
        act.addSpacing(12)
        act.addWidget(self.progress)
        act.addWidget(self.status, 1)
        layout.addLayout(choose)
        layout.addLayout(act)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)

        self.preview_button.clicked.connect(self.run_preview)
        self.save_button.clicked.connect(self.save_as)
        self.city_button.clicked.connect(self.city_export)
        self.picker.changed.connect(self._selection_changed)
        self.site.currentIndexChanged.connect(lambda *_: self._selection_changed())
        for key in ("F5", "Ctrl+R"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.run_preview)
        self.setFocusProxy(self.picker)
        self._sync_buttons()

    # --- the main window's API -------------------------------------------------------------------
    def refresh(self) -> None:
        """Shown again: the list of sites may have changed (the administrator adds sites)."""
        if self.allowed and not self.busy:
            self._load_sites()

    # --- choices ---------------------------------------------------------------------------------
    def _site_choices(self) -> list[tuple[str, int | None]]:
        choices = [(self.tr("All sites"), None)]
        for site in self.context.store.sites.sites(include_inactive=True):
            name = site.name if site.active else fill(self.tr("%1 (closed)"), site.name)
            choices.append((name, site.id))
        return choices

    def _load_sites(self) -> None:
        chosen = self.site.currentData() if self.site.count() else None
        self.site.blockSignals(True)
        self.site.clear()
        for name, site_id in self._site_choices():
            self.site.addItem(name, site_id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        self.site.blockSignals(False)

    def set_site(self, site_id: int | None) -> None:
        self.site.setCurrentIndex(max(0, self.site.findData(site_id)))

    def _key(self):
        try:
            return self.picker.period(), self.site.currentData()
        except ValueError:
            return None

    def _current(self) -> bool:
        """The report on screen is the one the pickers describe."""
        return self.report is not None and self._key() == self.report_key

    def _selection_changed(self) -> None:
        if self.report is not None and not self.busy:
            self.status.setText("" if self._current() else
                                self.tr("The period or the site changed: press Preview to see that report."))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.preview_button.setEnabled(not self.busy)
        self.save_button.setEnabled(not self.busy and self._current())
        self.city_button.setEnabled(not self.busy)
        self.picker.setEnabled(not self.busy)
        self.site.setEnabled(not self.busy)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- jobs ------------------------------------------------------------------------------------
    def _run(self, message: str, fn, done, failed_prefix: str) -> workers.Job:
        self.busy = True
        self._show_error("")
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._sync_buttons()
        job = workers.Job(fn)
        self.job = job
        self._then, self._failed_prefix = done, failed_prefix  # one job at a time
        # bound methods: Qt drops the connections if the view goes away while the job runs
        workers.start(job, done=self._job_done, failed=self._job_failed, progress=self._job_progress)
        return job

    def _finish_job(self) -> None:
        self.busy = False
        self.job = None  # the job (and what its function holds, e.g. a PDF password) goes
        self.progress.setVisible(False)
        self._sync_buttons()

    def _job_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _job_done(self, result) -> None:
        then, self._then = self._then, None
        self._finish_job()
        then(result)

    def _job_failed(self, exc: Exception) -> None:
        self._then = None
        self._finish_job()
        self.status.setText("")
        self._show_error(f"{self._failed_prefix} {self.error_text(exc)}")

    def error_text(self, exc: Exception) -> str:
        lang = self.context.lang
        if isinstance(exc, (CityExportError, StorageError)):
            return exc.message(lang)
        if isinstance(exc, OSError):
            return fill(self.tr("The file could not be written (%1)."), exc.strerror or type(exc).__name__)
        return self.tr("Something went wrong. Please try again.")

    # --- preview ---------------------------------------------------------------------------------
    def run_preview(self) -> bool:
        """Compute the report for the chosen period and site in a Job; False when refused."""
        if not self.allowed or self.busy:
            return False
        key = self._key()
        if key is None:
            self._show_error(self.tr("The range ends before it starts: choose the dates again."))
            return False
        period, site_id = key
        store = self.context.store
        self._run(self.tr("Computing the report…"), lambda _progress: work.compute(store, period, site_id),
                  lambda report: self._previewed(report, key), self.tr("The report could not be computed."))
        return True

    def _previewed(self, report, key) -> None:
        self.report, self.report_key = report, key
        self.preview.show_report(report, self.context.lang)
        self.status.setText("" if self._current() else
                            self.tr("The period or the site changed: press Preview to see that report."))
        self._sync_buttons()

    # --- save as ---------------------------------------------------------------------------------
    def default_stem(self, report) -> str:
        kind, start, end = report.period["kind"], report.period["start"], report.period["end"]
        if kind == "month":
            stem = fill(self.tr("%1_monthly_usage"), start[:7])
        elif kind == "year":
            stem = fill(self.tr("%1_annual_usage"), start[:4])
        else:
            stem = fill(self.tr("%1_usage"), f"{start}_{end}")
        return stem + (f"_{safe_file_part(report.site)}" if report.site else "")

    def save_as(self) -> SaveReportDialog | None:
        """Ask where, in which format and why; the report on screen is then written in a Job."""
        if not self.allowed or self.busy or not self._current():
            return None
        report, lang = self.report, self.context.lang
        what = " · ".join((report_title(report, lang), period_label(report, lang), site_label(report, lang)))
        dialog = SaveReportDialog(self.default_stem(report), what, self.export_dir, self)
        self.save_dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog, report))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog) -> None:
        if isinstance(dialog, SaveReportDialog):
            dialog.take_password()  # cancelled or not: no password stays in a field
        if self.save_dialog is dialog:
            self.save_dialog = None
        if self.city_dialog is dialog:
            self.city_dialog = None
        dialog.deleteLater()

    def _save(self, dialog: SaveReportDialog, report) -> bool:
        request = dialog.request()
        password = dialog.take_password()
        if not request["purpose"] or request["path"] is None:
            self._show_error(self.tr("Not saved: every export needs its purpose, for the audit log."))
            return False
        path, lang = request["path"], self.context.lang
        self.export_dir = path.parent
        self._run(fill(self.tr("Writing %1…"), path.name),
                  lambda _progress: work.save_report(report, path, lang, password),
                  lambda written: self._saved(Path(written), request, report),
                  self.tr("The file was not written."))
        return True

    def _saved(self, path: Path, request: dict, report) -> None:
        try:
            self.context.store.audit.record_export(
                kind=AUDIT_KINDS.get(report.period["kind"], "report_range"), period=report.period["label_en"],
                fmt=path.suffix.lower(), file_name=path.name, purpose=request["purpose"], site=report.site)
        except Exception as exc:  # noqa: BLE001 (no export may stay without its audit row)
            self._unrecorded(path, exc)
            return
        self.last_saved = path
        self.status.setText(fill(self.tr("Saved %1 (purpose: %2)."), path.name, request["purpose"]))
        self.status.setToolTip(str(path))

    def _unrecorded(self, path: Path, exc: Exception) -> None:
        try:
            path.unlink()
        except OSError:
            pass
        self.status.setText("")
        self._show_error(fill(self.tr("The export could not be recorded in the audit log, so the file was "
                                      "deleted: %1"), self.error_text(exc)))

    # --- the city export -------------------------------------------------------------------------
    def city_export(self) -> CityExportDialog | None:
        """Ask for month, site, k, file and purpose; the export is then written in a Job."""
        if not self.allowed or self.busy:
            return None
        k = self.context.store.settings.get("suppression_k", 5)
        dialog = CityExportDialog(self.picker.month_text(), self._site_choices(), self.site.currentData(), k,
                                  self.export_dir, self)
        self.city_dialog = dialog
        dialog.accepted.connect(lambda: self._city(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _city(self, dialog: CityExportDialog) -> bool:
        request = dialog.request()
        if not request["purpose"] or request["path"] is None:
            self._show_error(self.tr("Not saved: every export needs its purpose, for the audit log."))
            return False
        store, path = self.context.store, request["path"]
        self.export_dir = path.parent
        self._run(fill(self.tr("Writing %1…"), path.name),
                  lambda _progress: work.city_export(store, request["month"], request["site_id"], request["k"], path),
                  lambda result: self._city_written(result, request),
                  self.tr("The city export was not written."))
        return True

    def _city_written(self, result: work.CityResult, request: dict) -> None:
        path = Path(result.path)
        try:
            self.context.store.audit.record_export(kind="city_export", period=result.month,
                                                   fmt=path.suffix.lower(), file_name=path.name,
                                                   purpose=request["purpose"], site=request["site"])
        except Exception as exc:  # noqa: BLE001 (no export may stay without its audit row)
            self._unrecorded(path, exc)
            return
        self.last_city = result
        self.status.setText(fill(self.tr("Saved %1: %2 of %3 counts withheld (k = %4)."), path.name,
                                 result.suppressed, result.cells, result.k))
        self.status.setToolTip(str(path))
