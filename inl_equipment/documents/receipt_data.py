"""Plain data for a handover receipt: what the PDF prints, with no database or Qt in sight."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

RECEIPT_KINDS = ("handover", "return", "transfer")
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class Party:
    """A person who signs the receipt, with English and Lao forms where they differ."""

    name: str
    name_lo: str = ""
    rank: str = ""
    position: str = ""
    position_lo: str = ""
    unit: str = ""
    unit_lo: str = ""


@dataclass(frozen=True)
class ReceiptLine:
    """One row of the item table; `unit_value` is in US dollars."""

    description: str
    make_model: str
    serial_number: str
    asset_tag: str
    quantity: int
    unit: str
    unit_value: Decimal
    condition: str
    #: The description in Lao, printed under the English one ("" on older receipts).
    description_lo: str = ""

    @property
    def line_value(self) -> Decimal:
        """Quantity times unit value, exact (no rounding)."""
        return self.unit_value * self.quantity


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed on one handover, return or transfer receipt."""

    number: str
    kind: str  # one of RECEIPT_KINDS
    date: datetime.date
    donor_en: str
    donor_lo: str
    recipient_en: str
    recipient_lo: str
    location_en: str
    location_lo: str
    province_en: str
    province_lo: str
    handed_over_by: Party
    received_by: Party
    witness: Party | None
    remarks: str
    lines: tuple[ReceiptLine, ...]
    qr_text: str
    copy: bool = False
    void: bool = False
    void_reason: str = ""
    page_size: str = "A4"  # one of PAGE_SIZES
    national_heading: bool = True

    @property
    def total_value(self) -> Decimal:
        """Sum of the line values, exact."""
        return sum((line.line_value for line in self.lines), Decimal(0))

    @property
    def total_quantity(self) -> int:
        """Sum of the quantities of all lines."""
        return sum(line.quantity for line in self.lines)
