"""Engine factory, connection pragmas and the unit-of-work session scopes.

Every user action runs in one `Database.write()` block: one transaction, all
of it or none of it. Writes begin with `BEGIN IMMEDIATE` so that two windows
or processes saving at once queue up instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "INL_EQUIPMENT_DB"
DB_FILE_NAME = "inl-equipment.sqlite"
BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | os.PathLike[str] | None, default_dir: Path | None = None) -> str:
    """Turn `--db`, `$INL_EQUIPMENT_DB` or the default folder into an SQLAlchemy URL.

    A value containing `://` is taken as a URL; anything else is a file path.
    """
    value = str(db) if db else os.environ.get(ENV_VAR, "")
    if not value:
        if default_dir is None:
            raise ValueError("no database given: pass --db or set INL_EQUIPMENT_DB")
        value = str(default_dir / DB_FILE_NAME)
    if "://" in value:
        make_url(value)  # raises a clear ArgumentError on a malformed URL
        return value
    return "sqlite:///" + str(Path(value).expanduser().absolute())


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for memory and other databases."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    if u.database.startswith("file:") and u.query.get("uri"):
        # A URI filename (read-only opens): file:<percent-encoded path>
        return Path(unquote(u.database.removeprefix("file:")))
    return Path(u.database)


class ReadOnlyError(Exception):
    """A change was attempted on a register opened read-only."""


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself (pysqlite's own
    # transaction handling would defer it and cannot do IMMEDIATE).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        # A read-only file keeps the journal mode it has.
        with contextlib.suppress(Exception):
            cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine with the pragmas every connection of this app must have."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One database: its engine and the two kinds of unit of work.

    A `Database` is safe to share between threads; the sessions it hands out
    are not, and live only for the `with` block.
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self.engine = make_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it changes is rolled back."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session that commits at the end of the block, or rolls back on error."""
        if self.read_only:
            raise ReadOnlyError("this register is open read-only: nothing can be changed in it now")
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
