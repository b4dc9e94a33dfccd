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
from inl_equipment.documents.pdf_tables import CELL_LEADING, CELL_SIZE
from inl_equipment.formatting import number
from inl_equipment.i18n import translate

PAGE = landscape(A4)
MARGIN = 12 * mm
FOOTER_GAP = 7 * mm

INK = colors.HexColor("#1B2A3A")
RULE = colors.HexColor("#B5BEC8")
HEADER_FILL = colors.HexColor("#DDE4EC")
GROUP_FILL = colors.HexColor("#EEF2F6")
STRIPE_FILL = colors.HexColor("#F7F8FA")
BAR_FILL = colors.HexColor("#3A6EA5")


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
