"""Imports respect custody: a holder makes a legacy handover; an update never moves an item."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from inl_equipment.db.models import Agency, Item
from inl_equipment.interchange.import_commit import commit
from inl_equipment.services import audit
from inl_equipment.services.register import Register
from tests.unit.test_importer import TODAY, plan_for


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _unit(register: Register) -> str:
    with register.db.read() as s:
        return str(s.scalar(select(Agency.name_en).order_by(Agency.id).limit(1)))


def test_a_new_item_held_by_a_unit_is_a_handover_before_this_register(
    register: Register, tmp_path: Path
) -> None:
    unit = _unit(register)
    path = _csv(
        tmp_path / "held.csv", "Asset Tag,Name,Category,Holder", f'L-1,Radio,Radios,"{unit}"'
    )
    plan = plan_for(register, path)
    (row,) = plan.rows
    assert row.action == "create" and row.legacy_handover
    assert row.values.status == "handed_over"
    assert any("before this register" in str(i.message) for i in row.issues)
    commit(register.db, "Tester", plan, today=TODAY)
    with register.db.read() as s:
        item = s.scalars(select(Item).where(Item.asset_tag == "L-1")).one()
        assert item.status == "handed_over" and item.holder is not None
        item_id = item.id
        (created,) = audit.history(s, "item", item_id)
    assert created.changes["legacy_handover"] is True
    lines = register.items.readable_history(item_id)[0].lines
    assert "Handed over before this register: yes" in lines


def test_an_update_keeps_holder_location_and_handed_over_status(
    register: Register, tmp_path: Path
) -> None:
    with register.db.read() as s:
        tag, holder, status = s.execute(
            select(Item.asset_tag, Item.holder_agency_id, Item.status).where(
                Item.status == "in_stock"
            )
        ).first()  # type: ignore[misc]
    unit = _unit(register)
    path = _csv(
        tmp_path / "moved.csv",
        "Asset Tag,Name,Holder,Status,Make",
        f'{tag},Moved radio,"{unit}",Deployed,Kenwood',
    )
    plan = plan_for(register, path, on_duplicate="update")
    (row,) = plan.rows
    assert row.action == "update"
    assert set(row.changes) == {"description", "make"}  # custody left out of the edit
    assert any("change only with a receipt" in str(i.message) for i in row.issues)
    commit(register.db, "Tester", plan, today=TODAY)
    with register.db.read() as s:
        after = s.execute(
            select(Item.holder_agency_id, Item.status, Item.make).where(Item.asset_tag == tag)
        ).one()
    assert tuple(after) == (holder, status, "Kenwood")
