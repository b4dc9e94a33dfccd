"""The inventory report's letterhead and certification labels, English with their Lao.

The letterhead is here and only here: a section that reports under another name
changes `LETTERHEAD` (or passes its own in `InventoryReportData.letterhead`).
Like the receipt's labels (`labels.py`), each is marked with
`Bilingual.translate("ReportLabels", english)`, and its Lao half is read from the
Lao catalogue whatever the interface language; until a translator fills it in,
the report prints the English alone. The signature lines reuse the receipt's
labels (name, position, signature, date), already translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from inl_equipment.documents.labels import LABELS, Bilingual
from inl_equipment.documents.monitoring_labels import en_lo as en_lo

LETTERHEAD = Bilingual.translate(
    "ReportLabels",
    "U.S. Embassy Vientiane · Bureau of International Narcotics and Law Enforcement Affairs (INL)",
)


@dataclass(frozen=True)
class CertificationLabels:
    """The words of the certification at the end of the report."""

    heading: Bilingual = Bilingual.translate("ReportLabels", "Certification")
    # "{date}" is filled in; the Lao keeps it too.
    statement: Bilingual = Bilingual.translate(
        "ReportLabels", "I certify that this inventory is true and complete as of {date}."
    )
    prepared_by: Bilingual = Bilingual.translate("ReportLabels", "Prepared by")
    reviewed_by: Bilingual = Bilingual.translate("ReportLabels", "Reviewed by")
    approved_by: Bilingual = Bilingual.translate("ReportLabels", "Approved by")
    name: Bilingual = LABELS.name
    position: Bilingual = LABELS.position
    signature: Bilingual = LABELS.signature
    date: Bilingual = LABELS.date


CERTIFICATION = CertificationLabels()
