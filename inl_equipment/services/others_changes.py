"""What other clients of a shared register changed, read from the history.

Every write appends hash-chained history events in its own transaction, so
the events after the newest one a client has seen name exactly the records
others changed since: items by id, reference records by kind, receipts by
their handover. A window asks every few seconds and refreshes only those
(a handful of items, never the 100,000 rows).

Event ids never appear out of order: every writer of history holds the
register's write lock until it commits (`take_write_lock`), so no event
with a smaller id can commit after one with a larger.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import AuditEvent
from inl_equipment.db.transactions import Handover
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.reference import KINDS

#: Events read at most per look; more means a bulk change: the whole register is read again.
MAX_EVENTS = 5_000


def newest_event(session: Session) -> int:
    """The id of the newest history event (0 for an empty history)."""
    return int(session.scalar(select(func.max(AuditEvent.id))) or 0)


def changes_since(session: Session, seen: int) -> tuple[Change, int]:
    """What the events after event `seen` changed, and the newest event id now."""
    rows = session.execute(
        select(AuditEvent.id, AuditEvent.entity_type, AuditEvent.entity_id)
        .where(AuditEvent.id > seen)
        .order_by(AuditEvent.id)
        .limit(MAX_EVENTS + 1)
    ).all()
    if not rows:
        return Change(), seen
    if len(rows) > MAX_EVENTS:
        return Change(everything=True), newest_event(session)
    items: set[int] = set()
    kinds: set[str] = set()
    handover_ids: set[int] = set()
    for _, entity_type, entity_id in rows:
        if entity_type == "item":
            items.add(entity_id)
        elif entity_type == "handover":
            handover_ids.add(entity_id)
        elif entity_type in KINDS:
            kinds.add(entity_type)
    numbers = (
        set(session.scalars(select(Handover.number).where(Handover.id.in_(handover_ids))))
        if handover_ids
        else set()
    )
    change = Change(
        items=frozenset(items), references=frozenset(kinds), handovers=frozenset(numbers)
    )
    return change, int(rows[-1][0])
