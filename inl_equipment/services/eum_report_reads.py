"""The reads behind the EUM report: a few statements, plain tuples (no ORM per item).

At 100,000 items with two years of checks the report reads each table once,
through `db.bulk.fetch_tuples`; dates come back as ISO text on every
database (`dates_as_text`), compared as text and turned into `date` only for
the rows the report prints.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from inl_equipment.db.bulk import Row, dates_as_text, fetch_tuples
from inl_equipment.db.models import Agency, Item, ItemStatus, Location, Province
from inl_equipment.db.monitoring import (
    Disposal,
    DisposalLine,
    Incident,
    Inspection,
    InspectionResult,
)
from inl_equipment.db.transactions import Handover, HandoverLine, HandoverStatus


def _dated(conn: Connection, *columns: Any) -> list[Any]:
    return dates_as_text(conn, list(columns))


def items(conn: Connection) -> list[Row]:
    """(id, status, holder, location, acquired, created, tag, description) of every item.

    Lot parts merged back are left out: they are counted in their lot.
    """
    cols = _dated(
        conn,
        Item.id,
        Item.status,
        Item.holder_agency_id,
        Item.location_id,
        Item.acquisition_date,
        Item.created_at,
        Item.asset_tag,
        Item.description,
    )
    stmt = select(*cols).where(Item.status != ItemStatus.MERGED.value)
    return fetch_tuples(conn, stmt)


def custody_lines(conn: Connection) -> list[Row]:
    """(item, date, unit before, site before, unit after, site after) of issued lines.

    Every line, oldest first (a line after the period still says where its item was
    before it). A return's unit after is None.
    """
    cols = _dated(
        conn,
        HandoverLine.item_id,
        Handover.date,
        HandoverLine.prev_holder_agency_id,
        HandoverLine.prev_location_id,
        Handover.to_agency_id,
        Handover.location_id,
    )
    stmt = (
        select(*cols)
        .join(Handover, Handover.id == HandoverLine.handover_id)
        .where(Handover.status == HandoverStatus.ISSUED.value)
        .order_by(Handover.date, Handover.id, HandoverLine.line_no)
    )
    return fetch_tuples(conn, stmt)


def results(conn: Connection, end: date) -> list[Row]:
    """(item, date, inspection id, result, number, unexpected) up to `end`, oldest first."""
    cols = _dated(
        conn,
        InspectionResult.item_id,
        Inspection.date,
        Inspection.id,
        InspectionResult.result,
        Inspection.number,
        InspectionResult.unexpected,
    )
    stmt = (
        select(*cols)
        .join(Inspection, Inspection.id == InspectionResult.inspection_id)
        .where(Inspection.date <= end)
        .order_by(Inspection.date, Inspection.id)
    )
    return fetch_tuples(conn, stmt)


def incidents(conn: Connection) -> list[Row]:
    """(item, date, number, kind, place, report ref, outcome, closed date) of every incident."""
    cols = _dated(
        conn,
        Incident.item_id,
        Incident.date,
        Incident.number,
        Incident.kind,
        Incident.place,
        Incident.report_ref,
        Incident.outcome,
        Incident.closed_date,
    )
    return fetch_tuples(conn, select(*cols).order_by(Incident.date, Incident.id))


def disposal_lines(conn: Connection) -> list[Row]:
    """(item, date, number, method, detail, approval, sale cents) of every disposal line."""
    cols = _dated(
        conn,
        DisposalLine.item_id,
        Disposal.date,
        Disposal.number,
        Disposal.method,
        Disposal.detail,
        Disposal.approval_ref,
        DisposalLine.sale_price,
    )
    stmt = (
        select(*cols)
        .join(Disposal, Disposal.id == DisposalLine.disposal_id)
        .order_by(Disposal.date, Disposal.id, DisposalLine.id)
    )
    return fetch_tuples(conn, stmt)


def agencies(conn: Connection) -> dict[int, tuple[str, str]]:
    """(English, Lao) name of each agency by id."""
    rows = fetch_tuples(conn, select(Agency.id, Agency.name_en, Agency.name_lo))
    return {i: (en, lo or "") for i, en, lo in rows}


def sites(conn: Connection) -> dict[int, tuple[str, str, int]]:
    """(English, Lao, province id) of each location by id."""
    stmt = select(Location.id, Location.name_en, Location.name_lo, Location.province_id)
    return {i: (en, lo or "", p) for i, en, lo, p in fetch_tuples(conn, stmt)}


def provinces(conn: Connection) -> dict[int, tuple[str, str]]:
    """(English, Lao) name of each province by id."""
    rows = fetch_tuples(conn, select(Province.id, Province.name_en, Province.name_lo))
    return {i: (en, lo or "") for i, en, lo in rows}
