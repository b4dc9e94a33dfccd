"""A small register built through the services, for the officers' reports' tests.

Two funding sources (one with a Lao name and an agreement), nine items bought in
2023 and 2024, a handover that was voided and reissued, a transfer, a return, an
item lost and one disposed. Real SQLite file; no sample data generator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from inl_equipment.db.models import Agency, FundingSource
from inl_equipment.db.schema import open_database
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.item_rules import ItemInput
from inl_equipment.services.register import Register
from inl_equipment.services.starter_reference import add_starter_reference

OPERATOR = "Khamphone Sisavath"
INL = PartyInput(name="John A. Miller", position="Program Officer")
LOA = "SLAOINL19LOA001"
#: (tag, quantity, unit value, federal share %, acquired, source index or None)
ITEMS = (
    ("INL-23-0001", 1, "1234.56", "100", date(2023, 5, 2), 0),
    ("INL-23-0002", 1, "999.99", "100", date(2023, 7, 1), 0),
    ("INL-24-0001", 1, "25000.00", "75.5", date(2024, 1, 15), 0),
    ("INL-24-0002", 1, "310.10", "100", date(2024, 2, 1), 0),
    ("INL-24-0003", 20, "8.75", "100", date(2024, 2, 1), 1),
    ("INL-24-0004", 1, "4500.00", "33.33", date(2024, 3, 1), 1),
    ("INL-24-0005", 1, "77.77", "100", date(2024, 4, 1), None),
    ("INL-24-0006", 1, "1500.00", "100", date(2024, 5, 1), 0),
    ("INL-24-0007", 1, "640.00", "100", date(2024, 6, 1), 1),
)


@dataclass
class Built:
    """The register and what the tests look for in it."""

    register: Register
    path: Path
    tags: dict[str, int]
    void_number: str
    reissue_number: str
    units: list[Agency]


def _sources(register: Register) -> list[int]:
    with register.db.write() as s:
        first = FundingSource(
            name_en="INL Counter-narcotics Assistance",
            name_lo="ໂຄງການຊ່ວຍເຫຼືອຕ້ານຢາເສບຕິດ",
            agreement_number=LOA,
            title_holder="U.S. Government",
        )
        second = FundingSource(name_en="Border Security Programme", agreement_number="LOA-2021-7")
        s.add_all([first, second])
        s.flush()
        return [first.id, second.id]


def _items(register: Register, sources: list[int]) -> dict[str, int]:
    with register.db.write() as s:
        category = add_starter_reference(s).categories
        category_id = next(iter(category.values())).id
    tags = {}
    for tag, qty, value, share, acquired, source in ITEMS:
        tags[tag] = register.items.create(
            ItemInput(
                asset_tag=tag,
                description=f"Equipment {tag}",
                category_id=category_id,
                quantity=qty,
                unit="each" if qty == 1 else "box",
                unit_value=Decimal(value),
                federal_share_pct=Decimal(share),
                acquisition_date=acquired,
                funding_source_id=None if source is None else sources[source],
            )
        )
    return tags


def _units(register: Register) -> list[Agency]:
    with register.db.read() as s:
        agencies = s.scalars(select(Agency).where(Agency.name_lo != "").order_by(Agency.id))
        units = [a for a in agencies if a.main_location_id is not None][:3]
        for a in units:
            s.expunge(a)
        return units


def _handover(register: Register, kind: str, when: date, ids: list[int], **parties: int) -> str:
    return register.handovers.create(
        HandoverInput(
            kind=kind,
            date=when,
            handed_over_by=INL,
            received_by=PartyInput(name="Officer Bounmy", position="Deputy chief"),
            lines=[LineInput(i) for i in ids],
            **parties,
        )
    )


def build_register(folder: Path) -> Built:
    """The small register in `folder`/register.sqlite, opened for `OPERATOR`."""
    path = folder / "register.sqlite"
    register = Register(open_database("sqlite:///" + str(path)), OPERATOR)
    tags = _items(register, _sources(register))
    a, b, c = _units(register)
    first = [tags["INL-24-0001"], tags["INL-24-0002"]]
    void = _handover(register, "handover", date(2024, 3, 5), first, to_agency_id=a.id)
    register.handovers.void(void, "Issued to the wrong unit; reissued.")
    reissue = _handover(register, "handover", date(2024, 3, 7), first, to_agency_id=b.id)
    _handover(register, "handover", date(2024, 4, 2), [tags["INL-24-0003"]], to_agency_id=c.id)
    _handover(
        register,
        "transfer",
        date(2024, 6, 20),
        [tags["INL-24-0003"]],
        from_agency_id=c.id,
        to_agency_id=a.id,
    )
    _handover(register, "handover", date(2023, 9, 1), [tags["INL-23-0001"]], to_agency_id=a.id)
    _handover(register, "return", date(2025, 1, 10), [tags["INL-23-0001"]], from_agency_id=a.id)
    register.items.retire(tags["INL-24-0004"], "lost", date(2024, 8, 1), "Lost on patrol", None)
    register.items.retire(
        tags["INL-24-0006"], "disposed", date(2024, 9, 1), "Scrapped: beyond repair", None
    )
    return Built(register, path, tags, void, reissue, [a, b, c])
