"""The usage report as an A4 PDF (ReportLab platypus) with the bundled Korean font embedded.

Pages: a title page, a one-page summary, the charts, then the detailed tables. Every page
carries the confidentiality marking and "n / N". Optional password protection (AES-256 via
pikepdf; see ``_encrypt``).
"""
from __future__ import annotations

import io
import os
import tempfile
import threading
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageBreak, PageTemplate,
                                Paragraph, Spacer)
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from resources import KOREAN_FONT, KOREAN_FONT_BOLD, resource_path

from . import charts
from .tables import (Table, as_report, change_pct, period_label, report_tables, report_title, site_label,
                     summary_sentences, word)
from .usage import UsageReport

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
ACCENT = colors.HexColor("#1F4E79")
HEAD_BG = colors.HexColor("#DCE6F1")
TOTAL_BG = colors.HexColor("#F2F2F2")
RULE = colors.HexColor("#9BB1C8")
MARK = colors.HexColor("#A61C1C")

_font_lock = threading.Lock()


def register_fonts() -> None:
    """Register the bundled NanumGothic (regular and bold) once; TTFs embed as subsets."""
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path(*KOREAN_FONT))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path(*KOREAN_FONT_BOLD))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


# --- formatting ------------------------------------------------------------------------------
def format_cell(value, kind: str) -> str:
    if value is None or value == "":
        return "–" if kind != "text" else ""
    if kind == "text":
        return str(value)
    if kind == "int" or kind == "krw":
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


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=13, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=10, textColor=MUTED),
        "note": ParagraphStyle("note", base, fontSize=7.5, leading=10, textColor=MUTED, leftIndent=8,
                               firstLineIndent=-8),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=15, leading=20, textColor=ACCENT,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11, leading=15, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cell_b": ParagraphStyle("cell_b", base, fontName=FONT_BOLD, fontSize=8, leading=10),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, alignment=TA_CENTER),
        "title_app": ParagraphStyle("title_app", base, fontSize=11, leading=14, textColor=MUTED, alignment=TA_CENTER),
        "title_center": ParagraphStyle("title_center", base, fontName=FONT_BOLD, fontSize=16, leading=22,
                                       alignment=TA_CENTER, textColor=INK),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=26, leading=34, alignment=TA_CENTER,
                                textColor=ACCENT),
        "title_period": ParagraphStyle("title_period", base, fontName=FONT_BOLD, fontSize=18, leading=24,
                                       alignment=TA_CENTER),
        "meta_k": ParagraphStyle("meta_k", base, fontName=FONT_BOLD, fontSize=10, leading=14, alignment=TA_RIGHT,
                                 textColor=MUTED),
        "meta_v": ParagraphStyle("meta_v", base, fontSize=10, leading=14, alignment=TA_LEFT),
        "notice": ParagraphStyle("notice", base, fontSize=9, leading=14, textColor=INK),
        "card_k": ParagraphStyle("card_k", base, fontSize=8, leading=10, alignment=TA_CENTER, textColor=MUTED),
        "card_v": ParagraphStyle("card_v", base, fontName=FONT_BOLD, fontSize=17, leading=21, alignment=TA_CENTER,
                                 textColor=ACCENT),
        "card_s": ParagraphStyle("card_s", base, fontSize=7.5, leading=10, alignment=TA_CENTER, textColor=MUTED),
    }


