"""Plain data for the incident report and the disposal certificate: what the PDFs print.

No database or Qt in sight: `services.monitoring_documents` fills these from a
register; the builders in `incident_pdf` and `disposal_pdf` only lay them out.
Words that have an English and a Lao form (an agency, a method) come as pairs;
the Lao half is "" when the register has none, and the document prints English alone.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Words:
    """One value in English and Lao ("" when there is no Lao form)."""

    en: str
    lo: str = ""


@dataclass(frozen=True)
class ItemFacts:
    """The item an incident is about, as the register holds it now."""

    asset_tag: str
    serial_number: str
    description: str
    make_model: str
    category: Words
    quantity: int
    unit: str
    unit_value: Decimal
    status: Words
    holder: Words
    location: Words
    province: Words

    @property
    def value(self) -> Decimal:
        """Quantity times unit value, exact."""
        return self.unit_value * self.quantity


@dataclass(frozen=True)
class FoundAt:
    """The inspection whose result opened the incident."""

    number: str
    date: datetime.date
    site: Words
    inspectors: str
    result: Words
    remark: str


@dataclass(frozen=True)
class LastReceipt:
    """The item's custody in brief: the latest receipt that moved it."""

    number: str
    kind: Words
    date: datetime.date
    to_agency: Words
    received_by: str
    void: bool = False


@dataclass(frozen=True)
class IncidentReportData:
    """Everything printed on one incident report."""

    number: str
    date: datetime.date
    kind: Words
    place: str
    reported_by: str
    report_ref: str
    status: Words  # open, or how the investigation closed
    closed_date: datetime.date | None
    remark: str
    item: ItemFacts
    found_at: FoundAt | None
    last_receipt: LastReceipt | None
    recorded_by: str
    donor: Words


@dataclass(frozen=True)
class DisposalLineData:
    """One item of a disposal certificate; `sale_price` None: not sold."""

    asset_tag: str
    serial_number: str
    description: str
    quantity: int
    unit: str
    unit_value: Decimal
    sale_price: Decimal | None

    @property
    def value(self) -> Decimal:
        """Quantity times unit value, exact."""
        return self.unit_value * self.quantity


@dataclass(frozen=True)
class DisposalCertificateData:
    """Everything printed on one disposal certificate."""

    number: str
    date: datetime.date
    method: Words
    detail: str
    approval_ref: str
    witnesses: tuple[str, ...]  # one signature block each
    lines: tuple[DisposalLineData, ...]
    recorded_by: str
    donor: Words

    @property
    def total_quantity(self) -> int:
        """Sum of the quantities of all lines."""
        return sum(line.quantity for line in self.lines)

    @property
    def total_value(self) -> Decimal:
        """Sum of the line values (quantity × unit value), exact."""
        return sum((line.value for line in self.lines), Decimal(0))

    @property
    def total_sale(self) -> Decimal | None:
        """Sum of the sale prices given (None when no line was sold)."""
        prices = [line.sale_price for line in self.lines if line.sale_price is not None]
        return sum(prices, Decimal(0)) if prices else None
