"""The report on screen: the key figures as cards, the summary sentences, and every table of
``reports.tables.report_tables`` (a list of titles beside the chosen table and its notes).

Cells are formatted the way the PDF formats them (``cell_text``), so what the lead checks on
screen is what the file will say."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QSizePolicy, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from reports.tables import (Table, period_label, report_tables, report_title, site_label, summary_sentences)
from reports.usage import UsageReport
from storage.repos.statistics import LINES

from .text import fill

CARD_STYLE = ("QFrame#figureCard { border: 1px solid #9bb1c8; border-radius: 4px; background: #f7f9fc; }"
              "QFrame#figureCard QLabel { border: none; background: transparent; }")
FIGURES = ("visits", "persons", "change", "plan")


def cell_text(value, kind: str) -> str:
    """A cell as the PDF shows it (reports.pdf.format_cell, without loading ReportLab)."""
    if value is None or value == "":
        return "–" if kind != "text" else ""
    if kind == "text":
        return str(value)
    if kind in ("int", "krw"):
        return f"{value:,.0f}"
    if kind == "pct":
        return f"{value:,.1f}%"
    if kind == "chg":
        return f"{value:+,.1f}%" if value else "0.0%"
    if kind == "dec1":
        return f"{value:,.1f}"
    if kind == "dec2":
        return f"{value:,.2f}"
    return str(value)


def wrapped_header(text: str, width: int = 8) -> str:
    """Long column headings on two lines (at the space nearest the middle) so tables stay narrow."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def plan_figures(report: UsageReport) -> tuple[int, int | None, float | None]:
    """Year-to-date person-visits, the annual target (the lines' targets added up, None when a
    line has none) and the percentage reached, as the PDF's summary card computes them."""
    targets = [(report.plan.get(line) or {}).get("target") for line in LINES]
    ytd = report.year_to_date.get("total", {}).get("visits", 0)
    if not targets or None in targets or not sum(targets):
        return ytd, None, None
    total = sum(targets)
    return ytd, total, round(ytd * 100.0 / total, 1)


class FigureCard(QFrame):
    def __init__(self, name: str, caption: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #444;")
        self.value = QLabel("–")
        self.value.setObjectName(f"figure_{name}")
        font = QFont(self.value.font())
        font.setPointSize(18)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail = QLabel("")
        self.detail.setObjectName(f"figure_{name}_detail")
        self.detail.setStyleSheet("color: #666;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)


class ReportPreview(QWidget):
    """``show_report(report, lang)`` fills it; ``clear()`` empties it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: UsageReport | None = None
        self.tables: list[Table] = []
        self.empty = QLabel(self.tr("Choose the period and the site, then press Preview (F5)."))
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet("color: #666;")
        self.empty.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setObjectName("previewHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("previewMeta")
        self.meta.setStyleSheet("color: #666;")
        self.cards = {
            "visits": FigureCard("visits", self.tr("Person-visits")),
            "persons": FigureCard("persons", self.tr("Distinct persons")),
            "change": FigureCard("change", self.tr("Change vs same period last year")),
            "plan": FigureCard("plan", self.tr("Year to date vs annual target")),
        }
        self.figures = {name: card.value for name, card in self.cards.items()}
        cards = QWidget()
        cards.setStyleSheet(CARD_STYLE)
        row = QHBoxLayout(cards)
        row.setContentsMargins(0, 0, 0, 0)
        for card in self.cards.values():
            row.addWidget(card, 1)
        self.sentences = QLabel()
        self.sentences.setObjectName("previewSentences")
        self.sentences.setWordWrap(True)
        self.sentences.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.table_list = QListWidget()
        self.table_list.setObjectName("reportTableList")
        self.table_list.setAccessibleName(self.tr("Tables of the report"))
        self.table_list.setWordWrap(True)
        self.table_list.setFixedWidth(250)
        self.table_title = QLabel()
        self.table_title.setObjectName("reportTableTitle")
        self.table_title.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.notes = QLabel()
        self.notes.setObjectName("reportTableNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555;")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table_title)
        column.addWidget(self.table, 1)
        column.addWidget(self.notes)
        tables = QWidget()
        both = QHBoxLayout(tables)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self.table_list)
        both.addWidget(right, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(cards)
        layout.addWidget(self.sentences)
        layout.addWidget(tables, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.table_list.currentRowChanged.connect(self.show_table)

    # --- filling ---------------------------------------------------------------------------------
    def clear(self) -> None:
        self.report = None
        self.tables = []
        self.table_list.clear()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.pages.setCurrentIndex(0)

    def show_report(self, report: UsageReport, lang: str) -> None:
        self.report = report
        self.heading.setText(" · ".join(x for x in (report.center, report_title(report, lang),
                                                    period_label(report, lang), site_label(report, lang)) if x))
        when = (report.generated_at or "").replace("T", " ")[:16]
        self.meta.setText(fill(self.tr("Computed %1 by %2"), when, report.generated_by))
        self._fill_cards(report)
        self.sentences.setText("\n".join(summary_sentences(report, lang)))
        self.tables = report_tables(report, lang)
        self.table_list.blockSignals(True)
        self.table_list.clear()
        for table in self.tables:
            QListWidgetItem(table.title, self.table_list)
        self.table_list.blockSignals(False)
        self.pages.setCurrentIndex(1)
        self.table_list.setCurrentRow(0)
        self.show_table(0)

    def _fill_cards(self, report: UsageReport) -> None:
        total = report.lines.get("total", {})
        before = report.last_year.get("total", {}).get("visits", 0)
        change = total.get("change_vs_last_year")
        c = self.cards
        c["visits"].value.setText(cell_text(total.get("visits", 0), "int"))
        c["visits"].detail.setText(self.tr("every attendance of every service"))
        c["persons"].value.setText(cell_text(total.get("persons", 0), "int"))
        c["persons"].detail.setText(self.tr("each person counted once"))
        c["change"].value.setText(cell_text(change, "chg"))
        if before:
            c["change"].detail.setText(fill(self.tr("last year: %1 person-visits"), f"{before:,}"))
        else:
            c["change"].detail.setText(self.tr("no records for the same period last year"))
        ytd, target, percent = plan_figures(report)
        c["plan"].value.setText(cell_text(percent, "pct"))
        if target:
            c["plan"].detail.setText(fill(self.tr("%1 of %2 person-visits this year"), f"{ytd:,}",
                                          f"{target:,}"))
        else:
            c["plan"].detail.setText(self.tr("no annual target for every line"))

    def show_table(self, index: int) -> None:
        if not (0 <= index < len(self.tables)):
            return
        table = self.tables[index]
        self.table_title.setText(table.title)
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels([wrapped_header(h) for h in table.headers])
        last = len(table.rows) - 1
        for r, row in enumerate(table.rows):
            for col, (value, kind) in enumerate(zip(row, table.kinds)):
                item = QTableWidgetItem(cell_text(value, kind))
                if kind != "text":
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if table.total_row and r == last:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, col, item)
        self.notes.setText("\n".join(f"※ {n}" for n in table.notes))

    # --- reading back (tests, accessibility) -----------------------------------------------------
    def shown_rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
