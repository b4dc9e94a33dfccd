"""Anchors of the history: the chain's count and head, and one seal per item.

The hash chain (`services/audit.py`) shows an edited or missing event in the
middle, but not a cut at its end: deleting the newest events leaves a chain
that still verifies. So the count of events and the newest hash are kept in
`audit_anchors`, written in the same transaction as every append; a check
compares them with what the chain holds.

Each item also gets a seal: the hash of its newest event and a digest of its
row as that event left it. A value changed in the file behind the history
(an `UPDATE items ...` in an SQLite browser) no longer matches its seal.

The digest is over the values as the database stores them (no type
conversion), in the order of `SEALED_COLUMNS`, so a revision can compute it
without the models. A revision that adds a column to `items` must add it
here and reseal every item (`seal_all_items`).

Portable Core statements only: this runs on SQLite and PostgreSQL, in the
caller's transaction (the app's, or a migration's).
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from inl_equipment.db.bulk import BulkStatement, fetch_tuples

GENESIS_HASH = "0" * 64
CHAIN = "chain"
ITEM = "item"
_CHUNK = 500

#: The columns of `items` a seal covers (all of them, as of revision 0008).
SEALED_COLUMNS: tuple[str, ...] = (
    "id",
    "asset_tag",
    "serial_number",
    "category_id",
    "make",
    "model",
    "description",
    "quantity",
    "unit",
    "lot_number",
    "expiry_date",
    "unit_value",
    "funding_source_id",
    "title_holder",
    "federal_share_pct",
    "acquisition_date",
    "vendor",
    "po_number",
    "status",
    "holder_agency_id",
    "location_id",
    "condition",
    "notes",
    "created_at",
    "updated_at",
    "description_lo",
)

#: A reference merge moves items to the kept record without an item event each.
MERGED_ITEM_COLUMNS: dict[str, str] = {
    "category": "category_id",
    "agency": "holder_agency_id",
    "location": "location_id",
    "funding": "funding_source_id",
}

_ANCHORED: weakref.WeakSet[sa.Engine] = weakref.WeakSet()

anchors_table = sa.table(
    "audit_anchors",
    sa.column("kind"),
    sa.column("ref_id"),
    sa.column("events"),
    sa.column("event_hash"),
    sa.column("state_hash"),
)
_events = sa.table(
    "audit_events",
    sa.column("id"),
    sa.column("entity_type"),
    sa.column("entity_id"),
    sa.column("hash"),
)


def items_table(columns: Sequence[str] = SEALED_COLUMNS) -> sa.TableClause:
    """`items` with untyped columns: values come back exactly as stored."""
    return sa.table("items", *(sa.column(c) for c in columns))


#: The JSON of a sealed row: `json.dumps` with these options makes a new encoder per call.
_ROW_JSON = json.JSONEncoder(default=str, ensure_ascii=False, separators=(",", ":"))


def state_digest(event_hash: str, row: Sequence[Any]) -> str:
    """The seal of one item row (values in `SEALED_COLUMNS` order) after its newest event."""
    values = _ROW_JSON.encode(list(row))
    return hashlib.sha256(f"{event_hash}\x1f{values}".encode()).hexdigest()


def has_anchors(conn: Connection) -> bool:
    """True when the register has the anchors table (revision 0004 or later).

    A register still at an older revision is written without anchors: the
    revision anchors it as it stands when it is upgraded.
    """
    engine = conn.engine
    if engine in _ANCHORED:
        return True
    if sa.inspect(conn).has_table("audit_anchors"):
        _ANCHORED.add(engine)  # only ever added: no revision drops the table
        return True
    return False


def advance_chain(conn: Connection, added: int, head: str) -> None:
    """Count `added` new events ending in `head` (in the transaction that wrote them).

    A missing anchor is started from these events alone: if older events
    exist, the check then finds more events than the anchor counts.
    """
    t = anchors_table
    where = sa.and_(t.c.kind == CHAIN, t.c.ref_id == 0)
    done = conn.execute(
        sa.update(t).where(where).values(events=t.c.events + added, event_hash=head)
    )
    if not done.rowcount:
        conn.execute(
            sa.insert(t).values(kind=CHAIN, ref_id=0, events=added, event_hash=head, state_hash="")
        )


def chain_anchor(conn: Connection) -> tuple[int, str] | None:
    """The anchored (count, newest hash) of the chain, None when the anchor is missing."""
    t = anchors_table
    row = conn.execute(
        sa.select(t.c.events, t.c.event_hash).where(t.c.kind == CHAIN, t.c.ref_id == 0)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def seal_items(
    conn: Connection, last_hashes: Mapping[int, str], columns: Sequence[str] = SEALED_COLUMNS
) -> None:
    """Seal each item in `last_hashes` (item id -> hash of its newest event) as it is now."""
    items = items_table(columns)
    ids = sorted(last_hashes)
    if not ids:
        return
    if len(ids) > _CHUNK:
        # Many items (an import, sample data): one range scan beats many IN lists.
        wanted = items.c.id.between(ids[0], ids[-1])
        rows = [
            r for r in fetch_tuples(conn, sa.select(*items.c).where(wanted)) if r[0] in last_hashes
        ]
    else:
        rows = fetch_tuples(conn, sa.select(*items.c).where(items.c.id.in_(ids)))
    _write_seals(conn, rows, last_hashes)
    gone = set(ids).difference(r[0] for r in rows)
    if gone:  # an event of an item no longer there: its seal goes, as its row did
        _delete_seals(conn, sorted(gone))


def _delete_seals(conn: Connection, ids: Sequence[int]) -> None:
    t = anchors_table
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        conn.execute(sa.delete(t).where(t.c.kind == ITEM, t.c.ref_id.in_(chunk)))


def _seal_upsert(conn: Connection) -> sa.Insert:
    """An INSERT of seals that replaces an item's older seal (one statement, no DELETE first)."""
    from sqlalchemy.dialects import postgresql, sqlite

    stmt = postgresql.insert(anchors_table) if conn.dialect.name == "postgresql" else None
    if stmt is not None:
        return stmt.on_conflict_do_update(index_elements=_SEAL_KEY, set_=_fresh(stmt.excluded))
    lite = sqlite.insert(anchors_table)
    return lite.on_conflict_do_update(index_elements=_SEAL_KEY, set_=_fresh(lite.excluded))


