"""Lay out the dashboard summary on one landscape A4 page.

Plain data in (`documents.dashboard_data.DashboardSummary`), PDF bytes out. From the
top: the title, the register's name and "As of <date>"; the headline figures as a row
of boxes (caption small, value large); then the tables in a grid of up to
`MAX_TABLES` cells (one row of up to three, or two rows of two or three); a footer
with "Page 1 of 1".

The page is drawn straight on a canvas, every part in a box of fixed size, so that it
is one page whatever the input:

- tables beyond `MAX_TABLES` and headline figures beyond `MAX_HEADLINE` are left out;
- a table keeps the rows that fit its cell, and folds the rest into one last row,
  `words.other`, with their summed items and value (the table's totals stay right);
- every text is on one line, cut with "…" when it is too wide for its place.

A table with `chart=True` draws its values as horizontal bars beside its rows, one
bar level with each row (the rows are the bars' labels); the folded row has no bar.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from inl_equipment.documents.dashboard_data import (
    DashboardSummary,
    SummaryRow,
    SummaryTable,
    SummaryWords,
)
from inl_equipment.documents.eum_report_style import (
    BAR_FILL,
    FOOTER_GAP,
    HEADER_FILL,
    INK,
    MARGIN,
    PAGE,
    RULE,
    TOTAL_FILL,
    styles,
)
from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, paragraph, register_fonts
from inl_equipment.documents.long_text import clip
from inl_equipment.formatting import day, money, number
from inl_equipment.lao_breaks import safe_cut

__all__ = ["MAX_HEADLINE", "MAX_TABLES", "build_dashboard_summary", "fold_rows"]

#: Most tables on the page: a grid of 3 columns by 2 rows. Further tables are left out.
MAX_TABLES = 6
#: Most headline boxes in the row; further figures are left out.
MAX_HEADLINE = 8

WIDTH = PAGE[0] - 2 * MARGIN
CUT = "…"
GAP = 12.0  # between grid cells, and between the page's bands
BOX_GAP = 6.0  # between headline boxes
BOX_HEIGHT = 38.0
ROW_HEIGHT = 11.5  # a table row: one line of 7 pt text with room for Lao marks
CELL_SIZE = 7.0
PAD = 3.0
#: Longest text measured for a line: more than the widest line on the page holds.
_LINE_CHARS = 400
_CHART_SHARE = 0.22  # of a chart table's cell, for its bars
#: A headline value's styles, largest first: a long amount shrinks before it is cut.
_VALUE_SIZES = (("box_value", 15.0), ("box_value_13", 13.0), ("box_value_11", 11.0))


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The report's styles where they fit, and the few this page adds."""
    st = styles()
    plain = {"fontName": FONT_REGULAR, "textColor": INK}
    return {
        "title": st["title"],
        "meta": st["meta"],
        "meta_right": ParagraphStyle("dash-meta-r", parent=st["meta"], alignment=TA_RIGHT),
        "caption": st["caption"],
        "head": st["head"],
        "head_right": st["head_right"],
        "cell": st["cell"],
        "box_caption": ParagraphStyle("dash-box-cap", fontSize=7.5, leading=10.5, **plain),
        **{
            name: ParagraphStyle(
                f"dash-{name}", fontName=FONT_BOLD, fontSize=size, leading=20, textColor=INK
            )
            for name, size in _VALUE_SIZES
        },
        "footer": ParagraphStyle("dash-foot", fontSize=7, leading=10, alignment=TA_RIGHT, **plain),
    }


@lru_cache(maxsize=4_096)
def _fit(text: str, style_name: str, width: float) -> str:
    """`text` (one line, at most about `_LINE_CHARS`) within `width` points, else cut with "…".

    Measured as the paragraph that will be drawn, shaped if Lao: shaped Lao is not as
    wide as the sum of its characters.
    """
    style = _styles()[style_name]

    def fits(candidate: str) -> bool:
        para = paragraph(candidate, style)
        height = para.wrap(width, 10_000)[1]
        return bool(height <= style.leading + 0.01 and para.minWidth() <= width + 0.01)

    if fits(text):
        return text
    # A one-line cell keeps as much as fits, cut between letters rather than back at a
    # space (the end of "Border checkpoint unit, Nong Khiaw" is what tells units apart),
    # never between a letter and its marks (Lao vowels and tones).
    low, high = 0, len(text)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(_cut_at(text, middle)):
            low = middle
        else:
            high = middle
    return _cut_at(text, low) if low else CUT


def _cut_at(text: str, n: int) -> str:
    """The first `n` characters of `text` (fewer, to end on a whole syllable), and "…"."""
    return text[: safe_cut(text, n)].rstrip() + CUT


