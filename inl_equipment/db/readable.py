"""Reading a register without writing a byte to it or beside it.

SQLite's read-only mode still writes beside the file: readers of a WAL
database need its -shm (and -wal), and a rollback journal left by a crash (a
"hot" journal) must be rolled back before anyone may read. In a folder or on a
file this program cannot write, those fail ("unable to open database file",
"attempt to write a readonly database"), so a check, or a look, needs
another way in:

* with no -wal or -journal worth reading, the file alone is the whole
  register: it is read `immutable`, which needs nothing beside it;
* with one, a private copy of the file and that companion in a temporary
  folder is read instead, where SQLite replays the -wal or rolls the journal
  back as the next writer would: what is read is what that writer will see.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from inl_equipment.db.backup import sqlite_uri
from inl_equipment.db.session import uri_url
from inl_equipment.db.writable import is_read_only

#: The files beside a register that hold changes not yet in the file itself.
_COMPANIONS = ("-wal", "-journal")


@dataclass
class ReadableRegister:
    """Where a register can be read from without writing to it: the file, or a private copy.

    Attributes:
        path: the file to read (the register itself, or the copy).
        immutable: the file is read alone, `immutable` (nothing beside it can be made).
        copy: the temporary folder holding the copy, removed by `close()`.
    """

    path: Path
    immutable: bool = False
    copy: tempfile.TemporaryDirectory[str] | None = None

    def sqlite_uri(self) -> str:
        """A `file:` URI for `sqlite3.connect(..., uri=True)`."""
        if self.copy is not None:
            # Our own copy: SQLite may roll its journal back or replay its -wal.
            return sqlite_uri(self.path, "rw")
        return sqlite_uri(self.path, immutable=self.immutable)

    def url(self) -> str:
        """The same place as an SQLAlchemy URL (open it with `read_only=True`)."""
        return uri_url(self.sqlite_uri())

    def close(self) -> None:
        """Remove the private copy, if there is one."""
        if self.copy is not None:
            self.copy.cleanup()
            self.copy = None

    def __enter__(self) -> ReadableRegister:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_readable(db_path: Path, *, platform: str | None = None) -> ReadableRegister:
    """Find how to read the register at `db_path` without writing to it or beside it.

    Raises `sqlite3.DatabaseError` when SQLite cannot read it (damaged, not a
    database, locked by a writer in a place we may write), and `OSError` when
    a private copy is needed and cannot be made.
    """
    path = Path(os.path.abspath(db_path))
    try:
        _probe(sqlite_uri(path))
        return ReadableRegister(path)
    except sqlite3.OperationalError:
        if not is_read_only(path, platform=platform):
            raise  # SQLite could have written here: the failure is the file's
    pending = [
        suffix
        for suffix in _COMPANIONS
        if os.path.isfile(f"{path}{suffix}") and os.path.getsize(f"{path}{suffix}") > 0
    ]
    if not pending:
        readable = ReadableRegister(path, immutable=True)
    else:
        readable = _private_copy(path, pending)
    try:
        _probe(readable.sqlite_uri())
    except BaseException:
        readable.close()
        raise
    return readable


def _private_copy(path: Path, suffixes: list[str]) -> ReadableRegister:
    """Copy the register and its pending companions to a temporary folder of our own."""
    # Opening and closing the file from Python drops this process's POSIX locks
    # on it; in a place we cannot write we hold no write lock it could undo.
    folder = tempfile.TemporaryDirectory(prefix="inl-read-")
    try:
        copy = Path(folder.name) / path.name
        shutil.copyfile(path, copy)
        for suffix in suffixes:
            shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
    except BaseException:
        folder.cleanup()
        raise
    return ReadableRegister(copy, copy=folder)


def _probe(uri: str) -> None:
    """Open `uri` and read the schema: the first read is where SQLite needs to write beside it."""
    con = sqlite3.connect(uri, uri=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
