"""Sample data with real Lao names, fast enough for 100,000 items.

Items go in with one driver-level `executemany` each for items and their
audit events: the ORM would take minutes for a hundred thousand rows.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    Agency,
    Category,
    Condition,
    FundingSource,
    Item,
    ItemStatus,
    Location,
    LocationKind,
    Person,
    Province,
)
from inl_equipment.services import audit, lao_data

WAREHOUSE = "INL warehouse, Vientiane"
STATUS_WEIGHTS = (
    (ItemStatus.HANDED_OVER, 64),
    (ItemStatus.IN_STOCK, 20),
    (ItemStatus.IN_REPAIR, 5),
    (ItemStatus.DISPOSED, 7),
    (ItemStatus.LOST, 2),
    (ItemStatus.STOLEN, 2),
)


class DemoError(Exception):
    """Sample data cannot go into this database."""


@dataclass(frozen=True, slots=True)
class DemoRefs:
    """Ids of the reference data the sample items point at."""

    categories: dict[str, int]
    funding: list[tuple[int, str]]
    units: list[tuple[int, int]]  # (agency id, location id) pairs that hold equipment
    warehouse: int


def _reference_data(session: Session) -> DemoRefs:
    provinces = {en: Province(name_en=en, name_lo=lo) for en, lo in lao_data.PROVINCES}
    session.add_all(provinces.values())
    categories = {en: Category(name_en=en, name_lo=lo) for en, lo in lao_data.CATEGORIES}
    session.add_all(categories.values())
    funding = [
        FundingSource(name_en=n, agreement_number=a, title_holder=t) for n, a, t in lao_data.FUNDING
    ]
    session.add_all(funding)
    units: list[tuple[Agency, Location]] = []
    vte = provinces["Vientiane Capital"]
    for en, lo, short, prov in lao_data.AGENCIES:
        agency = Agency(name_en=en, name_lo=lo, short_name=short, province=provinces[prov])
        office = Location(
            name_en=f"{short} headquarters, Vientiane",
            name_lo=f"{lo} ສຳນັກງານໃຫຍ່",
            kind=LocationKind.OFFICE,
            province=vte,
        )
        units.append((agency, office))
    for prov in lao_data.CNU_PROVINCES:
        p = provinces[prov]
        agency = Agency(
            name_en=f"Counter-Narcotics Unit, {prov}",
            name_lo=f"ໜ່ວຍງານຕ້ານຢາເສບຕິດ {p.name_lo}",
            short_name=f"CNU {prov}",
            province=p,
        )
        office = Location(
            name_en=f"CNU office, {prov}",
            name_lo=f"ຫ້ອງການ CNU {p.name_lo}",
            kind=LocationKind.OFFICE,
            province=p,
        )
        units.append((agency, office))
    for en, lo, prov, neighbour in lao_data.CHECKPOINTS:
        p = provinces[prov]
        agency = Agency(
            name_en=f"Border checkpoint unit, {en}",
            name_lo=f"ໜ່ວຍດ່ານ {lo}",
            short_name=f"BCP {en.split(',')[0]}",
            province=p,
        )
        place = Location(
            name_en=f"{en} border checkpoint ({neighbour})",
            name_lo=f"ດ່ານ {lo}",
            kind=LocationKind.BORDER_CHECKPOINT,
            province=p,
        )
        units.append((agency, place))
    warehouse = Location(
        name_en=WAREHOUSE, name_lo="ສາງ INL ວຽງຈັນ", kind=LocationKind.WAREHOUSE, province=vte
    )
    session.add(warehouse)
    for agency, place in units:
        session.add_all([agency, place])
    session.flush()
    for n, (name, name_lo, rank, pos, pos_lo) in enumerate(lao_data.OFFICERS * 4):
        agency = units[(n * 7) % len(units)][0]
        session.add(
            Person(
                name_en=name,
                name_lo=name_lo,
                rank=rank,
                position_en=pos,
                position_lo=pos_lo,
                agency_id=agency.id,
                phone=f"+856 20 {5500_0000 + n * 7919:08d}"[:16],
            )
        )
    session.flush()
    return DemoRefs(
        categories={k: c.id for k, c in categories.items()},
        funding=[(f.id, f.title_holder) for f in funding],
        units=[(a.id, loc.id) for a, loc in units],
        warehouse=warehouse.id,
    )


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
    """Put reference data and `items` sample items into an empty register.

    With `receipts`, some in-stock items are handed over with issued receipts.
    """
    if session.scalar(select(func.count()).select_from(Item)):
        raise DemoError("the register already holds items; use an empty database for sample data")
    if session.scalar(select(func.count()).select_from(Province)):
        raise DemoError("the register already holds reference data; use an empty database")
    today = today or date.today()
    rng = random.Random(seed)
    refs = _reference_data(session)
    statuses = [s for s, _ in STATUS_WEIGHTS]
    weights = [w for _, w in STATUS_WEIGHTS]
    conditions = [c.value for c in Condition]
    now = audit.now_utc()
    stamp = now.isoformat(sep=" ")
    first = date(2015, 1, 1)
    span = (today - timedelta(days=30) - first).days
    cols = (
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
        "disposal_date",
        "disposal_method",
        "created_at",
        "updated_at",
    )
    sql = f"INSERT INTO items ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    rows: list[tuple[Any, ...]] = []
    for n in range(1, items + 1):
        cat, make, model, desc, cents, prefix, unit, lot = rng.choice(lao_data.EQUIPMENT)
        acquired = first + timedelta(days=rng.randrange(span))
        status = rng.choices(statuses, weights)[0]
        fund_id, title = rng.choice(refs.funding)
        holder: int | None
        holder, place = rng.choice(refs.units)
        if status in (ItemStatus.IN_STOCK, ItemStatus.IN_REPAIR):
            holder, place = None, refs.warehouse
        quantity = rng.choice((lot // 2, lot, lot * 2)) if lot else 1
        disposal = acquired + timedelta(days=rng.randrange(max(1, (today - acquired).days)))
        retired = status in (ItemStatus.DISPOSED, ItemStatus.LOST, ItemStatus.STOLEN)
        rows.append(
            (
                f"INL-{acquired.year % 100:02d}-{n:06d}",
                _serial(rng, prefix, cat),
                refs.categories[cat],
                make,
                model,
                desc,
                quantity,
                unit,
                f"L{acquired:%y%m}-{rng.randrange(1000):03d}" if lot else "",
                (acquired + timedelta(days=730)).isoformat() if lot else None,
                cents,
                fund_id,
                title,
                10000,
                acquired.isoformat(),
                rng.choice(lao_data.VENDORS),
                f"PO-{acquired.year}-{rng.randrange(1, 9999):04d}",
                status.value,
                holder,
                place,
                rng.choice(conditions[:3]) if not retired else rng.choice(conditions[2:]),
                "",
                disposal.isoformat() if retired else None,
                "Sold at public auction" if status == ItemStatus.DISPOSED else "",
                stamp,
                stamp,
            )
        )
    raw = session.connection().connection.driver_connection
    assert raw is not None
    start_id = (session.scalar(select(func.max(Item.id))) or 0) + 1
    chunk = 20_000
    for i in range(0, len(rows), chunk):
        raw.executemany(sql, rows[i : i + chunk])
        if progress:
            progress(min(i + chunk, len(rows)), len(rows) * 2)
    events = (
        audit.NewEvent(
            "item",
            start_id + k,
            "create",
            {"asset_tag": r[0], "description": r[5], "source": "sample data"},
        )
        for k, r in enumerate(rows)
    )
    audit.record(session, operator, events, now)
    if receipts:
        _demo_handovers(session, refs, rng, operator, today, max(0, min(items // 40, 300)))
    if progress:
        progress(len(rows) * 2, len(rows) * 2)
    return len(rows)


INL_OFFICER = ("John A. Miller", "Program Officer, INL Vientiane")


def _demo_handovers(
    session: Session, refs: DemoRefs, rng: random.Random, operator: str, today: date, count: int
) -> None:
    """Issued receipts for some in-stock items, a few returns, and one void."""
    from inl_equipment.services.handovers import (
        HandoverInput,
        LineInput,
        PartyInput,
        create_handover,
        void_handover,
    )

    stock = list(
        session.execute(
            select(Item.id, Item.acquisition_date)
            .where(Item.status == ItemStatus.IN_STOCK)
            .order_by(Item.id)
        )
    )
    rng.shuffle(stock)
    people: dict[int | None, list[int]] = {}
    for pid, agency_id in session.execute(select(Person.id, Person.agency_id)):
        people.setdefault(agency_id, []).append(pid)
    plans = []
    for _ in range(count):
        batch = [stock.pop() for _ in range(min(rng.randint(1, 5), len(stock)))]
        if not batch:
            break
        start = max(d or date(2015, 1, 1) for _i, d in batch)
        when = start + timedelta(days=rng.randrange(max(1, (today - start).days)))
        plans.append((when, [i for i, _d in batch], rng.choice(refs.units)))
    issued: list[tuple[str, int, list[int]]] = []
    inl = PartyInput(name=INL_OFFICER[0], position=INL_OFFICER[1])
    for when, item_ids, (agency_id, location_id) in sorted(plans):
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
    for number, agency_id, item_ids in issued[: max(1, len(issued) // 8)] if issued else []:
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
    if len(issued) > 2:
        number, _agency, _ids = issued[-1]
        void_handover(session, number, "Issued to the wrong unit; reissued.", operator)
