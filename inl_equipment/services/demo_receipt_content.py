"""What a sample receipt says: its parties, place and lines, as `create_handover` words them.

The units', places' and officers' names are read once (`Names`); `content`
then builds each receipt's content from plain values, with the same keys
and values `services.handovers` stores, so printing and `receipts.verify`
treat sample receipts as any other.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import fetch_tuples
from inl_equipment.db.models import Agency, Location, Person, Province
from inl_equipment.db.transactions import HandoverKind
from inl_equipment.services.demo_custody import ReceiptPlan
from inl_equipment.services.receipts import DONOR_EN, DONOR_LO
from inl_equipment.services.vocabulary import condition_english

__all__ = ["INL_OFFICER", "Names", "SampleItem", "content", "line_condition"]

_HANDOVER, _RETURN, _TRANSFER = (k.value for k in HandoverKind)
INL_OFFICER = {"name": "John A. Miller", "position": "Program Officer, INL Vientiane"}
_REMARKS = {
    _HANDOVER: ("Delivered with manuals and accessories.", "Delivered complete and working."),
    _TRANSFER: ("Reassigned by the provincial command.", "Moved with the unit's new post."),
    _RETURN: ("Returned for repair and reissue.", "No longer needed by the unit."),
}


@dataclass(frozen=True, slots=True)
class SampleItem:
    """What a receipt line says of one sample item."""

    id: int
    asset_tag: str
    description: str
    make_model: str
    serial: str
    quantity: int
    unit: str
    unit_value: Decimal
    condition: str  # as bought; the line's condition when it came soon after
    acquired: date


class Names:
    """The units, places and officers a receipt names, read once."""

    def __init__(self, session: Session) -> None:
        """Read the names from `session`'s register."""
        conn = session.connection()
        provinces = {
            i: (en, lo)
            for i, en, lo in fetch_tuples(
                conn, select(Province.id, Province.name_en, Province.name_lo)
            )
        }
        self.units = {
            i: (en, lo)
            for i, en, lo in fetch_tuples(conn, select(Agency.id, Agency.name_en, Agency.name_lo))
        }
        self.places = {
            i: (en, lo, *provinces[p])
            for i, en, lo, p in fetch_tuples(
                conn, select(Location.id, Location.name_en, Location.name_lo, Location.province_id)
            )
        }
        self.people: dict[int, list[dict[str, str]]] = {}
        for name, name_lo, rank, pos, pos_lo, agency in fetch_tuples(
            conn,
            select(
                Person.name_en,
                Person.name_lo,
                Person.rank,
                Person.position_en,
                Person.position_lo,
                Person.agency_id,
            ).order_by(Person.id),
        ):
            unit = self.units.get(agency, ("", ""))
            self.people.setdefault(agency, []).append(
                {
                    "name": name,
                    "name_lo": name_lo,
                    "rank": rank,
                    "position": pos,
                    "position_lo": pos_lo,
                    "unit": unit[0],
                    "unit_lo": unit[1],
                }
            )

    def officer(self, rng: random.Random, agency: int) -> dict[str, str]:
        """One of the unit's officers, or its duty officer when none is registered."""
        people = self.people.get(agency)
        if people:
            return rng.choice(people)
        unit = self.units[agency]
        return {
            "name": "Duty officer",
            "name_lo": "",
            "rank": "",
            "position": "Logistics",
            "position_lo": "",
            "unit": unit[0],
            "unit_lo": unit[1],
        }


def line_condition(item: SampleItem, when: date) -> str:
    """The item's condition on a receipt of `when`: new within four months of purchase."""
    return "new" if (when - item.acquired).days <= 120 else item.condition


def _inl() -> dict[str, str]:
    return {**INL_OFFICER, "name_lo": "", "rank": "", "position_lo": "", "unit": "", "unit_lo": ""}


def content(
    rng: random.Random, names: Names, r: ReceiptPlan, items: Sequence[SampleItem]
) -> tuple[dict[str, Any], Decimal]:
    """The receipt's content, as `create_handover` stores it, and its total value."""
    giver = names.units[r.src] if r.src is not None else (DONOR_EN, DONOR_LO)
    taker = names.units[r.to] if r.to is not None else (DONOR_EN, DONOR_LO)
    place = names.places[r.location]
    by = names.officer(rng, r.src) if r.src is not None else _inl()
    to = names.officer(rng, r.to) if r.to is not None else _inl()
    lines, total = [], Decimal(0)
    for it in items:
        lines.append(
            {
                "description": it.description,
                "make_model": it.make_model,
                "serial_number": it.serial,
                "asset_tag": it.asset_tag,
                "item_id": it.id,
                "quantity": it.quantity,
                "unit": it.unit,
                "unit_value": str(it.unit_value),
                "condition": condition_english(line_condition(it, r.when)),
            }
        )
        total += it.unit_value * it.quantity
    content = {
        "number": r.number,
        "kind": r.kind,
        "date": r.when.isoformat(),
        "donor_en": giver[0],
        "donor_lo": giver[1],
        "recipient_en": taker[0],
        "recipient_lo": taker[1],
        "location_en": place[0],
        "location_lo": place[1],
        "province_en": place[2],
        "province_lo": place[3],
        "handed_over_by": by,
        "received_by": to,
        "witness": None,
        "remarks": rng.choice(_REMARKS[r.kind]),
        "lines": lines,
    }
    return content, total
