"""Satisfaction survey entry (만족도 조사), built from the center's survey form definition:
seven items on a 5-point scale and an optional comment, for one service line and month.

Anonymous: a response carries the site, service line and month only, never a client. Made for
typing in a stack of paper forms: the digit keys 1-5 answer the current item and move to the
next; Enter saves and clears the form for the next one. The month's responses are summarised
(n and the mean of each item) under the form."""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QRadioButton,
                               QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

import forms
from storage.errors import StorageError
from storage.records import SATISFACTION_ITEMS, SatisfactionResponse
from storage.vocabulary import SERVICE_LINES

from .common import NOTICE_STYLE, error_text, message_label, show_message

FORM_ID = "satisfaction"
LINES = ("counseling", "screening", "program")
FIELD_FOR = {"return": "revisit"}   # the form's linkId -> the storage column, where they differ
OPTION_WIDTH = 92
ROW_STYLE = ("QFrame#surveyItem { border: 1px solid transparent; border-radius: 3px; }"
             " QFrame#surveyItem[current=\"true\"] { background: #e3f2fd; border: 1px solid #1e88e5; }")


def survey_definition(context) -> forms.Definition:
    registry = getattr(context, "forms_registry", None) or forms.builtin_registry()
    return registry.get(FORM_ID)


def short_name(text: str) -> str:
    """'[유익성] 이용한 …' -> '유익성' (the item's name in the yearly table)."""
    found = re.match(r"\s*\[([^\]]+)\]", text)
    return found.group(1) if found else text[:12]


