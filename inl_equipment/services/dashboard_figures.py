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
from inl_equipment.services.columns import (
    R_CATEGORY,
    R_HOLDER,
    R_LOCATION,
    R_QTY,
    R_STATUS,
    R_VALUE,
    ROW_FIELDS,
)
from inl_equipment.services.search import Query, Snapshot

R_LAST_RESULT = check_rows.R_LAST_RESULT

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


@dataclass(frozen=True, slots=True)
class RateFigure:
    """How many of the items a unit holds were verified this year.

    *Held*: in the unit's custody now (not retired). *Verified*: the latest
    check is of this year and found the item in use or in storage. `query`
    shows the held items not verified (the ones to visit).
    """

    key: str
    label: str
    held: int
    verified: int
    query: Query | None

    @property
    def unverified(self) -> int:
        """Held and not verified this year."""
        return self.held - self.verified

    @property
    def hundredths(self) -> int | None:
        """The rate in hundredths of a percent (6250 = 62.50 %); None when nothing is held."""
        return None if not self.held else (self.verified * 10_000 + self.held // 2) // self.held


@dataclass(slots=True)
class DashboardFigures:
    """Every figure, by what it groups."""

    total: Figure
    by_status: list[Figure] = field(default_factory=list)
    by_agency: list[Figure] = field(default_factory=list)
    by_province: list[Figure] = field(default_factory=list)
    checks: list[Figure] = field(default_factory=list)  # due within a month, overdue, ...
    overdue_by_site: list[Figure] = field(default_factory=list)
    verification: list[RateFigure] = field(default_factory=list)  # by holding unit
    verification_total: RateFigure | None = None


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


#: The check filters the dashboard counts, and where the "verified this year" flag sits.
_MODES = [mode for mode, _ in check_rows.CHECK_FILTERS if mode]
_VERIFIED_AT = len(_MODES)


def _group_rows(snap: Snapshot, today: date) -> dict[tuple[Any, ...], list[int]]:
    """(status, holder, location, check states) -> [items, cents], in one pass.

    The check states are the check filters' verdicts and, last, whether the
    item was verified this year. The pass groups by what the states are
    made of (the next check date, never checked, not seen twice, verified
    this year) and the states are worked out once per group: the loop does
    what `check_rows.next_due` and `check_rows.verified_in` do, with the next
    check remembered per (date counted from, category), because a call per
    row was most of the time at 100,000 rows.
    """
    refs = snap.refs
    default, by_category = refs.check_interval, refs.category_interval
    raw: dict[tuple[Any, ...], list[int]] = {}
    dues: dict[tuple[object, object], str | None] = {}
    retired, verified_results = check_rows.RETIRED_VALUES, check_rows.VERIFIED_VALUES
    year, next_due = str(today.year), check_rows.next_due
    i_base, i_last, i_result = check_rows.R_CHECK_BASE, check_rows.R_LAST_CHECK, R_LAST_RESULT
    i_seen, i_category = check_rows.R_NOT_SEEN, R_CATEGORY
    for row in snap.rows:
        status, base, last = row[R_STATUS], row[i_base], row[i_last]
        if base is None or status in retired:
            due = None
        else:
            at = (base, row[i_category])
            due = dues.get(at, "")
            if due == "":
                due = dues[at] = next_due(row, default, by_category)
        key = (
            status,
            row[R_HOLDER],
            row[R_LOCATION],
            due,
            last is None,
            (row[i_seen] or 0) >= 2,
            row[i_result] in verified_results and str(last)[:4] == year,
        )
        tally = raw.get(key)
        if tally is None:
            raw[key] = [1, row[R_QTY] * row[R_VALUE]]
        else:
            tally[0] += 1
            tally[1] += row[R_QTY] * row[R_VALUE]
    return _with_states(raw, today)


def _with_states(
    raw: dict[tuple[Any, ...], list[int]], today: date
) -> dict[tuple[Any, ...], list[int]]:
    """Groups by (status, holder, location, check states) from the pass's finer groups."""
    passes = check_rows.passes
    groups: dict[tuple[Any, ...], list[int]] = {}
    for (status, holder, location, due, never, twice, verified), (count, cents) in raw.items():
        # A stand-in row holding just what the check filters read (status, holder, the
        # latest check's date and result, the run of "not seen"), so that the verdicts
        # come from `check_rows.passes` itself.
        row: list[Any] = [None] * len(ROW_FIELDS)
        row[R_STATUS], row[R_HOLDER] = status, holder
        row[check_rows.R_LAST_CHECK] = None if never else today.isoformat()
        row[R_LAST_RESULT] = "in_use" if verified else None
        row[check_rows.R_NOT_SEEN] = 2 if twice else 0
        states = (*(passes(m, row, due, today) for m in _MODES), verified)
        tally = groups.setdefault((status, holder, location, states), [0, 0])
        tally[0] += count
        tally[1] += cents
    return groups


def _by_province(
    snap: Snapshot, groups: dict[tuple[Any, ...], list[int]]
) -> dict[object, list[int]]:
    """Items and cents by province: the location's, else the holder's (as the table shows)."""
    province_of = snap.refs.province_of
    out: dict[object, list[int]] = {}
    for (_status, holder, location, _states), (count, cents) in groups.items():
        tally = out.setdefault(province_of(location, holder), [0, 0])
        tally[0] += count
        tally[1] += cents
    return out


def _check_figures(groups: dict[tuple[Any, ...], list[int]], today: date) -> list[Figure]:
    out = []
    for n, mode in enumerate(_MODES):
        chosen = [t for key, t in groups.items() if key[3][n]]
        count, cents = sum(t[0] for t in chosen), sum(t[1] for t in chosen)
        out.append(Figure(mode, mode, count, cents, Query(checks=mode, today=today)))
    return out


def _overdue_by_site(
    snap: Snapshot, groups: dict[tuple[Any, ...], list[int]], today: date, none_label: str
) -> list[Figure]:
    overdue = _MODES.index("overdue")
    tallies: dict[object, list[int]] = {}
    for (_status, _holder, location, states), (count, cents) in groups.items():
        if states[overdue]:
            tally = tallies.setdefault(location, [0, 0])
            tally[0] += count
            tally[1] += cents
    sites = snap.refs.en.get("locations", {})
    queries: dict[object, Query | None] = {
        loc: Query(locations=frozenset({loc}), checks="overdue", today=today)
        for loc in tallies
        if isinstance(loc, int)
    }
    figures = _figures(tallies, [(None, none_label), *sites.items()], queries)
    return sorted(figures, key=lambda f: (-f.count, f.label))


def _verification(
    snap: Snapshot, groups: dict[tuple[Any, ...], list[int]], today: date
) -> tuple[list[RateFigure], RateFigure]:
    """The verification rate this year by holding unit, and over every unit."""
    tallies: dict[int, list[int]] = {}
    retired = check_rows.RETIRED_VALUES
    for (status, holder, _location, states), (count, _cents) in groups.items():
        if holder is None or status in retired:
            continue
        tally = tallies.setdefault(holder, [0, 0])
        tally[0] += count
        tally[1] += count if states[_VERIFIED_AT] else 0
    names = snap.refs.en.get("agencies", {})
    rates = [
        RateFigure(
            str(a),
            names.get(a, str(a)),
            held,
            verified,
            Query(agencies=frozenset({a}), checks="unverified", today=today),
        )
        for a, (held, verified) in tallies.items()
    ]
    rates.sort(key=lambda r: (r.verified / r.held, -r.held, r.label))  # the worst first
    held, verified = sum(r.held for r in rates), sum(r.verified for r in rates)
    total = RateFigure("all", "", held, verified, Query(checks="unverified", today=today))
    return rates, total


def compute(
    snap: Snapshot, today: date, none_label: str = "—", stock_label: str | None = None
) -> DashboardFigures:
    """The figures of `snap` as of `today` (for the check filters).

    `none_label` names a group with no province or site; `stock_label` the
    items with no holder (donor stock; `none_label` when not given).

    One pass groups the rows by (status, holder, location, check states);
    the figures are sums over those few thousand groups.
    """
    groups = _group_rows(snap, today)
    status, agency = _roll_up(groups, 0), _roll_up(groups, 1)
    province = _by_province(snap, groups)
    agencies, provinces = snap.refs.en.get("agencies", {}), snap.refs.en.get("provinces", {})
    count, cents = sum(t[0] for t in groups.values()), sum(t[1] for t in groups.values())
    rates, rate_total = _verification(snap, groups, today)
    return DashboardFigures(
        total=Figure("all", "", count, cents, Query()),
        by_status=_figures(
            status,
            ((s, str(s)) for s in status),
            {s: Query(statuses=frozenset({str(s)})) for s in status},
        ),
        by_agency=_figures(
            agency,
            [(None, stock_label or none_label), *agencies.items()],
            {a: Query(agencies=frozenset({a})) for a in agency if isinstance(a, int)},
        ),
        by_province=_figures(
            province,
            [(None, none_label), *provinces.items()],
            {p: Query(provinces=frozenset({p})) for p in province if isinstance(p, int)},
        ),
        checks=_check_figures(groups, today),
        overdue_by_site=_overdue_by_site(snap, groups, today, none_label),
        verification=rates,
        verification_total=rate_total,
    )


def losses(figures: DashboardFigures) -> list[Figure]:
    """The statuses of items the programme has lost (lost, stolen, disposed, destroyed)."""
    return [f for f in figures.by_status if f.key in LOSS_STATUSES]