def _one_line(text: str, style_name: str, width: float) -> Paragraph:
    """A paragraph of `text` on one line of `width` points (cut to fit)."""
    # Line breaks become spaces, and a huge text is cut before measuring (and caching).
    flat = clip(" ".join(text.split()), _LINE_CHARS, 1, CUT)
    return paragraph(_fit(flat, style_name, width), _styles()[style_name])


def _line(canvas: Canvas, text: str, style_name: str, x: float, top: float, width: float) -> None:
    """Draw `text` as one line of a paragraph whose top is at `top`."""
    para = _one_line(text, style_name, width)
    height = para.wrap(width, 10_000)[1]
    para.drawOn(canvas, x, top - height)


# --- the bands of the page ---------------------------------------------------------------


def _draw_top(canvas: Canvas, summary: DashboardSummary, top: float) -> float:
    """The title, then the register's name (left) and "As of" (right); returns the bottom."""
    st = _styles()
    _line(canvas, summary.title, "title", MARGIN, top, WIDTH)
    top -= st["title"].leading
    as_of = summary.words.as_of.format(date=day(summary.as_of))
    as_of_width = WIDTH * 0.3
    _line(canvas, as_of, "meta_right", MARGIN + WIDTH - as_of_width, top, as_of_width)
    _line(canvas, summary.register_name, "meta", MARGIN, top, WIDTH - as_of_width - GAP)
    return top - float(st["meta"].leading)


def _value_style(value: str, width: float) -> str:
    """The largest headline value style that shows `value` whole (else the smallest)."""
    flat = " ".join(value.split())
    for name, _size in _VALUE_SIZES:
        if _fit(flat, name, width) == flat:
            return name
    return _VALUE_SIZES[-1][0]


def _draw_headline(canvas: Canvas, headline: list[tuple[str, str]], top: float) -> float:
    """The headline figures as a row of boxes; returns the bottom (`top` if none)."""
    shown = headline[:MAX_HEADLINE]
    if not shown:
        return top
    width = (WIDTH - BOX_GAP * (len(shown) - 1)) / len(shown)
    bottom = top - BOX_HEIGHT
    inner = width - 2 * 6.0
    for i, (caption, value) in enumerate(shown):
        x = MARGIN + i * (width + BOX_GAP)
        canvas.saveState()
        canvas.setFillColor(TOTAL_FILL)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(x, bottom, width, BOX_HEIGHT, stroke=1, fill=1)
        canvas.restoreState()
        _line(canvas, caption, "box_caption", x + 6.0, top - 3.0, inner)
        _line(canvas, value, _value_style(value, inner), x + 6.0, top - 14.0, inner)
    return bottom


