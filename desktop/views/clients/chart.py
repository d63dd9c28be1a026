"""The client chart: header (code, age band, job group, open case, risk class, open safety
follow-ups), case actions, and a newest-first timeline of sessions, screenings, referrals and
appointments. Opening a chart goes through ``clients.get``, which writes the 'view' audit row;
refreshing an open chart (after a note was saved) does not view the record again."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

import forms
from storage.errors import PermissionDenied, StorageError
from storage.vocabulary import (APPOINTMENT_KINDS, APPOINTMENT_STATUSES, JOB_GROUPS, METHODS, REFERRAL_KINDS,
                                REFERRAL_OUTCOMES, RISK_CLASSES, SESSION_KINDS, SEXES)

from ...context import korean_date
from ..screening.chart_panel import ClientScreeningPanel
from . import prompts
from .case_dialogs import CloseCaseDialog, OpenCaseDialog
from .common import EnterTableWidget, age_band, error_label, error_text, show_error

RISK_COLORS = {"normal": "#2e7d32", "watch": "#b26a00", "high_risk": "#c62828"}


class TimelineEntry:
    """One row of the timeline (kept beside the table so Enter knows what the row is)."""

    def __init__(self, day: str, time: str, kind: str, what: str, details: str, status: str,
                 session_id: int | None = None, readable: bool = True) -> None:
        self.day, self.time, self.kind, self.what, self.details, self.status = day, time, kind, what, details, status
        self.session_id, self.readable = session_id, readable


class ChartPage(QWidget):
    back_requested = Signal()
    open_note = Signal(int)        # session id
    new_note = Signal(int)         # client id

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.client = None
        self.summary = None
        self.entries: list[TimelineEntry] = []

        self.back = QPushButton(self.tr("◀ Client list"))
        self.back.setObjectName("chartBack")
        self.back.setToolTip(self.tr("Back to the client list (Esc)"))
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel("")
        self.title.setObjectName("chartTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.new_note_button = QPushButton(self.tr("New session note"))
        self.new_note_button.setObjectName("chartNewNote")
        self.new_note_button.setToolTip(self.tr("Write a note for a session with this client (Ctrl+Shift+N)"))
        self.new_note_button.clicked.connect(lambda: self.client and self.new_note.emit(self.client.id))

        self.values: dict[str, QLabel] = {}
        header = QGroupBox(self.tr("Client"))
        grid = QGridLayout(header)
        fields = [("code", self.tr("Code")), ("sex", self.tr("Sex")), ("age", self.tr("Age band")),
                  ("job_group", self.tr("Job group")), ("risk", self.tr("Risk class")),
                  ("followups", self.tr("Open safety follow-ups"))]
        for i, (key, text) in enumerate(fields):
            caption = QLabel(text)
            caption.setStyleSheet("color: #555555;")
            value = QLabel("")
            value.setObjectName(f"chart_{key}")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
            self.values[key] = value

        case_box = QGroupBox(self.tr("Case"))
        self.case_label = QLabel("")
        self.case_label.setObjectName("chartCase")
        self.case_label.setWordWrap(True)
        self.open_case_button = QPushButton(self.tr("Open case…"))
        self.open_case_button.setObjectName("chartOpenCase")
        self.open_case_button.clicked.connect(self.open_case)
        self.close_case_button = QPushButton(self.tr("Close case…"))
        self.close_case_button.setObjectName("chartCloseCase")
        self.close_case_button.clicked.connect(self.close_case)
        case_row = QHBoxLayout(case_box)
        case_row.addWidget(self.case_label, 1)
        self.problems_button = QPushButton(self.tr("Presenting problems…"))
        self.problems_button.setObjectName("chartCaseProblems")
        self.problems_button.clicked.connect(self.edit_problems)
        self.reopen_button = QPushButton(self.tr("Reopen last case…"))
        self.reopen_button.setObjectName("chartReopenCase")
        self.reopen_button.clicked.connect(self.reopen_case)
        case_row.addWidget(self.open_case_button)
        case_row.addWidget(self.problems_button)
        case_row.addWidget(self.close_case_button)
        case_row.addWidget(self.reopen_button)

        self.timeline = EnterTableWidget(0, 4)
        self.timeline.setObjectName("chartTimeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Record"), self.tr("Details"),
                                                 self.tr("Status")])
        self.timeline.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SingleSelection)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setWordWrap(False)
        head = self.timeline.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.Interactive)
        head.setStretchLastSection(True)
        for col, width in enumerate((190, 200, 360)):
            self.timeline.setColumnWidth(col, width)
        self.timeline.row_chosen.connect(self._row_chosen)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.screening_panel = ClientScreeningPanel(context)  # scores over time, referrals
        self.screening_panel.changed.connect(self.reload)
        self.hidden_note = QLabel("")
        self.hidden_note.setObjectName("chartHidden")
        self.hidden_note.setStyleSheet("color: #555555;")
        self.message = error_label()
        self.message.setObjectName("chartMessage")
        self.emergency_button = QPushButton(self.tr("Emergency access to the notes…"))
        self.emergency_button.setObjectName("chartEmergency")
        self.emergency_button.setToolTip(self.tr("Open this client's notes with a stated reason; the center lead "
                                                 "is shown it"))
        self.emergency_button.clicked.connect(self.request_emergency_access)
        self.emergency_button.setVisible(False)
        self.emergency_dialog = None

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.new_note_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(header)
        layout.addWidget(case_box)
        layout.addWidget(self.screening_panel)
        layout.addWidget(QLabel(self.tr("Timeline (newest first; Enter opens a session note)")))
        layout.addWidget(self.timeline, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hidden_note, 1)
        bottom.addWidget(self.emergency_button)
        layout.addLayout(bottom)

        for keys, slot in (("Esc", self.back_requested.emit), ("Alt+Left", self.back_requested.emit),
                           ("Ctrl+Shift+N", self.new_note_button.click)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setTabOrder(self.back, self.new_note_button)
        self.setTabOrder(self.new_note_button, self.open_case_button)
        self.setTabOrder(self.open_case_button, self.close_case_button)
        self.setTabOrder(self.close_case_button, self.timeline)
        self.setFocusProxy(self.timeline)

    # --- loading -----------------------------------------------------------------------------
    def load(self, client_id: int) -> bool:
        """Open a chart: the audited view of the record, then the rest."""
        store = self.context.store
        show_error(self.message, "")
        try:
            self.client = store.clients.get(client_id)
        except StorageError as exc:
            self.client = None
            self._clear()
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.reload()
        return True

    def reload(self) -> None:
        """Refresh header and timeline of the open chart (no new 'view' audit row)."""
        if self.client is None:
            return
        ctx, store, client = self.context, self.context.store, self.client
        self.summary = store.clients.chart_summary(client.id)
        self.title.setText(f"{ctx.show_name(client.name)} · {client.code}")
        self.values["code"].setText(client.code)
        self.values["sex"].setText(ctx.label(SEXES, client.sex))
        self.values["age"].setText(age_band(client.birth_year, ctx.today().year))
        self.values["job_group"].setText(ctx.label(JOB_GROUPS, client.job_group))
        risk = self.summary.risk_class
        risk_label = self.values["risk"]
        if risk:
            risk_label.setText(self.tr("%1 (screened %2)").replace("%1", ctx.label(RISK_CLASSES, risk))
                               .replace("%2", self._day(self.summary.risk_class_on)))
            risk_label.setStyleSheet(f"color: {RISK_COLORS.get(risk, '#000000')}; font-weight: bold;")
        else:
            risk_label.setText(self.tr("not screened"))
            risk_label.setStyleSheet("")
        n = self.summary.open_followups
        self.values["followups"].setText(str(n))
        self.values["followups"].setStyleSheet("color: #c62828; font-weight: bold;" if n else "")
        self._show_case()
        self._fill_timeline()
        self.screening_panel.load(client)

    def _clear(self) -> None:
        self.title.setText("")
        for value in self.values.values():
            value.setText("")
        self.case_label.setText("")
        self.timeline.setRowCount(0)
        self.entries = []
        self.open_case_button.setEnabled(False)
        self.close_case_button.setEnabled(False)
        self.problems_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.new_note_button.setEnabled(False)
        self.screening_panel.clear()
        self.emergency_button.setVisible(False)

    def names_changed(self) -> None:
        if self.client is not None:
            self.title.setText(f"{self.context.show_name(self.client.name)} · {self.client.code}")

    def _day(self, iso: str | None) -> str:
        if not iso:
            return "—"
        return korean_date(date.fromisoformat(iso[:10]), self.context.lang, weekday=False)

    def _staff_names(self) -> dict[int, str]:
        return {s.id: s.display_name for s in self.context.store.staff.list(include_inactive=True)}

    def _show_case(self) -> None:
        ctx, store = self.context, self.context.store
        case = self.summary.open_case
        may_write_any = store.cases.may("case.write")
        self.last_closed = None
        if case is None:
            self.case_label.setText(self.tr("No open case."))
            self.open_case_button.setEnabled(may_write_any)
            self.close_case_button.setEnabled(False)
            self.problems_button.setEnabled(False)
            closed = [c for c in store.cases.for_client(self.client.id) if c.status == "closed"] if self.client else []
            self.last_closed = closed[-1] if closed else None
            self.reopen_button.setEnabled(self.last_closed is not None
                                          and store.cases.may("case.write", self.client.id))
        else:
            names = {p.code: p.name(ctx.lang) for p in store.cases.problem_codes()}
            problems = names.get(case.primary_problem, case.primary_problem)
            if case.secondary_problems:
                problems += " (" + self.tr("also: %1").replace(
                    "%1", ", ".join(names.get(c, c) for c in case.secondary_problems)) + ")"
            self.case_label.setText(self.tr("Open since %1 · counselor %2 · presenting problem: %3")
                                    .replace("%1", self._day(case.opened_on))
                                    .replace("%2", self.summary.counselor_name or "?").replace("%3", problems))
            self.open_case_button.setEnabled(False)
            self.close_case_button.setEnabled(store.cases.may("case.write", case.client_id))
            self.problems_button.setEnabled(store.cases.may("case.write", case.client_id))
            self.reopen_button.setEnabled(False)
        self.new_note_button.setEnabled(store.sessions.may("note.write"))

    def _signoff_status(self, signoff, staff: dict) -> str:
        if signoff.status == "cosigned":
            return self.tr("Signed · co-signed by %1").replace("%1", staff.get(signoff.cosigned_by, "?"))
        if signoff.status == "pending":
            return self.tr("Waiting for sign-off")
        return self.tr("Returned for revision")

    def _fill_timeline(self) -> None:
        ctx, store, client_id = self.context, self.context.store, self.client.id
        staff = self._staff_names()
        entries: list[TimelineEntry] = []
        hidden: list[str] = []
        group_copies = store.group_notes.headings_for_client(client_id)   # "집단상담: <program>, n=6"
        signoffs = store.supervision.statuses_for_client(client_id)
        for s in store.sessions.for_client(client_id):
            length = self.tr("%1 min").replace("%1", str(s.minutes))   # outside the f-string: lupdate sees it
            details = f"{ctx.label(METHODS, s.method)} · {length} · {staff.get(s.counselor_id, '?')}"
            # per note: one's own notes and those of one's cases, not every note of the client
            may_read_notes = store.sessions.may_note("note.read", s.id)
            if not may_read_notes:
                details += " · " + self.tr("note not accessible")
            status = self.tr("Signed") if s.note_status == "signed" else self.tr("Draft")
            if s.id in signoffs:  # supervision sign-off: who co-signed, or where the note is
                status = self._signoff_status(signoffs[s.id], staff) or status
            what = group_copies.get(s.id) or self.tr("Session · %1").replace("%1", ctx.label(SESSION_KINDS, s.kind))
            entries.append(TimelineEntry(s.session_date, "", "session", what,
                                         details, status, session_id=s.id, readable=may_read_notes))
        try:
            screenings = store.screenings.for_client(client_id)
        except PermissionDenied:
            screenings = []
            hidden.append(self.tr("screenings"))
        registry = forms.builtin_registry()
        for sc in screenings:
            try:
                title = registry.get(sc.instrument_id, sc.instrument_version).title.get(ctx.lang)
            except forms.FormError:
                title = sc.instrument_id
            band = (sc.result or {}).get("band") or {}
            band_text = (band.get("label") or {}).get(ctx.lang) or (band.get("label") or {}).get("ko") or ""
            total = "" if sc.total is None else self.tr("total %1").replace("%1", f"{sc.total:g}")
            details = " · ".join(t for t in (total, band_text) if t)
            status = ctx.label(RISK_CLASSES, sc.risk_class) if sc.risk_class else ""
            entries.append(TimelineEntry(sc.taken_on, "", "screening", self.tr("Screening · %1").replace("%1", title),
                                         details, status))
        try:
            referrals = store.referrals.for_client(client_id)
        except PermissionDenied:
            referrals = []
            hidden.append(self.tr("referrals"))
        for r in referrals:
            entries.append(TimelineEntry(r.referred_on, "", "referral",
                                         self.tr("Referral · %1").replace("%1", ctx.label(REFERRAL_KINDS, r.destination_kind)),
                                         r.destination_name or "", ctx.label(REFERRAL_OUTCOMES, r.outcome)))
        rooms = {r.id: r.name for r in store.sites.rooms(include_inactive=True)}
        for a in store.appointments.for_client(client_id):
            details = " · ".join(x for x in (f"{a.starts_at[11:16]}–{a.ends_at[11:16]}", staff.get(a.counselor_id, "?"),
                                             rooms.get(a.room_id, "")) if x)
            entries.append(TimelineEntry(a.starts_at[:10], a.starts_at[11:16], "appointment",
                                         self.tr("Appointment · %1").replace("%1", ctx.label(APPOINTMENT_KINDS, a.kind)),
                                         details, ctx.label(APPOINTMENT_STATUSES, a.status)))
        order = {"appointment": 0, "session": 1, "screening": 2, "referral": 3}
        entries.sort(key=lambda e: (e.day, e.time, -order[e.kind]), reverse=True)
        self.entries = entries
        grey = QBrush(QColor("#777777"))
        self.timeline.setRowCount(len(entries))
        for row, e in enumerate(entries):
            values = [self._day(e.day), e.what, e.details, e.status]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not e.readable:
                    item.setForeground(grey)
                self.timeline.setItem(row, col, item)
        self.timeline.resizeColumnsToContents()
        for col, (least, most) in enumerate(((150, 220), (180, 340), (240, 420))):
            self.timeline.setColumnWidth(col, min(max(self.timeline.columnWidth(col) + 12, least), most))
        self.hidden_note.setText(self.tr("Not shown (no permission): %1").replace("%1", ", ".join(hidden))
                                 if hidden else "")
        self.hidden_note.setVisible(bool(hidden))
        # notes closed to this account: where the center allows it, offer to break the glass
        self.emergency_button.setVisible(any(not e.readable for e in entries)
                                         and store.emergency.may_request(client_id))

    def request_emergency_access(self) -> None:
        if self.client is None:
            return
        from .emergency_dialog import EmergencyAccessDialog
        dialog = EmergencyAccessDialog(self.context, self.client.id, self.client.code, self)
        dialog.accepted.connect(self.reload)
        self.emergency_dialog = dialog
        dialog.open()

    # --- actions -----------------------------------------------------------------------------
    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.entries) and self.entries[row].session_id is not None:
            self.open_note.emit(self.entries[row].session_id)

    def open_case(self) -> None:
        if self.client is None:
            return
        dialog = OpenCaseDialog(self.context, self.client.id, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.case_dialog = dialog

    def edit_problems(self) -> None:
        """Presenting problems stay editable while the case is open."""
        if self.summary is None or self.summary.open_case is None:
            return
        dialog = OpenCaseDialog(self.context, self.client.id, self, case=self.summary.open_case)
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.case_dialog = dialog

    def reopen_case(self) -> bool:
        case = getattr(self, "last_closed", None)
        if case is None:
            return False
        if not prompts.confirm(self, self.tr("Reopen the case"),
                               self.tr("Reopen the case opened on %1?").replace("%1", self._day(case.opened_on)),
                               self.tr("Reopen")):
            return False
        try:
            self.context.store.cases.reopen(case.id)
        except StorageError as exc:
            prompts.inform(self, self.tr("Reopen the case"), error_text(exc, self.context.lang))
            return False
        self.context.notify("case")
        self.reload()
        return True

    def close_case(self) -> None:
        if self.summary is None or self.summary.open_case is None:
            return
        dialog = CloseCaseDialog(self.context, self.summary.open_case, self)

        def closed() -> None:
            self.reload()
            prompts.inform(self, self.tr("Case closed"),
                           self.tr("The case was closed with %1 sessions.").replace("%1", str(dialog.sessions)))
        dialog.accepted.connect(closed)
        dialog.open()
        self.case_dialog = dialog
