"""Create, edit and retire equipment items, with validation and history.

Every function takes the caller's session (one unit of work) and raises
`ValidationError` with a message per field, so that a form can show each
message next to its field and the command line can print the first.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    RETIRED_STATUSES,
    Agency,
    Category,
    Condition,
    FundingSource,
    Item,
    ItemStatus,
    Location,
)
from inl_equipment.services import audit

ASSET_TAG_MAX = 60


class ValidationError(Exception):
    """Input that breaks a rule; `errors` maps a field name to what is wrong."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFoundError(Exception):
    """The record asked for does not exist (any more)."""


@dataclass(slots=True)
class ItemInput:
    """What a form or an import row gives for one item."""

    asset_tag: str = ""
    description: str = ""
    category_id: int | None = None
    serial_number: str = ""
    make: str = ""
    model: str = ""
    quantity: int = 1
    unit: str = "each"
    lot_number: str = ""
    expiry_date: date | None = None
    unit_value: Decimal = Decimal("0")
    funding_source_id: int | None = None
    title_holder: str = ""
    federal_share_pct: Decimal = Decimal("100")
    acquisition_date: date | None = None
    vendor: str = ""
    po_number: str = ""
    status: str = ItemStatus.IN_STOCK.value
    holder_agency_id: int | None = None
    location_id: int | None = None
    condition: str = Condition.NEW.value
    notes: str = ""


INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ItemInput))
_TEXT_FIELDS = frozenset(
    n for n, f in ((f.name, f) for f in dataclasses.fields(ItemInput)) if f.type == "str"
)


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


def clean_input(data: ItemInput) -> ItemInput:
    # Trailing spaces and stray CR/LF in one-line fields are never meant.
    out = dataclasses.replace(data)
    for name in _TEXT_FIELDS:
        value = getattr(out, name)
        if name not in ("notes", "description"):
            value = " ".join(value.split())
        else:
            value = value.strip()
        setattr(out, name, value)
    return out


#: No single item or lot is worth a billion dollars; a bigger figure is a typo
#: (and would not fit the integer cents SQLite stores).
MAX_MONEY = Decimal("999999999.99")


def money_error(value: Decimal) -> str | None:
    """What is wrong with an amount of US dollars, or None."""
    if not value.is_finite():
        return "Enter an amount, e.g. 1250.00."
    if value < 0:
        return "A value cannot be negative."
    if value > MAX_MONEY:
        return "A value above $999,999,999.99 is not plausible; check the figure."
    if value != value.quantize(Decimal("0.01")):
        return "A value has at most two decimals (cents)."
    return None


def field_errors(
    data: ItemInput, *, is_new: bool = True, today: date | None = None
) -> dict[str, str]:
    """The rules that need no database: a form checks these as the user types."""
    today = today or date.today()
    errors: dict[str, str] = {}
    if not data.asset_tag:
        errors["asset_tag"] = "An asset tag is required."
    elif len(data.asset_tag) > ASSET_TAG_MAX:
        errors["asset_tag"] = f"An asset tag has at most {ASSET_TAG_MAX} characters."
    if not data.description:
        errors["description"] = "A description is required."
    if data.category_id is None:
        errors["category_id"] = "Choose a category."
    if data.quantity < 1:
        errors["quantity"] = "Quantity must be at least 1."
    elif data.serial_number and data.quantity != 1:
        errors["quantity"] = "An item with a serial number is a single item (quantity 1)."
    money = money_error(data.unit_value)
    if money:
        errors["unit_value"] = money
    share = data.federal_share_pct
    if not share.is_finite() or not Decimal(0) <= share <= Decimal(100):
        errors["federal_share_pct"] = "The federal share is a percentage from 0 to 100."
    elif share != share.quantize(Decimal("0.01")):
        errors["federal_share_pct"] = "The federal share has at most two decimals."
    if data.acquisition_date and data.acquisition_date > today:
        errors["acquisition_date"] = "The acquisition date cannot be in the future."
    if data.expiry_date and data.acquisition_date and data.expiry_date < data.acquisition_date:
        errors["expiry_date"] = "The expiry date is before the acquisition date."
    if data.status not in {s.value for s in ItemStatus}:
        errors["status"] = f"Unknown status {data.status!r}."
    elif data.status in RETIRED_STATUSES and is_new:
        errors["status"] = "A new item cannot start lost, stolen or disposed."
    elif data.status == ItemStatus.HANDED_OVER and data.holder_agency_id is None:
        errors["holder_agency_id"] = "An item handed over needs the unit that holds it."
    if data.condition not in {c.value for c in Condition}:
        errors["condition"] = f"Unknown condition {data.condition!r}."
    return errors


