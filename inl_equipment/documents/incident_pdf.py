"""Build a bilingual English/Lao incident report (loss, theft, damage) as PDF bytes.

For the file and the donor: what happened, to which item, where it was in
custody, the inspection that found it, and the investigation; signed by the
reporting officer and the programme officer.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from inl_equipment.documents.fonts import esc, markup_paragraph
from inl_equipment.documents.monitoring_data import IncidentReportData, ItemFacts
from inl_equipment.documents.monitoring_labels import LABELS, MLABELS, en_lo
from inl_equipment.documents.monitoring_pdf import (
    CELL_LIMIT,
    DESCRIPTION_LIMIT,
    NAME_LIMIT,
    Fact,
    build_pdf,
    date_text,
    facts_table,
    frame_width,
    heading,
    paragraph_block,
    plain,
    section,
    signatures,
    words,
)
from inl_equipment.documents.receipt_style import Styles, styles, two_lines
from inl_equipment.formatting import money, number


def _incident_facts(data: IncidentReportData) -> list[Fact]:
    return [
        (MLABELS.kind, words(data.kind)),
        (LABELS.date, date_text(data.date)),
        (MLABELS.place, plain(data.place)),
        (MLABELS.reported_by, plain(data.reported_by)),
        (MLABELS.report_ref, plain(data.report_ref, NAME_LIMIT)),
        (MLABELS.investigation, words(data.status)),
        (MLABELS.closed_on, date_text(data.closed_date) if data.closed_date else ""),
        (MLABELS.recorded_by, plain(data.recorded_by, NAME_LIMIT)),
    ]


def _item_facts(item: ItemFacts) -> list[Fact]:
    quantity = f"{number(item.quantity)} {item.unit}".strip()
    return [
        (LABELS.asset_tag, plain(item.asset_tag, CELL_LIMIT)),
        (LABELS.serial_number, plain(item.serial_number, CELL_LIMIT)),
        (LABELS.description, plain(item.description, DESCRIPTION_LIMIT)),
        (LABELS.make_model, plain(item.make_model, CELL_LIMIT)),
        (MLABELS.category, words(item.category)),
        (LABELS.quantity, plain(quantity, CELL_LIMIT)),
        (LABELS.unit_value, money(item.unit_value)),
        (MLABELS.value, money(item.value)),
        (MLABELS.holder, words(item.holder)),
        (MLABELS.status, words(item.status)),
        (LABELS.location, words(item.location)),
        (LABELS.province, words(item.province)),
    ]


def _found_at(data: IncidentReportData, st: Styles, width: float) -> list[Flowable]:
    found = data.found_at
    if found is None:
        return []
    facts: list[Fact] = [
        (LABELS.document_number, plain(found.number, NAME_LIMIT)),
        (LABELS.date, date_text(found.date)),
        (MLABELS.site, words(found.site)),
        (MLABELS.inspectors, plain(found.inspectors)),
        (MLABELS.result, words(found.result)),
        (LABELS.remarks, plain(found.remark)),
    ]
    return [*section(MLABELS.found_at, st), facts_table(facts, st, width)]


def _custody(data: IncidentReportData, st: Styles, width: float) -> list[Flowable]:
    receipt = data.last_receipt
    if receipt is None:
        none = markup_paragraph(two_lines(MLABELS.no_receipt.en, MLABELS.no_receipt.lo), st.body)
        return [*section(MLABELS.custody, st), none]
    kind = words(receipt.kind)
    if receipt.void:
        kind += f" ({esc(en_lo(MLABELS.receipt_void))})"
    facts: list[Fact] = [
        (LABELS.document_number, plain(receipt.number, NAME_LIMIT)),
        (LABELS.date, date_text(receipt.date)),
        (MLABELS.receipt_kind, kind),
        (MLABELS.handed_to, words(receipt.to_agency)),
        (LABELS.received_by, plain(receipt.received_by, NAME_LIMIT)),
    ]
    return [*section(MLABELS.custody, st), facts_table(facts, st, width)]


def build_incident_report(data: IncidentReportData) -> bytes:
    """Lay out `data` as an incident report and return the PDF file's bytes."""
    st = styles()
    width = frame_width()
    title = MLABELS.title_incident
    story: list[Flowable] = [
        *heading(title, [(LABELS.document_number, plain(data.number, NAME_LIMIT))], data.donor, st),
        *section(MLABELS.incident, st),
        facts_table(_incident_facts(data), st, width),
        *section(MLABELS.item, st),
        facts_table(_item_facts(data.item), st, width),
        *_found_at(data, st, width),
        *_custody(data, st, width),
        *paragraph_block(LABELS.remarks, data.remark, st),
        *signatures(
            MLABELS.incident_statement,
            [(MLABELS.reporting_officer, data.reported_by), (MLABELS.programme_officer, "")],
            st,
            width,
        ),
    ]
    return build_pdf(story, data.number, title.en, data.donor.en)
