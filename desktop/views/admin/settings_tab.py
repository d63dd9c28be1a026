"""Center settings (name, idle lock, name masking, the city export's suppression threshold,
the center's own closed days), the access settings (who may break the glass, working hours and
the many-charts threshold of the monthly access review), the retention period per record kind,
and the annual plan targets per service line, for the whole center or one site."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from storage.access import ROLE_NAMES, emergency_roles
from storage.repos.settings import (DEFAULT_BREAK_GLASS_ROLES, DEFAULT_MANY_CHARTS, DEFAULT_TIME_ZONE,
                                    DEFAULT_WORKING_HOURS)

from storage.errors import StorageError
from storage.records import AnnualPlan
from storage.retention_periods import DEFAULTS as RETENTION_DEFAULTS
from storage.retention_periods import LIMITS as RETENTION_LIMITS
from storage.retention_periods import SETTING as RETENTION_SETTING
from storage.vocabulary import SERVICE_LINES

from .closed_days import ClosedDaysBox
from .common import StatusLine, error_text
from .retention_tab import kind_labels

MAX_TARGET = 10_000_000


def weekday_names() -> tuple[str, ...]:
    """Monday first (Python's weekday numbers); asked at use so the chosen language applies."""
    return (QCoreApplication.translate("SettingsTab", "Mon"), QCoreApplication.translate("SettingsTab", "Tue"),
            QCoreApplication.translate("SettingsTab", "Wed"), QCoreApplication.translate("SettingsTab", "Thu"),
            QCoreApplication.translate("SettingsTab", "Fri"), QCoreApplication.translate("SettingsTab", "Sat"),
            QCoreApplication.translate("SettingsTab", "Sun"))


class SettingsTab(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("settingsTab")
        store = context.store
        self.may_settings = store.settings.may("settings.manage")
        self.may_plans = store.plans.may("plan.manage")
        self.may_retention = store.settings.may("retention.manage")   # the lead alone: periods decide destruction

        # --- center settings
        self.center_name = QLineEdit()
        self.center_name.setObjectName("centerName")
        self.center_name.setMaxLength(60)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.mask_names = QCheckBox(self.tr("Show client names masked on every screen (홍*동)"))
        self.mask_names.setObjectName("maskNames")
        self.suppression_k = QSpinBox()
        self.suppression_k.setObjectName("suppressionK")
        self.suppression_k.setRange(2, 50)
        self.save_settings_button = QPushButton(self.tr("Save settings"))
        self.save_settings_button.setObjectName("saveSettings")
        self.save_settings_button.clicked.connect(self.save_settings)
        self.settings_status = StatusLine("settingsStatus")
        k_hint = QLabel(self.tr("Counts from 1 to k−1 are hidden in the city's export, so no one can be recognised."))
        k_hint.setWordWrap(True)
        k_hint.setStyleSheet("color: #555;")
        idle_hint = QLabel(self.tr("After this many minutes without use the screen locks and asks for the password."))
        idle_hint.setWordWrap(True)
        idle_hint.setStyleSheet("color: #555;")
        center_box = QGroupBox(self.tr("Center"))
        form = QFormLayout(center_box)
        form.addRow(self.tr("Center name"), self.center_name)
        form.addRow(self.tr("Idle lock after"), self.idle_minutes)
        form.addRow("", idle_hint)
        form.addRow(self.tr("Name masking"), self.mask_names)
        form.addRow(self.tr("Suppress counts below (k)"), self.suppression_k)
        form.addRow("", k_hint)
        row = QHBoxLayout()
        row.addWidget(self.save_settings_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.settings_status)
        center_box.setEnabled(self.may_settings)

        # --- plan targets
        this_year = context.today().year
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(this_year)
        self.plan_site = QComboBox()
        self.plan_site.setObjectName("planSite")
        self.targets: dict[str, QSpinBox] = {}
        self._budgets: dict[str, int | None] = {}
        self._loaded: dict[str, int | None] = {}
        self.save_plan_button = QPushButton(self.tr("Save targets"))
        self.save_plan_button.setObjectName("savePlan")
        self.save_plan_button.clicked.connect(self.save_plan)
        self.plan_status = StatusLine("planStatus")
        plan_box = QGroupBox(self.tr("Annual plan targets (person-visits)"))
        plan_form = QFormLayout(plan_box)
        plan_form.addRow(self.tr("Year"), self.year)
        plan_form.addRow(self.tr("For"), self.plan_site)
        for line in SERVICE_LINES:
            spin = QSpinBox()
            spin.setObjectName(f"target_{line}")
            spin.setRange(0, MAX_TARGET)
            spin.setGroupSeparatorShown(True)
            spin.setSuffix(self.tr(" visits"))
            self.targets[line] = spin
            plan_form.addRow(context.label(SERVICE_LINES, line), spin)
        row = QHBoxLayout()
        row.addWidget(self.save_plan_button)
        row.addStretch(1)
        plan_form.addRow("", row)
        plan_form.addRow("", self.plan_status)
        plan_box.setEnabled(self.may_plans)
        self.year.valueChanged.connect(lambda _v: self.load_plan())
        self.plan_site.currentIndexChanged.connect(lambda _i: self.load_plan())

        # --- retention periods (storage/retention_periods.py says where each default comes from)
        self.retention: dict[str, QSpinBox] = {}
        retention_box = QGroupBox(self.tr("Retention periods"))
        retention_form = QFormLayout(retention_box)
        labels = kind_labels()
        for kind in RETENTION_DEFAULTS:
            spin = QSpinBox()
            spin.setObjectName(f"retention_{kind}")
            spin.setRange(*RETENTION_LIMITS[kind])
            spin.setSuffix(self.tr(" years"))
            self.retention[kind] = spin
            retention_form.addRow(labels[kind], spin)
        retention_hint = QLabel(self.tr("Defaults: counseling records 10 years after the case closes and screenings "
                                        "5 years (the medical-records periods of 의료법 시행규칙 제15조, followed by "
                                        "analogy; these are also the floors, see docs/retention.md); the audit log at "
                                        "least 2 years (안전성 확보조치 기준 제8조). Past these, records are destroyed "
                                        "(개인정보 보호법 제21조). Only the center lead changes them."))
        retention_hint.setWordWrap(True)
        retention_hint.setStyleSheet("color: #555;")
        retention_form.addRow("", retention_hint)
        self.save_retention_button = QPushButton(self.tr("Save retention periods"))
        self.save_retention_button.setObjectName("saveRetention")
        self.save_retention_button.clicked.connect(self.save_retention)
        self.retention_status = StatusLine("retentionStatus")
        row = QHBoxLayout()
        row.addWidget(self.save_retention_button)
        row.addStretch(1)
        retention_form.addRow("", row)
        retention_form.addRow("", self.retention_status)
        retention_box.setEnabled(self.may_retention)

        for spin in (self.idle_minutes, self.suppression_k, self.year, *self.targets.values(), *self.retention.values()):
            spin.setMinimumWidth(140)
            spin.setMaximumWidth(200)
        self.closed_days = ClosedDaysBox(context)
        access_box = self._build_access_box()
        column = QWidget()
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(center_box)
        left.addWidget(access_box)
        left.addWidget(self.closed_days)
        left.addStretch(1)
        # Both columns scroll rather than squeeze: squeezed, the wrapped hints were cut to half a
        # line. The retention periods sit under the plan targets, their hint (sources, floors, who
        # may change them) readable in full.
        right_column = QWidget()
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(plan_box)
        right.addWidget(retention_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        for widget in (column, right_column):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            scroll.setWidget(widget)
            layout.addWidget(scroll, 1)

    def _build_access_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Access"))
        box.setObjectName("accessSettings")
        form = QFormLayout(box)
        self.break_glass: dict[str, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role in emergency_roles():
            check = QCheckBox(ROLE_NAMES[role][0 if self.context.lang == "ko" else 1])
            check.setObjectName(f"breakGlass_{role}")
            self.break_glass[role] = check
            roles_row.addWidget(check)
        roles_row.addStretch(1)
        form.addRow(self.tr("Emergency access for"), roles_row)
        hint = QLabel(self.tr("These roles may open the notes of a client they do not work with by writing a "
                              "reason; the center lead is shown each one."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        self.work_start, self.work_end = QTimeEdit(), QTimeEdit()
        self.work_start.setObjectName("workStart")
        self.work_end.setObjectName("workEnd")
        hours_row = QHBoxLayout()
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        hours_row.addWidget(self.work_start)
        hours_row.addWidget(QLabel("–"))
        hours_row.addWidget(self.work_end)
        hours_row.addStretch(1)
        form.addRow(self.tr("Working hours"), hours_row)
        self.workdays: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for n, name in enumerate(weekday_names()):
            check = QCheckBox(name)
            check.setObjectName(f"workday_{n}")
            self.workdays.append(check)
            days_row.addWidget(check)
        days_row.addStretch(1)
        form.addRow(self.tr("Working days"), days_row)
        self.many_charts = QSpinBox()
        self.many_charts.setObjectName("manyCharts")
        self.many_charts.setRange(2, 1000)
        self.many_charts.setSuffix(self.tr(" charts a day"))
        self.many_charts.setMinimumWidth(140)
        self.many_charts.setMaximumWidth(200)
        form.addRow(self.tr("Review: many charts from"), self.many_charts)
        self.time_zone = QLineEdit()
        self.time_zone.setObjectName("timeZone")
        self.time_zone.setPlaceholderText(DEFAULT_TIME_ZONE)
        self.time_zone.setMaximumWidth(200)
        form.addRow(self.tr("Center time zone"), self.time_zone)
        review_hint = QLabel(self.tr("The monthly access review lists views outside these hours (center time) and "
                                     "accounts that open this many different charts in one day."))
        review_hint.setWordWrap(True)
        review_hint.setStyleSheet("color: #555;")
        form.addRow("", review_hint)
        self.save_access_button = QPushButton(self.tr("Save access settings"))
        self.save_access_button.setObjectName("saveAccess")
        self.save_access_button.clicked.connect(self.save_access)
        self.access_status = StatusLine("accessStatus")
        row = QHBoxLayout()
        row.addWidget(self.save_access_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.access_status)
        box.setEnabled(self.may_settings)
        return box

    def _load_access(self) -> None:
        settings = self.context.store.settings
        roles = settings.get("break_glass_roles", DEFAULT_BREAK_GLASS_ROLES)
        for role, check in self.break_glass.items():
            check.setChecked(role in roles)
        hours = settings.get("working_hours", DEFAULT_WORKING_HOURS)
        self.work_start.setTime(QTime.fromString(hours["start"], "HH:mm"))
        self.work_end.setTime(QTime.fromString(hours["end"], "HH:mm"))
        for n, check in enumerate(self.workdays):
            check.setChecked(n in hours["weekdays"])
        self.many_charts.setValue(int(settings.get("review_many_charts", DEFAULT_MANY_CHARTS)))
        self.time_zone.setText(settings.get("time_zone", DEFAULT_TIME_ZONE))

    def save_access(self) -> bool:
        self.access_status.clear_text()
        settings = self.context.store.settings
        wanted = {
            "break_glass_roles": [r for r, check in self.break_glass.items() if check.isChecked()],
            "working_hours": {"start": self.work_start.time().toString("HH:mm"),
                              "end": self.work_end.time().toString("HH:mm"),
                              "weekdays": [n for n, check in enumerate(self.workdays) if check.isChecked()]},
            "review_many_charts": self.many_charts.value(),
            "time_zone": self.time_zone.text().strip() or DEFAULT_TIME_ZONE,
        }
        defaults = {"break_glass_roles": DEFAULT_BREAK_GLASS_ROLES, "working_hours": DEFAULT_WORKING_HOURS,
                    "review_many_charts": DEFAULT_MANY_CHARTS, "time_zone": DEFAULT_TIME_ZONE}
        changed = {k: v for k, v in wanted.items() if settings.get(k, defaults[k]) != v}
        try:
            for key, value in changed.items():
                settings.set(key, value)   # each one its own audited write, checked by the repository
        except StorageError as exc:
            self.access_status.error(self._access_problem(exc))
            return False
        self.access_status.ok(self.tr("Settings saved.") if changed else self.tr("Nothing to save: no changes."))
        if changed:
            self.context.notify("settings")
        return True

    def _access_problem(self, exc: StorageError) -> str:
        field = exc.params.get("field") if hasattr(exc, "params") else None
        if field == "working_hours":
            return self.tr("Working hours: the start must come before the end, and at least one day is needed.")
        if field == "time_zone":
            return self.tr("Time zone: write a zone name such as Asia/Seoul.")
        return error_text(exc, self.context.lang)

    def refresh(self) -> None:
        settings = self.context.store.settings
        self.center_name.setText(settings.get("center_name") or "")
        self.idle_minutes.setValue(int(settings.get("idle_lock_minutes", 10)))
        self.mask_names.setChecked(bool(settings.get("mask_names", False)))
        self.suppression_k.setValue(int(settings.get("suppression_k", 5)))
        self.closed_days.refresh()
        self._load_access()
        periods = {**RETENTION_DEFAULTS, **(settings.get(RETENTION_SETTING) or {})}
        for kind, spin in self.retention.items():
            spin.setValue(int(periods[kind]))
        chosen = self.plan_site.currentData()
        self.plan_site.blockSignals(True)
        self.plan_site.clear()
        self.plan_site.addItem(self.tr("The whole center"), None)
        for site in self.context.store.sites.sites():
            self.plan_site.addItem(site.name, site.id)
        self.plan_site.setCurrentIndex(max(0, self.plan_site.findData(chosen)))
        self.plan_site.blockSignals(False)
        self.load_plan()

    # --- settings ----------------------------------------------------------------------------
    def save_settings(self) -> bool:
        self.settings_status.clear_text()
        settings = self.context.store.settings
        wanted = {"center_name": self.center_name.text().strip(), "idle_lock_minutes": self.idle_minutes.value(),
                  "mask_names": self.mask_names.isChecked(), "suppression_k": self.suppression_k.value()}
        changed = {k: v for k, v in wanted.items() if settings.get(k) != v}
        try:
            for key, value in changed.items():
                settings.set(key, value)   # each one its own audited write
        except StorageError as exc:
            self.settings_status.error(error_text(exc, self.context.lang))
            return False
        if "mask_names" in changed:
            self.context.mask_names = wanted["mask_names"]
        self.settings_status.ok(self.tr("Settings saved.") if changed else self.tr("Nothing to save: no changes."))
        if changed:
            self.context.notify("settings")
        return True

    def save_retention(self) -> bool:
        self.retention_status.clear_text()
        settings = self.context.store.settings
        wanted = {kind: spin.value() for kind, spin in self.retention.items()}
        if wanted == {**RETENTION_DEFAULTS, **(settings.get(RETENTION_SETTING) or {})}:
            self.retention_status.ok(self.tr("Nothing to save: no changes."))
            return True
        try:
            settings.set(RETENTION_SETTING, wanted)
        except StorageError as exc:
            self.retention_status.error(error_text(exc, self.context.lang))
            return False
        self.retention_status.ok(self.tr("Retention periods saved."))
        self.context.notify("settings")
        return True

    # --- plan targets ------------------------------------------------------------------------
    def load_plan(self) -> None:
        site_id = self.plan_site.currentData()
        plans = {p.service_line: p for p in self.context.store.plans.for_year(self.year.value())
                 if p.site_id == site_id}
        self._loaded = {}
        for line, spin in self.targets.items():
            plan = plans.get(line)
            spin.setValue(plan.target_person_visits if plan else 0)
            self._budgets[line] = plan.budget_krw if plan else None
            self._loaded[line] = plan.target_person_visits if plan else None
        self.plan_status.clear_text()

    def save_plan(self) -> bool:
        self.plan_status.clear_text()
        year, site_id = self.year.value(), self.plan_site.currentData()
        saved = 0
        try:
            for line, spin in self.targets.items():
                if self._loaded.get(line) == spin.value() or (self._loaded.get(line) is None and spin.value() == 0):
                    continue
                self.context.store.plans.set(AnnualPlan(year=year, site_id=site_id, service_line=line,
                                                        target_person_visits=spin.value(),
                                                        budget_krw=self._budgets.get(line)))
                self._loaded[line] = spin.value()
                saved += 1
        except StorageError as exc:
            self.plan_status.error(error_text(exc, self.context.lang))
            return False
        where = self.plan_site.currentText()
        self.plan_status.ok(self.tr("Targets for %1 (%2) saved.").replace("%1", str(year)).replace("%2", where)
                            if saved else self.tr("Nothing to save: no changes."))
        if saved:
            self.context.notify("plan")
        return True

