"""Retire: the quick way an item leaves the register, from the item's own form.

A disposal becomes a disposal record of that one item, a loss or theft an
open incident; both keep the words the officer gave. Larger disposals (a
lot of scrapped radios, one certificate) go through `disposals` directly.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from inl_equipment.db.models import Item, ItemStatus
from inl_equipment.i18n import Msg
from inl_equipment.services.disposals import DisposalInput, method_from_words, record_disposal
from inl_equipment.services.incidents import IncidentInput, open_incident
from inl_equipment.services.items import NotFoundError, ValidationError, retire_messages


def retire_item(
    session: Session,
    item_id: int,
    status: str,
    when: date,
    method: str,
    operator: str,
    sale_price: Decimal | None = None,
    today: date | None = None,
) -> str:
    """Mark an item lost, stolen or disposed; returns the incident's or disposal's number."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(Msg.translate("Items", "item {id} does not exist").format(id=item_id))
    method = " ".join(method.split())
    errors = retire_messages(
        status, when, method, sale_price, current_status=item.status, today=today
    )
    if errors:
        raise ValidationError(errors)
    if status == ItemStatus.DISPOSED:
        prices = {item_id: sale_price} if sale_price is not None else {}
        data = DisposalInput(
            when, method_from_words(method), [item_id], detail=method, prices=prices
        )
        return record_disposal(session, data, operator, today)
    incident = IncidentInput(item_id, when, kind=status, remark=method)
    return open_incident(session, incident, operator, today)
