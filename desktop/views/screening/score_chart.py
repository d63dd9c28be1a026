"""Scores over time, drawn with QPainter (QtCharts is not part of PySide6-Essentials).

``ScoreChart`` draws one score (an instrument's total, or a subscale for instruments without a
total): x = the date taken, y = the score over its whole possible range, the bands shaded behind
(adjacent bands of one class merged into one normal / watch / high-risk area, labelled with the
class; bands without a class in alternating greys, labelled with the band), a dashed line at
each band boundary, and a point per screening coloured by its class. ``ScoreChartsPanel`` shows
one chart per instrument (per subscale for MBI-HSS) of one client.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPolygonF, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

import forms
from forms.model import RISK_CLASS_LABELS, Band, ScoreSpec

from .common import BAND_FILLS, NEUTRAL_FILLS, RISK_COLORS, number_text

POINT_COLOR = "#37474f"


@dataclass(frozen=True)
class Point:
    day: date
    value: float
    risk_class: str | None = None


@dataclass(frozen=True)
class Region:
    """A shaded area of the chart: from ``low`` to ``high`` on the score axis."""

    low: float
    high: float
    label: str
    fill: str
    risk_class: str | None


def regions_for(bands: tuple[Band, ...], spec: ScoreSpec, lang: str) -> list[Region]:
    """Bands as shaded areas; boundaries half-way between one band's max and the next's min."""
    if not bands:
        return []
    bands = tuple(sorted(bands, key=lambda b: b.min))
    edges = [float(spec.lo)]
    for before, after in zip(bands, bands[1:]):
        edges.append((float(before.max) + float(after.min)) / 2)
    edges.append(float(spec.hi))
    classed = all(b.risk_class for b in bands)
    out: list[Region] = []
    for i, band in enumerate(bands):
        low, high = edges[i], edges[i + 1]
        if classed:
            cls = band.risk_class
            if out and out[-1].risk_class == cls:
                out[-1] = Region(out[-1].low, high, out[-1].label, out[-1].fill, cls)
                continue
            label = RISK_CLASS_LABELS[cls]["ko" if lang == "ko" else "en"]
            out.append(Region(low, high, label, BAND_FILLS[cls], cls))
        else:
            out.append(Region(low, high, band.label.get(lang), NEUTRAL_FILLS[i % 2], None))
    return out


def boundaries(bands: tuple[Band, ...]) -> list[float]:
    """Where a band starts (the lowest score of every band but the first)."""
    return sorted(float(b.min) for b in bands)[1:]


class ScoreChart(QWidget):
    def __init__(self, title: str, spec: ScoreSpec, bands: tuple[Band, ...], points: list[Point], lang: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.title, self.spec, self.bands, self.lang = title, spec, bands, lang
        self.points = sorted(points, key=lambda p: p.day)
        self.regions = regions_for(bands, spec, lang)
        self.setObjectName("scoreChart")
        self.setMinimumSize(280, 190)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.setFocusPolicy(Qt.TabFocus)
        lines = [f"{p.day.isoformat()}  {number_text(p.value)}"
                 + (f"  {RISK_CLASS_LABELS[p.risk_class]['ko' if lang == 'ko' else 'en']}" if p.risk_class else "")
                 for p in self.points]
        self.setAccessibleName(title)
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip(title + "\n" + "\n".join(lines))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(330, 200)

    # --- geometry --------------------------------------------------------------------------
    LABEL_COLUMN_MAX = 84  # the band labels' column right of the plot (longer labels are elided)

    def label_width(self) -> int:
        fm = QFontMetrics(self._small_font())
        widest = max((fm.horizontalAdvance(r.label) for r in self.regions), default=0)
        return min(widest, self.LABEL_COLUMN_MAX) + 8 if widest else 0

    def plot_rect(self) -> QRectF:
        fm = QFontMetrics(self._small_font())
        left = fm.horizontalAdvance(number_text(self.spec.hi)) + 10
        top = QFontMetrics(self._title_font()).height() + fm.height() // 2 + 8  # room for the top value
        right = self.label_width() + 6
        return QRectF(left, top, max(10, self.width() - left - right),
                      max(10, self.height() - top - fm.height() - 8))

    def y_of(self, value: float, plot: QRectF) -> float:
        lo, hi = float(self.spec.lo), float(self.spec.hi)
        span = (hi - lo) or 1.0
        return plot.bottom() - (float(value) - lo) / span * plot.height()

    def x_of(self, day: date, plot: QRectF) -> float:
        first, last = self.points[0].day, self.points[-1].day
        pad = 14.0
        if first == last:
            return plot.center().x()
        return plot.left() + pad + (day - first).days / (last - first).days * (plot.width() - 2 * pad)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        return font

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _day_label(self, d: date) -> str:
        """Short dates as written in Korea (26. 3. 5.); English: 5 Mar 26."""
        if self.lang == "ko":
            return f"{d.year % 100:02d}. {d.month}. {d.day}."
        return d.strftime("%d %b %y").lstrip("0")

    # --- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        plot = self.plot_rect()
        small = self._small_font()
        fm = QFontMetrics(small)

        painter.setFont(self._title_font())
        painter.setPen(QColor("#222222"))
        title = QFontMetrics(self._title_font()).elidedText(self.title, Qt.ElideRight, self.width() - 8)
        painter.drawText(QRectF(4, 2, self.width() - 8, QFontMetrics(self._title_font()).height() + 2),
                         Qt.AlignLeft | Qt.AlignVCenter, title)

        painter.setFont(small)
        column = self.label_width()
        for region in self.regions:  # shaded bands, labelled right of the plot where there is room
            top, bottom = self.y_of(region.high, plot), self.y_of(region.low, plot)
            area = QRectF(plot.left(), top, plot.width(), bottom - top)
            painter.fillRect(area, QColor(region.fill))
            painter.fillRect(QRectF(plot.right() + 2, top, 4, bottom - top), QColor(
                RISK_COLORS.get(region.risk_class, "#bdbdbd")))
            if area.height() >= fm.height():
                painter.setPen(QColor(RISK_COLORS.get(region.risk_class, "#555555")))
                painter.drawText(QRectF(plot.right() + 10, top, column, bottom - top), Qt.AlignLeft | Qt.AlignVCenter,
                                 fm.elidedText(region.label, Qt.ElideRight, column - 4))
        dashed = QPen(QColor("#9e9e9e"))
        dashed.setStyle(Qt.DashLine)
        labelled: list[float] = []
        painter.setPen(QColor("#555555"))
        for value in [float(self.spec.lo), float(self.spec.hi)]:
            y = self.y_of(value, plot)
            painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                             Qt.AlignRight | Qt.AlignVCenter, number_text(value))
            labelled.append(y)
        for value in boundaries(self.bands):
            y = self.y_of(value, plot)
            painter.setPen(dashed)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if all(abs(y - other) >= fm.height() for other in labelled):
                painter.setPen(QColor("#555555"))
                painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                                 Qt.AlignRight | Qt.AlignVCenter, number_text(value))
                labelled.append(y)
        painter.setPen(QPen(QColor("#9e9e9e")))
        painter.drawRect(plot)

        if not self.points:
            return
        positions = [QPointF(self.x_of(p.day, plot), self.y_of(p.value, plot)) for p in self.points]
        if len(positions) > 1:
            # A polyline, not a QPainterPath: stroking a path of many segments cost ~13 ms a chart.
            painter.setPen(QPen(QColor(POINT_COLOR), 1.6))
            painter.drawPolyline(QPolygonF(positions))
        show_values = len(self.points) <= 8
        for p, pos in zip(self.points, positions):
            color = QColor(RISK_COLORS.get(p.risk_class, POINT_COLOR))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(color)
            painter.drawEllipse(pos, 4.5, 4.5)
            if show_values:
                painter.setPen(color.darker(130))
                text = number_text(p.value)
                w = fm.horizontalAdvance(text) + 4
                above = pos.y() - 6 - fm.height() >= plot.top()
                y = pos.y() - 6 - fm.height() if above else pos.y() + 6
                painter.drawText(QRectF(pos.x() - w / 2, y, w, fm.height()), Qt.AlignCenter, text)
        # dates under the axis: first and last, and the others where they fit
        painter.setPen(QColor("#555555"))
        taken: list[tuple[float, float]] = []
        order = [0, len(self.points) - 1] + list(range(1, len(self.points) - 1))
        for i in dict.fromkeys(order):
            text = self._day_label(self.points[i].day)
            w = fm.horizontalAdvance(text) + 6
            x = min(max(positions[i].x() - w / 2, 0.0), self.width() - w)
            if any(x < right and x + w > left for left, right in taken):
                continue
            taken.append((x, x + w))
            painter.drawText(QRectF(x, plot.bottom() + 3, w, fm.height()), Qt.AlignCenter, text)
        painter.end()


def charts_for(definition: forms.Definition, screenings: list, sex: str | None, lang: str) -> list[ScoreChart]:
    """One chart for the total, or one per subscale when the instrument has no total."""
    title = definition.title.get(lang)
    specs = [definition.total] if definition.total is not None else list(definition.subscales)
    charts = []
    for spec in specs:
        points = []
        for s in screenings:
            result = s.result or {}
            score = result.get("total") if spec.id == "total" else (result.get("subscales") or {}).get(spec.id)
            if not score or score.get("value") is None:
                continue
            if spec.id == "total":
                cls = s.risk_class
            else:
                cls = ((score.get("band") or {}).get("class")) or None
            points.append(Point(date.fromisoformat(s.taken_on[:10]), float(score["value"]), cls))
        bands = spec.bands.bands_for(sex) if spec.bands is not None else ()  # () when sex is unknown
        name = title if spec.id == "total" else f"{title} · {spec.title.get(lang) if spec.title else spec.id}"
        charts.append(ScoreChart(name, spec, tuple(bands), points, lang))
    return charts


class ScoreChartsPanel(QScrollArea):
    """Each instrument's scores over time for one client, side by side (scrolls sideways)."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("scoreCharts")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.charts: list[ScoreChart] = []
        self.empty = QLabel(self.tr("No screenings yet."))
        self.empty.setStyleSheet("color: #555555;")
        self._body()

    def _body(self) -> QHBoxLayout:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        self.setWidget(body)
        return row

    def load(self, screenings: list, registry: forms.Registry, sex: str | None) -> None:
        self.charts = []
        row = self._body()
        self.empty = QLabel(self.tr("No screenings yet."))
        self.empty.setStyleSheet("color: #555555;")
        by_form: dict[str, list] = {}
        for s in screenings:
            by_form.setdefault(s.instrument_id, []).append(s)
        for form_id, items in sorted(by_form.items()):
            latest = max(items, key=lambda s: (s.taken_on, s.id or 0))
            try:
                definition = registry.get(form_id, latest.instrument_version)
            except forms.FormError:
                try:
                    definition = registry.get(form_id)
                except forms.FormError:
                    continue
            if definition.kind != "screening":
                continue
            for chart in charts_for(definition, items, sex, self.lang):
                self.charts.append(chart)
                row.addWidget(chart)
        if not self.charts:
            column = QVBoxLayout()
            column.addWidget(self.empty)
            row.addLayout(column)
        row.addStretch(1)
