"""Opening a register safely: place warnings, start-up check, writer lock, read-only.

The order matters: a damaged file is moved aside before anything opens it
for writing; the writer lock is taken before a migration can run; a file or
folder we cannot write is opened read-only and never written to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import OperationalError

from inl_equipment.db.backups import list_backups
from inl_equipment.db.health import (
    check_database,
    is_read_only,
    newest_good_backup,
    place_warnings,
    quarantine_damaged,
)
from inl_equipment.db.lock import (
    LockInfo,
    LockUnavailableError,
    WriterLock,
    acquire_writer_lock,
)
from inl_equipment.db.readable import ReadableRegister, open_readable
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database, sqlite_path
from inl_equipment.db.startup_check import StartupCheck, in_wal_mode, open_current
from inl_equipment.i18n import Msg, Text


class NotARegisterError(Exception):
    """The path names a folder, or a file that is not an SQLite database at all."""


class DamagedDatabaseError(Exception):
    """The register failed its start-up check; it was moved aside, not replaced."""

    def __init__(
        self, path: Path, problems: list[str], kept_as: Path | None, backup: Path | None
    ) -> None:
        """`problems` as the check found them; where the file went; the backup to offer."""
        self.path, self.problems, self.kept_as, self.backup = path, problems, kept_as, backup
        where: Text = ""
        if kept_as:
            where = Msg.translate("Storage", "; the damaged file is kept as {name}").format(
                name=kept_as.name
            )
        offer = (
            Msg.translate("Storage", "; the newest good backup is {path}").format(path=backup)
            if backup
            else Msg.translate("Storage", "; no good backup was found")
        )
        super().__init__(
            Msg.translate("Storage", "{name} is damaged ({problem}){kept}{offer}").format(
                name=path.name, problem=problems[0], kept=where, offer=offer
            )
        )


@dataclass
class OpenedRegister:
    """A register opened for this session, and what the user should be told about it."""

    db: Database
    lock: WriterLock | None
    read_only: bool
    read_only_reason: Text = ""
    warnings: list[str] = field(default_factory=list)
    recovered_from: LockInfo | None = None
    #: The temporary copy a read-only register is shown from, if any.
    snapshot: tempfile.TemporaryDirectory[str] | None = None
    #: The start-up check still running (`open_register(..., overlap_check=True)`).
    pending_check: StartupCheck | None = None

    def finish_check(self, before_set_aside: Callable[[], None] | None = None) -> None:
        """Wait for a start-up check still running; a damaged register is set aside.

        Raises `DamagedDatabaseError` as `open_register` does, after
        `before_set_aside` (the caller stops reading) and closing the database;
        the file is moved only while this process holds the lock.
        """
        pending, self.pending_check = self.pending_check, None
        if pending is None:
            return
        report = pending.wait()
        if report.ok:
            self.db.write_gate = None
            return
        if before_set_aside is not None:
            before_set_aside()
        self.db.dispose()
        try:
            _set_aside(pending.path, self.lock, report.problems)
        finally:
            self.close()

    def close(self) -> None:
        """Close the database, drop the snapshot copy, give up this window's use of the lock."""
        self.db.dispose()
        if self.snapshot is not None:
            self.snapshot.cleanup()
            self.snapshot = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def read_only_url(path: Path, *, immutable: bool = False) -> str:
    """A URL that opens the file without ever writing to it (any folder name).

    `immutable` is for a folder where SQLite cannot even create its shared-memory
    file for WAL (a read-only share or medium): nobody can write there anyway.
    """
    return ReadableRegister(Path(os.path.abspath(path)), immutable=immutable).url()


SQLITE_HEADER = b"SQLite format 3\x00"
#: A file with one of these names was meant to be a database: when its header
#: is gone it is a damaged register, not somebody's spreadsheet.
DATABASE_SUFFIXES = frozenset({".sqlite", ".sqlite3", ".db", ".db3"})


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _open_read_only(path: Path) -> tuple[Database, tempfile.TemporaryDirectory[str] | None]:
    """Open without writing a byte to the file or beside it.

    `open_readable` decides how: the file itself, the file alone (`immutable`,
    in a folder SQLite cannot write), or a private copy with its -wal or a
    crash's -journal, so that what is shown is what the next writer will see,
    never a half-written state.
    """
    try:
        readable = open_readable(path)
    except sqlite3.DatabaseError as exc:
        raise OperationalError(None, None, exc) from exc
    try:
        db = open_database(readable.url(), migrate=False, read_only=True)
    except BaseException:
        readable.close()
        raise
    return db, readable.copy


