"""Handovers, returns and transfers: who gets what, one transaction, one receipt.

Saving writes the handover, its lines, each item's new holder, location and
status, the audit events, and takes the next receipt number, all in the
caller's transaction. Which items may go, and how much of a lot, is in
`handover_rules`; splitting a lot in `lots`; voiding (which restores the
custody each line replaced) in `handover_void`, re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Agency, Item, Location, Person
from inl_equipment.db.transactions import (
    Handover,
    HandoverKind,
    HandoverLine,
    next_receipt_counter,
)
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.handover_rules import (
    Custody,
    custody_given,
    date_message,
    quantity_message,
    unavailable_message,
)

# Kept importable from here: the UI, the command line and tests know them by this module.
from inl_equipment.services.handover_rules import unavailable_reason as unavailable_reason
from inl_equipment.services.handover_void import void_handover as void_handover
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.lots import split_lot
from inl_equipment.services.receipts import DONOR_EN, DONOR_LO, canonical_json, digest_of
from inl_equipment.services.vocabulary import condition_english


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


def next_number(session: Session, kind: str, year: int) -> str:
    """The next receipt number for `kind` and `year`: PREFIX-YEAR-NNNN.

    The counter is taken under the write lock in the caller's transaction, so
    two saves at once queue and never share or reuse a number.
    """
    prefix = HandoverKind(kind).prefix
    return f"{prefix}-{year}-{next_receipt_counter(session, prefix, year):04d}"


def _party(session: Session, p: PartyInput | None, unit: Agency | None) -> dict[str, str] | None:
    """A signatory as the receipt records them (None: nobody named)."""
    if p is None or (p.person_id is None and not p.name.strip()):
        return None
    if p.person_id is not None:
        person = session.get(Person, p.person_id)
        if person is None:
            raise ValidationError(
                {"party": Msg.translate("Handovers", "That person no longer exists.")}
            )
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


def destination(data: HandoverInput, to: Agency | None) -> int | None:
    """Where the equipment goes: the receipt's location, else the receiving unit's main one."""
    if data.location_id is not None:
        return data.location_id
    return to.main_location_id if to is not None else None


def _check(
    session: Session, data: HandoverInput, today: date
) -> tuple[Agency | None, Agency | None]:
    """The units the items come from and go to; ValidationError for a form that breaks a rule."""
    errors: dict[str, Msg] = {}
    if data.kind not in {k.value for k in HandoverKind}:
        errors["kind"] = Msg.translate("Handovers", "Choose handover, return or transfer.")
    needs_to = data.kind in (HandoverKind.HANDOVER, HandoverKind.TRANSFER)
    needs_from = data.kind in (HandoverKind.RETURN, HandoverKind.TRANSFER)
    to = session.get(Agency, data.to_agency_id) if data.to_agency_id else None
    src = session.get(Agency, data.from_agency_id) if data.from_agency_id else None
    if needs_to and to is None:
        errors["to_agency_id"] = Msg.translate("Handovers", "Choose the receiving unit.")
    if needs_from and src is None:
        errors["from_agency_id"] = Msg.translate(
            "Handovers", "Choose the unit the items come from."
        )
    if needs_to and to is not None and destination(data, to) is None:
        errors["location_id"] = Msg.translate(
            "Handovers",
            "Choose where the equipment goes ({unit} has no main location yet).",
        ).format(unit=to.name_en)
    if data.kind == HandoverKind.TRANSFER and to is not None and to is src:
        errors["to_agency_id"] = Msg.translate("Handovers", "A transfer goes to a different unit.")
    if data.date > today:
        errors["date"] = Msg.translate("Handovers", "The date cannot be in the future.")
    if data.received_by.person_id is None and not data.received_by.name.strip():
        errors["received_by"] = Msg.translate(
            "Handovers", "Name the officer who receives the items."
        )
    if data.handed_over_by.person_id is None and not data.handed_over_by.name.strip():
        errors["handed_over_by"] = Msg.translate(
            "Handovers", "Name the officer who hands the items over."
        )
    if not data.lines:
        errors["lines"] = Msg.translate("Handovers", "Add at least one item.")
    if len({ln.item_id for ln in data.lines}) != len(data.lines):
        errors["lines"] = Msg.translate("Handovers", "An item is on the list twice.")
    if errors:
        raise ValidationError(errors)
    return src, to


def _load_lines(session: Session, data: HandoverInput) -> list[tuple[Item, int]]:
    """Each line's item and quantity; ValidationError naming the first line that cannot go."""
    problem: Msg | None = None
    out: list[tuple[Item, int]] = []
    for ln in data.lines:
        item = session.get(Item, ln.item_id)
        if item is None:
            raise NotFoundError(
                Msg.translate("Handovers", "item {id} does not exist").format(id=ln.item_id)
            )
        qty = item.quantity if ln.quantity is None else ln.quantity
        problem = (
            problem
            or unavailable_message(item, data.kind, data.from_agency_id)
            or quantity_message(item.asset_tag, qty, item.quantity)
            or date_message(item, data.date)
        )
        out.append((item, qty))
    if problem is not None:
        raise ValidationError({"lines": problem})
    return out


