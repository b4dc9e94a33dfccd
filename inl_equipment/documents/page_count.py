"""A ReportLab canvas for footers that print "Page X of Y" after one layout pass.

The page count is known only when the last page is done. Rather than lay the
document out twice, the canvas holds back every page and stamps the footers in
save(), when the count is known.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from inl_equipment.documents.labels import Bilingual

Footer = Callable[[Canvas, int, int], None]
"""Draws one page's footer: `footer(canvas, page, pages)`, page numbers from 1."""


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until save() so that the footer can print the page count.

    Pass it to `doc.build(..., canvasmaker=partial(DeferredCanvas, footer=...))`.
    """

    def __init__(self, *args: Any, footer: Footer, **kw: Any) -> None:
        """A canvas whose pages get `footer(canvas, page, pages)` when saved."""
        super().__init__(*args, **kw)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        """Keep the finished page and start the next one."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Stamp each kept page's footer, now that the count is known, and write the file."""
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._footer(self, number, len(self._pages))
            super().showPage()
        super().save()


def draw_record_footer(
    canvas: Canvas, left: str, page_of: Bilingual, page: int, pages: int
) -> None:
    """The footer of the receipt-styled documents: a rule, `left`, "Page X of Y" (and Lao)."""
    from reportlab.lib.units import mm

    from inl_equipment.documents.fonts import FONT_REGULAR, draw_string
    from inl_equipment.documents.receipt_style import INK, MARGIN, RULE

    width = canvas._pagesize[0]
    y = MARGIN - 2 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, y + 9, width - MARGIN, y + 9)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_REGULAR, 7.5)
    draw_string(canvas, MARGIN, y, left)
    counts = {"page": page, "pages": pages}
    text = page_of.en.format(**counts)
    if page_of.lo:
        text += f" · {page_of.lo.format(**counts)}"
    draw_string(canvas, width - MARGIN, y, text, align="right")
    canvas.restoreState()
