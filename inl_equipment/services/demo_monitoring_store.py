"""Store the sample monitoring plan in bulk, as the services would have recorded it.

The records go in through `db.bulk.BulkStatement` in the order an officer
would have entered them (by date), so numbers run without gaps per year
and each item's history events follow one another. The events are hashed
in one pass, and the chain's anchor and the items' seals are moved as
`audit.record` moves them: `verify_history` finds the register whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import BulkStatement, fetch_tuples
from inl_equipment.db.models import Item, ItemStatus, Location
from inl_equipment.db.monitoring import (
    CheckResult,
    Disposal,
    DisposalLine,
    Incident,
    IncidentKind,
    IncidentOutcome,
    Inspection,
    InspectionResult,
    ItemCheck,
)
from inl_equipment.db.session import take_write_lock
from inl_equipment.db.transactions import ReceiptCounter
from inl_equipment.services import audit
from inl_equipment.services.demo_history import DemoHistory, Event
from inl_equipment.services.demo_monitoring_plan import (
    DisposalPlan,
    IncidentPlan,
    Plan,
    Result,
    Visit,
)
from inl_equipment.services.incidents import STATUS_OF_KIND

_Action = Visit | IncidentPlan | DisposalPlan | tuple[str, IncidentPlan]
_NOT_SEEN = CheckResult.NOT_SEEN.value
_DISPOSED = ItemStatus.DISPOSED.value


def store_plan(
    session: Session, plan: Plan, operator: str, history: DemoHistory | None = None
) -> None:
    """Write every record of `plan`, the items' new states, and their history.

    The events go on `history` when given (its owner seals the items once, at
    the end); otherwise on a history of their own, finished here.
    """
    take_write_lock(session)
    session.flush()
    now = audit.now_utc()
    own = history is None
    history = history or DemoHistory(session, operator, now)
    conn = session.connection()
    actions = _in_order(plan)
    prev = _settle_disposals(plan)
    _number(session, actions)
    names: dict[int, str] = dict(fetch_tuples(conn, select(Location.id, Location.name_en)))
    _insert_inspections(conn, plan.visits, operator, now)
    _insert_incidents(conn, plan.incidents, names, plan, operator, now)
    _insert_disposals(conn, plan.disposals, prev, operator, now)
    _insert_results(conn, plan.visits)
    _update_items(conn, plan, now)
    history.write(_events(actions, prev))
    if own:
        history.finish()
    session.expire_all()  # the ORM's copies of items changed behind it


def _in_order(plan: Plan) -> list[_Action]:
    """Every record and closing as an officer would have entered them: by date."""
    keyed: list[tuple[date, int, int, _Action]] = []
    keyed.extend((v.when, 0, n, v) for n, v in enumerate(plan.visits))
    for n, incident in enumerate(plan.incidents):
        if incident.visit is None:
            keyed.append((incident.when, 1, n, incident))
        if incident.closed is not None and incident.outcome:
            keyed.append((incident.closed, 3, n, ("close", incident)))
    keyed.extend((d.when, 2, n, d) for n, d in enumerate(plan.disposals))
    keyed.sort(key=lambda k: k[:3])
    return [k[3] for k in keyed]


def _settle_disposals(plan: Plan) -> dict[int, str]:
    """Each disposed item's status before its disposal; the items become disposed."""
    prev: dict[int, str] = {}
    for disposal in plan.disposals:
        for item_id, _price in disposal.lines:
            item = plan.items[item_id]
            prev[item_id], item.status = item.status, _DISPOSED
    return prev


