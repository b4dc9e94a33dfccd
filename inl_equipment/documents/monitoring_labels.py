"""The labels of the incident report and the disposal certificate; their Lao is in the catalogue.

Like the receipt's (`labels.py`), each label is marked with
`Bilingual.translate("MonitoringLabels", english)` so that pyside6-lupdate
extracts it, and its Lao half is read from the Lao catalogue whatever the
interface language. Until a translator fills it in, the Lao is "" and the
document prints the English alone (`en_lo`), never "Label / ".
Labels a receipt has too (date, asset tag, signature...) are the receipt's own,
already translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from inl_equipment.documents.labels import LABELS, Bilingual

CONTEXT = "MonitoringLabels"


def en_lo(label: Bilingual, sep: str = " / ") -> str:
    """ "English / Lao" on one line, or the English alone while the Lao is missing."""
    return label.joined(sep) if label.lo else label.en


@dataclass(frozen=True)
class MonitoringLabels:
    """The labels of both documents (the receipt's where they are the same words)."""

    title_incident: Bilingual = Bilingual.translate("MonitoringLabels", "Incident Report")
    title_disposal: Bilingual = Bilingual.translate("MonitoringLabels", "Disposal Certificate")

    # Incident details.
    incident: Bilingual = Bilingual.translate("MonitoringLabels", "Incident")
    kind: Bilingual = Bilingual.translate("MonitoringLabels", "Type of incident")
    place: Bilingual = Bilingual.translate("MonitoringLabels", "Where")
    reported_by: Bilingual = Bilingual.translate("MonitoringLabels", "Reported by")
    report_ref: Bilingual = Bilingual.translate(
        "MonitoringLabels", "Police or official report reference"
    )
    investigation: Bilingual = Bilingual.translate("MonitoringLabels", "Investigation")
    closed_on: Bilingual = Bilingual.translate("MonitoringLabels", "Closed on")
    recorded_by: Bilingual = Bilingual.translate("MonitoringLabels", "Recorded by")

    # The item.
    item: Bilingual = Bilingual.translate("MonitoringLabels", "Item")
    category: Bilingual = Bilingual.translate("MonitoringLabels", "Category")
    value: Bilingual = Bilingual.translate("MonitoringLabels", "Value (USD)")
    status: Bilingual = Bilingual.translate("MonitoringLabels", "Status now")
    holder: Bilingual = Bilingual.translate("MonitoringLabels", "Holder")

    # Where it was found, and its custody.
    found_at: Bilingual = Bilingual.translate("MonitoringLabels", "Found at inspection")
    inspectors: Bilingual = Bilingual.translate("MonitoringLabels", "Inspectors")
    result: Bilingual = Bilingual.translate("MonitoringLabels", "Result")
    site: Bilingual = Bilingual.translate("MonitoringLabels", "Site")
    custody: Bilingual = Bilingual.translate("MonitoringLabels", "Last handover receipt")
    receipt_kind: Bilingual = Bilingual.translate("MonitoringLabels", "Kind of receipt")
    handed_to: Bilingual = Bilingual.translate("MonitoringLabels", "Handed to")
    no_receipt: Bilingual = Bilingual.translate(
        "MonitoringLabels", "No receipt has moved this item."
    )
    receipt_void: Bilingual = Bilingual.translate("MonitoringLabels", "void")

    # Disposal details.
    method: Bilingual = Bilingual.translate("MonitoringLabels", "Method of disposal")
    detail: Bilingual = Bilingual.translate("MonitoringLabels", "Details")
    approval_ref: Bilingual = Bilingual.translate("MonitoringLabels", "Approval reference")
    witnesses: Bilingual = Bilingual.translate("MonitoringLabels", "Witnesses")
    sale_price: Bilingual = Bilingual.translate("MonitoringLabels", "Sale price (USD)")

    # Statements and signature blocks.
    incident_statement: Bilingual = Bilingual.translate(
        "MonitoringLabels",
        "The undersigned confirm that the facts stated above are true and complete"
        " to the best of their knowledge.",
    )
    disposal_statement: Bilingual = Bilingual.translate(
        "MonitoringLabels",
        "The undersigned certify that the property listed above was disposed of"
        " as stated, in their presence.",
    )
    reporting_officer: Bilingual = Bilingual.translate("MonitoringLabels", "Reporting officer")
    programme_officer: Bilingual = Bilingual.translate("MonitoringLabels", "Programme officer")
    approving_officer: Bilingual = Bilingual.translate("MonitoringLabels", "Approving officer")


MLABELS = MonitoringLabels()
__all__ = ["CONTEXT", "LABELS", "MLABELS", "Bilingual", "MonitoringLabels", "en_lo"]