# --- tables ----------------------------------------------------------------------------------
def _column_widths(table: Table, width: float) -> list[float]:
    """Numbers get room for their widest figure and an unbroken header where possible; text
    columns take the rest and wrap."""
    pad = 8.0
    n = len(table.headers)
    want, least, full = [], [], []
    for i in range(n):
        kind = table.kinds[i]
        cells = [format_cell(row[i], kind) for row in table.rows]
        body = max((stringWidth(c, FONT_BOLD, 8) for c in cells), default=0) + pad
        head_word = max((stringWidth(w, FONT_BOLD, 7.5) for w in table.headers[i].split()), default=0) + pad
        head_full = stringWidth(table.headers[i], FONT_BOLD, 7.5) + pad
        full.append(head_full)
        if kind == "text":
            body += 3  # a Paragraph needs a hair more than the string's width
            want.append(max(body, head_word))
            least.append(max(head_word, 40.0))
        else:
            want.append(max(body, head_word, min(head_full, 62.0), 36.0))
            least.append(max(body, head_word))
    text_cols = [i for i in range(n) if table.kinds[i] == "text"]
    if sum(want) <= width:
        # first let number headers stand on one line (up to 90 pt) where the page allows
        wider = [min(max(want[i], full[i]), 90.0) if i not in text_cols else want[i] for i in range(n)]
        if sum(wider) <= width:
            want = wider
        else:  # share the spare room among the number columns, in proportion to what they lack
            lack = sum(wider) - sum(want)
            spare = width - sum(want)
            return [want[i] + (wider[i] - want[i]) * spare / lack for i in range(n)]
        spare = width - sum(want)
        if not text_cols or n <= 3:
            return [w + spare / n for w in want]
        # half of the spare room to the labels, half spread over every column
        return [w + (spare * 0.5 / len(text_cols) if i in text_cols else 0) + spare * 0.5 / n
                for i, w in enumerate(want)]
    # too wide: the labels get what they need (up to 30 % of the page, then they wrap), the
    # numbers what they want or, if that is too much, something between their least and want
    nums = [i for i in range(n) if i not in text_cols]
    need = sum(min(want[i], max(least[i], width * 0.3 / len(text_cols))) for i in text_cols) if text_cols else 0
    num_want, num_least = sum(want[i] for i in nums), sum(least[i] for i in nums)
    if num_want + need <= width:
        numbers = {i: want[i] for i in nums}
    elif num_least + need <= width and num_want > num_least:
        f = (width - need - num_least) / (num_want - num_least)
        numbers = {i: least[i] + (want[i] - least[i]) * f for i in nums}
    else:
        scale = width / (num_least + need) if num_least + need else 1
        numbers = {i: least[i] * scale for i in nums}
        need *= scale
    room = width - sum(numbers.values())
    text_want = sum(want[i] for i in text_cols) or 1
    return [room * want[i] / text_want if i in text_cols else numbers[i] for i in range(n)]


def table_flowable(table: Table, styles: dict, width: float = CONTENT_W) -> RLTable:
    head = [Paragraph(_esc(h), styles["head"]) for h in table.headers]
    data = [head]
    last = len(table.rows) - 1
    for r, row in enumerate(table.rows):
        bold = table.total_row and r == last
        cells = []
        for value, kind in zip(row, table.kinds):
            text = format_cell(value, kind)
            if kind == "text":
                cells.append(Paragraph(_esc(text), styles["cell_b" if bold else "cell"]))
            else:
                cells.append(text)
        data.append(cells)
    widths = _column_widths(table, width)
    t = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, kind in enumerate(table.kinds):
        if kind != "text":
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    if table.total_row and table.rows:
        style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG), ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT)]
    t.setStyle(TableStyle(style))
    return t


def _table_block(table: Table, styles: dict) -> list:
    parts = [Paragraph(_esc(table.title), styles["h2"]), table_flowable(table, styles)]
    parts += [Spacer(1, 3)] + [Paragraph("※ " + _esc(n), styles["note"]) for n in table.notes]
    if len(table.rows) <= 25:
        return [KeepTogether(parts)]
    return [CondPageBreak(80 * mm)] + parts