def _number(session: Session, actions: list[_Action]) -> None:
    """Give inspections, incidents and disposals their numbers, and move the counters."""
    last: dict[tuple[str, int], int] = {}

    def next_number(prefix: str, year: int) -> str:
        key = (prefix, year)
        if key not in last:
            counter = session.get(ReceiptCounter, key)
            last[key] = counter.last if counter is not None else 0
        last[key] += 1
        return f"{prefix}-{year}-{last[key]:04d}"

    for action in actions:
        if isinstance(action, Visit):
            action.number = next_number("EU", action.when.year)
            for incident in action.incidents:
                incident.number = next_number("IN", incident.when.year)
        elif isinstance(action, IncidentPlan):
            action.number = next_number("IN", action.when.year)
        elif isinstance(action, DisposalPlan):
            action.number = next_number("DS", action.when.year)
    for (prefix, year), value in last.items():
        counter = session.get(ReceiptCounter, (prefix, year))
        if counter is None:
            session.add(ReceiptCounter(prefix=prefix, year=year, last=value))
        else:
            counter.last = value
    session.flush()


def _ids_by_number(conn: Connection, column: Any, number: Any, numbers: set[str]) -> dict[str, int]:
    """The ids of the records just written, by number."""
    return {n: i for i, n in fetch_tuples(conn, select(column, number)) if n in numbers}


def _insert_inspections(
    conn: Connection, visits: list[Visit], operator: str, now: datetime
) -> None:
    columns = (
        "number", "date", "location_id", "agency_id", "inspectors", "method", "remark",
        "operator", "created_at",
    )  # fmt: skip
    BulkStatement(conn, insert(Inspection), columns).run(
        (v.number, v.when, v.site, v.agency_id, v.inspectors, v.method, v.remark, operator, now)
        for v in visits
    )
    ids = _ids_by_number(conn, Inspection.id, Inspection.number, {v.number for v in visits})
    for v in visits:
        v.id = ids[v.number]


def _insert_incidents(
    conn: Connection,
    incidents: list[IncidentPlan],
    names: dict[int, str],
    plan: Plan,
    operator: str,
    now: datetime,
) -> None:
    columns = (
        "number", "item_id", "date", "kind", "place", "reported_by", "report_ref", "outcome",
        "closed_date", "remark", "inspection_id", "prev_status", "operator", "created_at",
    )  # fmt: skip

    def rows() -> Iterator[tuple[Any, ...]]:
        for i in incidents:
            site = i.visit.site if i.visit is not None else plan.items[i.item_id].location_id
            inspection = i.visit.id if i.visit is not None else None
            closed = i.closed if i.outcome else None
            yield (
                i.number, i.item_id, i.when, i.kind, names.get(site, ""), i.reported_by,
                i.report_ref, i.outcome, closed, i.remark, inspection, i.prev_status,
                operator, now,
            )  # fmt: skip

    BulkStatement(conn, insert(Incident), columns).run(rows())
    ids = _ids_by_number(conn, Incident.id, Incident.number, {i.number for i in incidents})
    for incident in incidents:
        incident.id = ids[incident.number]


def _insert_disposals(
    conn: Connection,
    disposals: list[DisposalPlan],
    prev: dict[int, str],
    operator: str,
    now: datetime,
) -> None:
    columns = (
        "number", "date", "method", "detail", "approval_ref", "witnesses", "operator",
        "created_at",
    )  # fmt: skip
    BulkStatement(conn, insert(Disposal), columns).run(
        (d.number, d.when, d.method, d.detail, d.approval_ref, d.witnesses, operator, now)
        for d in disposals
    )
    ids = _ids_by_number(conn, Disposal.id, Disposal.number, {d.number for d in disposals})
    for disposal in disposals:
        disposal.id = ids[disposal.number]
    BulkStatement(
        conn, insert(DisposalLine), ("disposal_id", "item_id", "sale_price", "prev_status")
    ).run((d.id, item_id, price, prev[item_id]) for d in disposals for item_id, price in d.lines)


