"""The audit log: who did what, when, on which workstation, to which client's record; filtered,
paged (newest first), with a check of the hash chain."""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.access import ROLE_NAMES
from storage.errors import StorageError

from .common import StatusLine, Table, error_text, run_job

PAGE_SIZE = 200


class AuditTab(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("auditTab")
        self.offset = 0
        self.total = 0
        self.filters: dict = {}
        self.entries: list = []
        self.checking = False
        self._action_names = self._actions()
        self._entity_names = self._entities()

        self.account = QComboBox()
        self.account.setObjectName("auditAccount")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.client = QLineEdit()
        self.client.setObjectName("auditClient")
        self.client.setPlaceholderText(self.tr("client code or number"))
        self.client.returnPressed.connect(self.apply_filters)
        today = context.today()
        self.use_since = QCheckBox(self.tr("From"))
        self.use_since.setObjectName("auditUseSince")
        self.since = QDateEdit(QDate(today.year, today.month, 1))
        self.since.setObjectName("auditSince")
        self.use_until = QCheckBox(self.tr("To"))
        self.use_until.setObjectName("auditUseUntil")
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        self.until.setObjectName("auditUntil")
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setDefault(False)
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("auditClear")
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_status = StatusLine("auditFilterStatus")

        self.table = Table([self.tr("Time"), self.tr("Account"), self.tr("Workstation"), self.tr("Client"),
                            self.tr("Action"), self.tr("Record"), self.tr("Details")], "auditTable")
        self.newer_button = QPushButton(self.tr("◀ Newer"))
        self.newer_button.setObjectName("auditNewer")
        self.newer_button.clicked.connect(self.newer)
        self.older_button = QPushButton(self.tr("Older ▶"))
        self.older_button.setObjectName("auditOlder")
        self.older_button.clicked.connect(self.older)
        self.page_label = QLabel("")
        self.page_label.setObjectName("auditPage")
        self.check_button = QPushButton(self.tr("Check the chain"))
        self.check_button.setObjectName("auditCheck")
        self.check_button.setToolTip(self.tr("Recompute every row's hash: finds edited, deleted or reordered rows"))
        self.check_button.clicked.connect(self.check_chain)
        self.check_status = StatusLine("auditCheckStatus")

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Account")), 0, 0)
        grid.addWidget(self.account, 0, 1)
        grid.addWidget(QLabel(self.tr("Action")), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(QLabel(self.tr("Client")), 0, 4)
        grid.addWidget(self.client, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.use_since)
        dates.addWidget(self.since)
        dates.addWidget(self.use_until)
        dates.addWidget(self.until)
        dates.addStretch(1)
        dates.addWidget(self.apply_button)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 1, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        paging = QHBoxLayout()
        paging.addWidget(self.newer_button)
        paging.addWidget(self.page_label)
        paging.addWidget(self.older_button)
        paging.addStretch(1)
        paging.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.filter_status)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.check_status)
        self._filled = False

    # --- labels ------------------------------------------------------------------------------
    def _actions(self) -> dict[str, str]:
        return {
            "acknowledge": self.tr("acknowledge"), "addendum": self.tr("addendum"), "attendance": self.tr("attendance"), "backup": self.tr("backup"),
            "break_glass": self.tr("EMERGENCY ACCESS (break the glass)"), "review": self.tr("monthly review"),
            "close": self.tr("close"), "comment": self.tr("supervision comment"),
            "cosign": self.tr("supervisor co-signature"), "consent": self.tr("consent"), "consent_withdrawn": self.tr("consent withdrawn"),
            "create": self.tr("create"), "deactivate": self.tr("deactivate"), "demo_generate": self.tr("demo data"),
            "export": self.tr("export"), "headcount": self.tr("head-count"), "import": self.tr("import"),
            "login": self.tr("login"), "login_failed": self.tr("failed logins"), "open": self.tr("open"),
            "password_change": self.tr("password change"), "password_reset": self.tr("password reset"),
            "password_reset_with_recovery": self.tr("password reset with recovery code"),
            "raise": self.tr("raise"), "reactivate": self.tr("reactivate"),
            "recovery_code_replaced": self.tr("new recovery code"), "register": self.tr("register"),
            "rekey": self.tr("key rotation"), "reopen": self.tr("reopen"), "restore": self.tr("restore"),
            "return": self.tr("returned for revision"), "submit": self.tr("submitted for sign-off"),
            "save_draft": self.tr("save draft"), "save_mapping": self.tr("save mapping"), "set": self.tr("set"),
            "sign": self.tr("sign"), "unlock_screen_failed": self.tr("failed screen unlock"),
            "unregister": self.tr("unregister"), "update": self.tr("update"), "verify": self.tr("verify"),
            "view": self.tr("view"),
        }

    def _entities(self) -> dict[str, str]:
        return {
            "access_log": self.tr("access log"), "emergency_access": self.tr("emergency access"),
            "account": self.tr("account"), "annual_plan": self.tr("annual plan"), "appointment": self.tr("appointment"),
            "appointment_series": self.tr("appointment series"), "case": self.tr("case"), "client": self.tr("client"),
            "database": self.tr("database"), "followup": self.tr("safety follow-up"), "note": self.tr("session note"),
            "program": self.tr("program"), "program_session": self.tr("program session"),
            "referral": self.tr("referral"), "room": self.tr("room"), "satisfaction": self.tr("satisfaction survey"),
            "screening": self.tr("screening"), "session": self.tr("session"), "setting": self.tr("setting"),
            "site": self.tr("site"), "staff": self.tr("account"),
        }

    def action_label(self, action: str) -> str:
        if action.startswith("status_"):
            return self.tr("status: %1").replace("%1", action[len("status_"):])
        return self._action_names.get(action, action)

    # --- filters -----------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        store = self.context.store
        account, action = self.account.currentData(), self.action.currentData()
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), None)
        for s in store.staff.list(include_inactive=True):
            self.account.addItem(f"{s.display_name} ({s.login})", s.login)
        self.account.setCurrentIndex(max(0, self.account.findData(account)))
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for code in store.audit.actions():
            self.action.addItem(self.action_label(code), code)
        self.action.setCurrentIndex(max(0, self.action.findData(action)))

    def refresh(self) -> None:
        self._fill_choices()
        self._filled = True
        self.load()

    def _client_id(self) -> tuple[bool, int | None]:
        text = self.client.text().strip()
        if not text:
            return True, None
        found = self.context.store.audit.client_id_for_code(text)
        if found is None and text.lstrip("#").isdigit():
            found = int(text.lstrip("#"))
        if found is None:
            self.filter_status.error(self.tr("No client has the code %1.").replace("%1", text))
            return False, None
        return True, found

    def apply_filters(self) -> bool:
        self.filter_status.clear_text()
        try:
            ok, client_id = self._client_id()
        except StorageError as exc:
            self.filter_status.error(error_text(exc, self.context.lang))
            return False
        if not ok:
            return False
        filters = {"actor": self.account.currentData(), "action": self.action.currentData(), "client_id": client_id}
        if self.use_since.isChecked():
            filters["since"] = self.since.date().toString("yyyy-MM-dd")
        if self.use_until.isChecked():
            filters["until"] = self.until.date().addDays(1).toString("yyyy-MM-dd")  # the whole last day
        if "since" in filters and "until" in filters and filters["since"] >= filters["until"]:
            self.filter_status.error(self.tr("The start date is after the end date."))
            return False
        self.filters = {k: v for k, v in filters.items() if v is not None}
        self.offset = 0
        self.load()
        return True

    def clear_filters(self) -> None:
        self.account.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.client.clear()
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        self.apply_filters()

    # --- the page ----------------------------------------------------------------------------
    def load(self) -> None:
        audit = self.context.store.audit
        try:
            self.total = audit.count(**self.filters)
            if self.offset >= self.total:
                self.offset = max(0, (self.total - 1) // PAGE_SIZE * PAGE_SIZE)
            self.entries = audit.search(**self.filters, limit=PAGE_SIZE, offset=self.offset)
        except StorageError as exc:
            self.filter_status.error(error_text(exc, self.context.lang))
            self.entries, self.total = [], 0
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            record = self._entity_names.get(e.entity, e.entity) + (f" {e.entity_id}" if e.entity_id else "")
            values = [e.at[:19].replace("T", " "), e.actor, e.workstation,
                      f"#{e.client_id}" if e.client_id is not None else "", self.action_label(e.action), record,
                      _detail_text(e.detail, self.context.lang)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if e.action == "break_glass":   # stands out in the trail
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(row, col, item)
        if self.total:
            self.page_label.setText(self.tr("%1–%2 of %3").replace("%1", f"{self.offset + 1:,}")
                                    .replace("%2", f"{self.offset + len(self.entries):,}")
                                    .replace("%3", f"{self.total:,}"))
        else:
            self.page_label.setText(self.tr("No entries."))
        self.newer_button.setEnabled(self.offset > 0)
        self.older_button.setEnabled(self.offset + len(self.entries) < self.total)

    def older(self) -> None:
        if self.offset + PAGE_SIZE < self.total:
            self.offset += PAGE_SIZE
            self.load()
            self.table.scrollToTop()

    def newer(self) -> None:
        if self.offset > 0:
            self.offset = max(0, self.offset - PAGE_SIZE)
            self.load()
            self.table.scrollToTop()

    # --- the chain ---------------------------------------------------------------------------
    def check_chain(self) -> bool:
        if self.checking:
            return False
        self.checking = True
        self.check_button.setEnabled(False)
        self.check_status.ok(self.tr("Checking…"))
        audit = self.context.store.audit
        self._job = run_job(lambda _p: (audit.verify(), audit.count()), done=self._checked, failed=self._check_failed)
        return True

    def _checked(self, result) -> None:
        problems, rows = result
        self.checking = False
        self.check_button.setEnabled(True)
        if problems:
            self.check_status.error(self.tr("The chain is broken; the trail was changed outside the app:")
                                    + "\n" + "\n".join(problems))
        else:
            self.check_status.ok(self.tr("The chain is intact: %1 rows, none altered, removed or reordered.")
                                 .replace("%1", f"{rows:,}"))

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.check_button.setEnabled(True)
        self.check_status.error(error_text(exc, self.context.lang))


def _detail_text(detail: dict, lang: str) -> str:
    """key=value pairs of an audit row's detail, the keys in words where known (counts and ids
    only ever: the trail holds no names or texts)."""
    names = _detail_names()
    parts = []
    for key, value in detail.items():
        if key == "role" and isinstance(value, str) and value in ROLE_NAMES:
            value = ROLE_NAMES[value][0 if lang == "ko" else 1]
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{names.get(key, key)}={text}")
    return ", ".join(parts)


def _detail_names() -> dict[str, str]:
    # literal calls: lupdate sees only QCoreApplication.translate("Context", "text")
    return {
        "role": QCoreApplication.translate("AuditDetail", "role"),
        "schema": QCoreApplication.translate("AuditDetail", "schema version"),
        "clients": QCoreApplication.translate("AuditDetail", "clients"),
        "cases": QCoreApplication.translate("AuditDetail", "cases"),
        "cases_open": QCoreApplication.translate("AuditDetail", "open cases"),
        "counseling_sessions": QCoreApplication.translate("AuditDetail", "sessions"),
        "notes_draft": QCoreApplication.translate("AuditDetail", "unsigned notes"),
        "screenings": QCoreApplication.translate("AuditDetail", "screenings"),
        "appointments": QCoreApplication.translate("AuditDetail", "appointments"),
        "appointments_booked": QCoreApplication.translate("AuditDetail", "appointments booked"),
        "followups": QCoreApplication.translate("AuditDetail", "safety follow-ups"),
        "followups_open": QCoreApplication.translate("AuditDetail", "open follow-ups"),
        "programs": QCoreApplication.translate("AuditDetail", "programs"),
        "program_sessions": QCoreApplication.translate("AuditDetail", "program sessions"),
        "program_attendance": QCoreApplication.translate("AuditDetail", "attendances"),
        "headcount": QCoreApplication.translate("AuditDetail", "head-count"),
        "person_visits": QCoreApplication.translate("AuditDetail", "person-visits"),
        "referrals": QCoreApplication.translate("AuditDetail", "referrals"),
        "satisfaction_responses": QCoreApplication.translate("AuditDetail", "survey responses"),
        "annual_plans": QCoreApplication.translate("AuditDetail", "annual targets"),
        "sites": QCoreApplication.translate("AuditDetail", "sites"),
        "rooms": QCoreApplication.translate("AuditDetail", "rooms"),
        "staff": QCoreApplication.translate("AuditDetail", "accounts"),
        "waitlist": QCoreApplication.translate("AuditDetail", "waitlist entries"),
        "waitlist_waiting": QCoreApplication.translate("AuditDetail", "waiting"),
        "kind": QCoreApplication.translate("AuditDetail", "kind"),
        "round": QCoreApplication.translate("AuditDetail", "round"),
        "count": QCoreApplication.translate("AuditDetail", "count"),
        "month": QCoreApplication.translate("AuditDetail", "month"),
        "year": QCoreApplication.translate("AuditDetail", "year"),
        "status": QCoreApplication.translate("AuditDetail", "status"),
        "site": QCoreApplication.translate("AuditDetail", "site"),
        "program": QCoreApplication.translate("AuditDetail", "program"),
        "program_session": QCoreApplication.translate("AuditDetail", "program session"),
        "file": QCoreApplication.translate("AuditDetail", "file"),
        "purpose": QCoreApplication.translate("AuditDetail", "purpose"),
        "period": QCoreApplication.translate("AuditDetail", "period"),
        "format": QCoreApplication.translate("AuditDetail", "format"),
        "instrument": QCoreApplication.translate("AuditDetail", "instrument"),
        "break_glass": QCoreApplication.translate("AuditDetail", "emergency access"),
        "reason": QCoreApplication.translate("AuditDetail", "reason"),
    }
