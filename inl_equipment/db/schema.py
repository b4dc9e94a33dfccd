"""Opening a database: create, check the schema version, migrate with a backup.

Deciding whether a migration is due takes one look at the schema (through
SQLAlchemy's inspector, so on any database) and one row; Alembic is
imported only when there is work for it, which keeps start-up lean.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from inl_equipment.db.backup import write_verified_copy
from inl_equipment.db.session import Database
from inl_equipment.i18n import Msg

#: Every revision this version of the app knows, oldest first.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD_REVISION = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


class SchemaError(Exception):
    """The database cannot be used by this version of the app."""


class SchemaTooNewError(SchemaError):
    """The file was written by a newer version of the app."""


def current_revision(conn: Connection) -> str | None:
    """The Alembic revision stamped in the database, None when there is none."""
    if not inspect(conn).has_table(VERSION_TABLE):
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
        _check_can_migrate(rev, tables, migrate=migrate and not read_only)
        if rev is not None and db.path is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = db.path.with_name(f"{db.path.stem}.pre-migration-{rev}-{stamp}.sqlite")
            write_verified_copy(db.path, backup)
        upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _check_can_migrate(rev: str | None, tables: list[str], *, migrate: bool) -> None:
    """Raise the `SchemaError` that stops a migration from `rev`, if any."""
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise SchemaTooNewError(
            Msg.translate(
                "Storage",
                "this database was written by a newer version of INL Equipment Tracker "
                "(schema {revision}); install the newer version to open it",
            ).format(revision=rev)
        )
    if rev is None and tables:
        raise SchemaError(
            Msg.translate("Storage", "this file is not an INL Equipment Tracker database")
        )
    if not migrate:
        raise SchemaError(
            Msg.translate(
                "Storage",
                "the database needs an upgrade (schema {revision} → {head}), "
                "which cannot be done while it is open read-only",
            ).format(revision=rev, head=HEAD_REVISION)
        )


def upgrade(db: Database, target: str = "head") -> None:
    """Run the Alembic migrations in one transaction (SQLite DDL is transactional)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with _migration_connection(db) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


@contextmanager
def _migration_connection(db: Database) -> Iterator[Connection]:
    """A connection in a write transaction for migrations, committed at the end.

    SQLite rebuilds a table to change it (Alembic's batch mode), and dropping
    the old copy of a table other tables refer to would trip their foreign
    keys. As SQLite's own procedure for schema changes says, foreign keys
    are off for the migration and every one is checked before the commit.
    """
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _driver_pragma(conn, "PRAGMA foreign_keys = OFF")  # only outside a transaction
        try:
            with conn.execution_options(sqlite_begin="IMMEDIATE").begin():
                yield conn
                if sqlite:
                    _check_foreign_keys(conn)
        finally:
            if sqlite:
                _driver_pragma(conn, "PRAGMA foreign_keys = ON")


def _driver_pragma(conn: Connection, pragma: str) -> None:
    """Run a PRAGMA on the driver connection itself, outside any transaction."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise AssertionError("the connection is closed")
    driver.execute(pragma)


def _check_foreign_keys(conn: Connection) -> None:
    """Raise `SchemaError` (the transaction then rolls back) for any broken reference."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        raise SchemaError(
            Msg.translate(
                "Storage",
                "the upgrade was undone: row {row} of table {table} would refer to "
                "a missing row of table {parent}",
            ).format(row=broken[1], table=broken[0], parent=broken[2])
        )
