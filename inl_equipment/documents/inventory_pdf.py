"""Lay out an inventory report as a landscape A4 PDF: summary, grouped rows, totals,
certification.

Plain data in (`InventoryReportData`, cells already formatted as text), bytes or a
file out. Every page carries the letterhead, the title, "As of", "Prepared by", the
filters in words and "Page X of Y" (`inventory_furniture`); the report ends with the
certification and its signature lines (`inventory_certification`). Built for 10,000
rows and more:

- The rows (`inventory_rows`) are plain strings in tables of `CHUNK_ROWS`, drawn
  without Paragraph layout except where a cell holds Lao.
- The column header is page furniture of the row pages, drawn at the top of every
  page, so that chunks stack seamlessly and each page shows the header once.
- "Page X of Y": `page_count.DeferredCanvas` keeps every page until the end, then
  stamps the page furniture.

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

from inl_equipment.documents.inventory_certification import certification
from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
from inl_equipment.documents.inventory_furniture import first_band_height, furniture
from inl_equipment.documents.inventory_rows import CHUNK_ROWS, RowTables
from inl_equipment.documents.inventory_style import BAND, BOTTOM, MARGIN, PAGE, TOP
from inl_equipment.documents.inventory_summary import summary, title_block
from inl_equipment.documents.page_count import DeferredCanvas
from inl_equipment.documents.pdf_tables import Align, ReportColumn, column_widths

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
    top = PAGE[1] - TOP - BAND
    first_top = PAGE[1] - TOP - first_band_height(data)
    # No frame padding: content lines up with the header and the footer rule.
    first = Frame(MARGIN, BOTTOM, width, first_top - BOTTOM, 0, 0, 0, 0, id="first")
    plain = Frame(MARGIN, BOTTOM, width, top - BOTTOM, 0, 0, 0, 0, id="plain")
    later = Frame(MARGIN, BOTTOM, width, top - BOTTOM - header_height, 0, 0, 0, 0, id="rows")

    def draw_header(canvas: Canvas, _doc: Any) -> None:
        header.drawOn(canvas, MARGIN, top - header_height)

    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        title=data.title,
        author=data.operator,
        creator="INL Equipment Tracker",
        pageTemplates=[
            # A summary longer than a page goes on under the later pages' letterhead.
            PageTemplate("first", [first], autoNextPageTemplate="plain"),
            PageTemplate("rows", [later], onPage=draw_header),
            PageTemplate("plain", [plain]),
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
    # Signed under the last rows; on a page of its own (no column header) if it must.
    story += [NextPageTemplate("plain"), certification(data, width)]
    doc.build(story, canvasmaker=partial(DeferredCanvas, footer=furniture(data)))
    tell(units, units)
    return out.getvalue() if isinstance(out, io.BytesIO) else None
