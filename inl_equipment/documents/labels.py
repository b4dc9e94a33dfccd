"""Every label printed on a document, in one place; their Lao lives in the Lao catalogue.

A receipt is bilingual whatever language the interface is in. Each receipt label is
marked with `Bilingual.translate("ReceiptLabels", english)` (pyside6-lupdate reads the
call like any `translate`), and its Lao half is read from
`resources/i18n/inl_equipment_lo.ts` without Qt (`i18n.lookup`). A native speaker
corrects the Lao there, in Qt Linguist, without reading any layout code. Lao whose
translator comment says "REVIEW" is our own wording and awaits review by a native speaker
before real use; the rest comes from the wording table agreed for receipts (shared
domain notes).

The inventory report is printed in the interface's language: its texts are in context
"ReportLabels", translated where they are laid out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from inl_equipment.i18n import Msg, lookup

RECEIPT_CONTEXT = "ReceiptLabels"


class Bilingual(NamedTuple):
    """One label: English text and its Lao counterpart."""

    en: str
    lo: str

    @classmethod
    def translate(cls, context: str, english: str, disambiguation: str | None = None) -> Bilingual:
        """`english` with its Lao from the Lao catalogue ("" until it is translated there)."""
        return cls(english, lookup("lo", context, english, disambiguation))

    def joined(self, sep: str = " / ") -> str:
        """Both forms on one line, English first."""
        return f"{self.en}{sep}{self.lo}"


@dataclass(frozen=True)
class ReceiptLabels:
    """The labels of a handover, return or transfer receipt."""

    # National heading of Lao official documents.
    nation: Bilingual = Bilingual.translate("ReceiptLabels", "Lao People's Democratic Republic")
    motto: Bilingual = Bilingual.translate(
        "ReceiptLabels", "Peace Independence Democracy Unity Prosperity"
    )

    # Titles, one per receipt kind.
    title_handover: Bilingual = Bilingual.translate("ReceiptLabels", "Handover Receipt")
    title_return: Bilingual = Bilingual.translate("ReceiptLabels", "Return Receipt")
    title_transfer: Bilingual = Bilingual.translate("ReceiptLabels", "Transfer Receipt")
    equipment: Bilingual = Bilingual.translate("ReceiptLabels", "Equipment")

    # Document details.
    document_number: Bilingual = Bilingual.translate("ReceiptLabels", "No.", "document number")
    date: Bilingual = Bilingual.translate("ReceiptLabels", "Date")
    donor: Bilingual = Bilingual.translate("ReceiptLabels", "Donor")
    recipient: Bilingual = Bilingual.translate("ReceiptLabels", "Recipient")
    location: Bilingual = Bilingual.translate("ReceiptLabels", "Location")
    province: Bilingual = Bilingual.translate("ReceiptLabels", "Province")

    # Item table columns.
    row_number: Bilingual = Bilingual.translate("ReceiptLabels", "No.", "row number")
    description: Bilingual = Bilingual.translate("ReceiptLabels", "Description")
    make_model: Bilingual = Bilingual.translate("ReceiptLabels", "Make / model")
    serial_number: Bilingual = Bilingual.translate("ReceiptLabels", "Serial number")
    asset_tag: Bilingual = Bilingual.translate("ReceiptLabels", "Asset tag")
    quantity: Bilingual = Bilingual.translate("ReceiptLabels", "Quantity")
    unit_value: Bilingual = Bilingual.translate("ReceiptLabels", "Unit value (USD)")
    line_value: Bilingual = Bilingual.translate("ReceiptLabels", "Line value (USD)")
    condition: Bilingual = Bilingual.translate("ReceiptLabels", "Condition")
    total: Bilingual = Bilingual.translate("ReceiptLabels", "Total")

    remarks: Bilingual = Bilingual.translate("ReceiptLabels", "Remarks")
    statement: Bilingual = Bilingual.translate(
        "ReceiptLabels",
        "The undersigned confirm that the equipment listed above was handed over and"
        " received in the condition stated.",
    )

    # Signature blocks.
    handed_over_by: Bilingual = Bilingual.translate("ReceiptLabels", "Handed over by")
    received_by: Bilingual = Bilingual.translate("ReceiptLabels", "Received by")
    witness: Bilingual = Bilingual.translate("ReceiptLabels", "Witness")
    name: Bilingual = Bilingual.translate("ReceiptLabels", "Name")
    rank: Bilingual = Bilingual.translate("ReceiptLabels", "Rank")
    position: Bilingual = Bilingual.translate("ReceiptLabels", "Position")
    unit: Bilingual = Bilingual.translate("ReceiptLabels", "Unit")
    signature: Bilingual = Bilingual.translate("ReceiptLabels", "Signature")

    # Marks and page furniture.
    copy: Bilingual = Bilingual.translate("ReceiptLabels", "COPY")
    void: Bilingual = Bilingual.translate("ReceiptLabels", "VOID")
    void_reason: Bilingual = Bilingual.translate("ReceiptLabels", "Reason")
    # "{page}" and "{pages}" are filled in; the Lao keeps them too.
    page_of: Bilingual = Bilingual.translate("ReceiptLabels", "Page {page} of {pages}")

    def item_count(self, n: int) -> Bilingual:
        """The number of lines of the item table: "3 items" / "3 ລາຍການ".

        English from the English catalogue's plural forms, whatever the interface
        language; Lao has one form.
        """
        english = Msg.translate("ReceiptLabels", "%n item(s)", None, n).english()
        lao = lookup("lo", RECEIPT_CONTEXT, "%n item(s)").replace("%n", str(n))
        return Bilingual(english, lao)

    def title(self, kind: str) -> Bilingual:
        """The title for a receipt kind: "handover", "return" or "transfer"."""
        titles = {
            "handover": self.title_handover,
            "return": self.title_return,
            "transfer": self.title_transfer,
        }
        if kind not in titles:
            raise ValueError(
                Msg.translate("Receipts", "unknown receipt kind {kind}").format(kind=repr(kind))
            )
        return titles[kind]


LABELS = ReceiptLabels()
#: After a text too long for the receipt, cut: the register keeps it whole. (Not one of
#: `LABELS`: those are printed on every receipt, this only where a text is cut.)
CONTINUED = Bilingual.translate("ReceiptLabels", "… (continued in the register)")

# English month names, so dates do not depend on the process locale.
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
