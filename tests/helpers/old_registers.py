"""Registers as older versions of the app left them, for the upgrade tests.

`tests/fixtures/registers/register-0004.sqlite` was written by the app at
schema 0004 (see `make_register_0004.py` beside it). An older revision is
that file taken back with the revisions' own downgrades: the rows are real
ones, not today's models written into an old schema (which breaks each time
a column is added or dropped).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config

from inl_equipment.db import schema
from inl_equipment.db.session import Database, file_url

FIXTURE = Path(__file__).parents[1] / "fixtures" / "registers" / "register-0004.sqlite"
#: Items in the fixture.
FIXTURE_ITEMS = 242


def old_register(folder: Path, revision: str = "0004", name: str = "old.sqlite") -> Path:
    """A copy of the 0004 register in `folder`, taken back to `revision`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(shutil.copyfile(FIXTURE, folder / name))
    if revision != "0004":
        db = Database(file_url(path))
        try:
            cfg = Config()
            cfg.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
            with schema._migration_connection(db) as conn:
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, revision)
        finally:
            db.dispose()
    return path


def grow_items(path: Path, total: int) -> None:
    """Copy the register's items (new ids and tags) until it holds `total`, in any schema."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        columns = [r[1] for r in con.execute("PRAGMA table_info(items)") if r[1] != "id"]
        picked = ", ".join("asset_tag || '-C' || ?" if c == "asset_tag" else c for c in columns)
        round_no = 0
        while (count := con.execute("SELECT count(*) FROM items").fetchone()[0]) < total:
            round_no += 1
            con.execute(
                f"INSERT INTO items ({', '.join(columns)}) SELECT {picked} FROM items"
                f" ORDER BY id LIMIT {total - count}",
                (round_no,),
            )
        con.commit()
    finally:
        con.close()
