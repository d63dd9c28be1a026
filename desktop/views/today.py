"""Today: this site's appointments, my open safety follow-ups, my unsigned notes. For the center
lead also: emergency accesses (break the glass) not yet acknowledged, shown at log-in until the
lead acknowledges each, and a reminder when last month's access-log review is not done."""
from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.errors import PermissionDenied
from storage import access
from storage.repos.followups import days_open
from storage.vocabulary import APPOINTMENT_KINDS, APPOINTMENT_STATUSES, SESSION_KINDS

from ..context import korean_date
from .followups.reasons import reason_text


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TodayView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.appointments = _table([self.tr("Time"), self.tr("Client"), self.tr("Kind"), self.tr("Counselor"),
                                    self.tr("Room"), self.tr("Status")])
        self.appointments.setObjectName("todayAppointments")
        self.appointments.cellDoubleClicked.connect(self._open_client)
        self.followups = _table([self.tr("Client"), self.tr("Reason"), self.tr("Days open")])
        self.followups.setObjectName("todayFollowups")
        self.followups.cellDoubleClicked.connect(self._open_followup_client)
        self.drafts = _table([self.tr("Date"), self.tr("Client"), self.tr("Kind"), self.tr("Sign-off")])
        self.drafts.setObjectName("todayDrafts")
        self.drafts.cellDoubleClicked.connect(self._open_draft)
        # How many wait for a first appointment here: a reminder to work the waitlist.
        self.waiting = QPushButton()
        self.waiting.setObjectName("todayWaitlist")
        self.waiting.setFlat(True)
        self.waiting.setStyleSheet("text-align: left; padding: 2px 0;")
        self.waiting.clicked.connect(lambda: context.navigate("waitlist"))
        # A supervisor's queue: notes of trainees waiting for the co-signature.
        self.to_cosign = QPushButton()
        self.to_cosign.setObjectName("todayToCosign")
        self.to_cosign.setFlat(True)
        self.to_cosign.setStyleSheet("text-align: left; padding: 2px 0; color: #b26a00; font-weight: bold;")
        self.to_cosign.clicked.connect(lambda: context.navigate("supervision"))
        self.to_cosign.setVisible(False)
        self._build_lead_boxes()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.review_reminder)
        layout.addWidget(self.emergency_box, 2)
        layout.addWidget(self.waiting)
        layout.addWidget(self.to_cosign)
        layout.addWidget(QLabel(self.tr("Appointments today")))
        layout.addWidget(self.appointments, 3)
        # The lead and the coordinator follow every open flag; a counselor sees their own.
        everyone = access.scope(context.actor.role, "followup.read") == access.ALL
        layout.addWidget(QLabel(self.tr("Open safety follow-ups of the center (oldest first)") if everyone
                                else self.tr("My open safety follow-ups (oldest first)")))
        layout.addWidget(self.followups, 1)
        layout.addWidget(QLabel(self.tr("My unsigned notes")))
        layout.addWidget(self.drafts, 1)
        self._rows: list = []
        self._followup_rows: list = []
        self._draft_rows: list = []
        context.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def _build_lead_boxes(self) -> None:
        self.is_reviewer = self.context.store.emergency.may("access.review")
        self.emergency_box = QGroupBox(self.tr("Emergency accesses to acknowledge (break the glass)"))
        self.emergency_box.setObjectName("todayEmergencyBox")
        self.emergency_box.setStyleSheet("QGroupBox { color: #b26a00; font-weight: bold; }")
        self.emergency = _table([self.tr("When"), self.tr("Staff"), self.tr("Client code"), self.tr("Reason")])
        self.emergency.setObjectName("todayEmergency")
        self.emergency.setWordWrap(True)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.setObjectName("todayAcknowledge")
        self.acknowledge_button.setToolTip(self.tr("Mark the selected emergency access as seen by you"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        box = QVBoxLayout(self.emergency_box)
        box.addWidget(QLabel(self.tr("Staff opened notes of clients they do not work with, giving these reasons.")))
        box.addWidget(self.emergency)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.acknowledge_button)
        box.addLayout(row)
        self.emergency_box.setVisible(False)
        self.review_reminder = QLabel("")
        self.review_reminder.setObjectName("todayReviewReminder")
        self.review_reminder.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.review_reminder.setWordWrap(True)
        self.review_reminder.setVisible(False)
        self.review_reminder.linkActivated.connect(lambda _link: self.context.navigate("access_review"))
        self._emergency_rows: list = []

    def _refresh_lead_boxes(self) -> None:
        if not self.is_reviewer:
            return
        store = self.context.store
        grants = store.emergency.unacknowledged()
        self._emergency_rows = grants
        self.emergency.setRowCount(len(grants))
        for row, g in enumerate(grants):
            when = f"{g.granted_at[:10]} {g.granted_at[11:16]}"
            for col, value in enumerate([when, g.staff_name, g.client_code, g.reason]):
                self.emergency.setItem(row, col, QTableWidgetItem(value))
        if grants:
            self.emergency.selectRow(0)
        self.emergency.resizeRowsToContents()
        self.emergency_box.setVisible(bool(grants))
        months = store.access_review.overdue_months(self.context.today())   # every skipped month, oldest first
        text = self.tr("The access log of %1 has not been reviewed yet (the monthly check).").replace(
            "%1", ", ".join(months))
        link = self.tr("Open the access review")
        self.review_reminder.setText(f'{escape(text)} <a href="review">{escape(link)}</a>' if months else "")
        self.review_reminder.setVisible(bool(months))

    def acknowledge_selected(self) -> bool:
        row = self.emergency.currentRow()
        if not 0 <= row < len(self._emergency_rows):
            return False
        self.context.store.emergency.acknowledge(self._emergency_rows[row].id)
        self._refresh_lead_boxes()
        return True

    def _client_name(self, client_id) -> str:
        if client_id is None:
            return "—"
        return self.context.show_name(self._names.get(client_id, "?"))

    def refresh(self) -> None:
        ctx, store = self.context, self.context.store
        today = ctx.today()
        self.title.setText(korean_date(today, ctx.lang))
        start = datetime.combine(today, datetime.min.time())
        site = ctx.actor.site_id
        try:
            appts = store.appointments.in_range(start.strftime("%Y-%m-%dT%H:%M"),
                                                (start + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"), site_id=site)
        except PermissionDenied:
            appts = []
        staff = {s.id: s.display_name for s in store.staff.list(include_inactive=True)}
        rooms = {r.id: r.name for r in store.sites.rooms(include_inactive=True)}
        ids = {a.client_id for a in appts if a.client_id}
        try:
            followups = store.followups.open_items()
        except PermissionDenied:
            followups = []
        drafts = store.sessions.drafts_of(ctx.actor.id)
        signoffs = {s.session_id: s for s in store.supervision.mine()}  # a trainee's returned and waiting notes
        drafts.sort(key=lambda d: getattr(signoffs.get(d.id), "status", "") != "returned")  # returned ones first
        ids |= {f.client_id for f in followups} | {d.client_id for d in drafts}
        groups = store.group_notes.unsigned()   # a group note once, not one line per member's copy
        self._names = {c.id: c.name for c in self._clients(ids)}
        try:
            waiting = store.waitlist.count_waiting(site)
        except PermissionDenied:
            waiting = None
        self.waiting.setVisible(waiting is not None)
        self.waiting.setText(self.tr("Waitlist: %1 waiting (open the list)").replace("%1", str(waiting or 0)))
        to_cosign = len(store.supervision.queue()) if store.supervision.supervises_anyone() else 0
        self.to_cosign.setVisible(to_cosign > 0)
        self.to_cosign.setText(self.tr("Supervision: %1 notes wait for your co-signature (open the queue)")
                               .replace("%1", str(to_cosign)))
        self._rows = appts
        self.appointments.setRowCount(len(appts))
        for row, a in enumerate(appts):
            values = [f"{a.starts_at[11:]}–{a.ends_at[11:]}", self._client_name(a.client_id),
                      ctx.label(APPOINTMENT_KINDS, a.kind), staff.get(a.counselor_id, "?"),
                      rooms.get(a.room_id, "—"), ctx.label(APPOINTMENT_STATUSES, a.status)]
            for col, value in enumerate(values):
                self.appointments.setItem(row, col, QTableWidgetItem(value))
        self._followup_rows = followups
        self.followups.setRowCount(len(followups))
        for row, f in enumerate(followups):
            for col, value in enumerate([self._client_name(f.client_id), reason_text(ctx, f.reason),
                                         str(days_open(f, today))]):
                self.followups.setItem(row, col, QTableWidgetItem(value))
        self._draft_rows = drafts + groups
        self.drafts.setRowCount(len(self._draft_rows))
        for row, d in enumerate(drafts):
            values = [d.session_date, self._client_name(d.client_id), ctx.label(SESSION_KINDS, d.kind),
                      self._signoff_text(signoffs.get(d.id))]
            for col, value in enumerate(values):
                self.drafts.setItem(row, col, QTableWidgetItem(value))
        for row, g in enumerate(groups, start=len(drafts)):
            values = [g.day, self.tr("Group note: %1").replace("%1", g.program), ctx.label(SESSION_KINDS, "group"),
                      self._group_text(g)]
            for col, value in enumerate(values):
                self.drafts.setItem(row, col, QTableWidgetItem(value))
        self._refresh_lead_boxes()

    def _group_text(self, g) -> str:
        """How many members' copies still wait for a signature (no names)."""
        text = self.tr("%1 members' copies unsigned").replace("%1", str(g.drafts))
        if g.returned:
            text += " · " + self.tr("%1 returned for revision").replace("%1", str(g.returned))
        if g.waiting:
            text += " · " + self.tr("%1 waiting for sign-off").replace("%1", str(g.waiting))
        return text

    def _signoff_text(self, signoff) -> str:
        if signoff is None:
            return ""
        if signoff.status == "returned":
            return self.tr("Returned for revision: see the supervisor's comments")
        return self.tr("Waiting for the supervisor's sign-off")

    def _clients(self, ids):
        store = self.context.store
        try:
            return store.clients.by_ids(sorted(i for i in ids if i))
        except PermissionDenied:
            return []

    def _open_client(self, row: int, _col: int) -> None:
        a = self._rows[row]
        if a.client_id:
            self.context.navigate("client", a.client_id)

    def _open_followup_client(self, row: int, _col: int) -> None:
        self.context.navigate("client", self._followup_rows[row].client_id)

    def _open_draft(self, row: int, _col: int) -> None:
        item = self._draft_rows[row]
        if hasattr(item, "program_session_id"):   # a group note: its dialog in the programs view
            self.context.navigate("group_note", (item.program_id, item.program_session_id))
        else:
            self.context.navigate("note", item.id)
