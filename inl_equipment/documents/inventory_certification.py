"""The end of the inventory report: the certification and three signature blocks.

"I certify that this inventory is true and complete as of <date>.", then Prepared by
(the operator's name printed on its line), Reviewed by and Approved by, each with
lines for name, position, signature and date. Labels are English with their Lao
(`inventory_labels`), whatever the interface language.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from inl_equipment.documents.fonts import FONT_REGULAR, paragraph
from inl_equipment.documents.inventory_data import InventoryReportData
from inl_equipment.documents.inventory_furniture import fit_line
from inl_equipment.documents.inventory_labels import CERTIFICATION, en_lo
from inl_equipment.documents.inventory_style import INK, RULE, styles
from inl_equipment.documents.labels import Bilingual
from inl_equipment.formatting import day

GAP = 16.0  # between two signature blocks
LABEL_WIDTH = 64.0
#: Height of each line to write on: name, position, signature, date.
LINE_HEIGHTS = (20.0, 20.0, 28.0, 20.0)


def certification(
    data: InventoryReportData, width: float, statement_words: Bilingual | None = None
) -> Flowable:
    """The certification and its signature blocks, kept together on one page.

    `statement_words` (with "{date}") is what is certified; default: the inventory's.
    """
    st, words = styles(), CERTIFICATION
    said = statement_words or words.statement
    date = day(data.generated_at.date())
    statement = [paragraph(said.en.format(date=date), st["cert"])]
    if said.lo:
        statement.append(paragraph(said.lo.format(date=date), st["cert"]))
    line = (width - 2 * GAP) / 3 - LABEL_WIDTH - 4
    parties = (
        (words.prepared_by, fit_line(data.operator, FONT_REGULAR, 8, line)),
        (words.reviewed_by, ""),
        (words.approved_by, ""),
    )
    return KeepTogether(
        [
            paragraph(en_lo(words.heading), st["cert_heading"]),
            *statement,
            _signatures(parties, width),
        ]
    )


def _label(label: Bilingual) -> Any:
    """A line's label: English, the Lao under it."""
    text = f"{label.en}\n{label.lo}" if label.lo else label.en
    return paragraph(text, styles()["cert_label"])


def _signatures(parties: tuple[tuple[Bilingual, str], ...], width: float) -> Table:
    """Three blocks side by side: a heading, then a label and a line for each field."""
    st, words = styles(), CERTIFICATION
    block = (width - GAP * (len(parties) - 1)) / len(parties)
    widths: list[float] = []
    for n in range(len(parties)):
        widths += [LABEL_WIDTH, block - LABEL_WIDTH] + ([GAP] if n < len(parties) - 1 else [])
    heading: list[Any] = []
    for n, (party, _) in enumerate(parties):
        heading += [paragraph(en_lo(party), st["cert_party"]), ""] + (
            [""] if n < len(parties) - 1 else []
        )
    rows: list[list[Any]] = [heading]
    fields = (words.name, words.position, words.signature, words.date)
    for number, field in enumerate(fields):
        row: list[Any] = []
        for n, (_, name) in enumerate(parties):
            value = paragraph(name, st["cert_value"]) if number == 0 and name else ""
            row += [_label(field), value] + ([""] if n < len(parties) - 1 else [])
        rows.append(row)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for n in range(len(parties)):
        first = n * 3
        style += [
            ("SPAN", (first, 0), (first + 1, 0)),
            ("LINEBELOW", (first, 0), (first + 1, 0), 0.8, INK),
            ("LINEBELOW", (first + 1, 1), (first + 1, -1), 0.5, RULE),
        ]
    table = Table(rows, colWidths=widths, rowHeights=[16.0, *LINE_HEIGHTS], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
