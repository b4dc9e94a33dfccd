"""The plain data behind every inventory export: rows, groups, totals, filters in words.

A `Report` is a `Snapshot` seen through an `ExportSpec` (query, columns in display
order, grouping, title). It hands writers typed values — `Decimal` money made
exactly from integer cents, `date` objects, `int` quantities, `str` otherwise —
lazily, one row at a time, so 100,000 items never exist twice in memory. Nothing
here knows about files or formats, and nothing imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from inl_equipment.services.columns import (
    ALL_STATUSES,
    COLUMN_BY_KEY,
    COLUMNS,
    R_CATEGORY,
    R_FUNDING,
    R_HOLDER,
    R_QTY,
    R_STATUS,
    R_VALUE,
    ColumnSpec,
    condition_label,
    format_money,
    status_label,
)
from inl_equipment.services.register import Register
from inl_equipment.services.search import Query, RefNames, Row, Snapshot

#: What a writer needs to know about a column's values.
ValueKind = Literal["text", "int", "money", "date"]

#: Grouping choices: key -> label shown to the user.
GROUP_LABELS: dict[str, str] = {
    "agency": "Agency (holder)",
    "province": "Province",
    "status": "Status",
    "category": "Category",
    "funding": "Funding source",
}
GROUP_KEYS = tuple(GROUP_LABELS)
# Reference table whose names label each grouping's groups ("" for status).
_GROUP_TABLE = {
    "agency": "agencies",
    "province": "provinces",
    "status": "",
    "category": "categories",
    "funding": "funding",
}
_NO_GROUP = {
    "agency": "No holder",
    "province": "No province",
    "status": "No status",
    "category": "No category",
    "funding": "No funding source",
}
_VALUE_KIND: dict[str, ValueKind] = {
    "int": "int",
    "money": "money",
    "total": "money",
    "date": "date",
}

DEFAULT_TITLE = "Equipment inventory"
#: The register table's columns shown by default, in their default order.
DEFAULT_COLUMNS: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.visible)
ALL_COLUMNS: tuple[str, ...] = tuple(c.key for c in COLUMNS)


def cents_to_decimal(cents: int) -> Decimal:
    """Integer cents as an exact Decimal with two places: 123450 -> Decimal('1234.50')."""
    return Decimal(cents).scaleb(-2)


@dataclass(frozen=True, slots=True)
class ExportSpec:
    """What to export: which items (query), which columns in which order, how grouped."""

    columns: list[str]
    query: Query = field(default_factory=Query)
    group_by: str | None = None
    title: str = DEFAULT_TITLE
    operator: str = ""
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    filters_in_words: str = ""

    def __post_init__(self) -> None:
        unknown = [k for k in self.columns if k not in COLUMN_BY_KEY]
        if unknown:
            raise ValueError(f"unknown column {unknown[0]!r}")
        if not self.columns:
            raise ValueError("an export needs at least one column")
        if self.group_by is not None and self.group_by not in GROUP_LABELS:
            raise ValueError(f"cannot group by {self.group_by!r}")


def describe_filters(query: Query, refs: RefNames) -> str:
    """The query in words, e.g. 'Status: Handed over · Province: Savannakhet · Search: “hilux”'."""

    def names(table: str, ids: frozenset[int]) -> str:
        return ", ".join(sorted((refs.name(table, i) or f"#{i}" for i in ids), key=str.casefold))

    parts: list[str] = []
    if query.statuses:
        order = {s: n for n, s in enumerate(ALL_STATUSES)}
        ordered = sorted(query.statuses, key=lambda s: order.get(s, len(order)))
        parts.append("Status: " + ", ".join(status_label(s) for s in ordered))
    for label, table, ids in (
        ("Agency", "agencies", query.agencies),
        ("Province", "provinces", query.provinces),
        ("Category", "categories", query.categories),
        ("Funding", "funding", query.funding),
    ):
        if ids:
            parts.append(f"{label}: {names(table, ids)}")
    if query.text.strip():
        parts.append(f"Search: “{query.text.strip()}”")
    words = " · ".join(parts) if parts else "All items (no search or filter)"
    if query.sort_key in COLUMN_BY_KEY:
        order_word = "descending" if query.descending else "ascending"
        words += f" · Sorted by {COLUMN_BY_KEY[query.sort_key].header}, {order_word}"
    return words


@dataclass(frozen=True, slots=True)
class Group:
    """One group of a grouped report: its name (English and Lao) and its items."""

    name: str
    name_lo: str
    positions: list[int]
    cents: int

    @property
    def count(self) -> int:
        return len(self.positions)

    @property
    def value(self) -> Decimal:
        return cents_to_decimal(self.cents)


def _converter(col: ColumnSpec, snap: Snapshot) -> Callable[[Row], Any]:
    """A function from row tuple to the column's typed value."""
    kind, i = col.kind, col.index
    if kind == "ref":
        names = snap.refs.en.get(col.ref, {})
        return lambda r: names.get(r[i], "") if r[i] is not None else ""
    if kind == "province":
        provinces = snap.refs.en.get("provinces", {})
        province_id = snap.province_id
        return lambda r: provinces.get(province_id(r), "")  # type: ignore[arg-type]
    if kind == "status":
        return lambda r: status_label(r[i])
    if kind == "condition":
        return lambda r: condition_label(r[i])
    if kind == "money":
        return lambda r: None if r[i] is None else cents_to_decimal(r[i])
    if kind == "percent":
        return lambda r: "" if r[i] is None else str(cents_to_decimal(r[i]))
    if kind == "total":
        return lambda r: cents_to_decimal(r[R_QTY] * r[R_VALUE])
    if kind == "date":
        return lambda r: date.fromisoformat(r[i]) if r[i] else None
    if kind == "int":
        return lambda r: r[i]
    return lambda r: r[i] or ""


