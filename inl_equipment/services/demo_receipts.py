"""Store the sample receipts in bulk, as `services.handovers` would have issued them.

Each receipt gets its number (per kind and year, in date order), its
content and digest as `create_handover` writes them, its lines with the
custody each replaced (so a void restores it), the items' history events,
and, for most receipts, a scan of the signed copy kept as an attachment.
The items themselves are already stored as the last receipt leaves them.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import BulkStatement, fetch_tuples
from inl_equipment.db.models import ItemStatus
from inl_equipment.db.transactions import (
    Attachment,
    Handover,
    HandoverKind,
    HandoverLine,
    HandoverStatus,
    ReceiptCounter,
)
from inl_equipment.services.demo_custody import ReceiptPlan
from inl_equipment.services.demo_history import DemoHistory, Event
from inl_equipment.services.demo_receipt_content import Names, SampleItem, content, line_condition
from inl_equipment.services.demo_scans import MEDIA_TYPE
from inl_equipment.services.receipts import canonical_json, digest_of

__all__ = ["SampleItem", "store_receipts"]

_RETURN = HandoverKind.RETURN.value
_HANDED, _STOCK = ItemStatus.HANDED_OVER.value, ItemStatus.IN_STOCK.value
_Custody = tuple[str, int | None, int]


def _number(session: Session, receipts: list[ReceiptPlan]) -> None:
    """Number the receipts in issue order and move the counters as `next_number` would."""
    last: dict[tuple[str, int], int] = {}
    for r in receipts:
        key = (HandoverKind(r.kind).prefix, r.when.year)
        if key not in last:
            counter = session.get(ReceiptCounter, key)
            last[key] = counter.last if counter is not None else 0
        last[key] += 1
        r.number = f"{key[0]}-{key[1]}-{last[key]:04d}"
    for key, value in last.items():
        counter = session.get(ReceiptCounter, key)
        if counter is None:
            session.add(ReceiptCounter(prefix=key[0], year=key[1], last=value))
        else:
            counter.last = value
    session.flush()


def _move_changes(before: _Custody, after: _Custody, number: str) -> str:
    """An item event's changes, as `audit.encode_changes` writes them (sorted keys).

    Written directly: these are most of the receipts' history. Holders and
    places are ids or null; statuses and numbers need no escaping.
    """

    def js(value: int | None) -> str:
        return "null" if value is None else str(value)

    return (
        f'{{"holder_agency_id":[{js(before[1])},{js(after[1])}],'
        f'"location_id":[{before[2]},{after[2]}],"receipt":"{number}",'
        f'"status":["{before[0]}","{after[0]}"]}}'
    )


#: The `handovers` columns each receipt row gives, in row order.
_HEAD_COLUMNS = (
    "number",
    "kind",
    "status",
    "date",
    "from_agency_id",
    "to_agency_id",
    "location_id",
    "handed_over_by",
    "received_by",
    "witness",
    "remarks",
    "total_value",
    "item_count",
    "content",
    "digest",
    "operator",
    "created_at",
    "void_reason",
    "voided_at",
    "voided_by",
)


def store_receipts(
    session: Session,
    rng: random.Random,
    receipts: list[ReceiptPlan],
    items: Sequence[SampleItem],
    history: DemoHistory,
    operator: str,
    now: datetime,
    warehouse: int,
) -> None:
    """Write `receipts` (in issue order) with their lines and history events."""
    if not receipts:
        return
    _number(session, receipts)
    names = Names(session)
    conn = session.connection()
    heads = [_head(rng, names, r, items, operator, now) for r in receipts]
    start = session.scalar(select(func.max(Handover.id))) or 0
    BulkStatement(conn, insert(Handover), _HEAD_COLUMNS).run(heads)
    ids: dict[str, int] = dict(
        fetch_tuples(conn, select(Handover.number, Handover.id).where(Handover.id > start))
    )
    for r, head in zip(receipts, heads, strict=True):
        r.id, r.digest, r.total = ids[r.number], head[14], head[11]
    events, lines = _events(receipts, items, warehouse)
    _lines_statement(conn).run(lines)
    history.write(events)


def _head(
    rng: random.Random,
    names: Names,
    r: ReceiptPlan,
    items: Sequence[SampleItem],
    operator: str,
    now: datetime,
) -> tuple[Any, ...]:
    """The `handovers` row of one receipt, in `_HEAD_COLUMNS` order."""
    said, total = content(rng, names, r, [items[i] for i in r.items])
    text = canonical_json(said)
    void = bool(r.void_reason)
    return (
        r.number,
        r.kind,
        HandoverStatus.VOID.value if void else HandoverStatus.ISSUED.value,
        r.when,
        r.src,
        r.to,
        r.location,
        said["handed_over_by"]["name"],
        said["received_by"]["name"],
        "",
        said["remarks"],
        total,
        len(r.items),
        text,
        digest_of(text),
        operator,
        now,
        r.void_reason,
        now if void else None,
        operator if void else "",
    )


def _lines_statement(conn: Any) -> BulkStatement:
    return BulkStatement(
        conn,
        insert(HandoverLine),
        (
            "handover_id",
            "line_no",
            "item_id",
            "quantity",
            "unit_value",
            "condition",
            "prev_status",
            "prev_holder_agency_id",
            "prev_location_id",
        ),
    )


def _events(
    receipts: list[ReceiptPlan],
    items: Sequence[SampleItem],
    warehouse: int,
) -> tuple[list[Event], list[tuple[Any, ...]]]:
    """Each receipt's item events and its issue (and attach, or void) events; and its lines."""
    custody: dict[int, _Custody] = {}
    lines: list[tuple[Any, ...]] = []
    events: list[Event] = []
    add = events.append
    for r in receipts:
        after: _Custody = (
            (_STOCK, None, r.location) if r.kind == _RETURN else (_HANDED, r.to, r.location)
        )
        moved = []
        for n, i in enumerate(r.items, start=1):
            it = items[i]
            before = custody.get(i, (_STOCK, None, warehouse))
            lines.append(
                (
                    r.id,
                    n,
                    it.id,
                    it.quantity,
                    it.unit_value,
                    line_condition(it, r.when),
                    *before,
                )
            )
            moved.append((i, before))
            add(("item", it.id, r.kind, _move_changes(before, after, r.number)))
            custody[i] = after
        add(
            (
                "handover",
                r.id,
                "issue",
                {
                    "number": r.number,
                    "items": len(r.items),
                    "total": str(r.total),
                    "digest": r.digest,
                },
            )
        )
        if r.void_reason:
            for i, before in moved:
                add(("item", items[i].id, "void", _move_changes(after, before, r.number)))
                custody[i] = before
            add(("handover", r.id, "void", {"number": r.number, "reason": r.void_reason}))
    return events, lines


def attach_scans(
    session: Session,
    history: DemoHistory,
    receipts: list[ReceiptPlan],
    stored: list[tuple[str, str, int]],
    operator: str,
    now: datetime,
) -> int:
    """Record the signed copies `make_scans` stored, one per scanned receipt, in order."""
    scanned = [r for r in receipts if r.scanned]
    rows, events = [], []
    for r, (stored_name, sha, size) in zip(scanned, stored, strict=True):
        name = f"{r.number} signed.png"
        rows.append((r.id, name, stored_name, sha, size, MEDIA_TYPE, now, operator))
        events.append(("handover", r.id, "attach", {"file": name, "sha256": sha}))
    columns = (
        "handover_id",
        "original_name",
        "stored_name",
        "sha256",
        "size",
        "media_type",
        "added_at",
        "operator",
    )
    BulkStatement(session.connection(), insert(Attachment), columns).run(rows)
    history.write(events)
    return len(rows)