def _move_line(
    session: Session,
    handover: Handover,
    line_no: int,
    item: Item,
    quantity: int,
    custody: Custody,
    operator: str,
    now: datetime,
) -> tuple[Item, audit.NewEvent]:
    """Record one line and give its item the new custody; returns the item moved and its event.

    Part of a lot is split off first, and the part is what moves.
    """
    split_from = None
    if quantity < item.quantity:
        split_from = item.id
        item = split_lot(session, item, quantity, operator, now)
    session.add(
        HandoverLine(
            handover_id=handover.id,
            line_no=line_no,
            item_id=item.id,
            quantity=quantity,
            unit_value=item.unit_value,
            condition=item.condition,
            prev_status=item.status,
            prev_holder_agency_id=item.holder_agency_id,
            prev_location_id=item.location_id,
            split_from_item_id=split_from,
        )
    )
    status, holder, location = custody
    change = {
        "status": [item.status, status],
        "holder_agency_id": [item.holder_agency_id, holder],
        "location_id": [item.location_id, location],
        "receipt": handover.number,
    }
    item.status, item.holder_agency_id, item.location_id = status, holder, location
    item.updated_at = now
    return item, audit.NewEvent("item", item.id, handover.kind, change)


def _line_content(item: Item, quantity: int) -> dict[str, Any]:
    """One line of the receipt as stored (English condition: the content is a fixed record)."""
    return {
        "description": item.description,
        "make_model": " ".join(x for x in (item.make, item.model) if x),
        "serial_number": item.serial_number or item.lot_number,
        "asset_tag": item.asset_tag,
        "item_id": item.id,
        "quantity": quantity,
        "unit": item.unit,
        "unit_value": str(item.unit_value),
        "condition": condition_english(item.condition),
        # Only when there is one: a line without keeps the content receipts had before.
        **({"description_lo": item.description_lo} if item.description_lo else {}),
    }


def _receipt_content(
    session: Session,
    data: HandoverInput,
    number: str,
    units: tuple[Agency | None, Agency | None],
    location: Location | None,
    lines: list[dict[str, Any]],
) -> dict[str, Any]:
    """What the receipt says: parties, place, signatories and lines (donor stock as INL)."""
    src, to = units
    giver, taker = (src, None) if data.kind == HandoverKind.RETURN else (src, to)
    province = location.province if location else (taker.province if taker else None)
    return {
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
        "handed_over_by": _party(session, data.handed_over_by, giver) or {},
        "received_by": _party(session, data.received_by, taker) or {},
        "witness": _party(session, data.witness, None),
        "remarks": data.remarks.strip(),
        "lines": lines,
    }


def _seal(handover: Handover, content: dict[str, Any], total: Decimal) -> audit.NewEvent:
    """Store the receipt's content, digest and totals; returns the "issue" event."""
    handover.content = canonical_json(content)
    handover.digest = digest_of(handover.content)
    handover.total_value, handover.item_count = total, len(content["lines"])
    handover.handed_over_by = content["handed_over_by"].get("name", "")
    handover.received_by = content["received_by"].get("name", "")
    handover.witness = (content["witness"] or {}).get("name", "")
    return audit.NewEvent(
        "handover",
        handover.id,
        "issue",
        {
            "number": handover.number,
            "items": handover.item_count,
            "total": str(total),
            "digest": handover.digest,
        },
    )


def create_handover(
    session: Session, data: HandoverInput, operator: str, today: date | None = None
) -> str:
    """Save a handover, return or transfer; returns its receipt number."""
    src, to = _check(session, data, today or date.today())
    location_id = destination(data, to)
    location = session.get(Location, location_id) if location_id else None
    lines = _load_lines(session, data)
    now = audit.now_utc()
    number = next_number(session, data.kind, data.date.year)
    custody = custody_given(data.kind, to.id if to else None, location.id if location else None)
    handover = Handover(
        number=number,
        kind=data.kind,
        date=data.date,
        from_agency_id=src.id if src else None,
        to_agency_id=custody[1],
        location_id=custody[2],
        remarks=data.remarks.strip(),
        operator=operator,
        created_at=now,
        content="",
        digest="",
    )
    session.add(handover)
    session.flush()
    events, receipt_lines, total = [], [], Decimal(0)
    for line_no, (item, qty) in enumerate(lines, start=1):
        moved, event = _move_line(session, handover, line_no, item, qty, custody, operator, now)
        events.append(event)
        receipt_lines.append(_line_content(moved, qty))
        total += moved.unit_value * qty
    content = _receipt_content(session, data, number, (src, to), location, receipt_lines)
    events.append(_seal(handover, content, total))
    audit.record(session, operator, events, now)
    return number


def count_handovers(session: Session) -> int:
    """How many handovers the register holds (issued and void)."""
    return session.scalar(select(func.count()).select_from(Handover)) or 0