class Report:
    """A snapshot seen through an export spec: typed rows, groups and totals.

    `positions` are the snapshot rows to export, in display order. Rows are
    produced lazily by `rows()`; nothing is copied up front.
    """

    def __init__(self, snapshot: Snapshot, spec: ExportSpec) -> None:
        self.snapshot = snapshot
        self.spec = spec
        self.columns: tuple[ColumnSpec, ...] = tuple(COLUMN_BY_KEY[k] for k in spec.columns)
        self.headers: list[str] = [c.header for c in self.columns]
        self.kinds: list[ValueKind] = [_VALUE_KIND.get(c.kind, "text") for c in self.columns]
        self.positions: list[int] = snapshot.apply(spec.query)
        self._groups: list[Group] | None = None

    def __len__(self) -> int:
        return len(self.positions)

    @property
    def total_cents(self) -> int:
        return self.snapshot.total_cents(self.positions)

    @property
    def total_value(self) -> Decimal:
        return cents_to_decimal(self.total_cents)

    @property
    def group_label(self) -> str:
        return GROUP_LABELS[self.spec.group_by] if self.spec.group_by else ""

    def rows(self, positions: Sequence[int] | None = None) -> Iterator[list[Any]]:
        """Typed values of each row (default: every exported row, in display order)."""
        convert = [_converter(c, self.snapshot) for c in self.columns]
        rows = self.snapshot.rows
        for p in self.positions if positions is None else positions:
            row = rows[p]
            yield [f(row) for f in convert]

    def display_rows(self, positions: Sequence[int] | None = None) -> Iterator[list[str]]:
        """Each row's cells as the table shows them ("$1,234.50", ISO dates)."""
        snap, cols = self.snapshot, self.columns
        rows = snap.rows
        for p in self.positions if positions is None else positions:
            row = rows[p]
            yield [snap.display(row, c) for c in cols]

    def groups(self) -> list[Group]:
        """The exported rows by `spec.group_by` (empty when not grouped).

        Groups come in name order (statuses in their life-cycle order), the
        group of rows without a value last; rows keep their display order.
        """
        if self._groups is None:
            self._groups = self._make_groups() if self.spec.group_by else []
        return self._groups

    def _make_groups(self) -> list[Group]:
        by = self.spec.group_by
        assert by is not None
        snap = self.snapshot
        rows = snap.rows
        key_of: Callable[[Row], Any]
        if by == "province":
            key_of = snap.province_id
        else:
            index = {"agency": R_HOLDER, "status": R_STATUS, "category": R_CATEGORY}
            i = index.get(by, R_FUNDING)
            key_of = lambda r: r[i]  # noqa: E731
        members: dict[Any, list[int]] = {}
        for p in self.positions:
            members.setdefault(key_of(rows[p]), []).append(p)
        table = _GROUP_TABLE[by]

        def name(key: Any) -> str:
            if key is None:
                return _NO_GROUP[by]
            if not table:
                return status_label(key)
            return snap.refs.name(table, key) or f"#{key}"

        def order(key: Any) -> tuple[int, Any]:
            if key is None:
                return (2, "")
            if not table:
                return (0, ALL_STATUSES.index(key)) if key in ALL_STATUSES else (1, key)
            return (0, name(key).casefold())

        lao = snap.refs.lo.get(table, {}) if table else {}
        return [
            Group(name(k), lao.get(k, "") if k is not None else "", ps, snap.total_cents(ps))
            for k, ps in sorted(members.items(), key=lambda kv: order(kv[0]))
        ]

    def summary_lines(self) -> list[str]:
        """Title lines every format repeats: generated when and by whom, filters, totals."""
        spec = self.spec
        lines = [
            f"Generated {spec.generated_at:%Y-%m-%d %H:%M}"
            + (f" by {spec.operator}" if spec.operator else "")
        ]
        lines.append(spec.filters_in_words or describe_filters(spec.query, self.snapshot.refs))
        lines.append(f"{len(self):,} items · total value {format_money(self.total_cents)}")
        return lines


def build_report(
    snapshot: Snapshot,
    query: Query,
    columns: Sequence[str],
    *,
    group_by: str | None = None,
    title: str = DEFAULT_TITLE,
    operator: str = "",
    generated_at: datetime | None = None,
) -> Report:
    """A report over `snapshot`, with the filters described from its reference names."""
    spec = ExportSpec(
        columns=list(columns),
        query=query,
        group_by=group_by,
        title=title or DEFAULT_TITLE,
        operator=operator,
        generated_at=generated_at or datetime.now().replace(microsecond=0),
        filters_in_words=describe_filters(query, snapshot.refs),
    )
    return Report(snapshot, spec)


def load_for_export(
    register: Register,
    query: Query,
    columns: Sequence[str],
    *,
    group_by: str | None = None,
    title: str = DEFAULT_TITLE,
    generated_at: datetime | None = None,
) -> Report:
    """Read a fresh snapshot (one session of its own, in the calling thread) and report on it.

    Call it in the worker thread that writes the export: the window's own
    snapshot belongs to the GUI thread and may change while the export runs.
    """
    snapshot = register.snapshot()
    return build_report(
        snapshot,
        query,
        columns,
        group_by=group_by,
        title=title,
        operator=register.operator,
        generated_at=generated_at,
    )
