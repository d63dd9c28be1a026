"""Add or edit a waitlist entry: a registered client (searched by name, initials, code or phone
tail) or an anonymous enquiry (a name or alias and a phone number, nothing more); the wish
(counselor, time of day, program), the site, the priority and a memo.

The dialog writes through the repository; a refusal (already waiting, a missing phone) is shown
inline and the dialog stays open with what was typed."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.repos.waitlist import CLINICAL_ROLES, WaitlistEntry
from storage.vocabulary import TIME_PREFERENCES, WAITLIST_PRIORITIES

from ..clients.common import error_label, error_text, show_error
from ..programs.client_search import ClientSearch


def open_programs(store, site_id: int | None, today: date, keep: int | None = None) -> list:
    """Programs one can still join: not ended before today, not an outreach visit or a campaign
    (counted by head, nobody registers); and the one already chosen."""
    return [p for p in store.programs.list(site_id)
            if p.id == keep or ((p.ends_on or p.starts_on) >= today.isoformat()
                                and p.category not in ("outreach", "campaign"))]


class WaitlistEntryDialog(QDialog):
    """``saved`` holds the entry after ``accept``. ``entry`` given: edit it (who it is for stays)."""

    def __init__(self, context, entry: WaitlistEntry | None = None, *, site_id: int | None = None,
                 who_text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.entry = entry
        self.saved: WaitlistEntry | None = None
        self.client = None
        store = context.store
        self.setObjectName("waitlistEntryDialog")
        self.setWindowTitle(self.tr("Edit waitlist entry") if entry else self.tr("Add to the waitlist"))
        self.setMinimumWidth(520)

        # who
        self.is_client = QRadioButton(self.tr("Registered client"))
        self.is_client.setObjectName("waitlistIsClient")
        self.is_enquiry = QRadioButton(self.tr("Anonymous enquiry (name or alias and phone only)"))
        self.is_enquiry.setObjectName("waitlistIsEnquiry")
        group = QButtonGroup(self)
        group.addButton(self.is_client)
        group.addButton(self.is_enquiry)
        self.search = ClientSearch(context, self.tr("Name, initials (ㅎㄱㄷ), code or phone's last 4 digits"))
        self.search.picked.connect(self._picked)
        self.search.failed.connect(lambda text: show_error(self.message, text))
        self.chosen = QLabel(self.tr("No client chosen"))
        self.chosen.setObjectName("waitlistChosen")
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("waitlistContactName")
        self.contact_name.setMaxLength(40)
        self.contact_name.setPlaceholderText(self.tr("Name or alias"))
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("waitlistContactPhone")
        self.contact_phone.setMaxLength(20)
        self.contact_phone.setPlaceholderText("010-0000-0000")
        self.client_box = QWidget()
        client_rows = QVBoxLayout(self.client_box)
        client_rows.setContentsMargins(0, 0, 0, 0)
        client_rows.addWidget(self.search)
        client_rows.addWidget(self.chosen)
        self.enquiry_box = QWidget()
        enquiry_rows = QHBoxLayout(self.enquiry_box)
        enquiry_rows.setContentsMargins(0, 0, 0, 0)
        enquiry_rows.addWidget(self.contact_name, 1)
        enquiry_rows.addWidget(self.contact_phone, 1)
        self.is_client.toggled.connect(self._sync_who)

        # the wish
        self.site = QComboBox()
        self.site.setObjectName("waitlistSite")
        for s in store.sites.sites():
            self.site.addItem(s.name, s.id)
        self.counselor = QComboBox()
        self.counselor.setObjectName("waitlistCounselor")
        self.counselor.addItem(self.tr("Any counselor"), None)
        for s in store.staff.list():
            if s.role in CLINICAL_ROLES:
                self.counselor.addItem(s.display_name, s.id)
        self.time_pref = QComboBox()
        self.time_pref.setObjectName("waitlistTime")
        for code in TIME_PREFERENCES:
            self.time_pref.addItem(context.label(TIME_PREFERENCES, code), code)
        self.program = QComboBox()
        self.program.setObjectName("waitlistProgram")
        self.priority = QComboBox()
        self.priority.setObjectName("waitlistPriority")
        for code in WAITLIST_PRIORITIES:
            self.priority.addItem(context.label(WAITLIST_PRIORITIES, code), code)
        self.memo = QLineEdit()
        self.memo.setObjectName("waitlistMemo")
        self.memo.setMaxLength(500)
        self.memo.setPlaceholderText(self.tr("e.g. works night shifts; call after 17:00"))
        self.site.currentIndexChanged.connect(lambda _i: self._fill_programs())

        self.message = error_label()
        self.message.setObjectName("waitlistEntryMessage")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Save") if entry else self.tr("Add to the waitlist"),
                                    QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("waitlistSave")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_save)
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        if entry is None:
            who_row = QHBoxLayout()
            who_row.addWidget(self.is_client)
            who_row.addWidget(self.is_enquiry)
            form.addRow(self.tr("Who"), who_row)
            form.addRow("", self.client_box)
            form.addRow("", self.enquiry_box)
        else:
            form.addRow(self.tr("Who"), QLabel(who_text))
            if entry.client_id is None:
                form.addRow(self.tr("Contact"), self.enquiry_box)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Counselor wished"), self.counselor)
        form.addRow(self.tr("Time of day"), self.time_pref)
        form.addRow(self.tr("Program wished"), self.program)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Memo"), self.memo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        site = entry.site_id if entry else (site_id or context.actor.site_id)
        self.site.setCurrentIndex(max(0, self.site.findData(site)))
        self._fill_programs(entry.program_id if entry else None)
        if entry is not None:
            self.contact_name.setText(entry.contact_name or "")
            self.contact_phone.setText(entry.contact_phone or "")
            self.counselor.setCurrentIndex(max(0, self.counselor.findData(entry.counselor_id)))
            self.time_pref.setCurrentIndex(max(0, self.time_pref.findData(entry.time_pref)))
            self.priority.setCurrentIndex(max(0, self.priority.findData(entry.priority)))
            self.memo.setText(entry.memo or "")
            self.counselor.setFocus()
        else:
            self.is_client.setChecked(True)
            self._sync_who()
            self.search.setFocus()

    def _fill_programs(self, keep: int | None = None) -> None:
        current = keep if keep is not None else self.program.currentData()
        self.program.clear()
        self.program.addItem(self.tr("No program"), None)
        try:
            programs = open_programs(self.context.store, self.site.currentData(), self.context.today(), current)
        except StorageError:
            programs = []
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.program.setCurrentIndex(max(0, self.program.findData(current)))

    def _sync_who(self) -> None:
        self.client_box.setVisible(self.is_client.isChecked())
        self.enquiry_box.setVisible(not self.is_client.isChecked())

    def _picked(self, client) -> None:
        self.client = client
        self.chosen.setText(self.tr("Chosen: %1").replace(
            "%1", f"{self.context.show_name(client.name)} · {client.code}"))
        if client.site_id is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(client.site_id)))

    def choose_client(self, query: str) -> bool:
        """Search and take the first match (tests, and callers that know whom they want)."""
        self.is_client.setChecked(True)
        return self.search.pick_first(query)

    def try_save(self) -> bool:
        show_error(self.message, "")
        e = replace(self.entry) if self.entry else WaitlistEntry(site_id=self.site.currentData())
        anonymous = (self.entry.client_id is None) if self.entry else self.is_enquiry.isChecked()
        if self.entry is None:
            if not anonymous and self.client is None:
                show_error(self.message, self.tr("Choose a client, or record an anonymous enquiry."))
                return False
            e.client_id = None if anonymous else self.client.id
        if anonymous:
            e.contact_name, e.contact_phone = self.contact_name.text().strip(), self.contact_phone.text().strip()
            if not e.contact_name or not e.contact_phone:
                show_error(self.message, self.tr("Enter a name (or an alias) and a phone number to call back."))
                (self.contact_phone if e.contact_name else self.contact_name).setFocus()
                return False
        e.site_id = self.site.currentData()
        e.counselor_id = self.counselor.currentData()
        e.time_pref = self.time_pref.currentData()
        e.program_id = self.program.currentData()
        e.priority = self.priority.currentData()
        e.memo = self.memo.text()
        repo = self.context.store.waitlist
        try:
            if self.entry is None:
                self.saved = repo.add(e)
            else:
                repo.update(e)
                self.saved = e
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return False
        self.context.notify("waitlist")
        self.accept()
        return True
