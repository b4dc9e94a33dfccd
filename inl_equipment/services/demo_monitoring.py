"""Two years of end-use monitoring for the sample register: checks, incidents, disposals.

Each site is visited on its own rhythm (a few are overdue); every visit
checks the items registered there, and each result does to its item what
`services.inspections.record_inspection` would do: the items' later
results follow from it (an item under repair is found in use once
repaired). The sample rows' lost, stolen and disposed items get the records
that made them so: an incident found on a visit or reported by the unit, a
disposal of several items at one site. Everything is then stored in bulk
by `demo_monitoring_store`, at a few seconds for 100,000 items.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import dates_as_text, fetch_tuples
from inl_equipment.db.models import Condition, Item, ItemStatus
from inl_equipment.db.monitoring import (
    CheckMethod,
    CheckResult,
    IncidentKind,
    IncidentOutcome,
    IntendedUse,
)
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.services.demo_history import DemoHistory
from inl_equipment.services.demo_monitoring_disposals import plan_disposals, plan_outcomes
from inl_equipment.services.demo_monitoring_plan import (
    INSPECTORS,
    DemoItem,
    IncidentPlan,
    Plan,
    Result,
    Visit,
    day_between,
    remark_for,
    weekday,
)
from inl_equipment.services.demo_monitoring_store import store_plan
from inl_equipment.services.demo_reference import DemoRefs
from inl_equipment.services.due_checks import add_months

__all__ = ["fill_demo_monitoring"]

# Plain strings: an enum member's `.value` costs a lookup each time, and
# these are read a few hundred thousand times for a large register.
_IN_USE, _IN_STORAGE, _UNSERVICEABLE_R, _UNDER_REPAIR, _NOT_SEEN, _LOST_R, _STOLEN_R, _DESTROYED = (
    r.value for r in CheckResult
)
_VERIFIED = (_IN_USE, _IN_STORAGE)
_SEEN = frozenset((_IN_USE, _IN_STORAGE, _UNSERVICEABLE_R, _UNDER_REPAIR))
_HANDED, _STOCK, _REPAIR = (
    ItemStatus.HANDED_OVER.value,
    ItemStatus.IN_STOCK.value,
    ItemStatus.IN_REPAIR.value,
)
_LOST, _STOLEN, _DISPOSED = (
    ItemStatus.LOST.value,
    ItemStatus.STOLEN.value,
    ItemStatus.DISPOSED.value,
)
_UNSERVICEABLE = Condition.UNSERVICEABLE.value
_YES, _NO, _UNKNOWN = IntendedUse.YES.value, IntendedUse.NO.value, IntendedUse.UNKNOWN.value
_WORSE = {"new": "good", "good": "fair", "fair": "poor"}
#: Results of a handed-over item: a draw below the n-th bound gives the n-th result.
_HELD_BOUNDS = (0.86, 0.90, 0.95, 0.975, 0.998)
_HELD_RESULTS = (_IN_USE, _IN_STORAGE, _NOT_SEEN, _UNSERVICEABLE_R, _UNDER_REPAIR, _DESTROYED)
_STOCK_BOUNDS = (0.95, 0.965, 0.98)
_STOCK_RESULTS = (_IN_STORAGE, _NOT_SEEN, _UNSERVICEABLE_R, _UNDER_REPAIR)
_METHODS = (CheckMethod.ON_SITE.value, CheckMethod.REMOTE.value, CheckMethod.DOCUMENTS.value)
#: A loss is found on the site's next visit only if that visit is this close.
_FOUND_WITHIN_DAYS = 400
#: Handed-over items that are reported lost and then found again, per item.
_RECOVERED_SHARE = 0.003


def fill_demo_monitoring(
    session: Session,
    rng: random.Random,
    today: date,
    operator: str,
    refs: DemoRefs,
    progress: Callable[[int, int], None] | None = None,
    history: DemoHistory | None = None,
) -> int:
    """Two years (to `today`) of site checks, incidents and disposals; returns the inspections.

    Runs on a register holding the sample items and handovers: the items'
    lost, stolen and disposed statuses get their incidents and disposals.
    With `history`, the events go on it (the caller finishes it).
    """
    start = add_months(today, -24)
    plan = Plan(items=_read_items(session, today))
    if progress:
        progress(1, 4)
    agencies = {loc: agency for agency, loc in refs.units}
    by_site: dict[int, list[DemoItem]] = {}
    for item in plan.items.values():
        by_site.setdefault(item.location_id, []).append(item)
    plan.disposals = plan_disposals(rng, by_site, today)
    _plan_losses(rng, plan.items.values(), start, today)
    for site in sorted(by_site):
        visits = _schedule(rng, site, agencies.get(site), site == refs.warehouse, start, today)
        plan.visits.extend(visits)
        _check_site(rng, plan, by_site[site], visits, start, today)
    plan.visits.sort(key=lambda v: (v.when, v.site))
    plan.incidents.sort(key=lambda i: (i.when, i.item_id))
    plan_outcomes(rng, plan.incidents, today)
    if progress:
        progress(2, 4)
    store_plan(session, plan, operator, history)
    if progress:
        progress(4, 4)
    return len(plan.visits)


def _read_items(session: Session, today: date) -> dict[int, DemoItem]:
    """The items a check can find (active, or retired by the sample rows), by id."""
    conn = session.connection()
    # A few hundred handed-over items: converted rows cost nothing here.
    last_handover: dict[int, date] = {
        item_id: day
        for item_id, day in conn.execute(
            select(HandoverLine.item_id, func.max(Handover.date))
            .join(Handover, Handover.id == HandoverLine.handover_id)
            .group_by(HandoverLine.item_id)
        )
    }
    wanted = [_HANDED, _STOCK, _REPAIR, _LOST, _STOLEN, _DISPOSED]
    columns = [Item.id, Item.status, Item.condition, Item.location_id, Item.holder_agency_id]
    table = Item.__table__.c
    dated = dates_as_text(conn, [table["acquisition_date"], table["created_at"]])
    rows = fetch_tuples(
        conn,
        select(*columns, *dated, Item.unit_value)
        .where(Item.status.in_(wanted), Item.location_id.is_not(None))
        .order_by(Item.id),
    )
    out: dict[int, DemoItem] = {}
    for item_id, status, condition, place, holder, acquired, created, cents in rows:
        since = _day(acquired or created)
        if item_id in last_handover:
            since = max(since, _day(last_handover[item_id]))
        retired = status in (_LOST, _STOLEN, _DISPOSED)
        item = DemoItem(
            item_id,
            (_HANDED if holder is not None else _STOCK) if retired else status,
            condition,
            place,
            holder,
            min(since, today),
            Decimal(cents or 0).scaleb(-2),
            row=(status, condition),
            fate=status if retired else "",
        )
        out[item_id] = item
    return out


def _day(value: object) -> date:
    return date.fromisoformat(str(value)[:10])


def _plan_losses(rng: random.Random, items: Iterable[DemoItem], start: date, today: date) -> None:
    """When each lost or stolen sample item went missing (most within the two years)."""
    last = today - timedelta(days=1)
    for item in items:
        if item.fate not in (_LOST, _STOLEN):
            continue
        first = min(item.since + timedelta(days=30), last)
        if first >= start or rng.random() < 0.6:
            item.fate_date = day_between(rng, max(first, start), last)
        else:
            item.fate_date = day_between(rng, first, start - timedelta(days=1))


def _schedule(
    rng: random.Random,
    site: int,
    agency_id: int | None,
    warehouse: bool,
    start: date,
    today: date,
) -> list[Visit]:
    """The visits of one site, oldest first: yearly, some twice a year, a few overdue."""
    kind = rng.random()
    overdue = not warehouse and kind < 0.15
    step = (150, 200) if not warehouse and kind > 0.85 else (300, 400)
    when = today - timedelta(days=rng.randint(400, 560) if overdue else rng.randint(7, 320))
    dates: list[date] = []
    while when >= start:
        dates.append(weekday(when))
        when -= timedelta(days=rng.randint(*step))
    visits = []
    for day in reversed(dates):
        method = rng.choices(_METHODS, (80, 13, 7))[0]
        team = ", ".join(rng.sample(INSPECTORS, 2))
        visits.append(Visit(day, site, agency_id, method, team))
    return visits


def _check_site(
    rng: random.Random,
    plan: Plan,
    items: list[DemoItem],
    visits: list[Visit],
    start: date,
    today: date,
) -> None:
    """Each item's results on the visits of its site, and its incident if it has one."""
    days = [v.when for v in visits]
    after = today + timedelta(days=1)
    for item in items:
        lo, hi = bisect_left(days, item.since), bisect_left(days, item.fate_date or after)
        gap = _recovery_gap(rng, item, start, today)
        for n in range(lo, hi):
            visit = visits[n]
            if gap is not None and gap[0] <= visit.when:
                plan.incidents.append(_reported(rng, item, gap[0], IncidentKind.LOST.value, gap[1]))
                if visit.when <= gap[1]:
                    gap = None
                    continue  # the item was missing on that visit: its incident says so
                gap = None
            hint = n == hi - 1 and item.fate in (_LOST, _DISPOSED)
            if _check(rng, item, visit, hint) == _DESTROYED:
                plan.incidents.append(_found(item, visit, IncidentKind.DAMAGED.value))
                gap = None  # a destroyed item is not reported lost afterwards
                break
        if gap is not None:
            plan.incidents.append(_reported(rng, item, gap[0], IncidentKind.LOST.value, gap[1]))
        if item.fate in (_LOST, _STOLEN):
            plan.incidents.append(_missing(rng, item, visits[hi] if hi < len(visits) else None))


