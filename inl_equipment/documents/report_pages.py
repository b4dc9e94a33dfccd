"""The pages of the officers' reports (handover register, funding report): the inventory
report's furniture around any table.

Every page carries the letterhead, the title, "As of", "Prepared by", the filters in
words and "Page X of Y" (`inventory_furniture`, stamped by `page_count.DeferredCanvas`
once the page count is known); the report ends with the certification and its
signature lines (`inventory_certification`) in the report's own words. The body is
the caller's flowables. Landscape A4, as the inventory report.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, esc, markup_paragraph, paragraph
from inl_equipment.documents.inventory_certification import certification
from inl_equipment.documents.inventory_data import InventoryReportData
from inl_equipment.documents.inventory_furniture import (
    as_of_and_operator,
    first_band_height,
    furniture,
)
from inl_equipment.documents.inventory_style import (
    BAND,
    BOTTOM,
    HEADER_FILL,
    INK,
    MARGIN,
    PAGE,
    RULE,
    STRIPE_FILL,
    TOP,
    styles,
)
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.page_count import DeferredCanvas

#: The width the body's tables take.
WIDTH = PAGE[0] - 2 * MARGIN


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """What the page furniture says: title, as of, prepared by, the period in words."""

    title: str
    generated_at: datetime
    operator: str
    filters_in_words: str


def _furniture_data(meta: ReportMeta) -> InventoryReportData:
    """The furniture's inputs in the shape the inventory report's parts take."""
    return InventoryReportData(
        title=meta.title,
        generated_at=meta.generated_at,
        operator=meta.operator,
        filters_in_words=meta.filters_in_words,
        columns=(),
        groups=(),
        group_label="",
        total_count=0,
        total_cents=0,
    )


def meta_lines(meta: ReportMeta) -> list[str]:
    """The title block as plain lines (a workbook's): title, as of and prepared by, period."""
    return [meta.title, as_of_and_operator(_furniture_data(meta)), meta.filters_in_words]


def title_block(meta: ReportMeta, lines: Sequence[str] = ()) -> list[Flowable]:
    """Title, as of and prepared by, the period in words, then `lines` in bold."""
    st = styles()
    data = _furniture_data(meta)
    block: list[Flowable] = [
        paragraph(meta.title, st["title"]),
        paragraph(as_of_and_operator(data), st["meta"]),
        paragraph(meta.filters_in_words, st["meta"]),
    ]
    block += [paragraph(line, st["strong"]) for line in lines]
    return block


def cell(text: str, style: str = "small", *, sub: str = "", strike: bool = False) -> Any:
    """A table cell: `text` (struck through when `strike`), `sub` under it in muted type."""
    markup = esc(text)
    if strike and markup:
        markup = f"<strike>{markup}</strike>"
    if sub:
        markup += f'<br/><font size="6" color="#4A5868">{esc(sub)}</font>'
    return markup_paragraph(markup, styles()[style])


@cache
def _extra_styles() -> dict[str, ParagraphStyle]:
    """The table's own styles, made once from the inventory report's."""
    small = styles()["small"]
    head = ParagraphStyle("rep-head", parent=small, fontName=FONT_BOLD, fontSize=7, leading=9)
    return {
        "right": ParagraphStyle("rep-right", parent=small, alignment=TA_RIGHT),
        "right_bold": ParagraphStyle(
            "rep-right-b", parent=small, alignment=TA_RIGHT, fontName=FONT_BOLD
        ),
        "bold": ParagraphStyle("rep-bold", parent=small, fontName=FONT_BOLD),
        "head": head,
        "head_right": ParagraphStyle("rep-head-r", parent=head, alignment=TA_RIGHT),
    }


def right(text: str, bold: bool = False) -> Any:
    """A right-aligned figure cell (bold for a total)."""
    return paragraph(text, _extra_styles()["right_bold" if bold else "right"])


def bold(text: str) -> Any:
    """A bold text cell (a totals row's label)."""
    return paragraph(text, _extra_styles()["bold"])


def data_table(rows: list[list[Any]], widths: Sequence[float], *, totals: int = 0) -> Table:
    """A striped table with a repeated header row; the last `totals` rows in bold."""
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_REGULAR, 7.5, 9.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    body_end = len(rows) - totals
    for r in range(2, body_end, 2):
        style.append(("BACKGROUND", (0, r), (-1, r), STRIPE_FILL))
    if totals:
        style += [
            ("LINEABOVE", (0, body_end), (-1, body_end), 0.8, INK),
            ("FONT", (0, body_end), (-1, -1), FONT_BOLD, 7.5, 9.5),
        ]
    table.setStyle(TableStyle(style))
    return table


def header_cells(titles: Sequence[str], right_from: int) -> list[Any]:
    """The header row: titles in bold, right-aligned from column `right_from` on."""
    st = _extra_styles()
    return [
        paragraph(t, st["head_right"] if i >= right_from else st["head"])
        for i, t in enumerate(titles)
    ]


def build_report_pdf(
    meta: ReportMeta,
    body: list[Flowable],
    statement: Bilingual,
    target: str | Path | BinaryIO | None = None,
) -> bytes | None:
    """Lay out `body` under the furniture, ending with the certification of `statement`.

    Writes to `target` (a path or binary stream) or returns the bytes.
    """
    out: Any = io.BytesIO() if target is None else target
    data = _furniture_data(meta)
    first_top = PAGE[1] - TOP - first_band_height(data)
    top = PAGE[1] - TOP - BAND
    first = Frame(MARGIN, BOTTOM, WIDTH, first_top - BOTTOM, 0, 0, 0, 0, id="first")
    later = Frame(MARGIN, BOTTOM, WIDTH, top - BOTTOM, 0, 0, 0, 0, id="later")
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        title=meta.title,
        author=meta.operator,
        creator="INL Equipment Tracker",
        pageTemplates=[
            PageTemplate("first", [first], autoNextPageTemplate="later"),
            PageTemplate("later", [later]),
        ],
    )
    story = [*body, certification(data, WIDTH, statement)]
    doc.build(story, canvasmaker=partial(DeferredCanvas, footer=furniture(data)))
    return out.getvalue() if isinstance(out, io.BytesIO) else None
