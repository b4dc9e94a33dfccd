"""The custody check: every handed-over item on exactly one live receipt that matches it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from inl_equipment.db.models import Agency, Category, Item
from inl_equipment.db.session import Database
from inl_equipment.services import audit
from inl_equipment.services.custody_check import check_custody, live_lines
from inl_equipment.services.demo import fill_demo

TODAY = date(2026, 6, 30)


@pytest.fixture
def sample(db: Database) -> Database:
    with db.write() as s:
        fill_demo(s, 1200, "tester", seed=5, today=TODAY)
    return db


def _file(db: Database) -> sqlite3.Connection:
    assert db.path is not None
    return sqlite3.connect(db.path)


def _two_units(con: sqlite3.Connection) -> tuple[int, str, int]:
    """An issued handover, and an item handed over on another one to another unit."""
    number, handover_id, unit = con.execute(
        "SELECT number, id, to_agency_id FROM handovers"
        " WHERE kind = 'handover' AND status = 'issued' ORDER BY id LIMIT 1"
    ).fetchone()
    item_id, tag = con.execute(
        "SELECT i.id, i.asset_tag FROM items i WHERE i.status = 'handed_over'"
        " AND i.holder_agency_id <> ? AND i.id IN (SELECT item_id FROM handover_lines"
        " GROUP BY item_id HAVING COUNT(*) = 1) ORDER BY i.id LIMIT 1",
        (unit,),
    ).fetchone()
    assert number
    return handover_id, tag, item_id


def test_a_sample_register_passes(sample: Database) -> None:
    with sample.read() as s:
        report = check_custody(s)
        handed = s.scalar(select(Item.id).where(Item.status == "handed_over").limit(1))
    assert handed is not None
    assert report.ok and report.problem is None
    assert report.handed_over > 500 and report.legacy == 0


def test_an_item_on_a_second_live_receipt_is_named(sample: Database) -> None:
    with _file(sample) as con:
        handover_id, tag, item_id = _two_units(con)
        con.execute(
            "INSERT INTO handover_lines (handover_id, line_no, item_id, quantity, unit_value,"
            " condition, prev_status) VALUES (?, 999, ?, 1, 0, 'good', 'in_stock')",
            (handover_id, item_id),
        )
    with sample.read() as s:
        report = check_custody(s)
    assert not report.ok and report.doubled == 1
    assert report.problem is not None
    assert "on more than one live receipt" in str(report.problem) and tag in str(report.problem)


def test_a_handed_over_item_on_no_receipt_is_named(sample: Database) -> None:
    with _file(sample) as con:
        _id, tag, item_id = _two_units(con)
        con.execute("DELETE FROM handover_lines WHERE item_id = ?", (item_id,))
    with sample.read() as s:
        report = check_custody(s)
    assert report.unrecorded == 1 and report.tags["unrecorded"] == (tag,)
    assert report.problem is not None and "no live receipt" in str(report.problem)


def test_an_item_held_elsewhere_than_its_receipt_says_is_named(sample: Database) -> None:
    with _file(sample) as con:
        _id, tag, item_id = _two_units(con)
        # The receipt's unit changed behind the register (the item row is left as sealed).
        con.execute(
            "UPDATE handovers SET to_agency_id = (SELECT MIN(id) FROM agencies WHERE id <>"
            " handovers.to_agency_id) WHERE id IN (SELECT handover_id FROM handover_lines"
            " WHERE item_id = ?)",
            (item_id,),
        )
    with sample.read() as s:
        report = check_custody(s)
    assert report.elsewhere >= 1 and tag in report.tags["elsewhere"]


def test_items_handed_over_before_the_register_are_a_note(db: Database) -> None:
    with db.write() as s:
        fill_demo(s, 0, "tester", today=TODAY)  # reference data only
        unit = s.execute(select(Item.id)).first()

        agency = s.scalars(select(Agency).where(Agency.main_location_id.is_not(None))).first()
        category = s.scalars(select(Category)).first()
        assert agency is not None and category is not None and unit is None
        item = Item(
            asset_tag="OLD-1",
            category_id=category.id,
            description="Radio",
            status="handed_over",
            holder_agency_id=agency.id,
            location_id=agency.main_location_id,
            created_at=audit.now_utc(),
            updated_at=audit.now_utc(),
        )
        s.add(item)
        s.flush()
        changes = {"asset_tag": "OLD-1", "source": "old.xlsx", "legacy_handover": True}
        audit.record(s, "tester", [audit.NewEvent("item", item.id, "create", changes)])
    with db.read() as s:
        report = check_custody(s)
    assert report.ok and report.legacy == 1 and report.handed_over == 1


def test_transfers_and_returns_take_over_from_the_receipt_before() -> None:
    handover = ("handover", None, 1, 10)
    transfer = ("transfer", 1, 2, 20)
    back = ("return", 2, None, 99)
    assert live_lines([handover, transfer]) == [transfer]
    assert live_lines([handover, transfer, back]) == [back]
    assert live_lines([handover, transfer, back, handover]) == [handover]
    # A transfer from a unit that did not hold it leaves both in force.
    assert len(live_lines([handover, ("transfer", 3, 2, 20)])) == 2
    assert len(live_lines([handover, handover])) == 2
