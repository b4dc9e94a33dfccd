"""Opening a database: create, check the schema version, migrate with a backup.

Deciding whether a migration is due reads one row with plain SQL; Alembic is
imported only when there is work for it, which keeps start-up lean.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from inl_equipment.db.backup import write_verified_copy
from inl_equipment.db.session import Database

#: Every revision this version of the app knows, oldest first.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaError(Exception):
    """The database cannot be used by this version of the app."""


class SchemaTooNewError(SchemaError):
    """The file was written by a newer version of the app."""


def current_revision(conn: Connection) -> str | None:
    """The Alembic revision stamped in the database, None when there is none."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def open_database(url: str, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (or create) the register at `url`, migrated to this app's schema.

    Raises `SchemaTooNewError` for a file from a newer app and `SchemaError`
    for a file that is not a register at all or needs a migration we may not run.
    """
    db = Database(url, read_only=read_only)
    try:
        with db.engine.connect() as conn:
            rev = current_revision(conn)
            tables = inspect(conn).get_table_names() if rev is None else []
        if rev == HEAD_REVISION:
            return db
        if rev is not None and rev not in KNOWN_REVISIONS:
            raise SchemaTooNewError(
                f"this database was written by a newer version of INL Equipment Tracker "
                f"(schema {rev}); install the newer version to open it"
            )
        if rev is None and tables:
            raise SchemaError("this file is not an INL Equipment Tracker database")
        if not migrate or read_only:
            raise SchemaError(
                f"the database needs an upgrade (schema {rev} → {HEAD_REVISION}), "
                "which cannot be done while it is open read-only"
            )
        if rev is not None and db.path is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = db.path.with_name(f"{db.path.stem}.pre-migration-{rev}-{stamp}.sqlite")
            write_verified_copy(db.path, backup)
        upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return db


def upgrade(db: Database, target: str = "head") -> None:
    """Run the Alembic migrations in one transaction (SQLite DDL is transactional)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
