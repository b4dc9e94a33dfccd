"""Handovers, returns and transfers: who gets what, one transaction, one receipt.

Saving writes the handover, its lines, each item's new holder, location and
status, the audit events, and takes the next receipt number, all in the
caller's transaction. Voiding restores the custody each line replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Agency, Item, ItemStatus, Location, Person
from inl_equipment.db.transactions import (
    Handover,
    HandoverKind,
    HandoverLine,
    HandoverStatus,
    ReceiptCounter,
)
from inl_equipment.services import audit
from inl_equipment.services.columns import condition_label
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.receipts import DONOR_EN, DONOR_LO, canonical_json, digest_of


@dataclass(frozen=True, slots=True)
class PartyInput:
    """A signatory: a person from the register, or a name typed in."""

    person_id: int | None = None
    name: str = ""
    position: str = ""


@dataclass(frozen=True, slots=True)
class LineInput:
    """An item to hand over; `quantity` below the item's splits a lot."""

    item_id: int
    quantity: int | None = None  # None: the whole item or lot


@dataclass(slots=True)
class HandoverInput:
    """What the handover form gives."""

    kind: str = HandoverKind.HANDOVER.value
    date: date = field(default_factory=date.today)
    from_agency_id: int | None = None  # returns and transfers
    to_agency_id: int | None = None  # handovers and transfers
    location_id: int | None = None
    handed_over_by: PartyInput = field(default_factory=PartyInput)
    received_by: PartyInput = field(default_factory=PartyInput)
    witness: PartyInput | None = None
    remarks: str = ""
    lines: list[LineInput] = field(default_factory=list)


def unavailable_reason(item: Item, kind: str, from_agency_id: int | None) -> str | None:
    """Why this item cannot go on a handover of `kind`, or None when it can."""
    status = item.status
    if status in (ItemStatus.LOST, ItemStatus.STOLEN, ItemStatus.DISPOSED):
        return f"{item.asset_tag} is {status} and cannot be handed over"
    if kind == HandoverKind.HANDOVER:
        if status == ItemStatus.HANDED_OVER:
            holder = item.holder.name_en if item.holder else "another unit"
            return f"{item.asset_tag} is already with {holder}"
        if status == ItemStatus.IN_REPAIR:
            return f"{item.asset_tag} is in repair"
        return None
    if status != ItemStatus.HANDED_OVER or item.holder_agency_id != from_agency_id:
        return f"{item.asset_tag} is not held by the unit it would come from"
    return None


