"""Reading handovers: the list with its filters, and one handover in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from inl_equipment.db.models import Agency, Item
from inl_equipment.db.text_functions import text_position
from inl_equipment.db.transactions import Attachment, Handover, HandoverLine
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg
from inl_equipment.services.receipts import DONOR_EN
from inl_equipment.services.vocabulary import marked_text

#: The donor's side of a handover, short enough for a list column (`DONOR_EN` in full).
DONOR_SHORT = QT_TRANSLATE_NOOP("Handovers", "INL (donor stock)")


def short_party(name: str) -> str:
    """`name` as a list column shows it: the donor's long name made short (and translated)."""
    return marked_text("Handovers", DONOR_SHORT) if name == DONOR_EN else name


@dataclass(frozen=True, slots=True)
class HandoverRow:
    """One line of the Handovers list."""

    id: int
    number: str
    date: date
    kind: str
    status: str
    from_name: str
    to_name: str
    items: int
    total_value: Decimal
    signed_copy: bool


@dataclass(frozen=True, slots=True)
class HandoverLineRow:
    """One item of a handover, as shown in its details."""

    line_no: int
    item_id: int
    asset_tag: str
    serial_number: str
    lot_number: str
    description: str
    quantity: int
    unit_value: Decimal
    condition: str


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """A file kept with a handover."""

    id: int
    original_name: str
    stored_name: str
    size: int
    media_type: str


@dataclass(frozen=True, slots=True)
class HandoverDetail:
    """A handover with its lines and attachments."""

    row: HandoverRow
    location: str
    handed_over_by: str
    received_by: str
    witness: str
    remarks: str
    void_reason: str
    voided_by: str
    voided_at: datetime | None  # aware, in UTC; None unless voided
    operator: str
    lines: list[HandoverLineRow]
    attachments: list[AttachmentRow]


def list_handovers(
    session: Session,
    text: str = "",
    kind: str | None = None,
    status: str | None = None,
    missing_signed: bool = False,
) -> list[HandoverRow]:
    """Handovers newest first; `text` matches number, units, officers, asset tags."""
    giver, taker = aliased(Agency), aliased(Agency)
    has_copy = exists().where(Attachment.handover_id == Handover.id)
    q = (
        select(Handover, giver.name_en, taker.name_en, has_copy)
        .outerjoin(giver, Handover.from_agency_id == giver.id)
        .outerjoin(taker, Handover.to_agency_id == taker.id)
        .order_by(Handover.date.desc(), Handover.id.desc())
    )
    if kind:
        q = q.where(Handover.kind == kind)
    if status:
        q = q.where(Handover.status == status)
    if missing_signed:
        q = q.where(~has_copy)
    for term in text.split():
        # Literal substring match: no wildcard characters, as LIKE would have.
        needle = term.casefold()
        q = q.where(
            or_(
                text_position(func.lower(Handover.number), needle) > 0,
                text_position(func.lower(func.coalesce(giver.name_en, "")), needle) > 0,
                text_position(func.lower(func.coalesce(taker.name_en, "")), needle) > 0,
                text_position(func.lower(Handover.received_by), needle) > 0,
                text_position(func.lower(Handover.handed_over_by), needle) > 0,
                exists().where(
                    HandoverLine.handover_id == Handover.id,
                    HandoverLine.item_id == Item.id,
                    text_position(func.lower(Item.asset_tag), needle) > 0,
                ),
            )
        )
    return [
        HandoverRow(
            h.id,
            h.number,
            h.date,
            h.kind,
            h.status,
            g or DONOR_EN,
            t or DONOR_EN,
            h.item_count,
            h.total_value,
            bool(copy),
        )
        for h, g, t, copy in session.execute(q)
    ]


def handover_detail(session: Session, number: str) -> HandoverDetail:
    """Handover `number` with its lines and attachments; LookupError if there is none."""
    # The search narrows the list to rows containing `number`; keep the exact one.
    rows = [r for r in list_handovers(session, number) if r.number == number]
    if not rows:
        raise LookupError(
            Msg.translate("Handovers", "no receipt numbered {number}").format(number=number)
        )
    h = session.scalars(select(Handover).where(Handover.number == number)).one()
    lines = [
        HandoverLineRow(
            ln.line_no,
            ln.item_id,
            ln.item.asset_tag,
            ln.item.serial_number,
            ln.item.lot_number,
            ln.item.description,
            ln.quantity,
            ln.unit_value,
            ln.condition,
        )
        for ln in h.lines
    ]
    files = [
        AttachmentRow(a.id, a.original_name, a.stored_name, a.size, a.media_type)
        for a in session.scalars(
            select(Attachment).where(Attachment.handover_id == h.id).order_by(Attachment.id)
        )
    ]
    return HandoverDetail(
        rows[0],
        h.location.name_en if h.location else "",
        h.handed_over_by,
        h.received_by,
        h.witness,
        h.remarks,
        h.void_reason,
        h.voided_by,
        # Stored naive in UTC (SQLite keeps no zone): say so, for conversion to local time.
        h.voided_at.replace(tzinfo=UTC) if h.voided_at else None,
        h.operator,
        lines,
        files,
    )
