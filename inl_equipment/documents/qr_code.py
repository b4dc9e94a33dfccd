"""A QR code as a ReportLab flowable, drawn as vector squares (sharp at any zoom or print)."""

from __future__ import annotations

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable


class QRCodeFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares, with its quiet zone, `size` points wide."""

    def __init__(self, text: str, size: float) -> None:
        """Encode `text` (error correction level M) for a square `size` points wide."""
        super().__init__()
        self._rows = [
            list(row)
            for row in segno.make(text, error="m", micro=False).matrix_iter(scale=1, border=4)
        ]
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The code's size, whatever the room."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the dark modules as one path, a rectangle per run along a row."""
        module = self.width / len(self._rows)
        path = self.canv.beginPath()
        for r, row in enumerate(self._rows):
            y = self.height - (r + 1) * module
            start = None
            for c, dark in enumerate([*row, 0]):  # one rectangle per run of dark modules
                if dark and start is None:
                    start = c
                elif not dark and start is not None:
                    path.rect(start * module, y, (c - start) * module, module * 1.02)
                    start = None
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
