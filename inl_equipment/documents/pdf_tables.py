"""Fast plain-text tables for long PDF reports: column sizing, wrapping, drawing.

Built for tables of 10,000 rows and more:

- `column_widths` makes no-wrap columns exactly as wide as their widest text and
  shares the rest of the width by weight.
- `TextFitter` pre-wraps plain cell text to its column (memoised: names repeat), so
  that the table draws strings without Paragraph layout.
- `RowTable` draws those strings with fewer PDF text objects than ReportLab's Table.
- `ProgressMark` reports progress as the layout reaches it.
- `band` and `TABLE_ALIGN` are table style helpers: a full-width row, an `Align`
  in ReportLab's words.

Two cell types: `WRAPPED` (columns a user chose: text wraps, up to `MAX_CELL_LINES`)
and `COMPACT` (the standard columns: every cell one line, cut with "…" by
`LineFitter`; a `Stacked` cell adds a second line in smaller type, the serial number
under the description).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR
from inl_equipment.documents.long_text import clip, clip_to_fit, continued
from inl_equipment.lao_breaks import safe_cut

Align = Literal["left", "right", "centre"]

CELL_SIZE = 6.5
CELL_LEADING = 8.0
PAD = 2.0
#: A cut text's end on one line: the register holds it whole.
CUT = "…"
MAX_FIXED = 110.0  # widest a no-wrap column may get, in points
#: Most lines a cell shows: a row must fit on a page (rows of plain text do not split).
MAX_CELL_LINES = 40
#: Longest text wrapped into a cell; beyond it (or `MAX_CELL_LINES`) the cell is cut, marked.
MAX_CELL_CHARS = 2_000
TABLE_ALIGN: dict[Align, str] = {"left": "LEFT", "right": "RIGHT", "centre": "CENTRE"}


@dataclass(frozen=True, slots=True)
class ReportColumn:
    """One column of the row tables.

    A column with `fit_text` (its longest values, one a line: the widest is measured)
    is made exactly that wide and its cells never wrap; the other columns share the
    remaining width by `weight`, each at least as wide as its `longest_word`.
    """

    header: str
    align: Align = "left"
    weight: float = 60.0
    fit_text: str = ""
    longest_word: str = ""
    #: (compact reports) a cell's text after its first line break is a second line in
    #: smaller type; so is the header's.
    stacked: bool = False


@dataclass(frozen=True, slots=True)
class CellType:
    """The type of a report's row cells: size and leading, paddings (points)."""

    size: float
    leading: float
    top: float
    bottom: float
    #: Leading of a stacked column: its two lines make a row `2 * stacked + top + bottom`.
    stacked: float = 0.0


#: Columns a user chose: text wraps (at most `MAX_CELL_LINES` lines).
WRAPPED = CellType(CELL_SIZE, CELL_LEADING, 1.5, 2.0)
#: The standard columns, one line each: rows of 9.25 points, 13.25 with a second line.
#: The first baseline sits `size + top` below the row's top, as ReportLab draws a string.
COMPACT = CellType(7.0, 7.5, -0.9, 2.65, stacked=5.75)
#: A stacked cell's second line: its size, and how far its baseline is below the first's
#: (its capitals clear the first line's descenders).
SUB_SIZE = 5.8
SUB_DROP = 6.15
SUB_INK = colors.HexColor("#4A5868")


