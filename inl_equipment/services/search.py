"""Search, filter and sort the whole register in memory, fast at 100,000 items.

`Snapshot.load` reads every item as a plain tuple (one Core statement, read
straight from the driver's cursor: no ORM objects, no `Row` objects) plus
the small reference tables. `apply` turns a `Query` into the
list of row positions to show: filters are set look-ups, text search is a
substring test over one case-folded string per row (Lao included), and a
sort is a cached permutation. A table model only has to show `rows[i]`.

Sort caches are compact and bounded: per column one `array` of tie groups
(each row's place among the column's distinct values) from which both
directions follow, and the permutations made from it, for the few columns
sorted last (`SORT_CACHE_COLUMNS`).
"""

from __future__ import annotations

import bisect
import operator
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from inl_equipment.db.models import RETIRED_STATUSES
from inl_equipment.formatting import number as format_number
from inl_equipment.formatting import quantity as format_quantity
from inl_equipment.services import check_rows
from inl_equipment.services.columns import (
    COLUMN_BY_KEY,
    R_CATEGORY,
    R_DESCRIPTION,
    R_DESCRIPTION_LO,
    R_FUNDING,
    R_HOLDER,
    R_ID,
    R_LOCATION,
    R_QTY,
    R_STATUS,
    R_UNIT,
    R_VALUE,
    ROW_FIELDS,
    ColumnSpec,
    R,
    condition_label,
    format_money,
    format_percent,
    status_label,
)
from inl_equipment.services.eum_vocabulary import result_label
from inl_equipment.services.snapshot_rows import (
    RefNames,
    Row,
    count_items,
    load_refs,
    load_rows,
)
from inl_equipment.services.sort_order import SortCache

__all__ = ["SORT_CACHE_COLUMNS", "Query", "RefNames", "Row", "Snapshot", "load_refs", "load_rows"]
_row_id = operator.itemgetter(R_ID)
_RETIRED_VALUES = frozenset(s.value for s in RETIRED_STATUSES)
_HAY_FIELDS = ("asset_tag", "serial_number", "make", "model", "description", "description_lo")
#: How many columns keep their sort caches (least recently sorted dropped first).
SORT_CACHE_COLUMNS = 4


@dataclass(slots=True)
class Query:
    """What the user asked to see: search text, filters (sets of ids/values) and sort."""

    text: str = ""
    statuses: frozenset[str] = frozenset()
    agencies: frozenset[int] = frozenset()
    provinces: frozenset[int] = frozenset()
    locations: frozenset[int] = frozenset()  # sites: the item's own location, not its holder's
    categories: frozenset[int] = frozenset()
    funding: frozenset[int] = frozenset()
    checks: str = ""  # a `check_rows.CHECK_FILTERS` value: due, overdue, follow_up, ...
    # Ranges, both ends included; "" / None leaves that end open.
    acquired: tuple[str, str] = ("", "")  # ISO dates
    checked: tuple[str, str] = ("", "")  # the latest end-use check, ISO dates
    value: tuple[int | None, int | None] = (None, None)  # unit value in cents
    today: date | None = None  # for the check filters (None: today)
    sort_key: str | None = None
    descending: bool = False


