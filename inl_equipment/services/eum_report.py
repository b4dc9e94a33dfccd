"""The annual end-use monitoring (EUM) report: who held what, what was checked, what was found.

`build_eum_report(session, start, end, today)` computes the report for any
period (a calendar year is 1 January to 31 December) from a handful of
reads (`eum_report_reads`) and one pass over plain tuples, fast at 100,000
items. The definitions it applies are printed in the report
(`eum_report_data.DEFINITIONS`):

*Held at the start.* An item is held at the start when, on the first day
of the period, a recipient unit had it in custody and it was in active life:

- custody comes from the issued receipts (void ones do not count): the
  latest receipt line dated on or before the day gives the unit (a return
  gives none: donor stock). Before an item's first receipt it was where
  that line found it (`prev_holder_agency_id`): in donor stock for a
  handover, with a unit for items recorded as handed over before receipts
  were kept. An item with no receipt at all is with the holder the register
  records, from its acquisition date (else the day it was entered);
- active life: its status is not retired, or it retired on or after the day,
  the retirement date being that of its disposal (disposed) or of its latest
  incident not closed as recovered (lost, stolen, destroyed). A retired item
  with neither record (older data) counts as retired before any period. Lot
  parts merged back into their lot are left out everywhere.

*Checked*: at least one result in the period (twice counts once).
*Verified*: the latest result in the period (by date, then by the order of
recording) is in use or in storage. *Verification rate*: of the items held
at the start, those verified ÷ the items held at the start.

Each item belongs to one row of each breakdown: its unit and site at the end
of the period (by the same custody rule), the site's province; items with no
unit then are in the "(no unit)" row, so that rows add up to the totals.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import Row
from inl_equipment.db.models import ItemStatus
from inl_equipment.db.monitoring import VERIFIED_RESULTS, CheckResult, IncidentOutcome
from inl_equipment.i18n import Msg
from inl_equipment.services import eum_report_reads as reads
from inl_equipment.services.due_checks import add_months
from inl_equipment.services.eum_report_data import (
    NOT_CHECKED_MONTHS,
    RESULT_ORDER,
    Counts,
    DisposalItem,
    EumReport,
    IncidentLine,
    NotCheckedLine,
    ProblemLine,
    SiteSection,
)
from inl_equipment.services.eum_report_groups import no_unit, province_rows, site_rows, unit_rows

_RESULT_SLOT = {r.value: i for i, r in enumerate(RESULT_ORDER)}
_VERIFIED = frozenset(r.value for r in VERIFIED_RESULTS)
_INCIDENT_STATUSES = frozenset(
    {ItemStatus.LOST.value, ItemStatus.STOLEN.value, ItemStatus.DESTROYED.value}
)
_ACTIVE = frozenset(
    {ItemStatus.IN_STOCK.value, ItemStatus.HANDED_OVER.value, ItemStatus.IN_REPAIR.value}
)
_NEVER = ""  # an ISO date before every other: "retired before any period"

# A custody line as read: (date, unit before, site before, unit after, site after).
_Line = tuple[str, int | None, int | None, int | None, int | None]
_Custody = tuple[int | None, int | None]  # (unit, site)
#: An item's figures: (held, latest result's slot or -1, verified and held, followed up,
#: still open, results recorded).
_Profile = tuple[int, int, int, int, int, int]


def _iso(value: Any) -> str:
    return str(value)[:10] if value is not None else ""


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def custody_on(lines: list[_Line], day: str, legacy: _Custody, since: str) -> _Custody:
    """(unit, site) holding an item on `day` (ISO), by its receipt `lines` (oldest first).

    With no line on or before `day`: where the first line found it; with no
    line at all, `legacy` (the register's holder and site) from `since` on.
    """
    if not lines:
        return legacy if since <= day else (None, legacy[1])
    at = bisect.bisect_right(lines, day, key=lambda line: line[0])
    if at == 0:
        first = lines[0]
        if first[1] is not None and since > day:
            return None, first[2]
        return first[1], first[2]
    last = lines[at - 1]
    return last[3], last[4]


@dataclass(slots=True)
class _Item:
    """What the pass knows of one item."""

    tag: str
    description: str
    unit: int | None
    site: int | None
    held: bool
    last_result: tuple[str, int, str, str] | None = None  # (date, inspection id, result, number)
    results: int = 0


class _Register:
    """The register's reads for one report, indexed by item."""

    def __init__(self, conn: Connection, start: date, end: date, as_of: date) -> None:
        """Read everything the report for `start`..`end` needs (`as_of`: end or today)."""
        self.start, self.end, self.as_of = start.isoformat(), end.isoformat(), as_of.isoformat()
        self.cutoff = add_months(as_of, -NOT_CHECKED_MONTHS).isoformat()
        self.items = reads.items(conn)
        self.tags = {row[0]: (row[6], row[7]) for row in self.items}
        self.lines: dict[int, list[_Line]] = defaultdict(list)
        for item_id, day, *custody in reads.custody_lines(conn):
            self.lines[item_id].append((_iso(day), *custody))
        self.results = reads.results(conn, end)
        self.incidents: dict[int, list[Row]] = defaultdict(list)
        for row in reads.incidents(conn):
            self.incidents[row[0]].append(row)
        self.disposals = reads.disposal_lines(conn)
        self.agencies, self.sites = reads.agencies(conn), reads.sites(conn)
        self.provinces = reads.provinces(conn)

    def retired_on(self, item_id: int, status: str, disposed: dict[int, str]) -> str | None:
        """The ISO date an item left active life (None: it has not; "" unknown)."""
        if status in _ACTIVE:
            return None
        if status == ItemStatus.DISPOSED.value:
            return disposed.get(item_id, _NEVER)
        if status in _INCIDENT_STATUSES:
            open_ones = [
                _iso(r[1])
                for r in self.incidents.get(item_id, ())
                if r[6] != IncidentOutcome.RECOVERED.value
            ]
            return open_ones[-1] if open_ones else _NEVER
        return _NEVER

    def unit_name(self, unit: int | None) -> str:
        """A unit's English name, or "(no unit)"."""
        return self.agencies[unit][0] if unit in self.agencies else no_unit()

    def site_name(self, site: int | None) -> str:
        """A site's English name, or "" for none."""
        return self.sites[site][0] if site in self.sites else ""


def build_eum_report(session: Session, start: date, end: date, today: date) -> EumReport:
    """The EUM report for `start`..`end` (both included), as the register stands `today`."""
    if end < start:
        raise ValueError(Msg.translate("EumReport", "The period ends before it starts."))
    as_of = min(end, today)
    reg = _Register(session.connection(), start, end, as_of)
    disposed = {r[0]: _iso(r[1]) for r in reg.disposals}
    items: dict[int, _Item] = {}
    not_checked: list[NotCheckedLine] = []
    last_seen: dict[int, tuple[str, str]] = {}  # each item's latest result up to as_of
    for row in reg.results:
        if _iso(row[1]) <= reg.as_of:
            last_seen[row[0]] = (_iso(row[1]), row[3])
    for item_id, status, holder, site, acquired, created, tag, description in reg.items:
        lines = reg.lines.get(item_id, [])
        since = _iso(acquired) or _iso(created)
        legacy = (holder, site)
        retired = reg.retired_on(item_id, status, disposed)
        unit_start, _ = custody_on(lines, reg.start, legacy, since)
        held = unit_start is not None and (retired is None or retired >= reg.start)
        unit, where = custody_on(lines, reg.end, legacy, since)
        items[item_id] = _Item(tag, description, unit, where, held)
        if retired is None or retired > reg.as_of:
            late = _not_checked(reg, item_id, lines, legacy, since, last_seen.get(item_id))
            if late is not None:
                not_checked.append(late)
    unexpected = _take_results(reg, items)
    return _assemble(reg, items, not_checked, unexpected, today)


def _take_results(reg: _Register, items: dict[int, _Item]) -> int:
    """Give each item its latest result of the period; returns the unexpected results."""
    unexpected = 0
    for item_id, day, inspection_id, result, number, was_unexpected in reg.results:
        iso = _iso(day)
        item = items.get(item_id)
        if iso < reg.start or item is None:
            continue
        item.results += 1
        item.last_result = (iso, inspection_id, result, number)
        unexpected += bool(was_unexpected)
    return unexpected


def _not_checked(
    reg: _Register,
    item_id: int,
    lines: list[_Line],
    legacy: _Custody,
    since: str,
    last: tuple[str, str] | None,
) -> NotCheckedLine | None:
    """The item's line of the not-checked list, if it is held and not checked in time."""
    unit, site = custody_on(lines, reg.as_of, legacy, since)
    if unit is None:
        return None
    cutoff = reg.cutoff
    if not lines or lines[0][1] is not None:
        held_since = since  # with a unit before any receipt
    else:
        held_since = next((line[0] for line in lines if line[3] is not None), since)
    if last is not None and last[0] >= cutoff:
        return None
    if last is None and held_since >= cutoff:
        return None
    tag, description = reg.tags[item_id]
    return NotCheckedLine(
        tag,
        description,
        reg.unit_name(unit),
        reg.site_name(site),
        _day(last[0]) if last else None,
        last[1] if last else "",
        _day(held_since),
    )


def _assemble(
    reg: _Register,
    items: dict[int, _Item],
    not_checked: list[NotCheckedLine],
    unexpected: int,
    today: date,
) -> EumReport:
    """Group the items' figures by unit, province and site, and list what the period saw."""
    # Items with the same figures in the same rows are added once, times their number.
    alike: Counter[tuple[int | None, int | None, _Profile]] = Counter()
    problems: dict[int | None, list[ProblemLine]] = defaultdict(list)
    for item_id, item in items.items():
        if not item.held and item.last_result is None:
            continue
        profile, problem = _figures(reg, item_id, item)
        alike[(item.unit, item.site, profile)] += 1
        if problem is not None:
            problems[item.site].append(problem)
    totals = Counts()
    by_unit: dict[int | None, Counts] = defaultdict(Counts)
    by_site: dict[int | None, Counts] = defaultdict(Counts)
    for (unit, site, profile), n in alike.items():
        counts = _counts(profile, n)
        for target in (totals, by_unit[unit], by_site[site]):
            target.add(counts)
    sites = site_rows(reg.sites, reg.provinces, by_site)
    not_checked.sort(key=lambda n: (n.site.casefold(), n.asset_tag))
    return EumReport(
        start=date.fromisoformat(reg.start),
        end=date.fromisoformat(reg.end),
        as_of=date.fromisoformat(reg.as_of),
        generated=today,
        totals=totals,
        by_agency=unit_rows(reg.agencies, by_unit),
        by_province=province_rows(sites),
        sites=[SiteSection(row, problems.get(row.key, [])) for row in sites],
        incidents=_incident_lines(reg, items),
        disposals=_disposal_items(reg, items),
        not_checked=not_checked,
        unexpected_results=unexpected,
    )


def _figures(reg: _Register, item_id: int, item: _Item) -> tuple[_Profile, ProblemLine | None]:
    """One item's figures (see `_Profile`), and its problem line if it has one."""
    held = int(item.held)
    if item.last_result is None:
        return (held, -1, 0, 0, 0, item.results), None
    day, _inspection, result, number = item.last_result
    slot = _RESULT_SLOT.get(result, _RESULT_SLOT[CheckResult.NOT_SEEN])
    if result in _VERIFIED:
        return (held, slot, held, 0, 0, item.results), None
    follow = next((r for r in reg.incidents.get(item_id, ()) if _iso(r[1]) >= day), None)
    profile = (held, slot, 0, int(follow is not None), int(follow is not None and not follow[6]))
    line = ProblemLine(
        item.tag,
        item.description,
        reg.unit_name(item.unit),
        result,
        date.fromisoformat(day),
        number,
        follow[2] if follow else "",
        follow[6] if follow else "",
    )
    return (*profile, item.results), line


def _counts(profile: _Profile, n: int) -> Counts:
    """The figures of `n` items with the same `profile`."""
    held, slot, verified_held, followed, still_open, results = profile
    counts = Counts(
        held=held * n,
        verified_held=verified_held * n,
        followed_up=followed * n,
        still_open=still_open * n,
        results_recorded=results * n,
    )
    if slot >= 0:
        counts.checked = n
        counts.by_result[slot] = n
        if RESULT_ORDER[slot] in VERIFIED_RESULTS:
            counts.verified = n
        else:
            counts.problems = n
    return counts


def _incident_lines(reg: _Register, items: dict[int, _Item]) -> list[IncidentLine]:
    out = []
    for rows in reg.incidents.values():
        for item_id, day, number, kind, place, ref, outcome, closed in rows:
            iso = _iso(day)
            if not reg.start <= iso <= reg.end:
                continue
            tag, description = reg.tags[item_id]
            unit = items[item_id].unit if item_id in items else None
            out.append(
                IncidentLine(
                    number,
                    date.fromisoformat(iso),
                    tag,
                    description,
                    reg.unit_name(unit),
                    kind,
                    place,
                    ref,
                    outcome,
                    _day(_iso(closed)),
                )  # fmt: skip
            )
    out.sort(key=lambda i: (i.date, i.number))
    return out


def _disposal_items(reg: _Register, items: dict[int, _Item]) -> list[DisposalItem]:
    out = []
    for item_id, day, number, method, detail, ref, cents in reg.disposals:
        iso = _iso(day)
        if not reg.start <= iso <= reg.end or item_id not in reg.tags:
            continue
        tag, description = reg.tags[item_id]
        price = None if cents is None else Decimal(int(cents)).scaleb(-2)
        out.append(
            DisposalItem(
                number, date.fromisoformat(iso), method, detail, ref, tag, description, price
            )
        )
    return out
