"""Disposals: donated property leaving the programme, one record for one or more items.

A disposal (`DS-<year>-NNNN`) says when, how (transferred to the recipient
government, sold, destroyed, scrapped, returned to the donor), under which
approval and before which witnesses; each item on it becomes *disposed*
and may carry its sale price. Its certificate is printed from the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Item, ItemStatus
from inl_equipment.db.monitoring import Disposal, DisposalLine, DisposalMethod
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.incidents import REF_MAX, TEXT_MAX, number_for
from inl_equipment.services.item_rules import money_error
from inl_equipment.services.items import ValidationError


@dataclass(slots=True)
class DisposalInput:
    """What a disposal records; `prices` are sale prices by item id (sold items)."""

    when: date
    method: str
    item_ids: list[int]
    detail: str = ""
    approval_ref: str = ""
    witnesses: str = ""
    prices: dict[int, Decimal] = field(default_factory=dict)


#: Words in a free-text method and the method they mean (the first found wins).
_METHOD_WORDS = (
    ("sold", DisposalMethod.SOLD),
    ("auction", DisposalMethod.SOLD),
    ("sale", DisposalMethod.SOLD),
    ("destroy", DisposalMethod.DESTROYED),
    ("burn", DisposalMethod.DESTROYED),
    ("scrap", DisposalMethod.SCRAPPED),
    ("return", DisposalMethod.RETURNED),
    ("donor", DisposalMethod.RETURNED),
    ("transfer", DisposalMethod.TRANSFERRED),
    ("government", DisposalMethod.TRANSFERRED),
)


def method_from_words(words: str) -> str:
    """The disposal method a free-text description names ("other" when none fits)."""
    lowered = words.casefold()
    for word, method in _METHOD_WORDS:
        if word in lowered:
            return method.value
    return DisposalMethod.OTHER.value


def _problems(data: DisposalInput, items: list[Item], today: date) -> dict[str, Msg]:
    out: dict[str, Msg] = {}
    if not data.item_ids:
        out["items"] = Msg.translate("Disposals", "Choose the items to dispose of.")
    missing = len(set(data.item_ids)) - len(items)
    if missing:
        out["items"] = Msg.translate("Disposals", "Some items do not exist (any more).")
    gone = [i.asset_tag for i in items if i.status in RETIRED_STATUSES]
    if gone:
        out["items"] = Msg.translate("Disposals", "Already out of the register: {tags}.").format(
            tags=", ".join(gone[:5])
        )
    if data.method not in set(DisposalMethod):
        out["method"] = Msg.translate("Disposals", "Choose how the items were disposed of.")
    elif data.method == DisposalMethod.OTHER and not data.detail.strip():
        out["detail"] = Msg.translate("Disposals", "Say in words how the items were disposed of.")
    if data.when > today:
        out["date"] = Msg.translate("Disposals", "The date cannot be in the future.")
    if len(data.approval_ref) > REF_MAX:
        out["approval_ref"] = Msg.translate(
            "Disposals", "The approval reference is longer than {max} characters."
        ).format(max=REF_MAX)
    for name in ("detail", "witnesses"):
        if len(getattr(data, name)) > TEXT_MAX:
            out[name] = Msg.translate("Disposals", "Longer than {max} characters.").format(
                max=TEXT_MAX
            )
    for price in data.prices.values():
        problem = money_error(price)
        if problem:
            out["prices"] = problem
    return out


def record_disposal(
    session: Session, data: DisposalInput, operator: str, today: date | None = None
) -> str:
    """Record a disposal and mark its items disposed; returns the disposal's number."""
    ids = sorted(set(data.item_ids))
    items = list(session.scalars(select(Item).where(Item.id.in_(ids)).order_by(Item.id)))
    problems = _problems(data, items, today or date.today())
    if problems:
        raise ValidationError(problems)
    now = audit.now_utc()
    number = number_for(session, "DS", data.when.year)
    disposal = Disposal(
        number=number,
        date=data.when,
        method=data.method,
        detail=data.detail.strip(),
        approval_ref=data.approval_ref.strip(),
        witnesses=data.witnesses.strip(),
        operator=operator,
        created_at=now,
    )
    session.add(disposal)
    session.flush()
    events = [audit.NewEvent("disposal", disposal.id, "record", {"items": len(items)})]
    for item in items:
        price = data.prices.get(item.id)
        session.add(
            DisposalLine(
                disposal_id=disposal.id, item_id=item.id, sale_price=price, prev_status=item.status
            )
        )
        changes: dict[str, object] = {
            "status": [item.status, ItemStatus.DISPOSED.value],
            "disposal": number,
            "method": data.method,
        }
        if price is not None:
            changes["sale_price"] = str(price)
        events.append(audit.NewEvent("item", item.id, "dispose", changes))
        item.status, item.updated_at = ItemStatus.DISPOSED.value, now
    session.flush()
    audit.record(session, operator, events, now)
    return number
