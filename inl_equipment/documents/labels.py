"""Every bilingual label printed on a receipt, English and Lao, in one place.

A native speaker can correct the Lao here without reading any layout code. Wording marked
"REVIEW" is our own choice and awaits review by a native speaker before real use; the rest
comes from the wording table agreed for receipts (shared domain notes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Bilingual(NamedTuple):
    """One label: English text and its Lao counterpart."""

    en: str
    lo: str

    def joined(self, sep: str = " / ") -> str:
        """Both forms on one line, English first."""
        return f"{self.en}{sep}{self.lo}"


@dataclass(frozen=True)
class ReceiptLabels:
    """The labels of a handover, return or transfer receipt."""

    # National heading of Lao official documents.
    nation: Bilingual = Bilingual(
        "Lao People's Democratic Republic", "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"
    )
    motto: Bilingual = Bilingual(
        "Peace Independence Democracy Unity Prosperity",
        "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ",
    )

    # Titles, one per receipt kind.
    title_handover: Bilingual = Bilingual("Handover Receipt", "ໃບມອບ-ຮັບ")
    title_return: Bilingual = Bilingual("Return Receipt", "ໃບສົ່ງຄືນ-ຮັບຄືນ")  # REVIEW
    title_transfer: Bilingual = Bilingual("Transfer Receipt", "ໃບໂອນ-ຮັບ")  # REVIEW
    equipment: Bilingual = Bilingual("Equipment", "ອຸປະກອນ")

    # Document details.
    document_number: Bilingual = Bilingual("No.", "ເລກທີ")
    date: Bilingual = Bilingual("Date", "ວັນທີ")
    donor: Bilingual = Bilingual("Donor", "ຜູ້ບໍລິຈາກ")  # REVIEW
    recipient: Bilingual = Bilingual("Recipient", "ໜ່ວຍງານຜູ້ຮັບ")  # REVIEW
    location: Bilingual = Bilingual("Location", "ສະຖານທີ່")  # REVIEW
    province: Bilingual = Bilingual("Province", "ແຂວງ")  # REVIEW

    # Item table columns.
    row_number: Bilingual = Bilingual("No.", "ລ/ດ")
    description: Bilingual = Bilingual("Description", "ລາຍການ")
    make_model: Bilingual = Bilingual("Make / model", "ຍີ່ຫໍ້ / ລຸ້ນ")  # REVIEW
    serial_number: Bilingual = Bilingual("Serial number", "ເລກໝາຍເຄື່ອງ")
    asset_tag: Bilingual = Bilingual("Asset tag", "ລະຫັດຊັບສິນ")  # REVIEW
    quantity: Bilingual = Bilingual("Quantity", "ຈຳນວນ")
    unit_value: Bilingual = Bilingual("Unit value (USD)", "ມູນຄ່າ (ໂດລາ)")
    line_value: Bilingual = Bilingual("Line value (USD)", "ມູນຄ່າລວມ (ໂດລາ)")  # REVIEW
    condition: Bilingual = Bilingual("Condition", "ສະພາບ")
    total: Bilingual = Bilingual("Total", "ລວມທັງໝົດ")
    items: Bilingual = Bilingual("items", "ລາຍການ")  # count of rows: "3 items"

    remarks: Bilingual = Bilingual("Remarks", "ໝາຍເຫດ")
    statement: Bilingual = Bilingual(  # REVIEW
        "The undersigned confirm that the equipment listed above was handed over and"
        " received in the condition stated.",
        "ຜູ້ລົງລາຍເຊັນຂ້າງລຸ່ມນີ້ຢັ້ງຢືນວ່າ ໄດ້ມອບ ແລະ ຮັບອຸປະກອນຕາມລາຍການຂ້າງເທິງ ໃນສະພາບຕາມທີ່ໄດ້ລະບຸໄວ້.",
    )

    # Signature blocks.
    handed_over_by: Bilingual = Bilingual("Handed over by", "ຜູ້ມອບ")
    received_by: Bilingual = Bilingual("Received by", "ຜູ້ຮັບ")
    witness: Bilingual = Bilingual("Witness", "ພະຍານ")
    name: Bilingual = Bilingual("Name", "ຊື່ ແລະ ນາມສະກຸນ")
    rank: Bilingual = Bilingual("Rank", "ຍົດ")  # REVIEW
    position: Bilingual = Bilingual("Position", "ຕຳແໜ່ງ")
    unit: Bilingual = Bilingual("Unit", "ໜ່ວຍງານ")  # REVIEW
    signature: Bilingual = Bilingual("Signature", "ລາຍເຊັນ")

    # Marks and page furniture.
    copy: Bilingual = Bilingual("COPY", "ສຳເນົາ")  # REVIEW
    void: Bilingual = Bilingual("VOID", "ໂມຄະ")  # REVIEW
    void_reason: Bilingual = Bilingual("Reason", "ເຫດຜົນ")  # REVIEW
    # "{page}" and "{pages}" are filled in; keep them in both forms.
    page_of: Bilingual = Bilingual("Page {page} of {pages}", "ໜ້າ {page}/{pages}")  # REVIEW

    def title(self, kind: str) -> Bilingual:
        """The title for a receipt kind: "handover", "return" or "transfer"."""
        titles = {
            "handover": self.title_handover,
            "return": self.title_return,
            "transfer": self.title_transfer,
        }
        if kind not in titles:
            raise ValueError(f"unknown receipt kind {kind!r}")
        return titles[kind]


LABELS = ReceiptLabels()

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
