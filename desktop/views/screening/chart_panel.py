"""The client chart's screening and referral section: each instrument's scores over time, the
client's referrals, and the "New screening…" / "New referral…" buttons. ``changed`` asks the
chart to reload after a screening, referral or follow-up was written anywhere."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from storage.errors import PermissionDenied
from storage.vocabulary import REFERRAL_KINDS, REFERRAL_OUTCOMES

from .common import day_text, registry_for, won
from .referral_dialog import ReferralDialog
from .score_chart import ScoreChartsPanel


class ReferralsTable(QTableWidget):
    """Referrals, newest first; Enter or double-click opens the chosen one."""

    row_chosen = Signal(int)

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.cellDoubleClicked.connect(lambda row, _col: self.row_chosen.emit(row))

    def fit_columns(self, most: int = 420) -> None:
        """Columns as wide as their contents plus some air (at most ``most``); the last stretches."""
        self.resizeColumnsToContents()
        for col in range(self.columnCount() - 1):
            self.setColumnWidth(col, min(self.columnWidth(col) + 18, most))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentRow() >= 0:
            self.row_chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class ClientScreeningPanel(QWidget):
    changed = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.client = None
        self.referrals: list = []
        self.dialog = None
        self.setObjectName("clientScreeningPanel")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartScreeningTabs")
        self.charts = ScoreChartsPanel(context.lang)
        self.charts_note = QLabel("")
        self.charts_note.setStyleSheet("color: #555555;")
        self.charts_note.setVisible(False)
        charts_page = QWidget()
        cp = QVBoxLayout(charts_page)
        cp.setContentsMargins(4, 4, 4, 4)
        cp.addWidget(self.charts_note)
        cp.addWidget(self.charts, 1)
        self.table = ReferralsTable([self.tr("Date"), self.tr("Referred to"), self.tr("Clinic or body"),
                                     self.tr("Reason"), self.tr("Cost support"), self.tr("Outcome")])
        self.table.setObjectName("chartReferrals")
        self.table.row_chosen.connect(self.edit_referral)
        self.referrals_note = QLabel("")
        self.referrals_note.setStyleSheet("color: #555555;")
        self.referrals_note.setVisible(False)
        referrals_page = QWidget()
        rp = QVBoxLayout(referrals_page)
        rp.setContentsMargins(4, 4, 4, 4)
        rp.addWidget(self.referrals_note)
        rp.addWidget(self.table, 1)
        self.tabs.addTab(charts_page, self.tr("Scores over time"))
        self.tabs.addTab(referrals_page, self.tr("Referrals"))

        self.new_screening_button = QPushButton(self.tr("New screening…"))
        self.new_screening_button.setObjectName("chartNewScreening")
        self.new_screening_button.setToolTip(self.tr("Enter a screening for this client"))
        self.new_screening_button.clicked.connect(self.new_screening)
        self.new_referral_button = QPushButton(self.tr("New referral…"))
        self.new_referral_button.setObjectName("chartNewReferral")
        self.new_referral_button.clicked.connect(self.new_referral)
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.new_screening_button)
        row.addWidget(self.new_referral_button)
        self.tabs.setCornerWidget(corner, Qt.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFixedHeight(272)
        context.changed.connect(self._changed)

    def load(self, client) -> None:
        """Show ``client``'s scores and referrals (no audit row: the chart's own view was one)."""
        ctx, store = self.context, self.context.store
        self.client = client
        try:
            screenings = store.screenings.for_client(client.id)
            self.charts_note.setVisible(False)
        except PermissionDenied:
            screenings = []
            self.charts_note.setText(self.tr("Screenings are not shown (no permission)."))
            self.charts_note.setVisible(True)
        self.charts.load(screenings, registry_for(ctx), client.sex)
        try:
            self.referrals = store.referrals.for_client(client.id)
            self.referrals_note.setVisible(False)
        except PermissionDenied:
            self.referrals = []
            self.referrals_note.setText(self.tr("Referrals are not shown (no permission)."))
            self.referrals_note.setVisible(True)
        self.table.setRowCount(len(self.referrals))
        for r_index, r in enumerate(self.referrals):
            values = [day_text(r.referred_on, ctx.lang), ctx.label(REFERRAL_KINDS, r.destination_kind),
                      r.destination_name or "", r.reason, won(r.cost_support_krw, ctx.lang),
                      ctx.label(REFERRAL_OUTCOMES, r.outcome)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 4:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r_index, col, item)
        self.table.fit_columns()
        self.tabs.setTabText(1, self.tr("Referrals (%1)").replace("%1", str(len(self.referrals))))
        self.new_screening_button.setEnabled(store.screenings.may("screening.write", client.id))
        self.new_referral_button.setEnabled(store.referrals.may("referral.write", client.id))

    def clear(self) -> None:
        self.client = None
        self.referrals = []
        self.charts.load([], registry_for(self.context), None)
        self.table.setRowCount(0)
        self.new_screening_button.setEnabled(False)
        self.new_referral_button.setEnabled(False)

    # --- actions ---------------------------------------------------------------------------
    def new_screening(self) -> None:
        if self.client is not None:
            self.context.navigate("screening", self.client.id)

    def new_referral(self) -> ReferralDialog | None:
        if self.client is None:
            return None
        self.dialog = ReferralDialog(self.context, self.client.id, self)
        self.dialog.open()
        return self.dialog

    def edit_referral(self, row: int) -> ReferralDialog | None:
        if self.client is None or not 0 <= row < len(self.referrals):
            return None
        if not self.context.store.referrals.may("referral.write", self.client.id):
            return None
        self.dialog = ReferralDialog(self.context, self.client.id, self, referral=self.referrals[row])
        self.dialog.open()
        return self.dialog

    def _changed(self, what: str) -> None:
        if self.client is not None and what in ("screening", "referral", "followup"):
            self.changed.emit()
