"""One item's whole life, read for the item page: receipts, checks, incidents, photos.

Each list is read with one query over an indexed item column, so the page
opens as fast for an item of a 100,000-item register as for a small one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from inl_equipment.db.models import Agency, Location
from inl_equipment.db.monitoring import Inspection, InspectionResult
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.services.item_photos import PhotoRow, item_photos
from inl_equipment.services.monitoring_lists import IncidentRow, list_incidents
from inl_equipment.services.receipts import DONOR_EN


@dataclass(frozen=True, slots=True)
class ItemReceipt:
    """One handover, return or transfer line of the item, with its receipt."""

    number: str
    date: date
    kind: str
    status: str  # issued or void
    from_name: str
    to_name: str
    location: str
    quantity: int
    condition: str


@dataclass(frozen=True, slots=True)
class ItemCheck:
    """The item's result in one end-use check (site check)."""

    number: str
    date: date
    site: str
    result: str
    condition: str
    intended_use: str
    remark: str
    unexpected: bool


@dataclass(frozen=True, slots=True)
class ItemLife:
    """Everything recorded about one item besides its own fields and history."""

    receipts: list[ItemReceipt]
    checks: list[ItemCheck]
    incidents: list[IncidentRow]
    photos: list[PhotoRow]


def item_receipts(session: Session, item_id: int) -> list[ItemReceipt]:
    """Every receipt line of the item, oldest first (voided ones too, marked so)."""
    giver, taker = aliased(Agency), aliased(Agency)
    stmt = (
        select(
            Handover.number,
            Handover.date,
            Handover.kind,
            Handover.status,
            giver.name_en,
            taker.name_en,
            Location.name_en,
            HandoverLine.quantity,
            HandoverLine.condition,
        )
        .join(Handover, Handover.id == HandoverLine.handover_id)
        .outerjoin(giver, giver.id == Handover.from_agency_id)
        .outerjoin(taker, taker.id == Handover.to_agency_id)
        .outerjoin(Location, Location.id == Handover.location_id)
        .where(HandoverLine.item_id == item_id)
        .order_by(Handover.date, Handover.id)
    )
    return [
        ItemReceipt(
            number, day, kind, status, g or DONOR_EN, t or DONOR_EN, place or "", qty, condition
        )
        for number, day, kind, status, g, t, place, qty, condition in session.execute(stmt)
    ]


def item_checks(session: Session, item_id: int) -> list[ItemCheck]:
    """The item's results in every site check, newest first."""
    stmt = (
        select(
            Inspection.number,
            Inspection.date,
            Location.name_en,
            InspectionResult.result,
            InspectionResult.condition,
            InspectionResult.intended_use,
            InspectionResult.remark,
            InspectionResult.unexpected,
        )
        .join(Inspection, Inspection.id == InspectionResult.inspection_id)
        .join(Location, Location.id == Inspection.location_id)
        .where(InspectionResult.item_id == item_id)
        .order_by(Inspection.date.desc(), Inspection.id.desc())
    )
    return [
        ItemCheck(number, day, site, result, condition, use, remark or "", bool(unexpected))
        for number, day, site, result, condition, use, remark, unexpected in session.execute(stmt)
    ]


def item_life(session: Session, item_id: int) -> ItemLife:
    """Receipts, checks, incidents and photos of item `item_id`."""
    return ItemLife(
        receipts=item_receipts(session, item_id),
        checks=item_checks(session, item_id),
        incidents=list_incidents(session, item_id=item_id),
        photos=item_photos(session, item_id),
    )
