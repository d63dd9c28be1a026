"""The report's charts as ReportLab drawings (vector, embedded font): the 12-month trend of
person-visits by service line, and the distribution of screening results by class."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from storage import vocabulary as V
from storage.repos.statistics import LINES

from .tables import RISK_LABELS, instrument_short, label_of, screening_columns, trend_months, word
from .usage import UsageReport

LINE_COLORS = {
    "counseling": colors.HexColor("#2F6DB5"),
    "screening": colors.HexColor("#8DB6E2"),
    "program": colors.HexColor("#E39B3B"),
    "referral": colors.HexColor("#7A4FA0"),
}
RISK_COLORS = {
    "normal": colors.HexColor("#7DBB7A"),
    "watch": colors.HexColor("#F2C14E"),
    "high_risk": colors.HexColor("#D9534F"),
    "incomplete": colors.HexColor("#B8B8B8"),
}
AXIS = colors.HexColor("#555555")
GRID = colors.HexColor("#DDDDDD")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _nice_max(value: float) -> tuple[float, float]:
    """An axis maximum and step for ``value``: 1, 2, 2.5 or 5 times a power of ten, ~5 steps."""
    if value <= 0:
        return 10, 2
    raw = value / 5.0
    power = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for m in (1, 2, 2.5, 5, 10):
        step = m * power
        if step * 5 >= value:
            break
    step = max(1, step)
    top = step * (int(value // step) + 1)
    return top, step


def _month_label(month: str, first: bool, lang: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    name = f"{m}월" if lang == "ko" else MONTHS_EN[m - 1]
    return f"{name}\n{y}" if first or m == 1 else name


def _legend(items, x: float, y: float, font: str, columns: int) -> Legend:
    lg = Legend()
    lg.x, lg.y = x, y
    lg.alignment = "right"
    lg.boxAnchor = "sw"
    lg.fontName = font
    lg.fontSize = 8
    lg.dx, lg.dy = 8, 8
    lg.dxTextSpace = 4
    lg.columnMaximum = 1 if columns > 1 else len(items)
    lg.deltax = 0
    lg.autoXPadding = 14
    lg.strokeWidth = 0
    lg.strokeColor = None
    lg.colorNamePairs = items
    return lg


def trend_chart(report: UsageReport, width: float, font: str, lang: str = "ko", height: float = 210) -> Drawing:
    """Stacked bars: person-visits per month for the 12 months ending with the period."""
    months = trend_months(report)
    data = [[(report.trend.get(m, {}) or {}).get(line, 0) or 0 for m in months] for line in LINES]
    totals = [sum(col) for col in zip(*data)]
    d = Drawing(width, height)
    d.initialFontName = font  # else the renderer starts with Helvetica (a non-embedded font)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 52
    chart.width, chart.height = width - 52, height - 72
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_month_label(m, i == 0, lang) for i, m in enumerate(months)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.leading = 9
    chart.categoryAxis.strokeColor = AXIS
    top, step = _nice_max(max(totals) * 1.08 if totals else 0)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barSpacing = 0
    chart.groupSpacing = 6
    for i, line in enumerate(LINES):
        chart.bars[i].fillColor = LINE_COLORS[line]
        chart.bars[i].strokeColor = colors.white
        chart.bars[i].strokeWidth = 0.3
    d.add(chart)
    # the month's total above each bar
    slot = chart.width / len(months)
    for i, t in enumerate(totals):
        if t:
            yv = chart.y + chart.height * t / top + 2
            d.add(String(chart.x + slot * (i + 0.5), yv, f"{t:,}", fontName=font, fontSize=6.5,
                         fillColor=AXIS, textAnchor="middle"))
    items = [(LINE_COLORS[l], label_of(V.SERVICE_LINES, l, lang)) for l in LINES]
    d.add(_legend(items, chart.x, 2, font, columns=len(items)))
    d.add(String(4, height - 10, word("visits", lang), fontName=font, fontSize=7.5, fillColor=AXIS))
    return d


def band_chart(report: UsageReport, width: float, font: str, lang: str = "ko") -> Drawing | None:
    """100 % stacked bars: the share of each result class per questionnaire (n after the name)."""
    bands = report.screening_bands or {}
    if not bands:
        return None
    cols = [c for c in screening_columns(report) if c in RISK_COLORS]
    insts = sorted(bands, key=lambda i: instrument_short(i, lang), reverse=True)  # top-down alphabetical
    rows = [bands[i] for i in insts]
    names = [instrument_short(i, lang) for i in insts]
    persons = report.screened_by_class or {}
    if sum(persons.get(c, 0) or 0 for c in cols):
        # the top bar: distinct persons at their highest overall class
        rows.append(persons)
        names.append("수검자 실인원" if lang == "ko" else "Persons, overall")
        if persons.get("incomplete") and "incomplete" not in cols:
            cols.append("incomplete")
    ns = [sum((row.get(c, 0) or 0) for c in cols) for row in rows]
    data = [[((row.get(c, 0) or 0) * 100.0 / n) if n else 0 for row, n in zip(rows, ns)] for c in cols]
    row = 17
    height = 58 + row * len(rows)
    d = Drawing(width, height)
    d.initialFontName = font
    chart = HorizontalBarChart()
    labels = [f"{name} (n={n:,})" for name, n in zip(names, ns)]
    chart.x = min(max(stringWidth(t, font, 7.5) for t in labels) + 10, width * 0.4)
    chart.y = 40
    chart.width, chart.height = width - chart.x - 16, row * len(rows)
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}%"
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barWidth = row * 0.7
    chart.groupSpacing = row * 0.3
    for k, c in enumerate(cols):
        chart.bars[k].fillColor = RISK_COLORS[c]
        chart.bars[k].strokeColor = colors.white
        chart.bars[k].strokeWidth = 0.3
    d.add(chart)
    # the share printed inside segments wide enough to hold it
    for j in range(len(rows)):
        left = 0.0
        for k in range(len(cols)):
            share = data[k][j]
            if share >= 8:
                x = chart.x + chart.width * (left + share / 2) / 100
                y = chart.y + row * j + row * 0.5 - 2.5
                d.add(String(x, y, f"{share:.0f}%", fontName=font, fontSize=6.5,
                             fillColor=colors.black, textAnchor="middle"))
            left += share
    items = [(RISK_COLORS[c], label_of(RISK_LABELS, c, lang)) for c in cols]
    d.add(_legend(items, chart.x, 2, font, columns=len(items)))
    return d
