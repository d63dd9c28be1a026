"""Create or edit a program: name, category, facilitator, site, department (outreach), start
and end date, planned sessions, description. The dialog writes through the repository; a
refusal is shown in the dialog, which stays open with what was typed."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.records import Program
from storage.repos.programs import FACILITATOR_ASSIGNERS
from storage.vocabulary import PROGRAM_CATEGORIES

from .common import NAMELESS, error_text, field_of, message_label, show_message


def qdate(iso: str) -> QDate:
    d = date.fromisoformat(iso)
    return QDate(d.year, d.month, d.day)


def date_edit(name: str, lang: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd (ddd)" if lang == "ko" else "ddd d MMM yyyy")
    return edit


class ProgramDialog(QDialog):
    """``saved`` holds the Program after a successful save."""

    def __init__(self, context, program: Program | None = None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        store, lang = context.store, context.lang
        today = context.today()
        self.original = program
        self.saved: Program | None = None
        self.setObjectName("programDialog")
        self.setWindowTitle(self.tr("New program") if program is None else self.tr("Edit program"))
        self.setMinimumWidth(520)

        self.name = QLineEdit(program.name if program else "")
        self.name.setObjectName("programName")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. Mindfulness for stress relief"))
        self.category = QComboBox()
        self.category.setObjectName("programCategory")
        for code in PROGRAM_CATEGORIES:
            self.category.addItem(context.label(PROGRAM_CATEGORIES, code), code)
        self.category.setCurrentIndex(max(0, self.category.findData(program.category if program else None)))
        self.facilitator = QComboBox()
        self.facilitator.setObjectName("programFacilitator")
        self.facilitator.addItem(self.tr("(none)"), None)
        my_site = context.actor.site_id
        staff = [s for s in store.staff.list(include_inactive=True)
                 if s.role != "admin" and (s.active or (program and s.id == program.facilitator_id))]
        for s in sorted(staff, key=lambda s: (s.site_id != my_site, s.display_name)):
            self.facilitator.addItem(s.display_name, s.id)
        wanted = program.facilitator_id if program else context.actor.id
        self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(wanted)))
        if context.actor.role not in FACILITATOR_ASSIGNERS:
            # the facilitator reads every member's group-note copy: the lead or coordinator hands it on
            self.facilitator.setEnabled(False)   # a new program is their own
            self.facilitator.setToolTip(self.tr("The lead or the coordinator names or changes the facilitator."))
        self.site = QComboBox()
        self.site.setObjectName("programSite")
        for s in store.sites.sites():
            self.site.addItem(s.name, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(program.site_id if program else my_site)))
        self.department = QLineEdit((program.department or "") if program else "")
        self.department.setObjectName("programDepartment")
        self.department.setMaxLength(100)
        self.department.setPlaceholderText(self.tr("The department visited (outreach)"))
        self.starts_on = date_edit("programStartsOn", lang)
        self.starts_on.setDate(qdate(program.starts_on) if program else QDate(today.year, today.month, today.day))
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setObjectName("programHasEnd")
        self.ends_on = date_edit("programEndsOn", lang)
        self.ends_on.setDate(qdate(program.ends_on) if program and program.ends_on else self.starts_on.date())
        self.has_end.setChecked(bool(program and program.ends_on))
        self.ends_on.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.planned = QSpinBox()
        self.planned.setObjectName("programPlanned")
        self.planned.setRange(0, 500)
        self.planned.setSpecialValueText(self.tr("not set"))
        self.planned.setValue((program.planned_sessions or 0) if program else 0)
        self.description = QPlainTextEdit((program.description or "") if program else "")
        self.description.setObjectName("programDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()

        self.message = message_label("programMessage")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.save_button.setObjectName("programSave")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.try_save)
        cancel.clicked.connect(self.reject)

        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.starts_on, 1)
        dates.addSpacing(12)
        dates.addWidget(self.has_end)
        dates.addWidget(self.ends_on, 1)
        dates_box = QWidget()
        dates_box.setLayout(dates)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Period"), dates_box)
        form.addRow(self.tr("Planned sessions"), self.planned)
        form.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = [self.name, self.category, self.facilitator, self.site, self.department, self.starts_on,
                 self.has_end, self.ends_on, self.planned, self.description]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.fields = {"name": self.name, "category": self.category, "starts_on": self.starts_on,
                       "ends_on": self.ends_on, "department": self.department, "description": self.description,
                       "planned_sessions": self.planned}
        self.name.setFocus()

    def _category_changed(self, *_args) -> None:
        self.department.setEnabled(self.category.currentData() in NAMELESS)

    def program(self) -> Program:
        department = self.department.text().strip() if self.department.isEnabled() else ""
        values = dict(name=self.name.text().strip(), category=self.category.currentData(),
                      site_id=self.site.currentData(), facilitator_id=self.facilitator.currentData(),
                      department=department or None,
                      starts_on=self.starts_on.date().toString("yyyy-MM-dd"),
                      ends_on=self.ends_on.date().toString("yyyy-MM-dd") if self.has_end.isChecked() else None,
                      planned_sessions=self.planned.value() or None,
                      description=self.description.toPlainText().strip() or None)
        if self.original is not None:
            return replace(self.original, **values)
        return Program(**values)

    def try_save(self) -> bool:
        show_message(self.message, "")
        p = self.program()
        if not p.name:
            return self._refuse(self.tr("Give the program a name."), self.name)
        if p.ends_on and p.ends_on < p.starts_on:
            return self._refuse(self.tr("The end date is before the start date."), self.ends_on)
        store = self.context.store
        try:
            if p.id is None:
                p = store.programs.add(p)
            else:
                store.programs.update(p)
        except StorageError as exc:
            return self._refuse(error_text(exc, self.context.lang), self.fields.get(field_of(exc)))
        self.saved = p
        self.context.notify("program")
        self.accept()
        return True

    def _refuse(self, text: str, widget: QWidget | None) -> bool:
        show_message(self.message, text)
        if widget is not None:
            widget.setFocus()
        return False
