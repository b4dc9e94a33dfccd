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

from inl_equipment import formatting
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg
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
)
from inl_equipment.services.eum_vocabulary import result_label
from inl_equipment.services.register import Register
from inl_equipment.services.report_columns import PDF_COLUMNS as PDF_COLUMNS
from inl_equipment.services.report_filters import describe_filters as describe_filters
from inl_equipment.services.search import Query, Row, Snapshot
from inl_equipment.services.vocabulary import condition_label, marked_text, status_label

#: What a writer needs to know about a column's values.
ValueKind = Literal["text", "int", "money", "date"]

#: Grouping choices: key -> English label, marked (`group_label` translates it).
GROUP_LABELS: dict[str, str] = {
    "agency": QT_TRANSLATE_NOOP("Reports", "Agency (holder)"),
    "province": QT_TRANSLATE_NOOP("Reports", "Province"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "category": QT_TRANSLATE_NOOP("Reports", "Category"),
    "funding": QT_TRANSLATE_NOOP("Reports", "Funding source"),
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
    "agency": QT_TRANSLATE_NOOP("Reports", "No holder"),
    "province": QT_TRANSLATE_NOOP("Reports", "No province"),
    "status": QT_TRANSLATE_NOOP("Reports", "No status"),
    "category": QT_TRANSLATE_NOOP("Reports", "No category"),
    "funding": QT_TRANSLATE_NOOP("Reports", "No funding source"),
}
_VALUE_KIND: dict[str, ValueKind] = {
    "int": "int",
    "quantity": "int",
    "money": "money",
    "total": "money",
    "date": "date",
    "due": "date",
}

#: The title of a report nobody named (English, marked; `default_title` translates it).
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Reports", "Equipment inventory")
#: The register table's columns shown by default, in their default order.
DEFAULT_COLUMNS: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.visible)
ALL_COLUMNS: tuple[str, ...] = tuple(c.key for c in COLUMNS)


def group_label(key: str) -> str:
    """A grouping's label in the interface's language now ("Agency (holder)")."""
    return marked_text("Reports", GROUP_LABELS[key])


def group_choices() -> list[tuple[str, str]]:
    """(key, label) of every grouping, for a form's list."""
    return [(key, group_label(key)) for key in GROUP_KEYS]


def default_title() -> str:
    """The title of a report nobody named, in the interface's language now."""
    return marked_text("Reports", DEFAULT_TITLE)


def _title(title: str) -> str:
    """`title` as given, or the default title translated (also when given in English)."""
    return default_title() if not title or title == DEFAULT_TITLE else title


def cents_to_decimal(cents: int) -> Decimal:
    """Integer cents as an exact Decimal with two places: 123450 -> Decimal('1234.50')."""
    return Decimal(cents).scaleb(-2)


@dataclass(frozen=True, slots=True)
class ExportSpec:
    """What to export: which items (query), which columns in which order, how grouped.

    `standard_columns` says that nobody chose the columns (the CLI without
    --columns, the whole register): they are the export's standard ones
    (`PDF_COLUMNS` for a PDF, which lays them out one line an item).
    `operator` is who prepared it, printed as such.
    """

    columns: list[str]
    query: Query = field(default_factory=Query)
    group_by: str | None = None
    title: str = DEFAULT_TITLE
    operator: str = ""
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    filters_in_words: str = ""
    standard_columns: bool = False

    def __post_init__(self) -> None:
        """Refuse unknown columns and groupings (ValueError)."""
        unknown = [k for k in self.columns if k not in COLUMN_BY_KEY]
        if unknown:
            raise ValueError(
                Msg.translate("Reports", "unknown column {key}").format(key=repr(unknown[0]))
            )
        if not self.columns:
            raise ValueError(Msg.translate("Reports", "an export needs at least one column"))
        if self.group_by is not None and self.group_by not in GROUP_LABELS:
            raise ValueError(
                Msg.translate("Reports", "cannot group by {key}").format(key=repr(self.group_by))
            )


