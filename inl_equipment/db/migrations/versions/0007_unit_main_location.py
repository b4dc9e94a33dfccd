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
    conn = op.get_bind()
    counts = conn.execute(
        sa.text(
            "SELECT holder_agency_id, location_id, count(*) FROM items"
            " WHERE holder_agency_id IS NOT NULL AND location_id IS NOT NULL"
            " GROUP BY holder_agency_id, location_id"
        )
    ).all()
    best: dict[int, tuple[int, int]] = {}
    for agency, location, n in counts:
        # The most items; on a tie the lower location id, so every run agrees.
        current = best.get(agency)
        if current is None or (n, -location) > (current[1], -current[0]):
            best[agency] = (location, n)
    for agency, (location, _n) in best.items():
        conn.execute(
            sa.text("UPDATE agencies SET main_location_id = :loc WHERE id = :id"),
            {"loc": location, "id": agency},
        )


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.drop_constraint("fk_agencies_main_location_id_locations", type_="foreignkey")
        batch_op.drop_column("main_location_id")
