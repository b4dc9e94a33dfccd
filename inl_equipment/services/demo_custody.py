"""How the sample register's items came to be where they are: the receipts, planned.

Every item a unit holds came on a handover receipt from the donor's stock,
five to twenty-five items at a time, some weeks after it was bought. A few
went first to another unit and were transferred on later; a few items now
back in stock were handed over once and returned; a few receipts were made
out to the wrong unit, voided and issued again. Nothing here touches the
database: `demo_receipts` stores what this plans.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from inl_equipment.db.models import ItemStatus
from inl_equipment.db.transactions import HandoverKind
from inl_equipment.services.demo_monitoring_plan import day_between, weekday

__all__ = ["PlanItem", "ReceiptPlan", "plan_receipts"]

_HANDOVER, _RETURN, _TRANSFER = (k.value for k in HandoverKind)
_IN_STOCK = ItemStatus.IN_STOCK.value
#: Items held now that went first to another unit, per item bought long enough ago.
_TRANSFER_SHARE = 0.10
#: Items in stock now that were handed over once and returned, likewise.
_RETURN_SHARE = 0.12
#: Handover receipts made out to the wrong unit, voided and issued again.
_VOID_SHARE = 0.015
#: Only items bought this long ago moved more than once.
_MOVED_AFTER_DAYS = 400
_VOID_REASONS = (
    "Issued to the wrong unit; reissued.",
    "Receiving unit named wrongly on the receipt; reissued to the right unit.",
)
Unit = tuple[int, int]  # (agency id, location id)


@dataclass(frozen=True, slots=True)
class PlanItem:
    """What the plan needs of one sample item: its row's custody and purchase date."""

    index: int  # the item's position in the sample rows
    status: str
    holder: int | None
    location: int
    acquired: date


@dataclass(slots=True)
class ReceiptPlan:
    """One sample receipt: a handover, return or transfer of some items on one day."""

    kind: str
    when: date
    src: int | None  # the unit the items come from (returns and transfers)
    to: int | None  # the unit they go to (None for returns)
    location: int
    items: list[int]  # sample row indexes, in line order
    void_reason: str = ""  # a receipt voided the day it was issued
    scanned: bool = False  # its signed copy is kept
    number: str = ""
    id: int = 0
    digest: str = ""
    total: Decimal = Decimal(0)


def plan_receipts(
    rng: random.Random,
    items: Iterable[PlanItem],
    units: Sequence[Unit],
    warehouse: int,
    today: date,
) -> list[ReceiptPlan]:
    """Every receipt of the sample items, in the order they were issued."""
    first: dict[Unit, list[PlanItem]] = {}
    later: list[tuple[str, int, Unit, PlanItem]] = []
    old = today - timedelta(days=_MOVED_AFTER_DAYS)
    for it in items:
        moves = it.acquired <= old and len(units) > 1
        if it.holder is not None:
            final = (it.holder, it.location)
            if moves and rng.random() < _TRANSFER_SHARE:
                other = _other_unit(rng, units, it.holder)
                first.setdefault(other, []).append(it)
                later.append((_TRANSFER, other[0], final, it))
            else:
                first.setdefault(final, []).append(it)
        elif it.status == _IN_STOCK and moves and rng.random() < _RETURN_SHARE:
            other = rng.choice(units)
            first.setdefault(other, []).append(it)
            later.append((_RETURN, other[0], (0, warehouse), it))
    receipts = _handovers(rng, first, today)
    receipts.extend(_voided(rng, receipts, units, today))
    handed = {i: r.when for r in receipts if not r.void_reason for i in r.items}
    receipts.extend(_later_moves(rng, later, handed, today))
    receipts.sort(key=lambda r: (r.when, not r.void_reason))
    recent = today - timedelta(days=7)
    for r in receipts:
        r.scanned = not r.void_reason and r.when <= recent and rng.random() < 0.9
    return receipts


def _other_unit(rng: random.Random, units: Sequence[Unit], holder: int) -> Unit:
    """A unit other than `holder` (there are at least two)."""
    while True:
        unit = rng.choice(units)
        if unit[0] != holder:
            return unit


def _chunks(rng: random.Random, group: list[PlanItem]) -> Iterable[list[PlanItem]]:
    """`group` in runs of five to twenty-five (the last may be shorter)."""
    at = 0
    while at < len(group):
        size = rng.randint(5, 25)
        yield group[at : at + size]
        at += size


def _on_a_weekday(day: date, earliest: date) -> date:
    """`day` moved off a weekend, unless that would put it before `earliest`."""
    moved = weekday(day)
    return moved if moved >= earliest else day


def _handovers(
    rng: random.Random, first: dict[Unit, list[PlanItem]], today: date
) -> list[ReceiptPlan]:
    """Handover receipts from the donor's stock: each unit's items in order of purchase."""
    last = today - timedelta(days=1)
    out: list[ReceiptPlan] = []
    for (agency, place), group in sorted(first.items()):
        group.sort(key=lambda it: (it.acquired, it.index))
        for chunk in _chunks(rng, group):
            bought = max(it.acquired for it in chunk)
            when = min(bought + timedelta(days=rng.randint(10, 90)), last)
            when = _on_a_weekday(when, bought + timedelta(days=1))
            out.append(
                ReceiptPlan(_HANDOVER, when, None, agency, place, [it.index for it in chunk])
            )
    return out


def _voided(
    rng: random.Random, receipts: list[ReceiptPlan], units: Sequence[Unit], today: date
) -> list[ReceiptPlan]:
    """A few handovers first made out to the wrong unit, voided; the right one a day or so later."""
    if len(receipts) < 3 or len(units) < 2:
        return []
    count = max(1, round(len(receipts) * _VOID_SHARE))
    out = []
    for r in rng.sample(receipts, count):
        assert r.to is not None
        wrong = _other_unit(rng, units, r.to)
        reason = rng.choice(_VOID_REASONS)
        out.append(ReceiptPlan(_HANDOVER, r.when, None, wrong[0], wrong[1], list(r.items), reason))
        r.when = min(r.when + timedelta(days=rng.randint(0, 3)), today)
    return out


def _later_moves(
    rng: random.Random,
    later: list[tuple[str, int, Unit, PlanItem]],
    handed: dict[int, date],
    today: date,
) -> list[ReceiptPlan]:
    """Transfers between units and returns to stock, grouped by where from and where to."""
    groups: dict[tuple[str, int, int, int], list[tuple[date, int]]] = {}
    for kind, src, (to, place), it in later:
        groups.setdefault((kind, src, to, place), []).append((handed[it.index], it.index))
    out: list[ReceiptPlan] = []
    for (kind, src, to, place), moved in sorted(groups.items()):
        moved.sort()
        at = 0
        while at < len(moved):
            chunk = moved[at : at + rng.randint(5, 25)]
            at += len(chunk)
            after = chunk[-1][0]
            # A few weeks after the last of them came; in a tiny register, perhaps the same day.
            earliest = after + timedelta(days=14)
            if earliest > today:
                earliest = min(after + timedelta(days=1), today)
            when = day_between(rng, earliest, min(after + timedelta(days=900), today))
            when = _on_a_weekday(when, earliest)
            holder = to if kind == _TRANSFER else None
            out.append(ReceiptPlan(kind, when, src, holder, place, [i for _d, i in chunk]))
    return out
