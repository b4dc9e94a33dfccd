"""Lists for end-use monitoring: inspections, a site's expected items, incidents, disposals.

Plain rows for tables and the command line; each function is one read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Agency, Item, Location
from inl_equipment.db.monitoring import (
    VERIFIED_RESULTS,
    Disposal,
    DisposalLine,
    Incident,
    Inspection,
    InspectionResult,
    ItemCheck,
)


@dataclass(frozen=True, slots=True)
class InspectionRow:
    """One inspection in the list: what was checked and what was found."""

    number: str
    date: date
    site: str
    agency: str
    method: str
    checked: int
    verified: int
    problems: int


def list_inspections(session: Session, year: int | None = None) -> list[InspectionRow]:
    """Every inspection (or those of `year`), newest first."""
    verified = func.sum(case((InspectionResult.result.in_(list(VERIFIED_RESULTS)), 1), else_=0))
    stmt = (
        select(
            Inspection.number,
            Inspection.date,
            Location.name_en,
            Agency.name_en,
            Inspection.method,
            func.count(InspectionResult.id),
            verified,
        )
        .join(Location, Location.id == Inspection.location_id)
        .outerjoin(Agency, Agency.id == Inspection.agency_id)
        .outerjoin(InspectionResult, InspectionResult.inspection_id == Inspection.id)
        .group_by(Inspection.id, Location.name_en, Agency.name_en)
        .order_by(Inspection.date.desc(), Inspection.id.desc())
    )
    if year is not None:
        stmt = stmt.where(Inspection.date.between(date(year, 1, 1), date(year, 12, 31)))
    out = []
    for number, day, site, agency, method, checked, ok in session.execute(stmt):
        ok = int(ok or 0)
        out.append(
            InspectionRow(number, day, site, agency or "", method, checked, ok, checked - ok)
        )
    return out


@dataclass(frozen=True, slots=True)
class ExpectedItem:
    """An item registered at a site, as a check lists it."""

    item_id: int
    asset_tag: str
    serial_number: str
    description: str
    holder: str
    holder_agency_id: int | None
    status: str
    condition: str
    last_check: date | None
    last_result: str


def expected_items(session: Session, location_id: int) -> list[ExpectedItem]:
    """The items in active life registered at `location_id`, by asset tag."""
    stmt = (
        select(
            Item.id,
            Item.asset_tag,
            Item.serial_number,
            Item.description,
            Agency.name_en,
            Item.holder_agency_id,
            Item.status,
            Item.condition,
            ItemCheck.last_date,
            ItemCheck.last_result,
        )
        .outerjoin(Agency, Agency.id == Item.holder_agency_id)
        .outerjoin(ItemCheck, ItemCheck.item_id == Item.id)
        .where(
            Item.location_id == location_id,
            Item.status.not_in([s.value for s in RETIRED_STATUSES]),
        )
        .order_by(Item.asset_tag)
    )
    return [
        ExpectedItem(i, tag, serial, desc, holder or "", hid, status, cond, last, result or "")
        for i, tag, serial, desc, holder, hid, status, cond, last, result in session.execute(stmt)
    ]


@dataclass(frozen=True, slots=True)
class IncidentRow:
    """One incident in the list."""

    number: str
    item_id: int
    asset_tag: str
    date: date
    kind: str
    report_ref: str
    outcome: str  # "" while open
    closed_date: dt.date | None
    place: str
    reported_by: str
    remark: str
    inspection: str


def list_incidents(
    session: Session, open_only: bool = False, item_id: int | None = None
) -> list[IncidentRow]:
    """Every incident (or the open ones, or one item's), newest first."""
    stmt = (
        select(
            Incident.number,
            Incident.item_id,
            Item.asset_tag,
            Incident.date,
            Incident.kind,
            Incident.report_ref,
            Incident.outcome,
            Incident.closed_date,
            Incident.place,
            Incident.reported_by,
            Incident.remark,
            Inspection.number,
        )
        .join(Item, Item.id == Incident.item_id)
        .outerjoin(Inspection, Inspection.id == Incident.inspection_id)
        .order_by(Incident.date.desc(), Incident.id.desc())
    )
    if open_only:
        stmt = stmt.where(Incident.outcome == "")
    if item_id is not None:
        stmt = stmt.where(Incident.item_id == item_id)
    out = []
    for row in session.execute(stmt):
        number, item_id, tag, day, kind, ref, outcome, closed, place, by, remark, seen_on = row
        out.append(
            IncidentRow(
                number,
                item_id,
                tag,
                day,
                kind,
                ref,
                outcome,
                closed,
                place,
                by,
                remark,
                seen_on or "",
            )  # fmt: skip
        )
    return out


@dataclass(frozen=True, slots=True)
class DisposalRow:
    """One disposal in the list."""

    number: str
    date: date
    method: str
    detail: str
    approval_ref: str
    witnesses: str
    items: int
    proceeds: Decimal


def list_disposals(session: Session) -> list[DisposalRow]:
    """Every disposal, newest first, with how many items and what sales fetched."""
    stmt = (
        select(
            Disposal.number,
            Disposal.date,
            Disposal.method,
            Disposal.detail,
            Disposal.approval_ref,
            Disposal.witnesses,
            func.count(DisposalLine.id),
            func.coalesce(func.sum(DisposalLine.sale_price), 0),
        )
        .outerjoin(DisposalLine, DisposalLine.disposal_id == Disposal.id)
        .group_by(Disposal.id)
        .order_by(Disposal.date.desc(), Disposal.id.desc())
    )
    out = []
    for number, day, method, detail, ref, witnesses, count, cents in session.execute(stmt):
        # The sum keeps the column's type (dollars) on some databases, not on others.
        proceeds = cents if isinstance(cents, Decimal) else Decimal(int(cents or 0)).scaleb(-2)
        out.append(DisposalRow(number, day, method, detail, ref, witnesses, count, proceeds))
    return out


def follow_up_items(session: Session, after: int = 2) -> list[ExpectedItem]:
    """Items not seen by `after` or more inspections in a row, by asset tag."""
    stmt = (
        select(
            Item.id,
            Item.asset_tag,
            Item.serial_number,
            Item.description,
            Agency.name_en,
            Item.holder_agency_id,
            Item.status,
            Item.condition,
            ItemCheck.last_date,
            ItemCheck.last_result,
        )
        .join(ItemCheck, ItemCheck.item_id == Item.id)
        .outerjoin(Agency, Agency.id == Item.holder_agency_id)
        .where(
            ItemCheck.not_seen_run >= after,
            Item.status.not_in([s.value for s in RETIRED_STATUSES]),
        )
        .order_by(Item.asset_tag)
    )
    return [
        ExpectedItem(i, tag, serial, desc, holder or "", hid, status, cond, last, result or "")
        for i, tag, serial, desc, holder, hid, status, cond, last, result in session.execute(stmt)
    ]
