"""end-use monitoring: inspections, incidents, disposals; disposition data off the item row

New tables for site checks (`inspections`, `inspection_results`, the
per-item summary `item_checks`), incidents, disposals (with lines) and
register-wide settings; a check interval per category; attachments that can
belong to any of those records.

The disposition data moves off `items`: a disposed item gets a disposal
record (its method words kept as the detail, the method guessed from them,
"other" when no word fits), a lost or stolen item an open incident, and a
lot part merged back when its receipt was voided (until now "disposed" with
a "Merged back into …" method) the status `merged`, so that no loss or
disposal report counts it. Numbers follow the receipts' rule: DS-/IN-<year>-NNNN
from the counters, in date order.

Dropping the columns changes what an item's seal covers. Items whose seal
matched their row before are sealed again over the new columns; an item
changed behind the history before the upgrade keeps its old seal, so that
`check` still reports it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from inl_equipment.db import anchors

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEX = "uq_items_asset_tag_lower"
#: The item columns at revision 0004 (sealed then) and from this one on.
SEALED_0004 = (
    *("id", "asset_tag", "serial_number", "category_id", "make", "model", "description"),
    *("quantity", "unit", "lot_number", "expiry_date", "unit_value", "funding_source_id"),
    *("title_holder", "federal_share_pct", "acquisition_date", "vendor", "po_number"),
    *("status", "holder_agency_id", "location_id", "condition", "notes"),
    *("disposal_date", "disposal_method", "disposal_price", "created_at", "updated_at"),
)
DROPPED = ("disposal_date", "disposal_method", "disposal_price")
SEALED_0005 = tuple(c for c in SEALED_0004 if c not in DROPPED)

#: Words in an old free-text method, and the method they mean (first match wins).
METHOD_WORDS = (
    ("merged back", "merged"),
    ("sold", "sold"),
    ("auction", "sold"),
    ("sale", "sold"),
    ("destroy", "destroyed"),
    ("burn", "destroyed"),
    ("scrap", "scrapped"),
    ("return", "returned"),
    ("donor", "returned"),
    ("transfer", "transferred"),
    ("government", "transferred"),
)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _fk(column: str, target: str, table: str, nullable: bool = True) -> list[Any]:
    return [
        sa.Column(column, sa.Integer(), nullable=nullable),
        sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}"),
    ]


def _who() -> list[sa.Column[Any]]:
    return [
        sa.Column("operator", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    ]


def _create_tables() -> None:
    op.create_table(
        "register_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_register_settings"),
    )
    op.create_table(
        "inspections",
        _id(),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        *_fk("location_id", "locations", "inspections", nullable=False),
        *_fk("agency_id", "agencies", "inspections"),
        sa.Column("inspectors", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("checklist_id", sa.String(length=40), nullable=True),
        *_who(),
        sa.PrimaryKeyConstraint("id", name="pk_inspections"),
        sa.UniqueConstraint("number", name="uq_inspections_number"),
        sa.UniqueConstraint("checklist_id", name="uq_inspections_checklist_id"),
    )
    op.create_index("ix_inspections_date", "inspections", ["date"])
    op.create_table(
        "inspection_results",
        _id(),
        *_fk("inspection_id", "inspections", "inspection_results", nullable=False),
        *_fk("item_id", "items", "inspection_results", nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("condition", sa.String(length=20), nullable=False),
        sa.Column("intended_use", sa.String(length=8), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("unexpected", sa.Boolean(), nullable=False),
        *_fk("registered_location_id", "locations", "inspection_results"),
        sa.PrimaryKeyConstraint("id", name="pk_inspection_results"),
        sa.UniqueConstraint("inspection_id", "item_id", name="uq_inspection_results_item"),
    )
    op.create_index("ix_inspection_results_item_id", "inspection_results", ["item_id"])
    op.create_table(
        "item_checks",
        sa.Column("item_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_date", sa.Date(), nullable=False),
        sa.Column("last_result", sa.String(length=20), nullable=False),
        *_fk("last_inspection_id", "inspections", "item_checks", nullable=False),
        sa.Column("not_seen_run", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_item_checks_item_id_items"),
        sa.PrimaryKeyConstraint("item_id", name="pk_item_checks"),
    )
    _create_incidents_and_disposals()


def _create_incidents_and_disposals() -> None:
    op.create_table(
        "incidents",
        _id(),
        sa.Column("number", sa.String(length=20), nullable=False),
        *_fk("item_id", "items", "incidents", nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.String(length=200), nullable=False),
        sa.Column("report_ref", sa.String(length=120), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("remark", sa.Text(), nullable=False),
        *_fk("inspection_id", "inspections", "incidents"),
        sa.Column("prev_status", sa.String(length=20), nullable=False),
        *_who(),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
        sa.UniqueConstraint("number", name="uq_incidents_number"),
    )
    op.create_index("ix_incidents_item_id", "incidents", ["item_id"])
    op.create_index("ix_incidents_date", "incidents", ["date"])
    op.create_table(
        "disposals",
        _id(),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("approval_ref", sa.String(length=120), nullable=False),
        sa.Column("witnesses", sa.Text(), nullable=False),
        *_who(),
        sa.PrimaryKeyConstraint("id", name="pk_disposals"),
        sa.UniqueConstraint("number", name="uq_disposals_number"),
    )
    op.create_index("ix_disposals_date", "disposals", ["date"])
    op.create_table(
        "disposal_lines",
        _id(),
        *_fk("disposal_id", "disposals", "disposal_lines", nullable=False),
        *_fk("item_id", "items", "disposal_lines", nullable=False),
        sa.Column("sale_price", sa.Integer(), nullable=True),
        sa.Column("prev_status", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_disposal_lines"),
        sa.UniqueConstraint("item_id", name="uq_disposal_lines_item_id"),
    )


def _alter_tables() -> None:
    op.add_column("categories", sa.Column("check_interval_months", sa.Integer(), nullable=True))
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.alter_column("handover_id", existing_type=sa.Integer(), nullable=True)
        for column, target in (
            ("inspection_id", "inspections"),
            ("incident_id", "incidents"),
            ("disposal_id", "disposals"),
        ):
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                f"fk_attachments_{column}_{target}", target, [column], ["id"]
            )
            batch_op.create_index(f"ix_attachments_{column}", [column])


def _method_of(words: str) -> str:
    lowered = words.lower()
    for word, method in METHOD_WORDS:
        if word in lowered:
            return method
    return "other"


def _day(value: Any, fallback: Any) -> date:
    """A stored date (or the row's update time) as a date, as the driver gives either."""
    for candidate in (value, fallback):
        if isinstance(candidate, datetime):
            return candidate.date()
        if isinstance(candidate, date):
            return candidate
        if isinstance(candidate, str) and candidate:
            return date.fromisoformat(candidate[:10])
    return date(2000, 1, 1)


class _Numbers:
    """DS-/IN-<year>-NNNN from the receipt counters, as the app numbers them."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.counters = sa.table(
            "receipt_counters", sa.column("prefix"), sa.column("year"), sa.column("last")
        )

    def next(self, prefix: str, year: int) -> str:
        c = self.counters
        where = sa.and_(c.c.prefix == prefix, c.c.year == year)
        last = self.conn.execute(sa.select(c.c.last).where(where)).scalar()
        if last is None:
            self.conn.execute(sa.insert(c).values(prefix=prefix, year=year, last=1))
            last = 0
        else:
            self.conn.execute(sa.update(c).where(where).values(last=last + 1))
        return f"{prefix}-{year}-{last + 1:04d}"


_ITEMS = sa.table("items", *(sa.column(c) for c in ("id", "status", "updated_at", *DROPPED)))
_DISPOSALS = sa.table("disposals", *(sa.column(c) for c in (
    "id", "number", "date", "method", "detail", "approval_ref", "witnesses",
    "operator", "created_at",
)))  # fmt: skip
_LINES = sa.table("disposal_lines", *(sa.column(c) for c in (
    "disposal_id", "item_id", "sale_price", "prev_status",
)))  # fmt: skip
_INCIDENTS = sa.table("incidents", *(sa.column(c) for c in (
    "number", "item_id", "date", "kind", "place", "reported_by", "report_ref", "outcome",
    "closed_date", "remark", "prev_status", "operator", "created_at",
)))  # fmt: skip
_BY = "upgrade 0005"


def _move_disposition(conn: sa.Connection) -> None:
    """Disposal records, incidents and the merged status from the old item columns."""
    items = _ITEMS
    retired = conn.execute(
        sa.select(items.c.id, items.c.status, items.c.updated_at, *(items.c[c] for c in DROPPED))
        .where(items.c.status.in_(("disposed", "lost", "stolen")))
        .order_by(items.c.disposal_date, items.c.id)
    ).all()
    numbers, now = _Numbers(conn), datetime.now().replace(microsecond=0)
    merged: list[int] = []
    for item_id, status, updated, when, words, price in retired:
        day, words = _day(when, updated), str(words or "")
        if status == "disposed" and _method_of(words) == "merged":
            merged.append(item_id)
        elif status == "disposed":
            _add_disposal(conn, numbers.next("DS", day.year), item_id, day, words, price, now)
        else:
            conn.execute(
                sa.insert(_INCIDENTS).values(
                    number=numbers.next("IN", day.year),
                    item_id=item_id,
                    date=day,
                    kind=status,
                    place="",
                    reported_by="",
                    report_ref="",
                    outcome="",
                    closed_date=None,
                    remark=words,
                    prev_status="",
                    operator=_BY,
                    created_at=now,
                )  # fmt: skip
            )
    for start in range(0, len(merged), 500):
        chunk = merged[start : start + 500]
        conn.execute(sa.update(items).where(items.c.id.in_(chunk)).values(status="merged"))


def _add_disposal(
    conn: sa.Connection, number: str, item_id: int, day: date, words: str, price: Any, now: datetime
) -> None:
    """One disposal record of one item, as the old row described it."""
    conn.execute(
        sa.insert(_DISPOSALS).values(
            number=number,
            date=day,
            method=_method_of(words),
            detail=words,
            approval_ref="",
            witnesses="",
            operator=_BY,
            created_at=now,
        )  # fmt: skip
    )
    new_id = conn.execute(
        sa.select(_DISPOSALS.c.id).where(_DISPOSALS.c.number == number)
    ).scalar_one()
    conn.execute(
        sa.insert(_LINES).values(
            disposal_id=new_id, item_id=item_id, sale_price=price, prev_status=""
        )
    )


def _matching_seals(conn: sa.Connection) -> dict[int, str]:
    """Items whose seal matches their row now: item id -> hash of its newest event."""
    seals = anchors.item_seals(conn)
    matching: dict[int, str] = {}
    for row in anchors.iter_items(conn, SEALED_0004):
        seal = seals.get(int(row[0]))
        if seal is not None and anchors.state_digest(seal[0], row) == seal[1]:
            matching[int(row[0])] = seal[0]
    return matching


def upgrade() -> None:
    """Create the monitoring tables, move the disposition data, seal the items again."""
    _create_tables()
    _alter_tables()
    online = not op.get_context().as_sql
    conn = op.get_bind()
    matching = _matching_seals(conn) if online and anchors.has_anchors(conn) else {}
    if online:
        _move_disposition(conn)
    with warnings.catch_warnings():
        # Reflection skips the expression index, which is made again below.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("items", schema=None) as batch_op:
            for column in DROPPED:
                batch_op.drop_column(column)
    if conn.dialect.name == "sqlite":
        # The batch rebuild of `items` drops the expression index (reflection skips it).
        op.create_index(INDEX, "items", [sa.text("lower(asset_tag)")], unique=True)
    if matching:
        anchors.seal_items(conn, matching, SEALED_0005)


def downgrade() -> None:
    """Not supported: the disposition data now lives in records the old schema cannot hold."""
    raise NotImplementedError("revision 0005 cannot be undone; restore a backup instead")


__all__: Sequence[str] = ("upgrade", "downgrade")
