"""Reference data: unique names, in-use records kept, duplicates merged."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from inl_equipment.db.models import Agency, Item, Province
from inl_equipment.services import reference
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register


def test_add_edit_and_unique_names(register: Register) -> None:
    values = {"name_en": " Body  cameras ", "name_lo": "ກ້ອງ"}
    new_id = register.reference.save("category", None, values)
    names = [r.name for r in register.reference.lists(("category",))["category"]]
    assert "Body cameras" in names
    with pytest.raises(ValidationError) as err:
        register.reference.save("category", None, {"name_en": "body cameras"})
    assert "already exists" in err.value.errors["name_en"]
    with pytest.raises(ValidationError) as err:
        register.reference.save("category", new_id, {"name_en": ""})
    assert "required" in err.value.errors["name_en"]
    register.reference.save("category", new_id, {"name_en": "Body-worn cameras", "name_lo": "ກ້ອງ"})
    categories = register.reference.lists(("category",))["category"]
    assert "Body-worn cameras" in [r.name for r in categories]


def test_a_record_in_use_cannot_be_deleted_and_says_where(register: Register) -> None:
    with register.db.read() as s:
        agency_id = s.scalar(
            select(Item.holder_agency_id).where(Item.holder_agency_id.is_not(None))
        )
        n_items = s.scalar(select(func.count()).where(Item.holder_agency_id == agency_id))
    used = register.reference.usage("agency", agency_id)
    assert used["items held"] == n_items
    with pytest.raises(reference.InUseError, match=f"{n_items:,} items held"):
        register.reference.delete("agency", agency_id)


def test_an_unused_record_can_be_deleted(register: Register) -> None:
    new_id = register.reference.save("category", None, {"name_en": "Unused"})
    register.reference.delete("category", new_id)
    assert "Unused" not in [r.name for r in register.reference.lists(("category",))["category"]]


def test_merge_moves_every_use_and_removes_the_duplicate(register: Register) -> None:
    with register.db.read() as s:
        keep, drop = s.scalars(select(Agency.id).order_by(Agency.id).limit(2)).all()
        before_keep = s.scalar(select(func.count()).where(Item.holder_agency_id == keep)) or 0
        before_drop = s.scalar(select(func.count()).where(Item.holder_agency_id == drop)) or 0
    moved = register.reference.merge("agency", keep, drop)
    with register.db.read() as s:
        assert s.get(Agency, drop) is None
        after = s.scalar(select(func.count()).where(Item.holder_agency_id == keep))
    assert after == before_keep + before_drop
    assert moved >= before_drop


def test_provinces_are_fixed(register: Register) -> None:
    with pytest.raises(ValidationError):
        register.reference.save("province", None, {"name_en": "Atlantis"})
    with register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Province)) == 18


def test_units_on_handovers_count_as_used_and_merge_cleanly(register: Register) -> None:
    from inl_equipment.db.transactions import Handover

    with register.db.read() as s:
        agency = s.scalar(select(Handover.to_agency_id).where(Handover.to_agency_id.is_not(None)))
        location = s.scalar(select(Handover.location_id).where(Handover.location_id.is_not(None)))
        other = s.scalar(select(Agency.id).where(Agency.id != agency))
    assert "handovers" in register.reference.usage("agency", agency)
    assert "handovers" in register.reference.usage("location", location)
    with pytest.raises(reference.InUseError, match=r"\d+ handovers?\b"):
        register.reference.delete("agency", agency)
    register.reference.merge("agency", other, agency)
    with register.db.read() as s:
        assert s.get(Agency, agency) is None
        assert s.scalar(select(func.count()).where(Handover.to_agency_id == agency)) == 0
