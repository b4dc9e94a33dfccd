"""Tables and the chart of the EUM report PDF.

Row cells are plain strings cut to their column with a visible "…" (a
string cell does not wrap); only a cell holding Lao becomes a shaped
Paragraph. Long lists go into tables of `CHUNK_ROWS` with the header
repeated on every page: ReportLab splits short tables much faster.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Table, TableStyle

from inl_equipment.documents.eum_report_style import (
    BAR_FILL,
    HEADER_FILL,
    INK,
    LIST_WIDTH,
    RULE,
    TOTAL_FILL,
    styles,
    two_lines,
)
from inl_equipment.documents.fonts import FONT_BOLD, FONT_REGULAR, has_lao, paragraph
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.long_text import clip, clip_to_fit
from inl_equipment.formatting import number, percent
from inl_equipment.services.eum_report_data import Counts, GroupRow

CHUNK_ROWS = 200
CELL_SIZE = 7.0
PAD = 3.0
CUT = "…"
CHART_BARS = 20  # bars of a chart: more would push the charts off the summary page
#: Longest text a cell considers before measuring (a page-wide cell holds fewer).
_CELL_CHARS = 400


@lru_cache(maxsize=20_000)
def cut(text: str, width: float, bold: bool = False) -> str:
    """`text` on one line within `width` points, cut with a visible "…" when it is longer."""
    font = FONT_BOLD if bold else FONT_REGULAR
    text = " ".join(clip(text, _CELL_CHARS, 1, CUT).split())
    room = width - 2 * PAD
    return clip_to_fit(text, lambda t: stringWidth(t, font, CELL_SIZE) <= room, CUT)


def cell(text: str, width: float) -> Any:
    """A row cell: a cut string, or a shaped Paragraph when the text holds Lao."""
    if has_lao(text):
        return paragraph(clip(text, 200, 2, CUT), styles()["cell"])
    return cut(text, width)


def header_cell(label: Bilingual | str, right: bool = False) -> Any:
    """A column title: English above Lao (Lao shaped); `right` over a column of numbers."""
    text = two_lines(label) if isinstance(label, Bilingual) else label
    return paragraph(text, styles()["head_right" if right else "head"])


def _style(rows: int, right_from: int, total: bool, header: bool = True) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_REGULAR, CELL_SIZE, CELL_SIZE + 2.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    if right_from >= 0:
        commands.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    if total and rows > 1:
        commands += [
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, CELL_SIZE, CELL_SIZE + 2.5),
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
    return TableStyle(commands)


class ListHeader(Flowable):  # type: ignore[misc]
    """A mark with no size: from the next page on, `header` tops every page (None: stop).

    Long lists are laid out as header-less tables of `CHUNK_ROWS` under a header drawn
    as page furniture (`draw_list_header`), so that every page shows the header once.
    """

    def __init__(self, header: Flowable | None) -> None:
        """Mark where the list whose page header is `header` begins (or, None, ends)."""
        super().__init__()
        self.header = header

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0.0, 0.0

    def draw(self) -> None:
        """Tell the document which header the pages to come carry."""
        self.canv._doctemplate.eum_list_header = self.header


def draw_list_header(canvas: Any, doc: Any, x: float, rows_top: float) -> None:
    """Draw the current long list's header (if any) just above its rows, at `rows_top`."""
    header = getattr(doc, "eum_list_header", None)
    if header is not None:
        header.wrap(0, 0)
        header.drawOn(canvas, x, rows_top)


def _table(rows: list[list[Any]], widths: Sequence[float], style: TableStyle, repeat: int) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    table.setStyle(style)
    return table


