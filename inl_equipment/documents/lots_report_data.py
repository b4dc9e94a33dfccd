"""Plain data for the expiring and used lots report (the PDF and the workbook print it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from inl_equipment.i18n import QT_TRANSLATE_NOOP

EXPIRED, SOON, LATER = "expired", "soon", "later"
#: Days ahead within which a kit counts as "expiring soon".
SOON_DAYS = 90
#: The bands in report order, with their titles (translated in context "LotsReport").
BANDS: tuple[tuple[str, str], ...] = (
    (EXPIRED, QT_TRANSLATE_NOOP("LotsReport", "Expired")),
    (SOON, QT_TRANSLATE_NOOP("LotsReport", "Expiring within 90 days")),
    (LATER, QT_TRANSLATE_NOOP("LotsReport", "Expiring later")),
)


@dataclass(frozen=True, slots=True)
class LotLine:
    """One kit or lot with an expiry date, as the report lists it."""

    item_id: int
    asset_tag: str
    description: str
    description_lo: str
    lot_number: str
    expiry_date: date
    quantity: int
    unit: str
    holder: str
    location: str
    band: str


@dataclass(frozen=True, slots=True)
class UseLine:
    """One use of a lot in the period."""

    when: date
    asset_tag: str
    description: str
    lot_number: str
    quantity: int
    unit: str
    reference: str
    remark: str
    operator: str


@dataclass(frozen=True, slots=True)
class LotsReportData:
    """Everything the report prints: the kits by band and the uses in the period."""

    today: date
    start: date | None
    end: date | None
    generated_at: datetime
    operator: str
    lots: list[LotLine] = field(default_factory=list)
    uses: list[UseLine] = field(default_factory=list)

    def band(self, key: str) -> list[LotLine]:
        """The kits of one band (`EXPIRED`, `SOON`, `LATER`), by expiry date."""
        return [line for line in self.lots if line.band == key]
