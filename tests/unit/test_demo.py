"""Sample data: real Lao names, a spread of statuses, an audit event per item."""

from __future__ import annotations

from sqlalchemy import func, select

from inl_equipment.db.models import AuditEvent, Item, Location, Province
from inl_equipment.db.session import Database
from inl_equipment.services import audit
from inl_equipment.services.demo import DemoError, fill_demo


def test_sample_data_uses_real_places_and_spreads_statuses(demo_db: Database) -> None:
    with demo_db.read() as s:
        provinces = dict(s.execute(select(Province.name_en, Province.name_lo)).all())
        checkpoints = set(
            s.scalars(select(Location.name_en).where(Location.kind == "border_checkpoint"))
        )
        statuses = dict(s.execute(select(Item.status, func.count()).group_by(Item.status)).all())
        events = s.scalar(select(func.count()).select_from(AuditEvent))
        chain = audit.verify_chain(s)
    assert provinces["Savannakhet"] == "ສະຫວັນນະເຂດ"
    assert len(provinces) == 18
    assert any(c.startswith("Dansavanh") for c in checkpoints)
    assert any(c.startswith("Boten") for c in checkpoints)
    assert {"handed_over", "in_stock", "disposed"} <= set(statuses)
    assert sum(statuses.values()) == 300 <= events
    assert chain.ok


def test_sample_data_has_receipts_returns_and_one_void(db: Database) -> None:
    from inl_equipment.db.transactions import Handover

    with db.write() as s:
        fill_demo(s, 1000, "op", seed=3)
    with db.read() as s:
        kinds = s.execute(select(Handover.kind, Handover.status)).all()
        assert audit.verify_chain(s).ok
    assert sum(1 for k, st in kinds if k == "handover" and st == "issued") >= 20
    assert any(k == "return" for k, _ in kinds)
    assert sum(1 for _, st in kinds if st == "void") == 1


def test_sample_data_refuses_a_register_that_has_items(demo_db: Database) -> None:
    import pytest

    with pytest.raises(DemoError), demo_db.write() as s:
        fill_demo(s, 10, "op")
