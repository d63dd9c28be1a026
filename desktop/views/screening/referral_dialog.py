"""A referral to a designated clinic, the psychiatrist or an external body: reason, date, cost
support (KRW, up to 1,000,000; the repository refuses more, nothing is clamped here) and the
outcome. Opened with an existing referral it updates the outcome, its note and the cost."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from storage.errors import StorageError
from storage.records import Referral
from storage.vocabulary import REFERRAL_KINDS, REFERRAL_OUTCOMES

from .common import error_label, error_text, qdate, show_error, site_for

MAX_COST_TEXT = "1,000,000"


class ReferralDialog(QDialog):
    def __init__(self, context, client_id: int, parent=None, referral: Referral | None = None) -> None:
        super().__init__(parent)
        self.context, self.client_id, self.referral = context, client_id, referral
        self.saved: Referral | None = None
        self.setObjectName("referralDialog")
        editing = referral is not None
        self.setWindowTitle(self.tr("Referral outcome") if editing else self.tr("New referral"))
        self.kind = QComboBox()
        self.kind.setObjectName("referralKind")
        for code in REFERRAL_KINDS:
            self.kind.addItem(context.label(REFERRAL_KINDS, code), code)
        self.destination = QLineEdit()
        self.destination.setObjectName("referralDestination")
        self.destination.setPlaceholderText(self.tr("Name of the clinic or body"))
        self.reason = QLineEdit()
        self.reason.setObjectName("referralReason")
        self.referred_on = QDateEdit(qdate(context.today()))
        self.referred_on.setObjectName("referralDate")
        self.referred_on.setDisplayFormat("yyyy-MM-dd")
        self.referred_on.setCalendarPopup(True)
        self.cost = QLineEdit()
        self.cost.setObjectName("referralCost")
        self.cost.setPlaceholderText(f"0 – {MAX_COST_TEXT}")
        self.cost.setMaximumWidth(180)
        self.outcome = QComboBox()
        self.outcome.setObjectName("referralOutcome")
        for code in REFERRAL_OUTCOMES:
            self.outcome.addItem(context.label(REFERRAL_OUTCOMES, code), code)
        self.outcome_note = QLineEdit()
        self.outcome_note.setObjectName("referralOutcomeNote")
        if editing:
            self.kind.setCurrentIndex(self.kind.findData(referral.destination_kind))
            self.destination.setText(referral.destination_name or "")
            self.reason.setText(referral.reason)
            self.referred_on.setDate(QDate.fromString(referral.referred_on, "yyyy-MM-dd"))
            self.cost.setText(f"{referral.cost_support_krw:,}")
            self.outcome.setCurrentIndex(self.outcome.findData(referral.outcome))
            self.outcome_note.setText(referral.outcome_note or "")
            for w in (self.kind, self.destination, self.reason, self.referred_on):
                w.setEnabled(False)
        self.message = error_label()
        self.message.setObjectName("referralMessage")
        form = QFormLayout()
        form.addRow(self.tr("Referred to"), self.kind)
        form.addRow(self.tr("Clinic or body"), self.destination)
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Referred on"), self.referred_on)
        form.addRow(self.tr("Cost support (KRW, up to %1)").replace("%1", MAX_COST_TEXT), self.cost)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Outcome note"), self.outcome_note)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Save referral"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("referralSave")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        (self.outcome if editing else self.reason).setFocus()

    def _cost(self):
        text = self.cost.text().strip().replace(",", "")
        if not text:
            return 0
        try:
            return int(text)
        except ValueError:
            return text  # the repository refuses it with its own message

    def try_save(self) -> bool:
        show_error(self.message, "")
        store = self.context.store
        try:
            if self.referral is not None:
                store.referrals.update_outcome(self.referral.id, self.outcome.currentData(),
                                               self.outcome_note.text().strip() or None, self._cost())
                self.saved = store.referrals.get(self.referral.id)
            else:
                found = store.clients.by_ids([self.client_id])
                case = store.cases.open_case(self.client_id)
                r = Referral(client_id=self.client_id, destination_kind=self.kind.currentData(),
                             reason=self.reason.text(), referred_on=self.referred_on.date().toString("yyyy-MM-dd"),
                             site_id=site_for(self.context, found[0].site_id if found else None),
                             destination_name=self.destination.text().strip() or None,
                             case_id=case.id if case else None, cost_support_krw=self._cost(),
                             outcome=self.outcome.currentData(),
                             outcome_note=self.outcome_note.text().strip() or None)
                self.saved = store.referrals.add(r)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("referral")
        self.accept()
        return True
