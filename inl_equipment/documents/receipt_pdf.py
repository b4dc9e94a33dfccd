"""Build a bilingual English/Lao handover, return or transfer receipt as PDF bytes.

One platypus pass: `page_count.DeferredCanvas` keeps every page until the end, then
stamps the footer ("Page X of Y") on each, so the document is laid out only once.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from inl_equipment.documents.fonts import (
    FONT_BOLD,
    FONT_REGULAR,
    draw_string,
    esc,
    markup_paragraph,
    paragraph,
)
from inl_equipment.documents.labels import CONTINUED, LABELS, MONTHS_EN, Bilingual
from inl_equipment.documents.long_text import clip
from inl_equipment.documents.page_count import DeferredCanvas
from inl_equipment.documents.qr_code import QRCodeFlowable
from inl_equipment.documents.receipt_data import PAGE_SIZES, Party, ReceiptData, ReceiptLine
from inl_equipment.documents.receipt_style import (
    BLANK,
    FOOTER_GAP,
    FRAME_PADDING,
    HEADER_FILL,
    INK,
    MARGIN,
    MARK_RED,
    QR_SIZE,
    RULE,
    STRIPE_FILL,
    Styles,
    labelled,
    make_table,
    styles,
    two_lines,
)
from inl_equipment.formatting import money, number
from inl_equipment.i18n import Msg

# Item table: (label, share of the frame width, alignment of the values)
_COLUMNS: tuple[tuple[Bilingual, float, str], ...] = (
    # Shares sized so that IDs and amounts never break mid-token at A4 width: a
    # 17-character VIN, "INL-LA-2025-0001", "$999,999.99", a "$1,234,567.89" total.
    (LABELS.row_number, 0.034, "centre"),
    (LABELS.description, 0.205, "left"),
    (LABELS.make_model, 0.135, "left"),
    (LABELS.serial_number, 0.152, "left"),
    (LABELS.asset_tag, 0.122, "left"),
    (LABELS.quantity, 0.066, "right"),
    (LABELS.unit_value, 0.088, "right"),
    (LABELS.line_value, 0.101, "right"),
    (LABELS.condition, 0.097, "left"),
)


# Longest texts printed whole, as (characters, lines); the rest is cut with a mark. The item
# table's rows split across pages, so a description may take more than a page; the cells
# of the other tables must each fit on one page.
DESCRIPTION_LIMIT = (2_400, 80)
CELL_LIMIT = (400, 8)  # the item table's other cells
NAME_LIMIT = (240, 4)  # parties, signature details, the void reason
REMARKS_LIMIT = (4_000, 60)


def _fit(text: str, limit: tuple[int, int]) -> str:
    """`text`, or its start and the "continued in the register" mark if it is too long."""
    return clip(text, *limit, CONTINUED.joined() if CONTINUED.lo else CONTINUED.en)


def date_text(day: Any) -> str:
    """12 March 2025 (12/03/2025): the month in words for English readers, digits for Lao."""
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year} ({day:%d/%m/%Y})"


def _heading(data: ReceiptData, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    if data.national_heading:
        for label in (LABELS.nation, LABELS.motto):
            story += [paragraph(label.lo, st.heading_lo), paragraph(label.en, st.heading_en)]
        story.append(Spacer(1, 4 * mm))
    title = LABELS.title(data.kind)
    left: list[Flowable] = [
        paragraph(title.en, st.title_en),
        paragraph(title.lo, st.title_lo),
        Spacer(1, 2 * mm),
        markup_paragraph(
            labelled(LABELS.document_number, esc(_fit(data.number, NAME_LIMIT))), st.body
        ),
        markup_paragraph(labelled(LABELS.date, esc(date_text(data.date))), st.body),
    ]
    if data.copy:
        left.append(paragraph(LABELS.copy.joined(), st.mark))
    if data.void:
        reason = labelled(LABELS.void_reason, esc(_fit(data.void_reason, NAME_LIMIT)))
        left.append(markup_paragraph(f"{esc(LABELS.void.joined())} — {reason}", st.mark))
    qr = QRCodeFlowable(data.qr_text, QR_SIZE)
    no_padding = (("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0))
    table = make_table([[left, qr]], [width - QR_SIZE, QR_SIZE], *no_padding)
    return [*story, table, Spacer(1, 3 * mm)]


def _parties(data: ReceiptData, st: Styles, width: float) -> Table:
    def label(text: Bilingual) -> Flowable:
        return markup_paragraph(two_lines(text.en, text.lo), st.small_bold)

    def value(en: str, lo: str) -> Flowable:
        text = two_lines(_fit(en, NAME_LIMIT), _fit(lo, NAME_LIMIT))
        return markup_paragraph(text or "—", st.body)

    cells = [
        [label(LABELS.donor), value(data.donor_en, data.donor_lo)],
        [label(LABELS.recipient), value(data.recipient_en, data.recipient_lo)],
        [label(LABELS.location), value(data.location_en, data.location_lo)],
        [label(LABELS.province), value(data.province_en, data.province_lo)],
    ]
    return make_table(
        [cells[0] + cells[1], cells[2] + cells[3]],
        [w * width for w in (0.13, 0.37, 0.13, 0.37)],
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        split_rows=True,
    )


def _descriptions(line: ReceiptLine) -> str:
    """The English description, and the Lao one under it when the item has one."""
    return f"{line.description}\n{line.description_lo}" if line.description_lo else line.description


def _item_row(position: int, line: ReceiptLine, cell: dict[str, ParagraphStyle]) -> list[Flowable]:
    values = (
        str(position),
        _fit(_descriptions(line), DESCRIPTION_LIMIT),
        _fit(line.make_model, CELL_LIMIT),
        _fit(line.serial_number, CELL_LIMIT),
        _fit(line.asset_tag, CELL_LIMIT),
        _fit(f"{number(line.quantity)} {line.unit}".strip(), CELL_LIMIT),
        money(line.unit_value),
        money(line.line_value),
        _fit(line.condition, CELL_LIMIT),
    )
    return [paragraph(v, cell[col[2]]) for v, col in zip(values, _COLUMNS, strict=True)]


def _total_quantity(data: ReceiptData) -> str:
    """The sum if all lines count in one unit; else one line per unit (blank past three)."""
    per_unit = Counter[str]()  # in order of first use
    for line in data.lines:  # "50 kit" and "1 each" never add up to 51
        per_unit[line.unit.strip()] += line.quantity
    if len(per_unit) <= 1:
        return number(data.total_quantity)
    if len(per_unit) > 3:
        return ""
    return "\n".join(f"{number(q)} {u}".strip() for u, q in per_unit.items())


def _items(data: ReceiptData, st: Styles, width: float) -> Table:
    header = [markup_paragraph(two_lines(label.en, label.lo), st.head) for label, _, _ in _COLUMNS]
    rows = [header]
    rows += [_item_row(n, line, st.cell) for n, line in enumerate(data.lines, 1)]
    count = LABELS.item_count(len(data.lines)).joined()
    total = markup_paragraph(f"<b>{esc(LABELS.total.joined())}</b> — {esc(count)}", st.cell["left"])
    quantity = paragraph(_total_quantity(data), st.cell_bold)
    rows.append(
        [total, *[""] * 4, quantity, "", paragraph(money(data.total_value), st.cell_bold), ""]
    )
    return make_table(
        rows,
        [share * width for _, share, _ in _COLUMNS],
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, STRIPE_FILL]),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ("SPAN", (0, -1), (4, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        repeat=1,  # the column header on every page
        split_rows=True,  # a row taller than the rest of the page continues on the next
    )


def _signature_details(title: Bilingual, party: Party | None, st: Styles) -> list[Flowable]:
    who = party or Party(name="")

    def both(en: str, lo: str) -> str:
        return two_lines(_fit(en, NAME_LIMIT), _fit(lo, NAME_LIMIT))

    fields = (
        (LABELS.name, both(who.name, who.name_lo)),
        (LABELS.rank, esc(_fit(who.rank, NAME_LIMIT))),
        (LABELS.position, both(who.position, who.position_lo)),
        (LABELS.unit, both(who.unit, who.unit_lo)),
    )
    block: list[Flowable] = [paragraph(title.joined(), st.small_bold), Spacer(1, 1.5 * mm)]
    for label, value in fields:
        # An unnamed party (no witness) gets every line to fill in by hand.
        if value or party is None or label is LABELS.name:
            block.append(markup_paragraph(labelled(label, value or BLANK), st.small))
    return block


def _signature_space(st: Styles) -> list[Flowable]:
    return [
        Spacer(1, 12 * mm),
        HRFlowable(width="92%", thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=1),
        paragraph(LABELS.signature.joined(), st.small),
        Spacer(1, 2 * mm),
        markup_paragraph(labelled(LABELS.date, BLANK), st.small),
    ]


def _closing(data: ReceiptData, st: Styles, width: float) -> list[Flowable]:
    remarks_text = esc(_fit(data.remarks.strip(), REMARKS_LIMIT))
    remarks = markup_paragraph(labelled(LABELS.remarks, remarks_text), st.body)
    statement = markup_paragraph(two_lines(LABELS.statement.en, LABELS.statement.lo), st.body)
    parties = (
        (LABELS.handed_over_by, data.handed_over_by),
        (LABELS.received_by, data.received_by),
        (LABELS.witness, data.witness),
    )
    # Details and signature space in separate rows, so the three signature lines align.
    rows = [
        [_signature_details(title, party, st) for title, party in parties],
        [_signature_space(st) for _ in parties],
    ]
    signatures = make_table(
        rows,
        [width / 3] * 3,
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        split_rows=True,  # long names and positions (each cut at NAME_LIMIT) may need it
    )
    # The statement belongs with the signatures: never let a page break part them.
    return [
        Spacer(1, 3 * mm),
        remarks,
        KeepTogether([Spacer(1, 4 * mm), statement, Spacer(1, 3 * mm), signatures]),
    ]


def _watermark(canvas: Canvas, data: ReceiptData) -> None:
    # Drawn over the content (translucent): table fills would hide it underneath.
    label, color, alpha = (LABELS.void, MARK_RED, 0.2) if data.void else (LABELS.copy, RULE, 0.18)
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setFillAlpha(alpha)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(38)
    canvas.setFont(FONT_BOLD, 130)
    draw_string(canvas, 0, 0, label.en, align="centre")
    canvas.setFont(FONT_BOLD, 54)
    draw_string(canvas, 0, -70, label.lo, align="centre")
    canvas.restoreState()


def _page_furniture(data: ReceiptData) -> Callable[[Canvas, int, int], None]:
    marks = [m.joined() for m, on in ((LABELS.copy, data.copy), (LABELS.void, data.void)) if on]

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        if marks:
            _watermark(canvas, data)
        width = canvas._pagesize[0]
        y = MARGIN - 2 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y + 9, width - MARGIN, y + 9)
        canvas.setFillColor(INK)
        canvas.setFont(FONT_REGULAR, 7.5)
        number = f"{LABELS.document_number.joined()} {data.number}"
        draw_string(canvas, MARGIN, y, number)
        counts = {"page": page, "pages": pages}
        page_text = f"{LABELS.page_of.en.format(**counts)} · {LABELS.page_of.lo.format(**counts)}"
        draw_string(canvas, width - MARGIN, y, page_text, align="right")
        if marks:
            canvas.setFillColor(MARK_RED)
            canvas.setFont(FONT_BOLD, 7.5)
            draw_string(canvas, width / 2, y, "  ".join(marks), align="centre")
        canvas.restoreState()

    return draw


def build_receipt(data: ReceiptData) -> bytes:
    """Lay out `data` as a PDF receipt and return the file's bytes."""
    if data.page_size not in PAGE_SIZES:
        raise ValueError(
            Msg.translate("Receipts", "unknown page size {size}; expected one of {sizes}").format(
                size=repr(data.page_size), sizes=PAGE_SIZES
            )
        )
    title = LABELS.title(data.kind)  # also rejects an unknown kind before any work
    st = styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4 if data.page_size == "A4" else LETTER,
        # The frame pads its content: shift it so that content starts at MARGIN.
        leftMargin=MARGIN - FRAME_PADDING,
        rightMargin=MARGIN - FRAME_PADDING,
        topMargin=MARGIN - FRAME_PADDING,
        bottomMargin=MARGIN + FOOTER_GAP - FRAME_PADDING,
        title=f"{title.en} {data.number}",
        author=data.donor_en,
        creator="INL Equipment Tracker",
    )
    width = doc.width - 2 * FRAME_PADDING
    story = [
        *_heading(data, st, width),
        _parties(data, st, width),
        Spacer(1, 4 * mm),
        paragraph(LABELS.equipment.joined(), st.small_bold),
        Spacer(1, 1 * mm),
        _items(data, st, width),
        *_closing(data, st, width),
    ]
    doc.build(story, canvasmaker=partial(DeferredCanvas, footer=_page_furniture(data)))
    return out.getvalue()
