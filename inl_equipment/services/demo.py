"""Sample data with real Lao names, fast enough for 100,000 items.

Items go in through `db.bulk.BulkStatement` (a Core INSERT run by the
driver's `executemany`) and their audit events through one Core insert: the
ORM would take minutes for a hundred thousand rows.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import BulkStatement, fetch_tuples
from inl_equipment.db.models import RETIRED_STATUSES, Condition, Item, ItemStatus
from inl_equipment.db.session import sqlite_path
from inl_equipment.i18n import Msg
from inl_equipment.services import audit, lao_data
from inl_equipment.services.attachments import attachments_dir
from inl_equipment.services.demo_custody import PlanItem, ReceiptPlan, plan_receipts
from inl_equipment.services.demo_history import DemoHistory
from inl_equipment.services.demo_monitoring import fill_demo_monitoring
from inl_equipment.services.demo_receipt_content import SampleItem
from inl_equipment.services.demo_receipts import attach_scans, store_receipts
from inl_equipment.services.demo_reference import WAREHOUSE, DemoRefs, reference_data
from inl_equipment.services.demo_scans import make_scans

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
_CUM_WEIGHTS = list(accumulate(w for _, w in STATUS_WEIGHTS))
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
(_TAG, _SERIAL, _MAKE, _MODEL, _DESCRIPTION, _QUANTITY, _UNIT, _LOT, _VALUE) = (
    _ITEM_COLUMNS.index(c)
    for c in (
        "asset_tag",
        "serial_number",
        "make",
        "model",
        "description",
        "quantity",
        "unit",
        "lot_number",
        "unit_value",
    )
)
(_ACQUIRED, _STATUS, _HOLDER, _PLACE, _CONDITION) = (
    _ITEM_COLUMNS.index(c)
    for c in ("acquisition_date", "status", "holder_agency_id", "location_id", "condition")
)
#: Rows per `executemany`, and so per progress step.
_CHUNK = 20_000
_FIRST_PURCHASE = date(2016, 1, 1)
#: How strongly a category's purchases lean toward recent years (1: evenly over ten years).
_RECENT_LEAN = {
    "Computers": 1.8,
    "Scanners": 1.4,
    "Cameras": 1.4,
    "GPS units": 1.3,
    "Drug test kits": 3.0,
    "Narcotics identification kits": 2.5,
    "Training materials": 1.5,
    "Vehicles": 0.9,
    "Boats and motors": 0.8,
}


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
    scans: Path | None = None,
    signed_copies: bool = True,
) -> int:
    """Put reference data and `items` sample items into a register with no items.

    With `receipts`, every item a unit holds came on a receipt (handovers,
    transfers, returns, a few voided and reissued), and most receipts older
    than a week have a scan of the signed copy, kept in `scans` (by default
    the attachments folder of the register's file; none for a server database,
    nor without `signed_copies`).
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
    history = DemoHistory(session, operator, now)
    history.write(("item", ids[r[_TAG]], "create", _created(r)) for r in rows)

    def share(done: int, total: int) -> None:
        # The second half of the progress: the first went to inserting the items.
        if progress:
            progress(len(rows) + len(rows) * done // total, len(rows) * 2)

    # The signed copies are drawn and written on a worker thread meanwhile.
    with ThreadPoolExecutor(max_workers=1) as pool:
        plan: list[ReceiptPlan] = []
        pending = None
        if receipts:
            folder = scans if scans is not None else _scan_folder(session)
            folder = folder if signed_copies else None
            plan, pending = _receipts(
                session, rng, refs, rows, ids, history, now, today, folder, pool
            )
        fill_demo_monitoring(session, rng, today, operator, refs, share, history)
        if pending is not None:
            attach_scans(session, history, plan, pending.result(), operator, now)
    history.finish()
    if progress:
        progress(len(rows) * 2, len(rows) * 2)
    return len(rows)


def _receipts(
    session: Session,
    rng: random.Random,
    refs: DemoRefs,
    rows: list[tuple[Any, ...]],
    ids: dict[str, int],
    history: DemoHistory,
    now: datetime,
    today: date,
    scans: Path | None,
    pool: ThreadPoolExecutor,
) -> tuple[list[ReceiptPlan], Future[list[tuple[str, str, int]]] | None]:
    """The receipts that brought every held item where it is, and their scans under way."""
    plan = plan_receipts(
        rng,
        (PlanItem(n, r[_STATUS], r[_HOLDER], r[_PLACE], r[_ACQUIRED]) for n, r in enumerate(rows)),
        refs.units,
        refs.warehouse,
        today,
    )
    sample = [
        SampleItem(
            ids[r[_TAG]],
            r[_TAG],
            r[_DESCRIPTION],
            " ".join(x for x in (r[_MAKE], r[_MODEL]) if x),
            r[_SERIAL] or r[_LOT],
            r[_QUANTITY],
            r[_UNIT],
            r[_VALUE],
            r[_CONDITION] if r[_CONDITION] in _CONDITIONS[:3] else "good",
            r[_ACQUIRED],
        )
        for r in rows
    ]
    pending = None
    if scans is None:
        for r in plan:
            r.scanned = False
    else:
        seeds = [rng.getrandbits(64) for r in plan if r.scanned]
        pending = pool.submit(make_scans, scans, seeds)
    store_receipts(session, rng, plan, sample, history, history.operator, now, refs.warehouse)
    return plan, pending


def _created(row: tuple[Any, ...]) -> str:
    """The changes of an item's "create" event, as `audit.encode_changes` writes them."""
    # Written directly: 100,000 of them. Tags need no escaping; descriptions repeat.
    return (
        f'{{"asset_tag":"{row[_TAG]}","description":{_json_text(row[_DESCRIPTION])},'
        '"source":"sample data"}'
    )


@cache
def _json_text(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _scan_folder(session: Session) -> Path | None:
    """The attachments folder beside the register's file (None for a server or in memory)."""
    url = session.connection().engine.url
    path = sqlite_path(url.render_as_string(hide_password=False))
    return attachments_dir(path) if path is not None else None


def _acquired(rng: random.Random, category: str, today: date) -> date:
    """A purchase date from 2016 to a month ago; short-lived kinds are mostly recent."""
    span = (today - timedelta(days=30) - _FIRST_PURCHASE).days
    # u ** (1 / k) leans toward 1 (recent) for k > 1: kits expire, computers are replaced.
    lean = _RECENT_LEAN.get(category, 1.0)
    return _FIRST_PURCHASE + timedelta(days=int(span * rng.random() ** (1 / lean)))


def _sample_row(
    rng: random.Random, refs: DemoRefs, n: int, today: date, now: datetime
) -> tuple[Any, ...]:
    """Item number `n`, in `_ITEM_COLUMNS` order, drawn from `rng`."""
    cat, make, model, desc, cents, prefix, unit, lot = rng.choice(lao_data.EQUIPMENT)
    acquired = _acquired(rng, cat, today)
    status = rng.choices(_STATUSES, cum_weights=_CUM_WEIGHTS)[0]
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
