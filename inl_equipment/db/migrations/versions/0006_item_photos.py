"""item photos: an attachment may belong to an item

Pictures of an item (the item page's Photos tab) are kept in the same store
as signed receipts and inspection photos, by content hash; the attachment
row names the item. No existing row changes, and no item column changes,
so no seal changes either.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `attachments.item_id` (a foreign key to items, indexed)."""
    # Batch mode: SQLite cannot add a foreign key to an existing table in place.
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_attachments_item_id_items", "items", ["item_id"], ["id"])
        batch_op.create_index("ix_attachments_item_id", ["item_id"])


def downgrade() -> None:
    """Drop the column again (photos of items are forgotten, their files stay)."""
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_item_id")
        batch_op.drop_constraint("fk_attachments_item_id_items", type_="foreignkey")
        batch_op.drop_column("item_id")
