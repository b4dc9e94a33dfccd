"""The sample register's history, written in bulk and sealed once at the end.

Sample data writes a few hundred thousand events: the items' creation, the
receipts, the checks. `audit.record` would seal each item again at every
step (a read and a digest per item and step); here the events are hashed
in one pass per step, as `audit.record` hashes them, and `finish` seals
each item once, as it is after the last step, and moves the chain's anchor.
`verify_history` then finds the register whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from inl_equipment.db import anchors
from inl_equipment.db.bulk import BulkStatement
from inl_equipment.db.models import AuditEvent
from inl_equipment.db.session import take_write_lock
from inl_equipment.services import audit

__all__ = ["DemoHistory", "Event"]

#: A history event: entity type, id, action, changes (or their JSON, already encoded).
Event = tuple[str, int, str, dict[str, Any] | str]
_COLUMNS = ("at", "operator", "entity_type", "entity_id", "action", "changes", "prev_hash", "hash")


class DemoHistory:
    """Appends events to the hash chain; `finish` seals the items and anchors the chain."""

    def __init__(self, session: Session, operator: str, at: datetime) -> None:
        """A history writer in `session`'s transaction, every event by `operator` at `at`."""
        take_write_lock(session)
        session.flush()
        self._session = session
        self.operator = operator
        self._at = at
        self._prev = audit.last_hash(session)
        self._count = 0
        self._newest: dict[int, str] = {}
        self._statement: BulkStatement | None = None

    def write(self, events: Iterable[Event]) -> None:
        """Append `events`, in order, after the events written so far."""
        if self._statement is None:
            self._statement = BulkStatement(
                self._session.connection(), insert(AuditEvent), _COLUMNS
            )
        self._statement.run(self._rows(events))

    def _rows(self, events: Iterable[Event]) -> Iterator[tuple[Any, ...]]:
        at, operator, newest = self._at, self.operator, self._newest
        prev, count = self._prev, self._count
        try:
            for kind, entity_id, action, changes in events:
                text = changes if isinstance(changes, str) else audit.encode_changes(changes)
                h = audit.event_hash(prev, at, operator, kind, entity_id, action, text)
                yield (at, operator, kind, entity_id, action, text, prev, h)
                prev, count = h, count + 1
                if kind == "item":
                    newest[entity_id] = h
        finally:
            self._prev, self._count = prev, count

    def finish(self) -> None:
        """Seal every item named, as it is now, and count the events in the chain's anchor."""
        self._session.flush()
        conn = self._session.connection()
        if self._count and anchors.has_anchors(conn):
            anchors.seal_items(conn, self._newest)
            anchors.advance_chain(conn, self._count, self._prev)
        self._count = 0
        self._newest = {}
