"""Import wizard (issue 8, part 5): the old program's CSV/XLSX exports, in the same steps as
``maumdesk import`` (docs/import.md):

1. the kind (clients / services), the file (and its sheet), a source name;
2. the file's headings mapped onto our columns (prefilled from the mapping saved for the source,
   a mapping file, or what the headings look like), optionally saved for the source;
3. a dry run off the UI thread with progress and Cancel: the counts that would be created and
   every row that cannot be imported (row as Excel shows it, column, reason);
4. the import (all or nothing, or the good rows only with "skip bad rows"), also off the UI
   thread with progress and Cancel, then what was written.

Every database access goes through storage.importing (which checks import.run again).
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox, QStackedWidget,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from storage import importing
from storage.errors import StorageError
from storage.importing.columns import columns_for, is_dynamic, match_heading
from storage.importing.report import COUNT_LABELS
from storage.importing.values import fold

from .common import StatusLine, Table, error_text, run_job

MAX_ISSUES_SHOWN = 2000   # a 10-year file with a wrong column can refuse every row: the table stays usable
last_folder: str = ""     # this session's last import folder


def choose_file(parent, title: str, start: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def choose_mapping_file(parent, title: str, start: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


class ImportTab(QWidget):
    KINDS = ("clients", "services")

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importTab")
        self.running: str | None = None       # "dry_run" | "import" while a job runs
        self._cancel = threading.Event()
        self._job = None
        self.table = None                     # importing.SourceTable of the chosen file
        self.file_mapping = None              # a mapping read from a mapping file (optional)
        self.value_map: dict = {}             # value translations kept from the saved/file mapping
        self.report = None                    # the last dry run's (or import's) report
        self.result = None                    # the last import's report
        self.progress_seen: list[tuple[int, int]] = []
        self.combos: dict[str, QComboBox] = {}

        self.step_label = QLabel()
        self.step_label.setObjectName("importStep")
        font = self.step_label.font()
        font.setBold(True)
        self.step_label.setFont(font)
        self.pages = QStackedWidget()
        self.pages.setObjectName("importPages")
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._check_page())
        self.pages.currentChanged.connect(self._show_step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        self._show_step(0)

    # --- pages -------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Bring clients and their services over from the old program. Export them to Excel "
                               "(XLSX) or CSV, one file for clients and one for services. Import the clients "
                               "first: service rows name clients by their client code."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        self.kind.addItem(self.tr("Clients"), "clients")
        self.kind.addItem(self.tr("Services (counseling, screenings, programs, referrals)"), "services")
        self.path = QLineEdit()
        self.path.setObjectName("importFile")
        self.path.setPlaceholderText(self.tr("a .xlsx or .csv file exported from the old program"))
        self.path.editingFinished.connect(self._file_changed)
        self.file_button = QPushButton(self.tr("Choose…"))
        self.file_button.setObjectName("chooseImportFile")
        self.file_button.clicked.connect(self.choose_import_file)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.header_row = QSpinBox()
        self.header_row.setObjectName("importHeaderRow")
        self.header_row.setRange(1, 50)
        self.source = QLineEdit()
        self.source.setObjectName("importSource")
        self.source.setPlaceholderText(self.tr("e.g. the old program's name; its column mapping is kept under it"))
        self.mapping_path = QLineEdit()
        self.mapping_path.setObjectName("importMappingFile")
        self.mapping_path.setPlaceholderText(self.tr("optional: a mapping file (.json, .yaml)"))
        self.mapping_button = QPushButton(self.tr("Choose…"))
        self.mapping_button.setObjectName("chooseMappingFile")
        self.mapping_button.clicked.connect(self.choose_mapping)
        self.next_button = QPushButton(self.tr("Next: columns"))
        self.next_button.setObjectName("importNext")
        self.next_button.clicked.connect(self.to_mapping)
        self.file_status = StatusLine("importFileStatus")

        form = QFormLayout()
        form.addRow(self.tr("What to import"), self.kind)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.file_button)
        form.addRow(self.tr("File"), row)
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.tr("Heading row"), self.header_row)
        form.addRow(self.tr("Source name"), self.source)
        row = QHBoxLayout()
        row.addWidget(self.mapping_path, 1)
        row.addWidget(self.mapping_button)
        form.addRow(self.tr("Mapping file"), row)
        self._set_sheets([])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.file_status)
        column.addLayout(buttons)
        column.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Choose which of our columns each heading of the file holds. Columns marked * are "
                               "required; headings set to \"not used\" are ignored."))
        intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Heading in the file"), self.tr("Our column")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.mapping_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("importMissing")
        self.missing_label.setWordWrap(True)
        self.save_mapping_box = QCheckBox(self.tr("Save this mapping for the source"))
        self.save_mapping_box.setObjectName("importSaveMapping")
        self.mapping_status = StatusLine("importMappingStatus")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("importBackToFile")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.dry_run_button = QPushButton(self.tr("Check the file (dry run)"))
        self.dry_run_button.setObjectName("importDryRun")
        self.dry_run_button.clicked.connect(self.dry_run)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_mapping_box)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_run_button)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(self.mapping_table, 1)
        column.addWidget(self.missing_label)
        column.addWidget(self.mapping_status)
        column.addLayout(buttons)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setMinimumWidth(300)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.issues_label = QLabel(self.tr("Rows that cannot be imported"))
        self.issues = Table([self.tr("Row"), self.tr("Column"), self.tr("Reason")], "importIssues")
        self.issues.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.issues.setWordWrap(True)
        self.check_status = StatusLine("importStatus")
        self.skip_bad = QCheckBox(self.tr("Skip the rows that cannot be imported and import the rest"))
        self.skip_bad.setObjectName("importSkipBad")
        self.skip_bad.toggled.connect(lambda _on: self._update_buttons())
        self.back_to_mapping = QPushButton(self.tr("Back"))
        self.back_to_mapping.setObjectName("importBackToMapping")
        self.back_to_mapping.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setObjectName("importCheckAgain")
        self.again_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importRun")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.new_button = QPushButton(self.tr("Import another file"))
        self.new_button.setObjectName("importAnother")
        self.new_button.clicked.connect(self.start_over)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_to_mapping)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.import_button)
        column = QVBoxLayout(page)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addWidget(self.issues_label)
        column.addWidget(self.issues, 1)
        column.addWidget(self.skip_bad)
        column.addWidget(self.check_status)
        column.addLayout(buttons)
        return page

    def _show_step(self, index: int) -> None:
        titles = (self.tr("Step 1 of 3: the file"), self.tr("Step 2 of 3: the columns"),
                  self.tr("Step 3 of 3: check and import"))
        self.step_label.setText(titles[index])

    def refresh(self) -> None:
        pass

    # --- step 1: the file ----------------------------------------------------------------------
    @property
    def kind_code(self) -> str:
        return self.kind.currentData()

    def choose_import_file(self) -> str:
        start = str(Path(self.path.text()).parent) if self.path.text() else (last_folder or str(Path.home()))
        path = choose_file(self, self.tr("File to import"), start,
                           self.tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv)"))
        if path:
            self.path.setText(path)
            self._file_changed()
        return path

    def choose_mapping(self) -> str:
        start = str(Path(self.path.text()).parent) if self.path.text() else str(Path.home())
        path = choose_mapping_file(self, self.tr("Mapping file"), start, self.tr("Mapping files (*.json *.yaml *.yml)"))
        if path:
            self.mapping_path.setText(path)
        return path

    def _set_sheets(self, sheets: list[str]) -> None:
        self.sheet.clear()
        self.sheet.addItems(sheets)
        visible = len(sheets) > 1
        self.sheet.setVisible(visible)
        self.sheet_label.setVisible(visible)

    def _file_changed(self) -> None:
        """An XLSX file: list its sheets (the first is the default)."""
        self.file_status.clear_text()
        text = self.path.text().strip()
        if not text or Path(text).suffix.lower() not in (".xlsx", ".xlsm"):
            self._set_sheets([])
            return
        try:
            table = importing.open_table(text)
        except StorageError as exc:
            self._set_sheets([])
            self.file_status.error(error_text(exc, self.context.lang))
            return
        self._set_sheets(table.sheets)

    def to_mapping(self) -> bool:
        """Open the file, read its headings and prefill the mapping."""
        global last_folder
        self.file_status.clear_text()
        text = self.path.text().strip()
        if not text:
            self.file_status.error(self.tr("Choose the file to import."))
            return False
        lang = self.context.lang
        try:
            self.file_mapping = (importing.read_mapping_file(self.mapping_path.text().strip())
                                 if self.mapping_path.text().strip() else None)
            self.table = importing.open_table(text, sheet=self.sheet.currentText() or None,
                                              header_row=self.header_row.value())
            saved = (importing.saved_mapping(self.context.store.vault, self.source_name, self.kind_code)
                     if self.source_name else None)
        except StorageError as exc:
            self.file_status.error(error_text(exc, lang))
            return False
        last_folder = str(Path(text).parent)
        base = self.file_mapping.merged_over(saved) if self.file_mapping is not None else saved
        self.value_map = {k: dict(v) for k, v in base.values.items()} if base else {}
        explicit = {fold(h): t for h, t in base.columns.items()} if base else {}
        suggested = importing.suggest_mapping(self.kind_code, self.table.headers).columns
        self._fill_mapping(explicit, suggested)
        self.save_mapping_box.setEnabled(bool(self.source_name))
        self.save_mapping_box.setChecked(bool(self.source_name) and saved is None)
        self.mapping_status.clear_text()
        if saved is not None and self.file_mapping is None:
            self.mapping_status.ok(self.tr("The mapping saved for %1 was used.").replace("%1", self.source_name))
        self.pages.setCurrentIndex(1)
        return True

    @property
    def source_name(self) -> str:
        return self.source.text().strip()

    # --- step 2: columns -----------------------------------------------------------------------
    def _target_of(self, target: str | None) -> str | None:
        if not target:
            return None
        names = {c.name for c in columns_for(self.kind_code)}
        if target in names or (self.kind_code == "services" and is_dynamic(target)):
            return target
        return match_heading(self.kind_code, target)

    def _fill_mapping(self, explicit: dict, suggested: dict) -> None:
        lang = self.context.lang
        columns = columns_for(self.kind_code)
        self.mapping_table.setRowCount(0)
        self.combos: dict[str, QComboBox] = {}
        headers = [h for h in self.table.headers if h]
        for heading in headers:
            key = fold(heading)
            target = self._target_of(explicit[key]) if key in explicit else suggested.get(heading)
            combo = QComboBox()
            combo.setObjectName(f"importColumn:{heading}")
            combo.addItem(self.tr("— not used —"), None)
            for col in columns:
                label = f"{col.ko if lang == 'ko' else col.en} ({col.name})" + (" *" if col.required else "")
                combo.addItem(label, col.name)
            if target and combo.findData(target) < 0:      # item answers, subscale scores
                combo.addItem(target, target)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            item = QTableWidgetItem(heading)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            self.mapping_table.setItem(row, 0, item)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[heading] = combo
        self._mapping_changed()

    def set_column(self, heading: str, column: str | None) -> None:
        """Choose our column for a heading (as a user picks it in the combo box)."""
        combo = self.combos[heading]
        combo.setCurrentIndex(combo.findData(column))

    def current_mapping(self) -> importing.ColumnMapping:
        return importing.ColumnMapping({h: c.currentData() for h, c in self.combos.items()},
                                       {k: dict(v) for k, v in self.value_map.items()})

    def missing_columns(self) -> list[str]:
        chosen = {c.currentData() for c in self.combos.values()}
        return [c.name for c in columns_for(self.kind_code) if c.required and c.name not in chosen]

    def _mapping_changed(self) -> None:
        lang = self.context.lang
        labels = {c.name: (c.ko if lang == "ko" else c.en) for c in columns_for(self.kind_code)}
        missing = self.missing_columns()
        chosen = [c.currentData() for c in self.combos.values() if c.currentData()]
        twice = sorted({c for c in chosen if chosen.count(c) > 1})
        problems = []
        if missing:
            problems.append(self.tr("Required columns not chosen yet: %1")
                            .replace("%1", ", ".join(labels.get(m, m) for m in missing)))
        if twice:
            problems.append(self.tr("Chosen for more than one heading: %1")
                            .replace("%1", ", ".join(labels.get(m, m) for m in twice)))
        self.missing_label.setText("\n".join(problems))
        self.missing_label.setStyleSheet("color: #b00020;" if problems else "")
        self.missing_label.setVisible(bool(problems))
        self.dry_run_button.setEnabled(not problems and self.running is None)

    # --- step 3: dry run and import ------------------------------------------------------------
    def _args(self) -> dict:
        return dict(mapping=self.current_mapping(), source=self.source_name or None,
                    sheet=self.table.sheet if self.table else None, header_row=self.header_row.value())

    def dry_run(self) -> bool:
        if self.running or self.table is None:
            return False
        vault, lang = self.context.store.vault, self.context.lang
        args = self._args()
        self.mapping_status.clear_text()
        try:
            importing.check_columns(vault, self.kind_code, self.table.path, **args)
            if self.save_mapping_box.isChecked() and self.source_name:
                importing.save_mapping(vault, self.source_name, self.kind_code, args["mapping"])
                self.save_mapping_box.setChecked(False)
        except StorageError as exc:
            self.mapping_status.error(error_text(exc, lang))
            return False
        self.pages.setCurrentIndex(2)
        self.report = self.result = None
        self.summary.setText(self.tr("Checking every row; nothing is saved…"))
        self._show_issues([])
        self.skip_bad.setChecked(False)
        self.check_status.clear_text()
        kind, path = self.kind_code, self.table.path
        self._start("dry_run", lambda progress: importing.dry_run(vault, kind, path, progress=progress,
                                                                  cancel=self._cancel.is_set, **args),
                    self._checked)
        return True

    def run_import(self) -> bool:
        if self.running or self.report is None or not self.import_button.isEnabled():
            return False
        vault = self.context.store.vault
        args = self._args()
        skip_bad = self.skip_bad.isChecked()
        kind, path = self.kind_code, self.table.path
        self.check_status.ok(self.tr("Importing…"))
        self._start("import", lambda progress: importing.run_import(vault, kind, path, skip_bad=skip_bad,
                                                                    progress=progress, cancel=self._cancel.is_set,
                                                                    **args),
                    self._imported)
        return True

    def _start(self, what: str, fn, done) -> None:
        self._cancel = threading.Event()
        self.progress_seen = []
        self.progress.setRange(0, max(1, self.table.estimated_rows or 0))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._set_running(what)
        self._job = run_job(fn, done=done, failed=self._failed, progress=self._progress)

    def _set_running(self, what: str | None) -> None:
        self.running = what
        idle = what is None
        for w in (self.back_to_mapping, self.again_button, self.new_button, self.skip_bad, self.back_button,
                  self.next_button):
            w.setEnabled(idle)
        self.cancel_button.setEnabled(not idle)
        self.cancel_button.setVisible(not idle)
        self._mapping_changed()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if self.running is None:
            return
        self.progress_seen.append((done, total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.check_status.ok(self.tr("%1 rows checked…").replace("%1", f"{done:,}"))

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.check_status.ok(self.tr("Cancelling…"))

    def _update_buttons(self) -> None:
        report = self.report
        ready = (self.running is None and report is not None and self.result is None and report.rows_ok > 0
                 and (report.ok or self.skip_bad.isChecked()))
        self.import_button.setEnabled(ready)
        self.skip_bad.setVisible(bool(report and report.issues and self.result is None))

    def _checked(self, report) -> None:
        self.report = report
        self.progress.setVisible(False)
        self._set_running(None)
        self._show_report(report, dry_run=True)
        if report.issues:
            self.check_status.error(
                self.tr("%1 rows cannot be imported. Fix the file and check again, or tick \"skip\" to import the "
                        "other rows.").replace("%1", f"{report.rows_refused:,}"))
        elif report.rows_ok == 0:
            self.check_status.ok(self.tr("Nothing new to import: every row was imported before."))
        else:
            self.check_status.ok(self.tr("Dry run: nothing was saved. Every row can be imported."))
        self._update_buttons()

    def _imported(self, report) -> None:
        self.progress.setVisible(False)
        self.report = report
        if report.written:
            self.result = report
        self._set_running(None)
        self._show_report(report, dry_run=False)
        number = str(report.import_id or "")
        if report.written and report.issues:
            self.check_status.ok(self.tr("Imported the good rows only (import #%1); the rows listed were left out.")
                                 .replace("%1", number))
        elif report.written:
            self.check_status.ok(self.tr("Imported (import #%1).").replace("%1", number))
        elif report.issues:
            self.check_status.error(self.tr("Some rows cannot be imported, so nothing was saved."))
        else:
            self.check_status.ok(self.tr("No new rows. Nothing was saved."))
        self._update_buttons()
        if report.written:
            self.context.notify("client" if report.kind == "clients" else "import")

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self._set_running(None)
        if isinstance(exc, importing.ImportCancelled):
            self.summary.setText("")
            self.report = None
            self.check_status.error(self.tr("Cancelled. Nothing was saved."))
        else:
            self.check_status.error(error_text(exc, self.context.lang))
        self._update_buttons()

    def _show_report(self, report, *, dry_run: bool) -> None:
        lang = self.context.lang
        lines = [self.tr("Rows read %1; can be imported %2; cannot be imported %3; imported before %4")
                 .replace("%1", f"{report.rows_read:,}").replace("%2", f"{report.rows_ok:,}")
                 .replace("%3", f"{report.rows_refused:,}").replace("%4", f"{report.rows_skipped:,}")]
        lines.append(self.tr("Created:") if report.written else
                     self.tr("Would be created:") if dry_run else self.tr("Nothing was created. It would create:"))
        for key, (ko, en) in COUNT_LABELS.items():
            if key in report.counts and (report.counts[key] or not key.startswith(("sessions_", "followups_"))):
                label = (ko if lang == "ko" else en)
                indent = "    " if label.startswith("  ") else "  "
                lines.append(f"{indent}{label.strip()}: {report.counts[key]:,}")
        if report.ignored:
            lines.append(self.tr("Columns not used: %1").replace("%1", ", ".join(report.ignored)))
        for ko, en in report.notes:
            lines.append(ko if lang == "ko" else en)
        self.summary.setText("\n".join(lines))
        self._show_issues(report.issues)

    def _show_issues(self, issues) -> None:
        lang = self.context.lang
        shown = issues[:MAX_ISSUES_SHOWN]
        labels = {c.name: (c.ko if lang == "ko" else c.en) for c in columns_for(self.kind_code)}
        self.issues.setRowCount(0)
        self.issues.setRowCount(len(shown))
        for r, issue in enumerate(shown):
            where = " ".join(p for p in (issue.letter, issue.heading or labels.get(issue.column)) if p)
            label = labels.get(issue.column)
            if issue.heading and label and fold(issue.heading) != fold(label):
                where += f" ({label})"
            for c, text in enumerate((str(issue.row), where or self.tr("whole row"), issue.message(lang))):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.UserRole, issue.row)
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.issues.setItem(r, c, item)
        if len(issues) > len(shown):
            self.issues_label.setText(self.tr("Rows that cannot be imported (the first %1 of %2 reasons)")
                                      .replace("%1", f"{len(shown):,}").replace("%2", f"{len(issues):,}"))
        else:
            self.issues_label.setText(self.tr("Rows that cannot be imported"))
        self.issues_label.setVisible(bool(issues))
        self.issues.setVisible(bool(issues))

    def start_over(self) -> None:
        if self.running:
            return
        self.report = self.result = None
        self.table = None
        self.path.clear()
        self.mapping_path.clear()
        self._set_sheets([])
        self.summary.setText("")
        self._show_issues([])
        self.check_status.clear_text()
        self.pages.setCurrentIndex(0)
