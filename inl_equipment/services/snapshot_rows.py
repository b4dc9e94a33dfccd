"""The register's rows as plain tuples, and the reference names they point at.

One Core statement reads every item (`ROW_FIELDS` order) with what is joined
to it: its disposal, its latest check, and the date its next check counts
from (`check_base`: its last check, else its last issued handover, else its
acquisition, else the day it was entered). Read straight from the driver's
cursor: no ORM objects, no `Row` objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, cast, func, select

from inl_equipment.db.bulk import AnySelect, dates_as_text, fetch_tuples
from inl_equipment.db.models import Agency, Category, FundingSource, Item, Location, Province
from inl_equipment.db.monitoring import Disposal, DisposalLine, ItemCheck, RegisterSetting
from inl_equipment.db.transactions import Handover, HandoverLine, HandoverStatus
from inl_equipment.services.columns import ROW_FIELDS
from inl_equipment.services.due_checks import DEFAULT_INTERVAL_MONTHS, INTERVAL_KEY

Row = tuple[Any, ...]


@dataclass(slots=True)
class RefNames:
    """Names of the reference data, by id: English and Lao."""

    en: dict[str, dict[int, str]] = field(default_factory=dict)
    lo: dict[str, dict[int, str]] = field(default_factory=dict)
    location_province: dict[int, int] = field(default_factory=dict)
    agency_province: dict[int, int] = field(default_factory=dict)
    agency_short: dict[int, str] = field(default_factory=dict)  # "CNU Savannakhet"
    #: Months between checks: the register's default, and the categories' own.
    check_interval: int = DEFAULT_INTERVAL_MONTHS
    category_interval: dict[int, int] = field(default_factory=dict)

    def name(self, table: str, ref_id: int | None) -> str:
        """The English name of `ref_id` in `table` ('' for none or an unknown id)."""
        if ref_id is None:
            return ""
        return self.en.get(table, {}).get(ref_id, "")

    def province_of(self, location_id: int | None, holder_id: int | None) -> int | None:
        """An item's province: its location's, else its holder's (None: neither has one)."""
        if location_id is not None:
            return self.location_province.get(location_id)
        return self.agency_province.get(holder_id) if holder_id else None

    def short_name(self, agency_id: int | None) -> str:
        """A unit's short name ('' when it has none)."""
        return self.agency_short.get(agency_id, "") if agency_id is not None else ""

    def matching(self, table: str, term: str) -> set[int]:
        """Ids whose English or Lao name contains `term` (already case-folded)."""
        hits = {i for i, n in self.en.get(table, {}).items() if term in n.casefold()}
        hits.update(i for i, n in self.lo.get(table, {}).items() if term in n)
        return hits


#: Reference tables by the names `RefNames` and the columns use.
_REF_TABLES = {
    "categories": Category.__table__,
    "agencies": Agency.__table__,
    "locations": Location.__table__,
    "funding": FundingSource.__table__,
    "provinces": Province.__table__,
}
#: Row fields that come from the records joined to the item, not the item row.
_JOINED_FIELDS: dict[str, Any] = {
    "disposal_date": Disposal.__table__.c.date,
    "disposal_method": Disposal.__table__.c.detail,
    "disposal_price": DisposalLine.__table__.c.sale_price,
    "last_check_date": ItemCheck.__table__.c.last_date,
    "last_check_result": ItemCheck.__table__.c.last_result,
    "not_seen_run": ItemCheck.__table__.c.not_seen_run,
    "check_base": func.coalesce(
        cast(ItemCheck.__table__.c.last_date, String),
        cast(
            select(func.max(Handover.date))
            .join(HandoverLine, HandoverLine.handover_id == Handover.id)
            .where(HandoverLine.item_id == Item.id, Handover.status == HandoverStatus.ISSUED.value)
            .scalar_subquery(),
            String,
        ),
        cast(Item.__table__.c.acquisition_date, String),
        func.substr(cast(Item.__table__.c.created_at, String), 1, 10),
    ),
}
_ROW_COLUMNS = [
    _JOINED_FIELDS[name].label(name) if name in _JOINED_FIELDS else Item.__table__.c[name]
    for name in ROW_FIELDS
]
#: How many ids go into one `IN (...)` list (SQLite allows 32,766 parameters).
_IDS_PER_QUERY = 5000


def _rows(conn: Connection) -> AnySelect:
    joined = (
        Item.__table__.outerjoin(DisposalLine, DisposalLine.item_id == Item.id)
        .outerjoin(Disposal, Disposal.id == DisposalLine.disposal_id)
        .outerjoin(ItemCheck, ItemCheck.item_id == Item.id)
    )
    return select(*dates_as_text(conn, _ROW_COLUMNS)).select_from(joined).order_by(Item.id)


def load_refs(conn: Connection) -> RefNames:
    """The names of every category, agency, location, funding source and province."""
    refs = RefNames()
    for key, table in _REF_TABLES.items():
        # Locations and agencies also say which province they are in (one query each).
        columns = [table.c.id, table.c.name_en, table.c.name_lo]
        if "province_id" in table.c:
            columns.append(table.c.province_id)
        if "short_name" in table.c:
            columns.append(table.c.short_name)
        rows = fetch_tuples(conn, select(*columns))
        refs.en[key] = {r[0]: r[1] for r in rows}
        refs.lo[key] = {r[0]: r[2] for r in rows if r[2]}
        if key == "locations":
            refs.location_province = {r[0]: r[3] for r in rows}
        elif key == "agencies":
            refs.agency_province = {r[0]: r[3] for r in rows if r[3] is not None}
            refs.agency_short = {r[0]: r[4] for r in rows if r[4]}
    refs.category_interval = {
        int(i): int(m)
        for i, m in conn.execute(select(Category.id, Category.check_interval_months))
        if m
    }
    setting = conn.scalar(select(RegisterSetting.value).where(RegisterSetting.key == INTERVAL_KEY))
    if setting and setting.isdigit():
        refs.check_interval = int(setting)
    return refs


def count_items(conn: Connection) -> int:
    """How many items the register holds."""
    return int(conn.scalar(select(func.count()).select_from(Item)) or 0)


def load_rows(
    conn: Connection, ids: Iterable[int] | None = None, limit: int | None = None
) -> list[Row]:
    """Item rows ordered by id: all of them, the first `limit`, or only `ids`."""
    if ids is None:
        return fetch_tuples(conn, _rows(conn) if limit is None else _rows(conn).limit(limit))
    wanted = sorted(set(ids))
    out: list[Row] = []
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start : start + _IDS_PER_QUERY]
        out.extend(fetch_tuples(conn, _rows(conn).where(Item.id.in_(chunk))))
    return out
