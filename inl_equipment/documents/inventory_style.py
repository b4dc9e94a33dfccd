"""The look of the inventory report: page, colours, paragraph styles, counted texts."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from inl_equipment.documents.pdf_tables import CELL_LEADING, CELL_SIZE, COMPACT
from inl_equipment.formatting import number
from inl_equipment.i18n import translate

PAGE = landscape(A4)
#: Left and right: the row tables are `PAGE[0] - 2 * MARGIN` wide.
MARGIN = 10 * mm
#: From the top edge to the page furniture's first line (the letterhead).
TOP = 7 * mm
#: The furniture at the top of every page but the first: letterhead, title line, rule.
BAND = 20.0
#: The first page's letterhead: English, then Lao when the catalogue has it.
FIRST_BAND = 16.0
FIRST_BAND_LAO = 26.0
#: From the bottom edge to the content: the footer (filters, page count) is below it.
BOTTOM = 9.5 * mm

INK = colors.HexColor("#1B2A3A")
RULE = colors.HexColor("#B5BEC8")
HEADER_FILL = colors.HexColor("#DDE4EC")
GROUP_FILL = colors.HexColor("#EEF2F6")
STRIPE_FILL = colors.HexColor("#F7F8FA")
BAR_FILL = colors.HexColor("#3A6EA5")
MUTED = colors.HexColor("#4A5868")


def item_count(count: int) -> str:
    """ "1 item", "1,204 items", in the interface's language."""
    return translate("ReportLabels", "{count} item(s)", None, count).format(count=number(count))


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    kw.setdefault("leading", round(size * 1.3, 1))
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT_REGULAR, fontSize=size, **kw)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles by name (the fonts registered first), made once."""
    register_fonts()
    return {
        "title": _style("inv-title", 16, True, leading=20, spaceBefore=2, spaceAfter=3),
        "meta": _style("inv-meta", 9, spaceAfter=2),
        "note": _style("inv-note", 7.5, leading=9.5, textColor=MUTED, spaceAfter=4),
        "strong": _style("inv-strong", 10, True, spaceBefore=4, spaceAfter=8),
        "heading": _style("inv-heading", 11, True, spaceBefore=4, spaceAfter=4),
        "cell": _style("inv-cell", CELL_SIZE, leading=CELL_LEADING),
        "cell_right": _style("inv-cell-r", CELL_SIZE, leading=CELL_LEADING, alignment=TA_RIGHT),
        # A compact cell holding Lao: one line, with room for the marks above and below.
        "line": _style("inv-line", COMPACT.size, leading=9.5),
        "line_right": _style("inv-line-r", COMPACT.size, leading=9.5, alignment=TA_RIGHT),
        "cert_heading": _style("inv-cert-h", 10, True, spaceBefore=10, spaceAfter=3),
        "cert": _style("inv-cert", 8.5, leading=12, spaceAfter=6),
        "cert_party": _style("inv-cert-p", 8, True, leading=11),
        "cert_label": _style("inv-cert-l", 6.5, leading=8.5, textColor=MUTED),
        "cert_value": _style("inv-cert-v", 8, leading=10),
        "small": _style("inv-small", 7.5, leading=9.5),
        # Lao group names stack marks above and below: more leading than Latin needs.
        "group": _style("inv-group", 7.5, True, leading=9.5),
        "total": _style("inv-total", 7.5, True, leading=9, alignment=TA_RIGHT),
    }
