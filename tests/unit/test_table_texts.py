"""What the register table shows: quantities with their unit, units by their short name."""

from __future__ import annotations

import pytest

from inl_equipment.formatting import quantity
from inl_equipment.services.columns import COLUMN_BY_KEY, R
from inl_equipment.services.register import Register


@pytest.mark.parametrize(
    ("count", "unit", "text"),
    [
        (200, "box", "200 boxes"),
        (1, "kit", "1 kit"),
        (3, "each", "3"),
        (1250, "kit", "1,250 kits"),
        (2, "battery", "2 batteries"),
        (2, "day", "2 days"),
        (5, "box of 10", "5 boxes of 10"),
        (4, "kits", "4 kits"),
        (12, "ກັບ", "12 ກັບ"),
        (7, "", "7"),
    ],
)
def test_a_quantity_reads_with_its_unit(count: int, unit: str, text: str) -> None:
    assert quantity(count, unit) == text


def test_the_table_shows_units_short_and_quantities_with_units(register: Register) -> None:
    snap = register.items.snapshot()
    holder, qty = COLUMN_BY_KEY["holder"], COLUMN_BY_KEY["quantity"]
    held = next(r for r in snap.rows if r[R["holder_agency_id"]] is not None)
    short = snap.refs.short_name(held[R["holder_agency_id"]])
    assert short and snap.display(held, holder) == short
    assert snap.value(held, holder) == snap.refs.name("agencies", held[R["holder_agency_id"]])
    lot = next(r for r in snap.rows if r[R["unit"]] not in ("each", ""))
    assert snap.display(lot, qty) == quantity(lot[R["quantity"]], lot[R["unit"]])
    assert snap.value(lot, qty) == lot[R["quantity"]]  # sorted as a number


def test_ranges_read_in_words_in_every_export() -> None:
    from inl_equipment.services.report_filters import describe_filters
    from inl_equipment.services.search import Query, RefNames

    words = describe_filters(
        Query(
            acquired=("2020-01-01", "2022-12-31"), checked=("", "2025-06-30"), value=(100_000, None)
        ),
        RefNames(),
    )
    assert words == (
        "Acquired 2020-01-01 – 2022-12-31 · Last checked up to 2025-06-30"
        " · Unit value from $1,000.00"
    )
