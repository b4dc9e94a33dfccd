"""The dashboard's figures about records rather than items: receipts and incidents.

These are read from the database (a few thousand receipts, a few hundred
incidents: grouped by the database, not the register's 100,000 rows), and
only again after a change that issues or voids a receipt, attaches a signed
copy, or touches items (an incident opened or closed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, extract, func, select
from sqlalchemy.orm import Session

from inl_equipment.db.monitoring import Incident
from inl_equipment.db.transactions import Attachment, Handover, HandoverKind, HandoverStatus


@dataclass(frozen=True, slots=True)
class YearFigure:
    """What was handed over (issued handover receipts) in one year, by receipt date."""

    year: int
    receipts: int
    items: int
    cents: int


@dataclass(frozen=True, slots=True)
class RecordFigures:
    """Receipts and incidents at a glance."""

    handed_over_by_year: list[YearFigure] = field(default_factory=list)  # oldest first
    handovers_this_year: int = 0  # issued handover receipts dated this year
    unsigned_receipts: int = 0  # issued receipts of any kind without a signed copy
    open_incidents: int = 0


def _cents(value: Decimal | int | None) -> int:
    return int((Decimal(value or 0) * 100).to_integral_value())


def record_figures(session: Session, today: date) -> RecordFigures:
    """The receipt and incident figures as of `today`."""
    year = extract("year", Handover.date)
    issued_handover = (
        Handover.kind == HandoverKind.HANDOVER.value,
        Handover.status == HandoverStatus.ISSUED.value,
    )
    per_year = session.execute(
        select(year, func.count(), func.sum(Handover.item_count), func.sum(Handover.total_value))
        .where(*issued_handover)
        .group_by(year)
        .order_by(year)
    ).all()
    by_year = [
        YearFigure(int(y), int(n), int(items or 0), _cents(v)) for y, n, items, v in per_year
    ]
    this_year = next((f.receipts for f in by_year if f.year == today.year), 0)
    signed = exists().where(Attachment.handover_id == Handover.id)
    unsigned = session.scalar(
        select(func.count())
        .select_from(Handover)
        .where(Handover.status == HandoverStatus.ISSUED.value, ~signed)
    )
    still_open = session.scalar(
        select(func.count()).select_from(Incident).where(Incident.outcome == "")
    )
    return RecordFigures(by_year, this_year, int(unsigned or 0), int(still_open or 0))
