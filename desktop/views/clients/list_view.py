"""The client list page: debounced search, masking toggle, the lazy table, "new client"."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from .common import EnterTableView
from .list_model import ClientListModel

SEARCH_DELAY_MS = 250


class ClientListPage(QWidget):
    open_client = Signal(int)
    new_client_requested = Signal()
    masking_changed = Signal(bool)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Clients"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")

        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, initials (ㅎㄱㄷ), client code or phone's last 4 digits"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._search_now_and_focus)
        self.search.installEventFilter(self)  # Down moves into the list

        self.mask = QCheckBox(self.tr("Mask names on screen"))
        self.mask.setObjectName("maskNames")
        self.center_masks = bool(context.store.settings.get("mask_names", False))
        self.mask.setChecked(context.mask_names)
        if self.center_masks:
            self.mask.setEnabled(False)
            self.mask.setToolTip(self.tr("The center's settings mask names for everyone."))
        else:
            self.mask.setToolTip(self.tr("Show names as 홍*동 until you log out."))
        self.mask.toggled.connect(self._mask_toggled)

        self.new_button = QPushButton(self.tr("New client…"))
        self.new_button.setObjectName("newClient")
        self.new_button.setToolTip(self.tr("Register a new client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client_requested)
        self.new_button.setEnabled(context.store.clients.may("client.write"))

        self.model = ClientListModel(context, self)
        self.table = EnterTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 140, 70, 110, 200)):
            self.table.setColumnWidth(col, width)
        self.table.row_chosen.connect(self._chosen)
        self.table.setAccessibleName(self.tr("Client list"))

        self.count = QLabel("")
        self.count.setObjectName("clientCount")

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.mask)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.mask)
        self.setTabOrder(self.mask, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setFocusProxy(self.search)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.run_search()

    # --- searching ---------------------------------------------------------------------------
    def run_search(self) -> None:
        self.timer.stop()
        self.model.set_query(self.search.text())

    def reload(self) -> None:
        self.model.reload()

    def _search_now_and_focus(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.search and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down:
            self._search_now_and_focus()
            return True
        return super().eventFilter(obj, event)

    def _update_count(self, *_args) -> None:
        model = self.model
        if model.denied:
            self.count.setText(self.tr("You are not allowed to see the client list."))
        elif model.query:
            self.count.setText(self.tr("%1 clients found (%2 shown)").replace("%1", f"{model.total:,}")
                               .replace("%2", f"{model.rowCount():,}"))
        else:
            self.count.setText(self.tr("%1 clients (%2 shown)").replace("%1", f"{model.total:,}")
                               .replace("%2", f"{model.rowCount():,}"))

    def _chosen(self, row: int) -> None:
        client_id = self.model.client_id(row)
        if client_id is not None:
            self.open_client.emit(client_id)

    # --- masking -----------------------------------------------------------------------------
    def _mask_toggled(self, on: bool) -> None:
        self.context.mask_names = on or self.center_masks
        self.model.names_changed()
        self.masking_changed.emit(self.context.mask_names)

    def sync_mask(self) -> None:
        self.mask.blockSignals(True)
        self.mask.setChecked(self.context.mask_names)
        self.mask.blockSignals(False)
        self.model.names_changed()