def column_widths(
    columns: Sequence[ReportColumn],
    width: float,
    size: float = CELL_SIZE,
    *,
    whole_headers: bool = False,
) -> list[float]:
    """No-wrap columns as wide as their longest text; the rest share what is left by
    weight, each at least as wide as its longest word (so words do not break).

    Text is measured at `size` points; with `whole_headers` no column is narrower than
    its header's first line (a compact report's headers do not wrap).
    """

    def text_width(text: str, font: str = FONT_REGULAR) -> float:
        return min(float(stringWidth(text, font, size)) * 1.03 + 2 * PAD + 1, MAX_FIXED)

    def header_width(header: str) -> float:
        if whole_headers:
            return text_width(header.split("\n")[0], FONT_BOLD)
        return max((text_width(w, FONT_BOLD) for w in header.split()), default=0)

    widths = {
        i: max(text_width(line) for line in c.fit_text.split("\n"))
        for i, c in enumerate(columns)
        if c.fit_text
    }
    floor = [max(header_width(c.header), widths.get(i, 0)) for i, c in enumerate(columns)]
    for i, c in enumerate(columns):
        floor[i] = max(floor[i], text_width(c.longest_word)) if c.longest_word else floor[i]
        widths[i] = floor[i] if c.fit_text else 0.0
    flex = {i for i, c in enumerate(columns) if not c.fit_text}
    while flex:  # share out the rest; a column whose share is below its floor gets the floor
        rest = width - sum(w for i, w in widths.items() if i not in flex)
        weight = sum(columns[i].weight for i in flex)
        share = {i: rest * columns[i].weight / weight for i in flex}
        short = {i for i in flex if share[i] < floor[i]}
        if not short:
            widths.update(share)
            break
        for i in short:
            widths[i] = floor[i]
        flex -= short
    result = [widths[i] for i in range(len(columns))]
    total = sum(result)
    if total <= width + 0.01:
        return result
    # Too many columns for the page: they shrink alike (and wrap), but for the
    # first, which names the row (the asset tag): a tag cut in two is not found.
    first = result[0]
    if len(result) > 1 and first < width / 4:
        scale = (width - first) / (total - first)
        return [first, *(w * scale for w in result[1:])]
    return [w * width / total for w in result]


def band(row: int, fill: Any) -> list[tuple[Any, ...]]:
    """Style of a full-width row: one spanned cell, with its own background and padding."""
    return [
        ("SPAN", (0, row), (-1, row)),
        ("BACKGROUND", (0, row), (-1, row), fill or colors.white),
        ("TOPPADDING", (0, row), (-1, row), 1.2),
        ("BOTTOMPADDING", (0, row), (-1, row), 1.8),
    ]


class Stacked(str):
    """A cell of two lines: the first in the cell's type, the second (after the line
    break) smaller, under it. `RowTable` draws it; the table sizes it as two lines."""

    __slots__ = ()


class LineFitter:
    """Plain text cut to one line of a column, with "…" where it is cut; remembered."""

    def __init__(self, widths: Sequence[float], font: str, size: float) -> None:
        """Fit text to columns of these `widths` (points), set in `font` at `size`."""
        self._avail = [w - 2 * PAD for w in widths]
        self._font, self._size = font, size
        # Up to this many characters a text surely fits (no glyph is wider than 1.1 em).
        self._safe = [int(a / (size * 1.1)) for a in self._avail]
        self._memo: dict[tuple[int, str], str] = {}

    def cut(self, col: int, text: str) -> str:
        """`text` on one line (line breaks become spaces) of column `col`, cut to fit."""
        if len(text) <= self._safe[col] and text.isprintable():
            return text
        key = (col, text)
        line = self._memo.get(key)
        if line is None:
            # No line holds 1,000 characters: a longer text is cut (and marked) anyway.
            flat = " ".join(text[:1_000].split())
            avail, font, size = self._avail[col], self._font, self._size

            def fits(candidate: str) -> bool:
                return bool(stringWidth(candidate, font, size) <= avail)

            line = self._memo[key] = clip_to_fit(flat, fits, CUT)
        return line


