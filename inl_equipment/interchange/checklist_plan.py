"""From a filled checklist to one inspection: per row, the item, its result and any problem.

The plan is the preview: every row with what it will record, and every problem
naming its row (an unknown result word, an asset tag or serial not in the
register, an item written twice). A sheet for a site that is not in this
register (or not the site chosen), or a checklist imported already, is refused
as a whole. Nothing is stored unless the plan has no problem at all.

An officer who leaves *Result* empty on a listed row did not find the item:
that row counts as *not seen* (`blank_as_not_seen` says how many, for the
confirmation); an expected item whose row was deleted is not seen too
(`missing`). Items found at the site but registered elsewhere are recorded as
*unexpected* by `services.inspections`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import fetch_tuples
from inl_equipment.db.models import RETIRED_STATUSES, Item, Location
from inl_equipment.db.monitoring import CheckMethod, CheckResult, Inspection, IntendedUse
from inl_equipment.i18n import Msg
from inl_equipment.interchange.checklist_layout import condition_from_words, use_from_words
from inl_equipment.interchange.checklist_read import FilledChecklist, FilledRow
from inl_equipment.services.eum_vocabulary import result_from_words
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.item_rules import identifier_key
from inl_equipment.services.items import ValidationError, find_by_tag


@dataclass(slots=True)
class PlanRow:
    """What one row of the sheet will record (`line` 0: an expected item with no row)."""

    line: int
    item_id: int | None
    asset_tag: str
    result: str = ""
    condition: str = ""
    intended_use: str = IntendedUse.UNKNOWN.value
    remark: str = ""
    listed: bool = True
    unexpected: bool = False  # registered at another site
    problem: Msg | None = None


@dataclass(slots=True)
class ChecklistPlan:
    """The preview of an import: the inspection's header, its rows and every problem."""

    checklist_id: str
    location_id: int
    site: str
    when: dt.date
    inspectors: str
    method: str
    rows: list[PlanRow] = field(default_factory=list)
    refusal: Msg | None = None  # the sheet as a whole cannot be imported
    blank_as_not_seen: int = 0
    missing: int = 0

    @property
    def problems(self) -> list[Msg]:
        """Everything that stops the import: the refusal, then each row's problem."""
        head = [self.refusal] if self.refusal is not None else []
        return head + [r.problem for r in self.rows if r.problem is not None]

    def counts(self) -> dict[str, int]:
        """How many items get each result (values of `CheckResult`)."""
        return dict(Counter(r.result for r in self.rows if r.problem is None and r.result))

    def to_input(self) -> InspectionInput:
        """The inspection to record; `ValidationError` when the plan has any problem."""
        if self.problems:
            raise ValidationError({"checklist": self.problems[0]})
        results = [
            ResultInput(r.item_id, r.result, r.condition, r.intended_use, r.remark)
            for r in self.rows
            if r.item_id is not None
        ]
        return InspectionInput(
            when=self.when,
            location_id=self.location_id,
            inspectors=self.inspectors,
            method=self.method,
            results=results,
            checklist_id=self.checklist_id,
        )


def _refusal(
    session: Session, filled: FilledChecklist, location_id: int | None
) -> tuple[Location | None, Msg | None]:
    site = session.get(Location, filled.site_id)
    if site is None or site.name_en != filled.site_name:
        return site, Msg.translate(
            "Checklists", "This checklist is for site “{site}”, which is not in this register."
        ).format(site=filled.site_name)
    if location_id is not None and location_id != site.id:
        chosen = session.get(Location, location_id)
        return site, Msg.translate(
            "Checklists", "This checklist is for site “{site}”, not for “{chosen}”."
        ).format(site=site.name_en, chosen=chosen.name_en if chosen else location_id)
    first = session.scalar(select(Inspection).where(Inspection.checklist_id == filled.checklist_id))
    if first is not None:
        return site, Msg.translate(
            "Checklists", "This checklist was imported already on {date}, as {number}."
        ).format(date=first.created_at.date().isoformat(), number=first.number)
    return site, None


