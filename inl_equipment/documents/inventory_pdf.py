"""Lay out an inventory report as a landscape A4 PDF: summary, grouped rows, totals.

Plain data in (`InventoryReportData`, cells already formatted as text), bytes or a
file out. Built for 10,000 rows and more:

- Cells are plain strings, pre-wrapped and drawn by the `pdf_tables` machinery
  without Paragraph layout. Only a cell holding Lao becomes a Paragraph, through
  `fonts.paragraph`, which shapes it.
- Rows go into tables of `CHUNK_ROWS`: ReportLab splits a long table across pages
  in time that grows with its length; 200-row tables lay out about three times
  faster than one long table.
- The column header is page furniture of the row pages, drawn at the top of every
  page, so that chunks stack seamlessly and each page shows the header once.
- "Page X of Y": `page_count.DeferredCanvas` keeps every page until the end, then
  stamps footers.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from inl_equipment.documents.fonts import (
    FONT_BOLD,
    FONT_REGULAR,
    draw_string,
    esc,
    has_lao,
    markup_paragraph,
    paragraph,
    register_fonts,
)
from inl_equipment.documents.page_count import DeferredCanvas
from inl_equipment.documents.pdf_tables import (
    CELL_LEADING,
    CELL_SIZE,
    PAD,
    TABLE_ALIGN,
    ProgressMark,
    ReportColumn,
    RowTable,
    TextFitter,
    band,
    column_widths,
)
from inl_equipment.documents.pdf_tables import Align as Align  # exporters import it from here

Progress = Callable[[int, int], None]

PAGE = landscape(A4)
MARGIN = 12 * mm
FOOTER_GAP = 7 * mm
CHUNK_ROWS = 200
CHART_BARS = 20  # more groups than this: the smallest are shown together as "Other"

INK = colors.HexColor("#1B2A3A")
RULE = colors.HexColor("#B5BEC8")
HEADER_FILL = colors.HexColor("#DDE4EC")
GROUP_FILL = colors.HexColor("#EEF2F6")
STRIPE_FILL = colors.HexColor("#F7F8FA")
BAR_FILL = colors.HexColor("#3A6EA5")


@dataclass(frozen=True, slots=True)
class ReportGroup:
    """A group of rows and its subtotal; `rows` (cells as text) is read once."""

    name: str
    name_lo: str
    count: int
    cents: int
    rows: Iterable[Sequence[str]]


@dataclass(frozen=True, slots=True)
class InventoryReportData:
    """Everything the inventory PDF prints. `group_label` is "" for an ungrouped report,
    which then has one group holding every row (its name is not printed)."""

    title: str
    generated_at: datetime
    operator: str
    filters_in_words: str
    columns: Sequence[ReportColumn]
    groups: Sequence[ReportGroup]
    group_label: str
    total_count: int
    total_cents: int


def money(cents: int) -> str:
    """Cents as "$1,234.56", by integer arithmetic."""
    dollars, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}${dollars:,}.{rest:02d}"


def _items(count: int) -> str:
    return f"{count:,} item" + ("" if count == 1 else "s")


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    kw.setdefault("leading", round(size * 1.3, 1))
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT_REGULAR, fontSize=size, **kw)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": _style("inv-title", 17, True, leading=22, spaceAfter=4),
        "meta": _style("inv-meta", 9, spaceAfter=2),
        "strong": _style("inv-strong", 10, True, spaceBefore=4, spaceAfter=8),
        "heading": _style("inv-heading", 11, True, spaceBefore=4, spaceAfter=4),
        "cell": _style("inv-cell", CELL_SIZE, leading=CELL_LEADING),
        "cell_right": _style("inv-cell-r", CELL_SIZE, leading=CELL_LEADING, alignment=TA_RIGHT),
        "small": _style("inv-small", 7.5, leading=9.5),
        # Lao group names stack marks above and below: more leading than Latin needs.
        "group": _style("inv-group", 7.5, True, leading=11),
        "total": _style("inv-total", 7.5, True, leading=10, alignment=TA_RIGHT),
    }


class _RowTables:
    """The column widths, table styles and cells of one report's row tables."""

    def __init__(self, data: InventoryReportData, width: float) -> None:
        self.data, self.st = data, _styles()
        self.widths = column_widths(data.columns, width)
        self.fitter = TextFitter(self.widths, FONT_REGULAR)
        self.right = [c.align == "right" for c in data.columns]
        self.style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT_REGULAR, CELL_SIZE, CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, STRIPE_FILL]),
        ]
        self.style += [
            ("ALIGN", (i, 0), (i, -1), TABLE_ALIGN[c.align])
            for i, c in enumerate(data.columns)
            if c.align != "left"
        ]
        self.blank = [""] * (len(data.columns) - 1)

    def header(self) -> Table:
        fit = TextFitter(self.widths, FONT_BOLD).fit
        cells = [fit(i, c.header) for i, c in enumerate(self.data.columns)]
        return self.table(
            [cells],
            [
                ("FONT", (0, 0), (-1, -1), FONT_BOLD, CELL_SIZE, CELL_LEADING),
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
            ],
        )

    def cells(self, values: Sequence[str]) -> list[Any]:
        fit, right, st = self.fitter.fit, self.right, self.st
        return [
            (paragraph(t, st["cell_right" if right[i] else "cell"]) if has_lao(t) else fit(i, t))
            if t
            else ""
            for i, t in enumerate(values)
        ]

    def table(self, rows: list[list[Any]], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        table = RowTable(rows, colWidths=self.widths)
        table.setStyle(TableStyle([*self.style, *extra]))
        return table

    def spanned(self, content: Flowable) -> list[Any]:
        """A full-width row: a group heading, a subtotal, the total."""
        return [content, *self.blank]

    def story(self, prepared: Callable[[int], None], laid: Callable[[int], None]) -> list[Any]:
        """Tables of rows in chunks; `prepared(n)` as chunks are built, `laid(n)` as drawn.

        A group's heading row opens its first chunk and its subtotal closes the last,
        with NOSPLIT so that neither is left alone at the foot or head of a page.
        """
        data, st = self.data, self.st
        grouped = bool(data.group_label)
        story: list[Any] = []
        done = 0
        for number, group in enumerate(data.groups, 1):
            rows: list[list[Any]] = []
            extra: list[tuple[Any, ...]] = []
            head: list[tuple[Any, ...]] = []
            opening = grouped  # this chunk starts with the group's heading
            if grouped:
                rows.append(self.spanned(_group_heading(data, group)))
                extra += band(0, GROUP_FILL)
            for values in group.rows:
                if len(rows) == CHUNK_ROWS:
                    done += len(rows)
                    story += [self.table(rows, extra + head), ProgressMark(partial(laid, done))]
                    prepared(done)
                    rows, extra, head, opening = [], [], [], False
                rows.append(self.cells(values))
                if opening and len(rows) <= 3:  # the heading and its first rows together
                    head = [("NOSPLIT", (0, 0), (-1, len(rows) - 1))]
            tail: list[tuple[Any, ...]] = [("NOSPLIT", (0, len(rows) - 1), (-1, -1))]
            if grouped:
                label = f"Subtotal, {group.name}: {_items(group.count)} · {money(group.cents)}"
                rows.append(self.spanned(paragraph(label, st["total"])))
                n = len(rows) - 1
                tail += [*band(n, None), ("LINEABOVE", (0, n), (-1, n), 0.6, INK)]
            if number == len(data.groups):
                total = f"Total: {_items(data.total_count)} · {money(data.total_cents)}"
                rows.append(self.spanned(paragraph(total, st["total"])))
                tail += band(len(rows) - 1, HEADER_FILL)
                tail += [(line, (0, -1), (-1, -1), 0.8, INK) for line in ("LINEABOVE", "LINEBELOW")]
            done += len(rows)
            story += [self.table(rows, extra + head + tail), ProgressMark(partial(laid, done))]
            prepared(done)
            if grouped and number < len(data.groups):
                story.append(Spacer(1, 3 * mm))
        return story


def _group_heading(data: InventoryReportData, group: ReportGroup) -> Flowable:
    markup = f"{esc(data.group_label)}: {esc(group.name)}"
    if group.name_lo:
        markup += f" · {esc(group.name_lo)}"
    markup += f"  <font name='{FONT_REGULAR}'>({_items(group.count)}, {money(group.cents)})</font>"
    return markup_paragraph(markup, _styles()["group"])


def _chart(groups: Sequence[ReportGroup], width: float) -> Drawing:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart  # slow to import

    shown = sorted(groups, key=lambda g: g.cents, reverse=True)
    if len(shown) > CHART_BARS:
        rest = shown[CHART_BARS - 1 :]
        count, cents = sum(g.count for g in rest), sum(g.cents for g in rest)
        shown = [
            *shown[: CHART_BARS - 1],
            ReportGroup(f"Other ({len(rest)})", "", count, cents, ()),
        ]
    shown.reverse()  # the chart draws its first category at the bottom
    bar, label_width = 13.0, 190.0
    drawing = Drawing(width, bar * len(shown) + 24)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 70, bar * len(shown)
    # Bar lengths are drawing geometry; the exact amounts are printed as labels.
    chart.data = [[g.cents / 100 for g in shown]]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR_FILL, None
    chart.barWidth = bar * 0.7
    axis, values = chart.categoryAxis, chart.valueAxis
    axis.categoryNames = [_clip(g.name, label_width - 10) for g in shown]
    axis.labels.boxAnchor, axis.labels.dx = "e", -4
    axis.strokeColor = values.strokeColor = RULE
    values.valueMin, values.labelTextFormat = 0, _short_dollars
    values.visibleGrid, values.gridStrokeColor = True, colors.HexColor("#E3E7EC")
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[money(g.cents) for g in shown]]
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    for labels, size in ((axis.labels, 7), (values.labels, 6.5), (chart.barLabels, 6.5)):
        labels.fontName, labels.fontSize = FONT_REGULAR, size
    drawing.add(chart)
    return drawing


