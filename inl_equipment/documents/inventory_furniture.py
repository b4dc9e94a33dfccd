"""What every page of the inventory report carries, drawn once the page count is known.

At the top, the letterhead (`inventory_labels.LETTERHEAD`, English and its Lao); on
every page after the first (whose title block says it in full) the title, "As of"
and "Prepared by" under it. At the foot, the filters in words and "Page X of Y".
`page_count.DeferredCanvas` calls `furniture(data)` for each page when the document
is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, draw_string
from inl_equipment.documents.inventory_data import InventoryReportData
from inl_equipment.documents.inventory_style import (
    BAND,
    BOTTOM,
    FIRST_BAND,
    FIRST_BAND_LAO,
    INK,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    TOP,
)
from inl_equipment.documents.long_text import clip_to_fit
from inl_equipment.documents.pdf_tables import CUT
from inl_equipment.formatting import local_time
from inl_equipment.i18n import translate

Furniture = Callable[[Canvas, int, int], None]


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line of `width` points, cut at a word with "…" when longer."""
    flat = " ".join(text[:1_000].split())
    return clip_to_fit(flat, lambda t: stringWidth(t, font, size) <= width, CUT)


def as_of_and_operator(data: InventoryReportData) -> str:
    """ "As of 2026-11-28 14:05 · Prepared by Khamphone Sisavath", in the report's language."""
    when = local_time(data.generated_at.astimezone())
    words = translate("ReportLabels", "As of {when}").format(when=when)
    if data.operator:
        # The name as the app knows the operator: --operator, the settings, else the login.
        prepared = translate("ReportLabels", "Prepared by {operator}")
        words += " · " + prepared.format(operator=" ".join(data.operator[:200].split()))
    return words


def first_band_height(data: InventoryReportData) -> float:
    """How far below `TOP` the first page's content starts."""
    return FIRST_BAND_LAO if data.letterhead.lo else FIRST_BAND


def furniture(data: InventoryReportData) -> Furniture:
    """The function that draws page `page` of `pages`' letterhead, headings and footer."""
    width = PAGE[0] - 2 * MARGIN
    letterhead = data.letterhead
    line = letterhead.en + (f" · {letterhead.lo}" if letterhead.lo else "")
    line = fit_line(line, FONT_REGULAR, 6.5, width)
    right = fit_line(as_of_and_operator(data), FONT_REGULAR, 7, width / 2)
    room = width - stringWidth(right, FONT_REGULAR, 7) - 20
    title = fit_line(data.title, FONT_BOLD, 8, room)
    page_of = translate("ReportLabels", "Page {page} of {pages}")
    widest = stringWidth(page_of.format(page=99_999, pages=99_999), FONT_REGULAR, 6.5)
    filters = fit_line(data.filters_in_words, FONT_REGULAR, 6.5, width - widest - 20)

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        if page == 1:
            _first_band(canvas, data, width)
        else:
            _band(canvas, line, title, right)
        _footer(canvas, filters, page_of.format(page=page, pages=pages))
        canvas.restoreState()

    return draw


def _first_band(canvas: Canvas, data: InventoryReportData, width: float) -> None:
    """The letterhead in full: English in bold, the Lao under it."""
    top = PAGE[1] - TOP
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8.5)
    draw_string(canvas, MARGIN, top - 8.5, fit_line(data.letterhead.en, FONT_BOLD, 8.5, width))
    if data.letterhead.lo:
        canvas.setFont(FONT_REGULAR, 8)
        lao = fit_line(data.letterhead.lo, FONT_REGULAR, 8, width)
        draw_string(canvas, MARGIN, top - 19, lao)
    y = top - first_band_height(data) + 3
    canvas.line(MARGIN, y, PAGE[0] - MARGIN, y)


def _band(canvas: Canvas, letterhead: str, title: str, right: str) -> None:
    """The letterhead on one line; the title, "As of" and "Prepared by" under it."""
    top = PAGE[1] - TOP
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_REGULAR, 6.5)
    draw_string(canvas, MARGIN, top - 6, letterhead)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8)
    draw_string(canvas, MARGIN, top - 14.5, title)
    canvas.setFont(FONT_REGULAR, 7)
    draw_string(canvas, PAGE[0] - MARGIN, top - 14.5, right, align="right")
    y = top - BAND + 2
    canvas.line(MARGIN, y, PAGE[0] - MARGIN, y)


def _footer(canvas: Canvas, filters: str, count: str) -> None:
    """A rule; the filters in words (cut to the line) and "Page X of Y"."""
    canvas.line(MARGIN, BOTTOM - 3, PAGE[0] - MARGIN, BOTTOM - 3)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_REGULAR, 6.5)
    draw_string(canvas, MARGIN, BOTTOM - 10.5, filters)
    draw_string(canvas, PAGE[0] - MARGIN, BOTTOM - 10.5, count, align="right")
