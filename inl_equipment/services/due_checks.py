"""When each item must next be checked, and which items are due or overdue.

The policy: every item in active life is checked at least every
`MAX_INTERVAL_MONTHS` (24, the donor's physical-inventory rule); the register
sets a default interval (12 months unless changed) and a category may set
its own. An item's next check falls one interval after its last check, or,
never checked, after it was last handed over (else acquired, else entered).
*Overdue*: the date has passed. *Due*: it falls within `DUE_WINDOW_DAYS`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Category, Item, Location
from inl_equipment.db.monitoring import ItemCheck, RegisterSetting
from inl_equipment.db.transactions import Handover, HandoverLine, HandoverStatus
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.items import ValidationError

DEFAULT_INTERVAL_MONTHS = 12
MAX_INTERVAL_MONTHS = 24
DUE_WINDOW_DAYS = 30
INTERVAL_KEY = "eum.interval_months"


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, kept within the month (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def default_interval(reader: Session | Connection) -> int:
    """The register's default months between checks."""
    value = reader.scalar(select(RegisterSetting.value).where(RegisterSetting.key == INTERVAL_KEY))
    try:
        return _bounded(int(value)) if value else DEFAULT_INTERVAL_MONTHS
    except ValueError:
        return DEFAULT_INTERVAL_MONTHS


def _bounded(months: int) -> int:
    return max(1, min(MAX_INTERVAL_MONTHS, months))


def _interval_problem(months: int | None) -> Msg | None:
    if months is not None and not 1 <= months <= MAX_INTERVAL_MONTHS:
        return Msg.translate(
            "DueChecks", "Choose between 1 and {max} months (every item at least every {max})."
        ).format(max=MAX_INTERVAL_MONTHS)
    return None


def set_intervals(
    session: Session, default: int, by_category: dict[int, int | None], operator: str
) -> None:
    """Set the default interval and each category's own (None: the default)."""
    problem = _interval_problem(default) or next(
        (p for p in map(_interval_problem, by_category.values()) if p), None
    )
    if problem is not None:
        raise ValidationError({"interval": problem})
    setting = session.get(RegisterSetting, INTERVAL_KEY)
    before = default_interval(session)
    if setting is None:
        session.add(RegisterSetting(key=INTERVAL_KEY, value=str(default)))
    else:
        setting.value = str(default)
    events = []
    if before != default:
        events.append(audit.NewEvent("setting", 0, "check_interval", {"months": [before, default]}))
    for category_id, months in by_category.items():
        category = session.get(Category, category_id)
        if category is not None and category.check_interval_months != months:
            changes = {"check_interval_months": [category.check_interval_months, months]}
            events.append(audit.NewEvent("category", category_id, "edit", changes))
            category.check_interval_months = months
    session.flush()
    audit.record(session, operator, events)


@dataclass(frozen=True, slots=True)
class DueDate:
    """An item's next check and what it rests on."""

    item_id: int
    due: date
    last_check: date | None
    last_result: str
    not_seen_run: int


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _due_rows(*extra: Any) -> Select[Any]:
    """Every item in active life with what its next check rests on, then `extra` columns."""
    handed = (
        select(HandoverLine.item_id, func.max(Handover.date).label("last_handover"))
        .join(Handover, Handover.id == HandoverLine.handover_id)
        .where(Handover.status == HandoverStatus.ISSUED.value)
        .group_by(HandoverLine.item_id)
        .subquery()
    )
    return (
        select(
            Item.id,
            Category.check_interval_months,
            ItemCheck.last_date,
            ItemCheck.last_result,
            ItemCheck.not_seen_run,
            handed.c.last_handover,
            Item.acquisition_date,
            Item.created_at,
            *extra,
        )
        .join(Category, Category.id == Item.category_id)
        .outerjoin(ItemCheck, ItemCheck.item_id == Item.id)
        .outerjoin(handed, handed.c.item_id == Item.id)
        .where(Item.status.not_in([s.value for s in RETIRED_STATUSES]))
    )


def _due_date(row: Sequence[Any], default: int) -> DueDate:
    """The `DueDate` of one row of `_due_rows`."""
    item_id, months, last, result, run, handover, acquired, created = row[:8]
    base = _as_date(last) or _as_date(handover) or _as_date(acquired) or _as_date(created)
    assert base is not None
    interval = _bounded(months) if months else default
    return DueDate(item_id, add_months(base, interval), _as_date(last), result or "", run or 0)


def due_dates(conn: Connection, item_ids: Iterable[int] | None = None) -> dict[int, DueDate]:
    """The next check of every item in active life (or of `item_ids`), by item id."""
    default = default_interval(conn)
    stmt = _due_rows()
    if item_ids is not None:
        stmt = stmt.where(Item.id.in_(list(item_ids)))  # a few: the items of one site
    return {row[0]: _due_date(row, default) for row in conn.execute(stmt)}


@dataclass(frozen=True, slots=True)
class DueItem:
    """One line of the due list: an item, its site, and when it must be checked."""

    item_id: int
    asset_tag: str
    description: str
    location_id: int | None
    site: str
    holder_agency_id: int | None
    due: date
    last_check: date | None
    last_result: str
    overdue: bool
    follow_up: bool


def due_items(
    session: Session,
    today: date,
    *,
    overdue_only: bool = False,
    location_id: int | None = None,
    window_days: int = DUE_WINDOW_DAYS,
) -> list[DueItem]:
    """Items due within `window_days` (or overdue), by site then due date."""
    conn = session.connection()
    default = default_interval(conn)
    limit = date.fromordinal(today.toordinal() + (0 if overdue_only else window_days))
    place = (Item.asset_tag, Item.description, Item.location_id, Location.name_en)
    stmt = _due_rows(*place, Item.holder_agency_id).outerjoin(
        Location, Location.id == Item.location_id
    )
    if location_id is not None:
        stmt = stmt.where(Item.location_id == location_id)
    out = []
    for row in conn.execute(stmt):
        d = _due_date(row, default)
        if not (d.due < today if overdue_only else d.due <= limit):
            continue
        tag, description, loc, site, holder = row[8:]
        out.append(
            DueItem(
                d.item_id,
                tag,
                description,
                loc,
                site or "",
                holder,
                d.due,
                d.last_check,
                d.last_result,
                d.due < today,
                d.not_seen_run >= 2,
            )  # fmt: skip
        )
    out.sort(key=lambda x: (x.site.casefold(), x.due, x.asset_tag))
    return out