def _clip(text: str, width: float) -> str:
    if stringWidth(text, FONT_REGULAR, 7) <= width:
        return text
    while text and stringWidth(text + "…", FONT_REGULAR, 7) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _short_dollars(value: float) -> str:
    if value >= 1_000_000:
        return f"${value / 1_000_000:,.1f}M"
    return f"${value / 1_000:,.0f}k" if value >= 1_000 else f"${value:,.0f}"


def _title_block(data: InventoryReportData) -> list[Flowable]:
    st = _styles()
    generated = f"Generated {data.generated_at:%d %B %Y, %H:%M}"
    if data.operator:
        generated += f" by {data.operator}"
    total = f"{_items(data.total_count)} · total value {money(data.total_cents)}"
    return [
        paragraph(data.title, st["title"]),
        paragraph(generated, st["meta"]),
        paragraph(data.filters_in_words, st["meta"]),
        paragraph(total, st["strong"]),
    ]


def _summary(data: InventoryReportData, width: float) -> list[Flowable]:
    """The value-by-group chart and table (grouped reports only)."""
    st = _styles()
    lao = any(g.name_lo for g in data.groups)
    rows: list[list[Any]] = [[data.group_label, "Items", "Value (USD)", "Share"]]
    for g in data.groups:
        share = g.cents / data.total_cents if data.total_cents else 0.0  # a percentage to show
        rows.append(
            [paragraph(g.name, st["small"]), f"{g.count:,}", money(g.cents), f"{share:.1%}"]
        )
        if lao:
            rows[-1].insert(1, paragraph(g.name_lo, st["small"]) if g.name_lo else "")
    rows.append(["Total", f"{data.total_count:,}", money(data.total_cents), "100.0%"])
    if lao:
        rows[0].insert(1, "Name in Lao")
        rows[-1].insert(1, "")
    names = [width * 0.3, width * 0.32] if lao else [width * 0.5]
    table = Table(rows, colWidths=[*names, 50, 80, 45], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_REGULAR, 7.5, 9.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5, 9.5),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.5, 9.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ALIGN", (-3, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ]
        )
    )
    heading = paragraph(f"Value by {data.group_label.lower()}", st["heading"])
    return [heading, _chart(data.groups, width), Spacer(1, 4 * mm), table]


