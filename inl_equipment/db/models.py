"""The register's tables as typed SQLAlchemy models.

Money is a `Decimal` stored as integer cents (`ScaledDecimal`); dates are `date`.
Reference data that appears on documents carries an English and a Lao name.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inl_equipment.db.types import Money, ScaledDecimal

# Stable constraint names so that Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every table."""

    metadata = MetaData(naming_convention=NAMING)


class ItemStatus(enum.StrEnum):
    """Where an item stands in its life, from purchase to disposal."""

    IN_STOCK = "in_stock"
    HANDED_OVER = "handed_over"
    IN_REPAIR = "in_repair"
    LOST = "lost"
    STOLEN = "stolen"
    DESTROYED = "destroyed"
    DISPOSED = "disposed"
    # A part of a lot folded back into its origin when its receipt was voided:
    # no longer an item of its own, and neither a loss nor a disposal.
    MERGED = "merged"
    # A lot whose whole quantity was used up or distributed (see `LotConsumption`).
    CONSUMED = "consumed"

    @property
    def label(self) -> str:
        """The status in English words (the interface uses `services.vocabulary`)."""
        return STATUS_LABELS[self]


STATUS_LABELS: dict[ItemStatus, str] = {
    ItemStatus.IN_STOCK: "In stock",
    ItemStatus.HANDED_OVER: "Handed over",
    ItemStatus.IN_REPAIR: "In repair",
    ItemStatus.LOST: "Lost",
    ItemStatus.STOLEN: "Stolen",
    ItemStatus.DESTROYED: "Destroyed",
    ItemStatus.DISPOSED: "Disposed",
    ItemStatus.MERGED: "Merged back",
    ItemStatus.CONSUMED: "Used up",
}

#: Statuses that end an item's active life: an incident (lost, stolen,
#: destroyed), a disposal, a lot part merged back, or a lot used up.
RETIRED_STATUSES = frozenset(
    {
        ItemStatus.LOST,
        ItemStatus.STOLEN,
        ItemStatus.DESTROYED,
        ItemStatus.DISPOSED,
        ItemStatus.MERGED,
        ItemStatus.CONSUMED,
    }
)


class Condition(enum.StrEnum):
    """Physical condition, as recorded at purchase, handover or an end-use check."""

    NEW = "new"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    UNSERVICEABLE = "unserviceable"

    @property
    def label(self) -> str:
        """The condition in English words (the interface uses `services.vocabulary`)."""
        return self.value.capitalize()


class LocationKind(enum.StrEnum):
    """What sort of place a location is."""

    OFFICE = "office"
    BORDER_CHECKPOINT = "border_checkpoint"
    WAREHOUSE = "warehouse"
    TREATMENT_CENTRE = "treatment_centre"

    @property
    def label(self) -> str:
        """The kind in English words (the interface uses `services.vocabulary`)."""
        return self.value.replace("_", " ").capitalize()


class Province(Base):
    """One of Laos's 17 provinces or Vientiane Capital."""

    __tablename__ = "provinces"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(80), unique=True)
    name_lo: Mapped[str] = mapped_column(String(80), default="")


class Category(Base):
    """A kind of equipment (vehicles, radios, drug-test kits…)."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120), unique=True)
    name_lo: Mapped[str] = mapped_column(String(120), default="")
    # Months between end-use checks of its items (None: the register's default).
    check_interval_months: Mapped[int | None] = mapped_column(Integer)


class Agency(Base):
    """A receiving agency or unit (LCDC, a provincial CNU, a checkpoint unit)."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    name_lo: Mapped[str] = mapped_column(String(200), default="")
    short_name: Mapped[str] = mapped_column(String(40), default="")
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id"))
    # Where a handover to the unit takes the equipment unless the receipt says otherwise.
    main_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))

    province: Mapped[Province | None] = relationship()
    main_location: Mapped[Location | None] = relationship(foreign_keys=[main_location_id])


class Location(Base):
    """A place where equipment sits: an office, a border checkpoint, a store."""

    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    name_lo: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(30), default=LocationKind.OFFICE.value)
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id"))

    province: Mapped[Province] = relationship()