_SEAL_KEY = ("kind", "ref_id")


def _fresh(excluded: Any) -> dict[str, Any]:
    """The seal's values from the row that could not be inserted."""
    return {c: excluded[c] for c in ("events", "event_hash", "state_hash")}


def _write_seals(
    conn: Connection, rows: Sequence[Sequence[Any]], last_hashes: Mapping[int, str]
) -> None:
    statement = BulkStatement(
        conn, _seal_upsert(conn), ("kind", "ref_id", "events", "event_hash", "state_hash")
    )
    statement.run(
        (ITEM, row[0], 0, last_hashes[row[0]], state_digest(last_hashes[row[0]], row))
        for row in rows
    )


def reseal_merged(conn: Connection, kind: str, keep_id: int) -> None:
    """Seal again the items a merge of reference records pointed at `keep_id`."""
    column = MERGED_ITEM_COLUMNS.get(kind)
    if column is None:
        return
    items, t = items_table(("id", column)), anchors_table
    moved = sa.select(items.c.id).where(items.c[column] == keep_id).scalar_subquery()
    last = dict(
        conn.execute(
            sa.select(t.c.ref_id, t.c.event_hash).where(t.c.kind == ITEM, t.c.ref_id.in_(moved))
        ).all()
    )
    seal_items(conn, last)


def item_seals(conn: Connection) -> dict[int, tuple[str, str]]:
    """Every item seal: item id -> (hash of its newest event, digest of its row)."""
    t = anchors_table
    rows = conn.execute(
        sa.select(t.c.ref_id, t.c.event_hash, t.c.state_hash).where(t.c.kind == ITEM)
    )
    return {int(i): (str(e), str(s)) for i, e, s in rows}


def iter_items(
    conn: Connection, columns: Sequence[str] = SEALED_COLUMNS
) -> Iterator[Sequence[Any]]:
    """Every item row as stored, in `columns` order (id and asset tag first)."""
    items = items_table(columns)
    # Per statement: `conn.execution_options()` would change the connection
    # itself, and a later `fetch_tuples` on it would miss the rows buffered ahead.
    result = conn.execute(
        sa.select(*items.c).order_by(items.c.id), execution_options={"yield_per": 5000}
    )
    yield from result


def anchor_existing_history(conn: Connection, columns: Sequence[str] = SEALED_COLUMNS) -> None:
    """Anchor a register's history as it stands (for the revision that adds anchors)."""
    ev = _events
    count = conn.execute(sa.select(sa.func.count()).select_from(ev)).scalar_one()
    head = conn.execute(sa.select(ev.c.hash).order_by(ev.c.id.desc()).limit(1)).scalar()
    conn.execute(sa.delete(anchors_table))
    advance_chain(conn, int(count), head or GENESIS_HASH)
    seal_all_items(conn, columns)


def seal_all_items(conn: Connection, columns: Sequence[str] = SEALED_COLUMNS) -> None:
    """Seal every item as it is now, against its newest event ("" for an item with none)."""
    ev = _events
    newest = (
        sa.select(sa.func.max(ev.c.id)).where(ev.c.entity_type == ITEM).group_by(ev.c.entity_id)
    )
    last: dict[int, str] = {
        int(i): str(h)
        for i, h in conn.execute(sa.select(ev.c.entity_id, ev.c.hash).where(ev.c.id.in_(newest)))
    }
    ids = [int(r[0]) for r in conn.execute(sa.select(items_table(("id",)).c.id))]
    seal_items(conn, {i: last.get(i, "") for i in ids}, columns)
