"""Opening a register safely: place warnings, start-up check, writer lock, read-only.

The order matters: a damaged file is moved aside before anything opens it
for writing; the writer lock is taken before a migration can run; a file or
folder we cannot write is opened read-only and never written to.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

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
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database, sqlite_path


class NotARegisterError(Exception):
    """The path names a folder, or a file that is not an SQLite database at all."""


class DamagedDatabaseError(Exception):
    """The register failed its start-up check; it was moved aside, not replaced."""

    def __init__(
        self, path: Path, problems: list[str], kept_as: Path | None, backup: Path | None
    ) -> None:
        self.path, self.problems, self.kept_as, self.backup = path, problems, kept_as, backup
        where = f"; the damaged file is kept as {kept_as.name}" if kept_as else ""
        offer = f"; the newest good backup is {backup}" if backup else "; no good backup was found"
        super().__init__(f"{path.name} is damaged ({problems[0]}){where}{offer}")


@dataclass
class OpenedRegister:
    """A register opened for this session, and what the user should be told about it."""

    db: Database
    lock: WriterLock | None
    read_only: bool
    read_only_reason: str = ""
    warnings: list[str] = field(default_factory=list)
    recovered_from: LockInfo | None = None
    #: The temporary copy a read-only register is shown from, if any.
    snapshot: tempfile.TemporaryDirectory[str] | None = None

    def close(self) -> None:
        self.db.dispose()
        if self.snapshot is not None:
            self.snapshot.cleanup()
            self.snapshot = None
        if self.lock is not None:
            _release_shared(self.lock)
            self.lock = None


# One writer lock per file per process, shared by every window of this
# process (they serialise through SQLite's own locking), released by the last.
_shared: dict[Path, tuple[WriterLock, int]] = {}
_shared_guard = threading.Lock()


def _acquire_shared(path: Path, operator: str) -> WriterLock:
    key = path.resolve()
    with _shared_guard:
        held = _shared.get(key)
        if held is not None and held[0].held:
            _shared[key] = (held[0], held[1] + 1)
            return held[0]
        lock = acquire_writer_lock(path, operator)
        _shared[key] = (lock, 1)
        return lock


def _release_shared(lock: WriterLock) -> None:
    key = lock.db_path.resolve()
    with _shared_guard:
        held = _shared.get(key)
        if held is None or held[0] is not lock:
            lock.release()
            return
        if held[1] > 1:
            _shared[key] = (lock, held[1] - 1)
            return
        del _shared[key]
    lock.release()


def read_only_url(path: Path, *, immutable: bool = False) -> str:
    """A URL that opens the file without ever writing to it.

    `immutable` is for a folder where SQLite cannot even create its shared-memory
    file for WAL (a read-only share or medium): nobody can write there anyway.
    """
    flags = "immutable=1" if immutable else "mode=ro"
    return f"sqlite:///file:{quote(str(path))}?{flags}&uri=true"


SQLITE_HEADER = b"SQLite format 3\x00"
#: A file with one of these names was meant to be a database: when its header
#: is gone it is a damaged register, not somebody's spreadsheet.
DATABASE_SUFFIXES = frozenset({".sqlite", ".sqlite3", ".db", ".db3"})


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _open_read_only(path: Path) -> tuple[Database, tempfile.TemporaryDirectory[str] | None]:
    """Open without writing; a snapshot copy when changes wait in a -wal we cannot use.

    In a folder SQLite cannot write, a register whose recent changes are still
    in its -wal file can only be opened "immutable", which ignores the -wal:
    the user would see old data. A copy of both files in a temporary folder
    shows everything.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0 and not os.access(path.parent, os.W_OK):
        snapshot = tempfile.TemporaryDirectory(prefix="inl-readonly-")
        copy = Path(snapshot.name) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, Path(f"{copy}-wal"))
        try:
            return open_database(read_only_url(copy), migrate=False, read_only=True), snapshot
        except BaseException:
            snapshot.cleanup()
            raise
    try:
        return open_database(read_only_url(path), migrate=False, read_only=True), None
    except OperationalError:
        db = open_database(read_only_url(path, immutable=True), migrate=False, read_only=True)
        return db, None


def open_register(
    url: str, operator: str, *, write: bool = True, read_only: bool = False, check: bool = True
) -> OpenedRegister:
    """Open the register at `url` for this session.

    `write=False` (reading commands) opens read-only without the lock and
    never migrates or changes the file. Raises `DamagedDatabaseError` when the
    start-up check fails (a damaged register is moved aside only while this
    process holds the writer lock), `LockedError` when another copy of the
    app is writing to it (call again with `read_only=True` to look without
    writing), `NotARegisterError` for a folder or a file that is not SQLite,
    and the `SchemaError`s of `open_database`.
    """
    path = sqlite_path(url)
    if path is None:
        return OpenedRegister(open_database(url), None, read_only)
    warnings = place_warnings(path)
    if path.is_dir():
        raise NotARegisterError(f"{path} is a folder, not a register file")
    exists = path.exists() and path.stat().st_size > 0  # SQLite takes 0 bytes as empty
    meant_as_database = path.suffix.lower() in DATABASE_SUFFIXES or bool(list_backups(path))
    if exists and not _looks_like_sqlite(path) and not meant_as_database:
        raise NotARegisterError(
            f"{path.name} is not an INL Equipment Tracker database "
            "(not an SQLite file); nothing was changed"
        )
    reason = ""
    if not write:
        read_only, reason = True, "opened for reading"
    elif read_only:
        reason = "opened read-only on request"
    elif exists and is_read_only(path):
        read_only, reason = True, "the file or its folder cannot be written"
    lock: WriterLock | None = None
    if not read_only:
        try:
            lock = _acquire_shared(path, operator)
        except LockUnavailableError as exc:
            read_only, reason = True, f"no lock could be taken here ({exc})"
    snapshot: tempfile.TemporaryDirectory[str] | None = None
    try:
        if exists and check:
            report = check_database(path)
            if not report.ok:
                kept = None
                if lock is not None:
                    with contextlib.suppress(OSError):
                        kept = quarantine_damaged(path)
                raise DamagedDatabaseError(path, report.problems, kept, newest_good_backup(path))
        if read_only:
            if not exists:
                raise FileNotFoundError(f"no database at {path}")
            db, snapshot = _open_read_only(path)
            if snapshot is not None:
                reason += "; showing a copy that includes its latest changes"
        else:
            db = open_database(url)
    except BaseException:
        if lock is not None:
            _release_shared(lock)
        raise
    recovered = lock.recovered_from if lock is not None else None
    opened = OpenedRegister(db, lock, read_only, reason, warnings, recovered)
    opened.snapshot = snapshot
    return opened
