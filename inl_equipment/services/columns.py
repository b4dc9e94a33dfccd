"""The register table's columns: what each shows and how it sorts.

Rows are the plain tuples `search.load_snapshot` reads from the items table,
in the order of `ROW_FIELDS`; name columns hold ids and are resolved through
the snapshot's reference names only when a cell is shown or sorted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from inl_equipment.db.models import STATUS_LABELS, Condition, ItemStatus

#: Columns of `items` read for each row, in tuple order.
ROW_FIELDS: tuple[str, ...] = (
    "id",
    "asset_tag",
    "serial_number",
    "category_id",
    "make",
    "model",
    "description",
    "quantity",
    "unit",
    "unit_value",
    "status",
    "holder_agency_id",
    "location_id",
    "funding_source_id",
    "acquisition_date",
    "condition",
    "lot_number",
    "expiry_date",
    "vendor",
    "po_number",
    "title_holder",
    "federal_share_pct",
    "disposal_date",
    "disposal_method",
    "disposal_price",
    "notes",
)
R = {name: i for i, name in enumerate(ROW_FIELDS)}
R_ID = R["id"]
R_QTY = R["quantity"]
R_VALUE = R["unit_value"]
R_STATUS = R["status"]
R_CATEGORY = R["category_id"]
R_HOLDER = R["holder_agency_id"]
R_LOCATION = R["location_id"]
R_FUNDING = R["funding_source_id"]

Kind = Literal[
    "text", "int", "money", "total", "date", "ref", "status", "condition", "province", "percent"
]


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of the register table."""

    key: str
    header: str
    kind: Kind
    index: int  # position in the row tuple (for "total": unused, for "province": location)
    ref: str = ""  # reference table for "ref" columns
    visible: bool = True
    width: int = 120


def _c(
    key: str,
    header: str,
    kind: Kind = "text",
    *,
    field: str | None = None,
    ref: str = "",
    visible: bool = True,
    width: int = 120,
) -> ColumnSpec:
    return ColumnSpec(key, header, kind, R.get(field or key, -1), ref, visible, width)


COLUMNS: tuple[ColumnSpec, ...] = (
    _c("asset_tag", "Asset tag", width=110),
    _c("serial_number", "Serial number", width=150),
    _c("category", "Category", "ref", field="category_id", ref="categories", width=140),
    _c("make", "Make", width=100),
    _c("model", "Model", width=120),
    _c("description", "Description", width=260),
    _c("quantity", "Qty", "int", width=60),
    _c("unit", "Unit", visible=False, width=60),
    _c("unit_value", "Unit value", "money", width=100),
    _c("total_value", "Total value", "total", visible=False, width=110),
    _c("status", "Status", "status", width=100),
    _c("holder", "Holder", "ref", field="holder_agency_id", ref="agencies", width=200),
    _c("location", "Location", "ref", field="location_id", ref="locations", width=200),
    _c("province", "Province", "province", field="location_id", width=130),
    _c("funding", "Funding source", "ref", field="funding_source_id", ref="funding", width=220),
    _c("acquisition_date", "Acquired", "date", width=95),
    _c("condition", "Condition", "condition", width=95),
    _c("lot_number", "Lot", visible=False, width=90),
    _c("expiry_date", "Expires", "date", visible=False, width=95),
    _c("vendor", "Vendor", visible=False, width=160),
    _c("po_number", "PO number", visible=False, width=110),
    _c("title_holder", "Title holder", visible=False, width=160),
    _c("federal_share_pct", "Federal share", "percent", visible=False, width=90),
    _c("disposal_date", "Disposed on", "date", visible=False, width=95),
    _c("disposal_method", "Disposal method", visible=False, width=200),
    _c("disposal_price", "Sale price", "money", visible=False, width=100),
    _c("notes", "Notes", visible=False, width=240),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}

_CONDITION_LABELS = {c.value: c.label for c in Condition}
_STATUS_LABELS = {s.value: label for s, label in STATUS_LABELS.items()}


def status_label(value: str) -> str:
    return _STATUS_LABELS.get(value, value)


def condition_label(value: str) -> str:
    return _CONDITION_LABELS.get(value, value)


def format_percent(hundredths: int | None) -> str:
    """Hundredths of a percent as "62.50 %"."""
    if hundredths is None:
        return ""
    whole, rest = divmod(hundredths, 100)
    return f"{whole}.{rest:02d} %"


def format_money(cents: int | None) -> str:
    """Cents as "$1,234.56" (exact: integer arithmetic, no float)."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"


ALL_STATUSES: tuple[str, ...] = tuple(s.value for s in ItemStatus)
