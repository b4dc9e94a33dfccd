"""Lao descriptions and the use of lots: `items.description_lo`, `lot_consumptions`

An item may carry a description in Lao beside the English one (shown on
receipts under it, searched, imported and exported). Lots of consumables
(drug-test and narcotics-identification kits) are used up or distributed:
each use is a record that lowers the lot's quantity; a lot used up gets the
status `consumed` and leaves the active register.

The new column changes what an item's seal covers. Items whose seal matched
their row before are sealed again over the new columns (as 0005 does); an
item changed behind the history keeps its old seal, so `check` still
reports it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inl_equipment.db import anchors

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "uq_items_asset_tag_lower"
#: The item columns sealed at revision 0007, and from this one on.
SEALED_0007 = (
    *("id", "asset_tag", "serial_number", "category_id", "make", "model", "description"),
    *("quantity", "unit", "lot_number", "expiry_date", "unit_value", "funding_source_id"),
    *("title_holder", "federal_share_pct", "acquisition_date", "vendor", "po_number"),
    *("status", "holder_agency_id", "location_id", "condition", "notes"),
    *("created_at", "updated_at"),
)
SEALED_0008 = (*SEALED_0007, "description_lo")


def _matching_seals(conn: sa.Connection) -> dict[int, str]:
    """Items whose seal matches their row now: item id -> hash of its newest event."""
    seals = anchors.item_seals(conn)
    matching: dict[int, str] = {}
    for row in anchors.iter_items(conn, SEALED_0007):
        seal = seals.get(int(row[0]))
        if seal is not None and anchors.state_digest(seal[0], row) == seal[1]:
            matching[int(row[0])] = seal[0]
    return matching


def _create_consumptions() -> None:
    op.create_table(
        "lot_consumptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("operator", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_lot_consumptions_item_id_items"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_lot_consumptions"),
    )
    op.create_index("ix_lot_consumptions_item_id", "lot_consumptions", ["item_id"])
    op.create_index("ix_lot_consumptions_date", "lot_consumptions", ["date"])


def _has_tag_index(conn: sa.Connection) -> bool:
    """Whether SQLite still has the expression index (its reflection does not list it)."""
    found = conn.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"),
        {"name": INDEX},
    )
    return found.first() is not None


def upgrade() -> None:
    """Add the Lao description and the consumption records; seal the items again."""
    _create_consumptions()
    online = not op.get_context().as_sql
    conn = op.get_bind()
    matching = _matching_seals(conn) if online and anchors.has_anchors(conn) else {}
    with warnings.catch_warnings():
        # Reflection skips the expression index, which is made again below if it went.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("items", schema=None) as batch_op:
            batch_op.add_column(sa.Column("description_lo", sa.Text(), nullable=True))
    if conn.dialect.name == "sqlite" and (not online or not _has_tag_index(conn)):
        # A batch rebuild of `items` drops the expression index (reflection skips it).
        op.create_index(INDEX, "items", [sa.text("lower(asset_tag)")], unique=True)
    if matching:
        anchors.seal_items(conn, matching, SEALED_0008)


def downgrade() -> None:
    """Drop the table and the column; lots used up go back to "in stock" with no quantity."""
    op.execute(sa.text("UPDATE items SET status = 'in_stock' WHERE status = 'consumed'"))
    op.drop_index("ix_lot_consumptions_date", table_name="lot_consumptions")
    op.drop_index("ix_lot_consumptions_item_id", table_name="lot_consumptions")
    op.drop_table("lot_consumptions")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("items", schema=None) as batch_op:
            batch_op.drop_column("description_lo")
    conn = op.get_bind()
    if conn.dialect.name == "sqlite" and not _has_tag_index(conn):
        op.create_index(INDEX, "items", [sa.text("lower(asset_tag)")], unique=True)


__all__: Sequence[str] = ("upgrade", "downgrade")
