"""The programs view: the list of programs (filtered by site, category and year) beside the
selected program's details, sessions, attendance totals and registrations; "new program" and
the satisfaction survey entry. Refreshes when anyone writes a program."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.vocabulary import PROGRAM_CATEGORIES

from .common import error_text, message_label, show_message
from .detail import ProgramDetail
from .program_dialog import ProgramDialog
from .survey_dialog import SurveyDialog

ALL = None


class ProgramTable(QTableWidget):
    """Enter moves into the selected program's sessions."""

    entered = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentRow() >= 0:
            self.entered.emit()
            return
        super().keyPressEvent(event)


class ProgramsView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("programsView")
        self.rows: list = []
        self.dialog = None
        self.survey: SurveyDialog | None = None
        title = QLabel(self.tr("Programs"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.survey_button = QPushButton(self.tr("Satisfaction survey…"))
        self.survey_button.setObjectName("surveyButton")
        self.survey_button.setToolTip(self.tr("Enter paper satisfaction surveys, anonymously (Ctrl+Shift+Y)"))
        self.survey_button.clicked.connect(self.open_survey)
        self.new_button = QPushButton(self.tr("New program…"))
        self.new_button.setObjectName("newProgram")
        self.new_button.setToolTip(self.tr("Create a program, an outreach visit or a campaign (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_program)

        self.site = QComboBox()
        self.site.setObjectName("filterSite")
        self.site.setAccessibleName(self.tr("Site"))
        self.category = QComboBox()
        self.category.setObjectName("filterCategory")
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), ALL)
        for code in PROGRAM_CATEGORIES:
            self.category.addItem(context.label(PROGRAM_CATEGORIES, code), code)
        self.year = QComboBox()
        self.year.setObjectName("filterYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.count = QLabel("")
        self.count.setObjectName("programCount")

        headers = [self.tr("Program"), self.tr("Category"), self.tr("Starts"), self.tr("Sessions"),
                   self.tr("Person-visits")]
        self.table = ProgramTable(0, len(headers))
        self.table.setObjectName("programTable")
        self.table.setAccessibleName(self.tr("Programs; Enter moves to the sessions"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = ProgramDetail(context)
        self.table.entered.connect(lambda: self.detail.table.setFocus())
        self.message = message_label("programsMessage")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        for w in (self.site, self.category, self.year):
            filters.addWidget(w)
        filters.addStretch(1)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.survey_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        order = [self.site, self.category, self.year, self.table, self.detail.edit_button]
        for a, b in zip([self.new_button, self.survey_button] + order[:-1], [self.survey_button] + order):
            QWidget.setTabOrder(a, b)
        self.setFocusProxy(self.table)

        for keys, slot in [("Ctrl+N", self.new_program), ("Ctrl+Shift+Y", self.open_survey),
                           *self.detail.shortcuts()]:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(action)

        self.allowed = self.store.programs.may("program.read")
        self.new_button.setEnabled(self.store.programs.may("program.write"))
        self.survey_button.setEnabled(self.store.surveys.may("survey.write"))
        self._fill_filters()
        for combo in (self.site, self.category, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        context.changed.connect(self._changed)
        self.refresh()

    def _fill_filters(self) -> None:
        self.site.addItem(self.tr("All sites"), ALL)
        try:
            sites = self.store.sites.sites()
        except StorageError:
            sites = []
        for s in sites:
            self.site.addItem(s.name, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(self.context.actor.site_id)))
        this_year = self.context.today().year
        try:
            years = set(self.store.programs.years()) if self.allowed else set()
        except StorageError:
            years = set()
        self.year.addItem(self.tr("All years"), ALL)
        for y in sorted(years | {this_year}, reverse=True):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(this_year))

    # --- the list ----------------------------------------------------------------------------
    def _changed(self, what: str) -> None:
        if what in ("program", "client"):
            self.refresh()

    def refresh(self) -> None:
        if not self.allowed:
            show_message(self.message, self.tr("You are not allowed to see programs."))
            self.table.setRowCount(0)
            self.detail.show_program(None)
            self.detail.setEnabled(False)
            return
        keep = self.selected_id()
        try:
            self.rows = self.store.programs.overview(site_id=self.site.currentData(),
                                                     category=self.category.currentData(),
                                                     year=self.year.currentData())
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            self.rows = []
        ctx = self.context
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, summary in enumerate(self.rows):
            p = summary.program
            values = [p.name, ctx.label(PROGRAM_CATEGORIES, p.category), p.starts_on, str(summary.sessions),
                      str(summary.person_visits)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        total = sum(s.person_visits for s in self.rows)
        self.count.setText(self.tr("%1 programs · %2 sessions · person-visits %3")
                           .replace("%1", str(len(self.rows))).replace("%2", str(sum(s.sessions for s in self.rows)))
                           .replace("%3", f"{total:,}"))
        ids = [s.program.id for s in self.rows]
        if keep in ids:
            self.select(keep)
        elif ids:
            self.select(ids[0])        # the newest program the filters show
        else:
            self.detail.show_program(None)

    def save_all(self) -> bool:
        """An open group note's draft, before an idle lock or a log-out (the main window asks)."""
        dialog = self.detail.dialog
        return dialog.save_now() if hasattr(dialog, "save_now") else True

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.table.item(row, 0) is not None and self.table.item(row, 0).isSelected():
            return self.rows[row].program.id
        return self.detail.program.id if self.detail.program is not None else None

    def select(self, program_id: int) -> bool:
        """Select a program in the list (showing it on the right)."""
        for row, summary in enumerate(self.rows):
            if summary.program.id == program_id:
                self.table.setCurrentCell(row, 0)
                self.table.selectRow(row)
                if self.detail.program is None or self.detail.program.id != program_id:
                    self.detail.show_program(program_id)
                else:
                    self.detail.reload()
                return True
        return False

    def open_group_note(self, program_id: int, program_session_id: int):
        """Show the program (even if the filters hide it) and open that session's group note
        (from Today's unsigned list). Returns the dialog, or None."""
        if not self.select(program_id):
            self.detail.show_program(program_id)
        for row, s in enumerate(self.detail.sessions):
            if s.id == program_session_id:
                self.detail.table.setCurrentCell(row, 0)
                return self.detail.write_group_note()
        return None

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.detail.show_program(self.rows[row].program.id)

    # --- new program, survey -----------------------------------------------------------------
    def new_program(self) -> ProgramDialog | None:
        if not self.new_button.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = ProgramDialog(self.context, None, self)
        self.dialog = dialog
        dialog.finished.connect(lambda result, d=dialog: self._program_dialog_closed(d, result))
        dialog.open()
        return dialog

    def _program_dialog_closed(self, dialog: ProgramDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result == ProgramDialog.Accepted and dialog.saved is not None:
            p = dialog.saved
            # show the new program even when the filters would hide it
            if self.site.currentData() not in (ALL, p.site_id):
                self.site.setCurrentIndex(0)
            if self.category.currentData() not in (ALL, p.category):
                self.category.setCurrentIndex(0)
            year = int(p.starts_on[:4])
            if self.year.currentData() not in (ALL, year):
                if self.year.findData(year) < 0:
                    self.year.addItem(str(year), year)
                self.year.setCurrentIndex(self.year.findData(year))
            self.refresh()
            self.select(p.id)
            self.detail.add_session_button.setFocus()
        dialog.deleteLater()

    def open_survey(self) -> SurveyDialog | None:
        if not self.survey_button.isEnabled():
            return None
        if self.survey is not None:
            self.survey.close()
        survey = SurveyDialog(self.context, self)
        self.survey = survey
        survey.finished.connect(lambda _r, d=survey: self._survey_closed(d))
        survey.open()
        return survey

    def _survey_closed(self, survey: SurveyDialog) -> None:
        if self.survey is survey:
            self.survey = None
        survey.deleteLater()
