"""Sites and their rooms: add, rename, change a room's kind, deactivate and reactivate.
Nothing is deleted: appointments and statistics keep pointing at what was used."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLayout,
                               QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from storage.errors import StorageError
from storage.records import Room, Site

from .common import StatusLine, Table, error_text

ROOM_KINDS = ("individual", "group", "office")


class SiteDialog(QDialog):
    """Name (and address) of a site, or name and kind of a room; storage validates."""

    saved = Signal(object)

    def __init__(self, context, record, parent=None) -> None:
        super().__init__(parent)
        self.context, self.record = context, record
        self.is_room = isinstance(record, Room)
        new = record.id is None
        self.setObjectName("roomDialog" if self.is_room else "siteDialog")
        titles = {(False, True): self.tr("Add a site"), (False, False): self.tr("Edit site"),
                  (True, True): self.tr("Add a room"), (True, False): self.tr("Edit room")}
        self.setWindowTitle(titles[(self.is_room, new)])
        self.name = QLineEdit(record.name)
        self.name.setObjectName("placeName")
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        self.kind = QComboBox()
        self.kind.setObjectName("roomKind")
        self.address = QLineEdit(getattr(record, "address", None) or "")
        self.address.setObjectName("siteAddress")
        if self.is_room:
            kinds = room_kind_labels()
            for kind in ROOM_KINDS:
                self.kind.addItem(kinds[kind], kind)
            self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
            form.addRow(self.tr("Kind"), self.kind)
        else:
            form.addRow(self.tr("Address"), self.address)
        self.message = StatusLine("placeMessage")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Add") if new else self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("placeOk")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SetMinimumSize)
        self.resize(420, self.sizeHint().height())

    def try_save(self) -> bool:
        repo, r = self.context.store.sites, self.record
        r.name = self.name.text().strip()
        try:
            if self.is_room:
                r.kind = self.kind.currentData()
                repo.add_room(r) if r.id is None else repo.update_room(r)
            else:
                r.address = self.address.text().strip() or None
                repo.add_site(r) if r.id is None else repo.update_site(r)
        except StorageError as exc:
            self.message.error(error_text(exc, self.context.lang))
            return False
        self.accept()
        self.saved.emit(r)
        return True


def room_kind_labels() -> dict[str, str]:
    return {"individual": QCoreApplication.translate("AdminSites", "individual counseling"),
            "group": QCoreApplication.translate("AdminSites", "group room"),
            "office": QCoreApplication.translate("AdminSites", "office")}


class SitesTab(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("sitesTab")
        self.dialog: SiteDialog | None = None
        self.sites: list[Site] = []
        self.rooms: list[Room] = []
        self.site_table = Table([self.tr("Site"), self.tr("Address"), self.tr("Status")], "sitesTable")
        self.room_table = Table([self.tr("Room"), self.tr("Kind"), self.tr("Status")], "roomsTable")
        self.site_table.itemSelectionChanged.connect(self._site_chosen)
        self.room_table.itemSelectionChanged.connect(self._update_buttons)
        self.site_table.row_chosen.connect(lambda _r: self.edit_site())
        self.room_table.row_chosen.connect(lambda _r: self.edit_room())
        self.add_site_button = QPushButton(self.tr("Add site…"))
        self.add_site_button.setObjectName("addSite")
        self.edit_site_button = QPushButton(self.tr("Rename…"))
        self.edit_site_button.setObjectName("editSite")
        self.toggle_site_button = QPushButton(self.tr("Deactivate"))
        self.toggle_site_button.setObjectName("toggleSite")
        self.add_room_button = QPushButton(self.tr("Add room…"))
        self.add_room_button.setObjectName("addRoom")
        self.edit_room_button = QPushButton(self.tr("Edit…"))
        self.edit_room_button.setObjectName("editRoom")
        self.toggle_room_button = QPushButton(self.tr("Deactivate"))
        self.toggle_room_button.setObjectName("toggleRoom")
        self.add_site_button.clicked.connect(self.add_site)
        self.edit_site_button.clicked.connect(self.edit_site)
        self.toggle_site_button.clicked.connect(self.toggle_site)
        self.add_room_button.clicked.connect(self.add_room)
        self.edit_room_button.clicked.connect(self.edit_room)
        self.toggle_room_button.clicked.connect(self.toggle_room)
        self.status = StatusLine("sitesStatus")

        sites_box = QGroupBox(self.tr("Sites"))
        column = QVBoxLayout(sites_box)
        row = QHBoxLayout()
        for b in (self.add_site_button, self.edit_site_button, self.toggle_site_button):
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.site_table)
        self.rooms_box = QGroupBox(self.tr("Rooms"))
        column = QVBoxLayout(self.rooms_box)
        row = QHBoxLayout()
        for b in (self.add_room_button, self.edit_room_button, self.toggle_room_button):
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.room_table)
        both = QHBoxLayout()
        both.addWidget(sites_box, 1)
        both.addWidget(self.rooms_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(both, 1)
        self._update_buttons()

    # --- lists -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_site()
        self.sites = self.context.store.sites.sites(include_inactive=True)
        self.site_table.setRowCount(len(self.sites))
        for row, s in enumerate(self.sites):
            self._fill(self.site_table, row, [s.name, s.address or "", self._state(s.active)], s.active)
        if self.sites:
            ids = [s.id for s in self.sites]
            self.select_site(current.id if current and current.id in ids else ids[0])
        else:
            self._load_rooms()

    def _state(self, active: bool) -> str:
        return self.tr("in use") if active else self.tr("deactivated")

    @staticmethod
    def _fill(table, row: int, values: list[str], active: bool) -> None:
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if not active:
                item.setForeground(Qt.gray)
            table.setItem(row, col, item)

    def select_site(self, site_id: int) -> None:
        for row, s in enumerate(self.sites):
            if s.id == site_id:
                self.site_table.selectRow(row)
                self.site_table.setCurrentCell(row, 0)
        self._load_rooms()

    def select_room(self, room_id: int) -> None:
        for row, r in enumerate(self.rooms):
            if r.id == room_id:
                self.room_table.selectRow(row)
                self.room_table.setCurrentCell(row, 0)
        self._update_buttons()

    def current_site(self) -> Site | None:
        row = self.site_table.currentRow()
        return self.sites[row] if 0 <= row < len(self.sites) else None

    def current_room(self) -> Room | None:
        row = self.room_table.currentRow()
        return self.rooms[row] if 0 <= row < len(self.rooms) and self.room_table.selectedItems() else None

    def _site_chosen(self) -> None:
        self._load_rooms()

    def _load_rooms(self) -> None:
        site = self.current_site()
        current = self.current_room()
        self.rooms = self.context.store.sites.rooms(site.id, include_inactive=True) if site else []
        self.rooms_box.setTitle(self.tr("Rooms of %1").replace("%1", site.name) if site else self.tr("Rooms"))
        kinds = room_kind_labels()
        self.room_table.setRowCount(len(self.rooms))
        for row, r in enumerate(self.rooms):
            self._fill(self.room_table, row, [r.name, kinds.get(r.kind, r.kind), self._state(r.active)], r.active)
        if current:
            self.select_room(current.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        site, room = self.current_site(), self.current_room()
        self.edit_site_button.setEnabled(site is not None)
        self.toggle_site_button.setEnabled(site is not None)
        self.toggle_site_button.setText(self.tr("Reactivate") if site and not site.active else self.tr("Deactivate"))
        self.add_room_button.setEnabled(bool(site and site.active))
        self.edit_room_button.setEnabled(room is not None)
        self.toggle_room_button.setEnabled(room is not None)
        self.toggle_room_button.setText(self.tr("Reactivate") if room and not room.active else self.tr("Deactivate"))

    # --- actions -----------------------------------------------------------------------------
    def _open(self, record) -> SiteDialog:
        self.status.clear_text()
        self.dialog = SiteDialog(self.context, record, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, record) -> None:
        self.refresh()
        if isinstance(record, Room):
            self.select_site(record.site_id)
            self.select_room(record.id)
            self.status.ok(self.tr("Room %1 saved.").replace("%1", record.name))
        else:
            self.select_site(record.id)
            self.status.ok(self.tr("Site %1 saved.").replace("%1", record.name))
        self.context.notify("site")

    def add_site(self) -> SiteDialog:
        return self._open(Site(name=""))

    def edit_site(self) -> SiteDialog | None:
        site = self.current_site()
        return self._open(Site(name=site.name, address=site.address, active=site.active, id=site.id)) if site else None

    def add_room(self) -> SiteDialog | None:
        site = self.current_site()
        return self._open(Room(site_id=site.id, name="")) if site and site.active else None

    def edit_room(self) -> SiteDialog | None:
        r = self.current_room()
        return self._open(Room(site_id=r.site_id, name=r.name, kind=r.kind, active=r.active, id=r.id)) if r else None

    def toggle_site(self) -> bool:
        site = self.current_site()
        if site is None:
            return False
        changed = Site(name=site.name, address=site.address, active=not site.active, id=site.id)
        return self._toggle(lambda: self.context.store.sites.update_site(changed), changed)

    def toggle_room(self) -> bool:
        r = self.current_room()
        if r is None:
            return False
        changed = Room(site_id=r.site_id, name=r.name, kind=r.kind, active=not r.active, id=r.id)
        return self._toggle(lambda: self.context.store.sites.update_room(changed), changed)

    def _toggle(self, write, record) -> bool:
        self.status.clear_text()
        try:
            write()
        except StorageError as exc:
            self.status.error(error_text(exc, self.context.lang))
            return False
        self.refresh()
        if isinstance(record, Room):
            self.select_site(record.site_id)
            self.select_room(record.id)
        else:
            self.select_site(record.id)
        text = (self.tr("%1 is in use again.") if record.active else
                self.tr("%1 deactivated: no new bookings; past records stay."))
        self.status.ok(text.replace("%1", record.name))
        self.context.notify("site")
        return True
