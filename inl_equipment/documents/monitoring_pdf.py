"""What the incident report and the disposal certificate share: heading, facts, signatures, footer.

Both follow the receipt's look (`receipt_style`) and its rules: one platypus
pass with "Page X of Y" stamped at the end (`page_count.DeferredCanvas`), the
record number in every footer, and every user text cut to a bound with the
visible "continued in the register" mark (`long_text.clip`), so that any
record renders, in bounded time.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from inl_equipment.documents.fonts import esc, markup_paragraph
from inl_equipment.documents.labels import CONTINUED, MONTHS_EN
from inl_equipment.documents.long_text import clip
from inl_equipment.documents.monitoring_data import Words
from inl_equipment.documents.monitoring_labels import LABELS, Bilingual, en_lo
from inl_equipment.documents.page_count import DeferredCanvas, draw_record_footer
from inl_equipment.documents.receipt_style import (
    BLANK,
    FOOTER_GAP,
    FRAME_PADDING,
    HEADER_FILL,
    INK,
    MARGIN,
    RULE,
    Styles,
    make_table,
    two_lines,
)

# Longest texts printed whole, as (characters, lines); the rest is cut with the mark.
# A facts cell may split between pages, but stays short enough to read as one value.
VALUE_LIMIT = (600, 12)
NAME_LIMIT = (240, 4)  # names in signature blocks, numbers and references
REMARKS_LIMIT = (4_000, 60)  # a paragraph of its own: it flows over pages
DESCRIPTION_LIMIT = (2_400, 80)  # an item table row splits between pages
CELL_LIMIT = (400, 8)
#: Signature blocks per row, and the most witnesses given one (the rest are named above).
PER_ROW = 3
MOST_WITNESS_BLOCKS = 8

Fact = tuple[Bilingual, str]
"""One labelled value of a facts table: (label, value as safe markup)."""


def fit(text: str, limit: tuple[int, int] = VALUE_LIMIT) -> str:
    """`text`, or its start and the "continued in the register" mark if it is too long."""
    return clip(text, *limit, CONTINUED.joined() if CONTINUED.lo else CONTINUED.en)


def date_text(day: datetime.date | None) -> str:
    """12 March 2025 (12/03/2025); "—" for no date."""
    if day is None:
        return "—"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year} ({day:%d/%m/%Y})"


def words(value: Words, limit: tuple[int, int] = VALUE_LIMIT) -> str:
    """English then Lao on the next line (Lao only when it is there), as safe markup."""
    lo = fit(value.lo, limit) if value.lo and value.lo != value.en else ""
    return two_lines(fit(value.en, limit), lo)


def plain(text: str, limit: tuple[int, int] = VALUE_LIMIT) -> str:
    """A user's text as safe markup, cut to `limit`."""
    return esc(fit(text.strip(), limit))


def labelled(label: Bilingual, value_markup: str) -> str:
    """ "<b>Label / ປ້າຍ:</b> value" as markup (English alone while untranslated)."""
    return f"<b>{esc(en_lo(label))}:</b> {value_markup or '—'}"


def heading(title: Bilingual, facts: Sequence[Fact], donor: Words, st: Styles) -> list[Flowable]:
    """The title (English, then Lao when translated), the donor, the record's number."""
    story: list[Flowable] = [markup_paragraph(esc(title.en), st.title_en)]
    if title.lo:
        story.append(markup_paragraph(esc(title.lo), st.title_lo))
    story.append(markup_paragraph(words(donor, NAME_LIMIT), st.small))
    story.append(Spacer(1, 2 * mm))
    story += [markup_paragraph(labelled(label, value), st.body) for label, value in facts]
    return [*story, Spacer(1, 3 * mm)]


def section(title: Bilingual, st: Styles) -> list[Flowable]:
    """A small bold section title above a table."""
    return [
        Spacer(1, 3 * mm),
        markup_paragraph(esc(en_lo(title)), st.small_bold),
        Spacer(1, 1 * mm),
    ]