def _insert_results(conn: Connection, visits: list[Visit]) -> None:
    """Every result, and each item's latest check with its run of "not seen"."""
    columns = ("inspection_id", "item_id", "result", "condition", "intended_use", "remark")
    BulkStatement(conn, insert(InspectionResult), columns).run(
        (v.id, r.item_id, r.result, r.condition, r.intended_use, r.remark)
        for v in visits
        for r in v.results
    )
    latest: dict[int, tuple[date, str, int, int]] = {}
    for v in visits:  # oldest first: the last one seen is the latest
        for r in v.results:
            before = latest.get(r.item_id)
            run = (before[3] if before else 0) + 1 if r.result == _NOT_SEEN else 0
            latest[r.item_id] = (v.when, r.result, v.id, run)
    BulkStatement(
        conn,
        insert(ItemCheck),
        ("item_id", "last_date", "last_result", "last_inspection_id", "not_seen_run"),
    ).run((item_id, *check) for item_id, check in sorted(latest.items()))


def _update_items(conn: Connection, plan: Plan, now: datetime) -> None:
    """Items whose status or condition changed, and the time of every item touched."""
    stmt = (
        update(Item)
        .where(Item.id == bindparam("item_id"))
        .values(status=bindparam("new_status"), condition=bindparam("new_condition"))
    )
    BulkStatement(conn, stmt, ("new_status", "new_condition", "item_id")).run(
        (i.status, i.condition, i.id)
        for i in plan.items.values()
        if (i.status, i.condition) != i.row
    )
    # Sample data goes into an empty register: every result, incident and
    # disposal line is of this plan, so one statement finds the items touched.
    touched = or_(
        Item.id.in_(select(InspectionResult.item_id)),
        Item.id.in_(select(Incident.item_id)),
        Item.id.in_(select(DisposalLine.item_id)),
    )
    conn.execute(update(Item).where(touched).values(updated_at=now))


def _events(actions: list[_Action], prev: dict[int, str]) -> Iterator[Event]:
    """The history events of every action, in the order the services write them."""
    for action in actions:
        if isinstance(action, Visit):
            yield from _visit_events(action)
        elif isinstance(action, IncidentPlan):
            yield from _open_events(action)
        elif isinstance(action, DisposalPlan):
            yield ("disposal", action.id, "record", {"items": len(action.lines)})
            for item_id, price in action.lines:
                changes: dict[str, Any] = {
                    "status": [prev[item_id], _DISPOSED],
                    "disposal": action.number,
                    "method": action.method,
                }
                if price is not None:
                    changes["sale_price"] = str(price)
                yield ("item", item_id, "dispose", changes)
        else:
            yield from _close_events(action[1])


def _visit_events(visit: Visit) -> Iterator[Event]:
    yield ("inspection", visit.id, "record", {"site": visit.site, "items": len(visit.results)})
    number = visit.number
    for r in visit.results:
        yield ("item", r.item_id, "check", _check_changes(number, r))
    for incident in visit.incidents:
        yield from _open_events(incident)


def _check_changes(number: str, r: Result) -> str:
    """The changes of a check event, as `audit.encode_changes` writes them.

    Written directly (the keys in sorted order): a check event is most of
    the history of sample data, and `json.dumps` would take seconds. Every
    value is a number or code of letters, digits, "-" and "_" (nothing to escape).
    """
    text = f'"inspection":"{number}","result":"{r.result}"'
    if r.cond[0] != r.cond[1]:
        text = f'"condition":["{r.cond[0]}","{r.cond[1]}"],{text}'
    if r.status[0] != r.status[1]:
        text = f'{text},"status":["{r.status[0]}","{r.status[1]}"]'
    return f"{{{text}}}"


def _open_events(incident: IncidentPlan) -> Iterator[Event]:
    status = STATUS_OF_KIND[IncidentKind(incident.kind)].value
    changes = {"status": [incident.prev_status, status], "incident": incident.number}
    yield ("item", incident.item_id, "incident", changes)
    yield ("incident", incident.id, "open", {"kind": incident.kind, "item": incident.item_id})


def _close_events(incident: IncidentPlan) -> Iterator[Event]:
    yield ("incident", incident.id, "close", {"outcome": incident.outcome})
    if incident.outcome == IncidentOutcome.RECOVERED:
        status = STATUS_OF_KIND[IncidentKind(incident.kind)].value
        changes = {"status": [status, incident.prev_status], "incident": incident.number}
        yield ("item", incident.item_id, "recovered", changes)
