"""The waiting list as a Qt table model: one ``waitlist.waiting`` call per load, names in one
call, in the repository's priority order (safety flag, urgent, longest waiting)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from storage.errors import PermissionDenied
from storage.vocabulary import TIME_PREFERENCES

SAFETY_COLOR = "#c62828"
URGENT_COLOR = "#b26a00"
COLUMNS = ("priority", "days", "who", "contact", "wish", "site", "memo", "booked")
BOOKED_COLOR = "#1d4d1f"


def mask_phone(phone: str | None) -> str:
    """010-1234-5678 -> 010-****-5678: the last four digits are enough to recognise a caller."""
    if not phone:
        return ""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    hide = set(digits[3:-4]) if len(digits) > 7 else set(digits[:-4])
    return "".join("*" if i in hide else ch for i, ch in enumerate(phone))


class WaitlistModel(QAbstractTableModel):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list = []
        self.names: dict[int, str] = {}
        self.codes: dict[int, str] = {}
        self.staff: dict[int, str] = {}
        self.programs: dict[int, str] = {}
        self.sites: dict[int, str] = {}
        self.site_id: int | None = None
        self.denied = False
        self._headers = [self.tr("Priority"), self.tr("Days waiting"), self.tr("Who"), self.tr("Contact"),
                         self.tr("Wish"), self.tr("Site"), self.tr("Memo"), self.tr("Already booked")]

    def load(self, site_id: int | None = None) -> None:
        store, ctx = self.context.store, self.context
        self.beginResetModel()
        self.site_id = site_id
        self.denied = False
        try:
            self.rows = store.waitlist.waiting(ctx.today(), site_id)
        except PermissionDenied:
            self.rows, self.denied = [], True
        ids = sorted({e.client_id for e in self.rows if e.client_id})
        try:
            clients = store.clients.by_ids(ids)
        except PermissionDenied:
            clients = []
        self.names = {c.id: c.name for c in clients}
        self.codes = {c.id: c.code for c in clients}
        self.staff = {s.id: s.display_name for s in store.staff.list(include_inactive=True)}
        self.sites = {s.id: s.name for s in store.sites.sites(include_inactive=True)}
        try:
            self.programs = {p.id: p.name for p in store.programs.list()}
        except PermissionDenied:
            self.programs = {}
        self.endResetModel()

    # --- texts -------------------------------------------------------------------------------
    def who(self, e) -> str:
        show = self.context.show_name
        if e.client_id is None:
            return self.tr("%1 (enquiry)").replace("%1", show(e.contact_name or "?"))
        name = self.names.get(e.client_id)
        return f"{show(name)} · {self.codes.get(e.client_id, '')}" if name else "?"

    def contact(self, e) -> str:
        if e.client_id is not None:
            return ""
        return mask_phone(e.contact_phone) if self.context.mask_names else (e.contact_phone or "")

    def wish(self, e) -> str:
        parts = []
        if e.counselor_id is not None:
            parts.append(self.staff.get(e.counselor_id, "?"))
        if e.time_pref != "any":
            parts.append(self.context.label(TIME_PREFERENCES, e.time_pref))
        if e.program_id is not None:
            parts.append(self.programs.get(e.program_id, "?"))
        return " · ".join(parts) or self.tr("Anyone, any time")

    def booked(self, e) -> str:
        """The client's next appointment made elsewhere (the calendar): booking again would double it."""
        if not e.next_appointment:
            return ""
        return self.tr("Appointment %1").replace("%1", e.next_appointment.replace("T", " "))

    def priority(self, e) -> str:
        if e.safety_flag:
            return self.tr("⚠ Safety flag")
        return self.tr("Urgent") if e.priority == "urgent" else self.tr("Normal")

    # --- Qt's model API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return {"priority": self.priority, "days": lambda x: str(x.days_waiting), "who": self.who,
                    "contact": self.contact, "wish": self.wish, "site": lambda x: self.sites.get(x.site_id, "?"),
                    "memo": lambda x: x.memo or "", "booked": self.booked}[column](e)
        if role == Qt.ForegroundRole and column == "booked":
            return QBrush(QColor(BOOKED_COLOR))
        if role == Qt.ForegroundRole and column in ("priority", "days"):
            if e.safety_flag:
                return QBrush(QColor(SAFETY_COLOR))
            if e.priority == "urgent":
                return QBrush(QColor(URGENT_COLOR))
        if role == Qt.FontRole and column == "priority" and (e.safety_flag or e.priority == "urgent"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and column == "days":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column == "priority" and e.safety_flag:
            return self.tr("This client has an open safety follow-up: contact them first.")
        return None

    def entry(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None
