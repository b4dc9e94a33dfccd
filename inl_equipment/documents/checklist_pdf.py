"""Build the offline field checklist as a landscape A4 PDF, headings in English and Lao.

One row per expected item: its asset tag (also as a QR code), serial, description,
holder and last result, a tick box per result and room for remarks; then blank rows
for items found but not listed, and the signatures of the inspector and of the unit's
representative. Several checklists (a province) go in one file, each from a new page,
each numbered "Page X of Y" on its own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from inl_equipment.documents.checklist_data import ChecklistData, ChecklistRow
from inl_equipment.documents.checklist_style import (
    BLANK_ROWS,
    QR_CELL,
    TickBox,
    joined,
    labelled,
    short_result,
)
from inl_equipment.documents.checklist_style import (
    CHECKLIST_LABELS as L,
)
from inl_equipment.documents.fonts import (
    esc,
    markup_paragraph,
    paragraph,
)
from inl_equipment.documents.labels import CONTINUED, Bilingual
from inl_equipment.documents.long_text import clip
from inl_equipment.documents.page_count import DeferredCanvas, Footer, draw_record_footer
from inl_equipment.documents.qr_code import QRCodeFlowable
from inl_equipment.documents.receipt_pdf import date_text
from inl_equipment.documents.receipt_style import (
    BLANK,
    FOOTER_GAP,
    FRAME_PADDING,
    HEADER_FILL,
    INK,
    MARGIN,
    RULE,
    STRIPE_FILL,
    Styles,
    make_table,
    styles,
    two_lines,
)

# Longest texts printed whole, as (characters, lines): a row must fit on a page.
DESCRIPTION_LIMIT = (400, 6)
CELL_LIMIT = (120, 3)
NAME_LIMIT = (240, 4)

# Fixed column widths in points; the description takes what is left.
_NUMBER_W, _CODE_W, _TAG_W, _SERIAL_W, _HOLDER_W, _LAST_W = 18, 36, 66, 66, 64, 60
_TICK_W, _REMARKS_W = 28, 90


def _fit(text: str, limit: tuple[int, int]) -> str:
    return clip(text, *limit, joined(CONTINUED))


def _widths(data: ChecklistData, width: float) -> list[float]:
    ticks = len(data.results)
    fixed = _NUMBER_W + _CODE_W + _TAG_W + _SERIAL_W + _HOLDER_W + _LAST_W + _REMARKS_W
    description = width - fixed - ticks * _TICK_W
    head = [_NUMBER_W, _CODE_W, _TAG_W, _SERIAL_W, description, _HOLDER_W, _LAST_W]
    return [*head, *[_TICK_W] * ticks, _REMARKS_W]


def _head_cell(label: Bilingual, st: Styles) -> Flowable:
    return markup_paragraph(two_lines(label.en, label.lo), st.head)


def _header_row(data: ChecklistData, st: Styles) -> list[Flowable]:
    labels = (L.row_number, L.code, L.asset_tag, L.serial_number, L.description, L.holder)
    heads = [_head_cell(label, st) for label in (*labels, L.last_result)]
    ticks = [_head_cell(short_result(r), st) for r in data.results]
    return [*heads, *ticks, _head_cell(L.remarks, st)]


def _item_row(n: int, row: ChecklistRow, data: ChecklistData, st: Styles) -> list[Any]:
    cell = st.cell["left"]
    last = row.last_result_words or joined(L.never_checked)
    if row.last_check is not None:
        last = f"{last}\n{row.last_check.isoformat()}"
    return [
        paragraph(str(n), st.cell["centre"]),
        QRCodeFlowable(row.asset_tag, QR_CELL) if row.asset_tag else "",
        markup_paragraph(f"<b>{esc(_fit(row.asset_tag, CELL_LIMIT))}</b>", cell),
        paragraph(_fit(row.serial_number, CELL_LIMIT), cell),
        paragraph(_fit(row.description, DESCRIPTION_LIMIT), cell),
        paragraph(_fit(row.holder, CELL_LIMIT), cell),
        paragraph(last, cell),
        *[TickBox() for _ in data.results],
        "",
    ]


def _grid(rows: list[list[Any]], widths: list[float], *extra: Any) -> Table:
    return make_table(
        rows,
        widths,
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        *extra,
        repeat=1,
        split_rows=True,
    )


def _items(data: ChecklistData, st: Styles, width: float) -> Table:
    rows = [_header_row(data, st)]
    rows += [_item_row(n, r, data, st) for n, r in enumerate(data.rows, 1)]
    stripes = ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL])
    return _grid(rows, _widths(data, width), stripes)


def _not_listed(data: ChecklistData, st: Styles, width: float) -> list[Flowable]:
    """Blank rows to write in items found at the site but not on the list."""
    widths = _widths(data, width)
    head = _header_row(data, st)
    head[1] = _head_cell(L.tag_or_serial, st)
    head[2] = head[3] = head[6] = ""
    first = len(data.rows) + 1
    rows: list[list[Any]] = [head]
    for i in range(BLANK_ROWS):
        # The spacer gives each row room to write by hand.
        number = [paragraph(str(first + i), st.cell["centre"]), Spacer(1, 8 * mm)]
        rows.append([number, "", "", "", "", "", "", *[TickBox() for _ in data.results], ""])
    spans = [("SPAN", (1, r), (3, r)) for r in range(len(rows))]
    spans += [("SPAN", (5, r), (6, r)) for r in range(len(rows))]
    table = _grid(rows, widths, *spans)
    title = paragraph(joined(L.not_listed), st.small_bold)
    return [Spacer(1, 4 * mm), KeepTogether([title, Spacer(1, 1 * mm), table])]


def _heading(data: ChecklistData, st: Styles, width: float) -> list[Flowable]:
    def both(en: str, lo: str) -> str:
        return two_lines(_fit(en, NAME_LIMIT), _fit(lo, NAME_LIMIT))

    def line(label: Bilingual, markup: str) -> Flowable:
        return markup_paragraph(labelled(label, markup), st.body)

    left = [
        paragraph(L.title.en, st.title_en),
        paragraph(L.title.lo, st.title_lo) if L.title.lo else Spacer(1, 1),
        line(L.site, both(data.site_en, data.site_lo)),
        line(L.province, both(data.province_en, data.province_lo)),
        line(L.units, esc(_fit(", ".join(data.units), NAME_LIMIT))),
    ]
    right = [
        line(L.checklist_id, esc(data.checklist_id)),
        line(L.issued, esc(date_text(data.issued))),
        line(L.issued_by, esc(_fit(data.operator, NAME_LIMIT))),
        Spacer(1, 3 * mm),
        line(L.checked_on, BLANK),
        Spacer(1, 2 * mm),
        line(L.inspectors, BLANK + BLANK),
    ]
    if data.partial:
        left.append(paragraph(joined(L.partial), st.mark))
    top = make_table([[left, right]], [width * 0.55, width * 0.45])
    note = markup_paragraph(two_lines(L.instructions.en, L.instructions.lo), st.small)
    return [top, Spacer(1, 2 * mm), note, Spacer(1, 2 * mm)]


def _signature(title: Bilingual, st: Styles) -> list[Flowable]:
    block: list[Flowable] = [paragraph(joined(title), st.small_bold), Spacer(1, 2 * mm)]
    for label in (L.name, L.rank, L.position):
        block += [markup_paragraph(labelled(label, BLANK), st.small), Spacer(1, 1.5 * mm)]
    return [
        *block,
        Spacer(1, 10 * mm),
        HRFlowable(width="80%", thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=1),
        paragraph(joined(L.signature), st.small),
        Spacer(1, 2 * mm),
        markup_paragraph(labelled(L.date, BLANK), st.small),
    ]


def _signatures(st: Styles, width: float) -> Flowable:
    table = make_table(
        [[_signature(L.inspector, st), _signature(L.representative, st)]],
        [width / 2] * 2,
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
    )
    return KeepTogether([Spacer(1, 5 * mm), table])


class _Which(Flowable):  # type: ignore[misc]
    """Marks the pages from here on as the checklist's (for its footer and page count)."""

    def __init__(self, data: ChecklistData) -> None:
        """Pages from here on belong to `data`."""
        super().__init__()
        self._footer = f"{L.checklist_id.en} {data.checklist_id} · {data.site_en}"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No size."""
        return (0, 0)

    def draw(self) -> None:
        """Note the checklist on the canvas: each kept page remembers it."""
        self.canv.checklist_footer = (id(self), self._footer)


class _ChecklistCanvas(DeferredCanvas):
    """A `DeferredCanvas` that numbers each checklist's pages on their own."""

    def save(self) -> None:
        """Stamp "Page X of Y" counted within each checklist, then write the file."""
        keys = [state.get("checklist_footer", (0, ""))[0] for state in self._pages]
        seen: dict[int, int] = {}
        for state, key in zip(self._pages, keys, strict=True):
            seen[key] = seen.get(key, 0) + 1
            self.__dict__.update(state)
            self._footer(self, seen[key], keys.count(key))
            Canvas.showPage(self)
        Canvas.save(self)


def _footer(canvas: Canvas, page: int, pages: int) -> None:
    left = getattr(canvas, "checklist_footer", (0, ""))[1]
    draw_record_footer(canvas, left, L.page_of, page, pages)


def build_checklist_pdf(checklists: Sequence[ChecklistData]) -> bytes:
    """Lay out one or more checklists (each from a new page) and return the PDF's bytes."""
    st = styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=MARGIN - FRAME_PADDING,
        rightMargin=MARGIN - FRAME_PADDING,
        topMargin=MARGIN - FRAME_PADDING,
        bottomMargin=MARGIN + FOOTER_GAP - FRAME_PADDING,
        title=f"{L.title.en} {', '.join(c.site_en for c in checklists)}"[:200],
        creator="INL Equipment Tracker",
    )
    width = doc.width - 2 * FRAME_PADDING
    story: list[Flowable] = []
    for n, data in enumerate(checklists):
        if n:
            story.append(PageBreak())
        story += [
            _Which(data),
            *_heading(data, st, width),
            _items(data, st, width),
            *_not_listed(data, st, width),
            _signatures(st, width),
        ]
    footer: Footer = _footer
    doc.build(story, canvasmaker=partial(_ChecklistCanvas, footer=footer))
    return out.getvalue()
