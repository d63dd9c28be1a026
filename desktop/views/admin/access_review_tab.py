"""The lead's monthly access-log review (접속기록 점검): for a chosen month, the unusual accesses
the audit log holds (views outside working hours, many charts in one day, emergency accesses,
exports and backups), each with when, who, what and the client code, never a name; the month
is then marked reviewed with a comment. Which months are done is listed, and a missing review of
last month is pointed out."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.repos.access_review import KINDS, previous_month

from .common import StatusLine, Table, error_text

MONTHS_SHOWN = 13   # this month and the twelve before it



def kind_names() -> dict[str, str]:
    """Asked at use, not at import, so the language chosen at start applies."""
    return {
        "out_of_hours": QCoreApplication.translate("AccessReviewTab", "Outside working hours"),
        "many_charts": QCoreApplication.translate("AccessReviewTab", "Many charts in one day"),
        "break_glass": QCoreApplication.translate("AccessReviewTab", "Emergency access"),
        "export": QCoreApplication.translate("AccessReviewTab", "Export or backup"),
    }


KIND_COLORS = {"out_of_hours": "#8a4b00", "many_charts": "#8a4b00", "break_glass": "#b00020", "export": "#0d47a1"}


def _months(today: date) -> list[str]:
    months, y, m = [], today.year, today.month
    for _ in range(MONTHS_SHOWN):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return months


class AccessReviewTab(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("accessReviewTab")
        self.findings: list = []
        self.month = QComboBox()
        self.month.setObjectName("reviewMonth")
        self.month.setMinimumWidth(140)
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.reminder = QLabel("")
        self.reminder.setObjectName("reviewReminder")
        self.reminder.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.reminder.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.table = Table([self.tr("When"), self.tr("Staff"), self.tr("Finding"), self.tr("What"),
                            self.tr("Client code"), self.tr("Details")], "reviewFindings")
        self.table.setWordWrap(True)
        rules = QLabel(self.tr("Shown: chart openings and note reads outside the working hours set in Center "
                               "settings; accounts that opened at least the set number of different charts in one "
                               "day; every emergency access; every export, print and backup."))
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #555;")

        self.state = QLabel("")
        self.state.setObjectName("reviewState")
        self.state.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setMaxLength(1000)
        self.comment.textChanged.connect(lambda _t: self.status.clear_text())
        self.comment.setPlaceholderText(self.tr("What you checked and found, e.g. night views were crisis calls"))
        self.mark_button = QPushButton(self.tr("Mark month reviewed"))
        self.mark_button.setObjectName("reviewMark")
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.status = StatusLine("reviewStatus")
        mark_box = QGroupBox(self.tr("Monthly check"))
        mark = QVBoxLayout(mark_box)
        mark.addWidget(self.state)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Comment")))
        row.addWidget(self.comment, 1)
        row.addWidget(self.mark_button)
        mark.addLayout(row)
        mark.addWidget(self.status)

        self.done = Table([self.tr("Month"), self.tr("Reviewed by"), self.tr("On"), self.tr("Findings"),
                           self.tr("Comment")], "reviewDone")
        self.done.setMaximumHeight(150)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(top)
        layout.addWidget(rules)
        layout.addWidget(self.table, 3)
        layout.addWidget(mark_box)
        layout.addWidget(QLabel(self.tr("Reviewed months")))
        layout.addWidget(self.done, 1)

    def refresh(self) -> None:
        today = self.context.today()
        chosen = self.month.currentData() or previous_month(today)
        self.month.blockSignals(True)
        self.month.clear()
        for month in _months(today):
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)
        self.load()

    def load(self) -> None:
        month = self.month.currentData()
        if not month:
            return
        review = self.context.store.access_review
        self.status.clear_text()
        self.findings = review.findings(month)
        counts = review.counts(self.findings)
        names = kind_names()
        self.summary.setText(" · ".join(f"{names[k]} {counts[k]}" for k in KINDS))
        self.table.setRowCount(len(self.findings))
        for row, f in enumerate(self.findings):
            when = f.local   # the center's time, whatever offset the workstation wrote
            values = [when, f"{f.actor_name} ({f.actor})", names[f.kind], self._what(f), f.client_code or "—",
                      self._details(f)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setForeground(QBrush(QColor(KIND_COLORS[f.kind])))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        done = review.review_of(month)
        if done is None:
            self.state.setText(self.tr("%1 is not reviewed yet.").replace("%1", month))
            self.state.setStyleSheet("color: #b26a00;")
        else:
            self.state.setText(self.tr("%1 was reviewed by %2 on %3: %4").replace("%1", month)
                               .replace("%2", done.reviewer_name).replace("%3", done.reviewed_at[:10])
                               .replace("%4", done.comment))
            self.state.setStyleSheet("color: #1b5e20;")
        over = month < self.context.today().strftime("%Y-%m")   # the rest of a running month would go unchecked
        if done is None and not over:
            self.state.setText(self.tr("%1 is not over yet: it can be marked reviewed from the 1st of next month.")
                               .replace("%1", month))
        self.comment.setEnabled(done is None and over)
        self.mark_button.setEnabled(done is None and over)
        self._fill_done()

    def _what(self, f) -> str:
        if f.kind == "many_charts":
            return self.tr("%1 different charts opened").replace("%1", str(f.count))
        if f.action == "view":
            if f.entity == "group_note":   # no client: the program session it belongs to
                return self.tr("Opened a group note: %1").replace("%1", f.program_session or "?")
            if f.entity == "screening":
                return self.tr("Opened a screening")
            return self.tr("Opened a note") if f.entity == "note" else self.tr("Opened a chart")
        if f.action == "break_glass":
            return self.tr("Opened notes with emergency access")
        if f.action == "backup":
            return self.tr("Backup")
        return self.tr("Export: %1").replace("%1", f.entity)

    def _details(self, f) -> str:
        if f.kind == "break_glass":
            return self.tr("Reason: %1").replace("%1", f.reason)
        return ""

    def _fill_done(self) -> None:
        store = self.context.store
        reviews = store.access_review.reviews()
        self.done.setRowCount(len(reviews))
        for row, r in enumerate(reviews):
            total = sum(r.counts.values())
            for col, value in enumerate([r.month, r.reviewer_name, r.reviewed_at[:10], str(total), r.comment]):
                self.done.setItem(row, col, QTableWidgetItem(value))
        overdue = store.access_review.overdue_months(self.context.today())
        self.reminder.setText(self.tr("Not reviewed yet: %1. The safety standard asks for a check of "
                                      "the access log at least once a month.").replace("%1", ", ".join(overdue))
                              if overdue else "")
        self.reminder.setVisible(bool(overdue))

    def mark_reviewed(self) -> bool:
        month = self.month.currentData()
        if not self.comment.text().strip():
            self.status.error(self.tr("Write a comment: what you checked and what you found."))
            self.comment.setFocus()
            return False
        try:
            self.context.store.access_review.mark_reviewed(month, self.comment.text())
        except StorageError as exc:
            self.status.error(error_text(exc, self.context.lang))
            return False
        self.comment.clear()
        self.load()
        self.status.ok(self.tr("%1 marked reviewed.").replace("%1", month))
        self.context.notify("access_review")
        return True