def _footer(data: InventoryReportData) -> Callable[[Canvas, int, int], None]:
    left = f"{data.title} · generated {data.generated_at:%Y-%m-%d %H:%M}"
    left += f" by {data.operator}" if data.operator else ""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT_REGULAR, 7)
        canvas.setFillColor(INK)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + 11, PAGE[0] - MARGIN, MARGIN + 11)
        draw_string(canvas, MARGIN, MARGIN + 2, left)
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN + 2, f"Page {page} of {pages}")
        canvas.restoreState()

    return draw


def build_inventory_pdf(
    data: InventoryReportData,
    target: str | Path | BinaryIO | None = None,
    progress: Progress | None = None,
) -> bytes | None:
    """Lay out the report; write it to `target` (a path or binary stream) or return bytes.

    `progress(done, total)` is called as rows are prepared and laid out; an exception
    it raises (a cancel) stops the build and propagates.
    """
    out: Any = io.BytesIO() if target is None else target
    width = PAGE[0] - 2 * MARGIN
    tables = _RowTables(data, width)
    header = tables.header()
    _, header_height = header.wrap(width, PAGE[1])
    bottom = MARGIN + FOOTER_GAP
    full = PAGE[1] - MARGIN - bottom
    # No frame padding: content lines up with the header and the footer rule.
    first = Frame(MARGIN, bottom, width, full, 0, 0, 0, 0, id="first")
    later = Frame(MARGIN, bottom, width, full - header_height, 0, 0, 0, 0, id="rows")

    def draw_header(canvas: Canvas, _doc: Any) -> None:
        header.drawOn(canvas, MARGIN, PAGE[1] - MARGIN - header_height)

    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        title=data.title,
        author=data.operator,
        creator="INL Equipment Tracker",
        pageTemplates=[
            PageTemplate("first", [first]),
            PageTemplate("rows", [later], onPage=draw_header),
        ],
    )
    rows_in_all = max(data.total_count, 1)
    # Building the cells takes about a quarter of the time, laying them out the rest.
    units = 4 * rows_in_all
    tell = progress or (lambda done, total: None)
    story = _title_block(data)
    if data.group_label:
        story += [*_summary(data, width), NextPageTemplate("rows"), PageBreak()]
    else:  # the rows start on the first page, under their own copy of the header
        story += [NextPageTemplate("rows"), tables.header()]
    story += tables.story(
        lambda n: tell(min(n, rows_in_all), units),
        lambda n: tell(rows_in_all + 3 * min(n, rows_in_all), units),
    )
    doc.build(story, canvasmaker=partial(DeferredCanvas, footer=_footer(data)))
    tell(units, units)
    return out.getvalue() if isinstance(out, io.BytesIO) else None
