"""asset tags unique whatever their case, by an index on lower(asset_tag)

Until 0002 the column had SQLite's NOCASE collation and a plain unique
constraint; NOCASE exists in SQLite only. An expression index is the same
rule on SQLite and PostgreSQL. SQLite's lower() folds A-Z only, exactly as
NOCASE did, so no existing register can hold two tags the index refuses.

On SQLite the batch operation rebuilds `items`; the caller runs it with
foreign keys off and checks them before the commit (see `db/schema.py`).
A later batch operation on `items` must create this index again afterwards:
SQLite's reflection skips expression indexes, so a rebuild would drop it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "uq_items_asset_tag_lower"


def upgrade() -> None:
    """Replace the NOCASE column and its unique constraint by the expression index."""
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_constraint("uq_items_asset_tag", type_="unique")
        batch_op.alter_column(
            "asset_tag",
            existing_type=sa.String(length=60).with_variant(
                sa.String(length=60, collation="NOCASE"), "sqlite"
            ),
            type_=sa.String(length=60),
            existing_nullable=False,
        )
    op.create_index(INDEX, "items", [sa.text("lower(asset_tag)")], unique=True)


def downgrade() -> None:
    """Back to the unique constraint (with NOCASE on SQLite)."""
    op.drop_index(INDEX, table_name="items")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.alter_column(
            "asset_tag",
            existing_type=sa.String(length=60),
            type_=sa.String(length=60).with_variant(
                sa.String(length=60, collation="NOCASE"), "sqlite"
            ),
            existing_nullable=False,
        )
        batch_op.create_unique_constraint("uq_items_asset_tag", ["asset_tag"])
