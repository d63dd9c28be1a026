"""Which period a report covers: a month (by default last month), a year, or a date range."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from reports.period import Period

KINDS = ("month", "year", "range")


def last_month(today: date) -> date:
    """The first day of the month before ``today``'s (the lead reports on the month just ended)."""
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodPicker(QWidget):
    """A kind (monthly, yearly, date range) and the matching editor; ``period()`` gives the
    ``reports.period.Period`` (ValueError for a range that ends before it starts)."""

    changed = Signal()

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        previous = last_month(today)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for code, text in zip(KINDS, (self.tr("Monthly"), self.tr("Yearly"), self.tr("Date range"))):
            self.kind.addItem(text, code)
        self.kind.setToolTip(self.tr("Monthly, yearly or any range of dates"))

        self.month = QDateEdit(qdate(previous))
        self.month.setObjectName("periodMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setToolTip(self.tr("The month (year-month); the arrow keys change it"))
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(previous.year)
        self.year.setToolTip(self.tr("The year"))
        self.start = QDateEdit(qdate(date(previous.year, 1, 1)))
        self.start.setObjectName("periodStart")
        self.end = QDateEdit(qdate(today.replace(day=1) - timedelta(days=1)))
        self.end.setObjectName("periodEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.start.setToolTip(self.tr("First day of the range"))
        self.end.setToolTip(self.tr("Last day of the range (included)"))

        range_box = QWidget()
        row = QHBoxLayout(range_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("~"))
        row.addWidget(self.end)
        self.editors = (self.month, self.year, range_box)  # one shown at a time, each at its own width
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        for widget in self.editors:
            layout.addWidget(widget)
        self.setFocusProxy(self.kind)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.month.dateChanged, self.year.valueChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(lambda *_: self.changed.emit())
        self._kind_changed(0)

    def _kind_changed(self, index: int) -> None:
        for i, widget in enumerate(self.editors):
            widget.setVisible(i == index)
        self.changed.emit()

    # --- values ----------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def set_month(self, text: str) -> None:
        """``'YYYY-MM'``: monthly, that month."""
        self.set_kind("month")
        self.month.setDate(QDate(int(text[:4]), int(text[5:7]), 1))

    def set_range(self, start: date, end: date) -> None:
        self.set_kind("range")
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))

    def month_text(self) -> str:
        """The chosen month as 'YYYY-MM' (also a sensible default when another kind is shown)."""
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def period(self) -> Period:
        kind = self.current_kind()
        if kind == "month":
            return Period.month(self.month_text())
        if kind == "year":
            return Period.year(self.year.value())
        return Period.range(pydate(self.start.date()), pydate(self.end.date()))
