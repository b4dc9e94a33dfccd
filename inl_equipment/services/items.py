"""Create, edit and retire equipment items, with validation and history.

Every function takes the caller's session (one unit of work) and raises
`ValidationError` with a message per field, so that a form can show each
message next to its field and the command line can print the first. The
rules that need no database live in `item_rules`; their names are kept
importable from here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Agency, Category, FundingSource, Item, Location
from inl_equipment.db.monitoring import Disposal, DisposalLine, Incident
from inl_equipment.db.text_functions import byte_length
from inl_equipment.i18n import Msg, Text
from inl_equipment.services import audit
from inl_equipment.services.item_rules import (
    ASSET_TAG_MAX,
    INPUT_FIELDS,
    MAX_MONEY,
    RETIRE_OUTCOMES,
    ItemInput,
    clean_input,
    field_errors,
    field_messages,
    identifier_key,
    may_choose_status,
    money_error,
    normalize_identifier,
    retire_choices,
    retire_messages,
    retired_status_message,
    status_editable,
)

__all__ = [
    "ASSET_TAG_MAX",
    "INPUT_FIELDS",
    "MAX_MONEY",
    "RETIRE_OUTCOMES",
    "ItemInput",
    "ItemRecord",
    "NotFoundError",
    "ValidationError",
    "clean_input",
    "create_item",
    "field_errors",
    "field_messages",
    "find_by_tag",
    "get_item",
    "identifier_key",
    "may_choose_status",
    "money_error",
    "normalize_identifier",
    "retire_choices",
    "retire_messages",
    "retired_status_message",
    "status_editable",
    "update_item",
    "validate",
]


class ValidationError(Exception):
    """Input that breaks a rule: a message per field, for a form to show beside each.

    `messages` holds the messages as given (a `Msg` renders in whatever
    language the interface shows when it is read); `errors` is the same
    rendered now, as text.
    """

    def __init__(self, errors: Mapping[str, Text]) -> None:
        """Messages by field name ("asset_tag", "lines", "reason"...)."""
        self.messages: dict[str, Text] = dict(errors)
        super().__init__(self.messages)

    @property
    def errors(self) -> dict[str, str]:
        """Each field's message in the interface's language now."""
        return {name: str(message) for name, message in self.messages.items()}

    def __str__(self) -> str:
        return "; ".join(f"{name}: {message}" for name, message in self.messages.items())


class NotFoundError(Exception):
    """The record asked for does not exist (any more)."""


@dataclass(slots=True)
class ItemRecord:
    """An item as stored, with the names of what it refers to (plain data for the UI)."""

    id: int
    values: ItemInput
    category_name: str = ""
    funding_name: str = ""
    holder_name: str = ""
    location_name: str = ""
    disposal_date: date | None = None
    disposal_method: str = ""
    disposal_price: Decimal | None = None


def find_by_tag(session: Session, asset_tag: str) -> int | None:
    """The item whose asset tag is `asset_tag`, both normalised, in any case (None: none).

    Tags are stored normalised, so SQL finds them by the index on lower(asset_tag); a tag
    stored before normalisation, or outside ASCII (which SQL's lower() leaves as it is),
    is compared in Python.
    """
    key = identifier_key(asset_tag)
    if not key:
        return None
    found = session.scalar(select(Item.id).where(func.lower(Item.asset_tag) == key))
    if found is not None:
        return int(found)
    # Only tags outside ASCII can differ from their key in a way SQL's lower() misses:
    # those are the ones whose length in bytes is not their length in characters.
    non_ascii = byte_length(Item.asset_tag) != func.length(Item.asset_tag)
    for item_id, tag in session.execute(select(Item.id, Item.asset_tag).where(non_ascii)):
        if not tag.isascii() and identifier_key(tag) == key:
            return int(item_id)
    return None


def validate(
    session: Session, data: ItemInput, *, item_id: int | None = None, today: date | None = None
) -> ItemInput:
    """Check every rule; return the cleaned input or raise `ValidationError`."""
    data = clean_input(data)
    errors: dict[str, Msg] = field_messages(data, is_new=item_id is None, today=today)
    if "asset_tag" not in errors:
        clash = find_by_tag(session, data.asset_tag)
        if clash is not None and clash != item_id:
            errors["asset_tag"] = Msg.translate(
                "Items", "Asset tag {tag} is already used by another item."
            ).format(tag=data.asset_tag)
    for name, model in (
        ("category_id", Category),
        ("funding_source_id", FundingSource),
        ("holder_agency_id", Agency),
        ("location_id", Location),
    ):
        ref = getattr(data, name)
        if name not in errors and ref is not None and session.get(model, ref) is None:
            errors[name] = Msg.translate("Items", "That choice no longer exists.")
    if errors:
        raise ValidationError(errors)
    return data


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """[old, new] of every field that differs."""
    return {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}


def _snapshot(item: Item) -> dict[str, Any]:
    """The item's input fields as stored (no Lao description, NULL before 0008, is "")."""
    values = {name: getattr(item, name) for name in INPUT_FIELDS}
    if values["description_lo"] is None:
        values["description_lo"] = ""
    return values


def create_item(session: Session, data: ItemInput, operator: str) -> int:
    """Add one item; returns its id."""
    data = validate(session, data)
    now = audit.now_utc()
    item = Item(**dataclasses.asdict(data), created_at=now, updated_at=now)
    session.add(item)
    session.flush()
    created = {k: v for k, v in _snapshot(item).items() if v not in ("", None)}
    audit.record(session, operator, [audit.NewEvent("item", item.id, "create", created)], now)
    return item.id


def _load(session: Session, item_id: int) -> Item:
    """The item, or NotFoundError."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(Msg.translate("Items", "item {id} does not exist").format(id=item_id))
    return item


def update_item(session: Session, item_id: int, data: ItemInput, operator: str) -> bool:
    """Save an edit; returns False when nothing changed (and writes no event)."""
    item = _load(session, item_id)
    data = validate(session, data, item_id=item_id)
    kept = retired_status_message(item.status, data.status)
    if kept is not None:
        raise ValidationError({"status": kept})
    before = _snapshot(item)
    changes = _changes(before, dataclasses.asdict(data))
    if not changes:
        return False
    for name, (_old, new) in changes.items():
        setattr(item, name, new)
    now = audit.now_utc()
    item.updated_at = now
    action = "status" if set(changes) == {"status"} else "edit"
    audit.record(session, operator, [audit.NewEvent("item", item_id, action, changes)], now)
    return True


def get_item(session: Session, item_id: int) -> ItemRecord:
    """One item with the names of its category, funding, holder and location."""
    item = _load(session, item_id)
    values = ItemInput(**_snapshot(item))
    return ItemRecord(
        id=item.id,
        values=values,
        category_name=item.category.name_en,
        funding_name=item.funding_source.name_en if item.funding_source else "",
        holder_name=item.holder.name_en if item.holder else "",
        location_name=item.location.name_en if item.location else "",
        **_retirement(session, item.id),
    )


def _retirement(session: Session, item_id: int) -> dict[str, Any]:
    """When and how the item left the register: its disposal, else its newest incident."""
    disposed = session.execute(
        select(Disposal.date, Disposal.detail, Disposal.method, DisposalLine.sale_price)
        .join(DisposalLine, DisposalLine.disposal_id == Disposal.id)
        .where(DisposalLine.item_id == item_id)
    ).first()
    if disposed is not None:
        when, detail, method, price = disposed
        return {"disposal_date": when, "disposal_method": detail or method, "disposal_price": price}
    incident = session.execute(
        select(Incident.date, Incident.remark, Incident.number)
        .where(Incident.item_id == item_id)
        .order_by(Incident.date.desc(), Incident.id.desc())
        .limit(1)
    ).first()
    if incident is not None:
        when, remark, number = incident
        return {"disposal_date": when, "disposal_method": remark or number}
    return {}
