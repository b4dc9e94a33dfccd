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
from inl_equipment.db.monitoring import Inspection, InspectionResult
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg
from inl_equipment.services import audit
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.reference_usage import usage_message
from inl_equipment.services.vocabulary import marked_text

FieldType = Literal["text", "province", "agency", "location", "location_kind"]


@dataclass(frozen=True, slots=True)
class RefField:
    """One editable field of a reference record; `label` is its English title, marked."""

    name: str
    label: str
    type: FieldType = "text"
    required: bool = False

    @property
    def label_text(self) -> str:
        """The field's title in the interface's language now."""
        return marked_text("Reference", self.label)


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

    @property
    def title_text(self) -> str:
        """The kind's plural title in the interface's language now ("Categories")."""
        return marked_text("Reference", self.title)


_NAMES = (
    RefField("name_en", QT_TRANSLATE_NOOP("Reference", "Name (English)"), required=True),
    RefField("name_lo", QT_TRANSLATE_NOOP("Reference", "Name (Lao)")),
)

KINDS: dict[str, RefKind] = {
    k.key: k
    for k in (
        RefKind(
            "category",
            QT_TRANSLATE_NOOP("Reference", "Categories"),
            Category,
            _NAMES,
            ((Item.category_id, "items"),),
        ),
        RefKind(
            "agency",
            QT_TRANSLATE_NOOP("Reference", "Agencies and units"),
            Agency,
            (
                *_NAMES,
                RefField("short_name", QT_TRANSLATE_NOOP("Reference", "Short name")),
                RefField("province_id", QT_TRANSLATE_NOOP("Reference", "Province"), "province"),
                RefField(
                    "main_location_id",
                    QT_TRANSLATE_NOOP("Reference", "Main location"),
                    "location",
                ),
            ),
            (
                (Item.holder_agency_id, "items held"),
                (Person.agency_id, "people"),
                (Handover.from_agency_id, "handovers"),
                (Handover.to_agency_id, "handovers"),
                (HandoverLine.prev_holder_agency_id, "handover lines"),
                (Inspection.agency_id, "site checks"),
            ),
        ),
        RefKind(
            "location",
            QT_TRANSLATE_NOOP("Reference", "Locations"),
            Location,
            (
                *_NAMES,
                RefField(
                    "kind", QT_TRANSLATE_NOOP("Reference", "Kind"), "location_kind", required=True
                ),
                RefField(
                    "province_id",
                    QT_TRANSLATE_NOOP("Reference", "Province"),
                    "province",
                    required=True,
                ),
            ),
            (
                (Item.location_id, "items"),
                (Agency.main_location_id, "units' main locations"),
                (Handover.location_id, "handovers"),
                (HandoverLine.prev_location_id, "handover lines"),
                (Inspection.location_id, "site checks"),
                (InspectionResult.registered_location_id, "site check results"),
            ),
        ),
        RefKind(
            "person",
            QT_TRANSLATE_NOOP("Reference", "People"),
            Person,
            (
                *_NAMES,
                RefField("rank", QT_TRANSLATE_NOOP("Reference", "Rank")),
                RefField("position_en", QT_TRANSLATE_NOOP("Reference", "Position (English)")),
                RefField("position_lo", QT_TRANSLATE_NOOP("Reference", "Position (Lao)")),
                RefField("agency_id", QT_TRANSLATE_NOOP("Reference", "Unit"), "agency"),
                RefField("phone", QT_TRANSLATE_NOOP("Reference", "Phone")),
            ),
            (),
        ),
        RefKind(
            "funding",
            QT_TRANSLATE_NOOP("Reference", "Funding sources"),
            FundingSource,
            (
                RefField("name_en", QT_TRANSLATE_NOOP("Reference", "Programme"), required=True),
                RefField("name_lo", QT_TRANSLATE_NOOP("Reference", "Name (Lao)")),
                RefField(
                    "agreement_number", QT_TRANSLATE_NOOP("Reference", "Agreement / award number")
                ),
                RefField("title_holder", QT_TRANSLATE_NOOP("Reference", "Title holder")),
            ),
            ((Item.funding_source_id, "items"),),
        ),
        RefKind(
            "province",
            QT_TRANSLATE_NOOP("Reference", "Provinces"),
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
    """The kind of reference data `key` names ("category", "agency"...)."""
    try:
        return KINDS[key]
    except KeyError:
        raise ValueError(
            Msg.translate("Reference", "unknown kind of reference data: {key}").format(key=key)
        ) from None


def list_records(session: Session, key: str) -> list[RefRecord]:
    """Every record of one kind, by English name."""
    k = kind(key)
    model: Any = k.model
    rows = session.scalars(select(model).order_by(func.lower(model.name_en))).all()
    return [
        RefRecord(r.id, r.name_en, {f.name: getattr(r, f.name) for f in k.fields}) for r in rows
    ]


def counts_items(k: RefKind) -> bool:
    """Whether records of kind `k` are used by items directly (its first use)."""
    return bool(k.used_by) and k.used_by[0][1] in ("items", "items held")


def item_counts(session: Session, key: str) -> dict[int, int]:
    """Items by record of kind `key`, in one grouped query ({} when items do not use it)."""
    k = kind(key)
    if not counts_items(k):
        return {}
    column = k.used_by[0][0]
    rows = session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column))
    return {int(record_id): int(n) for record_id, n in rows}


def usage(session: Session, key: str, record_id: int) -> dict[str, int]:
    """Where a record is used: {"items": 12, "people": 3}; empty when unused."""
    out: dict[str, int] = {}
    for column, label in kind(key).used_by:
        n = session.scalar(select(func.count()).where(column == record_id)) or 0
        if n:
            out[label] = out.get(label, 0) + n
    return out


def _clean(k: RefKind, values: dict[str, Any]) -> dict[str, Any]:
    """The kind's fields from `values`, text tidied to one line."""
    out: dict[str, Any] = {}
    for f in k.fields:
        v = values.get(f.name)
        if f.type == "text" or f.type == "location_kind":
            v = " ".join(str(v or "").split())
        out[f.name] = v
    return out


def _record_errors(
    session: Session, k: RefKind, record_id: int | None, data: dict[str, Any]
) -> dict[str, Msg]:
    """What is wrong with a record's cleaned values, by field (empty: nothing)."""
    model: Any = k.model
    errors: dict[str, Msg] = {}
    for f in k.fields:
        if f.required and data[f.name] in ("", None):
            errors[f.name] = Msg.translate("Reference", "{field} is required.").format(
                field=Msg("Reference", f.label)
            )
    if data.get("kind") and data["kind"] not in {lk.value for lk in LocationKind}:
        errors["kind"] = Msg.translate("Reference", "Unknown kind of location.")
    name = data.get("name_en", "")
    if name and k.key != "person":
        clash = session.scalar(select(model.id).where(func.lower(model.name_en) == name.lower()))
        if clash is not None and clash != record_id:
            errors["name_en"] = Msg.translate("Reference", "{name} already exists.").format(
                name=name
            )
    return errors


def _not_found(key: str, record_id: int) -> NotFoundError:
    """The error for a record that is gone."""
    return NotFoundError(
        Msg.translate("Reference", "{kind} {id} does not exist").format(kind=key, id=record_id)
    )


def save_record(
    session: Session, key: str, record_id: int | None, values: dict[str, Any], operator: str
) -> int:
    """Add (record_id None) or edit a record; returns its id."""
    k = kind(key)
    model: Any = k.model
    data = _clean(k, values)
    errors = _record_errors(session, k, record_id, data)
    if errors:
        raise ValidationError(errors)
    if record_id is None:
        if not k.can_add:
            raise ValidationError(
                {
                    "name_en": Msg.translate(
                        "Reference", "{kinds} are fixed; edit the existing ones."
                    ).format(kinds=Msg("Reference", k.title))
                }
            )
        obj = model(**data)
        session.add(obj)
        session.flush()
        audit.record(session, operator, [audit.NewEvent(key, obj.id, "create", data)])
        return int(obj.id)
    obj = session.get(model, record_id)
    if obj is None:
        raise _not_found(key, record_id)
    changes = {n: [getattr(obj, n), v] for n, v in data.items() if getattr(obj, n) != v}
    for n, (_old, new) in changes.items():
        setattr(obj, n, new)
    if changes:
        audit.record(session, operator, [audit.NewEvent(key, record_id, "edit", changes)])
    return record_id


class InUseError(Exception):
    """A record cannot be deleted while other records refer to it."""


def delete_record(session: Session, key: str, record_id: int, operator: str) -> None:
    """Delete a record nothing uses; InUseError says where it is still used."""
    k = kind(key)
    obj = session.get(k.model, record_id)
    if obj is None:
        raise _not_found(key, record_id)
    used = usage(session, key, record_id)
    if used:
        raise InUseError(
            Msg.translate(
                "Reference",
                "{name} is still used by {usage}; merge it into another record instead.",
            ).format(name=obj.name_en, usage=usage_message(used))  # type: ignore[attr-defined]
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
        raise ValidationError(
            {"merge": Msg.translate("Reference", "Choose two different records to merge.")}
        )
    k = kind(key)
    if not k.can_merge:
        raise ValidationError(
            {
                "merge": Msg.translate(
                    "Reference", "{kinds} are fixed and cannot be merged."
                ).format(kinds=Msg("Reference", k.title))
            }
        )
    keep, drop = session.get(k.model, keep_id), session.get(k.model, drop_id)
    if keep is None or drop is None:
        raise NotFoundError(
            Msg.translate("Reference", "one of the records to merge no longer exists")
        )
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
