"""The history in words an auditor reads: labels, names and local time, not column ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from decimal import Decimal, InvalidOperation
from typing import Any

from inl_equipment.services.audit import HistoryEntry
from inl_equipment.services.columns import condition_label, status_label
from inl_equipment.services.search import RefNames

FIELD_LABELS: dict[str, str] = {
    "asset_tag": "Asset tag",
    "serial_number": "Serial number",
    "category_id": "Category",
    "make": "Make",
    "model": "Model",
    "description": "Description",
    "quantity": "Quantity",
    "unit": "Unit",
    "lot_number": "Lot number",
    "expiry_date": "Expiry date",
    "unit_value": "Unit value",
    "funding_source_id": "Funding source",
    "title_holder": "Title holder",
    "federal_share_pct": "Federal share",
    "acquisition_date": "Acquired",
    "vendor": "Vendor",
    "po_number": "PO number",
    "status": "Status",
    "holder_agency_id": "Holder",
    "location_id": "Location",
    "condition": "Condition",
    "notes": "Notes",
    "disposal_date": "Disposed on",
    "disposal_method": "Disposal method",
    "disposal_price": "Sale price",
    "receipt": "Receipt",
    "source": "Source",
    "split_from": "Split from",
    "into": "Into",
    "from": "From",
}
ACTION_LABELS: dict[str, str] = {
    "create": "Added",
    "edit": "Edited",
    "status": "Status changed",
    "retire": "Retired",
    "handover": "Handed over",
    "return": "Returned",
    "transfer": "Transferred",
    "void": "Receipt voided",
    "split": "Lot split",
    "merge": "Lot merged back",
}
_REF_TABLES = {
    "category_id": "categories",
    "holder_agency_id": "agencies",
    "location_id": "locations",
    "funding_source_id": "funding",
}
_MONEY = frozenset({"unit_value", "disposal_price"})


@dataclass(frozen=True, slots=True)
class ReadableEntry:
    """One history entry as shown: local time, who, what, and one line per change."""

    when: str
    operator: str
    action: str
    lines: tuple[str, ...]


def _value(field: str, value: Any, refs: RefNames) -> str:
    if value is None or value == "":
        return "donor stock" if field == "holder_agency_id" else "—"
    if field in _REF_TABLES and isinstance(value, int):
        return refs.name(_REF_TABLES[field], value) or f"#{value} (removed)"
    if field == "status":
        return status_label(str(value))
    if field == "condition":
        return condition_label(str(value))
    if field in _MONEY:
        try:
            return f"${Decimal(str(value)):,.2f}"
        except InvalidOperation:
            return str(value)
    if field == "federal_share_pct":
        return f"{value} %"
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def readable(entries: Sequence[HistoryEntry], refs: RefNames) -> list[ReadableEntry]:
    """History entries in words, oldest first; times in this computer's time zone."""
    out = []
    for e in entries:
        lines = []
        for field, change in e.changes.items():
            label = FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
            if isinstance(change, list) and len(change) == 2:
                lines.append(
                    f"{label}: {_value(field, change[0], refs)} → {_value(field, change[1], refs)}"
                )
            else:
                lines.append(f"{label}: {_value(field, change, refs)}")
        when = e.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        out.append(
            ReadableEntry(when, e.operator, ACTION_LABELS.get(e.action, e.action), tuple(lines))
        )
    return out
