"""Audit events and their hash chain.

Each event's hash covers its own content and the hash of the event before,
so any later edit, insertion or deletion in the history breaks the chain at
that point (`verify_chain` finds the first broken link). Every append also
moves the chain's anchor and seals the items it names (`db/anchors.py`), so
`verify_history` finds a history cut at its end and items changed behind it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from inl_equipment.db import anchors
from inl_equipment.db.bulk import BulkStatement
from inl_equipment.db.models import AuditEvent
from inl_equipment.db.session import take_write_lock
from inl_equipment.i18n import translate

GENESIS_HASH = anchors.GENESIS_HASH


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An audit event not yet written."""

    entity_type: str
    entity_id: int
    action: str
    changes: dict[str, Any]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of an item's history, as the UI shows it."""

    at: datetime
    operator: str
    action: str
    changes: dict[str, Any]


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def encode_changes(changes: dict[str, Any]) -> str:
    """Canonical JSON of a change set (sorted keys, exact decimals, ISO dates)."""
    clean = {
        k: _jsonable(v) if not isinstance(v, list) else [_jsonable(x) for x in v]
        for k, v in changes.items()
    }
    return _CHANGES_JSON.encode(clean)


# One encoder: `json.dumps` with these options makes a new one per call.
_CHANGES_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(
    prev_hash: str,
    at: datetime,
    operator: str,
    entity_type: str,
    entity_id: int,
    action: str,
    changes_json: str,
) -> str:
    """The SHA-256 of one event's fields and the hash of the event before it."""
    payload = "\x1f".join(
        [prev_hash, at.isoformat(), operator, entity_type, str(entity_id), action, changes_json]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def now_utc() -> datetime:
    """The current time in UTC, naive (SQLite stores no zone)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def last_hash(session: Session) -> str:
    """The hash of the newest event (the genesis hash for an empty history)."""
    h = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return h or GENESIS_HASH


#: An event row's values, in the order `record` gathers them.
_NEW_EVENT_VALUES = (
    "at",
    "operator",
    "entity_type",
    "entity_id",
    "action",
    "changes",
    "prev_hash",
    "hash",
)


def record(
    session: Session, operator: str, events: Iterable[NewEvent], at: datetime | None = None
) -> int:
    """Append events to the history in the caller's transaction; returns how many.

    The write lock is taken before the last hash is read, so two writers
    never chain their events to the same predecessor. The chain's anchor
    and the seals of the items named are written in the same transaction.
    """
    at = at or now_utc()
    take_write_lock(session)
    prev = last_hash(session)
    rows = []
    items: dict[int, str] = {}
    merged: list[tuple[str, int]] = []
    for ev in events:
        changes_json = encode_changes(ev.changes)
        h = event_hash(prev, at, operator, ev.entity_type, ev.entity_id, ev.action, changes_json)
        rows.append((at, operator, ev.entity_type, ev.entity_id, ev.action, changes_json, prev, h))
        prev = h
        if ev.entity_type == "item":
            items[ev.entity_id] = h
        elif ev.action == "merge" and "merged_id" in ev.changes:
            merged.append((ev.entity_type, ev.entity_id))
    if rows:
        session.flush()  # the seals are of the rows as this transaction leaves them
        conn = session.connection()
        # The driver's executemany: the ORM's bulk insert costs 50 µs a row.
        BulkStatement(conn, insert(AuditEvent), _NEW_EVENT_VALUES).run(rows)
        if not anchors.has_anchors(conn):
            return len(rows)
        for kind, keep_id in merged:
            anchors.reseal_merged(conn, kind, keep_id)
        anchors.seal_items(conn, items)
        anchors.advance_chain(conn, len(rows), prev)
    return len(rows)


def history(session: Session, entity_type: str, entity_id: int) -> list[HistoryEntry]:
    """Every event of one record, oldest first."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.operator, AuditEvent.action, AuditEvent.changes)
        .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    ).all()
    return [HistoryEntry(at, op, action, json.loads(ch)) for at, op, action, ch in rows]


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of checking the hash chain."""

    events: int
    first_broken_id: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        """True when every event follows the one before it."""
        return self.first_broken_id is None


_EVENT_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.operator,
    AuditEvent.entity_type,
    AuditEvent.entity_id,
    AuditEvent.action,
    AuditEvent.changes,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


def walk_chain(
    session: Session, last_by_item: dict[int, str] | None = None
) -> tuple[ChainReport, str]:
    """Recompute every hash in order; returns the report and the newest hash.

    With `last_by_item`, each item's newest event hash is noted on the way.
    """
    prev = GENESIS_HASH
    count = 0
    rows = session.execute(select(*_EVENT_COLUMNS).order_by(AuditEvent.id)).yield_per(5000)
    for ev_id, at, operator, kind, entity_id, action, changes, prev_hash, h in rows:
        count += 1
        if prev_hash != prev:
            reason = translate("Audit", "does not follow the event before it")
            return ChainReport(count, ev_id, reason), prev
        if event_hash(prev, at, operator, kind, entity_id, action, changes) != h:
            reason = translate("Audit", "its content was changed after it was written")
            return ChainReport(count, ev_id, reason), prev
        if last_by_item is not None and kind == "item":
            last_by_item[entity_id] = h
        prev = h
    return ChainReport(count, None), prev


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order and report the first event that does not fit."""
    return walk_chain(session)[0]
