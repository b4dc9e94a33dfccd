"""Storage: exact money, pragmas, schema versions and the migration path."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from inl_equipment.db.models import Category, Item
from inl_equipment.db.schema import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    SchemaError,
    SchemaTooNewError,
    open_database,
)
from inl_equipment.db.session import Database, resolve_url
from inl_equipment.services.audit import now_utc


def _item(tag: str, value: Decimal, category_id: int) -> Item:
    now = now_utc()
    return Item(
        asset_tag=tag,
        description="Radio",
        category_id=category_id,
        unit_value=value,
        created_at=now,
        updated_at=now,
    )


def test_known_revisions_match_the_migration_scripts() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(cfg)
    chain = [s.revision for s in scripts.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_every_connection_has_the_safety_pragmas(db: Database) -> None:
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_money_is_stored_as_integer_cents_and_sums_exactly(db: Database) -> None:
    with db.write() as s:
        cat = Category(name_en="Radios")
        s.add(cat)
        s.flush()
        for n in range(1000):
            s.add(_item(f"T-{n}", Decimal("0.10"), cat.id))
    with db.read() as s:
        raw = s.execute(text("SELECT typeof(unit_value), unit_value FROM items LIMIT 1")).one()
        assert raw == ("integer", 10)
        values = s.scalars(select(Item.unit_value)).all()
    assert sum(values) == Decimal("100.00")
    assert all(isinstance(v, Decimal) for v in values)


def test_float_money_is_refused(db: Database) -> None:
    with pytest.raises(Exception, match="Decimal, not float"), db.write() as s:
        cat = Category(name_en="Radios")
        s.add(cat)
        s.flush()
        s.add(_item("F-1", 0.1, cat.id))  # type: ignore[arg-type]
        s.flush()


def test_a_failed_unit_of_work_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Category(name_en="Vehicles"))
        s.flush()
        raise RuntimeError("power cut")
    with db.read() as s:
        assert s.scalars(select(Category)).all() == []


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(_item("X-1", Decimal("1"), category_id=999))


def test_a_database_from_a_newer_version_is_refused(db_path: Path, db: Database) -> None:
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database("sqlite:///" + str(db_path))


def test_a_file_that_is_not_a_register_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="not an INL Equipment"):
        open_database("sqlite:///" + str(other))


def test_opening_an_up_to_date_database_does_not_import_alembic(
    db_path: Path, db: Database
) -> None:
    import subprocess
    import sys

    db.dispose()
    code = (
        "import sys; from inl_equipment.db.schema import open_database; "
        f"open_database({('sqlite:///' + str(db_path))!r}); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_resolve_url_takes_paths_urls_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(tmp_path / "a.sqlite") == "sqlite:///" + str(tmp_path / "a.sqlite")
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.setenv("INL_EQUIPMENT_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None).endswith("env.sqlite")
    monkeypatch.delenv("INL_EQUIPMENT_DB")
    assert resolve_url(None, tmp_path).endswith("inl-equipment.sqlite")
    with pytest.raises(ValueError):
        resolve_url(None)


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    from tests.helpers.old_registers import FIXTURE_ITEMS, old_register

    path = old_register(tmp_path, "0001")
    db = open_database("sqlite:///" + str(path))
    try:
        with db.read() as s:
            assert (
                s.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
            )
            assert s.execute(text("SELECT count(*) FROM items")).scalar() == FIXTURE_ITEMS
            assert s.execute(text("SELECT count(*) FROM handovers")).scalar() == 0
    finally:
        db.dispose()
    backups = list(tmp_path.glob("old.pre-migration-0001-*.sqlite"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM items").fetchone() == (FIXTURE_ITEMS,)
    con.close()
