"""Which items a handover may take, how much of a lot, and the custody it gives.

Plain rules on plain values, no session: the service applies them when a
handover is saved or voided, and a form applies the same ones while the user
picks items (the Find list, the quantity spin box), so both always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from inl_equipment import formatting
from inl_equipment.db.models import RETIRED_STATUSES, Item, ItemStatus
from inl_equipment.db.transactions import HandoverKind
from inl_equipment.i18n import Msg
from inl_equipment.services.columns import R
from inl_equipment.services.vocabulary import status_word

#: (status, holder unit id, location id): where an item stands and with whom.
Custody = tuple[str, int | None, int | None]


def may_take(kind: str, status: str, holder_id: int | None, from_agency_id: int | None) -> bool:
    """Whether an item in this state may go on a handover of `kind`.

    A handover takes items in stock; a return or transfer takes items held by
    the unit they come from (`from_agency_id`; None while the form has no unit
    chosen yet: held by any unit).
    """
    if kind == HandoverKind.HANDOVER:
        return status == ItemStatus.IN_STOCK
    return status == ItemStatus.HANDED_OVER and from_agency_id in (None, holder_id)


def _retired_message(status: str) -> Msg:
    """Why a lost, stolen or disposed item cannot move (one sentence per status)."""
    if status == ItemStatus.LOST:
        return Msg.translate("Handovers", "{tag} is lost and cannot be handed over")
    if status == ItemStatus.STOLEN:
        return Msg.translate("Handovers", "{tag} is stolen and cannot be handed over")
    if status == ItemStatus.DISPOSED:
        return Msg.translate("Handovers", "{tag} is disposed and cannot be handed over")
    return Msg.translate("Handovers", "{tag} is {status} and cannot be handed over").format(
        status=status_word(status)
    )


def unavailable_message(item: Item, kind: str, from_agency_id: int | None) -> Msg | None:
    """Why this item cannot go on a handover of `kind` (None: it can), shown when read."""
    status, tag = item.status, item.asset_tag
    if status in RETIRED_STATUSES:
        return _retired_message(status).format(tag=tag)
    if kind == HandoverKind.HANDOVER:
        if status == ItemStatus.HANDED_OVER:
            if item.holder is None:
                return Msg.translate("Handovers", "{tag} is already with another unit").format(
                    tag=tag
                )
            return Msg.translate("Handovers", "{tag} is already with {holder}").format(
                tag=tag, holder=item.holder.name_en
            )
        if status == ItemStatus.IN_REPAIR:
            return Msg.translate("Handovers", "{tag} is in repair").format(tag=tag)
        return None
    if status != ItemStatus.HANDED_OVER or item.holder_agency_id != from_agency_id:
        return Msg.translate(
            "Handovers", "{tag} is not held by the unit it would come from"
        ).format(tag=tag)
    return None


def unavailable_reason(item: Item, kind: str, from_agency_id: int | None) -> str | None:
    """Why this item cannot go on a handover of `kind`, or None when it can.

    The text is in the interface's language now; `unavailable_message` gives
    the message object, for a reason kept and shown later.
    """
    why = unavailable_message(item, kind, from_agency_id)
    return None if why is None else str(why)


def can_split(available: int) -> bool:
    """Whether a line may take part of the item: only a lot of more than one unit."""
    return available > 1


def quantity_range(available: int) -> tuple[int, int]:
    """The quantities a line may take of an item or lot holding `available` units."""
    return 1, max(1, available)


def quantity_message(tag: str, quantity: int, available: int) -> Msg | None:
    """What is wrong with taking `quantity` of the `available` units (None: nothing)."""
    if 1 <= quantity <= available:
        return None
    return Msg.translate("Handovers", "{tag}: quantity must be 1 to {most}").format(
        tag=tag, most=formatting.number(available)
    )


def line_quantity(quantity: int, available: int) -> int | None:
    """The quantity a line asks for: None for the whole item or lot, else the part."""
    return None if quantity == available else quantity


def date_message(item: Item, when: date) -> Msg | None:
    """Why an item cannot be on a handover dated `when` (bought later), or None."""
    if item.acquisition_date is None or item.acquisition_date <= when:
        return None
    return Msg.translate(
        "Handovers", "{tag} was acquired on {acquired}, after the handover date"
    ).format(tag=item.asset_tag, acquired=formatting.day(item.acquisition_date))


def custody_given(kind: str, to_agency_id: int | None, location_id: int | None) -> Custody:
    """(status, holder, location) a handover of `kind` gives each of its items.

    A return puts items back in donor stock (no holder); a handover or a
    transfer puts them with the receiving unit.
    """
    if kind == HandoverKind.RETURN:
        return ItemStatus.IN_STOCK.value, None, location_id
    return ItemStatus.HANDED_OVER.value, to_agency_id, location_id


def takeable_rows(
    rows: Iterable[Sequence[Any]], kind: str, from_agency_id: int | None
) -> Iterator[Sequence[Any]]:
    """The register rows (`columns.ROW_FIELDS` tuples) a handover of `kind` may take."""
    status, holder = R["status"], R["holder_agency_id"]
    for row in rows:
        if may_take(kind, row[status], row[holder], from_agency_id):
            yield row
