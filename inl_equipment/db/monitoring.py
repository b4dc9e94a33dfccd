"""Tables for end-use monitoring: site checks and their results, incidents, disposals.

An inspection (`EU-<year>-NNNN`) records, item by item, what was found at a
site. `item_checks` keeps each item's latest result and its run of "not
seen" so that the register table and the due list read one row per item
instead of the whole history of results. Incidents (loss, theft, damage) and
disposals are records of their own, each with its number; an item leaves
the register's active life through one of them.
"""

from __future__ import annotations

import datetime as dt
import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inl_equipment.db.models import Agency, Base, Item, Location
from inl_equipment.db.types import Money


class CheckResult(enum.StrEnum):
    """What an inspector found of one item."""

    IN_USE = "in_use"
    IN_STORAGE = "in_storage"  # serviceable, not in use
    UNSERVICEABLE = "unserviceable"
    UNDER_REPAIR = "under_repair"
    NOT_SEEN = "not_seen"
    LOST = "lost"
    STOLEN = "stolen"
    DESTROYED = "destroyed"


#: Results that count an item as verified (serviceable, where it should be).
VERIFIED_RESULTS = frozenset({CheckResult.IN_USE, CheckResult.IN_STORAGE})


class CheckMethod(enum.StrEnum):
    """How a site check was made."""

    ON_SITE = "on_site"
    REMOTE = "remote"  # photo evidence sent by the unit
    DOCUMENTS = "documents"  # document review


class IntendedUse(enum.StrEnum):
    """Whether the item is used for the purpose it was donated for."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class IncidentKind(enum.StrEnum):
    """What happened to an item."""

    LOST = "lost"
    STOLEN = "stolen"
    DAMAGED = "damaged"  # damaged beyond repair, destroyed


class IncidentOutcome(enum.StrEnum):
    """How an incident's investigation ended ("" while it is open)."""

    RECOVERED = "recovered"
    WRITTEN_OFF = "written_off"
    REPLACED = "replaced"
    REIMBURSED = "reimbursed"


class DisposalMethod(enum.StrEnum):
    """How donated property left the programme."""

    TRANSFERRED = "transferred"  # title transferred to the recipient government
    SOLD = "sold"
    DESTROYED = "destroyed"
    SCRAPPED = "scrapped"
    RETURNED = "returned"  # returned to the donor
    OTHER = "other"  # older records whose method words fit none of the above


class RegisterSetting(Base):
    """One register-wide setting (the check interval), shared by every copy of the app."""

    __tablename__ = "register_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Inspection(Base):
    """One site check (an end-use monitoring visit, remote check or document review)."""

    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    date: Mapped[date] = mapped_column(Date)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    inspectors: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(20), default=CheckMethod.ON_SITE.value)
    remark: Mapped[str] = mapped_column(Text, default="")
    # The field checklist it was imported from, if any: a sheet is imported once.
    checklist_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    operator: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    location: Mapped[Location] = relationship()
    agency: Mapped[Agency | None] = relationship()
    results: Mapped[list[InspectionResult]] = relationship(
        back_populates="inspection", order_by="InspectionResult.id"
    )

    __table_args__ = (Index("ix_inspections_date", "date"),)


class InspectionResult(Base):
    """What was found of one item on one inspection."""

    __tablename__ = "inspection_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    result: Mapped[str] = mapped_column(String(20))
    condition: Mapped[str] = mapped_column(String(20), default="")
    intended_use: Mapped[str] = mapped_column(String(8), default=IntendedUse.UNKNOWN.value)
    remark: Mapped[str] = mapped_column(Text, default="")
    # Seen at this site while registered elsewhere (where it was registered then).
    unexpected: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))

    inspection: Mapped[Inspection] = relationship(back_populates="results")
    item: Mapped[Item] = relationship()

    __table_args__ = (
        UniqueConstraint("inspection_id", "item_id", name="uq_inspection_results_item"),
        Index("ix_inspection_results_item_id", "item_id"),
    )


class ItemCheck(Base):
    """An item's latest check, kept with each result so lists need not read them all."""

    __tablename__ = "item_checks"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id"), primary_key=True, autoincrement=False
    )
    last_date: Mapped[date] = mapped_column(Date)
    last_result: Mapped[str] = mapped_column(String(20))
    last_inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"))
    # How many inspections in a row did not see it (two or more: follow it up).
    not_seen_run: Mapped[int] = mapped_column(Integer, default=0)


class Incident(Base):
    """A loss, theft or damage of one item, and its investigation."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))
    place: Mapped[str] = mapped_column(Text, default="")
    reported_by: Mapped[str] = mapped_column(String(200), default="")
    report_ref: Mapped[str] = mapped_column(String(120), default="")
    outcome: Mapped[str] = mapped_column(String(20), default="")  # "" while open
    closed_date: Mapped[dt.date | None] = mapped_column(Date)
    remark: Mapped[str] = mapped_column(Text, default="")
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"))
    # The item's status before the incident, restored if it is recovered.
    prev_status: Mapped[str] = mapped_column(String(20))
    operator: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    item: Mapped[Item] = relationship()

    __table_args__ = (
        Index("ix_incidents_item_id", "item_id"),
        Index("ix_incidents_date", "date"),
    )


class Disposal(Base):
    """One disposal of donated property (one or more items), and its certificate."""

    __tablename__ = "disposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    date: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")  # the method in words
    approval_ref: Mapped[str] = mapped_column(String(120), default="")
    witnesses: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    lines: Mapped[list[DisposalLine]] = relationship(
        back_populates="disposal", order_by="DisposalLine.id"
    )

    __table_args__ = (Index("ix_disposals_date", "date"),)


class DisposalLine(Base):
    """One item of a disposal, with what it fetched when sold."""

    __tablename__ = "disposal_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    disposal_id: Mapped[int] = mapped_column(ForeignKey("disposals.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), unique=True)
    sale_price: Mapped[Decimal | None] = mapped_column(Money())
    prev_status: Mapped[str] = mapped_column(String(20))

    disposal: Mapped[Disposal] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()
