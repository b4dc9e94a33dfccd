"""Build a bilingual English/Lao disposal certificate as PDF bytes.

The certificate of one disposal record: when and how the property left the
programme, under which approval, the items (with their sale prices when
sold) and their totals; signed by each witness named on the record and by
the approving officer.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from inl_equipment.documents.fonts import esc, markup_paragraph, paragraph
from inl_equipment.documents.monitoring_data import DisposalCertificateData, DisposalLineData
from inl_equipment.documents.monitoring_labels import LABELS, MLABELS, Bilingual
from inl_equipment.documents.monitoring_pdf import (
    CELL_LIMIT,
    DESCRIPTION_LIMIT,
    MOST_WITNESS_BLOCKS,
    NAME_LIMIT,
    Fact,
    build_pdf,
    date_text,
    facts_table,
    fit,
    frame_width,
    heading,
    paragraph_block,
    plain,
    section,
    signatures,
    words,
)
from inl_equipment.documents.receipt_style import (
    HEADER_FILL,
    RULE,
    STRIPE_FILL,
    Styles,
    make_table,
    styles,
    two_lines,
)
from inl_equipment.formatting import money, number

# Item table: (label, share of the frame width, alignment of the values)
_COLUMNS: tuple[tuple[Bilingual, float, str], ...] = (
    (LABELS.row_number, 0.045, "centre"),
    (LABELS.asset_tag, 0.14, "left"),
    (LABELS.serial_number, 0.16, "left"),
    (LABELS.description, 0.265, "left"),
    (LABELS.quantity, 0.08, "right"),
    (LABELS.unit_value, 0.10, "right"),
    (LABELS.line_value, 0.105, "right"),
    (MLABELS.sale_price, 0.105, "right"),
)


def _facts(data: DisposalCertificateData) -> list[Fact]:
    return [
        (LABELS.date, date_text(data.date)),
        (MLABELS.method, words(data.method)),
        (MLABELS.approval_ref, plain(data.approval_ref, NAME_LIMIT)),
        (MLABELS.recorded_by, plain(data.recorded_by, NAME_LIMIT)),
        (MLABELS.witnesses, plain("; ".join(data.witnesses))),
    ]


def _row(position: int, line: DisposalLineData, st: Styles) -> list[Flowable]:
    values = (
        str(position),
        fit(line.asset_tag, CELL_LIMIT),
        fit(line.serial_number, CELL_LIMIT),
        fit(line.description, DESCRIPTION_LIMIT),
        fit(f"{number(line.quantity)} {line.unit}".strip(), CELL_LIMIT),
        money(line.unit_value),
        money(line.value),
        money(line.sale_price) if line.sale_price is not None else "—",
    )
    return [paragraph(v, st.cell[col[2]]) for v, col in zip(values, _COLUMNS, strict=True)]


def _items(data: DisposalCertificateData, st: Styles, width: float) -> Table:
    header = [markup_paragraph(two_lines(label.en, label.lo), st.head) for label, _, _ in _COLUMNS]
    rows = [header, *(_row(n, line, st) for n, line in enumerate(data.lines, 1))]
    count = LABELS.item_count(len(data.lines))
    count_text = count.joined() if count.lo else count.en
    total_label = LABELS.total.joined() if LABELS.total.lo else LABELS.total.en
    total = markup_paragraph(f"<b>{esc(total_label)}</b> — {esc(count_text)}", st.cell["left"])
    sale = data.total_sale
    rows.append(
        [
            total,
            *[""] * 3,
            paragraph(number(data.total_quantity), st.cell_bold),
            "",
            paragraph(money(data.total_value), st.cell_bold),
            paragraph(money(sale) if sale is not None else "—", st.cell_bold),
        ]
    )
    return make_table(
        rows,
        [share * width for _, share, _ in _COLUMNS],
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, STRIPE_FILL]),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ("SPAN", (0, -1), (3, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        repeat=1,  # the column header on every page
        split_rows=True,  # a row taller than the rest of the page continues on the next
    )


def _signers(data: DisposalCertificateData) -> list[tuple[Bilingual, str]]:
    """A block per witness named (at most `MOST_WITNESS_BLOCKS`; one blank if none)."""
    named = list(data.witnesses[:MOST_WITNESS_BLOCKS]) or [""]
    return [*((LABELS.witness, name) for name in named), (MLABELS.approving_officer, "")]


def build_disposal_certificate(data: DisposalCertificateData) -> bytes:
    """Lay out `data` as a disposal certificate and return the PDF file's bytes."""
    st = styles()
    width = frame_width()
    title = MLABELS.title_disposal
    story: list[Flowable] = [
        *heading(title, [(LABELS.document_number, plain(data.number, NAME_LIMIT))], data.donor, st),
        facts_table(_facts(data), st, width),
        *paragraph_block(MLABELS.detail, data.detail, st),
        *section(LABELS.equipment, st),
        _items(data, st, width),
        *signatures(MLABELS.disposal_statement, _signers(data), st, width),
    ]
    return build_pdf(story, data.number, title.en, data.donor.en)