def tables(
    headers: Sequence[Bilingual | str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right_from: int = -1,
    total: bool = False,
    caption: str = "",
) -> list[Flowable]:
    """`rows` under `headers`: one table, or for a long list pages of their own.

    A list longer than `CHUNK_ROWS` starts on a new page of the "list" template, whose
    top shows `caption` and the header on every page (see `ListHeader`).
    """
    head = [header_cell(h, 0 <= right_from <= i) for i, h in enumerate(headers)]
    if len(rows) <= CHUNK_ROWS:
        style = _style(len(rows) + 1, right_from, total)
        return [_table([head, *map(list, rows)], widths, style, 1)]
    page_head: list[Flowable] = []
    if caption:
        # One line at the top of every page of the list: a long name is cut there.
        page_head.append(paragraph(clip(caption, 150, 1, CUT), styles()["caption"]))
    page_head.append(_table([head], widths, _style(1, right_from, False), 0))
    out: list[Flowable] = [ListHeader(_Stack(page_head)), NextPageTemplate("list"), PageBreak()]
    for i in range(0, len(rows), CHUNK_ROWS):
        chunk = [list(r) for r in rows[i : i + CHUNK_ROWS]]
        last = i + CHUNK_ROWS >= len(rows)
        style = _style(len(chunk), right_from, total and last, header=False)
        out.append(_table(chunk, widths, style, 0))
    return [*out, ListHeader(None), NextPageTemplate("page"), PageBreak()]


class _Stack(Flowable):  # type: ignore[misc]
    """Flowables drawn one under the other (the page header of a long list)."""

    def __init__(self, parts: list[Flowable]) -> None:
        """Stack `parts`, first on top."""
        super().__init__()
        self.parts = parts
        self._sizes: list[float] = []

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """The parts' total height, each wrapped to the frame's width."""
        self._sizes = [part.wrap(LIST_WIDTH, 1_000)[1] for part in self.parts]
        return LIST_WIDTH, sum(self._sizes)

    def draw(self) -> None:
        """Draw the parts from the top down."""
        y = sum(self._sizes)
        for part, size in zip(self.parts, self._sizes, strict=True):
            y -= size
            part.drawOn(self.canv, 0, y)


def figures(counts: Counts) -> list[str]:
    """The figures of a breakdown row, in the order of `FIGURE_HEADERS`."""
    return [
        number(counts.held),
        number(counts.checked),
        number(counts.verified),
        number(counts.verified_held),
        percent(counts.rate) if counts.rate is not None else "–",
        number(counts.problems),
        number(counts.followed_up),
        number(counts.still_open),
    ]


def group_rows(
    groups: Sequence[GroupRow], totals: Counts, total_name: str, name_width: float
) -> list[list[Any]]:
    """One row per group (English and Lao names), then the total."""
    half = name_width / 2
    rows: list[list[Any]] = [
        [cell(g.name_en, half), cell(g.name_lo, half), *figures(g.counts)] for g in groups
    ]
    rows.append([total_name, "", *figures(totals)])
    return rows


def rate_chart(groups: Sequence[GroupRow], width: float) -> Drawing:
    """Horizontal bars: the verification rate of each group that held items, lowest first."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart  # slow to import

    # The lowest rates first: the units to visit; a long list keeps its lowest.
    held = [g for g in groups if g.counts.held]
    shown = sorted(held, key=lambda g: (g.counts.rate or 0, g.name_en.casefold()))[:CHART_BARS]
    shown.reverse()  # the chart draws its first category at the bottom
    bar, label_width = 11.0, min(200.0, width * 0.45)
    drawing = Drawing(width, bar * max(len(shown), 1) + 26)
    if not shown:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = width - label_width - 45, bar * len(shown)
    chart.data = [[(g.counts.rate or 0) / 100 for g in shown]]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR_FILL, None
    chart.barWidth = bar * 0.7
    axis, values = chart.categoryAxis, chart.valueAxis
    axis.categoryNames = [cut(g.name_en, label_width - 6) for g in shown]
    axis.labels.boxAnchor, axis.labels.dx = "e", -4
    axis.strokeColor = values.strokeColor = RULE
    values.valueMin, values.valueMax, values.valueStep = 0, 100, 20
    values.labelTextFormat = "%d %%"
    values.visibleGrid, values.gridStrokeColor = True, colors.HexColor("#E3E7EC")
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[percent(g.counts.rate) for g in shown]]
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    for labels, size in ((axis.labels, 6.5), (values.labels, 6.5), (chart.barLabels, 6.5)):
        labels.fontName, labels.fontSize = FONT_REGULAR, size
    drawing.add(chart)
    return drawing
