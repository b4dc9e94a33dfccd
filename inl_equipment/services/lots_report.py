"""The expiring and used lots report: kits by expiry date, and what was used in a period.

Drug-test and narcotics-identification kits are the items with an expiry date.
Those still in the active register are listed by expiry date in three bands:
already expired, expiring within `SOON_DAYS` days, and later, each with its
quantity and unit, holder and location. Then the consumption records whose
date falls in the period asked for (`lot_use.uses`). The PDF
(`documents/lots_report_pdf.py`) and the workbook
(`interchange/lots_report_xlsx.py`) print this data as it is.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Agency, Item, Location
from inl_equipment.documents.lots_report_data import (
    BANDS as BANDS,
)
from inl_equipment.documents.lots_report_data import (
    EXPIRED,
    LATER,
    SOON,
    SOON_DAYS,
    LotLine,
    LotsReportData,
    UseLine,
)
from inl_equipment.services.lot_use import uses


def band_of(expiry: date, today: date) -> str:
    """Which band a kit expiring on `expiry` is in on `today`."""
    if expiry < today:
        return EXPIRED
    return SOON if expiry <= today + timedelta(days=SOON_DAYS) else LATER


def _lots(session: Session, today: date) -> list[LotLine]:
    """Every active item with an expiry date, soonest first."""
    stmt = (
        select(
            Item.id,
            Item.asset_tag,
            Item.description,
            func.coalesce(Item.description_lo, ""),
            Item.lot_number,
            Item.expiry_date,
            Item.quantity,
            Item.unit,
            func.coalesce(func.nullif(Agency.short_name, ""), Agency.name_en, ""),
            func.coalesce(Location.name_en, ""),
        )
        .outerjoin(Agency, Agency.id == Item.holder_agency_id)
        .outerjoin(Location, Location.id == Item.location_id)
        .where(
            Item.expiry_date.is_not(None),
            Item.status.not_in([s.value for s in RETIRED_STATUSES]),
        )
        .order_by(Item.expiry_date, Item.asset_tag)
    )
    out: list[LotLine] = []
    for row in session.execute(stmt):
        item_id, tag, desc, desc_lo, lot, expiry, qty, unit, holder, place = row
        assert expiry is not None
        out.append(
            LotLine(
                item_id,
                tag,
                desc,
                desc_lo,
                lot,
                expiry,
                qty,
                unit,
                holder or "",
                place,
                band_of(expiry, today),
            )
        )
    return out


def build_report(
    session: Session,
    *,
    operator: str,
    today: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> LotsReportData:
    """The report as of `today`, with the uses dated from `start` to `end` (both included)."""
    day = today or date.today()
    return LotsReportData(
        today=day,
        start=start,
        end=end,
        generated_at=datetime.now().astimezone(),
        operator=operator,
        lots=_lots(session, day),
        uses=[
            UseLine(
                u.when,
                u.asset_tag,
                u.description,
                u.lot_number,
                u.quantity,
                u.unit,
                u.reference,
                u.remark,
                u.operator,
            )
            for u in uses(session, start=start, end=end)
        ],
    )
