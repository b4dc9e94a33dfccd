"""Portable storage: the lower(asset_tag) index and its migration, the write lock,
bulk statements at driver speed, and the one registry of writer locks."""

from __future__ import annotations

import importlib.util
import io
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from inl_equipment.db.bulk import BulkStatement, fetch_tuples
from inl_equipment.db.lock import LockHeldByThisProcessError, acquire_writer_lock, lock_path_for
from inl_equipment.db.models import Category, Item
from inl_equipment.db.opening import open_register
from inl_equipment.db.schema import HEAD_REVISION, MIGRATIONS_DIR, current_revision, open_database
from inl_equipment.db.session import WRITE_LOCK_KEY, Database, take_write_lock
from inl_equipment.db.transactions import HandoverLine, next_receipt_counter
from inl_equipment.services import audit
from tests.helpers.old_registers import FIXTURE_ITEMS, old_register

NOW = datetime(2025, 6, 15, 12, 30)


def _item(tag: str, category_id: int) -> Item:
    return Item(
        asset_tag=tag, description="Radio", category_id=category_id, created_at=NOW, updated_at=NOW
    )


def _category(db: Database) -> int:
    with db.write() as s:
        cat = Category(name_en="Radios")
        s.add(cat)
        s.flush()
        return cat.id


# -- asset tags unique whatever their case --------------------------------------


def test_a_new_register_refuses_a_tag_differing_only_by_case(db: Database) -> None:
    cat = _category(db)
    with db.write() as s:
        s.add_all([_item("INL-24-0001", cat), _item("INL-24-0002", cat)])
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(_item("inl-24-0001", cat))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 2


