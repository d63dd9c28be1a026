"""Screenings: the counselor's entry form, the client's own full-screen view, scores over time
for the client chart, and referrals.

``open_entry(context, client_id, parent=None, instrument_id=None)`` opens the entry form (the
main window calls it for ``navigate("screening", client_id)``) and returns the dialog.
"""
from PySide6.QtCore import Qt

from .chart_panel import ClientScreeningPanel, ReferralsTable
from .client_mode import ClientModeDialog
from .entry_form import ScreeningEntryDialog
from .items import ItemsPanel, ItemWidget
from .referral_dialog import ReferralDialog
from .score_chart import ScoreChart, ScoreChartsPanel


def open_entry(context, client_id, parent=None, instrument_id: str | None = None) -> ScreeningEntryDialog:
    dialog = ScreeningEntryDialog(context, int(client_id), parent, instrument_id=instrument_id)
    dialog.setAttribute(Qt.WA_DeleteOnClose, True)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


__all__ = ["ClientModeDialog", "ClientScreeningPanel", "ItemWidget", "ItemsPanel", "ReferralDialog", "ReferralsTable",
           "ScoreChart", "ScoreChartsPanel", "ScreeningEntryDialog", "open_entry"]