class Snapshot:
    """Every item row and the reference names, with caches for search and sort.

    A *partial* snapshot (`complete` False) holds only the first rows by id,
    to paint the table at once while the rest loads; `expected` is the count
    of all items.
    """

    def __init__(
        self, rows: list[Row], refs: RefNames, *, complete: bool = True, expected: int | None = None
    ) -> None:
        """Hold `rows` (in id order) and `refs`; caches are built when first needed."""
        self.rows = rows
        self.refs = refs
        self.complete = complete
        self.expected = len(rows) if expected is None else expected
        #: Show units, places, categories and provinces by their Lao names (where they have one).
        self.lao_names = False
        #: Show the description in Lao where an item has one (the interface is in Lao).
        self.lao_descriptions = False
        self._hay: list[str] | None = None
        self._perms: OrderedDict[str, SortCache] = OrderedDict()
        self._lines: tuple[list[int], list[int]] | None = None

    @classmethod
    def load(cls, conn: Connection) -> Snapshot:
        """Every item and the reference names, read now."""
        return cls(load_rows(conn), load_refs(conn))

    @classmethod
    def load_first(cls, conn: Connection, limit: int) -> Snapshot:
        """The first `limit` rows by id: enough to paint a screen."""
        expected = count_items(conn)
        rows = load_rows(conn, limit=limit)
        return cls(rows, load_refs(conn), complete=len(rows) == expected, expected=expected)

    def __len__(self) -> int:
        return len(self.rows)

    # -- reading cells -------------------------------------------------
    def province_id(self, row: Row) -> int | None:
        """The row's province: its location's, else its holder's."""
        return self.refs.province_of(row[R_LOCATION], row[R_HOLDER])

    def value(self, row: Row, col: ColumnSpec) -> Any:
        """The cell's raw value (cents for money, ISO text for dates)."""
        kind = col.kind
        if kind == "ref":
            return self.refs.name(col.ref, row[col.index])
        if kind == "province":
            return self.refs.name("provinces", self.province_id(row))
        if kind == "total":
            return row[R_QTY] * row[R_VALUE]
        if kind == "due":
            return self.due_of(row)
        return row[col.index]

    def _lao_name(self, row: Row, col: ColumnSpec) -> str:
        """The Lao name of a row's unit, place, category... ('' when it has none)."""
        if col.kind == "province":
            table, ref_id = "provinces", self.province_id(row)
        else:
            table, ref_id = col.ref, row[col.index]
        return self.refs.lo.get(table, {}).get(ref_id, "") if ref_id is not None else ""

    def due_of(self, row: Row) -> str | None:
        """The row's next end-use check as ISO text (None: out of the register)."""
        refs = self.refs
        return check_rows.next_due(row, refs.check_interval, refs.category_interval)

    def display(self, row: Row, col: ColumnSpec) -> str:
        """The cell as shown: formatted money and percentages, labels, names."""
        value = self.value(row, col)
        kind = col.kind
        if kind in ("money", "total"):
            return format_money(value)
        if kind == "percent":
            return format_percent(value)
        if kind == "status":
            return status_label(value)
        if kind == "condition":
            return condition_label(value)
        if kind == "result":
            return result_label(value) if value else ""
        if kind == "quantity":
            return format_quantity(value, row[R_UNIT] or "")
        if kind == "int":
            return format_number(value)
        if self.lao_names and kind in ("ref", "province"):
            lao = self._lao_name(row, col)
            if lao:
                return lao
        if self.lao_descriptions and col.index == R_DESCRIPTION and row[R_DESCRIPTION_LO]:
            return str(row[R_DESCRIPTION_LO])
        if kind == "ref" and col.ref == "agencies":
            # Units by their short name ("CNU Savannakhet"): the full one is the tooltip.
            return self.refs.short_name(row[col.index]) or ("" if value is None else str(value))
        return "" if value is None else str(value)

    # -- keeping the snapshot current ------------------------------------
    def upsert(self, new_rows: Sequence[Row]) -> None:
        """Replace or add rows (as read again after an edit) and drop the caches."""
        for row in new_rows:
            pos = self._bisect(row[R_ID])
            if pos < len(self.rows) and self.rows[pos][R_ID] == row[R_ID]:
                self.rows[pos] = row
            else:
                self.rows.insert(pos, row)
        self._hay = None
        self._perms.clear()
        self._lines = None

    def _bisect(self, item_id: int) -> int:
        # Rows are in id order; searching by key avoids copying 100,000 ids
        # on every selection change.
        return bisect.bisect_left(self.rows, item_id, key=_row_id)

    def position_of(self, item_id: int) -> int | None:
        """Where the item's row is in `rows`, None when it is not there."""
        pos = self._bisect(item_id)
        return pos if pos < len(self.rows) and self.rows[pos][R_ID] == item_id else None

    # -- search, filter, sort --------------------------------------------
    def warm(self) -> None:
        """Build the search index now (the first keystroke would otherwise pay for it)."""
        self._haystack()

    def _haystack(self) -> list[str]:
        if self._hay is None:
            idx = [ROW_FIELDS.index(f) for f in _HAY_FIELDS]
            self._hay = ["\n".join([r[i] or "" for i in idx]).casefold() for r in self.rows]
        return self._hay

    def _sort_keys(self, col: ColumnSpec) -> list[Any]:
        kind, rows = col.kind, self.rows
        if kind in ("ref", "province"):
            table = "provinces" if kind == "province" else col.ref
            names = self.refs.en.get(table, {})
            rank = {i: n for n, i in enumerate(sorted(names, key=lambda k: names[k].casefold()))}
            if kind == "province":
                return [rank.get(self.province_id(r), -1) for r in rows]  # type: ignore[arg-type]
            return [rank.get(r[col.index], -1) for r in rows]
        if kind == "total":
            return [r[R_QTY] * r[R_VALUE] for r in rows]
        if kind in ("int", "money", "percent", "quantity"):
            return [r[col.index] or 0 for r in rows]
        if kind == "status":
            return [status_label(r[col.index]) for r in rows]
        if kind == "condition":
            return [condition_label(r[col.index]) for r in rows]
        if kind == "result":
            return [result_label(r[col.index]) if r[col.index] else "" for r in rows]
        if kind == "due":
            return [self.due_of(r) or "" for r in rows]
        return [(r[col.index] or "").casefold() for r in rows]

    def _sort_cache(self, sort_key: str) -> SortCache:
        """The column's sort cache, built when missing; the oldest beyond the bound is dropped."""
        cache = self._perms.get(sort_key)
        if cache is None:
            cache = SortCache.build(self._sort_keys(COLUMN_BY_KEY[sort_key]))
            self._perms[sort_key] = cache
            while len(self._perms) > SORT_CACHE_COLUMNS:
                self._perms.popitem(last=False)
        else:
            self._perms.move_to_end(sort_key)
        return cache

    def permutation(self, sort_key: str, descending: bool) -> Sequence[int]:
        """All row positions in sort order; equal values stay in row order either way."""
        return self._sort_cache(sort_key).order(descending)

    def _filtered(self, q: Query) -> list[int] | None:
        """Positions passing the filters, or None when no filter is set."""
        checks: list[tuple[int, frozenset[Any]]] = []
        if q.statuses:
            checks.append((R_STATUS, q.statuses))
        if q.agencies:
            checks.append((R_HOLDER, q.agencies))
        if q.locations:
            checks.append((R_LOCATION, q.locations))
        if q.categories:
            checks.append((R_CATEGORY, q.categories))
        if q.funding:
            checks.append((R_FUNDING, q.funding))
        ranged = q.acquired != ("", "") or q.checked != ("", "") or q.value != (None, None)
        if not checks and not q.provinces and not q.checks and not ranged:
            return None
        rows = self.rows
        cand = range(len(rows))
        for index, allowed in checks:
            cand = [i for i in cand if rows[i][index] in allowed]  # type: ignore[assignment]
        if q.provinces:
            prov = self.province_id
            cand = [i for i in cand if prov(rows[i]) in q.provinces]  # type: ignore[assignment]
        if ranged:
            cand = [i for i in cand if _in_ranges(rows[i], q)]  # type: ignore[assignment]
        if q.checks:
            today, due, passes = q.today or date.today(), self.due_of, check_rows.passes
            cand = [i for i in cand if passes(q.checks, rows[i], due(rows[i]), today)]  # type: ignore[assignment]
        return list(cand)

    def _searched(self, text: str, cand: list[int] | None) -> list[int] | None:
        terms = text.casefold().split()
        if not terms:
            return cand
        hay, rows, refs = self._haystack(), self.rows, self.refs
        out: Iterable[int] = range(len(rows)) if cand is None else cand
        for term in terms:
            cats = refs.matching("categories", term)
            holders = refs.matching("agencies", term)
            places = refs.matching("locations", term)
            if cats or holders or places:
                out = [
                    i
                    for i in out
                    if term in hay[i]
                    or rows[i][R_CATEGORY] in cats
                    or rows[i][R_HOLDER] in holders
                    or rows[i][R_LOCATION] in places
                ]
            else:
                out = [i for i in out if term in hay[i]]
        return list(out)

    def apply(self, q: Query) -> list[int]:
        """Row positions to show for `q`, in display order."""
        cand = self._searched(q.text, self._filtered(q))
        if q.sort_key is None:
            return list(range(len(self.rows))) if cand is None else cand
        perm = self.permutation(q.sort_key, q.descending)
        if cand is None:
            return list(perm)
        if len(cand) * 8 < len(self.rows):
            # Few rows left: sorting them by tie group beats a pass over all rows.
            # In row order first, a stable sort keeps equal values in row order
            # (`reverse` keeps that stability too), exactly as the permutation has them.
            group = self._sort_cache(q.sort_key).group
            return sorted(sorted(cand), key=group.__getitem__, reverse=q.descending)
        mask = bytearray(len(self.rows))
        for i in cand:
            mask[i] = 1
        return [i for i in perm if mask[i]]

    def _line_values(self) -> tuple[list[int], list[int]]:
        """Per row: quantity × unit value, and the same for retired rows only (else 0)."""
        if self._lines is None:
            rows = self.rows
            lines = [r[R_QTY] * r[R_VALUE] for r in rows]
            retired = [
                v if r[R_STATUS] in _RETIRED_VALUES else 0 for r, v in zip(rows, lines, strict=True)
            ]
            self._lines = (lines, retired)
        return self._lines

    def total_cents(self, positions: Sequence[int] | None = None) -> int:
        """Sum of quantity × unit value (exact, in cents)."""
        lines, _retired = self._line_values()
        if positions is None or len(positions) == len(lines):
            return sum(lines)
        return sum(map(lines.__getitem__, positions))

    def retired_cents(self, positions: Sequence[int] | None = None) -> int:
        """The part of the total that lost, stolen and disposed items account for."""
        _lines, retired = self._line_values()
        if positions is None or len(positions) == len(retired):
            return sum(retired)
        return sum(map(retired.__getitem__, positions))


_R_ACQUIRED = R["acquisition_date"]


def _date_in(value: Any, span: tuple[str, str]) -> bool:
    low, high = span
    if not low and not high:
        return True
    if value is None:
        return False
    day = str(value)[:10]  # ISO text from SQLite, a date from other drivers
    return (not low or day >= low) and (not high or day <= high)


def _in_ranges(row: Row, q: Query) -> bool:
    """Whether the row's acquisition date, latest check and unit value are in `q`'s ranges."""
    low, high = q.value
    cents = row[R_VALUE]
    return (
        _date_in(row[_R_ACQUIRED], q.acquired)
        and _date_in(row[check_rows.R_LAST_CHECK], q.checked)
        and (low is None or cents >= low)
        and (high is None or cents <= high)
    )