def facts_table(facts: Sequence[Fact], st: Styles, width: float) -> Table:
    """Labelled values two to a row: label, value, label, value (an odd last value spans)."""
    cells = [
        [
            markup_paragraph(two_lines(label.en, label.lo), st.small_bold),
            markup_paragraph(value or "—", st.body),
        ]
        for label, value in facts
    ]
    rows = [
        [*cells[i], *(cells[i + 1] if i + 1 < len(cells) else ["", ""])]
        for i in range(0, len(cells), 2)
    ]
    odd = [("SPAN", (1, -1), (3, -1))] if len(cells) % 2 else []
    return make_table(
        rows,
        [w * width for w in (0.15, 0.35, 0.15, 0.35)],
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, -1 if not odd else -2), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        *odd,
        split_rows=True,  # a long value continues on the next page
    )


def paragraph_block(label: Bilingual, text: str, st: Styles) -> list[Flowable]:
    """A long text (remarks, details) as a paragraph of its own, which may span pages."""
    return [
        Spacer(1, 3 * mm),
        markup_paragraph(labelled(label, plain(text, REMARKS_LIMIT)), st.body),
    ]


def _signature_block(title: Bilingual, name: str, st: Styles) -> list[Flowable]:
    named = fit(" ".join(name.split()), NAME_LIMIT)
    return [
        markup_paragraph(esc(en_lo(title)), st.small_bold),
        Spacer(1, 1.5 * mm),
        markup_paragraph(labelled(LABELS.name, esc(named) or BLANK), st.small),
        markup_paragraph(labelled(LABELS.position, BLANK), st.small),
        Spacer(1, 11 * mm),
        HRFlowable(width="92%", thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=1),
        markup_paragraph(esc(en_lo(LABELS.signature)), st.small),
        Spacer(1, 1.5 * mm),
        markup_paragraph(labelled(LABELS.date, BLANK), st.small),
    ]


def signatures(
    statement: Bilingual, signers: Sequence[tuple[Bilingual, str]], st: Styles, width: float
) -> list[Flowable]:
    """The statement and a signature block per (title, name), up to three to a row."""
    blocks: list[list[Flowable]] = [_signature_block(title, name, st) for title, name in signers]
    per_row = max(min(PER_ROW, len(blocks)), 1)
    boxes = [
        ("BOX", (n % per_row, n // per_row), (n % per_row, n // per_row), 0.5, RULE)
        for n in range(len(blocks))
    ]
    blocks += [[] for _ in range(-len(blocks) % per_row)]
    rows = [blocks[i : i + per_row] for i in range(0, len(blocks), per_row)]
    table = make_table(
        rows,
        [width / PER_ROW] * per_row,
        *boxes,  # the cells left over in the last row stay blank, unboxed
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        split_rows=True,
    )
    table.hAlign = "LEFT"
    text = markup_paragraph(two_lines(statement.en, statement.lo), st.body)
    # The statement belongs with the signatures: never let a page break part them.
    return [KeepTogether([Spacer(1, 5 * mm), text, Spacer(1, 3 * mm), table])]


def _footer(number: str) -> partial[None]:
    return partial(_draw_footer, f"{en_lo(LABELS.document_number)} {fit(number, NAME_LIMIT)}")


def _draw_footer(record: str, canvas: Canvas, page: int, pages: int) -> None:
    draw_record_footer(canvas, record[:120], LABELS.page_of, page, pages)


def frame_width() -> float:
    """The width the content of an A4 portrait page has."""
    return float(A4[0] - 2 * MARGIN)


def build_pdf(story: list[Flowable], number: str, title: str, author: str) -> bytes:
    """Lay `story` out on A4 portrait pages with the record's footer; the file's bytes."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        # The frame pads its content: shift it so that content starts at MARGIN.
        leftMargin=MARGIN - FRAME_PADDING,
        rightMargin=MARGIN - FRAME_PADDING,
        topMargin=MARGIN - FRAME_PADDING,
        bottomMargin=MARGIN + FOOTER_GAP - FRAME_PADDING,
        title=f"{title} {fit(number, NAME_LIMIT)}",
        author=author,
        creator="INL Equipment Tracker",
    )
    doc.build(story, canvasmaker=partial(DeferredCanvas, footer=_footer(number)))
    return out.getvalue()
