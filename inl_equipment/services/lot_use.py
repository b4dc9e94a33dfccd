"""Lots used up or distributed: a consumption record lowers the lot's quantity.

Drug-test and narcotics-identification kits are consumed in use, or handed out
to units in small numbers that are not tracked as items of their own. Each use
is a `LotConsumption` (date, quantity, reference, remark, who) and one event
in the item's history (action "use"), in the same unit of work; the item's
seal moves with the event. A lot whose quantity reaches zero gets the status
`consumed` and leaves the active register. Only lots can be used this way:
items with a lot number or an expiry date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Item, ItemStatus, LotConsumption
from inl_equipment.db.session import take_write_lock
from inl_equipment.formatting import quantity as quantity_text
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.vocabulary import status_word

#: Most characters of a use's reference (a distribution list, a case number) and remark.
REFERENCE_MAX = 120
REMARK_MAX = 2_000


@dataclass(frozen=True, slots=True)
class UseInput:
    """What the Record use dialog (or the command line) gives for one use of a lot."""

    item_id: int
    quantity: int
    when: date
    reference: str = ""
    remark: str = ""


@dataclass(frozen=True, slots=True)
class UseRecord:
    """One consumption record, with what it needs to be read on its own."""

    id: int
    item_id: int
    asset_tag: str
    description: str
    lot_number: str
    unit: str
    when: date
    quantity: int
    reference: str
    remark: str
    operator: str


def is_lot(lot_number: str | None, expiry_date: date | None) -> bool:
    """Whether an item with this lot number and expiry date is a lot that can be used."""
    return bool((lot_number or "").strip()) or expiry_date is not None


def use_messages(
    data: UseInput, held: int, unit: str = "", today: date | None = None
) -> dict[str, Msg]:
    """What is wrong with a use of `data.quantity` from a lot holding `held` (empty: nothing).

    Needs no database: the dialog checks as the user types, the service again.
    """
    out: dict[str, Msg] = {}
    if data.quantity < 1:
        out["quantity"] = Msg.translate("LotUse", "Enter how many were used (at least 1).")
    elif data.quantity > held:
        out["quantity"] = Msg.translate(
            "LotUse", "Only {held} are held in this lot; {asked} cannot be used from it."
        ).format(held=quantity_text(held, unit), asked=quantity_text(data.quantity, unit))
    if data.when > (today or date.today()):
        out["when"] = Msg.translate("LotUse", "The date cannot be in the future.")
    if len(data.reference.strip()) > REFERENCE_MAX:
        out["reference"] = Msg.translate(
            "LotUse", "A reference has at most {most} characters."
        ).format(most=REFERENCE_MAX)
    if len(data.remark.strip()) > REMARK_MAX:
        out["remark"] = Msg.translate("LotUse", "A remark has at most {most} characters.").format(
            most=REMARK_MAX
        )
    return out


def _lot(session: Session, item_id: int) -> Item:
    """The item, if it is a lot that still holds something to use (else an error)."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(Msg.translate("Items", "item {id} does not exist").format(id=item_id))
    if not is_lot(item.lot_number, item.expiry_date):
        raise ValidationError(
            {
                "item": Msg.translate(
                    "LotUse",
                    "{tag} is not a lot: only items with a lot number or an expiry date "
                    "can be recorded as used.",
                ).format(tag=item.asset_tag)
            }
        )
    if item.status in RETIRED_STATUSES:
        raise ValidationError(
            {
                "item": Msg.translate(
                    "LotUse", "{tag} is {status}: nothing can be used from it."
                ).format(tag=item.asset_tag, status=status_word(item.status))
            }
        )
    return item


def record_use(session: Session, data: UseInput, operator: str, today: date | None = None) -> int:
    """Record one use of a lot: lower its quantity, write the record and the event.

    Returns the record's id. A lot used up gets the status `consumed`. Raises
    `ValidationError` (more than held, a date ahead, not a lot) and writes nothing.
    """
    take_write_lock(session)  # the quantity read below is the one this use lowers
    item = _lot(session, data.item_id)
    errors = use_messages(data, item.quantity, item.unit, today)
    if errors:
        raise ValidationError(errors)
    now = audit.now_utc()
    left = item.quantity - data.quantity
    use = LotConsumption(
        item_id=item.id,
        date=data.when,
        quantity=data.quantity,
        reference=" ".join(data.reference.split()),
        remark=data.remark.strip(),
        operator=operator,
        created_at=now,
    )
    session.add(use)
    changes: dict[str, object] = {
        "quantity": [item.quantity, left],
        "used": data.quantity,
        "used_on": data.when,
    }
    if use.reference:
        changes["reference"] = use.reference
    if left == 0:
        changes["status"] = [item.status, ItemStatus.CONSUMED.value]
        item.status = ItemStatus.CONSUMED.value
    item.quantity = left
    item.updated_at = now
    session.flush()
    audit.record(session, operator, [audit.NewEvent("item", item.id, "use", changes)], now)
    return use.id


def uses(
    session: Session,
    *,
    item_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[UseRecord]:
    """Consumption records by date (then as entered): of one item, or all, within dates."""
    stmt = (
        select(LotConsumption, Item.asset_tag, Item.description, Item.lot_number, Item.unit)
        .join(Item, Item.id == LotConsumption.item_id)
        .order_by(LotConsumption.date, LotConsumption.id)
    )
    if item_id is not None:
        stmt = stmt.where(LotConsumption.item_id == item_id)
    if start is not None:
        stmt = stmt.where(LotConsumption.date >= start)
    if end is not None:
        stmt = stmt.where(LotConsumption.date <= end)
    return [
        UseRecord(
            id=u.id,
            item_id=u.item_id,
            asset_tag=tag,
            description=description,
            lot_number=lot,
            unit=unit,
            when=u.date,
            quantity=u.quantity,
            reference=u.reference,
            remark=u.remark,
            operator=u.operator,
        )
        for u, tag, description, lot, unit in session.execute(stmt)
    ]
