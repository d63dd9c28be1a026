"""Opening a case (counselor, date, primary + secondary presenting problems) and closing it."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from storage.errors import StorageError
from storage.records import Case
from storage.vocabulary import CASE_CLOSE_REASONS

from .common import error_label, error_text, show_error

CASE_ROLES = ("counselor", "psychiatrist", "lead")


def _qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day)


class OpenCaseDialog(QDialog):
    """Open a case, or (``case`` given) change the presenting problems of an open one."""

    def __init__(self, context, client_id: int, parent=None, case: Case | None = None) -> None:
        super().__init__(parent)
        self.context, self.client_id = context, client_id
        self.case: Case | None = None
        self.setWindowTitle(self.tr("Open a case"))
        store, actor = context.store, context.actor
        self.counselor = QComboBox()
        self.counselor.setObjectName("caseCounselor")
        for staff in store.staff.list():
            if staff.role in CASE_ROLES:
                self.counselor.addItem(staff.display_name, staff.id)
        self.counselor.setCurrentIndex(max(0, self.counselor.findData(actor.id)))
        self.opened_on = QDateEdit(_qdate(context.today()))
        self.opened_on.setObjectName("caseOpenedOn")
        self.opened_on.setDisplayFormat("yyyy-MM-dd")
        self.opened_on.setCalendarPopup(True)
        self.problems = store.cases.problem_codes()
        self.primary = QComboBox()
        self.primary.setObjectName("casePrimary")
        self.primary.addItem("—", None)
        self.secondary = QListWidget()
        self.secondary.setObjectName("caseSecondary")
        groups = {"work": self.tr("Work"), "personal": self.tr("Personal"), "family": self.tr("Family"),
                  "crisis": self.tr("Crisis")}
        for p in self.problems:
            text = f"{groups.get(p.group, p.group)} · {p.name(context.lang)}"
            self.primary.addItem(text, p.code)
            item = QListWidgetItem(text, self.secondary)
            item.setData(Qt.UserRole, p.code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.secondary.setMinimumHeight(180)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Counselor"), self.counselor)
        form.addRow(self.tr("Opened on"), self.opened_on)
        form.addRow(self.tr("Primary presenting problem *"), self.primary)
        form.addRow(self.tr("Other presenting problems"), self.secondary)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Open case"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("caseOpenButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_open)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.editing = case
        if case is not None:
            self.setWindowTitle(self.tr("Presenting problems"))
            self.ok.setText(self.tr("Save"))
            self.opened_on.setEnabled(False)
            self.counselor.setEnabled(False)
            self.primary.setCurrentIndex(max(0, self.primary.findData(case.primary_problem)))
            self.set_secondary(case.secondary_problems)

    def set_secondary(self, codes: list[str]) -> None:
        for row in range(self.secondary.count()):
            item = self.secondary.item(row)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in codes else Qt.Unchecked)

    def try_open(self) -> bool:
        show_error(self.message, "")
        primary = self.primary.currentData()
        if primary is None:
            show_error(self.message, self.tr("Choose the primary presenting problem."))
            return False
        secondary = [self.secondary.item(r).data(Qt.UserRole) for r in range(self.secondary.count())
                     if self.secondary.item(r).checkState() == Qt.Checked and self.secondary.item(r).data(Qt.UserRole) != primary]
        if self.editing is not None:
            try:
                self.context.store.cases.set_problems(self.editing.id, primary, secondary)
            except StorageError as exc:
                show_error(self.message, error_text(exc, self.context.lang))
                return False
            self.case = self.editing
            self.context.notify("case")
            self.accept()
            return True
        case = Case(client_id=self.client_id, counselor_id=self.counselor.currentData(),
                    opened_on=self.opened_on.date().toString("yyyy-MM-dd"), primary_problem=primary,
                    secondary_problems=secondary)
        try:
            self.case = self.context.store.cases.open(case)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("case")
        self.accept()
        return True


class CloseCaseDialog(QDialog):
    def __init__(self, context, case: Case, parent=None) -> None:
        super().__init__(parent)
        self.context, self.case = context, case
        self.sessions: int | None = None
        self.setWindowTitle(self.tr("Close the case"))
        self.closed_on = QDateEdit(_qdate(context.today()))
        self.closed_on.setObjectName("caseClosedOn")
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        self.closed_on.setCalendarPopup(True)
        self.reason = QComboBox()
        self.reason.setObjectName("caseCloseReason")
        for code in CASE_CLOSE_REASONS:
            self.reason.addItem(context.label(CASE_CLOSE_REASONS, code), code)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Closed on"), self.closed_on)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Close case"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("caseCloseButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_close)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_close(self) -> bool:
        show_error(self.message, "")
        try:
            self.sessions = self.context.store.cases.close(
                self.case.id, self.closed_on.date().toString("yyyy-MM-dd"), self.reason.currentData())
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("case")
        self.accept()
        return True
