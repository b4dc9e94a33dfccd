"""The look of a receipt: page geometry, colours, paragraph styles and small markup helpers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, esc, register_fonts
from inl_equipment.documents.labels import Bilingual

MARGIN = 12 * mm
FOOTER_GAP = 8 * mm  # room below the frame for the footer line
QR_SIZE = 27 * mm
FRAME_PADDING = 6  # platypus Frame's default padding on each side, in points
BLANK = "." * 40  # a line to fill in by hand

INK = colors.HexColor("#1B2A3A")
RULE = colors.HexColor("#8A96A3")
HEADER_FILL = colors.HexColor("#E3E9F0")
STRIPE_FILL = colors.HexColor("#F5F7F9")
MARK_RED = colors.HexColor("#B3261E")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a receipt."""

    body: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    cell: dict[str, ParagraphStyle]
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    heading_lo: ParagraphStyle
    heading_en: ParagraphStyle
    title_en: ParagraphStyle
    title_lo: ParagraphStyle
    mark: ParagraphStyle


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    # Lao stacks vowels and tone marks above and below: give lines room for both.
    kw.setdefault("leading", round(size * 1.38, 1))
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT_REGULAR, fontSize=size, **kw)


_MARK_BOX = {"borderColor": MARK_RED, "borderWidth": 0.8, "borderPadding": 3, "spaceBefore": 8}


@cache
def styles() -> Styles:
    """The receipt's styles (the fonts registered first), made once."""
    register_fonts()
    return Styles(
        body=_style("rc-body", 8.5),
        small=_style("rc-small", 7.5),
        small_bold=_style("rc-small-bold", 7.5, bold=True),
        cell={
            "left": _style("rc-cell", 7),
            "right": _style("rc-cell-r", 7, alignment=TA_RIGHT),
            "centre": _style("rc-cell-c", 7, alignment=TA_CENTER),
        },
        cell_bold=_style("rc-cell-b", 7, bold=True, alignment=TA_RIGHT),
        head=_style("rc-head", 6.5, bold=True),
        heading_lo=_style("rc-nat-lo", 10.5, bold=True, alignment=TA_CENTER),
        heading_en=_style("rc-nat-en", 8, alignment=TA_CENTER),
        title_en=_style("rc-title", 17, bold=True, leading=21),
        title_lo=_style("rc-title-lo", 14, bold=True, leading=20),
        mark=_style("rc-mark", 9, bold=True, textColor=MARK_RED, **_MARK_BOX),
    )


def make_table(
    rows: list[Any], widths: list[float], *commands: Any, repeat: int = 0, split_rows: bool = False
) -> Table:
    """A table with its cells aligned to the top and these style commands.

    With `split_rows`, a row too tall for the rest of the page is split between pages
    (its paragraphs continue on the next) instead of failing the layout.
    """
    made = Table(rows, colWidths=widths, repeatRows=repeat, splitInRow=int(split_rows))
    made.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *commands]))
    return made


def two_lines(en: str, lo: str = "") -> str:
    """English then Lao on the next line, whichever are given, as safe markup."""
    return "<br/>".join(esc(part) for part in (en, lo) if part)


def labelled(label: Bilingual, value_markup: str) -> str:
    """ "<b>Label / ປ້າຍ:</b> value" as markup; a dash for no value."""
    return f"<b>{esc(label.joined())}:</b> {value_markup or '—'}"
