"""The center's own closed days (the ``closed_days`` setting), beside the public holidays that
come from the holidays package: a 임시공휴일 declared after the installed release, a city
closure, a day the center closes although it is not a public holiday. Each add or remove is
saved at once (one audited settings write); the calendar and weekly series use them at once."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from storage import holidays
from storage.errors import StorageError, ValidationError

from .common import StatusLine, error_text


class ClosedDaysBox(QGroupBox):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Center closed days"))
        self.setObjectName("closedDaysBox")
        hint = QLabel(self.tr("Public holidays (설날, 추석, substitute holidays, election days) come from the "
                              "holidays package, version %1. Add the other days the center is closed, e.g. a "
                              "temporary holiday announced late or a city closure.")
                      .replace("%1", holidays.library_version()))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.days = QListWidget()
        self.days.setObjectName("closedDays")
        self.days.setMaximumHeight(130)
        self.days.setAccessibleName(self.tr("Center closed days"))
        self.date = QDateEdit()
        self.date.setObjectName("closedDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd (ddd)")
        today = context.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.name = QLineEdit()
        self.name.setObjectName("closedName")
        self.name.setMaxLength(holidays.MAX_NAME)
        self.name.setPlaceholderText(self.tr("Name, e.g. 임시공휴일"))
        # The other way round: a public holiday on which the center works (e.g. 노동절).
        self.open_day = QCheckBox(self.tr("Open that day (a public holiday the center works)"))
        self.open_day.setObjectName("closedOpen")
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addClosedDay")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeClosedDay")
        self.status = StatusLine("closedDaysStatus")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.name.returnPressed.connect(self.add)
        self.days.currentItemChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.days.currentItem() is not None))

        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.days)
        layout.addLayout(row)
        layout.addWidget(self.open_day)
        layout.addWidget(self.status)
        self.setEnabled(context.store.settings.may("settings.manage"))

    def refresh(self) -> None:
        self.days.clear()
        lang = self.context.lang
        for entry in self.context.store.settings.closed_days():
            day = date.fromisoformat(entry["date"])
            public = holidays.public_holidays(day, day + timedelta(days=1))
            text = f"{entry['date']} ({_weekday(day, lang)}) · {entry['name']}"
            if entry.get("open"):
                text += self.tr(" · open: booked like any working day")
            elif day in public:   # still listed, but the library has it now: the entry can go
                text += self.tr(" (also a public holiday: %1)").replace("%1", public[day].name(lang))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, entry["date"])
            self.days.addItem(item)
        self.remove_button.setEnabled(False)

    # --- writing ----------------------------------------------------------------------------
    def _save(self, entries: list[dict], done: str) -> bool:
        try:
            self.context.store.settings.set(holidays.SETTING, entries)
        except StorageError as exc:
            lang = self.context.lang
            if isinstance(exc, ValidationError) and exc.params.get("problem_ko"):
                self.status.error(exc.params["problem_ko" if lang == "ko" else "problem_en"])
            else:
                self.status.error(error_text(exc, lang))
            return False
        self.refresh()
        self.status.ok(done)
        self.context.notify("settings")
        return True

    def add(self) -> bool:
        self.status.clear_text()
        d = self.date.date()
        day = date(d.year(), d.month(), d.day())
        name = self.name.text().strip()
        if not name:
            self.status.error(self.tr("Type a name for the closed day."))
            self.name.setFocus()
            return False
        entries = self.context.store.settings.closed_days()
        if any(e["date"] == day.isoformat() for e in entries):
            self.status.error(self.tr("%1 is already in the list.").replace("%1", day.isoformat()))
            return False
        if self.open_day.isChecked():
            entry = {"date": day.isoformat(), "name": name, "open": True}
            done = self.tr("%1 added: the center works that day; weekly series book it.")
        else:
            entry = {"date": day.isoformat(), "name": name}
            done = self.tr("%1 added: the calendar shows it and weekly series skip it.")
        if not self._save(entries + [entry], done.replace("%1", f"{day.isoformat()} {name}")):
            return False
        self.name.clear()
        self.open_day.setChecked(False)
        return True

    def remove_selected(self) -> bool:
        self.status.clear_text()
        item = self.days.currentItem()
        if item is None:
            return False
        chosen = item.data(Qt.UserRole)
        entries = [e for e in self.context.store.settings.closed_days() if e["date"] != chosen]
        return self._save(entries, self.tr("%1 removed.").replace("%1", chosen))


def _weekday(day: date, lang: str) -> str:
    return ("월화수목금토일" if lang == "ko" else ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))[day.weekday()]
