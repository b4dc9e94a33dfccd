"""The funding report: by funding source and agreement (LOA), what was bought and where it is.

One row per funding source (its name, Lao name, agreement number, title holder),
then "No funding source", then the totals. Each row holds, over the items
acquired in the period (default all time):

- items and acquisition value (quantity × unit value, exact);
- the federal share in dollars: each item's value × its `federal_share_pct`,
  rounded to the cent (half up) item by item, so that rows and totals add up
  to the cent;
- by status: still held (in stock), handed over, in repair, lost / stolen /
  destroyed, disposed or used up (count and value each).

A lot part merged back into its lot (status `merged`, quantity 0) is not an item
of its own and is left out, as every report leaves it out. An item without an
acquisition date is counted in the period it was entered into the register.
Every figure is an integer (cents): the statuses add up to the items, the rows
to the totals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import FundingSource, Item, ItemStatus
from inl_equipment.i18n import QT_TRANSLATE_NOOP
from inl_equipment.services.report_period import Period
from inl_equipment.services.vocabulary import marked_text

#: The report's title (English, marked; `funding_title` translates it).
TITLE = QT_TRANSLATE_NOOP("Reports", "Funding report")
NO_SOURCE = QT_TRANSLATE_NOOP("Reports", "No funding source")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
#: The status columns, in order: key -> the statuses each counts.
STATUS_GROUPS: dict[str, frozenset[str]] = {
    "in_stock": frozenset({ItemStatus.IN_STOCK.value}),
    "handed_over": frozenset({ItemStatus.HANDED_OVER.value}),
    "in_repair": frozenset({ItemStatus.IN_REPAIR.value}),
    "lost": frozenset({ItemStatus.LOST.value, ItemStatus.STOLEN.value, ItemStatus.DESTROYED.value}),
    # A lot used up or handed out to the end (status "consumed") left the register too.
    "disposed": frozenset({ItemStatus.DISPOSED.value, "consumed"}),
}
_GROUP_OF = {status: key for key, statuses in STATUS_GROUPS.items() for status in statuses}
_CENT = Decimal("0.01")


def funding_title() -> str:
    """The funding report's title in the interface's language now."""
    return marked_text("Reports", TITLE)


def to_decimal(cents: int) -> Decimal:
    """Integer cents as an exact Decimal with two places."""
    return Decimal(cents).scaleb(-2)


@dataclass(slots=True)
class Figure:
    """A count of items and their value in cents."""

    count: int = 0
    cents: int = 0

    def add(self, cents: int) -> None:
        """Count one item worth `cents`."""
        self.count += 1
        self.cents += cents

    @property
    def value(self) -> Decimal:
        """The value in dollars, exact."""
        return to_decimal(self.cents)


@dataclass(slots=True)
class FundingRow:
    """One funding source's figures (or the totals' when `name` is "Total")."""

    name: str
    name_lo: str = ""
    agreement: str = ""
    title_holder: str = ""
    items: Figure = field(default_factory=Figure)
    federal_cents: int = 0
    by_status: dict[str, Figure] = field(
        default_factory=lambda: {key: Figure() for key in STATUS_GROUPS}
    )

    @property
    def federal_share(self) -> Decimal:
        """The federal share in dollars, exact."""
        return to_decimal(self.federal_cents)

    def add(self, cents: int, federal_cents: int, status: str) -> None:
        """Count one item: its value, federal share and status."""
        self.items.add(cents)
        self.federal_cents += federal_cents
        group = _GROUP_OF.get(status)
        if group is not None:
            self.by_status[group].add(cents)


@dataclass(frozen=True, slots=True)
class FundingReport:
    """The report of a period, as of `generated_at`, prepared by `operator`."""

    period: Period
    generated_at: datetime
    operator: str
    rows: list[FundingRow]
    total: FundingRow


def federal_cents(cents: int, share_pct: Decimal | None) -> int:
    """The federal share of `cents` at `share_pct` percent, to the cent (half up)."""
    pct = Decimal(100) if share_pct is None else share_pct
    return int((Decimal(cents) * pct / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def item_cents(quantity: int, unit_value: Decimal | None) -> int:
    """An item's (or lot's) value in cents: quantity × unit value, exact."""
    return int(((unit_value or Decimal(0)) * quantity / _CENT).to_integral_value())


def tally(
    sources: Sequence[FundingSource],
    items: Iterable[tuple[int | None, int, Decimal, Decimal, str]],
) -> tuple[list[FundingRow], FundingRow]:
    """Rows by source (name order, then "No funding source") and the totals.

    `items` are (funding source id, quantity, unit value, federal share %, status).
    """
    rows = {
        s.id: FundingRow(s.name_en, s.name_lo, s.agreement_number, s.title_holder)
        for s in sorted(sources, key=lambda s: s.name_en.casefold())
    }
    none = FundingRow(marked_text("Reports", NO_SOURCE))
    total = FundingRow(marked_text("Reports", TOTAL))
    for source, qty, unit, pct, status in items:
        if status == ItemStatus.MERGED.value:
            continue
        cents = item_cents(qty, unit)
        share = federal_cents(cents, pct)
        row = rows.get(source, none) if source is not None else none
        row.add(cents, share, status)
        total.add(cents, share, status)
    out = list(rows.values())
    if none.items.count:
        out.append(none)
    return out, total


def _acquired(acquisition: date | None, created: datetime | None) -> date | None:
    if acquisition is not None:
        return acquisition
    return created.date() if created is not None else None


def read_funding_report(
    session: Session, period: Period, operator: str, generated_at: datetime | None = None
) -> FundingReport:
    """The funding report of the items acquired in `period` (one read session)."""
    sources = list(session.scalars(select(FundingSource)))
    q = select(
        Item.funding_source_id,
        Item.quantity,
        Item.unit_value,
        Item.federal_share_pct,
        Item.status,
        Item.acquisition_date,
        Item.created_at,
    ).where(Item.status != ItemStatus.MERGED.value)
    picked = (
        (source, qty, unit, pct, status)
        for source, qty, unit, pct, status, acquired, created in session.execute(q)
        if period.unlimited or period.contains(_acquired(acquired, created))
    )
    rows, total = tally(sources, picked)
    return FundingReport(
        period, generated_at or datetime.now().replace(microsecond=0), operator, rows, total
    )
