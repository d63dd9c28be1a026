"""The time grid: a painted, scrollable sheet of columns (counselors or rooms, per day) and
30-minute rows, with appointment blocks. Headers and the time gutter stay put while scrolling.

Mouse: click selects, double-click opens a block or books an empty slot, drag moves a block,
right-click asks for the context menu. Keyboard: arrows move the slot cursor (selecting the
block under it), Enter opens/books, Ctrl+arrows move the selected block (Up/Down 30 minutes,
Left/Right one day), Ctrl+Shift+Left/Right move it to the neighbouring column, Delete cancels,
Escape stops a drag. The grid only asks; the view writes through the repository."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSizePolicy, QToolTip

from .model import DAY_END, DAY_START, ROWS, SLOT, Block, CalendarModel

GUTTER = 52
MIN_ROW = 22
MIN_COLUMN = {"day": 120, "week": 50}   # a week of five days and four counselors fits 1280 pixels

# status -> (fill, border, text)
COLOURS = {
    "booked": ("#dce8fb", "#3a6fc4", "#10233f"),
    "attended": ("#d9f0dd", "#2f8a4e", "#0f2e19"),
    "no_show": ("#fde3c8", "#c0630a", "#3d2106"),
    "cancelled": ("#eeeeee", "#a0a0a0", "#7a7a7a"),
}
HOLIDAY_FILL = "#fbe9eb"     # public holidays and the center's closed days
HOLIDAY_TEXT = "#b00020"


class CalendarGrid(QAbstractScrollArea):
    selection_changed = Signal(object)          # appointment id or None
    cursor_moved = Signal()                     # the slot cursor moved (the view re-describes the slot)
    open_requested = Signal(int)                # Enter / double-click on a block
    create_requested = Signal(int, int)         # Enter / double-click on an empty slot: column, row
    move_requested = Signal(int, int, int)      # drag and drop: appointment id, column, minutes since midnight
    nudge_requested = Signal(int, int, int)     # Ctrl+arrows: minutes, days, columns
    cancel_requested = Signal()                 # Delete
    menu_requested = Signal(QPoint)             # right-click / menu key, global position

    def __init__(self, model: CalendarModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.selected: int | None = None
        self.cursor_col = 0
        self.cursor_row = 0
        self.no_room_title = "—"
        self.texts = {"status": {}, "kind": {}}   # code -> label, filled by the view
        self._press: tuple | None = None          # (block, press position, minutes into the block)
        self._drag: tuple | None = None           # (block, column, start minute) while dragging
        self._col_w = float(MIN_COLUMN["week"])
        self._row_h = float(MIN_ROW)
        self.day_titles: dict = {}                # date -> heading, filled by the view
        self.holidays: dict = {}                  # date -> holiday name (public or center), filled by the view
        self.today = _today                       # the view hands in context.today
        self.describe = lambda a: ""              # the view's one-line description (tooltips)

    # --- geometry -----------------------------------------------------------------------------
    @property
    def header_height(self) -> int:
        line = QFontMetrics(self.font()).height()
        return (2 * line + 14) if self._day_line() else line + 12

    def _day_line(self) -> bool:
        """A week has a line of day headings above the columns; a day only when it is a holiday
        (the title above the grid names the date, but the holiday must be seen on the grid)."""
        if self.model.mode == "week":
            return True
        return any(d in self.holidays for d in self.model.days)

    def relayout(self) -> None:
        vp = self.viewport()
        n = max(1, len(self.model.columns))
        available = max(1, vp.width() - GUTTER)
        self._col_w = max(float(MIN_COLUMN[self.model.mode]), available / n)
        self._row_h = max(float(MIN_ROW), (vp.height() - self.header_height) / ROWS)
        content_w = GUTTER + self._col_w * n
        content_h = self.header_height + self._row_h * ROWS
        self.horizontalScrollBar().setRange(0, max(0, int(content_w - vp.width() + 0.999)))
        self.horizontalScrollBar().setPageStep(vp.width())
        self.verticalScrollBar().setRange(0, max(0, int(content_h - vp.height() + 0.999)))
        self.verticalScrollBar().setPageStep(vp.height())
        self.cursor_col = min(self.cursor_col, n - 1)
        vp.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.relayout()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 640)

    def _x(self, column: int) -> float:
        return GUTTER + column * self._col_w - self.horizontalScrollBar().value()

    def _y(self, minute: float) -> float:
        return self.header_height + (minute - DAY_START) / SLOT * self._row_h - self.verticalScrollBar().value()

    def block_rect(self, b: Block, start: int | None = None, column: int | None = None) -> QRectF:
        column = b.column if column is None else column
        start = b.start if start is None else start
        end = start + (b.end - b.start)
        margin = 3 if self._col_w >= 90 else 1     # narrow week columns: every pixel for the name
        width = (self._col_w - 2 * margin) / b.lanes
        x = self._x(column) + margin + b.lane * width
        y = self._y(start) + 1
        return QRectF(x, y, max(4.0, width - 1), max(8.0, self._y(end) - y - 2))

    def slot_rect(self, column: int, row: int) -> QRectF:
        return QRectF(self._x(column), self._y(DAY_START + row * SLOT), self._col_w, self._row_h)

    def hit(self, pos) -> tuple[int | None, int | None, Block | None]:
        """(column, row, block) under a viewport position; None outside the body."""
        if pos.x() < GUTTER or pos.y() < self.header_height:
            return None, None, None
        column = int((pos.x() + self.horizontalScrollBar().value() - GUTTER) // self._col_w)
        row = int((pos.y() + self.verticalScrollBar().value() - self.header_height) // self._row_h)
        if not (0 <= column < len(self.model.columns) and 0 <= row < ROWS):
            return None, None, None
        for b in reversed(self.model.blocks):
            if b.column == column and self.block_rect(b).contains(pos):
                return column, row, b
        return column, row, None

    def slot_center(self, column: int, row: int) -> QPoint:
        """Where to click for a slot (tests, keyboard menus)."""
        return self.slot_rect(column, row).center().toPoint()

    def block_center(self, appointment_id: int) -> QPoint | None:
        b = self.model.block_of(appointment_id)
        return self.block_rect(b).center().toPoint() if b else None

    # --- selection and cursor -----------------------------------------------------------------
    def select(self, appointment_id: int | None, *, move_cursor: bool = True) -> None:
        b = self.model.block_of(appointment_id)
        new = b.appt.id if b else None
        if b and move_cursor:
            self.cursor_col, self.cursor_row = b.column, (b.start - DAY_START) // SLOT
            self.ensure_visible(self.cursor_col, self.cursor_row)
        if new != self.selected:
            self.selected = new
            self.selection_changed.emit(new)
        self.viewport().update()

    def set_cursor(self, column: int, row: int) -> None:
        n = len(self.model.columns)
        if not n:
            return
        self.cursor_col = max(0, min(n - 1, column))
        self.cursor_row = max(0, min(ROWS - 1, row))
        under = self.model.blocks_at(self.cursor_col, DAY_START + self.cursor_row * SLOT)
        under.sort(key=lambda b: (b.appt.status == "cancelled", b.lane))
        self.select(under[0].appt.id if under else None, move_cursor=False)
        self.ensure_visible(self.cursor_col, self.cursor_row)
        self.viewport().update()
        self.cursor_moved.emit()

    def ensure_visible(self, column: int, row: int) -> None:
        vp = self.viewport()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        left = GUTTER + column * self._col_w
        if left - h.value() < GUTTER:
            h.setValue(int(left - GUTTER))
        elif left + self._col_w - h.value() > vp.width():
            h.setValue(int(left + self._col_w - vp.width()))
        top = self.header_height + row * self._row_h
        if top - v.value() < self.header_height:
            v.setValue(int(top - self.header_height))
        elif top + self._row_h - v.value() > vp.height():
            v.setValue(int(top + self._row_h - vp.height()))

    # --- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.ControlModifier)
        shift = bool(mods & Qt.ShiftModifier)
        arrows = {Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1), Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0)}
        if key == Qt.Key_Escape and self._drag:
            self._press = self._drag = None
            self.viewport().update()
            return
        if key in arrows and ctrl:
            dx, dy = arrows[key]
            if self.selected is not None:
                if dy:
                    self.nudge_requested.emit(dy * SLOT, 0, 0)
                elif shift:
                    self.nudge_requested.emit(0, 0, dx)
                else:
                    self.nudge_requested.emit(0, dx, 0)
            return
        if key in arrows and not mods & (Qt.AltModifier | Qt.MetaModifier):
            dx, dy = arrows[key]
            b = self.model.block_of(self.selected)
            if dy and b is not None and b.column == self.cursor_col:
                # step off the selected block: from its start upwards, from its end downwards
                row = (b.start - DAY_START) // SLOT - 1 if dy < 0 else (b.end - DAY_START + SLOT - 1) // SLOT
            else:
                row = self.cursor_row + dy
            if 0 <= row < ROWS:
                self.set_cursor(self.cursor_col + dx, row)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if self.selected is not None:
                self.open_requested.emit(self.selected)
            elif self.model.columns:
                self.create_requested.emit(self.cursor_col, self.cursor_row)
            return
        if key == Qt.Key_Delete and self.selected is not None:
            self.cancel_requested.emit()
            return
        if key == Qt.Key_Home:
            self.set_cursor(self.cursor_col, 0)
            return
        if key == Qt.Key_End:
            self.set_cursor(self.cursor_col, ROWS - 1)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if event.reason() == event.Reason.Mouse:
            column, row, block = self.hit(event.pos())   # viewport coordinates, as for mouse events
            if column is None:
                return
            if block:
                self.select(block.appt.id)
            else:
                self.set_cursor(column, row)
            self.menu_requested.emit(event.globalPos())
        else:
            b = self.model.block_of(self.selected)
            rect = self.block_rect(b) if b else self.slot_rect(self.cursor_col, self.cursor_row)
            self.menu_requested.emit(self.viewport().mapToGlobal(rect.center().toPoint()))

    # --- mouse --------------------------------------------------------------------------------
    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.ToolTip:   # narrow week blocks: everything the block cannot show
            _c, _r, block = self.hit(event.pos())
            if block:
                QToolTip.showText(event.globalPos(), self.describe(block.appt), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.MouseFocusReason)
        pos = event.position().toPoint()
        column, row, block = self.hit(pos)
        if column is None:
            return
        if block:
            self.select(block.appt.id)
            into = self._minute_at(pos) - block.start
            if block.appt.status != "cancelled":
                self._press = (block, pos, into)
        else:
            self.set_cursor(column, row)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if not self._press or not event.buttons() & Qt.LeftButton:
            return
        block, origin, into = self._press
        pos = event.position().toPoint()
        if not self._drag and (pos - origin).manhattanLength() < QApplication.startDragDistance():
            return
        column, _row, _b = self.hit(QPoint(max(GUTTER, pos.x()), max(self.header_height, pos.y())))
        if column is None:
            return
        length = block.end - block.start
        start = self._minute_at(pos) - into
        start = int(round((start - DAY_START) / SLOT)) * SLOT + DAY_START
        start = max(DAY_START, min(DAY_END - length, start))
        self._drag = (block, column, start)
        self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag, self._press = self._drag, None, None
        self.viewport().update()
        if drag and event.button() == Qt.LeftButton:
            block, column, start = drag
            if column != block.column or start != block.start:
                self.move_requested.emit(block.appt.id, column, start)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.LeftButton:
            return
        self._press = self._drag = None
        column, row, block = self.hit(event.position().toPoint())
        if block:
            self.open_requested.emit(block.appt.id)
        elif column is not None:
            self.set_cursor(column, row)
            self.create_requested.emit(column, row)

    def _minute_at(self, pos) -> float:
        return DAY_START + (pos.y() + self.verticalScrollBar().value() - self.header_height) / self._row_h * SLOT

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.Antialiasing, False)
        vp = self.viewport().rect()
        head = self.header_height
        pal = self.palette()
        p.fillRect(vp, QColor("#ffffff"))
        body = QRect(GUTTER, head, vp.width() - GUTTER, vp.height() - head)
        p.save()
        p.setClipRect(body)
        self._paint_rows(p, vp)
        self._paint_cursor(p)
        for b in self.model.blocks:
            self._paint_block(p, b, self.block_rect(b), b.appt.id == self.selected)
        if self._drag:
            block, column, start = self._drag
            ghost = Block(block.appt, column, start, start + block.end - block.start, 0, 1, block.client)
            self._paint_block(p, ghost, self.block_rect(ghost), True, ghost=True)
        p.restore()
        self._paint_gutter(p, vp, head)
        self._paint_header(p, vp, head)
        p.setPen(QPen(pal.mid().color()))
        p.drawLine(0, head - 1, vp.width(), head - 1)
        p.end()

    def _paint_rows(self, p: QPainter, vp: QRect) -> None:
        today = self.today()
        for i, c in enumerate(self.model.columns):
            x = self._x(i)
            if x > vp.width() or x + self._col_w < GUTTER:
                continue
            if c.day in self.holidays:    # closed: shaded like a Korean calendar's red days
                p.fillRect(QRectF(x, self.header_height, self._col_w, vp.height()), QColor(HOLIDAY_FILL))
            elif c.day == today and self.model.mode == "week":
                p.fillRect(QRectF(x, self.header_height, self._col_w, vp.height()), QColor("#fffbea"))
            elif c.day.weekday() >= 5:
                p.fillRect(QRectF(x, self.header_height, self._col_w, vp.height()), QColor("#f6f6f6"))
        for row in range(ROWS + 1):
            y = self._y(DAY_START + row * SLOT)
            p.setPen(QPen(QColor("#c8c8c8" if row % 2 == 0 else "#ececec")))
            p.drawLine(QPoint(GUTTER, int(y)), QPoint(vp.width(), int(y)))
        previous_day = None
        for i, c in enumerate(self.model.columns + [None]):
            x = int(self._x(i))
            new_day = c is None or c.day != previous_day
            p.setPen(QPen(QColor("#8c8c8c" if new_day and i else "#dddddd"), 2 if new_day and i else 1))
            p.drawLine(x, self.header_height, x, vp.height())
            previous_day = c.day if c else None

    def _paint_cursor(self, p: QPainter) -> None:
        if not self.model.columns or not self.hasFocus() or self.selected is not None:
            return
        rect = self.slot_rect(self.cursor_col, self.cursor_row).adjusted(2, 2, -2, -2)
        p.setPen(QPen(QColor("#3a6fc4"), 2, Qt.DashLine))
        p.setBrush(QColor(58, 111, 196, 30))
        p.drawRect(rect)
        p.setBrush(Qt.NoBrush)

    def _paint_block(self, p: QPainter, b: Block, rect: QRectF, selected: bool, ghost: bool = False) -> None:
        fill, border, text = COLOURS.get(b.appt.status, COLOURS["booked"])
        fill_c = QColor(fill)
        if ghost:
            fill_c.setAlpha(150)
        p.setBrush(fill_c)
        p.setPen(QPen(QColor("#111111") if selected else QColor(border), 3 if selected else 1,
                      Qt.DashLine if ghost else Qt.SolidLine))
        p.drawRoundedRect(rect, 3, 3)
        p.setBrush(Qt.NoBrush)
        p.fillRect(QRectF(rect.x() + 1, rect.y() + 1, 3, rect.height() - 1), QColor(border))
        inner = rect.adjusted(7, 2, -3, -2) if rect.width() >= 80 else rect.adjusted(5, 1, -1, -1)
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        bold = QFont(base)
        bold.setBold(True)
        cancelled = b.appt.status == "cancelled"
        y = inner.y()
        p.setPen(QColor(text))
        for index, (line, font) in enumerate(self._block_lines(b, inner.width(), small, bold)):
            font = QFont(font)
            font.setStrikeOut(cancelled)
            metrics = QFontMetrics(font)
            if index and y + metrics.height() > inner.bottom() + 3:
                break
            p.setFont(font)
            shown = metrics.elidedText(line, Qt.ElideRight, int(inner.width()))
            p.drawText(QRectF(inner.x(), y, inner.width(), metrics.height()), Qt.AlignLeft | Qt.AlignVCenter, shown)
            y += metrics.height()
        p.setFont(base)

    def _block_lines(self, b: Block, width: float, small: QFont, bold: QFont) -> list[tuple[str, QFont]]:
        """Most important first (time, client), as much as the block's size allows: a narrow
        week column shows the start time and the name; a wide day column adds kind, status and
        the room (or the counselor, when columns are rooms)."""
        a = b.appt
        kind = self.texts["kind"].get(a.kind, a.kind)
        status = self.texts["status"].get(a.status, a.status)
        span = f"{a.starts_at[11:16]}–{a.ends_at[11:16]}"
        fits = QFontMetrics(small).horizontalAdvance
        when = span if fits(span) <= width else a.starts_at[11:16]
        detail = f"{kind} · {status}"
        where = self.model.resource_title(a)
        lines = []
        if where and fits(f"{span} · {detail} · {where}") <= width:
            lines.append((f"{span} · {detail} · {where}", small))
            detail = where = ""
        elif fits(f"{span} · {detail}") <= width:
            lines.append((f"{span} · {detail}", small))
            detail = ""
        else:
            lines.append((when, small))
        lines.append((b.client or kind, bold))
        if detail:
            lines.append((detail, small))
        if where:
            lines.append((where, small))
        return lines

    def _paint_gutter(self, p: QPainter, vp: QRect, head: int) -> None:
        p.fillRect(QRect(0, head, GUTTER, vp.height() - head), QColor("#fafafa"))
        p.save()
        p.setClipRect(QRect(0, head, GUTTER, vp.height() - head))
        p.setPen(QColor("#555555"))
        metrics = QFontMetrics(self.font())
        for row in range(0, ROWS + 1, 2):
            minute = DAY_START + row * SLOT
            y = self._y(minute)
            label = f"{minute // 60:02d}:00"
            if row == 0:
                top = int(y) + 2
            elif row == ROWS:
                top = int(y) - metrics.height() - 1
            else:
                top = int(y) - metrics.height() // 2
            p.drawText(QRect(0, top, GUTTER - 8, metrics.height()), Qt.AlignRight | Qt.AlignVCenter, label)
        p.restore()
        p.setPen(QPen(QColor("#c8c8c8")))
        p.drawLine(GUTTER - 1, head, GUTTER - 1, vp.height())

    def _paint_header(self, p: QPainter, vp: QRect, head: int) -> None:
        p.fillRect(QRect(0, 0, vp.width(), head), QColor("#f2f4f7"))
        p.save()
        p.setClipRect(QRect(GUTTER, 0, vp.width() - GUTTER, head))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        week = self._day_line()
        today = self.today()
        bold = QFont(self.font())
        bold.setBold(True)
        columns = self.model.columns
        i = 0
        while i < len(columns):
            c = columns[i]
            j = i
            while j + 1 < len(columns) and columns[j + 1].day == c.day:
                j += 1
            if week:
                left, right = self._x(i), self._x(j + 1)
                rect = QRectF(left, 4, right - left, line + 2)
                p.setFont(bold)
                holiday = self.holidays.get(c.day)
                p.setPen(QColor(HOLIDAY_TEXT if c.day.weekday() == 6 or holiday else "#1a1a1a"))
                if c.day == today:
                    p.fillRect(QRectF(left + 1, 2, right - left - 2, line + 6), QColor("#ffe98a"))
                elif holiday:
                    p.fillRect(QRectF(left + 1, 2, right - left - 2, line + 6), QColor(HOLIDAY_FILL))
                title = self.day_titles.get(c.day, "")
                title = f"{title} · {holiday}" if holiday else title
                text = QFontMetrics(bold).elidedText(title, Qt.ElideRight, int(right - left - 4))
                p.drawText(rect, Qt.AlignCenter, text)
                p.setPen(QPen(QColor("#8c8c8c"), 2))
                p.drawLine(int(left), 0, int(left), head)
            p.setFont(self.font())
            for k in range(i, j + 1):
                title = columns[k].title or self.no_room_title
                top = (line + 10) if week else 6
                rect = QRectF(self._x(k) + 2, top, self._col_w - 4, line)
                p.setPen(QColor("#333333"))
                p.drawText(rect, Qt.AlignCenter, metrics.elidedText(title, Qt.ElideRight, int(self._col_w - 6)))
                if k > i:
                    p.setPen(QPen(QColor("#dddddd")))
                    p.drawLine(int(self._x(k)), top, int(self._x(k)), head)
            i = j + 1
        p.restore()
        p.fillRect(QRect(0, 0, GUTTER, head), QColor("#f2f4f7"))


def _today() -> date:
    return date.today()
