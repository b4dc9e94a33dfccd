"""The standard lists a new register starts with: provinces, categories, units, places.

Real names in English and Lao (`lao_data`): Vientiane Capital and the 17
provinces, the equipment categories, the national counter-drug agencies
with their headquarters, a counter-narcotics unit and office in each
province that has one, a unit at each international border checkpoint,
and the INL warehouse. Every record is the user's to edit afterwards.

Records already there (by English name) are kept as they are, so the sample
data can be added on top of a register that started with these lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Agency, Category, Location, LocationKind, Province
from inl_equipment.services import lao_data

WAREHOUSE = "INL warehouse, Vientiane"
T = TypeVar("T", Province, Category, Agency, Location)


@dataclass(frozen=True, slots=True)
class StarterRefs:
    """The standard records of a register (found or added)."""

    provinces: dict[str, Province]
    categories: dict[str, Category]
    units: list[tuple[Agency, Location]]  # each unit with the place it holds equipment at
    warehouse: Location
    added: int  # how many records were added now


class _Finder:
    """Records by English name: the ones there, and those added now (in order)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[type[Any], dict[str, Any]] = {}
        self.added = 0

    def get(self, table: type[T], name_en: str, **values: Any) -> T:
        known = self._known.get(table)
        if known is None:
            rows = self._session.scalars(select(table))
            known = self._known[table] = {r.name_en: r for r in rows}
        found = known.get(name_en)
        if found is None:
            found = known[name_en] = table(name_en=name_en, **values)
            self._session.add(found)
            self.added += 1
        return found


def add_starter_reference(session: Session) -> StarterRefs:
    """Add the standard lists to the register (those missing); what they are."""
    find = _Finder(session)
    provinces = {en: find.get(Province, en, name_lo=lo) for en, lo in lao_data.PROVINCES}
    categories = {en: find.get(Category, en, name_lo=lo) for en, lo in lao_data.CATEGORIES}
    vte = provinces["Vientiane Capital"]
    warehouse = find.get(
        Location, WAREHOUSE, name_lo="ສາງ INL ວຽງຈັນ", kind=LocationKind.WAREHOUSE, province=vte
    )
    units = [
        *_national_units(find, provinces),
        *_provincial_units(find, provinces),
        *_checkpoints(find, provinces),
    ]
    for agency, place in units:
        if agency.main_location is None and agency.main_location_id is None:
            agency.main_location = place
    session.flush()
    return StarterRefs(provinces, categories, units, warehouse, find.added)


def _national_units(
    find: _Finder, provinces: dict[str, Province]
) -> Iterator[tuple[Agency, Location]]:
    """The national agencies, each with its headquarters in Vientiane."""
    vte = provinces["Vientiane Capital"]
    for en, lo, short, prov in lao_data.AGENCIES:
        agency = find.get(Agency, en, name_lo=lo, short_name=short, province=provinces[prov])
        office = find.get(
            Location,
            f"{short} headquarters, Vientiane",
            name_lo=f"{lo} ສຳນັກງານໃຫຍ່",
            kind=LocationKind.OFFICE,
            province=vte,
        )
        yield agency, office


def _provincial_units(
    find: _Finder, provinces: dict[str, Province]
) -> Iterator[tuple[Agency, Location]]:
    """A counter-narcotics unit and its office in each province that has one."""
    for prov in lao_data.CNU_PROVINCES:
        p = provinces[prov]
        agency = find.get(
            Agency,
            f"Counter-Narcotics Unit, {prov}",
            name_lo=f"ໜ່ວຍງານຕ້ານຢາເສບຕິດ {p.name_lo}",
            short_name=f"CNU {prov}",
            province=p,
        )
        office = find.get(
            Location,
            f"CNU office, {prov}",
            name_lo=f"ຫ້ອງການ CNU {p.name_lo}",
            kind=LocationKind.OFFICE,
            province=p,
        )
        yield agency, office


def _checkpoints(
    find: _Finder, provinces: dict[str, Province]
) -> Iterator[tuple[Agency, Location]]:
    """A unit at each international border checkpoint."""
    for en, lo, prov, neighbour in lao_data.CHECKPOINTS:
        p = provinces[prov]
        agency = find.get(
            Agency,
            f"Border checkpoint unit, {en}",
            name_lo=f"ໜ່ວຍດ່ານ {lo}",
            short_name=f"BCP {en.split(',')[0]}",
            province=p,
        )
        place = find.get(
            Location,
            f"{en} border checkpoint ({neighbour})",
            name_lo=f"ດ່ານ {lo}",
            kind=LocationKind.BORDER_CHECKPOINT,
            province=p,
        )
        yield agency, place
