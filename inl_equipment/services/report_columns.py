"""Which columns the PDF inventory prints: its standard set, and the ones it leaves out.

The standard set is an auditor's page, one line an item: the asset tag; the
description with the serial number under it; the quantity with its unit; the
total value (quantity × unit value, so that the rows add up to the subtotals and
the total printed under them; the unit value is printed under it when the
quantity is not 1); the holder by short name; the location; the condition; the
acquisition date. A user who chose columns (the table as shown) gets theirs.

Either way the PDF leaves out a column that would print one value on every row
and says it elsewhere: the grouping's (each group's heading names it) and a
filter's with a single value (the filters in words, on every page, name it).
"""

from __future__ import annotations

from collections.abc import Sequence

from inl_equipment.services.search import Query

#: The PDF's columns when nobody chose any (the CLI without --columns, the whole register).
PDF_COLUMNS: tuple[str, ...] = (
    "asset_tag",
    "description",
    "serial_number",
    "quantity",
    "total_value",
    "holder",
    "location",
    "condition",
    "acquisition_date",
)
#: Grouping key -> the column whose value each group's heading names.
GROUP_COLUMN: dict[str, str] = {
    "agency": "holder",
    "province": "province",
    "status": "status",
    "category": "category",
    "funding": "funding",
}


def repeated_columns(query: Query, group_by: str | None) -> frozenset[str]:
    """The columns whose value the report states elsewhere: grouped by, or filtered to one."""
    keys = {GROUP_COLUMN[group_by]} if group_by in GROUP_COLUMN else set()
    single = {
        "status": query.statuses,
        "holder": query.agencies,
        "province": query.provinces,
        "location": query.locations,
        "category": query.categories,
        "funding": query.funding,
    }
    keys.update(key for key, values in single.items() if len(values) == 1)
    if len(query.locations) == 1:  # one site is in one province
        keys.add("province")
    return frozenset(keys)


def printed_columns(columns: Sequence[str], query: Query, group_by: str | None) -> list[str]:
    """`columns` without the repeated ones (all of them if none would be left)."""
    repeated = repeated_columns(query, group_by)
    return [k for k in columns if k not in repeated] or list(columns)
