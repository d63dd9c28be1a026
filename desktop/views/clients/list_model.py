"""The client list as a Qt model that fetches pages as the view scrolls.

With 100,000 clients nothing is loaded up front: the first page comes with the query, further
pages when the view scrolls to the end (``canFetchMore``/``fetchMore``). Each page is one
repository call (``clients.page``: the rows and order of ``clients.search``, index-friendly).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from storage.errors import PermissionDenied
from storage.vocabulary import JOB_GROUPS, SEXES

from .common import age_band

PAGE_SIZE = 100
COLUMNS = ("code", "name", "sex", "age", "job_group", "status")
CLIENT_ID_ROLE = Qt.UserRole + 1


class ClientListModel(QAbstractTableModel):
    def __init__(self, context, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = page_size
        self.query = ""
        self.rows: list = []
        self.total = 0
        self.pages_fetched = 0
        self.denied = False
        self._exhausted = True
        self._headers = [self.tr("Code"), self.tr("Name"), self.tr("Sex"), self.tr("Age band"),
                         self.tr("Job group"), self.tr("Status")]

    # --- loading -----------------------------------------------------------------------------
    def set_query(self, query: str) -> None:
        """Start over with a new search; loads the first page only."""
        self.beginResetModel()
        self.query = (query or "").strip()
        self.rows = []
        self.pages_fetched = 0
        self.denied = False
        try:
            self.total = self.context.store.clients.page_count(self.query)
            self._exhausted = self.total == 0
        except PermissionDenied:
            self.total, self._exhausted, self.denied = 0, True, True
        self.endResetModel()
        if not self._exhausted:
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_query(self.query)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt's name)
        if parent.isValid() or self._exhausted:
            return
        page = self.context.store.clients.page(self.query, limit=self.page_size, offset=len(self.rows))
        self.pages_fetched += 1
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt's name)
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        client = self.rows[index.row()]
        if role == CLIENT_ID_ROLE:
            return client.id
        if role == Qt.DisplayRole:
            return self.text(client, COLUMNS[index.column()])
        if role == Qt.ForegroundRole and client.status == "inactive":
            return QColor("#777777")
        return None

    def text(self, client, column: str) -> str:
        ctx = self.context
        if column == "code":
            return client.code
        if column == "name":
            return ctx.show_name(client.name)
        if column == "sex":
            return ctx.label(SEXES, client.sex)
        if column == "age":
            return age_band(client.birth_year, ctx.today().year)
        if column == "job_group":
            return ctx.label(JOB_GROUPS, client.job_group)
        return self.tr("Active") if client.status == "active" else self.tr("Inactive")

    def client_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def names_changed(self) -> None:
        """Masking switched: repaint the name column."""
        if self.rows:
            col = COLUMNS.index("name")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col), [Qt.DisplayRole])
