"""The history in words an auditor reads: labels, names and local time, not column ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from inl_equipment import formatting
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg, translate
from inl_equipment.services.audit import HistoryEntry
from inl_equipment.services.eum_vocabulary import disposal_method_label, result_label
from inl_equipment.services.search import RefNames
from inl_equipment.services.vocabulary import condition_label, marked_text, status_label

#: Field names as the history shows them (English, marked; translated when shown).
FIELD_LABELS: dict[str, str] = {
    "asset_tag": QT_TRANSLATE_NOOP("History", "Asset tag"),
    "serial_number": QT_TRANSLATE_NOOP("History", "Serial number"),
    "category_id": QT_TRANSLATE_NOOP("History", "Category"),
    "make": QT_TRANSLATE_NOOP("History", "Make"),
    "model": QT_TRANSLATE_NOOP("History", "Model"),
    "description": QT_TRANSLATE_NOOP("History", "Description"),
    "description_lo": QT_TRANSLATE_NOOP("History", "Description (Lao)"),
    "quantity": QT_TRANSLATE_NOOP("History", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("History", "Unit"),
    "lot_number": QT_TRANSLATE_NOOP("History", "Lot number"),
    "expiry_date": QT_TRANSLATE_NOOP("History", "Expiry date"),
    "unit_value": QT_TRANSLATE_NOOP("History", "Unit value"),
    "funding_source_id": QT_TRANSLATE_NOOP("History", "Funding source"),
    "title_holder": QT_TRANSLATE_NOOP("History", "Title holder"),
    "federal_share_pct": QT_TRANSLATE_NOOP("History", "Federal share"),
    "acquisition_date": QT_TRANSLATE_NOOP("History", "Acquired"),
    "vendor": QT_TRANSLATE_NOOP("History", "Vendor"),
    "po_number": QT_TRANSLATE_NOOP("History", "PO number"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "holder_agency_id": QT_TRANSLATE_NOOP("History", "Holder"),
    "location_id": QT_TRANSLATE_NOOP("History", "Location"),
    "condition": QT_TRANSLATE_NOOP("History", "Condition"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "disposal_date": QT_TRANSLATE_NOOP("History", "Disposed on"),
    "disposal_method": QT_TRANSLATE_NOOP("History", "Disposal method"),
    "disposal_price": QT_TRANSLATE_NOOP("History", "Sale price"),
    "receipt": QT_TRANSLATE_NOOP("History", "Receipt"),
    "source": QT_TRANSLATE_NOOP("History", "Source"),
    "split_from": QT_TRANSLATE_NOOP("History", "Split from"),
    "into": QT_TRANSLATE_NOOP("History", "Into"),
    "from": QT_TRANSLATE_NOOP("History", "From"),
    "inspection": QT_TRANSLATE_NOOP("History", "Site check"),
    "result": QT_TRANSLATE_NOOP("History", "Result"),
    "unexpected": QT_TRANSLATE_NOOP("History", "Found away from its registered place"),
    "incident": QT_TRANSLATE_NOOP("History", "Incident"),
    "disposal": QT_TRANSLATE_NOOP("History", "Disposal"),
    "method": QT_TRANSLATE_NOOP("History", "Method"),
    "sale_price": QT_TRANSLATE_NOOP("History", "Sale price"),
    "used": QT_TRANSLATE_NOOP("History", "Quantity used"),
    "used_on": QT_TRANSLATE_NOOP("History", "Used on"),
    "reference": QT_TRANSLATE_NOOP("History", "Reference"),
    "remark": QT_TRANSLATE_NOOP("History", "Remark"),
    "file": QT_TRANSLATE_NOOP("History", "File"),
    "legacy_handover": QT_TRANSLATE_NOOP("History", "Handed over before this register"),
    "sha256": QT_TRANSLATE_NOOP("History", "Fingerprint (SHA-256)"),
}
#: What an event did, as the history shows it.
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("History", "Added"),
    "edit": QT_TRANSLATE_NOOP("History", "Edited"),
    "status": QT_TRANSLATE_NOOP("History", "Status changed"),
    "retire": QT_TRANSLATE_NOOP("History", "Retired"),
    "handover": QT_TRANSLATE_NOOP("History", "Handed over"),
    "return": QT_TRANSLATE_NOOP("History", "Returned"),
    "transfer": QT_TRANSLATE_NOOP("History", "Transferred"),
    "void": QT_TRANSLATE_NOOP("History", "Receipt voided"),
    "split": QT_TRANSLATE_NOOP("History", "Lot split"),
    "merge": QT_TRANSLATE_NOOP("History", "Lot merged back"),
    "check": QT_TRANSLATE_NOOP("History", "End-use check"),
    "incident": QT_TRANSLATE_NOOP("History", "Incident opened"),
    "recovered": QT_TRANSLATE_NOOP("History", "Recovered"),
    "dispose": QT_TRANSLATE_NOOP("History", "Disposed of"),
    "photo": QT_TRANSLATE_NOOP("History", "Photo added"),
    "use": QT_TRANSLATE_NOOP("History", "Used or distributed"),
}
_REF_TABLES = {
    "category_id": "categories",
    "holder_agency_id": "agencies",
    "location_id": "locations",
    "funding_source_id": "funding",
}
_MONEY = frozenset({"unit_value", "disposal_price", "sale_price"})


@dataclass(frozen=True, slots=True)
class ReadableEntry:
    """One history entry as shown: local time, who, what, and one line per change."""

    when: str
    operator: str
    action: str
    lines: tuple[str, ...]


def _money(value: Any) -> str:
    """An amount as stored in an event ("1825.00") as people read it ("$1,825.00")."""
    try:
        return formatting.money(Decimal(str(value)))
    except InvalidOperation:
        return str(value)


def _percent(value: Any) -> str:
    """A percentage as stored in an event ("62.5") as people read it ("62.50 %")."""
    try:
        return formatting.percent(int(Decimal(str(value)).scaleb(2)))
    except (InvalidOperation, ValueError, OverflowError):
        return str(value)


def _value(field: str, value: Any, refs: RefNames) -> str:
    """One value of a change in words: a name, a label, an amount, or the text itself."""
    if value is None or value == "":
        if field == "holder_agency_id":
            return translate("History", "donor stock")
        return "—"
    if field in _REF_TABLES and isinstance(value, int):
        name = refs.name(_REF_TABLES[field], value)
        return name or str(Msg.translate("History", "#{id} (removed)").format(id=value))
    if field == "status":
        return status_label(str(value))
    if field == "condition":
        return condition_label(str(value))
    if field == "result":
        return result_label(str(value))
    if field == "method":
        return disposal_method_label(str(value))
    if value is True:
        return translate("History", "yes")
    if field in _MONEY:
        return _money(value)
    if field == "federal_share_pct":
        return _percent(value)
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _label(field: str) -> str:
    """A field's name in the history: its label, or the field name made readable."""
    source = FIELD_LABELS.get(field)
    return marked_text("History", source) if source else field.replace("_", " ").capitalize()


def _line(field: str, change: Any, refs: RefNames) -> str:
    """One change in words: "Status: In stock → Handed over", or "Receipt: HR-2026-0001"."""
    if isinstance(change, list) and len(change) == 2:
        return str(
            Msg.translate("History", "{field}: {old} → {new}").format(
                field=_label(field),
                old=_value(field, change[0], refs),
                new=_value(field, change[1], refs),
            )
        )
    return str(
        Msg.translate("History", "{field}: {value}").format(
            field=_label(field), value=_value(field, change, refs)
        )
    )


def readable(entries: Sequence[HistoryEntry], refs: RefNames) -> list[ReadableEntry]:
    """History entries in words, oldest first; times in this computer's time zone."""
    out = []
    for e in entries:
        lines = tuple(_line(field, change, refs) for field, change in e.changes.items())
        action = ACTION_LABELS.get(e.action)
        out.append(
            ReadableEntry(
                formatting.local_time(e.at),
                e.operator,
                marked_text("History", action) if action else e.action,
                lines,
            )
        )
    return out
