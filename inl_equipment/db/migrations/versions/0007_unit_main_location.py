"""units' main location: where a handover to the unit takes the equipment by default

A handover names where the equipment goes; the receiving unit's main
location is the default. An existing unit gets the location most of the
items it holds are at (none when it holds none with a location), so
registers written before keep working and the user can change it under
Reference → Agencies and units. No item column changes: no seal changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `agencies.main_location_id` and fill it from where each unit's items are."""
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("main_location_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_agencies_main_location_id_locations", "locations", ["main_location_id"], ["id"]
        )
    # One portable statement (SQLite and PostgreSQL, and as SQL offline): each unit's
    # place with the most of its items; on a tie the lower location id.
    op.execute(
        sa.text(
            "UPDATE agencies SET main_location_id = ("
            " SELECT i.location_id FROM items i"
            " WHERE i.holder_agency_id = agencies.id AND i.location_id IS NOT NULL"
            " GROUP BY i.location_id ORDER BY count(*) DESC, i.location_id LIMIT 1)"
        )
    )


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.drop_constraint("fk_agencies_main_location_id_locations", type_="foreignkey")
        batch_op.drop_column("main_location_id")
