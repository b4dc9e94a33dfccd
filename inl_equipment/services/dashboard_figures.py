"""The dashboard's figures, counted in one pass over the register's rows in memory.

The window already holds every item as a plain row (`Snapshot`), kept up to
date change by change, so the figures never re-read the register. Each
figure carries the `Query` that shows exactly its items in the register
table (a click on it); a group that no filter can express (items with no
holder, or no province) has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from inl_equipment.services import check_rows
from inl_equipment.services.columns import R_HOLDER, R_QTY, R_STATUS, R_VALUE
from inl_equipment.services.search import Query, Snapshot

#: Statuses whose value the programme has lost.
LOSS_STATUSES = ("lost", "stolen", "disposed", "destroyed")


@dataclass(frozen=True, slots=True)
class Figure:
    """One count and value on the dashboard; `query` shows its items (None: not clickable)."""

    key: str  # a status value, an agency or province id as text, or a check filter
    label: str
    count: int
    cents: int
    query: Query | None


@dataclass(slots=True)
class DashboardFigures:
    """Every figure, by what it groups."""

    total: Figure
    by_status: list[Figure] = field(default_factory=list)
    by_agency: list[Figure] = field(default_factory=list)
    by_province: list[Figure] = field(default_factory=list)
    checks: list[Figure] = field(default_factory=list)  # due within a month, overdue, ...


def _figures(
    tallies: dict[object, list[int]],
    label: Iterable[tuple[object, str]],
    query_of: dict[object, Query | None],
) -> list[Figure]:
    """Figures for the groups that have items, largest value first."""
    names = dict(label)
    out = [
        Figure(str(k), names.get(k, str(k)), count, cents, query_of.get(k))
        for k, (count, cents) in tallies.items()
        if count
    ]
    return sorted(out, key=lambda f: (-f.cents, f.label))


def _roll_up(groups: dict[tuple[Any, ...], list[int]], part: int) -> dict[object, list[int]]:
    out: dict[object, list[int]] = {}
    for key, (count, cents) in groups.items():
        tally = out.setdefault(key[part], [0, 0])
        tally[0] += count
        tally[1] += cents
    return out


def _group_rows(snap: Snapshot, today: date, modes: list[str]) -> dict[tuple[Any, ...], list[int]]:
    """(status, holder, province, check states) -> [items, cents], in one pass."""
    refs = snap.refs
    default, by_category = refs.check_interval, refs.category_interval
    groups: dict[tuple[Any, ...], list[int]] = {}
    due_of, passes, province_of = check_rows.next_due, check_rows.passes, snap.province_id
    # The check filters read only these of a row: worked out once per combination.
    states_of: dict[tuple[object, ...], tuple[bool, ...]] = {}
    last_check, not_seen = check_rows.R_LAST_CHECK, check_rows.R_NOT_SEEN
    for row in snap.rows:
        due = due_of(row, default, by_category)
        seen = (due, row[R_STATUS], row[last_check] is None, (row[not_seen] or 0) >= 2)
        states = states_of.get(seen)
        if states is None:
            states = states_of[seen] = tuple(passes(m, row, due, today) for m in modes)
        key = (row[R_STATUS], row[R_HOLDER], province_of(row), states)
        tally = groups.get(key)
        if tally is None:
            tally = groups[key] = [0, 0]
        tally[0] += 1
        tally[1] += row[R_QTY] * row[R_VALUE]
    return groups


def compute(snap: Snapshot, today: date, none_label: str = "—") -> DashboardFigures:
    """The figures of `snap` as of `today` (for the check filters).

    One pass groups the rows by (status, holder, province, check states);
    the figures are sums over those few hundred groups.
    """
    modes = [mode for mode, _ in check_rows.CHECK_FILTERS if mode]
    groups = _group_rows(snap, today, modes)
    status, agency, province = (_roll_up(groups, part) for part in range(3))
    checks = []
    for n, mode in enumerate(modes):
        chosen = [t for key, t in groups.items() if key[3][n]]
        count, cents = sum(t[0] for t in chosen), sum(t[1] for t in chosen)
        checks.append(Figure(mode, mode, count, cents, Query(checks=mode, today=today)))
    agencies, provinces = snap.refs.en.get("agencies", {}), snap.refs.en.get("provinces", {})
    count, cents = sum(t[0] for t in groups.values()), sum(t[1] for t in groups.values())
    return DashboardFigures(
        total=Figure("all", "", count, cents, Query()),
        by_status=_figures(
            status,
            ((s, str(s)) for s in status),
            {s: Query(statuses=frozenset({str(s)})) for s in status},
        ),
        by_agency=_figures(
            agency,
            [(None, none_label), *agencies.items()],
            {a: Query(agencies=frozenset({a})) for a in agency if isinstance(a, int)},
        ),
        by_province=_figures(
            province,
            [(None, none_label), *provinces.items()],
            {p: Query(provinces=frozenset({p})) for p in province if isinstance(p, int)},
        ),
        checks=checks,
    )


def losses(figures: DashboardFigures) -> list[Figure]:
    """The statuses of items the programme has lost (lost, stolen, disposed, destroyed)."""
    return [f for f in figures.by_status if f.key in LOSS_STATUSES]
