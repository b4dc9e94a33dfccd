"""Sample data with real Lao names, fast enough for 100,000 items.

Items go in through `db.bulk.BulkStatement` (a Core INSERT run by the
driver's `executemany`) and their audit events through one Core insert: the
ORM would take minutes for a hundred thousand rows.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import BulkStatement, fetch_tuples
from inl_equipment.db.models import (
    RETIRED_STATUSES,
    Condition,
    Item,
    ItemStatus,
    Person,
)
from inl_equipment.i18n import Msg
from inl_equipment.services import audit, lao_data
from inl_equipment.services.demo_monitoring import fill_demo_monitoring
from inl_equipment.services.demo_reference import WAREHOUSE, DemoRefs, reference_data

__all__ = ["STATUS_WEIGHTS", "WAREHOUSE", "DemoError", "DemoRefs", "fill_demo"]

STATUS_WEIGHTS = (
    (ItemStatus.HANDED_OVER, 64),
    (ItemStatus.IN_STOCK, 20),
    (ItemStatus.IN_REPAIR, 5),
    (ItemStatus.DISPOSED, 7),
    (ItemStatus.LOST, 2),
    (ItemStatus.STOLEN, 2),
)
_STATUSES = [s for s, _ in STATUS_WEIGHTS]
_WEIGHTS = [w for _, w in STATUS_WEIGHTS]
_CONDITIONS = [c.value for c in Condition]
_FULL_SHARE = Decimal(100)


#: The `items` columns each sample row gives, in row order.
_ITEM_COLUMNS = (
    "asset_tag",
    "serial_number",
    "category_id",
    "make",
    "model",
    "description",
    "quantity",
    "unit",
    "lot_number",
    "expiry_date",
    "unit_value",
    "funding_source_id",
    "title_holder",
    "federal_share_pct",
    "acquisition_date",
    "vendor",
    "po_number",
    "status",
    "holder_agency_id",
    "location_id",
    "condition",
    "notes",
    "created_at",
    "updated_at",
)
_TAG, _DESCRIPTION = _ITEM_COLUMNS.index("asset_tag"), _ITEM_COLUMNS.index("description")
#: Rows per `executemany`, and so per progress step.
_CHUNK = 20_000
_FIRST_PURCHASE = date(2015, 1, 1)


class DemoError(Exception):
    """Sample data cannot go into this database."""


def _serial(rng: random.Random, prefix: str, category: str) -> str:
    if not prefix:
        return ""
    alphabet = string.ascii_uppercase + string.digits
    length = 17 - len(prefix) if category in ("Vehicles", "Motorcycles") else 10
    return prefix + "".join(rng.choices(alphabet, k=length))


def fill_demo(
    session: Session,
    items: int,
    operator: str,
    *,
    seed: int = 2024,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    receipts: bool = True,
) -> int:
    """Put reference data and `items` sample items into a register with no items.

    With `receipts`, some in-stock items are handed over with issued receipts.
    """
    if session.scalar(select(func.count()).select_from(Item)):
        raise DemoError(
            Msg.translate(
                "Demo", "the register already holds items; use an empty database for sample data"
            )
        )
    # Reference data already there (the standard lists a new register starts with, or
    # the user's) is used as it is: the sample data adds only what is missing.
    today = today or date.today()
    rng = random.Random(seed)
    refs = reference_data(session)
    now = audit.now_utc()
    rows = [_sample_row(rng, refs, n, today, now) for n in range(1, items + 1)]
    ids = _insert_items(session, rows, progress)
    events = (
        audit.NewEvent(
            "item",
            ids[r[_TAG]],
            "create",
            {"asset_tag": r[_TAG], "description": r[_DESCRIPTION], "source": "sample data"},
        )
        for r in rows
    )
    audit.record(session, operator, events, now)
    if receipts:
        _demo_handovers(session, refs, rng, operator, today, max(0, min(items // 40, 300)))

    def share(done: int, total: int) -> None:
        # The second half of the progress: the first went to inserting the items.
        if progress:
            progress(len(rows) + len(rows) * done // total, len(rows) * 2)

    fill_demo_monitoring(session, rng, today, operator, refs, share)
    if progress:
        progress(len(rows) * 2, len(rows) * 2)
    return len(rows)


def _sample_row(
    rng: random.Random, refs: DemoRefs, n: int, today: date, now: datetime
) -> tuple[Any, ...]:
    """Item number `n`, in `_ITEM_COLUMNS` order, drawn from `rng`."""
    cat, make, model, desc, cents, prefix, unit, lot = rng.choice(lao_data.EQUIPMENT)
    acquired = _FIRST_PURCHASE + timedelta(
        days=rng.randrange((today - timedelta(days=30) - _FIRST_PURCHASE).days)
    )
    status = rng.choices(_STATUSES, _WEIGHTS)[0]
    fund_id, title = rng.choice(refs.funding)
    holder: int | None
    holder, place = rng.choice(refs.units)
    if status in (ItemStatus.IN_STOCK, ItemStatus.IN_REPAIR):
        holder, place = None, refs.warehouse
    quantity = rng.choice((lot // 2, lot, lot * 2)) if lot else 1
    # Was the disposal date, now in its own record: drawn still, so that the
    # same seed gives the same sample register as before.
    rng.randrange(max(1, (today - acquired).days))
    retired = status in RETIRED_STATUSES
    return (
        f"INL-{acquired.year % 100:02d}-{n:06d}",
        _serial(rng, prefix, cat),
        refs.categories[cat],
        make,
        model,
        desc,
        quantity,
        unit,
        f"L{acquired:%y%m}-{rng.randrange(1000):03d}" if lot else "",
        acquired + timedelta(days=730) if lot else None,
        _dollars(cents),
        fund_id,
        title,
        _FULL_SHARE,
        acquired,
        rng.choice(lao_data.VENDORS),
        f"PO-{acquired.year}-{rng.randrange(1, 9999):04d}",
        status.value,
        holder,
        place,
        rng.choice(_CONDITIONS[:3]) if not retired else rng.choice(_CONDITIONS[2:]),
        "",
        now,
        now,
    )


@cache
def _dollars(cents: int) -> Decimal:
    """`cents` as dollars; one object per price, reused by every item at that price."""
    return Decimal(cents).scaleb(-2)


def _insert_items(
    session: Session, rows: list[tuple[Any, ...]], progress: Callable[[int, int], None] | None
) -> dict[str, int]:
    """Insert `rows` at driver speed; the new items' ids by asset tag."""
    conn = session.connection()
    start = session.scalar(select(func.max(Item.id))) or 0
    statement = BulkStatement(conn, insert(Item), _ITEM_COLUMNS)
    for i in range(0, len(rows), _CHUNK):
        statement.run(rows[i : i + _CHUNK])
        if progress:
            progress(min(i + _CHUNK, len(rows)), len(rows) * 2)
    # Read back rather than counting on ids being handed out one after another.
    new = fetch_tuples(conn, select(Item.id, Item.asset_tag).where(Item.id > start))
    return {tag: item_id for item_id, tag in new}


