"""Revision 0005 on a register written by the previous version (schema 0004).

The disposition data moves off the item row: disposed items get disposal
records, lost and stolen ones open incidents, lot parts merged back get
their own status and neither. Items that matched their seal are sealed over
the new columns; one changed behind the history before the upgrade is still
reported afterwards.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from inl_equipment.db.models import Item
from inl_equipment.db.monitoring import Disposal, DisposalLine, Incident
from inl_equipment.db.schema import HEAD_REVISION, current_revision, open_database
from inl_equipment.db.session import Database, file_url
from inl_equipment.services.history_check import verify_history
from tests.helpers.old_registers import FIXTURE_ITEMS, old_register


def _before(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {
            status: con.execute(
                "SELECT id, disposal_date, disposal_method, disposal_price FROM items"
                " WHERE status = ? ORDER BY id",
                (status,),
            ).fetchall()
            for status in ("disposed", "lost", "stolen")
        }
    finally:
        con.close()


@pytest.fixture
def upgraded(tmp_path: Path) -> tuple[Database, dict[str, list[tuple[object, ...]]]]:
    path = old_register(tmp_path)
    before = _before(path)
    db = open_database(file_url(path))
    yield db, before
    db.dispose()


def test_the_disposition_moves_into_records(
    upgraded: tuple[Database, dict[str, list[tuple[object, ...]]]],
) -> None:
    db, before = upgraded
    merged = [r for r in before["disposed"] if str(r[2]).startswith("Merged back")]
    disposed = [r for r in before["disposed"] if r not in merged]
    assert merged and disposed and before["lost"] and before["stolen"]
    with db.read() as s:
        assert current_revision(s.connection()) == HEAD_REVISION
        lines = dict(s.execute(select(DisposalLine.item_id, DisposalLine.sale_price)).all())
        assert set(lines) == {r[0] for r in disposed}
        statuses = dict(s.execute(select(Item.id, Item.status)).all())
        assert {statuses[r[0]] for r in merged} == {"merged"}
        incidents = dict(s.execute(select(Incident.item_id, Incident.kind)).all())
        assert incidents == {r[0]: "lost" for r in before["lost"]} | {
            r[0]: "stolen" for r in before["stolen"]
        }
        # Nobody recorded an investigation before: every carried-over incident is open.
        assert not s.scalar(
            select(func.count()).select_from(Incident).where(Incident.outcome != "")
        )
        assert s.scalar(select(func.count()).select_from(Item)) == FIXTURE_ITEMS
        methods = {
            detail: (method, number)
            for detail, method, number in s.execute(
                select(Disposal.detail, Disposal.method, Disposal.number)
            )
        }
        numbers = sorted(s.scalars(select(Disposal.number)))
    assert methods["Burnt with the seized drugs"][0] == "destroyed"
    assert methods["Sold"][0] == "sold"
    assert methods["Sold at public auction"][0] == "sold"
    assert methods["Given to the district school"][0] == "other"  # the words are kept
    assert Decimal("125.50") in lines.values()
    assert len(set(numbers)) == len(disposed)
    assert all(n.startswith("DS-") for n in numbers)


def test_numbers_continue_from_the_upgrade(
    upgraded: tuple[Database, dict[str, list[tuple[object, ...]]]],
) -> None:
    from inl_equipment.services.incidents import number_for

    db, _before_rows = upgraded
    with db.read() as s:
        taken = set(s.scalars(select(Incident.number)))
        year = max(int(n.split("-")[1]) for n in taken)
    with db.write() as s:
        fresh = number_for(s, "IN", year)
    assert fresh not in taken and fresh.startswith(f"IN-{year}-")


def test_the_history_still_checks_and_the_tag_index_is_back(
    upgraded: tuple[Database, dict[str, list[tuple[object, ...]]]],
) -> None:
    db, _before_rows = upgraded
    with db.read() as s:
        report = verify_history(s)
        assert report.ok, report.problems
        tag, category = s.execute(select(Item.asset_tag, Item.category_id).limit(1)).one()
    with pytest.raises(IntegrityError), db.write() as s:
        s.execute(
            Item.__table__.insert().values(
                asset_tag=tag.swapcase(),
                category_id=category,
                description="x",
                created_at=func.current_timestamp(),
                updated_at=func.current_timestamp(),
            )  # fmt: skip
        )
    con = sqlite3.connect(db.path)  # type: ignore[arg-type]
    columns = {r[1] for r in con.execute("PRAGMA table_info(items)")}
    con.close()
    assert not columns & {"disposal_date", "disposal_method", "disposal_price"}


def test_an_item_changed_behind_the_history_before_the_upgrade_is_still_named(
    tmp_path: Path,
) -> None:
    path = old_register(tmp_path)
    con = sqlite3.connect(path)
    with con:
        tag = con.execute("SELECT asset_tag FROM items WHERE id = 30").fetchone()[0]
        con.execute("UPDATE items SET description = 'Forged before the upgrade' WHERE id = 30")
    con.close()
    db = open_database(file_url(path))
    try:
        with db.read() as s:
            report = verify_history(s)
    finally:
        db.dispose()
    assert not report.ok
    assert [str(p) for p in report.problems] == [
        f"item {tag} was changed outside the app: its values differ from what its history recorded"
    ]
