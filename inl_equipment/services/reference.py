"""Reference data: categories, agencies, locations, people, funding sources, provinces.

One generic set of operations (list, save, merge, delete) driven by a
`RefKind` description per table, so every editor in the UI behaves alike.
A record still in use cannot be deleted; the error says where it is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    Agency,
    Base,
    Category,
    FundingSource,
    Item,
    Location,
    LocationKind,
    Person,
    Province,
)
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.services import audit
from inl_equipment.services.items import NotFoundError, ValidationError

FieldType = Literal["text", "province", "agency", "location_kind"]


@dataclass(frozen=True, slots=True)
class RefField:
    """One editable field of a reference record."""

    name: str
    label: str
    type: FieldType = "text"
    required: bool = False


@dataclass(frozen=True, slots=True)
class RefKind:
    """A kind of reference data: its table, fields, and where it is used."""

    key: str
    title: str  # plural, for menus and dialogs
    model: type[Base]
    fields: tuple[RefField, ...]
    used_by: tuple[tuple[Any, str], ...]  # (foreign-key column, what to call its rows)
    can_add: bool = True
    can_merge: bool = True


_NAMES = (RefField("name_en", "Name (English)", required=True), RefField("name_lo", "Name (Lao)"))

KINDS: dict[str, RefKind] = {
    k.key: k
    for k in (
        RefKind("category", "Categories", Category, _NAMES, ((Item.category_id, "items"),)),
        RefKind(
            "agency",
            "Agencies and units",
            Agency,
            (
                *_NAMES,
                RefField("short_name", "Short name"),
                RefField("province_id", "Province", "province"),
            ),
            (
                (Item.holder_agency_id, "items held"),
                (Person.agency_id, "people"),
                (Handover.from_agency_id, "handovers"),
                (Handover.to_agency_id, "handovers"),
                (HandoverLine.prev_holder_agency_id, "handover lines"),
            ),
        ),
        RefKind(
            "location",
            "Locations",
            Location,
            (
                *_NAMES,
                RefField("kind", "Kind", "location_kind", required=True),
                RefField("province_id", "Province", "province", required=True),
            ),
            (
                (Item.location_id, "items"),
                (Handover.location_id, "handovers"),
                (HandoverLine.prev_location_id, "handover lines"),
            ),
        ),
        RefKind(
            "person",
            "People",
            Person,
            (
                *_NAMES,
                RefField("rank", "Rank"),
                RefField("position_en", "Position (English)"),
                RefField("position_lo", "Position (Lao)"),
                RefField("agency_id", "Unit", "agency"),
                RefField("phone", "Phone"),
            ),
            (),
        ),
        RefKind(
            "funding",
            "Funding sources",
            FundingSource,
            (
                RefField("name_en", "Programme", required=True),
                RefField("name_lo", "Name (Lao)"),
                RefField("agreement_number", "Agreement / award number"),
                RefField("title_holder", "Title holder"),
            ),
            ((Item.funding_source_id, "items"),),
        ),
        RefKind(
            "province",
            "Provinces",
            Province,
            _NAMES,
            ((Location.province_id, "locations"), (Agency.province_id, "agencies")),
            can_add=False,
            can_merge=False,
        ),
    )
}


@dataclass(frozen=True, slots=True)
class RefRecord:
    """A reference record as plain data: id, display name and field values."""

    id: int
    name: str
    values: dict[str, Any]


def kind(key: str) -> RefKind:
    try:
        return KINDS[key]
    except KeyError:
        raise ValueError(f"unknown kind of reference data: {key}") from None


def list_records(session: Session, key: str) -> list[RefRecord]:
    k = kind(key)
    model: Any = k.model
    rows = session.scalars(select(model).order_by(func.lower(model.name_en))).all()
    return [
        RefRecord(r.id, r.name_en, {f.name: getattr(r, f.name) for f in k.fields}) for r in rows
    ]


def usage(session: Session, key: str, record_id: int) -> dict[str, int]:
    """Where a record is used: {"items": 12, "people": 3}; empty when unused."""
    out: dict[str, int] = {}
    for column, label in kind(key).used_by:
        n = session.scalar(select(func.count()).where(column == record_id)) or 0
        if n:
            out[label] = out.get(label, 0) + n
    return out


_SINGULAR = {
    "items": "item",
    "items held": "item held",
    "people": "person",
    "handovers": "handover",
    "handover lines": "handover line",
    "locations": "location",
    "agencies": "agency",
}


def describe_usage(used: dict[str, int]) -> str:
    """ "86 items held, 1 person and 1 handover" """
    parts = [
        f"{n:,} {_SINGULAR.get(label, label) if n == 1 else label}" for label, n in used.items()
    ]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _clean(k: RefKind, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in k.fields:
        v = values.get(f.name)
        if f.type == "text" or f.type == "location_kind":
            v = " ".join(str(v or "").split())
        out[f.name] = v
    return out


def save_record(
    session: Session, key: str, record_id: int | None, values: dict[str, Any], operator: str
) -> int:
    """Add (record_id None) or edit a record; returns its id."""
    k = kind(key)
    model: Any = k.model
    data = _clean(k, values)
    errors: dict[str, str] = {}
    for f in k.fields:
        if f.required and data[f.name] in ("", None):
            errors[f.name] = f"{f.label} is required."
    if data.get("kind") and data["kind"] not in {lk.value for lk in LocationKind}:
        errors["kind"] = "Unknown kind of location."
    name = data.get("name_en", "")
    if name and key != "person":
        clash = session.scalar(select(model.id).where(func.lower(model.name_en) == name.lower()))
        if clash is not None and clash != record_id:
            errors["name_en"] = f"{name} already exists."
    if errors:
        raise ValidationError(errors)
    if record_id is None:
        if not k.can_add:
            raise ValidationError({"name_en": f"{k.title} are fixed; edit the existing ones."})
        obj = model(**data)
        session.add(obj)
        session.flush()
        audit.record(session, operator, [audit.NewEvent(key, obj.id, "create", data)])
        return int(obj.id)
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(f"{key} {record_id} does not exist")
    changes = {n: [getattr(obj, n), v] for n, v in data.items() if getattr(obj, n) != v}
    for n, (_old, new) in changes.items():
        setattr(obj, n, new)
    if changes:
        audit.record(session, operator, [audit.NewEvent(key, record_id, "edit", changes)])
    return record_id


class InUseError(Exception):
    """A record cannot be deleted while other records refer to it."""


def delete_record(session: Session, key: str, record_id: int, operator: str) -> None:
    k = kind(key)
    obj = session.get(k.model, record_id)
    if obj is None:
        raise NotFoundError(f"{key} {record_id} does not exist")
    used = usage(session, key, record_id)
    if used:
        raise InUseError(
            f"{obj.name_en} is still used by {describe_usage(used)}; "  # type: ignore[attr-defined]
            "merge it into another record instead."
        )
    session.delete(obj)
    audit.record(
        session,
        operator,
        [
            audit.NewEvent(key, record_id, "delete", {"name_en": obj.name_en})  # type: ignore[attr-defined]
        ],
    )


def merge_records(session: Session, key: str, keep_id: int, drop_id: int, operator: str) -> int:
    """Point everything that used `drop_id` at `keep_id`, then delete it; returns rows moved."""
    if keep_id == drop_id:
        raise ValidationError({"merge": "Choose two different records to merge."})
    k = kind(key)
    if not k.can_merge:
        raise ValidationError({"merge": f"{k.title} are fixed and cannot be merged."})
    keep, drop = session.get(k.model, keep_id), session.get(k.model, drop_id)
    if keep is None or drop is None:
        raise NotFoundError("one of the records to merge no longer exists")
    moved = 0
    for column, _label in k.used_by:
        result = session.execute(
            update(column.table).where(column == drop_id).values({column.key: keep_id})
        )
        moved += result.rowcount or 0  # type: ignore[attr-defined]
    session.delete(drop)
    audit.record(
        session,
        operator,
        [
            audit.NewEvent(
                key,
                keep_id,
                "merge",
                {
                    "merged": getattr(drop, "name_en", ""),
                    "merged_id": drop_id,
                    "rows_moved": moved,
                },
            )
        ],
    )
    return moved