def _draw_footer(canvas: Canvas, words: SummaryWords) -> None:
    """A rule and "Page 1 of 1" at the foot of the page."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, MARGIN + 11, PAGE[0] - MARGIN, MARGIN + 11)
    canvas.restoreState()
    text = words.page.format(page=number(1), pages=number(1))
    _line(canvas, text, "footer", MARGIN, MARGIN + 9, WIDTH)


def _grid(count: int, top: float, bottom: float) -> list[tuple[float, float, float, float]]:
    """(x, top, width, height) of each of `count` cells (at most `MAX_TABLES`)."""
    count = min(count, MAX_TABLES)
    if not count:
        return []
    rows = 1 if count <= 3 else 2
    columns = -(-count // rows)  # 4 tables: 2 by 2; 5 or 6: 3 by 2
    width = (WIDTH - GAP * (columns - 1)) / columns
    height = (top - bottom - GAP * (rows - 1)) / rows
    return [
        (
            MARGIN + (i % columns) * (width + GAP),
            top - (i // columns) * (height + GAP),
            width,
            height,
        )
        for i in range(count)
    ]


# --- one table ---------------------------------------------------------------------------


def fold_rows(rows: list[SummaryRow], room: int, other: str) -> list[SummaryRow]:
    """`rows` if at most `room`; else the first `room - 1` and one row for the rest.

    The last row is labelled `other` (formatted with `count`, the number of rows folded)
    and holds their summed count and cents, so that the table's totals stay right.

    Args:
        rows: The table's rows, in the order they are shown.
        room: How many rows the table has room for (at least one is kept).
        other: The label of the folded row, e.g. "Other ({count})".

    Returns:
        At most `max(room, 1)` rows.
    """
    room = max(room, 1)
    if len(rows) <= room:
        return list(rows)
    kept, rest = rows[: room - 1], rows[room - 1 :]
    folded = SummaryRow(
        other.format(count=number(len(rest))),
        sum(r.count for r in rest),
        sum(r.cents for r in rest),
    )
    return [*kept, folded]


def _figure_width(texts: list[str], header: str, width: float) -> float:
    """A column of figures as wide as its widest text (header included), capped."""
    widest = max(
        [stringWidth(t, FONT_REGULAR, CELL_SIZE) for t in texts]
        + [stringWidth(header, FONT_BOLD, CELL_SIZE)]
    )
    return float(min(widest + 2 * PAD + 2, width * 0.3))


def _table(rows: list[SummaryRow], words: SummaryWords, width: float, folded: bool) -> Table:
    """The rows under a header (what, items, value) in a table `width` points wide."""
    counts = [number(r.count) for r in rows]
    values = [money(r.cents, cents=True) for r in rows]
    items_width = _figure_width(counts, words.items, width)
    value_width = _figure_width(values, words.value, width)
    label_width = width - items_width - value_width
    head = [
        _one_line(words.what, "head", label_width - 2 * PAD),
        _one_line(words.items, "head_right", items_width - 2 * PAD),
        _one_line(words.value, "head_right", value_width - 2 * PAD),
    ]
    body = [
        [_one_line(r.label, "cell", label_width - 2 * PAD), c, v]
        for r, c, v in zip(rows, counts, values, strict=True)
    ]
    table = Table(
        [head, *body],
        colWidths=[label_width, items_width, value_width],
        rowHeights=[ROW_HEIGHT] * (len(rows) + 1),
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_REGULAR, CELL_SIZE, CELL_SIZE + 2.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if folded:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    table.setStyle(TableStyle(commands))
    return table


def _bar_chart(cents: list[int | None], width: float) -> Drawing:
    """Horizontal bars of `cents`, first on top, each `ROW_HEIGHT` high: level with rows.

    None draws no bar (the folded row), nor does a negative value (a correction).
    """
    from reportlab.graphics.charts.barcharts import HorizontalBarChart  # slow to import

    height = ROW_HEIGHT * len(cents)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 0, 0, width, height
    data = [None if c is None else max(c, 0) for c in cents]
    chart.data = [data]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR_FILL, None
    # Relative sizes: each bar takes 70 % of its row, centred on the row.
    chart.barWidth, chart.groupSpacing = 7, 3
    axis, values = chart.categoryAxis, chart.valueAxis
    axis.reverseDirection = 1  # the chart draws its first category at the bottom
    axis.visibleLabels = axis.visibleTicks = 0
    axis.strokeColor, axis.strokeWidth = RULE, 0.5
    values.visible = 0  # the table beside the bars says the amounts
    values.valueMin, values.valueMax = 0, max([d for d in data if d is not None] + [1])
    drawing.add(chart)
    return drawing


def _draw_table(
    canvas: Canvas, table: SummaryTable, words: SummaryWords, cell: tuple[float, ...]
) -> None:
    """One table in its grid cell (x, top, width, height): title, rows, bars if wanted."""
    x, top, width, height = cell
    caption = _styles()["caption"]
    _line(canvas, table.title, "caption", x, top, width)
    top -= caption.leading + 2
    room = int((height - caption.leading - 2 - ROW_HEIGHT) // ROW_HEIGHT)
    rows = fold_rows(table.rows, room, words.other)
    chart_width = width * _CHART_SHARE if table.chart and rows else 0.0
    table_width = width - chart_width - (GAP / 2 if chart_width else 0.0)
    folded = len(rows) < len(table.rows)
    flowable = _table(rows, words, table_width, folded)
    table_height = flowable.wrap(table_width, height)[1]
    flowable.drawOn(canvas, x, top - table_height)
    if chart_width:
        # The folded row sums many rows: its bar would dwarf the others', so it has none.
        bars: list[int | None] = [r.cents for r in rows]
        if folded:
            bars[-1] = None
        chart = _bar_chart(bars, chart_width)
        chart.drawOn(canvas, x + width - chart_width, top - table_height)


# --- the page ----------------------------------------------------------------------------


def build_dashboard_summary(summary: DashboardSummary) -> bytes:
    """Lay out the dashboard summary on one landscape A4 page.

    Tables beyond `MAX_TABLES` and headline figures beyond `MAX_HEADLINE` are left
    out; a table's rows that do not fit its cell are folded into one "Other (N)" row;
    texts too wide for their place are cut with "…".

    Args:
        summary: The figures, with every text already in the reader's language.

    Returns:
        The PDF, always exactly one page.
    """
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(summary.title)
    canvas.setCreator("INL Equipment Tracker")
    top = PAGE[1] - MARGIN
    top = _draw_top(canvas, summary, top) - GAP / 2
    top = _draw_headline(canvas, summary.headline, top) - GAP
    cells = _grid(len(summary.tables), top, MARGIN + FOOTER_GAP)
    for table, cell in zip(summary.tables, cells, strict=False):
        _draw_table(canvas, table, summary.words, cell)
    _draw_footer(canvas, summary.words)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
