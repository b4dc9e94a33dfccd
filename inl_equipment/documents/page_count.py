"""A ReportLab canvas for footers that print "Page X of Y" after one layout pass.

The page count is known only when the last page is done. Rather than lay the
document out twice, the canvas holds back every page and stamps the footers in
save(), when the count is known.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

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
