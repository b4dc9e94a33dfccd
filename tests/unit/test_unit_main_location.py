"""A handover names where the equipment goes: the receipt's location or the unit's main one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from inl_equipment.db.models import Agency, Item
from inl_equipment.db.schema import HEAD_REVISION, current_revision, open_database
from inl_equipment.db.transactions import Handover
from inl_equipment.services.columns import R
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register
from tests.helpers.old_registers import old_register


def _stock(register: Register) -> int:
    rows = register.items.snapshot().rows
    return int(next(r for r in rows if r[R["status"]] == "in_stock")[R["id"]])


def _hand_over(register: Register, unit: int, location: int | None = None) -> str:
    return register.handovers.create(
        HandoverInput(
            to_agency_id=unit,
            location_id=location,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Khamphoui"),
            lines=[LineInput(_stock(register))],
        )
    )


def test_a_handover_with_no_location_goes_to_the_unit_s_main_location(
    register: Register,
) -> None:
    with register.db.read() as s:
        unit, main = s.execute(
            select(Agency.id, Agency.main_location_id).where(Agency.main_location_id.is_not(None))
        ).first()  # type: ignore[misc]
    number = _hand_over(register, unit)
    with register.db.read() as s:
        handover = s.scalars(select(Handover).where(Handover.number == number)).one()
        item = s.get(Item, handover.lines[0].item_id)
        assert handover.location_id == main and item is not None and item.location_id == main


def test_a_unit_with_no_main_location_needs_one_chosen(register: Register) -> None:
    with register.db.write() as s:
        unit = Agency(name_en="Mobile unit, Bokeo")
        s.add(unit)
        s.flush()
        unit_id = unit.id
    with pytest.raises(ValidationError) as refused:
        _hand_over(register, unit_id)
    assert "Choose where the equipment goes" in str(refused.value.messages["location_id"])
    places = register.reference.lists(("location",))["location"]
    assert _hand_over(register, unit_id, places[0].id)  # with a place chosen it goes


def test_the_upgrade_gives_each_unit_the_place_most_of_its_items_are(tmp_path: Path) -> None:
    path = old_register(tmp_path)
    con = sqlite3.connect(path)
    try:
        expected = dict(
            con.execute(
                "SELECT holder_agency_id, location_id FROM ("
                " SELECT holder_agency_id, location_id, count(*) AS n,"
                "  row_number() OVER (PARTITION BY holder_agency_id"
                "   ORDER BY count(*) DESC, location_id) AS pick"
                " FROM items WHERE holder_agency_id IS NOT NULL AND location_id IS NOT NULL"
                " GROUP BY holder_agency_id, location_id) WHERE pick = 1"
            ).fetchall()
        )
    finally:
        con.close()
    assert expected
    db = open_database("sqlite:///" + str(path))
    try:
        with db.read() as s:
            assert current_revision(s.connection()) == HEAD_REVISION
            got = dict(s.execute(select(Agency.id, Agency.main_location_id)).all())
    finally:
        db.dispose()
    assert {a: got[a] for a in expected} == expected
    assert all(got[a] is None for a in got if a not in expected)