def test_a_register_at_0002_migrates_and_still_refuses_a_tag_differing_only_by_case(
    tmp_path: Path,
) -> None:
    path = old_register(tmp_path, "0002")
    con = sqlite3.connect(path)
    tag = con.execute("SELECT asset_tag FROM items ORDER BY id LIMIT 1").fetchone()[0]
    lines = con.execute("SELECT count(*) FROM handover_lines").fetchone()[0]
    con.close()
    assert tag is not None and lines

    db = open_database("sqlite:///" + str(path))
    try:
        with db.read() as s:
            assert current_revision(s.connection()) == HEAD_REVISION
            assert s.scalar(select(func.count()).select_from(Item)) == FIXTURE_ITEMS
            assert s.scalar(select(func.count()).select_from(HandoverLine)) == lines
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1  # back on after it
            category = s.scalar(select(Item.category_id).limit(1))
        assert category is not None
        with pytest.raises(IntegrityError), db.write() as s:
            s.add(_item(tag.swapcase(), category))
        with db.write() as s:
            s.add(_item(tag + "-B", category))
    finally:
        db.dispose()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (items_sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'items'").fetchone()
        indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        con.close()
    assert "NOCASE" not in items_sql
    assert {"uq_items_asset_tag_lower", "ix_items_status", "ix_items_category_id"} <= indexes
    assert len(list(tmp_path.glob("old.pre-migration-0002-*.sqlite"))) == 1


def test_every_revision_renders_for_postgresql_without_sqlite_only_sql() -> None:
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    out = io.StringIO()
    context = MigrationContext.configure(
        dialect_name="postgresql", opts={"as_sql": True, "output_buffer": out}
    )
    for script in sorted((MIGRATIONS_DIR / "versions").glob("0*.py")):
        spec = importlib.util.spec_from_file_location(f"_rev_{script.stem}", script)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        with Operations.context(context):
            module.upgrade()
    ddl = out.getvalue()
    assert "NOCASE" not in ddl.upper()
    assert "CREATE UNIQUE INDEX uq_items_asset_tag_lower ON items (lower(asset_tag))" in ddl


# -- the write lock ---------------------------------------------------------------


def test_the_write_lock_is_the_immediate_transaction_on_sqlite(db: Database) -> None:
    with db.write() as s:
        take_write_lock(s)
        audit.record(s, "op", [audit.NewEvent("item", 1, "edit", {})])
    with pytest.raises(AssertionError), db.read() as s:
        take_write_lock(s)
    with pytest.raises(AssertionError), db.read() as s:
        audit.record(s, "op", [audit.NewEvent("item", 1, "edit", {})])


class _Dialect:
    name = "postgresql"


class _PostgresConnection:
    """Enough of a Connection to see what the lock sends to PostgreSQL."""

    dialect = _Dialect()

    def __init__(self) -> None:
        self.sent: list[tuple[str, Any]] = []

    def execute(self, statement: Any, params: Any = None) -> None:
        self.sent.append((str(statement), params))


def test_the_write_lock_is_an_advisory_transaction_lock_on_postgresql() -> None:
    conn = _PostgresConnection()
    take_write_lock(conn)  # type: ignore[arg-type]
    assert conn.sent == [("SELECT pg_advisory_xact_lock(:key)", {"key": WRITE_LOCK_KEY})]


def test_receipt_counters_count_in_the_transaction(db: Database) -> None:
    with db.write() as s:
        assert [next_receipt_counter(s, "HR", 2025) for _ in range(3)] == [1, 2, 3]
        assert next_receipt_counter(s, "RT", 2025) == 1
    with pytest.raises(RuntimeError), db.write() as s:
        assert next_receipt_counter(s, "HR", 2025) == 4
        raise RuntimeError("cancelled")
    with db.write() as s:
        assert next_receipt_counter(s, "HR", 2025) == 4


# -- bulk statements ------------------------------------------------------------


def test_bulk_insert_fills_defaults_and_converts_values(db: Database) -> None:
    cat = _category(db)
    columns = ("asset_tag", "category_id", "description", "unit_value", "acquisition_date")
    with db.write() as s:
        conn = s.connection()
        statement = BulkStatement(conn, insert(Item), (*columns, "created_at", "updated_at"))
        statement.run(
            [
                ("B-1", cat, "Radio", Decimal("12.50"), date(2024, 3, 1), NOW, NOW),
                ("B-2", cat, "Radio", Decimal("12.50"), None, NOW, NOW),
            ]
        )
        raw = fetch_tuples(conn, select(Item.asset_tag, Item.unit_value, Item.acquisition_date))
    assert raw == [("B-1", 1250, "2024-03-01"), ("B-2", 1250, None)]
    assert all(type(row) is tuple for row in raw)
    with db.read() as s:
        item = s.scalars(select(Item).where(Item.asset_tag == "B-1")).one()
        stored = (item.unit, item.quantity, item.status, item.federal_share_pct)
        assert item.created_at == NOW and item.unit_value == Decimal("12.50")
    assert stored == ("each", 1, "in_stock", Decimal("100"))


def test_bulk_money_refuses_a_float_even_after_an_equal_decimal(db: Database) -> None:
    cat = _category(db)
    with pytest.raises(TypeError, match="Decimal, not float"), db.write() as s:
        statement = BulkStatement(
            s.connection(),
            insert(Item),
            ("asset_tag", "category_id", "description", "unit_value", "created_at", "updated_at"),
        )
        statement.run(
            [
                ("F-1", cat, "Radio", Decimal("0.5"), NOW, NOW),
                ("F-2", cat, "Radio", 0.5, NOW, NOW),
            ]
        )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 0


def test_bulk_update_by_a_bound_key(db: Database) -> None:
    cat = _category(db)
    with db.write() as s:
        s.add_all([_item("U-1", cat), _item("U-2", cat)])
    with db.write() as s:
        ids = {tag: item_id for tag, item_id in s.execute(select(Item.asset_tag, Item.id))}
        statement = BulkStatement(
            s.connection(),
            update(Item).where(Item.id == bindparam("item_id")),
            ("quantity", "unit_value", "item_id"),
        )
        statement.run([(5, Decimal("3"), ids["U-2"])])
    with db.read() as s:
        rows = s.execute(select(Item.asset_tag, Item.quantity, Item.unit_value)).all()
    assert sorted(rows) == [("U-1", 1, Decimal("0")), ("U-2", 5, Decimal("3.00"))]


def test_a_bulk_row_of_the_wrong_width_is_refused(db: Database) -> None:
    with pytest.raises(KeyError), db.write() as s:
        BulkStatement(s.connection(), insert(Category), ("name_en",)).run([("A", "extra")])
    with pytest.raises(sqlite3.IntegrityError), db.write() as s:  # no English name: NOT NULL
        BulkStatement(s.connection(), insert(Category), ("name_lo",)).run([("ລາວ",)])


# -- one registry of writer locks ---------------------------------------------------


def test_windows_of_one_process_share_one_writer_lock(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    url = "sqlite:///" + str(path)
    first = open_register(url, "Vilay")
    second = open_register(url, "Vilay")
    try:
        assert first.lock is not None and first.lock is second.lock
        with pytest.raises(LockHeldByThisProcessError):
            acquire_writer_lock(path, "restore")  # an exclusive use must wait for both
        lock = first.lock
        first.close()
        assert lock.held and lock_path_for(path).exists()
    finally:
        second.close()
    assert not lock.held and not lock_path_for(path).exists()
    with acquire_writer_lock(path, "restore") as again:
        assert again.held
        with pytest.raises(LockHeldByThisProcessError):
            acquire_writer_lock(path, "Vilay", shared=True)  # not shared: refused too
