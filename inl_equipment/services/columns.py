"""The register table's columns: what each shows and how it sorts.

Rows are the plain tuples `search.load_snapshot` reads from the items table,
in the order of `ROW_FIELDS`; name columns hold ids and are resolved through
the snapshot's reference names only when a cell is shown or sorted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from inl_equipment import formatting
from inl_equipment.db.models import ItemStatus
from inl_equipment.i18n import QT_TRANSLATE_NOOP

# Re-exported for the callers that still read the labels from here (`vocabulary` has them).
from inl_equipment.services.vocabulary import condition_label as condition_label
from inl_equipment.services.vocabulary import marked_text
from inl_equipment.services.vocabulary import status_label as status_label

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
    "last_check_date",
    "last_check_result",
    "not_seen_run",
    "check_base",
    "description_lo",
)
R = {name: i for i, name in enumerate(ROW_FIELDS)}
R_ID = R["id"]
R_QTY = R["quantity"]
R_UNIT = R["unit"]
R_VALUE = R["unit_value"]
R_STATUS = R["status"]
R_CATEGORY = R["category_id"]
R_HOLDER = R["holder_agency_id"]
R_LOCATION = R["location_id"]
R_FUNDING = R["funding_source_id"]
R_DESCRIPTION = R["description"]
R_DESCRIPTION_LO = R["description_lo"]

Kind = Literal[
    "text",
    "int",
    "money",
    "total",
    "date",
    "ref",
    "status",
    "condition",
    "province",
    "percent",
    "result",
    "due",
    "quantity",
]


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of the register table.

    `header` is the English title as marked for translation (and the key to
    its translation); `header_text` is what a header shows, in the interface's
    language at that moment.
    """

    key: str
    header: str
    kind: Kind
    index: int  # position in the row tuple (for "total": unused, for "province": location)
    ref: str = ""  # reference table for "ref" columns
    visible: bool = True
    width: int = 120

    @property
    def header_text(self) -> str:
        """The column's title in the interface's language now."""
        return marked_text("Columns", self.header)


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
    """A column reading row field `field` (default: `key`)."""
    return ColumnSpec(key, header, kind, R.get(field or key, -1), ref, visible, width)


COLUMNS: tuple[ColumnSpec, ...] = (
    _c("asset_tag", QT_TRANSLATE_NOOP("Columns", "Asset tag"), width=110),
    _c("serial_number", QT_TRANSLATE_NOOP("Columns", "Serial number"), width=150),
    _c(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        "ref",
        field="category_id",
        ref="categories",
        width=140,
    ),
    _c("make", QT_TRANSLATE_NOOP("Columns", "Make"), width=100),
    _c("model", QT_TRANSLATE_NOOP("Columns", "Model"), width=120),
    _c("description", QT_TRANSLATE_NOOP("Columns", "Description"), width=260),
    _c(
        "description_lo",
        QT_TRANSLATE_NOOP("Columns", "Description (Lao)"),
        visible=False,
        width=260,
    ),
    _c("quantity", QT_TRANSLATE_NOOP("Columns", "Qty"), "quantity", width=90),
    _c("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), visible=False, width=60),
    _c("unit_value", QT_TRANSLATE_NOOP("Columns", "Unit value"), "money", width=100),
    _c(
        "total_value",
        QT_TRANSLATE_NOOP("Columns", "Total value"),
        "total",
        visible=False,
        width=110,
    ),
    _c("status", QT_TRANSLATE_NOOP("Columns", "Status"), "status", width=100),
    _c(
        "holder",
        QT_TRANSLATE_NOOP("Columns", "Holder"),
        "ref",
        field="holder_agency_id",
        ref="agencies",
        width=200,
    ),
    _c(
        "location",
        QT_TRANSLATE_NOOP("Columns", "Location"),
        "ref",
        field="location_id",
        ref="locations",
        width=200,
    ),
    _c(
        "province",
        QT_TRANSLATE_NOOP("Columns", "Province"),
        "province",
        field="location_id",
        width=130,
    ),
    _c(
        "funding",
        QT_TRANSLATE_NOOP("Columns", "Funding source"),
        "ref",
        field="funding_source_id",
        ref="funding",
        width=220,
    ),
    _c("acquisition_date", QT_TRANSLATE_NOOP("Columns", "Acquired"), "date", width=95),
    _c("condition", QT_TRANSLATE_NOOP("Columns", "Condition"), "condition", width=95),
    _c("lot_number", QT_TRANSLATE_NOOP("Columns", "Lot"), visible=False, width=90),
    _c("expiry_date", QT_TRANSLATE_NOOP("Columns", "Expires"), "date", visible=False, width=95),
    _c("vendor", QT_TRANSLATE_NOOP("Columns", "Vendor"), visible=False, width=160),
    _c("po_number", QT_TRANSLATE_NOOP("Columns", "PO number"), visible=False, width=110),
    _c("title_holder", QT_TRANSLATE_NOOP("Columns", "Title holder"), visible=False, width=160),
    _c(
        "federal_share_pct",
        QT_TRANSLATE_NOOP("Columns", "Federal share"),
        "percent",
        visible=False,
        width=90,
    ),
    _c(
        "disposal_date",
        QT_TRANSLATE_NOOP("Columns", "Disposed on"),
        "date",
        visible=False,
        width=95,
    ),
    _c(
        "disposal_method", QT_TRANSLATE_NOOP("Columns", "Disposal method"), visible=False, width=200
    ),
    _c(
        "disposal_price",
        QT_TRANSLATE_NOOP("Columns", "Sale price"),
        "money",
        visible=False,
        width=100,
    ),
    _c("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), visible=False, width=240),
    # Shown on request (the column chooser): with them the default report would
    # not fit a landscape page. The check filter and Next check due are at hand.
    _c(
        "last_check_date",
        QT_TRANSLATE_NOOP("Columns", "Last check"),
        "date",
        visible=False,
        width=95,
    ),
    _c(
        "last_check_result",
        QT_TRANSLATE_NOOP("Columns", "Check result"),
        "result",
        visible=False,
        width=110,
    ),
    _c(
        "next_check",
        QT_TRANSLATE_NOOP("Columns", "Next check due"),
        "due",
        field="check_base",
        width=110,
    ),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}


# The formats live in `formatting`; these two names stay for the callers that import them.
def format_percent(hundredths: int | None) -> str:
    """Hundredths of a percent as "62.50 %" (`formatting.percent`)."""
    return formatting.percent(hundredths)


def format_money(cents: int | None) -> str:
    """Cents as "$1,234.56" (`formatting.money`; exact, no float)."""
    return formatting.money(cents, cents=True)


ALL_STATUSES: tuple[str, ...] = tuple(s.value for s in ItemStatus)