def open_register(
    url: str,
    operator: str,
    *,
    write: bool = True,
    read_only: bool = False,
    check: bool = True,
    overlap_check: bool = False,
) -> OpenedRegister:
    """Open the register at `url` for this session.

    `write=False` (reading commands) opens read-only without the lock and
    never migrates or changes the file. Raises `DamagedDatabaseError` when the
    start-up check fails (a damaged register is moved aside only while this
    process holds the writer lock), `LockedError` when another copy of the
    app is writing to it (call again with `read_only=True` to look without
    writing), `NotARegisterError` for a folder or a file that is not SQLite,
    and the `SchemaError`s of `open_database`.

    `overlap_check=True` (the app) runs the start-up check on a thread while the
    caller goes on reading, when nothing would be written meanwhile; the caller
    must call `finish_check()` before relying on the register (writes wait for it).
    """
    path = sqlite_path(url)
    if path is None:
        return OpenedRegister(open_database(url), None, read_only)
    warnings = place_warnings(path)
    exists = _existing_register(path)
    read_only, reason = _read_only_reason(path, exists, write=write, read_only=read_only)
    lock: WriterLock | None = None
    if not read_only:
        lock, reason = _take_lock(path, operator, exists)
        read_only = lock is None
    pending: StartupCheck | None = None
    try:
        db = None
        if exists and check and overlap_check and not read_only and in_wal_mode(path):
            db, pending = _open_while_checking(url, path, lock)
        elif exists and check:
            _check_or_set_aside(path, lock)
        snapshot = None
        if db is None:
            db, snapshot, reason = _open(url, path, exists, read_only, reason)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    recovered = lock.recovered_from if lock is not None else None
    opened = OpenedRegister(db, lock, read_only, reason, warnings, recovered)
    opened.snapshot = snapshot
    if pending is not None:
        opened.pending_check = pending
        db.write_gate = opened.finish_check
    return opened


def _take_lock(path: Path, operator: str, exists: bool) -> tuple[WriterLock | None, Text]:
    """The writer lock, or None and why when none can be taken (the register is then read-only).

    A register that does not exist yet cannot be looked at read-only: the
    reason the lock cannot be taken is raised instead.
    """
    try:
        # Every window of this process that opens the register shares one lock.
        return acquire_writer_lock(path, operator, shared=True), ""
    except LockUnavailableError as exc:
        if not exists:
            raise
        return None, Msg.translate("Storage", "no lock could be taken here ({error})").format(
            error=exc
        )


def _existing_register(path: Path) -> bool:
    """True when `path` holds a register; False for none yet (0 bytes: SQLite takes it as new).

    Raises `NotARegisterError` for a folder, or a file that is not SQLite and
    was not meant as a database either (nothing is changed in it).
    """
    if path.is_dir():
        raise NotARegisterError(
            Msg.translate("Storage", "{path} is a folder, not a register file").format(path=path)
        )
    exists = path.exists() and path.stat().st_size > 0
    meant_as_database = path.suffix.lower() in DATABASE_SUFFIXES or bool(list_backups(path))
    # The header is read only for a file not named as a database: opening and
    # closing a live register from Python would drop SQLite's POSIX locks on it.
    if exists and not meant_as_database and not _looks_like_sqlite(path):
        raise NotARegisterError(
            Msg.translate(
                "Storage",
                "{name} is not an INL Equipment Tracker database "
                "(not an SQLite file); nothing was changed",
            ).format(name=path.name)
        )
    return exists


def _read_only_reason(
    path: Path, exists: bool, *, write: bool, read_only: bool
) -> tuple[bool, Text]:
    """Whether to open read-only before any lock is tried, and why."""
    if not write:
        return True, Msg.translate("Storage", "opened for reading")
    if read_only:
        return True, Msg.translate("Storage", "opened read-only on request")
    if exists and is_read_only(path):
        return True, Msg.translate("Storage", "the file or its folder cannot be written")
    return False, ""


def _open_while_checking(
    url: str, path: Path, lock: WriterLock | None
) -> tuple[Database | None, StartupCheck | None]:
    """Start the check and open the database at once, if that writes nothing.

    Returns (None, None) once the check has passed when a migration is due:
    a migration writes, so it waits for the check and opens the usual way.
    """
    pending = StartupCheck(path)
    db = open_current(url)
    if db is not None:
        return db, pending
    report = pending.wait()
    if not report.ok:
        _set_aside(path, lock, report.problems)
    return None, None


def _check_or_set_aside(path: Path, lock: WriterLock | None) -> None:
    """Run the start-up check; a damaged file is moved aside (only under our lock) and reported."""
    report = check_database(path)
    if not report.ok:
        _set_aside(path, lock, report.problems)


def _set_aside(path: Path, lock: WriterLock | None, problems: list[str]) -> None:
    """Move a damaged register aside (only under our lock) and raise `DamagedDatabaseError`."""
    kept = None
    if lock is not None:
        with contextlib.suppress(OSError):
            kept = quarantine_damaged(path)
    raise DamagedDatabaseError(path, problems, kept, newest_good_backup(path))


def _open(
    url: str, path: Path, exists: bool, read_only: bool, reason: Text
) -> tuple[Database, tempfile.TemporaryDirectory[str] | None, Text]:
    """The database for writing (migrated), or read-only (perhaps from a snapshot copy)."""
    if not read_only:
        return open_database(url), None, reason
    if not exists:
        raise FileNotFoundError(Msg.translate("Storage", "no database at {path}").format(path=path))
    db, snapshot = _open_read_only(path)
    if snapshot is not None:
        reason = Msg.translate(
            "Storage", "{reason}; showing a copy that includes its latest changes"
        ).format(reason=reason)
    return db, snapshot, reason