class ItemRow(QFrame):
    """One item: its text and five radio buttons. The row takes the keyboard focus; 1-5 answer
    and move on, Left/Right change the answer, Up/Down move between items."""

    answered = Signal(int, int)      # row index, value
    focused = Signal(int)            # row index
    refused = Signal(int, str)       # row index, the key typed
    move = Signal(int, int)          # row index, +1 / -1

    def __init__(self, index: int, text: str, values: tuple[int, ...], parent=None) -> None:
        super().__init__(parent)
        self.index = index
        self.values = values
        self.setObjectName("surveyItem")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setProperty("current", False)
        self.setAccessibleName(text)
        self.label = QLabel(f"{index + 1}. {text}")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(self.label, 1)
        self.buttons: dict[int, QRadioButton] = {}
        for value in values:
            button = QRadioButton(str(value))
            button.setFocusPolicy(Qt.NoFocus)   # the row has the focus; clicking still works
            self.group.addButton(button, value)
            cell = QWidget()
            cell.setFixedWidth(OPTION_WIDTH)
            cell_row = QHBoxLayout(cell)
            cell_row.setContentsMargins(0, 0, 0, 0)
            cell_row.addWidget(button, 0, Qt.AlignCenter)
            row.addWidget(cell)
            self.buttons[value] = button
        self.group.idClicked.connect(lambda value: self.answered.emit(self.index, value))

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in self.buttons else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)

    def set_current(self, on: bool) -> None:
        self.setProperty("current", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.focused.emit(self.index)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.set_current(False)
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1 and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            if int(text) in self.buttons:
                self.set_value(int(text))
                self.answered.emit(self.index, int(text))
                self.move.emit(self.index, 1)
            else:
                self.refused.emit(self.index, text)
            return
        if key in (Qt.Key_Left, Qt.Key_Right):
            current = self.value()
            step = 1 if key == Qt.Key_Right else -1
            new = (min(self.values) if step > 0 else max(self.values)) if current is None else current + step
            if new in self.buttons:
                self.set_value(new)
                self.answered.emit(self.index, new)
            return
        if key in (Qt.Key_Up, Qt.Key_Down):
            self.move.emit(self.index, 1 if key == Qt.Key_Down else -1)
            return
        super().keyPressEvent(event)


class SurveyDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        lang = context.lang
        self.definition = survey_definition(context)
        self.items = self.definition.choice_items
        self.fields = [FIELD_FOR.get(i.link_id, i.link_id) for i in self.items]
        if sorted(self.fields) != sorted(SATISFACTION_ITEMS) and len(self.items) == len(SATISFACTION_ITEMS):
            self.fields = list(SATISFACTION_ITEMS)   # a center's renamed items: the table's order
        comment_item = next((i for i in self.definition.items if i.type == "text"), None)
        self.saved_count = 0
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Satisfaction survey entry"))
        self.setStyleSheet(ROW_STYLE)

        title = QLabel(self.definition.title.get(lang))
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.anonymous = QLabel(self.tr("Saved anonymously: a response is never linked to a client."))
        self.anonymous.setObjectName("anonymousNotice")
        self.anonymous.setStyleSheet(NOTICE_STYLE)
        self.anonymous.setWordWrap(True)

        # which service, which month, which site
        self.line = QComboBox()
        self.line.setObjectName("surveyLine")
        self.line.setAccessibleName(self.tr("Service"))
        for code in LINES:
            self.line.addItem(context.label(SERVICE_LINES, code), code)
        today = context.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setObjectName("surveyMonth")
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCurrentSection(QDateEdit.MonthSection)
        self.site = QComboBox()
        self.site.setObjectName("surveySite")
        self.site.setAccessibleName(self.tr("Site"))
        for s in self.store.sites.sites():
            self.site.addItem(s.name, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(context.actor.site_id)))
        choose = QHBoxLayout()
        for label, widget in ((self.tr("Service"), self.line), (self.tr("Month"), self.month),
                              (self.tr("Site"), self.site)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            choose.addWidget(caption)
            choose.addWidget(widget)
            choose.addSpacing(10)
        choose.addStretch(1)

        # the form
        instructions = QLabel((self.definition.instructions.get(lang) if self.definition.instructions else "")
                              + "  " + self.tr("Keys 1-5 answer the current item and move to the next."))
        instructions.setWordWrap(True)
        header = QHBoxLayout()
        header.setContentsMargins(6, 0, 6, 0)
        header.addStretch(1)
        for option in self.items[0].options:
            text = f"{option.value}\n{option.label.get(lang)}" if option.label else str(option.value)
            label = QLabel(text)
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
            label.setFixedWidth(OPTION_WIDTH)
            label.setStyleSheet("color: #444;")
            header.addWidget(label)
        self.rows: list[ItemRow] = []
        form_box = QFrame()
        form_box.setFrameShape(QFrame.StyledPanel)
        form = QVBoxLayout(form_box)
        form.setSpacing(0)
        form.addLayout(header)
        for index, item in enumerate(self.items):
            text = item.text.get(lang) if item.text else item.link_id
            row = ItemRow(index, text, item.values)
            row.answered.connect(lambda *_: show_message(self.message, ""))
            row.refused.connect(self._refused)
            row.move.connect(self._move)
            row.focused.connect(self._current)
            self.rows.append(row)
            form.addWidget(row)
        self.comment = QLineEdit()
        self.comment.setObjectName("surveyComment")
        self.comment.setMaxLength(1000)
        comment_text = comment_item.text.get(lang) if comment_item and comment_item.text else ""
        self.comment.setPlaceholderText(comment_text)
        self.comment.setAccessibleName(comment_text)
        comment_label = QLabel(self.tr("Comment"))
        comment_label.setBuddy(self.comment)
        comment_row = QHBoxLayout()
        comment_row.setContentsMargins(6, 6, 6, 0)
        comment_row.addWidget(comment_label)
        comment_row.addWidget(self.comment, 1)
        form.addLayout(comment_row)

        self.message = message_label("surveyMessage")

        # this month's responses
        self.summary_box = QGroupBox("")
        self.summary = QTableWidget(len(LINES) + 1, len(self.items) + 2)
        self.summary.setObjectName("surveySummary")
        self.summary.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.summary.setFocusPolicy(Qt.NoFocus)
        self.summary.setSelectionMode(QAbstractItemView.NoSelection)
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Responses")] + [short_name(i.text.get(lang)) if i.text else i.link_id for i in self.items]
            + [self.tr("Mean")])
        self.summary.setVerticalHeaderLabels([context.label(SERVICE_LINES, c) for c in LINES] + [self.tr("All")])
        self.summary.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.summary.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.summary_box.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        summary_layout = QVBoxLayout(self.summary_box)
        summary_layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton(self.tr("Save and next (Enter)"), QDialogButtonBox.AcceptRole)
        self.next_button.setObjectName("surveySaveNext")
        self.next_button.setDefault(True)
        self.save_button = self.buttons.addButton(self.tr("Save and close"), QDialogButtonBox.AcceptRole)
        self.save_button.setObjectName("surveySave")
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        self.next_button.clicked.connect(self.save_and_next)
        self.save_button.clicked.connect(self.save_and_close)
        self.close_button.clicked.connect(self.reject)
        for b in (self.next_button, self.save_button, self.close_button):
            b.setAutoDefault(False)
        self.next_button.setDefault(True)
        if not self.store.surveys.may("survey.write"):
            self.next_button.setEnabled(False)
            self.save_button.setEnabled(False)
            show_message(self.message, self.tr("You are not allowed to enter survey responses."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save_and_next)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.anonymous)
        layout.addLayout(choose)
        layout.addWidget(instructions)
        layout.addWidget(form_box)
        layout.addWidget(self.message)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.buttons)
        order = [self.line, self.month, self.site, *self.rows, self.comment, self.next_button, self.save_button,
                 self.close_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.month.dateChanged.connect(lambda _d: self.refresh_summary())
        self.site.currentIndexChanged.connect(lambda _i: self.refresh_summary())
        self.refresh_summary()
        self.resize(980, self.sizeHint().height())
        self.rows[0].setFocus()

    # --- answering ---------------------------------------------------------------------------
    def period(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def answers(self) -> dict[str, int | None]:
        return {field: row.value() for field, row in zip(self.fields, self.rows)}

    def answer(self, index: int, value: int) -> bool:
        """Answer an item as a click or a key would; a value outside the scale is refused."""
        row = self.rows[index]
        if value not in row.buttons:
            self._refused(index, str(value))
            return False
        row.set_value(value)
        show_message(self.message, "")
        return True

    def _refused(self, index: int, typed: str) -> None:
        low, high = min(self.rows[index].values), max(self.rows[index].values)
        show_message(self.message, self.tr("Item %1: answers are %2 to %3 (not %4).").replace("%1", str(index + 1))
                     .replace("%2", str(low)).replace("%3", str(high)).replace("%4", typed))

    def _current(self, index: int) -> None:
        """Mark the item being answered (the one with the focus), and only that one."""
        for row in self.rows:
            if row.property("current") != (row.index == index):
                row.set_current(row.index == index)

    def _move(self, index: int, step: int) -> None:
        target = index + step
        if 0 <= target < len(self.rows):
            self.rows[target].setFocus()
        elif target >= len(self.rows):
            self.comment.setFocus()

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        show_message(self.message, "")
        answers = self.answers()
        missing = [i + 1 for i, v in enumerate(answers.values()) if v is None]
        if missing:
            show_message(self.message, self.tr("Answer every item; missing: %1.")
                         .replace("%1", ", ".join(str(m) for m in missing)))
            self.rows[missing[0] - 1].setFocus()
            return False
        response = SatisfactionResponse(site_id=self.site.currentData(), service_line=self.line.currentData(),
                                        period_month=self.period(), comment=self.comment.text().strip() or None,
                                        **answers)
        try:
            self.store.surveys.add(response)
        except StorageError as exc:
            show_message(self.message, error_text(exc, self.context.lang))
            return False
        self.saved_count += 1
        self.context.notify("survey")
        return True

    def clear(self) -> None:
        for row in self.rows:
            row.set_value(None)
        self.comment.clear()
        self.rows[0].setFocus()

    def save_and_next(self) -> bool:
        if not self.next_button.isEnabled() or not self.save():
            return False
        self.clear()
        show_message(self.message, self.tr("Saved (%1 in this sitting). Next form.").replace(
            "%1", str(self.saved_count)), NOTICE_STYLE)
        self.refresh_summary()
        return True

    def save_and_close(self) -> bool:
        if not self.save_button.isEnabled() or not self.save():
            return False
        self.accept()
        return True

    # --- the month's summary -----------------------------------------------------------------
    def summary_values(self) -> dict[str, tuple[int, list[float | None], float | None]]:
        """Per service line and 'all': (n, mean of each item, mean of the item means)."""
        try:
            responses = [r for r in self.store.surveys.for_month(self.period())
                         if r.site_id == self.site.currentData()]
        except StorageError:
            responses = []
        out = {}
        for line in (*LINES, "all"):
            chosen = [r for r in responses if line == "all" or r.service_line == line]
            if not chosen:
                out[line] = (0, [None] * len(self.fields), None)
                continue
            means = [sum(getattr(r, f) for r in chosen) / len(chosen) for f in self.fields]
            out[line] = (len(chosen), means, sum(means) / len(means))
        return out

    def refresh_summary(self) -> None:
        self.summary_box.setTitle(self.tr("Responses for %1 at %2 (n and mean of each item)")
                                  .replace("%1", self.period()).replace("%2", self.site.currentText()))
        for row, (n, means, overall) in enumerate(self.summary_values().values()):
            cells = [str(n)] + [f"{m:.2f}" if m is not None else "—" for m in means] + \
                    [f"{overall:.2f}" if overall is not None else "—"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignCenter)
                if row == len(LINES) or col == len(cells) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.summary.setItem(row, col, item)
        height = self.summary.horizontalHeader().height() + 2 * self.summary.frameWidth()
        height += sum(self.summary.rowHeight(r) for r in range(self.summary.rowCount()))
        self.summary.setFixedHeight(height)
