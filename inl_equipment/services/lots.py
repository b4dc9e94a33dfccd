"""Lots handed over in part: the part becomes an item of its own, and goes back on a void.

A handover of 40 of a lot of 100 test kits splits the lot: the 40 become a new
item (asset tag `TAG/2`, `TAG/3`, ...) that the receipt names, the lot keeps
60. Voiding that receipt folds the part back into its lot when both stand in
the same place again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Item, ItemStatus
from inl_equipment.db.transactions import HandoverLine
from inl_equipment.services import audit

_NOT_COPIED = ("id", "asset_tag", "quantity", "created_at", "updated_at")


def split_lot(session: Session, item: Item, quantity: int, operator: str, now: datetime) -> Item:
    """Take `quantity` out of a lot as a new item with a derived asset tag; returns the part."""
    n = 2
    # Tags are unique whatever their case (an index on lower(asset_tag)).
    while session.scalar(
        select(Item.id).where(func.lower(Item.asset_tag) == f"{item.asset_tag}/{n}".lower())
    ):
        n += 1
    part = Item(
        **{c.key: getattr(item, c.key) for c in Item.__table__.columns if c.key not in _NOT_COPIED},
        asset_tag=f"{item.asset_tag}/{n}",
        quantity=quantity,
        created_at=now,
        updated_at=now,
    )
    item.quantity -= quantity
    item.updated_at = now
    session.add(part)
    session.flush()
    audit.record(
        session,
        operator,
        [
            audit.NewEvent(
                "item",
                item.id,
                "split",
                {"quantity": [item.quantity + quantity, item.quantity], "into": part.asset_tag},
            ),
            audit.NewEvent(
                "item",
                part.id,
                "create",
                {"asset_tag": part.asset_tag, "split_from": item.asset_tag, "quantity": quantity},
            ),
        ],
        now,
    )
    return part


def fold_back(session: Session, line: HandoverLine, number: str) -> list[audit.NewEvent]:
    """Put a lot part split off by a voided line back into its lot, when they sit together.

    The part's record stays (the voided receipt refers to it) with quantity 0,
    and the status "merged", so no unit is counted twice. Returns the
    audit events to record (none when the part and its lot have parted ways).
    """
    part, origin = line.item, session.get(Item, line.split_from_item_id)
    if origin is None or (origin.status, origin.holder_agency_id, origin.location_id) != (
        part.status,
        part.holder_agency_id,
        part.location_id,
    ):
        return []
    moved, prev_status = part.quantity, part.status
    origin.quantity += moved
    part.quantity = 0
    # Its own status: neither a loss nor a disposal, so no report counts it.
    part.status = ItemStatus.MERGED.value
    return [
        audit.NewEvent(
            "item",
            origin.id,
            "merge",
            {
                "quantity": [origin.quantity - moved, origin.quantity],
                "from": part.asset_tag,
                "receipt": number,
            },
        ),
        audit.NewEvent(
            "item",
            part.id,
            "merge",
            {
                "quantity": [moved, 0],
                "status": [prev_status, part.status],
                "into": origin.asset_tag,
                "receipt": number,
            },
        ),
    ]
