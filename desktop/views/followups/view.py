"""Safety follow-ups (and referrals): what the lead and the assigned counselors must not lose
track of.

Follow-ups: open ones oldest first with days open, the client (masked when names are masked),
the reason in words, the assigned counselor; "Show closed ones" adds the closed ones with the
action taken. Closing needs the action taken (a dialog). Double-click or Enter opens the
client's chart. ``open_count()`` is the number of open follow-ups the logged-in account owns
(the main window shows a notice at login when it is not 0).

Referrals ("연계" tab): the lead's list (``ReferralRepository.all()``; counselors see those of
their own clients), with the outcome to update.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

import forms
from storage.errors import PermissionDenied, StorageError
from storage.repos.followups import days_open
from storage.vocabulary import REFERRAL_KINDS, REFERRAL_OUTCOMES

from .reasons import reason_text
from ..screening.chart_panel import ReferralsTable
from ..screening.common import day_text, error_label, error_text, registry_for, show_error, won
from ..screening.referral_dialog import ReferralDialog
from .close_dialog import CloseFollowUpDialog

OVERDUE_DAYS = 1  # a crisis signal is handled the same day: older open ones are shown in red


class FollowUpsView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("followupsView")
        self.rows: list = []
        self.referral_rows: list = []
        self.dialog = None
        self._names: dict[int, str] = {}
        self._seen_clients: set[int] = set()
        self.partial_history = False

        title = QLabel(self.tr("Safety follow-ups"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followupsTabs")

        # --- follow-ups ---------------------------------------------------------------------
        self.count = QLabel("")
        self.count.setObjectName("followupsCount")
        self.show_closed = QCheckBox(self.tr("Show closed ones"))
        self.show_closed.setObjectName("followupsShowClosed")
        self.show_closed.toggled.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Record action and close…"))
        self.close_button.setObjectName("followupsClose")
        self.close_button.clicked.connect(self.close_selected)
        self.chart_button = QPushButton(self.tr("Open chart"))
        self.chart_button.setObjectName("followupsChart")
        self.chart_button.clicked.connect(lambda: self.open_chart(self.table.currentRow()))
        self.table = ReferralsTable([self.tr("Raised"), self.tr("Days open"), self.tr("Client"), self.tr("Reason"),
                                     self.tr("Assigned counselor"), self.tr("Status"), self.tr("Action taken")])
        self.table.setObjectName("followupsTable")
        self.table.row_chosen.connect(self.open_chart)
        self.table.currentCellChanged.connect(lambda *_: self._sync_buttons())
        self.history_note = QLabel(self.tr("Closed follow-ups shown: those of the clients listed here since the app "
                                           "was opened."))
        self.history_note.setObjectName("followupsHistoryNote")
        self.history_note.setStyleSheet("color: #555555;")
        self.history_note.setWordWrap(True)
        self.history_note.setVisible(False)
        self.message = error_label()
        self.message.setObjectName("followupsMessage")
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_closed)
        top.addWidget(self.chart_button)
        top.addWidget(self.close_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        column.addWidget(self.history_note)
        hint = QLabel(self.tr("Double-click or Enter opens the client's chart."))
        hint.setStyleSheet("color: #555555;")
        column.addWidget(hint)
        self.tabs.addTab(page, self.tr("Follow-ups"))

        # --- referrals ----------------------------------------------------------------------
        self.pending_only = QCheckBox(self.tr("Pending only"))
        self.pending_only.setObjectName("referralsPendingOnly")
        self.pending_only.toggled.connect(self.refresh)
        self.referral_count = QLabel("")
        self.referral_count.setObjectName("referralsCount")
        self.outcome_button = QPushButton(self.tr("Update outcome…"))
        self.outcome_button.setObjectName("referralsOutcome")
        self.outcome_button.clicked.connect(lambda: self.edit_referral(self.referrals.currentRow()))
        self.referrals = ReferralsTable([self.tr("Date"), self.tr("Client"), self.tr("Referred to"),
                                         self.tr("Clinic or body"), self.tr("Reason"), self.tr("Cost support"),
                                         self.tr("Outcome")])
        self.referrals.setObjectName("referralsTable")
        self.referrals.row_chosen.connect(self.open_referral_chart)
        self.referrals.currentCellChanged.connect(lambda *_: self._sync_buttons())
        rtop = QHBoxLayout()
        rtop.addWidget(self.referral_count, 1)
        rtop.addWidget(self.pending_only)
        rtop.addWidget(self.outcome_button)
        rpage = QWidget()
        rcolumn = QVBoxLayout(rpage)
        rcolumn.addLayout(rtop)
        rcolumn.addWidget(self.referrals, 1)
        self.referrals_page = rpage
        self.tabs.addTab(rpage, self.tr("Referrals"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        context.changed.connect(self._changed)
        self.refresh()

    # --- the main window's API ---------------------------------------------------------------
    def open_count(self, mine_only: bool = True) -> int:
        """Open follow-ups assigned to the logged-in account (``mine_only=False``: every open
        one this account may see)."""
        try:
            items = self.context.store.followups.open_items()
        except PermissionDenied:
            return 0
        me = self.context.actor.id
        return sum(1 for f in items if not mine_only or f.assigned_to == me)

    def refresh(self) -> None:
        self._load_followups()
        self._load_referrals()
        self._sync_buttons()

    # --- follow-ups --------------------------------------------------------------------------
    def reason_text(self, reason: str) -> str:
        return reason_text(self.context, reason)

    def _client_text(self, client_id: int) -> str:
        name = self._names.get(client_id)
        return self.context.show_name(name) if name else "—"

    def _load_followups(self) -> None:
        ctx, store = self.context, self.context.store
        show_error(self.message, "")
        try:
            open_items = store.followups.open_items()
        except PermissionDenied as exc:
            open_items = []
            show_error(self.message, error_text(exc, ctx.lang))
        self._seen_clients |= {f.client_id for f in open_items}
        closed = self._closed_items() if self.show_closed.isChecked() else []
        self.history_note.setVisible(self.show_closed.isChecked() and self.partial_history)
        rows = list(open_items) + closed
        self.rows = rows
        try:
            clients = store.clients.by_ids(sorted({f.client_id for f in rows}))
        except PermissionDenied:
            clients = []
        self._names = {c.id: c.name for c in clients}
        staff = {s.id: s.display_name for s in store.staff.list(include_inactive=True)}
        today = ctx.today()
        mine = sum(1 for f in open_items if f.assigned_to == ctx.actor.id)
        self.count.setText(self.tr("%1 open (oldest first); %2 assigned to you").replace("%1", str(len(open_items)))
                           .replace("%2", str(mine)))
        red = QBrush(QColor("#c62828"))
        grey = QBrush(QColor("#666666"))
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.table.setRowCount(len(rows))
        for row, f in enumerate(rows):
            is_open = f.status == "open"
            if is_open:
                days = days_open(f, today)
            else:
                days = (date.fromisoformat(f.closed_at[:10]) - date.fromisoformat(f.raised_at[:10])).days
            status = self.tr("Open") if is_open else self.tr("Closed %1 by %2").replace(
                "%1", day_text(f.closed_at, ctx.lang)).replace("%2", staff.get(f.closed_by, "?"))
            values = [day_text(f.raised_at, ctx.lang), str(days), self._client_text(f.client_id),
                      self.reason_text(f.reason), staff.get(f.assigned_to, "—"), status, f.action or ""]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 1:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if not is_open:
                    item.setForeground(grey)
                elif days >= OVERDUE_DAYS and col in (1, 5):
                    item.setForeground(red)
                    item.setFont(bold)
                self.table.setItem(row, col, item)
        self.table.setColumnHidden(6, not self.show_closed.isChecked())
        self.table.fit_columns()
        if rows and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def _closed_items(self) -> list:
        """Closed follow-ups, most recently closed first. The repository has no list of closed
        ones yet (``closed_items`` is proposed); meanwhile those of the clients this view has
        listed are read per client."""
        repo = self.context.store.followups
        listing = getattr(repo, "closed_items", None)
        if listing is not None:
            self.partial_history = False
            return list(listing())
        self.partial_history = True
        out = []
        for client_id in sorted(self._seen_clients):
            try:
                out += [f for f in repo.for_client(client_id) if f.status == "closed"]
            except PermissionDenied:
                continue
        return sorted(out, key=lambda f: (f.closed_at or "", f.id or 0), reverse=True)

    def selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _sync_buttons(self) -> None:
        f = self.selected()
        store = self.context.store
        self.chart_button.setEnabled(f is not None)
        self.close_button.setEnabled(f is not None and f.status == "open"
                                     and store.followups.may("followup.close", f.client_id))
        row = self.referrals.currentRow()
        r = self.referral_rows[row] if 0 <= row < len(self.referral_rows) else None
        self.outcome_button.setEnabled(r is not None and store.referrals.may("referral.write", r.client_id))

    def close_selected(self) -> CloseFollowUpDialog | None:
        f = self.selected()
        if f is None or f.status != "open":
            return None
        raised = f"{day_text(f.raised_at, self.context.lang)} · " + self.tr("%1 days open").replace(
            "%1", str(days_open(f, self.context.today())))
        dialog = CloseFollowUpDialog(self.context, f, self._client_text(f.client_id), self.reason_text(f.reason),
                                     raised, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_chart(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.context.navigate("client", self.rows[row].client_id)

    # --- referrals ---------------------------------------------------------------------------
    def _load_referrals(self) -> None:
        ctx, store = self.context, self.context.store
        allowed = store.referrals.may("referral.read")
        self.tabs.setTabVisible(1, allowed)
        if not allowed:
            self.referral_rows = []
            self.referrals.setRowCount(0)
            return
        try:
            rows = store.referrals.all(open_only=self.pending_only.isChecked())
        except StorageError as exc:
            rows = []
            show_error(self.message, error_text(exc, ctx.lang))
        self.referral_rows = rows
        try:
            names = {c.id: c.name for c in store.clients.by_ids(sorted({r.client_id for r in rows}))}
        except PermissionDenied:
            names = {}
        total = sum(r.cost_support_krw or 0 for r in rows)
        self.referral_count.setText(self.tr("%1 referrals · cost support %2").replace("%1", str(len(rows)))
                                    .replace("%2", won(total, ctx.lang)))
        self.referrals.setRowCount(len(rows))
        for row, r in enumerate(rows):
            name = names.get(r.client_id)
            values = [day_text(r.referred_on, ctx.lang), ctx.show_name(name) if name else "—",
                      ctx.label(REFERRAL_KINDS, r.destination_kind), r.destination_name or "", r.reason,
                      won(r.cost_support_krw, ctx.lang), ctx.label(REFERRAL_OUTCOMES, r.outcome)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.referrals.setItem(row, col, item)
        self.referrals.fit_columns()
        if rows and self.referrals.currentRow() < 0:
            self.referrals.setCurrentCell(0, 0)

    def edit_referral(self, row: int) -> ReferralDialog | None:
        if not 0 <= row < len(self.referral_rows):
            return None
        r = self.referral_rows[row]
        if not self.context.store.referrals.may("referral.write", r.client_id):
            return None
        self.dialog = ReferralDialog(self.context, r.client_id, self, referral=r)
        self.dialog.open()
        return self.dialog

    def open_referral_chart(self, row: int) -> None:
        if 0 <= row < len(self.referral_rows):
            self.context.navigate("client", self.referral_rows[row].client_id)

    def _changed(self, what: str) -> None:
        if what in ("screening", "followup", "referral", "client", "mask_names", "case"):
            self.refresh()