def _date(filled: FilledChecklist, when: dt.date | None, today: dt.date) -> dt.date | Msg:
    text = filled.checked_on.strip()
    if not text:
        return when or today
    for parse in (dt.date.fromisoformat, lambda t: dt.datetime.strptime(t, "%d/%m/%Y").date()):
        try:
            day = parse(text[:10])
        except ValueError:
            continue
        if day < filled.issued:
            return Msg.translate(
                "Checklists", "The date of check {date} is before the checklist was issued."
            ).format(date=day.isoformat())
        if day > today:
            return Msg.translate("Checklists", "The date of check {date} is in the future.").format(
                date=day.isoformat()
            )
        return day
    return Msg.translate("Checklists", "The date of check “{text}” is not a date.").format(
        text=text[:40]
    )


class _Known(NamedTuple):
    """What the plan needs of an item."""

    id: int
    asset_tag: str
    location_id: int | None
    status: str


_CHUNK = 500  # ids or words per IN (...): well inside every database's limit


class _Items:
    """The sheet's items, read in a few queries rather than one or two per row."""

    def __init__(self, session: Session, filled: FilledChecklist) -> None:
        """Read every item that `filled` names by asset tag, serial number or listing."""
        self._session = session
        self.by_id: dict[int, _Known] = {}
        self._by_key: dict[str, int] = {}
        self._by_serial: dict[str, list[int]] = {}
        keys = {identifier_key(r.asset_tag) for r in filled.rows if r.asset_tag}
        serials = {r.serial_number for r in filled.rows if r.serial_number and not r.asset_tag}
        self._load(func.lower(Item.asset_tag), sorted(keys - {""}))
        self._load(Item.serial_number, sorted(serials))
        # The listed items the sheet does not name (left blank: not seen); the rest are read.
        self._load(Item.id, sorted(filled.listed - self.by_id.keys()))

    def _load(self, column: Any, values: list[Any]) -> None:
        columns = (Item.id, Item.asset_tag, Item.location_id, Item.status, Item.serial_number)
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            stmt = select(*columns).where(column.in_(chunk))
            # Plain driver tuples: a Row object per item costs more than the look-up.
            for item_id, tag, location, status, serial in fetch_tuples(
                self._session.connection(), stmt
            ):
                if item_id not in self.by_id:
                    self.by_id[item_id] = _Known(item_id, tag, location, status)
                    self._by_key.setdefault(tag.lower(), item_id)
                    self._by_serial.setdefault(serial, []).append(item_id)

    def by_tag(self, tag: str) -> _Known | None:
        """The item with asset tag `tag` (compared as `find_by_tag` does)."""
        item_id = self._by_key.get(identifier_key(tag))
        if item_id is None:  # a tag outside ASCII: the register's own look-up
            item_id = find_by_tag(self._session, tag)
            if item_id is not None and item_id not in self.by_id:
                self._load(Item.id, [item_id])
        return self.by_id.get(item_id) if item_id is not None else None

    def by_serial(self, serial: str) -> list[_Known]:
        """The items with serial number `serial`."""
        return [self.by_id[i] for i in self._by_serial.get(serial, [])]


def _find(items: _Items, row: FilledRow) -> tuple[_Known | None, Msg | None]:
    if row.asset_tag:
        item = items.by_tag(row.asset_tag)
        if item is None:
            return None, Msg.translate(
                "Checklists", "Row {row}: asset tag {tag} is not in the register."
            ).format(row=row.line, tag=row.asset_tag)
        return item, None
    if not row.serial_number:
        return None, Msg.translate(
            "Checklists", "Row {row}: give the asset tag or the serial number."
        ).format(row=row.line)
    found = items.by_serial(row.serial_number)
    if not found:
        return None, Msg.translate(
            "Checklists", "Row {row}: serial number {serial} is not in the register."
        ).format(row=row.line, serial=row.serial_number)
    if len(found) > 1:
        return None, Msg.translate(
            "Checklists",
            "Row {row}: serial number {serial} belongs to several items; give the asset tag.",
        ).format(row=row.line, serial=row.serial_number)
    return found[0], None


