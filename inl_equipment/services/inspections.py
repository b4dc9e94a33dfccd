"""Site checks: record what an inspection found, item by item, and what follows from it.

A result changes the item as an officer would expect:

* *in use* / *in storage*: verified; an item that was in repair is back in service;
* *unserviceable*: its condition becomes unserviceable (status unchanged);
* *under repair*: its status becomes in repair;
* *not seen*: nothing changes but its run of "not seen" (two in a row: follow it up);
* *lost*, *stolen*, *destroyed*: an incident is opened and the status changes.

An item seen at the site while registered elsewhere is recorded as
*unexpected*, with where it was registered; only a transfer receipt moves it.
Each inspection is numbered `EU-<year>-NNNN` (sequential, never reused).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import BulkStatement, dates_as_text, fetch_tuples
from inl_equipment.db.models import RETIRED_STATUSES, Condition, Item, ItemStatus, Location
from inl_equipment.db.monitoring import (
    CheckMethod,
    CheckResult,
    IncidentKind,
    Inspection,
    InspectionResult,
    IntendedUse,
    ItemCheck,
)
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.incidents import TEXT_MAX, IncidentInput, number_for, open_incident
from inl_equipment.services.items import ValidationError

#: Results that open an incident, and its kind.
INCIDENT_OF_RESULT = {
    CheckResult.LOST: IncidentKind.LOST,
    CheckResult.STOLEN: IncidentKind.STOLEN,
    CheckResult.DESTROYED: IncidentKind.DAMAGED,
}
#: How many inspections in a row must miss an item before it is followed up.
FOLLOW_UP_AFTER = 2


@dataclass(slots=True)
class ResultInput:
    """What was found of one item."""

    item_id: int
    result: str
    condition: str = ""  # "" keeps the item's condition
    intended_use: str = IntendedUse.UNKNOWN.value
    remark: str = ""


@dataclass(slots=True)
class InspectionInput:
    """One site check as the dialog or an imported checklist gives it."""

    when: date
    location_id: int
    agency_id: int | None = None
    inspectors: str = ""
    method: str = CheckMethod.ON_SITE.value
    remark: str = ""
    results: list[ResultInput] = field(default_factory=list)
    checklist_id: str | None = None


def _header_problems(session: Session, data: InspectionInput, today: date) -> dict[str, Msg]:
    out: dict[str, Msg] = {}
    if session.get(Location, data.location_id) is None:
        out["location"] = Msg.translate("Inspections", "Choose the site that was checked.")
    if data.when > today:
        out["date"] = Msg.translate("Inspections", "The date cannot be in the future.")
    if data.method not in set(CheckMethod):
        out["method"] = Msg.translate("Inspections", "Choose how the check was made.")
    if not data.results:
        out["results"] = Msg.translate("Inspections", "No item was checked.")
    for name in ("inspectors", "remark"):
        if len(getattr(data, name)) > TEXT_MAX:
            out[name] = Msg.translate("Inspections", "Longer than {max} characters.").format(
                max=TEXT_MAX
            )
    if data.checklist_id is not None:
        first = session.scalar(
            select(Inspection).where(Inspection.checklist_id == data.checklist_id)
        )
        if first is not None:
            out["checklist"] = Msg.translate(
                "Inspections",
                "This checklist was imported already on {date}, as {number}.",
            ).format(date=first.created_at.date().isoformat(), number=first.number)
    return out


class _ItemNow(NamedTuple):
    """What a check reads of an item (a plain row: no ORM object per item)."""

    id: int
    asset_tag: str
    status: str
    condition: str
    location_id: int | None
    holder_agency_id: int | None
    last_check: str | None  # ISO date of the latest check, None when never checked
    not_seen_run: int | None


def _items_now(session: Session, ids: list[int]) -> dict[int, _ItemNow]:
    """The items as they are now, with their latest check: one read (a sheet names thousands)."""
    conn = session.connection()
    columns = (Item.id, Item.asset_tag, Item.status, Item.condition, Item.location_id)
    check = dates_as_text(conn, [ItemCheck.__table__.c.last_date])
    stmt = (
        select(*columns, Item.holder_agency_id, *check, ItemCheck.not_seen_run)
        .outerjoin(ItemCheck, ItemCheck.item_id == Item.id)
        .where(Item.id.in_(ids))
    )
    return {row[0]: _ItemNow(*row) for row in fetch_tuples(conn, stmt)}


# The words a result may hold, made once (a sheet brings thousands of results).
_RESULTS = frozenset(CheckResult)
_CONDITIONS = frozenset(Condition)
_USES = frozenset(IntendedUse)
_INCIDENT_BY_WORD = {result.value: kind for result, kind in INCIDENT_OF_RESULT.items()}
_SERVICEABLE = frozenset((CheckResult.IN_USE.value, CheckResult.IN_STORAGE.value))
# Plain text: reading an enum member costs a descriptor call, and these are read per result.
_NOT_SEEN = CheckResult.NOT_SEEN.value
_UNSERVICEABLE = CheckResult.UNSERVICEABLE.value
_UNDER_REPAIR = CheckResult.UNDER_REPAIR.value
_IN_REPAIR = ItemStatus.IN_REPAIR.value


def _result_problem(r: ResultInput, item: _ItemNow | None, seen: set[int]) -> Msg | None:
    if item is None:
        return Msg.translate("Inspections", "item {id} does not exist").format(id=r.item_id)
    tag = item.asset_tag
    if r.item_id in seen:
        return Msg.translate("Inspections", "{tag} is listed twice.").format(tag=tag)
    if item.status in RETIRED_STATUSES:
        return Msg.translate(
            "Inspections", "{tag} has left the register; it cannot be checked."
        ).format(tag=tag)
    if r.result not in _RESULTS:
        return Msg.translate("Inspections", "{tag}: unknown result “{result}”.").format(
            tag=tag, result=r.result
        )
    if r.condition and r.condition not in _CONDITIONS:
        return Msg.translate("Inspections", "{tag}: unknown condition “{condition}”.").format(
            tag=tag, condition=r.condition
        )
    if r.intended_use not in _USES:
        return Msg.translate(
            "Inspections", "{tag}: say yes, no or unknown for intended use."
        ).format(tag=tag)
    if len(r.remark) > TEXT_MAX:
        return Msg.translate("Inspections", "{tag}: the remark is too long.").format(tag=tag)
    return None


def _problems(
    session: Session, data: InspectionInput, today: date
) -> tuple[dict[str, Msg], dict[int, _ItemNow]]:
    """What is wrong with `data` by field, and the items it names as they are now."""
    problems = _header_problems(session, data, today)
    items = _items_now(session, [r.item_id for r in data.results])
    seen: set[int] = set()
    for r in data.results:
        problem = _result_problem(r, items.get(r.item_id), seen)
        if problem is not None:
            problems.setdefault("results", problem)
        seen.add(r.item_id)
    return problems, items


def check_input(
    session: Session, data: InspectionInput, today: date | None = None
) -> dict[str, Msg]:
    """What is wrong with `data`, by field ("results" names the first bad item)."""
    return _problems(session, data, today or date.today())[0]


def record_inspection(
    session: Session, data: InspectionInput, operator: str, today: date | None = None
) -> str:
    """Record a site check and apply each result to its item; returns the inspection number.

    The results, the items' new states and their latest checks are written
    with one `executemany` each (a checklist brings thousands of rows).
    """
    session.flush()  # the items are read and written below the ORM: no change may wait
    problems, items = _problems(session, data, today or date.today())
    if problems:
        raise ValidationError(problems)
    now = audit.now_utc()
    inspection = Inspection(
        number=number_for(session, "EU", data.when.year),
        date=data.when,
        location_id=data.location_id,
        agency_id=data.agency_id,
        inspectors=" ".join(data.inspectors.split()),
        method=data.method,
        remark=data.remark.strip(),
        checklist_id=data.checklist_id,
        operator=operator,
        created_at=now,
    )
    session.add(inspection)
    session.flush()
    writes = _Writes(inspection, _latest_checks(items.values()))
    events = [
        audit.NewEvent(
            "inspection",
            inspection.id,
            "record",
            {"site": data.location_id, "items": len(data.results)},
        )
    ]
    incidents: list[IncidentInput] = []
    for r in data.results:
        item = items[r.item_id]
        events.append(writes.apply(item, r))
        kind = _INCIDENT_BY_WORD.get(r.result)
        if kind is not None:
            incidents.append(_incident_for(inspection, item, kind, r))
    writes.run(session.connection())
    session.expire_all()  # objects loaded earlier in this session would show the old items
    audit.record(session, operator, events, now)
    for incident in incidents:
        open_incident(session, incident, operator, today)
    return inspection.number


def _latest_checks(items: Iterable[_ItemNow]) -> dict[int, tuple[date, int]]:
    """Each item's latest check date and its run of "not seen", for the items that have one."""
    return {
        i.id: (date.fromisoformat(i.last_check[:10]), i.not_seen_run or 0)
        for i in items
        if i.last_check is not None
    }


