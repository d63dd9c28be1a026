"""The counselor's screening entry: choose an instrument, answer its items (or, for scoring-only
instruments, enter the total / subscale totals), see the score, band and flags live, save.

Scoring is the forms engine's: ``forms.score`` runs on every change and the repository scores
again when saving (it never trusts the caller). An incomplete form shows what is missing and
never a band; a safety answer shows a notice at once, and saving opens the follow-up (the
repository does it), after which the form says for whom.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateEdit, QDialog, QFormLayout, QFrame, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QStackedWidget, QVBoxLayout, QWidget)

import forms
from forms.model import RISK_CLASS_LABELS
from storage.errors import StorageError
from storage.vocabulary import SCREENING_CHANNELS, SEXES

from . import common
from .common import (NOTICE_STYLE, RISK_COLORS, SAFETY_STYLE, error_label, error_text, number_text, qdate,
                     registry_for, show_error, site_for)
from .items import ItemsPanel


class ScreeningEntryDialog(QDialog):
    """``choose(form_id)`` picks an instrument; ``items`` is the ItemsPanel of the chosen one,
    ``totals`` the entered-score fields; ``save()`` records and returns True when saved."""

    def __init__(self, context, client_id: int, parent=None, instrument_id: str | None = None) -> None:
        super().__init__(parent)
        self.context, self.client_id = context, client_id
        self.setObjectName("screeningEntry")
        self.setWindowTitle(self.tr("New screening"))
        store, lang = context.store, context.lang
        self.registry = registry_for(context)
        found = store.clients.by_ids([client_id])  # names for a form; not a chart view
        self.client = found[0] if found else None
        self.definition: forms.Definition | None = None
        self.items: ItemsPanel | None = None
        self.totals: dict[str, QLineEdit] = {}
        self.result: forms.ScoreResult | None = None
        self.score_error = ""
        self.saved = None          # the Screening once saved
        self.followups: list = []  # follow-ups the save opened
        self.client_mode = None
        self._kept: dict[str, dict] = {}  # answers per instrument, kept while switching

        who = "—" if self.client is None else f"{context.show_name(self.client.name)} · {self.client.code}"
        self.who = QLabel(self.tr("Client: %1").replace("%1", who))
        self.who.setObjectName("entryClient")
        self.who.setStyleSheet("font-size: 13pt; font-weight: bold;")

        self.instrument = QComboBox()
        self.instrument.setObjectName("entryInstrument")
        self.instrument.addItem(self.tr("Choose an instrument…"), None)
        for d in self.registry.list():
            if d.kind == "screening":
                self.instrument.addItem(d.title.get(lang), d.id)
        self.instrument.setMinimumContentsLength(28)
        self.instrument.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.taken_on = QDateEdit(qdate(context.today()))
        self.taken_on.setObjectName("entryTakenOn")
        self.taken_on.setDisplayFormat("yyyy-MM-dd")
        self.taken_on.setCalendarPopup(True)
        self.channel = QComboBox()
        self.channel.setObjectName("entryChannel")
        for code in SCREENING_CHANNELS:
            self.channel.addItem(context.label(SCREENING_CHANNELS, code), code)
        self.client_mode_button = QPushButton(self.tr("Client fills it in…"))
        self.client_mode_button.setObjectName("entryClientMode")
        self.client_mode_button.setToolTip(self.tr("Show only the questions, full screen, for the client to answer; "
                                                   "your password brings you back"))
        self.client_mode_button.clicked.connect(self.start_client_mode)

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Instrument")), 0, 0)
        top.addWidget(self.instrument, 0, 1)
        top.addWidget(QLabel(self.tr("Date taken")), 0, 2)
        top.addWidget(self.taken_on, 0, 3)
        top.addWidget(QLabel(self.tr("Channel")), 0, 4)
        top.addWidget(self.channel, 0, 5)
        top.addWidget(self.client_mode_button, 0, 6)
        top.setColumnStretch(1, 1)

        # how a scoring-only instrument is entered: item scores, or the totals
        self.mode_box = QWidget()
        self.by_items = QRadioButton(self.tr("Item scores"))
        self.by_items.setObjectName("entryByItems")
        self.by_totals = QRadioButton(self.tr("Totals only"))
        self.by_totals.setObjectName("entryByTotals")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.by_items)
        self.mode_group.addButton(self.by_totals)
        self.by_items.setChecked(True)
        self.by_items.toggled.connect(self._mode_changed)
        mode_row = QHBoxLayout(self.mode_box)
        mode_row.setContentsMargins(0, 0, 0, 0)
        mode_row.addWidget(QLabel(self.tr("Enter:")))
        mode_row.addWidget(self.by_items)
        mode_row.addWidget(self.by_totals)
        mode_row.addStretch(1)
        self.mode_box.setVisible(False)

        self.safety = QFrame()
        self.safety.setObjectName("safetyNotice")
        self.safety.setStyleSheet(SAFETY_STYLE)
        self.safety_title = QLabel(self.tr("Safety: assess suicide risk today, following the crisis manual"))
        self.safety_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.safety_title.setWordWrap(True)
        self.safety_text = QLabel("")
        self.safety_text.setObjectName("safetyText")
        self.safety_text.setWordWrap(True)
        self.safety_hint = QLabel(self.tr("Saving opens a safety follow-up that stays open until the action taken "
                                          "is recorded."))
        self.safety_hint.setWordWrap(True)
        box = QVBoxLayout(self.safety)
        box.addWidget(self.safety_title)
        box.addWidget(self.safety_text)
        box.addWidget(self.safety_hint)
        self.safety.setVisible(False)

        self.body = QStackedWidget()
        self.placeholder = QLabel(self.tr("Choose the instrument the client took."))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setStyleSheet("color: #555555;")
        self.body.addWidget(self.placeholder)

        self.result_box = QGroupBox(self.tr("Result"))
        self.result_box.setObjectName("entryResult")
        self.result_box.setMinimumWidth(300)
        self.result_labels: dict[str, QLabel] = {}
        rbox = QVBoxLayout(self.result_box)
        for key in ("total", "subscales", "band", "missing", "notes"):
            label = QLabel("")
            label.setObjectName(f"result_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            rbox.addWidget(label)
            self.result_labels[key] = label
        self.result_labels["total"].setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.result_labels["band"].setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.notice = QFrame()
        self.notice.setObjectName("noticeBox")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice_text = QLabel("")
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setWordWrap(True)
        QVBoxLayout(self.notice).addWidget(self.notice_text)
        self.notice.setVisible(False)
        rbox.addWidget(self.notice)
        rbox.addStretch(1)
        self.keys_hint = QLabel(self.tr("Keys: a digit answers the current item and moves on; ↑ ↓ or Tab move; "
                                        "Delete clears; Ctrl+S saves."))
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #555555;")
        rbox.addWidget(self.keys_hint)

        self.message = error_label()
        self.message.setObjectName("entryMessage")
        self.saved_box = QFrame()
        self.saved_box.setObjectName("savedBox")
        self.saved_box.setStyleSheet("QFrame#savedBox { background: #e8f5e9; border: 1px solid #2e7d32;"
                                     " border-radius: 4px; }")
        self.saved_text = QLabel("")
        self.saved_text.setObjectName("savedText")
        self.saved_text.setWordWrap(True)
        QVBoxLayout(self.saved_box).addWidget(self.saved_text)
        self.saved_box.setVisible(False)
        self.save_button = QPushButton(self.tr("Save screening"))
        self.save_button.setObjectName("entrySave")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("entryClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        middle = QHBoxLayout()
        middle.addWidget(self.body, 3)
        middle.addWidget(self.result_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(top)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.safety)
        layout.addLayout(middle, 1)
        layout.addWidget(self.saved_box)
        layout.addLayout(buttons)
        save_key = QShortcut(QKeySequence("Ctrl+S"), self)
        save_key.activated.connect(self.save)
        self.resize(1060, 760)
        if not store.screenings.may("screening.write", client_id):
            self.save_button.setEnabled(False)
            show_error(self.message, self.tr("You may not record screenings for this client."))
        if instrument_id:
            self.choose(instrument_id)
        self._rescore()

    # --- the instrument --------------------------------------------------------------------
    def choose(self, form_id: str) -> bool:
        index = self.instrument.findData(form_id)
        if index < 0:
            return False
        self.instrument.setCurrentIndex(index)
        return True

    def _instrument_changed(self, _index: int) -> None:
        if self.definition is not None and self.items is not None:
            self._kept[self.definition.id] = self.items.answers()
        for page in [self.body.widget(i) for i in range(1, self.body.count())]:
            self.body.removeWidget(page)
            page.deleteLater()
        self.items, self.totals = None, {}
        form_id = self.instrument.currentData()
        self.definition = self.registry.get(form_id) if form_id else None
        d = self.definition
        if d is None:
            self.mode_box.setVisible(False)
            self.body.setCurrentWidget(self.placeholder)
            self._rescore()
            return
        self.items = ItemsPanel(d, self.context.lang)
        self.items.setObjectName("entryItems")
        self.items.changed.connect(self._rescore)
        self.body.addWidget(self.items)
        if d.accept_totals:
            self.body.addWidget(self._totals_page(d))
        self.mode_box.setVisible(d.accept_totals)
        self.by_totals.setText(self.tr("Total") if d.total is not None and not d.subscales
                               else self.tr("Scale totals"))
        self.by_items.setChecked(True)
        self.body.setCurrentWidget(self.items)
        self.client_mode_button.setEnabled(d.has_wording)
        if self._kept.get(d.id):
            self.items.set_answers(self._kept[d.id])
        self._rescore()
        self.items.focus_first()

    def _totals_page(self, d: forms.Definition) -> QWidget:
        page = QWidget()
        page.setObjectName("entryTotalsPage")
        form = QFormLayout(page)
        form.setLabelAlignment(Qt.AlignRight)
        specs = ([d.total] if d.total is not None else []) + list(d.subscales)
        for spec in specs:
            edit = QLineEdit()
            edit.setObjectName(f"total_{spec.id}")
            edit.setMaximumWidth(160)
            edit.setPlaceholderText(f"{number_text(spec.lo)}–{number_text(spec.hi)}")
            edit.textChanged.connect(self._rescore)
            if spec.id == "total":
                caption = self.tr("Total")
            else:
                title = spec.title.get(self.context.lang) if spec.title else spec.id
                caption = f"{title} ({spec.id})"
            form.addRow(f"{caption} ({number_text(spec.lo)}–{number_text(spec.hi)})", edit)
            self.totals[spec.id] = edit
        hint = QLabel(self.tr("Enter the scores from the licensed form; leave a scale empty when it was not scored."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        form.addRow(hint)
        self.totals_message = error_label()  # the engine's refusal, right under the fields
        self.totals_message.setObjectName("totalsMessage")
        form.addRow(self.totals_message)
        return page

    def _mode_changed(self) -> None:
        if self.definition is None or not self.definition.accept_totals:
            return
        page = self.items if self.by_items.isChecked() else self.body.widget(self.body.count() - 1)
        self.body.setCurrentWidget(page)
        if self.by_items.isChecked():
            self.items.focus_first()
        elif self.totals:
            next(iter(self.totals.values())).setFocus()
        self._rescore()

    @property
    def entering_totals(self) -> bool:
        return bool(self.definition and self.definition.accept_totals and self.by_totals.isChecked())

    # --- scoring ---------------------------------------------------------------------------
    def _sex(self) -> str | None:
        return self.client.sex if self.client is not None else None

    def entered_totals(self) -> dict:
        out: dict = {}
        for key, edit in self.totals.items():
            text = edit.text().strip().replace(",", "")
            if not text:
                continue
            try:
                out[key] = int(text)
            except ValueError:
                try:
                    out[key] = float(text)
                except ValueError:
                    out[key] = text  # the engine refuses it with its own message
        return out

    def _rescore(self) -> None:
        self.result, self.score_error = None, ""
        d = self.definition
        if d is not None:
            try:
                if self.entering_totals:
                    totals = self.entered_totals()
                    if totals:
                        self.result = forms.score(d, sex=self._sex(), totals=totals)
                else:
                    self.result = forms.score(d, self.items.answers(), sex=self._sex())
            except forms.FormError as exc:
                self.score_error = exc.message(self.context.lang)
        self._show_result()

    def _show_result(self) -> None:
        lang, d, r = self.context.lang, self.definition, self.result
        labels = self.result_labels
        for label in labels.values():
            label.setText("")
            label.setVisible(False)
        self.notice.setVisible(False)
        self.safety.setVisible(False)
        near_field = bool(self.totals) and self.entering_totals  # shown right under the score fields
        if self.saved is None:
            show_error(self.message, "" if near_field else self.score_error)
        if self.totals:
            show_error(self.totals_message, self.score_error if near_field else "")
        self.keys_hint.setVisible(d is not None and not self.entering_totals)
        if d is None:
            self.save_button.setEnabled(False)
            return
        answered = bool(self.items.answers()) if not self.entering_totals else bool(self.entered_totals())
        if r is None or not answered:
            if not self.score_error:
                self._set(labels["total"], self.tr("Enter the total.") if self.entering_totals
                          else self.tr("No answers yet."))
            self._enable_save(False)
            return
        if r.total is not None:
            if r.total.value is None:
                self._set(labels["total"], self.tr("Total: incomplete"))
            else:
                text = self.tr("Total: %1 (of %2)").replace("%1", number_text(r.total.value)) \
                    .replace("%2", number_text(d.total.hi))
                self._set(labels["total"], text)
        lines = []
        for spec in d.subscales:
            s = r.subscales.get(spec.id)
            title = spec.title.get(lang) if spec.title else spec.id
            value = number_text(s.value) if s is not None and s.value is not None else self.tr("incomplete")
            band = f" · {s.band.label.get(lang)}" if s is not None and s.band is not None else ""
            lines.append(f"{title}: {value}{band}")
        self._set(labels["subscales"], "\n".join(lines))
        if r.complete and r.band is not None:
            cls = r.risk_class
            text = r.band.label.get(lang)
            if cls:
                text += f" · {RISK_CLASS_LABELS[cls]['ko' if lang == 'ko' else 'en']}"
            self._set(labels["band"], text)
            labels["band"].setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {RISK_COLORS.get(cls, '#000')};")
        elif not r.complete:
            self._set(labels["band"], self.tr("Incomplete: no band until the missing items are answered."))
            labels["band"].setStyleSheet("font-size: 11pt; font-weight: bold; color: #555555;")
        if r.missing and r.source == "answers":
            numbers = ", ".join(str(self._number_of(link)) for link in r.missing)
            key = "missing"
            if r.complete:
                self._set(labels[key], self.tr("Not answered: item %1 (the score is prorated)").replace("%1", numbers))
            else:
                self._set(labels[key], self.tr("Not answered: item %1").replace("%1", numbers))
        notes = []
        if d.sex_dependent and r.sex:
            notes.append(self.tr("Bands for: %1").replace("%1", self.context.label(SEXES, r.sex)))
        if r.source == "totals":
            notes.append(self.tr("Entered as totals: no item answers, so no item flags are checked."))
        self._set(labels["notes"], "\n".join(notes))
        safety = [f for f in r.flags if f.kind == "safety"]
        if safety:
            self.safety_text.setText("\n".join(f.message.get(lang) for f in safety))
            self.safety.setVisible(True)
        others = [f for f in r.flags if f.kind != "safety"]
        if others:
            self.notice_text.setText("\n".join(f.message.get(lang) for f in others))
            self.notice.setVisible(True)
        self._enable_save(answered)

    def _number_of(self, link_id: str) -> int:
        return next(i for i, item in enumerate(self.definition.items, start=1) if item.link_id == link_id)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _enable_save(self, on: bool) -> None:
        may = self.context.store.screenings.may("screening.write", self.client_id)
        self.save_button.setEnabled(on and may and self.saved is None and not self.score_error)

    # --- client mode -----------------------------------------------------------------------
    def start_client_mode(self):
        """The questions alone, full screen, for the client; back only with the password."""
        if self.definition is None or not self.definition.has_wording or self.saved is not None:
            return None
        from .client_mode import ClientModeDialog
        dialog = ClientModeDialog(self.context, self.definition, self.items.answers(), self.parentWidget())
        self.client_mode = dialog
        dialog.returned.connect(self._client_mode_done)
        self.hide()  # nothing of the counselor's view stays on screen behind the client
        dialog.start()
        return dialog

    def _client_mode_done(self, answers: dict) -> None:
        self.show()
        self.raise_()
        self.by_items.setChecked(True)
        self.items.set_answers(answers)
        self.items.focus_first()
        self.client_mode = None

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        d, r = self.definition, self.result
        if self.saved is not None or d is None:
            return False
        if r is None or self.score_error:
            show_error(self.message, self.score_error or self.tr("Answer the items or enter the total first."))
            return False
        if not r.complete and not common.confirm(
                self, self.tr("Incomplete screening"),
                self.tr("Some items are not answered, so this screening gets no score band. Save it anyway?"),
                self.tr("Save incomplete")):
            return False
        store, client = self.context.store, self.client
        totals = self.entered_totals() if self.entering_totals else None
        answers = None if totals else self.items.answers()
        try:
            saved = store.screenings.record(
                self.client_id, d.id, taken_on=self.taken_on.date().toString("yyyy-MM-dd"),
                site_id=site_for(self.context, client.site_id if client else None),
                channel=self.channel.currentData(), answers=answers, totals=totals, version=d.version,
                registry=self.registry)
        except (StorageError, forms.FormError) as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.saved = saved
        self.followups = []
        if saved.flag_count:
            try:
                self.followups = [f for f in store.followups.for_client(self.client_id) if f.screening_id == saved.id]
            except StorageError:
                self.followups = []
        self._show_saved()
        self.context.notify("screening")
        if saved.flag_count:
            self.context.notify("followup")
        return True

    def _show_saved(self) -> None:
        lang, s = self.context.lang, self.saved
        staff = {m.id: m.display_name for m in self.context.store.staff.list(include_inactive=True)}
        text = self.tr("Saved: %1, taken %2.").replace("%1", self.definition.title.get(lang)) \
            .replace("%2", common.day_text(s.taken_on, lang))
        if s.overall_class:
            text += " " + self.tr("Overall class that day: %1.").replace(
                "%1", RISK_CLASS_LABELS[s.overall_class]["ko" if lang == "ko" else "en"])
        if self.followups:
            names = ", ".join(sorted({staff.get(f.assigned_to, "?") for f in self.followups}))
            text += "\n" + self.tr("A safety follow-up was opened for %1. It stays on the follow-ups list until the "
                                   "action taken is recorded.").replace("%1", names)
            self.saved_box.setStyleSheet("QFrame#savedBox { background: #fdecea; border: 2px solid #c62828;"
                                         " border-radius: 4px; } QLabel { color: #8e0000; font-weight: bold; }")
        self.saved_text.setText(text)
        self.saved_box.setVisible(True)
        self.safety_hint.setVisible(False)  # the follow-up is open now: the box below says for whom
        self.keys_hint.setVisible(False)
        show_error(self.message, "")
        for w in (self.instrument, self.taken_on, self.channel, self.client_mode_button, self.mode_box, self.body):
            w.setEnabled(False)
        self.save_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.saved is None and self._has_input() and not common.confirm(
                self, self.tr("Discard the screening?"),
                self.tr("The answers entered here are not saved. Close and discard them?"), self.tr("Discard")):
            return
        super().reject()

    def _has_input(self) -> bool:
        if self.items is not None and self.items.answers():
            return True
        return bool(self.entered_totals()) if self.totals else False