INL_OFFICER = ("John A. Miller", "Program Officer, INL Vientiane")


_Plan = tuple[date, list[int], tuple[int, int]]  # when, item ids, (agency id, location id)


def _demo_handovers(
    session: Session, refs: DemoRefs, rng: random.Random, operator: str, today: date, count: int
) -> None:
    """Issued receipts for some in-stock items, a few returns, and one void."""
    from inl_equipment.services.handovers import void_handover

    issued = _issue_handovers(
        session, _plans(session, refs, rng, today, count), rng, operator, today
    )
    _return_some(session, refs, issued, operator, today)
    if len(issued) > 2:
        number, _agency, _ids = issued[-1]
        void_handover(session, number, "Issued to the wrong unit; reissued.", operator)


def _plans(
    session: Session, refs: DemoRefs, rng: random.Random, today: date, count: int
) -> list[_Plan]:
    """Up to `count` handovers of one to five in-stock items each, in date order."""
    stock = list(
        session.execute(
            select(Item.id, Item.acquisition_date)
            .where(Item.status == ItemStatus.IN_STOCK)
            .order_by(Item.id)
        )
    )
    rng.shuffle(stock)
    plans: list[_Plan] = []
    for _ in range(count):
        batch = [stock.pop() for _ in range(min(rng.randint(1, 5), len(stock)))]
        if not batch:
            break
        start = max(d or _FIRST_PURCHASE for _i, d in batch)
        when = start + timedelta(days=rng.randrange(max(1, (today - start).days)))
        plans.append((when, [i for i, _d in batch], rng.choice(refs.units)))
    return sorted(plans)


def _issue_handovers(
    session: Session, plans: list[_Plan], rng: random.Random, operator: str, today: date
) -> list[tuple[str, int, list[int]]]:
    """Hand the planned items over; (receipt number, agency id, item ids) of each."""
    from inl_equipment.services.handovers import (
        HandoverInput,
        LineInput,
        PartyInput,
        create_handover,
    )

    people: dict[int | None, list[int]] = {}
    for pid, agency_id in session.execute(select(Person.id, Person.agency_id)):
        people.setdefault(agency_id, []).append(pid)
    inl = PartyInput(name=INL_OFFICER[0], position=INL_OFFICER[1])
    issued: list[tuple[str, int, list[int]]] = []
    for when, item_ids, (agency_id, location_id) in plans:
        officer = rng.choice(people.get(agency_id) or [0]) or None
        receiver = PartyInput(
            person_id=officer,
            name="" if officer else "Duty officer",
            position="" if officer else "Logistics",
        )
        number = create_handover(
            session,
            HandoverInput(
                kind="handover",
                date=when,
                to_agency_id=agency_id,
                location_id=location_id,
                handed_over_by=inl,
                received_by=receiver,
                remarks="Delivered with manuals and accessories.",
                lines=[LineInput(i) for i in item_ids],
            ),
            operator,
            today,
        )
        issued.append((number, agency_id, item_ids))
    return issued


def _return_some(
    session: Session,
    refs: DemoRefs,
    issued: list[tuple[str, int, list[int]]],
    operator: str,
    today: date,
) -> None:
    """Every eighth handover (at least one) has its first item returned to the warehouse."""
    from inl_equipment.services.handovers import (
        HandoverInput,
        LineInput,
        PartyInput,
        create_handover,
    )

    inl = PartyInput(name=INL_OFFICER[0], position=INL_OFFICER[1])
    for number, agency_id, item_ids in issued[: max(1, len(issued) // 8)]:
        create_handover(
            session,
            HandoverInput(
                kind="return",
                date=today,
                from_agency_id=agency_id,
                location_id=refs.warehouse,
                handed_over_by=PartyInput(name="Unit logistics officer", position="Logistics"),
                received_by=inl,
                remarks=f"Returned for repair after {number}.",
                lines=[LineInput(item_ids[0])],
            ),
            operator,
            today,
        )