def _recovery_gap(
    rng: random.Random, item: DemoItem, start: date, today: date
) -> tuple[date, date] | None:
    """For a few handed-over items: the days between a reported loss and its recovery."""
    if item.fate or item.status != _HANDED or rng.random() >= _RECOVERED_SHARE:
        return None
    first = max(item.since + timedelta(days=1), start)
    if first > today - timedelta(days=60):
        return None
    lost = day_between(rng, first, today - timedelta(days=60))
    return lost, lost + timedelta(days=rng.randint(7, 45))


def _draw(rng: random.Random, item: DemoItem, hint: bool) -> str:
    """What an inspector finds of `item` (`hint`: it is about to be lost or disposed of)."""
    x = rng.random()
    if item.status == _REPAIR:
        if x < 0.6:
            return _UNDER_REPAIR
        return _IN_USE if item.holder is not None else _IN_STORAGE
    if hint and x < 0.5:
        return _NOT_SEEN if item.fate == _LOST else _UNSERVICEABLE_R
    x = rng.random()
    if item.missed and x < 0.35:
        return _NOT_SEEN  # what was not found last time is often still away
    if item.condition == _UNSERVICEABLE:
        return _UNSERVICEABLE_R if x < 0.5 else _UNDER_REPAIR
    if item.holder is None:
        return _STOCK_RESULTS[bisect_right(_STOCK_BOUNDS, x)]
    result = _HELD_RESULTS[bisect_right(_HELD_BOUNDS, x)]
    # Items the sample rows lose or dispose of are not destroyed first.
    return _IN_USE if result == _DESTROYED and item.fate else result


