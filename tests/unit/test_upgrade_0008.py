"""Revision 0008 on a register at 0007: Lao descriptions, lot uses, the seals kept sound."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from inl_equipment.db.models import Item
from inl_equipment.db.schema import HEAD_REVISION, current_revision, open_database, upgrade
from inl_equipment.db.session import Database, file_url
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.lot_use import UseInput
from inl_equipment.services.register import Register
from tests.helpers.old_registers import FIXTURE_ITEMS, old_register


def register_0007(folder: Path) -> Path:
    """The 0004 fixture taken up to 0007 with the app's own revisions."""
    path = old_register(folder)
    db = Database(file_url(path))
    try:
        upgrade(db, "0007")
        with db.read() as s:
            assert current_revision(s.connection()) == "0007"
    finally:
        db.dispose()
    return path


def test_the_upgrade_adds_the_column_and_table_and_the_history_still_checks(
    tmp_path: Path,
) -> None:
    path = register_0007(tmp_path)
    db = open_database(file_url(path))
    try:
        with db.read() as s:
            assert current_revision(s.connection()) == HEAD_REVISION
            assert s.scalar(select(func.count()).select_from(Item)) == FIXTURE_ITEMS
            assert s.scalar(select(func.count()).where(Item.description_lo.is_not(None))) == 0
            report = verify_history(s)
            assert report.ok, report.problems
            tag, category = s.execute(select(Item.asset_tag, Item.category_id).limit(1)).one()
        with pytest.raises(IntegrityError), db.write() as s:  # the tag index is still there
            s.execute(
                Item.__table__.insert().values(
                    asset_tag=tag.swapcase(),
                    category_id=category,
                    description="x",
                    created_at=func.current_timestamp(),
                    updated_at=func.current_timestamp(),
                )
            )
        register = Register(db, "Tester")
        with db.read() as s:
            lot = s.scalar(
                select(Item.id).where(
                    Item.lot_number != "", Item.quantity > 1, Item.status == "in_stock"
                )
            )
        assert lot is not None
        register.lots.record_use(UseInput(lot, 1, date.today(), "after the upgrade"))
        edited = register.items.get(lot).values
        edited.description_lo = "ຊຸດກວດ"
        assert register.items.update(lot, edited)
        with db.read() as s:
            assert verify_history(s).ok
    finally:
        db.dispose()


def test_an_item_changed_behind_the_history_before_0008_is_still_named(tmp_path: Path) -> None:
    path = register_0007(tmp_path)
    con = sqlite3.connect(path)
    with con:
        tag = con.execute("SELECT asset_tag FROM items WHERE id = 30").fetchone()[0]
        con.execute("UPDATE items SET notes = 'Forged before 0008' WHERE id = 30")
    con.close()
    db = open_database(file_url(path))
    try:
        with db.read() as s:
            report = verify_history(s)
    finally:
        db.dispose()
    assert [str(p) for p in report.problems] == [
        f"item {tag} was changed outside the app: its values differ from what its history recorded"
    ]


def test_0008_goes_back_to_0007(tmp_path: Path) -> None:
    path = register_0007(tmp_path)
    db = open_database(file_url(path))
    try:
        from alembic import command
        from alembic.config import Config

        from inl_equipment.db import schema

        cfg = Config()
        cfg.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
        with schema._migration_connection(db) as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
    finally:
        db.dispose()
    con = sqlite3.connect(path)
    try:
        columns = {r[1] for r in con.execute("PRAGMA table_info(items)")}
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        con.close()
    assert "description_lo" not in columns and "lot_consumptions" not in tables
    assert "uq_items_asset_tag_lower" in indexes
