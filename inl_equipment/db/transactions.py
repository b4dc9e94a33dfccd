"""Tables for handovers (with their receipts), attachments and imports.

A handover's receipt content is stored as issued (`content`, canonical JSON)
with its SHA-256 `digest`: a receipt printed again is the same document, and
the QR code on paper can be checked against the record.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from inl_equipment.db import monitoring as monitoring  # the tables attachments refer to
from inl_equipment.db.models import Agency, Base, Item, Location
from inl_equipment.db.session import take_write_lock
from inl_equipment.db.types import Money


class HandoverKind(enum.StrEnum):
    """Which way equipment moves; each kind has its own receipt prefix."""

    HANDOVER = "handover"  # donor stock → unit
    RETURN = "return"  # unit → donor stock
    TRANSFER = "transfer"  # unit → unit

    @property
    def prefix(self) -> str:
        """The letters receipts of this kind are numbered with (HR, RT, TR)."""
        return {"handover": "HR", "return": "RT", "transfer": "TR"}[self.value]


class HandoverStatus(enum.StrEnum):
    """An issued receipt stays on file; a wrong one is voided, never deleted."""

    ISSUED = "issued"
    VOID = "void"


class ReceiptCounter(Base):
    """The last receipt number given, per prefix and year (numbers are never reused)."""

    __tablename__ = "receipt_counters"

    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


def next_receipt_counter(session: Session, prefix: str, year: int) -> int:
    """The next receipt number for `prefix` and `year`, counted in the caller's transaction.

    Takes the write lock first: two saves at once queue up here and never
    get the same number; a save that is rolled back leaves the counter as it was.
    """
    take_write_lock(session)
    counter = session.get(ReceiptCounter, (prefix, year))
    if counter is None:
        counter = ReceiptCounter(prefix=prefix, year=year, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return counter.last


class Handover(Base):
    """One handover, return or transfer, and its issued receipt."""

    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(8), default=HandoverStatus.ISSUED.value)
    date: Mapped[date] = mapped_column(Date)
    from_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    to_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    handed_over_by: Mapped[str] = mapped_column(String(200), default="")
    received_by: Mapped[str] = mapped_column(String(200), default="")
    witness: Mapped[str] = mapped_column(String(200), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    total_value: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    operator: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str] = mapped_column(String(120), default="")

    from_agency: Mapped[Agency | None] = relationship(foreign_keys=[from_agency_id])
    to_agency: Mapped[Agency | None] = relationship(foreign_keys=[to_agency_id])
    location: Mapped[Location | None] = relationship()
    lines: Mapped[list[HandoverLine]] = relationship(
        back_populates="handover", order_by="HandoverLine.line_no"
    )

    __table_args__ = (Index("ix_handovers_date", "date"),)


class HandoverLine(Base):
    """One item (or part of a lot) on a handover."""

    __tablename__ = "handover_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_value: Mapped[Decimal] = mapped_column(Money())
    condition: Mapped[str] = mapped_column(String(20))
    # Custody before this line, to restore it if the handover is voided.
    prev_status: Mapped[str] = mapped_column(String(20))
    prev_holder_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    prev_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    split_from_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))

    handover: Mapped[Handover] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship(foreign_keys=[item_id])

    __table_args__ = (
        UniqueConstraint("handover_id", "line_no", name="uq_handover_lines_line"),
        Index("ix_handover_lines_item_id", "item_id"),
    )


class Attachment(Base):
    """A file kept with one record, stored by content hash.

    It belongs to exactly one of a handover (the scanned signed receipt), an
    inspection (photos), an incident (the police report), a disposal, or an
    item (its photos, on the item page).
    """

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handovers.id"))
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    disposal_id: Mapped[int | None] = mapped_column(ForeignKey("disposals.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(60))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_attachments_handover_id", "handover_id"),
        Index("ix_attachments_inspection_id", "inspection_id"),
        Index("ix_attachments_incident_id", "incident_id"),
        Index("ix_attachments_disposal_id", "disposal_id"),
        Index("ix_attachments_item_id", "item_id"),
    )


class ImportRecord(Base):
    """One committed import: which file, who, when, and what it did."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    operator: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