_RESULT_COLUMNS = (
    "inspection_id",
    "item_id",
    "result",
    "condition",
    "intended_use",
    "remark",
    "unexpected",
    "registered_location_id",
)
_ITEM_COLUMNS = ("status", "condition", "updated_at", "item_id")
_CHECK_COLUMNS = ("last_date", "last_result", "last_inspection_id", "not_seen_run", "item_id")
# The same values for an UPDATE: its key cannot carry the name of a column it could set.
_CHECK_UPDATE_COLUMNS = (*_CHECK_COLUMNS[:-1], "key_item_id")


class _Header(NamedTuple):
    """What each result row needs of its inspection."""

    id: int
    number: str
    date: date
    location_id: int | None
    created_at: datetime


class _Writes:
    """The rows one inspection writes, gathered result by result and written at once."""

    def __init__(self, inspection: Inspection, checks: dict[int, tuple[date, int]]) -> None:
        # Plain values: an ORM attribute read per result costs more than the rest of `apply`.
        self.inspection = _Header(
            inspection.id,
            inspection.number,
            inspection.date,
            inspection.location_id,
            inspection.created_at,
        )
        self.checks = checks
        self.results: list[tuple[object, ...]] = []
        self.items: list[tuple[object, ...]] = []
        self.new_checks: list[tuple[object, ...]] = []
        self.changed_checks: list[tuple[object, ...]] = []

    def apply(self, item: _ItemNow, r: ResultInput) -> audit.NewEvent:
        """Note result `r` and what it does to the item; return the item's history event."""
        inspection = self.inspection
        unexpected = item.location_id != inspection.location_id
        self.results.append(
            (
                inspection.id,
                item.id,
                r.result,
                r.condition,
                r.intended_use,
                r.remark.strip(),
                unexpected,
                item.location_id if unexpected else None,
            )
        )
        changes: dict[str, object] = {"inspection": inspection.number, "result": r.result}
        new_status, new_condition = _effect(item, r)
        if new_status != item.status:
            changes["status"] = [item.status, new_status]
        if new_condition != item.condition:
            changes["condition"] = [item.condition, new_condition]
        if unexpected:
            changes["unexpected"] = True
        if new_status != item.status or new_condition != item.condition:
            # Only a changed item row is written: the check itself is its latest check and
            # its history event (most results leave the item as it was).
            self.items.append((new_status, new_condition, inspection.created_at, item.id))
        self._note_check(item.id, r.result)
        return audit.NewEvent("item", item.id, "check", changes)

    def _note_check(self, item_id: int, result: str) -> None:
        """Keep the item's latest check (an older check entered late does not replace a newer)."""
        inspection = self.inspection
        known = self.checks.get(item_id)
        if known is not None and known[0] > inspection.date:
            return
        run = (known[1] + 1 if known else 1) if result == _NOT_SEEN else 0
        row = (inspection.date, result, inspection.id, run, item_id)
        (self.changed_checks if known else self.new_checks).append(row)

    def run(self, conn: Connection) -> None:
        """Write everything gathered, one `executemany` per table."""
        BulkStatement(conn, insert(InspectionResult), _RESULT_COLUMNS).run(self.results)
        by_id = Item.id == bindparam("item_id")
        BulkStatement(conn, update(Item).where(by_id), _ITEM_COLUMNS).run(self.items)
        BulkStatement(conn, insert(ItemCheck), _CHECK_COLUMNS).run(self.new_checks)
        changed = update(ItemCheck).where(ItemCheck.item_id == bindparam("key_item_id"))
        BulkStatement(conn, changed, _CHECK_UPDATE_COLUMNS).run(self.changed_checks)


def _effect(item: _ItemNow, r: ResultInput) -> tuple[str, str]:
    """The item's status and condition after result `r` (incidents change status later)."""
    status, condition = item.status, r.condition or item.condition
    result = r.result  # a checked result word: compared as text, no enum made per row
    if result in _SERVICEABLE and status == _IN_REPAIR:
        held = item.holder_agency_id is not None
        status = (ItemStatus.HANDED_OVER if held else ItemStatus.IN_STOCK).value
    elif result == _UNSERVICEABLE:
        condition = Condition.UNSERVICEABLE.value
    elif result == _UNDER_REPAIR:
        status = _IN_REPAIR
    return status, condition


def _incident_for(
    inspection: Inspection, item: _ItemNow, kind: IncidentKind, r: ResultInput
) -> IncidentInput:
    return IncidentInput(
        item_id=item.id,
        when=inspection.date,
        kind=kind.value,
        place=inspection.location.name_en if inspection.location else "",
        reported_by=inspection.inspectors,
        remark=r.remark,
        inspection_id=inspection.id,
    )
