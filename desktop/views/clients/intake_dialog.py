"""New client intake: the record, the consents (service + separate sensitive-information
consent, each with date, version and scope), and a duplicate check before anything is written."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QLabel, QLineEdit, QVBoxLayout, QWidget)

from storage.errors import PermissionDenied, StorageError, ValidationError
from storage.records import Client, Consent
from storage.vocabulary import CONSENT_KINDS, JOB_GROUPS, SEXES

from . import prompts
from .common import error_label, error_text, problem_text, show_error

DEFAULT_CONSENT_VERSION = "1.0"


class IntakeDialog(QDialog):
    """``created`` holds the new Client after ``accept``."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: Client | None = None
        self.setWindowTitle(self.tr("New client"))
        self.setObjectName("intakeDialog")
        store, lang = context.store, context.lang
        today = context.today()

        self.code = QLineEdit(store.clients.next_code(today.year))
        self.code.setObjectName("intakeCode")
        self.name = QLineEdit()
        self.name.setObjectName("intakeName")
        self.sex = QComboBox()
        self.sex.setObjectName("intakeSex")
        self.sex.addItem("—", None)
        for code in SEXES:
            self.sex.addItem(context.label(SEXES, code), code)
        self.birth_year = QLineEdit()
        self.birth_year.setObjectName("intakeBirthYear")
        self.birth_year.setValidator(QIntValidator(1900, 2100, self))
        self.birth_year.setPlaceholderText(self.tr("e.g. 1985"))
        self.birth_year.setMaxLength(4)
        self.job_group = QComboBox()
        self.job_group.setObjectName("intakeJobGroup")
        self.job_group.addItem("—", None)
        for code in JOB_GROUPS:
            self.job_group.addItem(context.label(JOB_GROUPS, code), code)
        self.department = QLineEdit()
        self.department.setObjectName("intakeDepartment")
        self.phone = QLineEdit()
        self.phone.setObjectName("intakePhone")
        self.phone.setPlaceholderText("010-0000-0000")
        self.email = QLineEdit()
        self.email.setObjectName("intakeEmail")
        self.site = QComboBox()
        self.site.setObjectName("intakeSite")
        for site in store.sites.sites():
            self.site.addItem(site.name, site.id)
        if context.actor.site_id is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(context.actor.site_id)))

        self.errors: dict[str, QLabel] = {}
        details = QGroupBox(self.tr("Client"))
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        for key, label, widget in (
                ("code", self.tr("Client code *"), self.code), ("name", self.tr("Name *"), self.name),
                ("sex", self.tr("Sex *"), self.sex), ("birth_year", self.tr("Birth year *"), self.birth_year),
                ("job_group", self.tr("Job group *"), self.job_group),
                ("department", self.tr("Department"), self.department), ("phone", self.tr("Phone"), self.phone),
                ("email", self.tr("E-mail"), self.email), ("site_id", self.tr("Site"), self.site)):
            form.addRow(label, self._with_error(key, widget))

        consent_box = QGroupBox(self.tr("Consent (signed forms)"))
        consent_form = QFormLayout(consent_box)
        consent_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.consent_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.consent_date.setObjectName("consentDate")
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setCalendarPopup(True)
        self.consent_version = QLineEdit(DEFAULT_CONSENT_VERSION)
        self.consent_version.setObjectName("consentVersion")
        self.service = QCheckBox(self.tr("%1 (required)").replace("%1", context.label(CONSENT_KINDS, "service")))
        self.service.setObjectName("consentService")
        self.service_scope = QLineEdit(self.tr("Individual, group and family counseling, screening and programs"))
        self.service_scope.setObjectName("consentServiceScope")
        self.sensitive = QCheckBox(self.tr("%1 (separate consent)").replace(
            "%1", context.label(CONSENT_KINDS, "sensitive")))
        self.sensitive.setObjectName("consentSensitive")
        self.sensitive_scope = QLineEdit(self.tr("Mental-health information: counseling records and screening results"))
        self.sensitive_scope.setObjectName("consentSensitiveScope")
        consent_form.addRow(self.tr("Date signed"), self._with_error("consent.given_on", self.consent_date))
        consent_form.addRow(self.tr("Form version"), self._with_error("consent.version", self.consent_version))
        consent_form.addRow(self._with_error("consent.service", self.service))
        consent_form.addRow(self.tr("Scope"), self._with_error("consent.scope", self.service_scope))
        consent_form.addRow(self._with_error("consent.sensitive", self.sensitive))
        consent_form.addRow(self.tr("Scope"), self._with_error("consent.sensitive_scope", self.sensitive_scope))

        self.message = error_label()
        self.message.setObjectName("intakeMessage")
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create client"), QDialogButtonBox.AcceptRole)
        self.create_button.setObjectName("intakeCreate")
        self.create_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.try_create)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(consent_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name.setFocus()
        self.resize(560, self.sizeHint().height())

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = error_label()
        label.setObjectName(f"error_{key.replace('.', '_')}")
        column.addWidget(label)
        self.errors[key] = label
        return box

    def field_error(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        show_error(self.message, "")

    # --- creating ----------------------------------------------------------------------------
    def _client(self) -> Client:
        year = self.birth_year.text().strip()
        return Client(code=self.code.text().strip(), name=self.name.text().strip(), sex=self.sex.currentData(),
                      birth_year=int(year) if year.isdigit() else year, job_group=self.job_group.currentData(),
                      department=self.department.text(), phone=self.phone.text(), email=self.email.text(),
                      site_id=self.site.currentData())

    def _consents(self) -> list[Consent]:
        on = self.consent_date.date().toString("yyyy-MM-dd")
        version = self.consent_version.text().strip()
        return [Consent(kind="service", version=version, scope=self.service_scope.text().strip(),
                        given=self.service.isChecked(), given_on=on),
                Consent(kind="sensitive", version=version, scope=self.sensitive_scope.text().strip(),
                        given=self.sensitive.isChecked(), given_on=on)]

    def _required_missing(self, client: Client) -> bool:
        required = self.tr("This field is required.")
        missing = False
        for key, empty in (("code", not client.code), ("name", not client.name), ("sex", client.sex is None),
                           ("birth_year", client.birth_year == ""), ("job_group", client.job_group is None),
                           ("consent.version", not self.consent_version.text().strip()),
                           ("consent.scope", not self.service_scope.text().strip()),
                           ("consent.sensitive_scope", not self.sensitive_scope.text().strip())):
            if empty:
                show_error(self.errors[key], required)
                missing = True
        if not self.service.isChecked():
            show_error(self.errors["consent.service"],
                       self.tr("A client can only be registered with consent to services."))
            missing = True
        return missing

    def try_create(self) -> bool:
        self._clear_errors()
        client = self._client()
        if self._required_missing(client):
            show_error(self.message, self.tr("Please fill in the marked fields."))
            return False
        store, lang = self.context.store, self.context.lang
        if not self.sensitive.isChecked() and not prompts.confirm(
                self, self.tr("Sensitive information"),
                self.tr("Without separate consent to process sensitive information, no counseling notes or screening "
                        "results may be recorded for this client. Record the refusal and register the client?"),
                self.tr("Register without it")):
            return False
        try:
            duplicates = store.clients.possible_duplicates(client.name, client.birth_year) \
                if isinstance(client.birth_year, int) else []
        except PermissionDenied as exc:
            show_error(self.message, error_text(exc, lang))
            return False
        if duplicates:
            codes = ", ".join(d.code for d in duplicates)
            question = self.tr("A client with the same name and birth year is already registered: %1.\n"
                               "Is this a different person? Register a new client only if it is.").replace("%1", codes)
            if not prompts.confirm(self, self.tr("Possible duplicate"), question, self.tr("Register new client")):
                show_error(self.message, self.tr("Not registered: open the existing client (%1) instead.")
                           .replace("%1", codes))
                return False
        try:
            self.created = store.clients.add(client, self._consents())
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except StorageError as exc:
            show_error(self.message, error_text(exc, lang))
            return False
        self.context.notify("client")
        self.accept()
        return True

    def _show_validation(self, exc: ValidationError) -> None:
        field = str(exc.params.get("field", ""))
        text = problem_text(exc, self.context.lang)
        if field in self.errors:
            show_error(self.errors[field], text)
            show_error(self.message, self.tr("Please check the marked field."))
        else:
            show_error(self.message, exc.message(self.context.lang))