def _row_words(plan_row: PlanRow, row: FilledRow, listed: bool) -> Msg | None:
    if not row.result:
        if not listed:  # written in by the officer: found, so say how
            return Msg.translate("Checklists", "Row {row}: give a result for {tag}.").format(
                row=row.line, tag=plan_row.asset_tag
            )
        result: str | None = CheckResult.NOT_SEEN.value
    else:
        result = result_from_words(row.result)
        if result is None:
            return Msg.translate("Checklists", "Row {row}: unknown result “{result}”.").format(
                row=row.line, result=row.result
            )
    plan_row.result = result or CheckResult.NOT_SEEN.value
    condition, use = condition_from_words(row.condition), use_from_words(row.intended_use)
    if condition is None:
        return Msg.translate("Checklists", "Row {row}: unknown condition “{condition}”.").format(
            row=row.line, condition=row.condition
        )
    if use is None:
        return Msg.translate(
            "Checklists", "Row {row}: write yes, no or unknown for the intended use."
        ).format(row=row.line)
    plan_row.condition, plan_row.intended_use = condition, use or IntendedUse.UNKNOWN.value
    plan_row.remark = row.remark
    return None


def _plan_row(
    items: _Items, row: FilledRow, filled: FilledChecklist, seen: dict[int, int]
) -> PlanRow:
    item, problem = _find(items, row)
    tag = item.asset_tag if item is not None else row.asset_tag or row.serial_number
    out = PlanRow(row.line, item.id if item else None, tag)
    if item is None:
        out.problem = problem
        return out
    out.listed = item.id in filled.listed
    out.unexpected = item.location_id != filled.site_id
    if item.id in seen:
        out.problem = Msg.translate(
            "Checklists", "Row {row}: {tag} is written twice (also row {first})."
        ).format(row=row.line, tag=tag, first=seen[item.id])
    elif item.status in RETIRED_STATUSES:
        out.problem = Msg.translate(
            "Checklists", "Row {row}: {tag} has left the register; it cannot be checked."
        ).format(row=row.line, tag=tag)
    else:
        out.problem = _row_words(out, row, out.listed)
    seen.setdefault(item.id, row.line)
    return out


def plan_inspection(
    session: Session,
    filled: FilledChecklist,
    today: dt.date,
    *,
    location_id: int | None = None,
    when: dt.date | None = None,
    inspectors: str = "",
    method: str = CheckMethod.ON_SITE.value,
) -> ChecklistPlan:
    """The preview of importing `filled`: rows, problems, and what blank results mean.

    `location_id`: the site the officer chose (a sheet for another is refused);
    `when`, `inspectors`: used when the sheet leaves them empty.
    """
    site, refusal = _refusal(session, filled, location_id)
    day = _date(filled, when, today)
    plan = ChecklistPlan(
        checklist_id=filled.checklist_id,
        location_id=site.id if site else filled.site_id,
        site=site.name_en if site else filled.site_name,
        when=day if isinstance(day, dt.date) else today,
        inspectors=" ".join((filled.inspectors or inspectors).split()),
        method=method,
        refusal=refusal if refusal is not None or isinstance(day, dt.date) else day,
    )
    if refusal is not None:
        return plan
    seen: dict[int, int] = {}
    items = _Items(session, filled)
    for row in filled.rows:
        plan_row = _plan_row(items, row, filled, seen)
        if plan_row.problem is None and plan_row.listed and not row.result:
            plan.blank_as_not_seen += 1
        plan.rows.append(plan_row)
    for item_id in sorted(filled.listed):  # rows deleted from the sheet: not seen either
        item = items.by_id.get(item_id)
        if item_id in seen or item is None or item.status in RETIRED_STATUSES:
            continue
        plan.rows.append(PlanRow(0, item_id, item.asset_tag, CheckResult.NOT_SEEN.value))
        plan.missing += 1
    return plan
