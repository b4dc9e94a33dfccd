"""initial register schema

Money (unit_value, disposal_price) is integer cents; federal_share_pct is
hundredths of a percent.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=120), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_lo", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("name_en", name=op.f("uq_categories_name_en")),
    )
    op.create_table(
        "funding_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_lo", sa.String(length=200), nullable=False),
        sa.Column("agreement_number", sa.String(length=80), nullable=False),
        sa.Column("title_holder", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_sources")),
        sa.UniqueConstraint("name_en", name=op.f("uq_funding_sources_name_en")),
    )
    op.create_table(
        "provinces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("name_lo", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provinces")),
        sa.UniqueConstraint("name_en", name=op.f("uq_provinces_name_en")),
    )
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_lo", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("province_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["province_id"], ["provinces.id"], name=op.f("fk_agencies_province_id_provinces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("name_en", name=op.f("uq_agencies_name_en")),
    )
    op.create_table(
        "locations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_lo", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("province_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["province_id"], ["provinces.id"], name=op.f("fk_locations_province_id_provinces")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
        sa.UniqueConstraint("name_en", name=op.f("uq_locations_name_en")),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        # NOCASE exists in SQLite only (0003 replaces it with an index on lower()).
        sa.Column(
            "asset_tag",
            sa.String(length=60).with_variant(sa.String(length=60, collation="NOCASE"), "sqlite"),
            nullable=False,
        ),
        sa.Column("serial_number", sa.String(length=120), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("make", sa.String(length=120), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("lot_number", sa.String(length=80), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("unit_value", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.Integer(), nullable=True),
        sa.Column("title_holder", sa.String(length=200), nullable=False),
        sa.Column("federal_share_pct", sa.Integer(), nullable=False),
        sa.Column("acquisition_date", sa.Date(), nullable=True),
        sa.Column("vendor", sa.String(length=200), nullable=False),
        sa.Column("po_number", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("holder_agency_id", sa.Integer(), nullable=True),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column("condition", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("disposal_date", sa.Date(), nullable=True),
        sa.Column("disposal_method", sa.String(length=200), nullable=False),
        sa.Column("disposal_price", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_items_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_sources.id"],
            name=op.f("fk_items_funding_source_id_funding_sources"),
        ),
        sa.ForeignKeyConstraint(
            ["holder_agency_id"], ["agencies.id"], name=op.f("fk_items_holder_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_items_location_id_locations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_items_asset_tag")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index("ix_items_category_id", ["category_id"], unique=False)
        batch_op.create_index("ix_items_funding_source_id", ["funding_source_id"], unique=False)
        batch_op.create_index("ix_items_holder_agency_id", ["holder_agency_id"], unique=False)
        batch_op.create_index("ix_items_location_id", ["location_id"], unique=False)
        batch_op.create_index("ix_items_serial_number", ["serial_number"], unique=False)
        batch_op.create_index("ix_items_status", ["status"], unique=False)

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_lo", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=80), nullable=False),
        sa.Column("position_en", sa.String(length=200), nullable=False),
        sa.Column("position_lo", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_people_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )


def downgrade() -> None:

    op.drop_table("people")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_status")
        batch_op.drop_index("ix_items_serial_number")
        batch_op.drop_index("ix_items_location_id")
        batch_op.drop_index("ix_items_holder_agency_id")
        batch_op.drop_index("ix_items_funding_source_id")
        batch_op.drop_index("ix_items_category_id")

    op.drop_table("items")
    op.drop_table("locations")
    op.drop_table("agencies")
    op.drop_table("provinces")
    op.drop_table("funding_sources")
    op.drop_table("categories")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    op.drop_table("audit_events")
