"""history anchors: the chain's count and newest hash, and a seal per item

Deleting the newest audit events left a chain that still verified, and an
item changed directly in the file went unnoticed. `audit_anchors` keeps the
count and newest hash of the chain and, per item, the hash of its newest
event and a digest of its row (see `db/anchors.py`); the app writes them in
the transaction of every append, `check` compares.

A register upgraded here is anchored as it stands: whatever was cut or
changed before this revision cannot be told any more. A new table only, so
no batch rebuild of `items` (which would drop its expression index).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from inl_equipment.db import anchors

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The columns of `items` at this revision, in seal order (frozen: see `db/anchors.py`).
SEALED_0004 = (
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
    "disposal_date",
    "disposal_method",
    "disposal_price",
    "created_at",
    "updated_at",
)


def upgrade() -> None:
    """Create the anchors and anchor the history and the items as they are now."""
    op.create_table(
        "audit_anchors",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("event_hash", sa.String(length=64), nullable=False),
        sa.Column("state_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kind", "ref_id", name=op.f("pk_audit_anchors")),
    )
    if op.get_context().as_sql:
        # An SQL script cannot compute SHA-256: it only creates the table, and
        # `check` then reports the history as not anchored. Upgrade online.
        return
    anchors.anchor_existing_history(op.get_bind(), SEALED_0004)


def downgrade() -> None:
    """Drop the anchors."""
    op.drop_table("audit_anchors")