class Person(Base):
    """An officer who receives, hands over or witnesses a handover."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_lo: Mapped[str] = mapped_column(String(200), default="")
    rank: Mapped[str] = mapped_column(String(80), default="")
    position_en: Mapped[str] = mapped_column(String(200), default="")
    position_lo: Mapped[str] = mapped_column(String(200), default="")
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    phone: Mapped[str] = mapped_column(String(60), default="")

    agency: Mapped[Agency | None] = relationship()


class FundingSource(Base):
    """A programme and agreement that paid for equipment, and who holds title."""

    __tablename__ = "funding_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), unique=True)
    name_lo: Mapped[str] = mapped_column(String(200), default="")
    agreement_number: Mapped[str] = mapped_column(String(80), default="")
    title_holder: Mapped[str] = mapped_column(String(200), default="")


class Item(Base):
    """One donated item, or one lot of consumables, with its donor-property record."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique whatever the case: see the index on lower(asset_tag) below the class.
    asset_tag: Mapped[str] = mapped_column(String(60))
    serial_number: Mapped[str] = mapped_column(String(120), default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    make: Mapped[str] = mapped_column(String(120), default="")
    model: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text)
    # The description in Lao, optional (NULL in registers made before revision 0008).
    description_lo: Mapped[str | None] = mapped_column(Text, nullable=True, default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(30), default="each")
    lot_number: Mapped[str] = mapped_column(String(80), default="")
    expiry_date: Mapped[date | None] = mapped_column(Date)
    unit_value: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    funding_source_id: Mapped[int | None] = mapped_column(ForeignKey("funding_sources.id"))
    title_holder: Mapped[str] = mapped_column(String(200), default="")
    federal_share_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("100"))
    acquisition_date: Mapped[date | None] = mapped_column(Date)
    vendor: Mapped[str] = mapped_column(String(200), default="")
    po_number: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(20), default=ItemStatus.IN_STOCK.value)
    holder_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    condition: Mapped[str] = mapped_column(String(20), default=Condition.NEW.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    category: Mapped[Category] = relationship()
    funding_source: Mapped[FundingSource | None] = relationship()
    holder: Mapped[Agency | None] = relationship()
    location: Mapped[Location | None] = relationship()

    __table_args__ = (
        Index("ix_items_status", "status"),
        Index("ix_items_holder_agency_id", "holder_agency_id"),
        Index("ix_items_location_id", "location_id"),
        Index("ix_items_category_id", "category_id"),
        Index("ix_items_funding_source_id", "funding_source_id"),
        Index("ix_items_serial_number", "serial_number"),
    )


#: "INL-24-0001" and "inl-24-0001" are the same tag. An expression index says so
#: on every database (SQLite's NOCASE collation does not exist elsewhere).
Index("uq_items_asset_tag_lower", func.lower(Item.asset_tag), unique=True)


class LotConsumption(Base):
    """A quantity of a lot used up or distributed (test kits used, reagents spent).

    Each record lowers the lot's `quantity`; a lot used up gets the status
    `consumed`. The item's history records the same change.
    """

    __tablename__ = "lot_consumptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(120), default="")
    remark: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    item: Mapped[Item] = relationship()

    __table_args__ = (
        Index("ix_lot_consumptions_item_id", "item_id"),
        Index("ix_lot_consumptions_date", "date"),
    )


class AuditEvent(Base):
    """One entry of the history: who changed what, when, from what to what.

    `prev_hash` and `hash` chain each event to the one before, so that an edit
    of the history after the fact shows.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(120))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    changes: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)


class AuditAnchor(Base):
    """Where the history is anchored, so that deleting its newest events shows.

    One row of kind "chain" (`ref_id` 0) holds how many events the history
    has (`events`) and the hash of the newest (`event_hash`). One row of kind
    "item" per item holds the hash of the item's newest event and a digest of
    the item's row as that event left it (`state_hash`), so that a value
    changed in the file behind the history shows. Both are written in the
    transaction of every `audit.record` (see `db/anchors.py`).
    """

    __tablename__ = "audit_anchors"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    ref_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    events: Mapped[int] = mapped_column(Integer, default=0)
    event_hash: Mapped[str] = mapped_column(String(64))
    state_hash: Mapped[str] = mapped_column(String(64), default="")