def next_number(session: Session, kind: str, year: int) -> str:
    """The next receipt number for `kind` and `year`: PREFIX-YEAR-NNNN.

    The counter row is updated in the caller's write transaction (which began
    IMMEDIATE), so two saves at once queue and never share or reuse a number.
    """
    prefix = HandoverKind(kind).prefix
    counter = session.get(ReceiptCounter, (prefix, year))
    if counter is None:
        counter = ReceiptCounter(prefix=prefix, year=year, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return f"{prefix}-{year}-{counter.last:04d}"


def _party(session: Session, p: PartyInput | None, unit: Agency | None) -> dict[str, str] | None:
    if p is None or (p.person_id is None and not p.name.strip()):
        return None
    if p.person_id is not None:
        person = session.get(Person, p.person_id)
        if person is None:
            raise ValidationError({"party": "That person no longer exists."})
        unit = person.agency or unit
        return {
            "name": person.name_en,
            "name_lo": person.name_lo,
            "rank": person.rank,
            "position": person.position_en,
            "position_lo": person.position_lo,
            "unit": unit.name_en if unit else "",
            "unit_lo": unit.name_lo if unit else "",
        }
    return {
        "name": " ".join(p.name.split()),
        "name_lo": "",
        "rank": "",
        "position": " ".join(p.position.split()),
        "position_lo": "",
        "unit": unit.name_en if unit else "",
        "unit_lo": unit.name_lo if unit else "",
    }


def _check(
    session: Session, data: HandoverInput, today: date
) -> tuple[Agency | None, Agency | None]:
    errors: dict[str, str] = {}
    if data.kind not in {k.value for k in HandoverKind}:
        errors["kind"] = "Choose handover, return or transfer."
    needs_to = data.kind in (HandoverKind.HANDOVER, HandoverKind.TRANSFER)
    needs_from = data.kind in (HandoverKind.RETURN, HandoverKind.TRANSFER)
    to = session.get(Agency, data.to_agency_id) if data.to_agency_id else None
    src = session.get(Agency, data.from_agency_id) if data.from_agency_id else None
    if needs_to and to is None:
        errors["to_agency_id"] = "Choose the receiving unit."
    if needs_from and src is None:
        errors["from_agency_id"] = "Choose the unit the items come from."
    if data.kind == HandoverKind.TRANSFER and to is not None and to is src:
        errors["to_agency_id"] = "A transfer goes to a different unit."
    if data.date > today:
        errors["date"] = "The date cannot be in the future."
    if data.received_by.person_id is None and not data.received_by.name.strip():
        errors["received_by"] = "Name the officer who receives the items."
    if data.handed_over_by.person_id is None and not data.handed_over_by.name.strip():
        errors["handed_over_by"] = "Name the officer who hands the items over."
    if not data.lines:
        errors["lines"] = "Add at least one item."
    if len({ln.item_id for ln in data.lines}) != len(data.lines):
        errors["lines"] = "An item is on the list twice."
    if errors:
        raise ValidationError(errors)
    return src, to


def _split(session: Session, item: Item, quantity: int, operator: str, now: Any) -> Item:
    """Take `quantity` out of a lot as a new item with a derived asset tag."""
    n = 2
    while session.scalar(select(Item.id).where(Item.asset_tag == f"{item.asset_tag}/{n}")):
        n += 1
    part = Item(
        **{
            c.key: getattr(item, c.key)
            for c in Item.__table__.columns
            if c.key not in ("id", "asset_tag", "quantity", "created_at", "updated_at")
        },
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


def create_handover(
    session: Session, data: HandoverInput, operator: str, today: date | None = None
) -> str:
    """Save a handover, return or transfer; returns its receipt number."""
    today = today or date.today()
    src, to = _check(session, data, today)
    location = session.get(Location, data.location_id) if data.location_id else None
    errors: dict[str, str] = {}
    items: list[tuple[Item, int]] = []
    for ln in data.lines:
        item = session.get(Item, ln.item_id)
        if item is None:
            raise NotFoundError(f"item {ln.item_id} does not exist")
        why = unavailable_reason(item, data.kind, data.from_agency_id)
        qty = item.quantity if ln.quantity is None else ln.quantity
        if why is None and not 1 <= qty <= item.quantity:
            why = f"{item.asset_tag}: quantity must be 1 to {item.quantity}"
        if why is None and item.acquisition_date and item.acquisition_date > data.date:
            why = (
                f"{item.asset_tag} was acquired on {item.acquisition_date:%Y-%m-%d}, "
                "after the handover date"
            )
        if why:
            errors.setdefault("lines", why)
        items.append((item, qty))
    if errors:
        raise ValidationError(errors)
    now = audit.now_utc()
    number = next_number(session, data.kind, data.date.year)
    new_holder = to.id if to is not None and data.kind != HandoverKind.RETURN else None
    new_status = ItemStatus.IN_STOCK if data.kind == HandoverKind.RETURN else ItemStatus.HANDED_OVER
    handover = Handover(
        number=number,
        kind=data.kind,
        date=data.date,
        from_agency_id=src.id if src else None,
        to_agency_id=new_holder,
        location_id=location.id if location else None,
        remarks=data.remarks.strip(),
        operator=operator,
        created_at=now,
        content="",
        digest="",
    )
    session.add(handover)
    session.flush()
    lines_content, total, events = [], Decimal(0), []
    for no, (item, qty) in enumerate(items, start=1):
        split_from = None
        if qty < item.quantity:
            split_from = item.id
            item = _split(session, item, qty, operator, now)
        session.add(
            HandoverLine(
                handover_id=handover.id,
                line_no=no,
                item_id=item.id,
                quantity=qty,
                unit_value=item.unit_value,
                condition=item.condition,
                prev_status=item.status,
                prev_holder_agency_id=item.holder_agency_id,
                prev_location_id=item.location_id,
                split_from_item_id=split_from,
            )
        )
        change = {
            "status": [item.status, new_status.value],
            "holder_agency_id": [item.holder_agency_id, new_holder],
            "location_id": [item.location_id, location.id if location else None],
            "receipt": number,
        }
        item.status, item.holder_agency_id = new_status.value, new_holder
        item.location_id = location.id if location else None
        item.updated_at = now
        events.append(audit.NewEvent("item", item.id, data.kind, change))
        total += item.unit_value * qty
        lines_content.append(
            {
                "description": item.description,
                "make_model": " ".join(x for x in (item.make, item.model) if x),
                "serial_number": item.serial_number or item.lot_number,
                "asset_tag": item.asset_tag,
                "item_id": item.id,
                "quantity": qty,
                "unit": item.unit,
                "unit_value": str(item.unit_value),
                "condition": condition_label(item.condition),
            }
        )
    giver, taker = (src, None) if data.kind == HandoverKind.RETURN else (src, to)
    province = location.province if location else (taker.province if taker else None)
    giving = _party(session, data.handed_over_by, giver) or {}
    receiving = _party(session, data.received_by, taker) or {}
    witness = _party(session, data.witness, None)
    content: dict[str, Any] = {
        "number": number,
        "kind": data.kind,
        "date": data.date.isoformat(),
        "donor_en": giver.name_en if giver else DONOR_EN,
        "donor_lo": giver.name_lo if giver else DONOR_LO,
        "recipient_en": taker.name_en if taker else DONOR_EN,
        "recipient_lo": taker.name_lo if taker else DONOR_LO,
        "location_en": location.name_en if location else "",
        "location_lo": location.name_lo if location else "",
        "province_en": province.name_en if province else "",
        "province_lo": province.name_lo if province else "",
        "handed_over_by": giving,
        "received_by": receiving,
        "witness": witness,
        "remarks": data.remarks.strip(),
        "lines": lines_content,
    }
    handover.content = canonical_json(content)
    handover.digest = digest_of(handover.content)
    handover.total_value, handover.item_count = total, len(items)
    handover.handed_over_by = giving.get("name", "")
    handover.received_by = receiving.get("name", "")
    handover.witness = (witness or {}).get("name", "")
    events.append(
        audit.NewEvent(
            "handover",
            handover.id,
            "issue",
            {"number": number, "items": len(items), "total": str(total), "digest": handover.digest},
        )
    )
    audit.record(session, operator, events, now)
    return number


def void_handover(session: Session, number: str, reason: str, operator: str) -> None:
    """Void an issued receipt and give each item back the custody it had before."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError({"reason": "Say why this receipt is void."})
    handover = session.scalar(select(Handover).where(Handover.number == number))
    if handover is None:
        raise NotFoundError(f"no receipt numbered {number}")
    if handover.status == HandoverStatus.VOID:
        raise ValidationError({"reason": f"{number} is already void."})
    events = []
    expected = _custody_set_by(handover)
    for ln in handover.lines:
        later = session.scalar(
            select(Handover.number)
            .join(HandoverLine)
            .where(
                or_(
                    HandoverLine.item_id == ln.item_id,
                    HandoverLine.split_from_item_id == ln.item_id,
                ),
                Handover.id > handover.id,
                Handover.status == HandoverStatus.ISSUED,
            )
            .limit(1)
        )
        if later:
            raise ValidationError(
                {
                    "reason": f"{ln.item.asset_tag} has since moved on "
                    f"receipt {later}; void that one first."
                }
            )
        now_holds = (ln.item.status, ln.item.holder_agency_id, ln.item.location_id)
        if now_holds != expected:
            # Restoring would undo a later change (retired, edited, imported).
            raise ValidationError(
                {
                    "reason": f"{ln.item.asset_tag} has changed since this receipt "
                    f"(it is now {ln.item.status.replace('_', ' ')}); correct the item "
                    "itself instead of voiding the receipt."
                }
            )
        item = ln.item
        events.append(
            audit.NewEvent(
                "item",
                item.id,
                "void",
                {
                    "status": [item.status, ln.prev_status],
                    "holder_agency_id": [item.holder_agency_id, ln.prev_holder_agency_id],
                    "location_id": [item.location_id, ln.prev_location_id],
                    "receipt": number,
                },
            )
        )
        item.status, item.holder_agency_id = ln.prev_status, ln.prev_holder_agency_id
        item.location_id = ln.prev_location_id
        if ln.split_from_item_id is not None:
            events.extend(_fold_back(session, ln, number))
    now = audit.now_utc()
    handover.status, handover.void_reason = HandoverStatus.VOID.value, reason
    handover.voided_at, handover.voided_by = now, operator
    events.append(
        audit.NewEvent("handover", handover.id, "void", {"number": number, "reason": reason})
    )
    audit.record(session, operator, events, now)


def _fold_back(session: Session, ln: HandoverLine, number: str) -> list[audit.NewEvent]:
    """Put a lot part split off by a voided line back into its lot, when they sit together.

    The part's record stays (the voided receipt refers to it) with quantity 0,
    marked disposed as "merged back", so no unit is counted twice.
    """
    part, origin = ln.item, session.get(Item, ln.split_from_item_id)
    if origin is None or (origin.status, origin.holder_agency_id, origin.location_id) != (
        part.status,
        part.holder_agency_id,
        part.location_id,
    ):
        return []
    moved = part.quantity
    origin.quantity += moved
    part.quantity = 0
    part.status = ItemStatus.DISPOSED.value
    part.disposal_method = f"Merged back into {origin.asset_tag} (void of {number})"
    part.disposal_date = date.today()
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
            {"quantity": [moved, 0], "into": origin.asset_tag, "receipt": number},
        ),
    ]


def _custody_set_by(handover: Handover) -> tuple[str, int | None, int | None]:
    """(status, holder, location) that an issued handover gave each of its items."""
    if handover.kind == HandoverKind.RETURN:
        return ItemStatus.IN_STOCK.value, None, handover.location_id
    return ItemStatus.HANDED_OVER.value, handover.to_agency_id, handover.location_id


def count_handovers(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Handover)) or 0
