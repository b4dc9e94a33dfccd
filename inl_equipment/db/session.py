"""Engine factory, connection pragmas and the unit-of-work session scopes.

Every user action runs in one `Database.write()` block: one transaction, all
of it or none of it. Writes begin with `BEGIN IMMEDIATE` so that two windows
or processes saving at once queue up instead of failing half-way.
`take_write_lock` is the one place that says what "holding the write lock"
means for each database: what the audit hash chain and the receipt counters
rely on when they read the last value and write the next.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from inl_equipment.db.backup import sqlite_uri
from inl_equipment.i18n import Msg

ENV_VAR = "INL_EQUIPMENT_DB"
DB_FILE_NAME = "inl-equipment.sqlite"
BUSY_TIMEOUT_MS = 10_000
#: PostgreSQL advisory lock key of the register's writers ("INLW"): one key, so
#: two writers can never take two locks in opposite orders and deadlock.
WRITE_LOCK_KEY = 0x494E_4C57
#: SQLite transaction modes that take the database's write lock at BEGIN.
_WRITE_BEGIN_MODES = frozenset({"IMMEDIATE", "EXCLUSIVE"})


def resolve_url(db: str | os.PathLike[str] | None, default_dir: Path | None = None) -> str:
    """Turn `--db`, `$INL_EQUIPMENT_DB` or the default folder into an SQLAlchemy URL.

    A value containing `://` is taken as a URL; anything else is a file path.
    """
    value = str(db) if db else os.environ.get(ENV_VAR, "")
    if not value:
        if default_dir is None:
            raise ValueError(
                Msg.translate("Storage", "no database given: pass --db or set INL_EQUIPMENT_DB")
            )
        value = str(default_dir / DB_FILE_NAME)
    if "://" in value:
        make_url(value)  # raises a clear ArgumentError on a malformed URL
        return value
    return file_url(Path(value).expanduser().absolute())


def file_url(path: Path, mode: str = "rwc") -> str:
    """An SQLAlchemy URL for the register file at `path`.

    A plain `sqlite:///<path>` is cut at `?` or `#` by URL parsing, so a path
    holding `?`, `#` or `%` is given as an SQLite URI instead (`uri_url`).
    """
    text_path = str(path)
    if not any(ch in text_path for ch in "?#%"):
        return "sqlite:///" + text_path
    return uri_url(sqlite_uri(path, mode))


def uri_url(uri: str) -> str:
    """An SQLite `file:` URI as an SQLAlchemy URL.

    SQLAlchemy decodes %-escapes once before SQLite decodes them again, so
    the path is quoted twice: a folder named "INL #2" or "100%" stays itself.
    """
    base, _, query = uri.partition("?")
    return f"sqlite:///{quote(base, safe='/:')}?{query}&uri=true"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for memory and other databases."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    if u.database.startswith("file:") and u.query.get("uri"):
        # A URI filename: file:<percent-encoded path>, perhaps file:///C:/...
        return _uri_file_path(unquote(u.database.removeprefix("file:")))
    return Path(u.database)


def _uri_file_path(rest: str) -> Path:
    if rest.startswith("///") and len(rest) > 4 and rest[4] == ":":
        return Path(rest[3:])  # file:///C:/x
    if rest.startswith("//") and not rest.startswith("////"):
        return Path(rest[2:])  # file:///tmp/x: an empty authority
    return Path(rest)  # file:////server/share/x, or a bare relative name


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
        """Make the engine for `url` (no connection is opened yet)."""
        self.url = url
        self.read_only = read_only
        #: Called before every write (a start-up check still running must pass first).
        self.write_gate: Callable[[], None] | None = None
        self.engine = make_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The register's file (None for a database that is not an SQLite file)."""
        return sqlite_path(self.url)

    @cached_property
    def server_login(self) -> str | None:
        """The login a database server knows this client by (None for an SQLite file).

        On a shared register the server writes history under this name and
        refuses any other (`db/server_roles.py`), so it is the operator there.
        """
        if self.engine.dialect.name != "postgresql":
            return None
        with self.engine.connect() as conn:
            return str(conn.execute(text("SELECT session_user")).scalar_one())

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
            raise ReadOnlyError(
                Msg.translate(
                    "Storage", "this register is open read-only: nothing can be changed in it now"
                )
            )
        gate = self.write_gate
        if gate is not None:
            gate()
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection (the `Database` can still open new ones)."""
        self.engine.dispose()


def take_write_lock(bind: Session | Connection) -> None:
    """Hold the register's write lock until the current transaction ends.

    Call it before reading a value the transaction will write the successor
    of (the audit chain's last hash, a receipt counter), so that no other
    writer can read the same value meanwhile. On SQLite the lock is taken by
    `BEGIN IMMEDIATE`, which `Database.write()` already issues: here it is
    only checked. On PostgreSQL it is a transaction-scoped advisory lock,
    released by the commit or rollback.
    """
    conn = bind.connection() if isinstance(bind, Session) else bind
    dialect = conn.dialect.name
    if dialect == "sqlite":
        mode = str(conn.get_execution_options().get("sqlite_begin", "DEFERRED")).upper()
        if mode not in _WRITE_BEGIN_MODES:
            # A deferred transaction could read a value another writer is about
            # to replace; that is a programming error, not a user's problem.
            raise AssertionError("write outside Database.write(): the transaction is " + mode)
        return
    if dialect == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        return
    raise NotImplementedError(f"no write lock for {dialect} databases")