class TextFitter:
    """Plain cell text broken into lines that fit a column, remembered per (column, text)."""

    def __init__(self, widths: Sequence[float], font: str) -> None:
        """Fit text to columns of these `widths` (points), set in `font` at `CELL_SIZE`."""
        self._avail = [w - 2 * PAD for w in widths]
        self._font = font
        # Up to this many characters a text surely fits (no glyph is wider than 1.1 em).
        self._safe = [int(a / (CELL_SIZE * 1.1)) for a in self._avail]
        self._memo: dict[tuple[int, str], str] = {}

    def fit(self, col: int, text: str) -> str:
        """`text` with line breaks where column `col` needs them, at most `MAX_CELL_LINES`.

        A longer text is cut and ends with the "continued in the register" mark.
        """
        if len(text) <= self._safe[col] and text.isprintable():
            return text
        key = (col, text)
        fitted = self._memo.get(key)
        if fitted is None:
            mark = continued()
            short = clip(text, MAX_CELL_CHARS, MAX_CELL_LINES, mark)
            cut = short != text
            lines = self._wrap(_without(short, mark) if cut else text, self._avail[col])
            wrapped = lines.split("\n")
            if cut or len(wrapped) > MAX_CELL_LINES:
                marked = self._wrap(mark, self._avail[col]).split("\n")
                wrapped = wrapped[: MAX_CELL_LINES - len(marked)] + marked
            fitted = self._memo[key] = "\n".join(wrapped)
        return fitted

    def _fits(self, text: str, avail: float) -> bool:
        return bool(stringWidth(text, self._font, CELL_SIZE) <= avail)

    def _wrap(self, text: str, avail: float) -> str:
        lines: list[str] = []
        for part in text.splitlines() or [""]:
            line = ""
            for word in "".join(c if c.isprintable() else " " for c in part).split(" "):
                candidate = f"{line} {word}" if line else word
                if self._fits(candidate, avail):
                    line = candidate
                    continue
                if line:
                    lines.append(line)
                line = word
                while len(line) > 1 and not self._fits(line, avail):
                    # Too long for one line (a VIN, "Instant-View"): break after a
                    # hyphen or slash if one fits, else between characters.
                    cut = self._longest_start(line, avail)
                    cut = safe_cut(line, cut) or cut  # a letter keeps its marks
                    soft = max(line.rfind("-", 0, cut), line.rfind("/", 0, cut)) + 1
                    cut = soft if soft > 1 else cut
                    lines.append(line[:cut])
                    line = line[cut:]
            lines.append(line)
        return "\n".join(lines)

    def _longest_start(self, text: str, avail: float) -> int:
        """How many characters of `text` (at least 1) fit in `avail`: a binary search."""
        low, high = 1, len(text)  # text[:low] fits or low == 1; text[:high] does not
        while high - low > 1:
            middle = (low + high) // 2
            if self._fits(text[:middle], avail):
                low = middle
            else:
                high = middle
        return low


def _without(text: str, mark: str) -> str:
    """`text` without the mark `clip` put at its end (a text not cut stays as it is)."""
    return text[: -len(mark)].rstrip() if text.endswith(mark) else text


class RowTable(Table):  # type: ignore[misc]
    """A Table that draws its plain-text cells with fewer PDF text objects.

    ReportLab's Table makes one text object per line of every string cell, empty
    ones included; at 10,000 rows that is most of the build. Here an empty cell
    draws nothing and a wrapped left-aligned cell is one text object.
    """

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        if cellval == "":
            return
        if isinstance(cellval, Stacked):
            self._draw_stacked(cellval, cellstyle, pos, size)
            return
        if (
            not isinstance(cellval, str)
            or "\n" not in cellval
            or cellstyle.alignment != "LEFT"
            or cellstyle.valign != "TOP"
            or cellstyle.shaping
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canvas = self.canv
        current: Any = getattr(self, "_curcellstyle", None)
        if current is not cellstyle:  # as Table._drawCell switches styles
            canvas.setFillColor(cellstyle.color)
            canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        x = pos[0] + cellstyle.leftPadding
        y = pos[1] + size[1] - cellstyle.topPadding - cellstyle.fontsize
        text = canvas.beginText(x, y)
        for line in cellval.split("\n"):
            text.textLine(line)
        canvas.drawText(text)

    def _draw_stacked(self, cellval: str, cellstyle: Any, pos: Any, size: Any) -> None:
        """The first line in the cell's type, the second in `SUB_SIZE` under it."""
        canvas = self.canv
        first, _, second = cellval.partition("\n")
        if cellstyle.alignment == "RIGHT":
            draw, x = canvas.drawRightString, pos[0] + size[0] - cellstyle.rightPadding
        else:
            draw, x = canvas.drawString, pos[0] + cellstyle.leftPadding
        y = pos[1] + size[1] - cellstyle.topPadding - cellstyle.fontsize
        canvas.setFillColor(cellstyle.color)
        canvas.setFont(cellstyle.fontname, cellstyle.fontsize)
        if first:
            draw(x, y, first)
        canvas.setFillColor(SUB_INK)
        canvas.setFont(FONT_REGULAR, SUB_SIZE)
        draw(x, y - SUB_DROP, second)
        self._curcellstyle = None  # the next cell sets its own font and colour


class ProgressMark(Flowable):  # type: ignore[misc]
    """An invisible flowable that reports progress when it is laid out on a page."""

    def __init__(self, on_draw: Callable[[], None]) -> None:
        """Call `on_draw()` when the layout draws this mark."""
        super().__init__()
        self._on_draw = on_draw

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No size: the mark takes no room."""
        return (0, 0)

    def draw(self) -> None:
        """Report that the layout got here."""
        self._on_draw()