# --- page furniture --------------------------------------------------------------------------
def _canvas_class(report: UsageReport, lang: str):
    mark = word("confidential", lang)
    right = f"{report.center} · {site_label(report, lang)} · {period_label(report, lang)}".strip(" ·")
    title = report_title(report, lang)
    generated = f"{word('generated', lang)} {report.generated_at.replace('T', ' ')[:16]}"

    class NumberedCanvas(Canvas):
        """Holds the pages until the end so each can say "n / N"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._furniture(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, number: int, total: int) -> None:
            self.saveState()
            top = PAGE_H - 12 * mm
            self.setFont(FONT_BOLD, 7.5)
            self.setFillColor(MARK)
            self.drawString(MARGIN_X, top, mark)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_W - MARGIN_X, top, _fit(right, FONT, 7.5, CONTENT_W - stringWidth(mark, FONT_BOLD, 7.5) - 12))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 3, PAGE_W - MARGIN_X, top - 3)
            bottom = 10 * mm
            self.line(MARGIN_X, bottom + 9, PAGE_W - MARGIN_X, bottom + 9)
            self.drawString(MARGIN_X, bottom, title)
            self.drawRightString(PAGE_W - MARGIN_X, bottom, generated)
            self.setFont(FONT_BOLD, 8)
            self.setFillColor(INK)
            self.drawCentredString(PAGE_W / 2, bottom, f"{number} / {total}")
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# --- the pages -------------------------------------------------------------------------------
def _title_page(r: UsageReport, s: dict, lang: str) -> list:
    story = [Spacer(1, 45 * mm),
             Paragraph(_esc(word("app", lang)), s["title_app"]), Spacer(1, 6),
             Paragraph(_esc(r.center or ""), s["title_center"]), Spacer(1, 14),
             Paragraph(_esc(report_title(r, lang)), s["title"]), Spacer(1, 10),
             Paragraph(_esc(period_label(r, lang)), s["title_period"]), Spacer(1, 28 * mm)]
    p = r.period
    meta = [
        (word("site", lang), site_label(r, lang)),
        (word("period", lang), f"{p['start']} ~ {p['end']}"),
        (word("generated", lang), r.generated_at.replace("T", " ")[:16]),
        (word("generated_by", lang), r.generated_by or ""),
    ]
    rows = [[Paragraph(_esc(k), s["meta_k"]), Paragraph(_esc(v), s["meta_v"])] for k, v in meta]
    t = RLTable(rows, colWidths=[40 * mm, 80 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE)]))
    story += [t, Spacer(1, 24 * mm)]
    notice = RLTable([[Paragraph(f"<b>{_esc(word('confidential', lang))}</b><br/>"
                                 f"{_esc(word('confidential_notice', lang))}", s["notice"])]],
                     colWidths=[CONTENT_W - 20 * mm], hAlign="CENTER")
    notice.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("BOX", (0, 0), (-1, -1), 0.8, MARK), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    story += [notice, PageBreak()]
    return story


def _cards(r: UsageReport, s: dict, lang: str) -> RLTable:
    total = r.lines.get("total", {})
    before = r.last_year.get("total", {}).get("visits", 0)
    change = change_pct(total.get("visits", 0), before)
    targets = [(r.plan.get(l, {}) or {}).get("target") for l in ("counseling", "screening", "program", "referral")]
    ytd = r.year_to_date.get("total", {}).get("visits", 0)
    plan_pct = round(ytd * 100.0 / sum(targets), 1) if targets and None not in targets and sum(targets) else None
    ko = lang == "ko"
    cards = [
        (word("visits", lang), f"{total.get('visits', 0):,}", "전체 서비스 이용 횟수" if ko else "all services"),
        (word("persons", lang), f"{total.get('persons', 0):,}", "중복 없이 센 이용자" if ko else "counted once"),
        ("전년 동기 대비" if ko else "vs same period last year", format_cell(change, "chg"),
         (f"전년 {before:,}" if ko else f"last year {before:,}")),
        ("연간 목표 달성률" if ko else "Annual target reached", format_cell(plan_pct, "pct"),
         (f"누계 {ytd:,}" if ko else f"year to date {ytd:,}")),
    ]
    cells = [[Paragraph(_esc(k), s["card_k"]), Paragraph(_esc(v), s["card_v"]), Paragraph(_esc(x), s["card_s"])]
             for k, v, x in cards]
    inner = []
    for c in cells:
        t = RLTable([[c[0]], [c[1]], [c[2]]], colWidths=[CONTENT_W / 4 - 8])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        inner.append(t)
    outer = RLTable([inner], colWidths=[CONTENT_W / 4] * 4)
    outer.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("BOX", (0, 0), (0, 0), 0.6, RULE), ("BOX", (1, 0), (1, 0), 0.6, RULE),
                               ("BOX", (2, 0), (2, 0), 0.6, RULE), ("BOX", (3, 0), (3, 0), 0.6, RULE),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F9FC")),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return outer


def _story(r: UsageReport, lang: str) -> list:
    s = _styles()
    tables = report_tables(r, lang)
    by_id = {t.id: t for t in tables}
    story = _title_page(r, s, lang)
    # the summary page
    story += [Paragraph(_esc(f"{word('summary', lang)} — {period_label(r, lang)}"), s["h1"]),
              _cards(r, s, lang), Spacer(1, 10)]
    story += [Paragraph(_esc(x), s["body"]) for x in summary_sentences(r, lang)]
    story += [Spacer(1, 4)] + _table_block(by_id["summary"], s) + [PageBreak()]
    # the charts
    story += [Paragraph(_esc(word("charts", lang)), s["h1"]),
              Paragraph(_esc("12개월 월별 연인원 (서비스별)" if lang == "ko"
                             else "Person-visits per month, last 12 months (by service line)"), s["h2"]),
              charts.trend_chart(r, CONTENT_W, FONT, lang)]
    band = charts.band_chart(r, CONTENT_W, FONT, lang)
    if band is not None:
        story += [Spacer(1, 8),
                  KeepTogether([Paragraph(_esc("심리검진 결과 분포 (검사별 비율)" if lang == "ko"
                                               else "Screening results by class (share per questionnaire)"), s["h2"]),
                                band])]
    story += [PageBreak(), Paragraph(_esc(word("details", lang)), s["h1"])]
    for t in tables:
        if t.id != "summary":
            story += _table_block(t, s)
    return story


def _encrypt(pdf: bytes, password: str, target: str) -> None:
    """AES-256 (PDF 2.0 security handler, revision 6) with pikepdf/qpdf.

    ReportLab itself offers RC4 (weak) or a pre-ISO AES-256 that poppler cannot open, so the
    PDF is built in memory and encrypted by qpdf; no unencrypted copy touches the disk. The
    owner password is random: nobody can lift the print/copy restrictions afterwards.
    """
    import io
    import secrets

    import pikepdf
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.save(target, encryption=pikepdf.Encryption(
            user=password, owner=secrets.token_urlsafe(24), R=6, aes=True,
            allow=pikepdf.Permissions(modify_other=False, modify_annotation=False, modify_assembly=False)))


def render_pdf(report: UsageReport, path, lang: str = "ko", password: str | None = None) -> Path:
    """Write the report as a PDF at ``path`` (replaced atomically) and return the path."""
    register_fonts()
    r = as_report(report)
    lang = "en" if lang == "en" else "ko"
    path = Path(path)
    if password is not None and password == "":
        raise ValueError("empty PDF password")
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf.tmp", dir=path.parent)
    os.close(fd)
    buffer = io.BytesIO()
    try:
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=f"{report_title(r, lang)} {period_label(r, lang)}",
            author=word("app", lang), subject=word("confidential", lang), creator="Maumdesk",
            lang="ko-KR" if lang == "ko" else "en", initialFontName=FONT, initialFontSize=9)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(_story(r, lang), canvasmaker=_canvas_class(r, lang))
        if password:
            _encrypt(buffer.getvalue(), password, tmp)
        else:
            with open(tmp, "wb") as handle:
                handle.write(buffer.getvalue())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