def validate(
    session: Session, data: ItemInput, *, item_id: int | None = None, today: date | None = None
) -> ItemInput:
    """Check every rule; return the cleaned input or raise `ValidationError`."""
    data = clean_input(data)
    errors = field_errors(data, is_new=item_id is None, today=today)
    if "asset_tag" not in errors:
        clash = session.scalar(
            select(Item.id).where(func.lower(Item.asset_tag) == data.asset_tag.lower())
        )
        if clash is not None and clash != item_id:
            errors["asset_tag"] = f"Asset tag {data.asset_tag} is already used by another item."
    for name, model in (
        ("category_id", Category),
        ("funding_source_id", FundingSource),
        ("holder_agency_id", Agency),
        ("location_id", Location),
    ):
        ref = getattr(data, name)
        if name not in errors and ref is not None and session.get(model, ref) is None:
            errors[name] = "That choice no longer exists."
    if errors:
        raise ValidationError(errors)
    return data


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}


def _snapshot(item: Item) -> dict[str, Any]:
    return {name: getattr(item, name) for name in INPUT_FIELDS}


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
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(f"item {item_id} does not exist")
    return item


def update_item(session: Session, item_id: int, data: ItemInput, operator: str) -> bool:
    """Save an edit; returns False when nothing changed (and writes no event)."""
    item = _load(session, item_id)
    data = validate(session, data, item_id=item_id)
    if item.status in RETIRED_STATUSES and data.status != item.status:
        raise ValidationError({"status": "A retired item keeps its status."})
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


def retire_item(
    session: Session,
    item_id: int,
    status: str,
    when: date,
    method: str,
    operator: str,
    sale_price: Decimal | None = None,
    today: date | None = None,
) -> None:
    """Mark an item lost, stolen or disposed, with the disposition data auditors ask for."""
    item = _load(session, item_id)
    errors: dict[str, str] = {}
    if status not in RETIRED_STATUSES:
        errors["status"] = "Choose lost, stolen or disposed."
    if item.status in RETIRED_STATUSES:
        errors["status"] = f"This item is already {item.status}."
    if when > (today or date.today()):
        errors["disposal_date"] = "The date cannot be in the future."
    method = " ".join(method.split())
    if status == ItemStatus.DISPOSED and not method:
        errors["disposal_method"] = "Say how the item was disposed of (sold, destroyed…)."
    price_problem = money_error(sale_price) if sale_price is not None else None
    if price_problem:
        errors["disposal_price"] = price_problem
    if errors:
        raise ValidationError(errors)
    changes = _changes(
        {
            "status": item.status,
            "disposal_date": item.disposal_date,
            "disposal_method": item.disposal_method,
            "disposal_price": item.disposal_price,
        },
        {
            "status": status,
            "disposal_date": when,
            "disposal_method": method,
            "disposal_price": sale_price,
        },
    )
    item.status = status
    item.disposal_date = when
    item.disposal_method = method
    item.disposal_price = sale_price
    now = audit.now_utc()
    item.updated_at = now
    audit.record(session, operator, [audit.NewEvent("item", item_id, "retire", changes)], now)


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
        disposal_date=item.disposal_date,
        disposal_method=item.disposal_method,
        disposal_price=item.disposal_price,
    )
