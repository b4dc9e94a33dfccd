"""Lay out an inventory report as a landscape A4 PDF: summary, grouped rows, totals.

Plain data in (`InventoryReportData`, cells already formatted as text), bytes or a
file out. Built for 10,000 rows and more:

- The rows (`inventory_rows`) are plain strings in tables of `CHUNK_ROWS`, drawn
  without Paragraph layout except where a cell holds Lao.
- The column header is page furniture of the row pages, drawn at the top of every
  page, so that chunks stack seamlessly and each page shows the header once.
- "Page X of Y": `page_count.DeferredCanvas` keeps every page until the end, then
  stamps footers.

The report is printed in the interface's language (context "ReportLabels").
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

from inl_equipment.documents.fonts import FONT_REGULAR, draw_string
from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
from inl_equipment.documents.inventory_rows import CHUNK_ROWS, RowTables
from inl_equipment.documents.inventory_style import FOOTER_GAP, INK, MARGIN, PAGE, RULE
from inl_equipment.documents.inventory_summary import summary, title_block
from inl_equipment.documents.long_text import clip
from inl_equipment.documents.page_count import DeferredCanvas
from inl_equipment.documents.pdf_tables import Align, ReportColumn, column_widths
from inl_equipment.i18n import translate

# The names callers have always imported from here.
__all__ = [
    "CHUNK_ROWS",
    "MARGIN",
    "PAGE",
    "Align",
    "InventoryReportData",
    "Progress",
    "ReportColumn",
    "ReportGroup",
    "build_inventory_pdf",
    "column_widths",
]

Progress = Callable[[int, int], None]


def _footer(data: InventoryReportData) -> Callable[[Canvas, int, int], None]:
    when = f"{data.generated_at:%Y-%m-%d %H:%M}"
    if data.operator:
        left = translate("ReportLabels", "{title} · generated {when} by {operator}")
    else:
        left = translate("ReportLabels", "{title} · generated {when}")
    # One line at the foot of every page: a long title or name is cut there.
    title, operator = (clip(t, 80, 1, "…") for t in (data.title, data.operator))
    left = left.format(title=title, when=when, operator=operator)
    page_of = translate("ReportLabels", "Page {page} of {pages}")

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT_REGULAR, 7)
        canvas.setFillColor(INK)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + 11, PAGE[0] - MARGIN, MARGIN + 11)
        draw_string(canvas, MARGIN, MARGIN + 2, left)
        right = page_of.format(page=page, pages=pages)
        draw_string(canvas, PAGE[0] - MARGIN, MARGIN + 2, right, align="right")
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
    tables = RowTables(data, width)
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
    story = title_block(data)
    if data.group_label:
        story += [*summary(data, width), NextPageTemplate("rows"), PageBreak()]
    else:  # the rows start on the first page, under their own copy of the header
        story += [NextPageTemplate("rows"), tables.header()]
    story += tables.story(
        lambda n: tell(min(n, rows_in_all), units),
        lambda n: tell(rows_in_all + 3 * min(n, rows_in_all), units),
    )
    doc.build(story, canvasmaker=partial(DeferredCanvas, footer=_footer(data)))
    tell(units, units)
    return out.getvalue() if isinstance(out, io.BytesIO) else None
