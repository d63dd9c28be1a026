"""Find a client by name, initials (ㅎㄱㄷ), client code or phone's last 4 digits and pick one:
Enter searches at once (and moves into the results), Enter on a result picks it."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QLineEdit, QVBoxLayout, QWidget

from storage.errors import StorageError

from .common import error_text

SEARCH_DELAY_MS = 250
LIMIT = 20


class ClientSearch(QWidget):
    picked = Signal(object)   # the Client
    failed = Signal(str)      # a refusal, in the user's language

    def __init__(self, context, placeholder: str, taken: Callable[[], set[int]] = lambda: set(),
                 parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.taken = taken
        self.edit = QLineEdit()
        self.edit.setObjectName("clientSearchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self.results = QListWidget()
        self.results.setObjectName("clientSearchResults")
        self.results.setMaximumHeight(110)
        self.results.setVisible(False)
        self.results.itemActivated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.edit.textEdited.connect(lambda _t: self.timer.start())
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.edit)

    def run_search(self) -> None:
        self.timer.stop()
        self.results.clear()
        query = self.edit.text().strip()
        if not query:
            self.results.setVisible(False)
            return
        try:
            found = self.context.store.clients.page(query, limit=LIMIT)
        except StorageError as exc:
            self.results.setVisible(False)
            self.failed.emit(error_text(exc, self.context.lang))
            return
        taken = self.taken()
        for c in found:
            if c.id in taken:
                continue
            item = QListWidgetItem(f"{self.context.show_name(c.name)} · {c.code}", self.results)
            item.setData(Qt.UserRole, c)
        if self.results.count() == 0:
            QListWidgetItem(self.tr("No client found."), self.results).setFlags(Qt.NoItemFlags)
        self.results.setVisible(True)

    def _search_now(self) -> None:
        self.run_search()
        first = self.results.item(0)
        if first is not None and first.data(Qt.UserRole) is not None:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _activated(self, item: QListWidgetItem | None) -> None:
        client = item.data(Qt.UserRole) if item is not None else None
        if client is None:
            return
        self.results.clear()
        self.results.setVisible(False)
        self.edit.clear()
        self.edit.setFocus()
        self.picked.emit(client)

    def pick_first(self, query: str) -> bool:
        """Search and take the first match (tests and callers that know what they want)."""
        self.edit.setText(query)
        self.run_search()
        first = self.results.item(0)
        if first is None or first.data(Qt.UserRole) is None:
            return False
        self._activated(first)
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if obj is self.edit and key in (Qt.Key_Return, Qt.Key_Enter):
                self._search_now()
                return True
            if obj is self.edit and key == Qt.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(max(0, self.results.currentRow()))
                return True
            if obj is self.results and key in (Qt.Key_Return, Qt.Key_Enter):
                self._activated(self.results.currentItem())
                return True
            if obj is self.results and key == Qt.Key_Escape:
                self.results.setVisible(False)
                self.edit.setFocus()
                return True
        return super().eventFilter(obj, event)
