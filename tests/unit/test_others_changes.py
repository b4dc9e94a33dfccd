"""Two clients of one register: each sees what the other changed, and only that.

Runs on SQLite and on PostgreSQL; on a server the window looks every few
seconds (`ui/shared_register`).
"""

from __future__ import annotations

from inl_equipment.services.facade.changes import Change
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.item_rules import ItemInput
from inl_equipment.services.register import Register
from inl_equipment.services.search import R


def test_the_other_client_sees_exactly_the_items_and_receipts_changed(register: Register) -> None:
    other = Register(register.db, "Other officer")
    seen: list[Change] = []
    other.changes.subscribe(seen.append)
    other.shared.start()
    assert other.shared.poll().empty  # nothing new yet

    category = register.reference.lists(("category",))["category"][0].id
    new_id = register.items.create(
        ItemInput(asset_tag="NEW-1", description="Radio", category_id=category)
    )
    stock = [r for r in register.items.snapshot().rows if r[R["status"]] == "in_stock"]
    agency = register.reference.lists(("agency",))["agency"][0]
    moved = stock[0][R["id"]]
    number = register.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Khamphoui"),
            lines=[LineInput(moved)],
        )
    )
    change = other.shared.poll()
    assert change.items == {new_id, moved}
    assert change.handovers == {number}
    assert seen == [change]  # published on the other client's feed
    assert other.shared.poll().empty  # and told once


def test_a_reference_change_names_its_kind(register: Register) -> None:
    other = Register(register.db, "Other officer")
    other.shared.start()
    register.reference.save("category", None, {"name_en": "Drones", "name_lo": "ໂດຣນ"})
    assert other.shared.poll().references == {"category"}
