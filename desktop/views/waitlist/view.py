"""The waitlist view (대기자): who waits, in the order to call them (a safety flag first, then
urgent, then the longest waiting), with days waiting, the wish and the site.

Add (a client or an anonymous enquiry), edit, withdraw with a reason. "Book" opens the
calendar's appointment dialog prefilled from the wish and saves the appointment and the entry
together; "Place in program" registers the client in a program. An anonymous enquiry goes
through intake first (the clients view's intake dialog, prefilled with the enquiry's name and
phone): the new client is linked to the entry at once, so closing the booking dialog afterwards
loses nothing — the entry then waits as that client.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from storage.errors import StorageError

from ..clients.common import EnterTableView, error_label, error_text, show_error
from ..clients.intake_dialog import IntakeDialog
from .book_dialog import WaitlistBookDialog
from .entry_dialog import WaitlistEntryDialog
from .model import WaitlistModel
from .place_dialog import WaitlistPlaceDialog
from .withdraw_dialog import WaitlistWithdrawDialog

NOTICE_STYLE = "color: #1d4d1f;"


def ask_already_booked(parent, title: str, text: str) -> str | None:
    """'mark' (the entry is booked with the existing appointment), 'again' (book another) or
    None (cancel, the default). Module-level so tests can answer it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(title)
    box.setText(text)
    mark = box.addButton(QCoreApplication.translate("WaitlistView", "Mark booked with that appointment"),
                         QMessageBox.AcceptRole)
    again = box.addButton(QCoreApplication.translate("WaitlistView", "Book another"), QMessageBox.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("WaitlistView", "Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return {mark: "mark", again: "again"}.get(box.clickedButton())


class WaitlistView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog = None
        self.setObjectName("waitlistView")
        store = context.store

        title = QLabel(self.tr("Waitlist"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.site = QComboBox()
        self.site.setObjectName("waitlistSiteFilter")
        self.site.addItem(self.tr("All sites"), None)
        for s in store.sites.sites():
            self.site.addItem(s.name, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(context.actor.site_id)))
        self.site.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel("")
        self.count.setObjectName("waitlistCount")

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("waitlistAdd")
        self.add_button.setToolTip(self.tr("Add a client or an anonymous enquiry (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("waitlistEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.setObjectName("waitlistBook")
        self.book_button.setToolTip(self.tr("Book an appointment; an enquiry is registered as a client first (Ctrl+B)"))
        self.book_button.clicked.connect(self.book_selected)
        self.place_button = QPushButton(self.tr("Place in program…"))
        self.place_button.setObjectName("waitlistPlace")
        self.place_button.clicked.connect(self.place_selected)
        self.withdraw_button = QPushButton(self.tr("Take off…"))
        self.withdraw_button.setObjectName("waitlistWithdraw")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        for key, slot in (("Ctrl+N", self.add_entry), ("Ctrl+B", self.book_selected)):
            QShortcut(QKeySequence(key), self, activated=slot)

        self.model = WaitlistModel(context, self)
        self.table = EnterTableView()
        self.table.setObjectName("waitlistTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.row_chosen.connect(lambda _row: self.edit_selected())
        self.message = error_label()
        self.message.setObjectName("waitlistMessage")
        self.done = error_label()
        self.done.setObjectName("waitlistNotice")
        self.done.setStyleSheet(NOTICE_STYLE)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site")))
        top.addWidget(self.site)
        top.addWidget(self.count, 1)
        for b in (self.add_button, self.edit_button, self.book_button, self.place_button, self.withdraw_button):
            top.addWidget(b)
        hint = QLabel(self.tr("Order: open safety follow-up first, then urgent, then the longest waiting. "
                              "Enter or double-click edits the entry."))
        hint.setStyleSheet("color: #555555;")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        context.changed.connect(self._changed)
        self.refresh()

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.load(self.site.currentData())
        rows = self.model.rows
        if self.model.denied:
            show_error(self.message, self.tr("Your role does not give access to the waitlist."))
        flagged = sum(1 for e in rows if e.safety_flag)
        urgent = sum(1 for e in rows if e.priority == "urgent" and not e.safety_flag)
        self.count.setText(self.tr("%1 waiting · %2 with a safety flag · %3 urgent").replace("%1", str(len(rows)))
                           .replace("%2", str(flagged)).replace("%3", str(urgent)))
        if rows:
            self.table.selectRow(0)
        self._sync_buttons()

    def _changed(self, what: str) -> None:
        if what in ("waitlist", "client", "followup", "screening", "mask_names", "program"):
            self.refresh()

    def selected(self):
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        for row, e in enumerate(self.model.rows):
            if e.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def _sync_buttons(self) -> None:
        e = self.selected()
        writable = self.context.store.waitlist.may("waitlist.write")
        self.add_button.setEnabled(writable)
        for b in (self.edit_button, self.book_button, self.place_button, self.withdraw_button):
            b.setEnabled(writable and e is not None)

    def _show(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def notice(self, text: str) -> None:
        show_error(self.message, "")
        show_error(self.done, text)

    # --- actions -------------------------------------------------------------------------------
    def add_entry(self) -> WaitlistEntryDialog | None:
        if not self.add_button.isEnabled():
            return None
        show_error(self.done, "")
        return self._show(WaitlistEntryDialog(self.context, site_id=self.site.currentData(), parent=self))

    def edit_selected(self) -> WaitlistEntryDialog | None:
        e = self.selected()
        if e is None or not self.edit_button.isEnabled():
            return None
        return self._show(WaitlistEntryDialog(self.context, e, who_text=self.model.who(e), parent=self))

    def withdraw_selected(self) -> WaitlistWithdrawDialog | None:
        e = self.selected()
        if e is None or not self.withdraw_button.isEnabled():
            return None
        return self._show(WaitlistWithdrawDialog(self.context, e, self.model.who(e), self))

    def book_selected(self):
        """The booking dialog, or (an anonymous enquiry) the intake dialog that leads to it."""
        e = self.selected()
        if e is None or not self.book_button.isEnabled():
            return None
        if e.client_id is None:
            return self._intake_then(e, self._open_booking)
        if e.next_appointment:
            # Booked in the calendar meanwhile: a second booking would double it.
            when = e.next_appointment.replace("T", " ")
            answer = ask_already_booked(self, self.tr("Already booked"), self.tr(
                "This client already has an appointment on %1. If that is the appointment they waited for, mark "
                "the entry booked with it. Book another one only if they need a second.").replace("%1", when))
            if answer == "mark":
                return self._mark_booked(e)
            if answer != "again":
                return None
        return self._open_booking(e)

    def _mark_booked(self, e):
        try:
            done = self.context.store.waitlist.mark_booked(e.id, e.next_appointment_id)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return None
        self.context.notify("waitlist")
        self.notice(self.tr("Marked booked: %1.").replace("%1", e.next_appointment.replace("T", " ")))
        return done

    def place_selected(self):
        e = self.selected()
        if e is None or not self.place_button.isEnabled():
            return None
        if e.client_id is None:
            return self._intake_then(e, self._open_placing)
        return self._open_placing(e)

    def _intake_then(self, entry, then) -> IntakeDialog:
        intake = IntakeDialog(self.context, self)
        intake.name.setText(entry.contact_name or "")
        intake.phone.setText(entry.contact_phone or "")
        intake.site.setCurrentIndex(max(0, intake.site.findData(entry.site_id)))
        intake.accepted.connect(lambda: self._intake_done(entry, intake, then))
        return self._show(intake)

    def _intake_done(self, entry, intake: IntakeDialog, then) -> None:
        client = intake.created
        if client is None:
            return
        try:
            linked = self.context.store.waitlist.link_client(entry.id, client.id)
        except StorageError as exc:
            show_error(self.message, error_text(exc, self.context.lang))
            return
        self.context.notify("waitlist")
        self.select_entry(linked.id)
        then(self.selected() or linked)

    def _client_text(self, entry) -> tuple[str, str]:
        name = self.model.names.get(entry.client_id)
        if name is None:
            try:
                found = self.context.store.clients.by_ids([entry.client_id])
            except StorageError:
                found = []
            name = found[0].name if found else "?"
            code = found[0].code if found else ""
        else:
            code = self.model.codes.get(entry.client_id, "")
        return self.context.show_name(name), code

    def _open_booking(self, entry) -> WaitlistBookDialog:
        name, code = self._client_text(entry)
        dialog = WaitlistBookDialog(self.context, entry, name, code, self)
        dialog.accepted.connect(lambda: self._booked(dialog))
        return self._show(dialog)

    def _booked(self, dialog: WaitlistBookDialog) -> None:
        a = dialog.booked
        staff = self.model.staff.get(a.counselor_id, "")
        self.context.notify("appointment")
        self.context.notify("waitlist")
        self.notice(self.tr("Booked: %1 with %2.").replace("%1", a.starts_at.replace("T", " ")).replace("%2", staff))

    def _open_placing(self, entry) -> WaitlistPlaceDialog:
        name, code = self._client_text(entry)
        dialog = WaitlistPlaceDialog(self.context, entry, f"{name} · {code}", self)
        dialog.accepted.connect(lambda: self.notice(self.tr("Registered in the program.")))
        return self._show(dialog)