@dataclass(frozen=True, slots=True)
class Group:
    """One group of a grouped report: its name (English and Lao) and its items."""

    name: str
    name_lo: str
    positions: list[int]
    cents: int

    @property
    def count(self) -> int:
        """How many items the group holds."""
        return len(self.positions)

    @property
    def value(self) -> Decimal:
        """The group's total value in dollars, exact."""
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
        return lambda r: date.fromisoformat(r[i][:10]) if r[i] else None
    if kind == "due":
        due_of = snap.due_of
        return lambda r: date.fromisoformat(d) if (d := due_of(r)) else None
    if kind == "result":
        return lambda r: result_label(r[i]) if r[i] else ""
    if kind in ("int", "quantity"):
        return lambda r: r[i]
    return lambda r: r[i] or ""


class Report:
    """A snapshot seen through an export spec: typed rows, groups and totals.

    `positions` are the snapshot rows to export, in display order. Rows are
    produced lazily by `rows()`; nothing is copied up front.
    """

    def __init__(self, snapshot: Snapshot, spec: ExportSpec) -> None:
        """The rows of `snapshot` that `spec.query` selects; headers in the interface's language."""
        self.snapshot = snapshot
        self.spec = spec
        self.columns: tuple[ColumnSpec, ...] = tuple(COLUMN_BY_KEY[k] for k in spec.columns)
        self.headers: list[str] = [c.header_text for c in self.columns]
        self.kinds: list[ValueKind] = [_VALUE_KIND.get(c.kind, "text") for c in self.columns]
        self.positions: list[int] = snapshot.apply(spec.query)
        self._groups: list[Group] | None = None

    def __len__(self) -> int:
        return len(self.positions)

    @property
    def total_cents(self) -> int:
        """The exported items' total value in cents."""
        return self.snapshot.total_cents(self.positions)

    @property
    def total_value(self) -> Decimal:
        """The exported items' total value in dollars, exact."""
        return cents_to_decimal(self.total_cents)

    @property
    def group_label(self) -> str:
        """The grouping's label ("" when not grouped), in the interface's language now."""
        return group_label(self.spec.group_by) if self.spec.group_by else ""

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
                return marked_text("Reports", _NO_GROUP[by])
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
        when = formatting.local_time(spec.generated_at.astimezone())
        if spec.operator:
            made = Msg.translate("Reports", "Generated {when} by {operator}")
        else:
            made = Msg.translate("Reports", "Generated {when}")
        # The count is a plain name: lupdate skips a call whose count is an expression.
        n = len(self)
        total = Msg.translate("Reports", "{count} item(s) · total value {total}", None, n)
        return [
            str(made.format(when=when, operator=spec.operator)),
            spec.filters_in_words or describe_filters(spec.query, self.snapshot.refs),
            str(
                total.format(
                    count=formatting.number(n),
                    total=formatting.money(self.total_cents, cents=True),
                )
            ),
        ]


def build_report(
    snapshot: Snapshot,
    query: Query,
    columns: Sequence[str],
    *,
    group_by: str | None = None,
    title: str = DEFAULT_TITLE,
    operator: str = "",
    generated_at: datetime | None = None,
    standard_columns: bool = False,
) -> Report:
    """A report over `snapshot`, with the filters described from its reference names."""
    spec = ExportSpec(
        columns=list(columns),
        query=query,
        group_by=group_by,
        title=_title(title),
        operator=operator,
        generated_at=generated_at or datetime.now().replace(microsecond=0),
        filters_in_words=describe_filters(query, snapshot.refs),
        standard_columns=standard_columns,
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
    standard_columns: bool = False,
    operator: str | None = None,
) -> Report:
    """Read a fresh snapshot (one session of its own, in the calling thread) and report on it.

    Call it in the worker thread that writes the export: the window's own
    snapshot belongs to the GUI thread and may change while the export runs.
    The report is prepared by `operator` (default: the register's operator).
    """
    snapshot = register.items.snapshot()
    return build_report(
        snapshot,
        query,
        columns,
        group_by=group_by,
        title=title,
        operator=register.operator if operator is None else operator,
        generated_at=generated_at,
        standard_columns=standard_columns,
    )
