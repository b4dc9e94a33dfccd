"""Voiding an issued receipt: each item gets back the custody the receipt replaced.

A receipt is voided only while undoing it undoes nothing else: no later
receipt moved its items, and nothing changed them since (retired, edited,
imported). Otherwise the message says what to do first.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inl_equipment.db.transactions import Handover, HandoverLine, HandoverStatus
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.handover_rules import Custody, custody_given
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.lots import fold_back
from inl_equipment.services.vocabulary import status_word


def void_handover(session: Session, number: str, reason: str, operator: str) -> None:
    """Void an issued receipt and give each item back the custody it had before."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            {"reason": Msg.translate("Handovers", "Say why this receipt is void.")}
        )
    handover = _issued(session, number)
    expected = custody_given(handover.kind, handover.to_agency_id, handover.location_id)
    for line in handover.lines:
        _check_undoable(session, handover, line, expected)
    events: list[audit.NewEvent] = []
    for line in handover.lines:
        events.extend(_restore(session, line, number))
    now = audit.now_utc()
    handover.status, handover.void_reason = HandoverStatus.VOID.value, reason
    handover.voided_at, handover.voided_by = now, operator
    events.append(
        audit.NewEvent("handover", handover.id, "void", {"number": number, "reason": reason})
    )
    audit.record(session, operator, events, now)


def _issued(session: Session, number: str) -> Handover:
    """The handover numbered `number`, which must not be void already."""
    handover = session.scalar(select(Handover).where(Handover.number == number))
    if handover is None:
        raise NotFoundError(
            Msg.translate("Handovers", "no receipt numbered {number}").format(number=number)
        )
    if handover.status == HandoverStatus.VOID:
        raise ValidationError(
            {
                "reason": Msg.translate("Handovers", "{number} is already void.").format(
                    number=number
                )
            }
        )
    return handover


def _later_receipt(session: Session, handover: Handover, line: HandoverLine) -> str | None:
    """The number of an issued receipt after `handover` that moved this line's item (or lot)."""
    return session.scalar(
        select(Handover.number)
        .join(HandoverLine)
        .where(
            or_(
                HandoverLine.item_id == line.item_id,
                HandoverLine.split_from_item_id == line.item_id,
            ),
            Handover.id > handover.id,
            Handover.status == HandoverStatus.ISSUED,
        )
        .limit(1)
    )


def _check_undoable(
    session: Session, handover: Handover, line: HandoverLine, expected: Custody
) -> None:
    """Refuse the void when restoring this line would undo a later receipt or change."""
    later = _later_receipt(session, handover, line)
    if later:
        raise ValidationError(
            {
                "reason": Msg.translate(
                    "Handovers", "{tag} has since moved on receipt {later}; void that one first."
                ).format(tag=line.item.asset_tag, later=later)
            }
        )
    item = line.item
    if (item.status, item.holder_agency_id, item.location_id) != expected:
        # Restoring would undo a later change (retired, edited, imported).
        raise ValidationError(
            {
                "reason": Msg.translate(
                    "Handovers",
                    "{tag} has changed since this receipt (it is now {status}); "
                    "correct the item itself instead of voiding the receipt.",
                ).format(tag=item.asset_tag, status=status_word(item.status))
            }
        )


def _restore(session: Session, line: HandoverLine, number: str) -> list[audit.NewEvent]:
    """Give the line's item the custody it had before; fold a split part back into its lot."""
    item = line.item
    events = [
        audit.NewEvent(
            "item",
            item.id,
            "void",
            {
                "status": [item.status, line.prev_status],
                "holder_agency_id": [item.holder_agency_id, line.prev_holder_agency_id],
                "location_id": [item.location_id, line.prev_location_id],
                "receipt": number,
            },
        )
    ]
    item.status, item.holder_agency_id = line.prev_status, line.prev_holder_agency_id
    item.location_id = line.prev_location_id
    if line.split_from_item_id is not None:
        events.extend(fold_back(session, line, number))
    return events
