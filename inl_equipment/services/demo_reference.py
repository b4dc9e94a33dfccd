"""The sample register's reference data: real provinces, units, places and officers.

Names come from `lao_data`; `reference_data` adds them in a fixed order, so a
given seed always gives the same ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    Agency,
    Category,
    FundingSource,
    Location,
    LocationKind,
    Person,
    Province,
)
from inl_equipment.services import lao_data

WAREHOUSE = "INL warehouse, Vientiane"


@dataclass(frozen=True, slots=True)
class DemoRefs:
    """Ids of the reference data the sample items point at."""

    categories: dict[str, int]
    funding: list[tuple[int, str]]
    units: list[tuple[int, int]]  # (agency id, location id) pairs that hold equipment
    warehouse: int


def reference_data(session: Session) -> DemoRefs:
    """Provinces, categories, funding, units with their places, officers: all real names."""
    provinces = {en: Province(name_en=en, name_lo=lo) for en, lo in lao_data.PROVINCES}
    session.add_all(provinces.values())
    categories = {en: Category(name_en=en, name_lo=lo) for en, lo in lao_data.CATEGORIES}
    session.add_all(categories.values())
    funding = [
        FundingSource(name_en=n, agreement_number=a, title_holder=t) for n, a, t in lao_data.FUNDING
    ]
    session.add_all(funding)
    vte = provinces["Vientiane Capital"]
    units = [*_national_units(provinces), *_provincial_units(provinces), *_checkpoints(provinces)]
    warehouse = Location(
        name_en=WAREHOUSE, name_lo="ສາງ INL ວຽງຈັນ", kind=LocationKind.WAREHOUSE, province=vte
    )
    session.add(warehouse)
    for agency, place in units:
        session.add_all([agency, place])
    session.flush()
    _officers(session, [agency for agency, _place in units])
    return DemoRefs(
        categories={k: c.id for k, c in categories.items()},
        funding=[(f.id, f.title_holder) for f in funding],
        units=[(a.id, loc.id) for a, loc in units],
        warehouse=warehouse.id,
    )


def _national_units(provinces: dict[str, Province]) -> Iterator[tuple[Agency, Location]]:
    """The national agencies, each with its headquarters in Vientiane."""
    vte = provinces["Vientiane Capital"]
    for en, lo, short, prov in lao_data.AGENCIES:
        agency = Agency(name_en=en, name_lo=lo, short_name=short, province=provinces[prov])
        office = Location(
            name_en=f"{short} headquarters, Vientiane",
            name_lo=f"{lo} ສຳນັກງານໃຫຍ່",
            kind=LocationKind.OFFICE,
            province=vte,
        )
        yield agency, office


def _provincial_units(provinces: dict[str, Province]) -> Iterator[tuple[Agency, Location]]:
    """A counter-narcotics unit and its office in each province that has one."""
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
        yield agency, office


def _checkpoints(provinces: dict[str, Province]) -> Iterator[tuple[Agency, Location]]:
    """A unit at each international border checkpoint."""
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
        yield agency, place


def _officers(session: Session, agencies: list[Agency]) -> None:
    """Officers spread over the units (they receive and sign for equipment)."""
    for n, (name, name_lo, rank, pos, pos_lo) in enumerate(lao_data.OFFICERS * 4):
        agency = agencies[(n * 7) % len(agencies)]
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