def _check(rng: random.Random, item: DemoItem, visit: Visit, hint: bool) -> str:
    """Record one result of `item` on `visit` and change the item as the result says."""
    result = _draw(rng, item, hint)
    status, cond = item.status, item.condition
    observed = cond if result in _SEEN else ""
    new_status, new_cond = status, cond
    use = _UNKNOWN
    if result in _VERIFIED:
        if status == _REPAIR or cond == _UNSERVICEABLE:
            observed = "good"  # repaired
        elif rng.random() < 0.04:
            observed = _WORSE.get(cond, cond)
        new_cond = observed
        if status == _REPAIR:
            new_status = _HANDED if item.holder is not None else _STOCK
        use = _YES if result == _IN_STORAGE or rng.random() < 0.97 else _NO
    elif result == _UNSERVICEABLE_R:
        observed = new_cond = _UNSERVICEABLE
    elif result == _UNDER_REPAIR:
        new_status = _REPAIR
    remark = remark_for(rng, result) if use != _NO else "Used by another unit for patrols."
    visit.results.append(
        Result(item.id, result, observed, use, remark, (status, new_status), (cond, new_cond))
    )
    item.status, item.condition, item.missed = new_status, new_cond, result == _NOT_SEEN
    return result


def _found(item: DemoItem, visit: Visit, kind: str) -> IncidentPlan:
    """The incident a visit opens for an item found lost, stolen or destroyed."""
    incident = IncidentPlan(item.id, visit.when, kind, item.status, visit)
    incident.reported_by, incident.remark = visit.inspectors, visit.results[-1].remark
    visit.incidents.append(incident)
    item.status = {"lost": _LOST, "stolen": _STOLEN}.get(kind, ItemStatus.DESTROYED.value)
    return incident


def _reported(
    rng: random.Random, item: DemoItem, when: date, kind: str, recovered: date | None = None
) -> IncidentPlan:
    """An incident the unit reported itself; `recovered`: the day the item was found again."""
    incident = IncidentPlan(item.id, when, kind, item.status, closed=recovered)
    incident.reported_by = "Unit logistics officer"
    if kind == IncidentKind.STOLEN.value:
        incident.report_ref = f"Police report {rng.randint(10, 999)}/{when.year}"
        incident.remark = "Taken from a parked vehicle overnight."
    else:
        incident.remark = "Missing after a field deployment."
    if recovered is not None:
        incident.outcome = IncidentOutcome.RECOVERED.value
    return incident


def _missing(rng: random.Random, item: DemoItem, visit: Visit | None) -> IncidentPlan:
    """The incident of a sample item whose row says lost or stolen."""
    assert item.fate_date is not None
    chance = 0.8 if item.fate == _LOST else 0.25
    # A loss long before the next visit was reported by the unit, not found on it.
    near = visit is not None and (visit.when - item.fate_date).days < _FOUND_WITHIN_DAYS
    if visit is not None and near and rng.random() < chance:
        result = _LOST_R if item.fate == _LOST else _STOLEN_R
        status, cond = item.status, item.condition
        remark = remark_for(rng, result)
        use = _UNKNOWN
        visit.results.append(
            Result(item.id, result, "", use, remark, (status, status), (cond, cond))
        )
        return _found(item, visit, result)
    incident = _reported(rng, item, item.fate_date, item.fate)
    item.status = item.fate
    return incident
