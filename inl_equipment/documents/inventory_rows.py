"""The rows of the inventory report: tables of `CHUNK_ROWS`, group headings and subtotals.

Cells are plain strings, pre-wrapped and drawn by the `pdf_tables` machinery without
Paragraph layout; only a cell holding Lao becomes a Paragraph, through `fonts.paragraph`,
which shapes it. Rows go into tables of `CHUNK_ROWS`: ReportLab splits a long table
across pages in time that grows with its length; 200-row tables lay out about three
times faster than one long table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inl_equipment.documents.fonts import (
    FONT_BOLD,
    FONT_REGULAR,
    esc,
    has_lao,
    markup_paragraph,
    paragraph,
)
from inl_equipment.documents.inventory_cells import CompactCells
from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
from inl_equipment.documents.inventory_style import (
    GROUP_FILL,
    HEADER_FILL,
    INK,
    RULE,
    STRIPE_FILL,
    item_count,
    styles,
)
from inl_equipment.documents.long_text import clip, clip_to_fit, continued
from inl_equipment.documents.pdf_tables import (
    COMPACT,
    MAX_CELL_CHARS,
    MAX_CELL_LINES,
    PAD,
    TABLE_ALIGN,
    WRAPPED,
    ProgressMark,
    RowTable,
    TextFitter,
    band,
    column_widths,
)
from inl_equipment.formatting import money
from inl_equipment.i18n import translate

CHUNK_ROWS = 200
_Style = list[tuple[Any, ...]]


class RowTables:
    """The column widths, table styles and cells of one report's row tables."""

    def __init__(self, data: InventoryReportData, width: float) -> None:
        """Size the columns of `data` to `width` points and set up the table styles."""
        self.data, self.st = data, styles()
        kind = self.kind = COMPACT if data.compact else WRAPPED
        self.widths = column_widths(data.columns, width, kind.size, whole_headers=data.compact)
        self.fitter = TextFitter(self.widths, FONT_REGULAR)
        self.compact = CompactCells(data.columns, self.widths) if data.compact else None
        self.right = [c.align == "right" for c in data.columns]
        self.style: _Style = [
            ("FONT", (0, 0), (-1, -1), FONT_REGULAR, kind.size, kind.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), kind.top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), kind.bottom),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, STRIPE_FILL]),
        ]
        if not data.compact:  # compact rows are told apart by their stripes alone
            self.style.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE))
        self.style += [
            ("ALIGN", (i, 0), (i, -1), TABLE_ALIGN[c.align])
            for i, c in enumerate(data.columns)
            if c.align != "left"
        ]
        # A stacked column's two lines make the row `COMPACT.stacked` apart.
        self.leading: _Style = [
            ("LEADING", (i, 0), (i, -1), kind.stacked)
            for i, c in enumerate(data.columns)
            if c.stacked and self.compact is not None
        ]
        self.style += self.leading
        self.blank = [""] * (len(data.columns) - 1)

    def header(self) -> Table:
        """The column header, as a one-row table the width of the row tables."""
        kind = self.kind
        if self.compact is not None:
            cells = self.compact.header()
        else:
            fit = TextFitter(self.widths, FONT_BOLD).fit
            cells = [fit(i, c.header) for i, c in enumerate(self.data.columns)]
        return self.table(
            [cells],
            [
                ("FONT", (0, 0), (-1, -1), FONT_BOLD, kind.size, kind.leading),
                *self.leading,
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                # Compact: the names on one baseline, a stacked one's second line below.
                ("VALIGN", (0, 0), (-1, -1), "TOP" if self.compact else "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), kind.top + 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), kind.bottom + 0.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
            ],
        )

    def cells(self, values: Sequence[str]) -> list[Any]:
        """One row's cells: fitted plain text, or a shaped paragraph where there is Lao."""
        if self.compact is not None:
            return self.compact.cells(values)
        fit, lao = self.fitter.fit, self.lao_cell
        return [(lao(i, t) if has_lao(t) else fit(i, t)) if t else "" for i, t in enumerate(values)]

    def lao_cell(self, col: int, text: str) -> Flowable:
        """A shaped paragraph, cut (and marked) where it would not fit `MAX_CELL_LINES` lines."""
        style = self.st["cell_right" if self.right[col] else "cell"]
        mark = continued()
        text = clip(text, MAX_CELL_CHARS, MAX_CELL_LINES, mark)
        width, most = self.widths[col] - 2 * PAD, MAX_CELL_LINES * style.leading
        # No glyph is wider than 1.1 em: a line holds at least this many characters, and
        # a text of half the lines' worth surely fits, however its words wrap.
        per_line = width / (style.fontSize * 1.1)
        if len(text) > MAX_CELL_LINES * per_line / 2 or text.count("\n") >= MAX_CELL_LINES // 2:

            def fits(candidate: str) -> bool:
                return bool(paragraph(candidate, style).wrap(width, most * 4)[1] <= most)

            text = clip_to_fit(text, fits, mark)
        return paragraph(text, style)

    def table(self, rows: list[list[Any]], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        """A row table with the report's style and `extra` commands."""
        table = RowTable(rows, colWidths=self.widths)
        table.setStyle(TableStyle([*self.style, *extra]))
        return table

    def spanned(self, content: Flowable) -> list[Any]:
        """A full-width row: a group heading, a subtotal, the total."""
        return [content, *self.blank]

    def story(self, prepared: Callable[[int], None], laid: Callable[[int], None]) -> list[Any]:
        """Tables of rows in chunks; `prepared(n)` as chunks are built, `laid(n)` as drawn.

        A group's heading row opens its first chunk and its subtotal closes the last,
        with NOSPLIT so that neither is left alone at the foot or head of a page.
        """
        data = self.data
        story: list[Any] = []
        done = 0
        for number, group in enumerate(data.groups, 1):
            for rows, style in self._chunks(group, last=number == len(data.groups)):
                done += len(rows)
                story += [self.table(rows, style), ProgressMark(partial(laid, done))]
                prepared(done)
            # Compact: the subtotal's rule and the next heading's band part the groups.
            if data.group_label and number < len(data.groups) and not data.compact:
                story.append(Spacer(1, 3 * mm))
        return story

    def _chunks(self, group: ReportGroup, last: bool) -> Iterator[tuple[list[list[Any]], _Style]]:
        """The group's rows as (rows, extra style) chunks, each as soon as it is full."""
        grouped = bool(self.data.group_label)
        rows: list[list[Any]] = []
        extra: _Style = []
        head: _Style = []
        opening = grouped  # this chunk starts with the group's heading
        if grouped:
            rows.append(self.spanned(group_heading(self.data, group)))
            extra += band(0, GROUP_FILL)
        for values in group.rows:
            if len(rows) == CHUNK_ROWS:
                yield rows, extra + head
                rows, extra, head, opening = [], [], [], False
            rows.append(self.cells(values))
            if opening and len(rows) <= 3:  # the heading and its first rows together
                head = [("NOSPLIT", (0, 0), (-1, len(rows) - 1))]
        tail: _Style = [("NOSPLIT", (0, len(rows) - 1), (-1, -1))]
        if grouped:
            rows.append(self.spanned(paragraph(_subtotal(group), self.st["total"])))
            n = len(rows) - 1
            tail += [*band(n, None), ("LINEABOVE", (0, n), (-1, n), 0.6, INK)]
        if last:
            total = translate("ReportLabels", "Total: {items} · {value}").format(
                items=item_count(self.data.total_count),
                value=money(self.data.total_cents, cents=True),
            )
            rows.append(self.spanned(paragraph(total, self.st["total"])))
            tail += band(len(rows) - 1, HEADER_FILL)
            tail += [(line, (0, -1), (-1, -1), 0.8, INK) for line in ("LINEABOVE", "LINEBELOW")]
        yield rows, extra + head + tail


#: A group's name in a heading or subtotal: (characters, lines), then cut and marked.
NAME_LIMIT = (300, 3)


def _subtotal(group: ReportGroup) -> str:
    return translate("ReportLabels", "Subtotal, {group}: {items} · {value}").format(
        group=clip(group.name, *NAME_LIMIT, continued()),
        items=item_count(group.count),
        value=money(group.cents, cents=True),
    )


def group_heading(data: InventoryReportData, group: ReportGroup) -> Flowable:
    """ "Agency (holder): CNU Savannakhet · ລາວ  (12 items, $1,234.00)" as a paragraph."""
    markup = f"{esc(data.group_label)}: {esc(clip(group.name, *NAME_LIMIT, continued()))}"
    if group.name_lo:
        markup += f" · {esc(clip(group.name_lo, *NAME_LIMIT, continued()))}"
    count = esc(f"({item_count(group.count)}, {money(group.cents, cents=True)})")
    markup += f"  <font name='{FONT_REGULAR}'>{count}</font>"
    return markup_paragraph(markup, styles()["group"])
