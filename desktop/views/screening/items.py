"""The questions of one instrument as widgets: one focusable frame per item with its options as
radio buttons. Keyboard: a digit answers the current item with that value and moves to the next
item; Up/Down (and Tab) move between items, Left/Right move between the options, Delete clears.
Used by the counselor's entry form and by the client's own full-screen view."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QLabel, QLineEdit, QRadioButton, QScrollArea,
                               QVBoxLayout, QWidget)

from forms.model import Definition, Item

ITEM_STYLE = ("QFrame#item { border: 1px solid #d0d0d0; border-radius: 4px; background: #ffffff; }"
              " QFrame#item:focus { border: 2px solid #1565c0; background: #f1f6fd; }"
              " QFrame#item:disabled { background: #f4f4f4; }"
              " QLabel#itemText { font-weight: bold; }")


def item_enabled(item: Item, values: dict) -> bool:
    """False only when the item's enableWhen conditions are known to be unmet (the engine's
    rule: an unknown condition leaves the item enabled)."""
    if not item.enable_when:
        return True
    states = [c.holds(values[c.link_id]) if c.link_id in values else None for c in item.enable_when]
    if item.enable_behavior == "all":
        return False not in states
    return not all(s is False for s in states)


class ItemWidget(QFrame):
    changed = Signal()
    advance = Signal(int)  # +1 / -1: move to the next / previous item

    def __init__(self, number: int, item: Item, lang: str, *, client_view: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number
        self.setObjectName("item")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAttribute(Qt.WA_StyledBackground, True)
        text = item.text.get(lang) if item.text is not None else ""
        heading = f"{number}. {text}" if text else self.tr("Item %1").replace("%1", str(number))
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("itemText")  # bold through ITEM_STYLE (keeps the font size inherited)
        self.setAccessibleName(heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        self.text_edit: QLineEdit | None = None
        if item.type == "text":
            self.text_edit = QLineEdit()
            self.text_edit.setObjectName(f"text_{item.link_id}")
            self.text_edit.textChanged.connect(self.changed)
            layout.addWidget(self.text_edit)
            self.setFocusProxy(self.text_edit)
            return
        labelled = any(o.label is not None for o in item.options)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        if client_view:
            columns = 1 if labelled else len(item.options)
        elif labelled:
            columns = 2 if len(item.options) > 3 else len(item.options)
        else:
            columns = len(item.options)
        for i, option in enumerate(item.options):
            if option.label is None:
                caption = str(option.value)
            elif client_view:
                caption = option.label.get(lang)
            else:
                caption = f"{option.value}  {option.label.get(lang)}"
            button = QRadioButton(caption)
            button.setObjectName(f"option_{item.link_id}_{option.value}")
            button.setFocusPolicy(Qt.NoFocus)  # the item frame holds the focus; digits answer it
            button.clicked.connect(self.setFocus)
            self.group.addButton(button, option.value)
            self.buttons[option.value] = button
            grid.addWidget(button, i // columns, i % columns)
        for col in range(columns):
            grid.setColumnStretch(col, 1)
        layout.addLayout(grid)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())

    # --- value -----------------------------------------------------------------------------
    def value(self):
        if self.text_edit is not None:
            text = self.text_edit.text().strip()
            return text or None
        button = self.group.checkedButton()
        return None if button is None else self.group.id(button)

    def set_value(self, value) -> None:
        if self.text_edit is not None:
            self.text_edit.setText(value or "")
            return
        if value is None:
            self.clear()
            return
        button = self.buttons.get(value)
        if button is not None:
            button.setChecked(True)

    def clear(self) -> None:
        if self.text_edit is not None:
            self.text_edit.clear()
            return
        if self.group.checkedButton() is None:
            return
        self.group.setExclusive(False)
        self.group.checkedButton().setChecked(False)
        self.group.setExclusive(True)
        self.changed.emit()

    # --- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1 and self.buttons:
            value = int(text)
            if value in self.buttons:
                self.buttons[value].setChecked(True)
                self.advance.emit(1)
            return
        if key in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter):
            self.advance.emit(1)
            return
        if key == Qt.Key_Up:
            self.advance.emit(-1)
            return
        if key in (Qt.Key_Left, Qt.Key_Right) and self.buttons:
            values = list(self.buttons)
            current = self.value()
            if current is None:
                index = 0 if key == Qt.Key_Right else len(values) - 1
            else:
                index = values.index(current) + (1 if key == Qt.Key_Right else -1)
                index = max(0, min(len(values) - 1, index))
            self.buttons[values[index]].setChecked(True)
            return
        if key in (Qt.Key_Delete, Qt.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)


class ItemsPanel(QScrollArea):
    """All the items of one definition, in a scroll area that follows the current item."""

    changed = Signal()

    def __init__(self, definition: Definition, lang: str, *, client_view: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        body.setObjectName("itemsBody")
        body.setStyleSheet(ITEM_STYLE)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.setSpacing(8)
        self.instructions = QLabel(definition.instructions.get(lang) if definition.instructions else "")
        self.instructions.setWordWrap(True)
        self.instructions.setObjectName("instructions")
        self.instructions.setVisible(bool(self.instructions.text()))
        layout.addWidget(self.instructions)
        self.widgets: list[ItemWidget] = []
        for number, item in enumerate(definition.items, start=1):
            widget = ItemWidget(number, item, lang, client_view=client_view)
            widget.changed.connect(self._item_changed)
            widget.advance.connect(lambda step, w=widget: self.move_from(w, step))
            self.widgets.append(widget)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self._sync_enabled()

    def widget_for(self, link_id: str) -> ItemWidget:
        return next(w for w in self.widgets if w.item.link_id == link_id)

    def answers(self) -> dict:
        """{linkId: value} of the answered items that apply (skipped ones are left out)."""
        return {w.item.link_id: w.value() for w in self.widgets if w.isEnabled() and w.value() is not None}

    def set_answers(self, answers: dict) -> None:
        for w in self.widgets:
            w.blockSignals(True)
            w.group.blockSignals(True)
            w.set_value(answers.get(w.item.link_id))
            w.group.blockSignals(False)
            w.blockSignals(False)
        self._sync_enabled()
        self.changed.emit()

    def current(self) -> ItemWidget | None:
        focused = self.window().focusWidget()  # the window's focus widget, also when inactive
        for w in self.widgets:
            if focused is w or (w.text_edit is not None and focused is w.text_edit):
                return w
        return None

    def focus_first(self, unanswered: bool = False) -> None:
        """Focus the first item that applies (``unanswered``: the first such one not answered)."""
        first = next((w for w in self.widgets if w.isEnabled() and not (unanswered and w.value() is not None)),
                     None)
        if first is not None:
            self.focus_item(first)

    def focus_item(self, widget: ItemWidget) -> None:
        widget.setFocus(Qt.OtherFocusReason)
        self.ensureWidgetVisible(widget, 20, 20)

    def move_from(self, widget: ItemWidget, step: int) -> None:
        index = self.widgets.index(widget) + step
        while 0 <= index < len(self.widgets):
            if self.widgets[index].isEnabled():
                self.focus_item(self.widgets[index])
                return
            index += step

    def _item_changed(self) -> None:
        self._sync_enabled()
        self.changed.emit()

    def _sync_enabled(self) -> None:
        values: dict = {}
        for w in self.widgets:
            on = item_enabled(w.item, values)
            if not on and w.value() is not None:
                w.blockSignals(True)
                w.clear()  # skipped by the form's own logic: the answer no longer applies
                w.blockSignals(False)
            w.setEnabled(on)
            if w.item.type != "choice":
                continue
            if not on:  # as the engine scores a skipped item: its lowest score
                values[w.item.link_id] = w.item.max_value if w.item.reverse else w.item.min_value
            elif w.value() is not None:
                values[w.item.link_id] = w.value()
