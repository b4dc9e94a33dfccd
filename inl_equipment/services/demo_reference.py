"""The sample register's reference data: real provinces, units, places and officers.

Names come from `lao_data`; `reference_data` adds them in a fixed order, so a
given seed always gives the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from inl_equipment.db.models import Agency, FundingSource, Person
from inl_equipment.services import lao_data
from inl_equipment.services.starter_reference import WAREHOUSE, add_starter_reference

__all__ = ["WAREHOUSE", "DemoRefs", "reference_data"]


@dataclass(frozen=True, slots=True)
class DemoRefs:
    """Ids of the reference data the sample items point at."""

    categories: dict[str, int]
    funding: list[tuple[int, str]]
    units: list[tuple[int, int]]  # (agency id, location id) pairs that hold equipment
    warehouse: int


def reference_data(session: Session) -> DemoRefs:
    """The standard lists (`starter_reference`), funding sources and officers: real names."""
    starter = add_starter_reference(session)
    funding = [
        FundingSource(name_en=n, agreement_number=a, title_holder=t) for n, a, t in lao_data.FUNDING
    ]
    session.add_all(funding)
    session.flush()
    _officers(session, [agency for agency, _place in starter.units])
    return DemoRefs(
        categories={k: c.id for k, c in starter.categories.items()},
        funding=[(f.id, f.title_holder) for f in funding],
        units=[(a.id, loc.id) for a, loc in starter.units],
        warehouse=starter.warehouse.id,
    )


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
