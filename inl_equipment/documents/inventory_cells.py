"""The cells of a compact inventory report: every value on one line, cut with "…".

A compact report (the standard columns) gives each item one row of one line; a
`stacked` column adds a second line in smaller type (the serial number under the
description, the unit value under a lot's total value). A text longer than its column
is cut at a word, with "…" (`long_text.clip_to_fit`); the register holds it whole,
as the report's first page says. Plain text is drawn as strings (`pdf_tables.RowTable`);
a cell holding Lao becomes a Paragraph through `fonts`, which shapes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Paragraph

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, esc, has_lao, markup_paragraph
from inl_equipment.documents.inventory_style import styles
from inl_equipment.documents.long_text import clip_to_fit
from inl_equipment.documents.pdf_tables import (
    COMPACT,
    CUT,
    PAD,
    SUB_INK,
    SUB_SIZE,
    LineFitter,
    ReportColumn,
    Stacked,
)


class CompactCells:
    """Cuts one report's cells to their columns: one line each (two when stacked)."""

    def __init__(self, columns: Sequence[ReportColumn], widths: Sequence[float]) -> None:
        """Cells for `columns`, each `widths[i]` points wide."""
        self.columns, self.widths = columns, widths
        self.stacked = [c.stacked for c in columns]
        self.line = LineFitter(widths, FONT_REGULAR, COMPACT.size)
        self.sub = LineFitter(widths, FONT_REGULAR, SUB_SIZE)
        self._lao: dict[tuple[int, str], str] = {}

    def header(self) -> list[Any]:
        """The column names, in bold on one line; a stacked column's second name under it."""
        bold = LineFitter(self.widths, FONT_BOLD, COMPACT.size)
        cells: list[Any] = []
        for i, column in enumerate(self.columns):
            first, _, second = column.header.partition("\n")
            name = bold.cut(i, first)
            cells.append(Stacked(f"{name}\n{self.sub.cut(i, second)}") if second else name)
        return cells

    def cells(self, values: Sequence[str]) -> list[Any]:
        """One row's cells: cut strings, stacked strings, or shaped paragraphs for Lao."""
        row: list[Any] = []
        for i, text in enumerate(values):
            if not text:
                row.append("")
            elif has_lao(text):
                row.append(self.lao(i, text))
            elif self.stacked[i] and "\n" in text:
                first, _, second = text.partition("\n")
                row.append(Stacked(f"{self.line.cut(i, first)}\n{self.sub.cut(i, second)}"))
            else:
                row.append(self.line.cut(i, text))
        return row

    def lao(self, col: int, text: str) -> Paragraph:
        """A shaped paragraph of one line (and a smaller second line, when stacked)."""
        first, _, second = text.partition("\n") if self.stacked[col] else (text, "", "")
        style = styles()["line_right" if self.columns[col].align == "right" else "line"]
        markup = esc(self._lao_line(col, first, style))
        if second:
            sub = self.sub.cut(col, second)
            font = f"name='{FONT_REGULAR}' size='{SUB_SIZE}' color='#{SUB_INK.hexval()[2:]}'"
            markup += f"<br/><font {font}>{esc(sub)}</font>"
        return markup_paragraph(markup, style)

    def _lao_line(self, col: int, text: str, style: Any) -> str:
        """`text` cut to what one shaped line of the column holds (remembered)."""
        key = (col, text)
        line = self._lao.get(key)
        if line is None:
            flat = " ".join(text[:1_000].split())
            width, one = self.widths[col] - 2 * PAD, style.leading

            def fits(candidate: str) -> bool:
                para = markup_paragraph(esc(candidate), style)
                return bool(para.wrap(width, one * 4)[1] <= one)

            line = self._lao[key] = clip_to_fit(flat, fits, CUT)
        return line
