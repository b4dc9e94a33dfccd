"""Opening a register safely: place warnings, start-up check, writer lock, read-only.

The order matters: a damaged file is moved aside before anything opens it
for writing; the writer lock is taken before a migration can run; a file or
folder we cannot write is opened read-only and never written to.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.exc import OperationalError

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

    def close(self) -> None:
        self.db.dispose()
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


def _open_read_only(path: Path) -> Database:
    try:
        return open_database(read_only_url(path), migrate=False, read_only=True)
    except OperationalError:
        return open_database(read_only_url(path, immutable=True), migrate=False, read_only=True)


def open_register(
    url: str, operator: str, *, write: bool = True, read_only: bool = False, check: bool = True
) -> OpenedRegister:
    """Open the register at `url` for this session.

    Raises `DamagedDatabaseError` when the start-up check fails (the file is
    then moved aside), `LockedError` when another copy of the app is writing
    to it (call again with `read_only=True` to look without writing), and
    the `SchemaError`s of `open_database`.
    """
    path = sqlite_path(url)
    if path is None:
        return OpenedRegister(open_database(url), None, read_only)
    warnings = place_warnings(path)
    exists = path.exists()
    if exists and check:
        report = check_database(path)
        if not report.ok:
            kept = quarantine_damaged(path) if write and not read_only else None
            raise DamagedDatabaseError(path, report.problems, kept, newest_good_backup(path))
    reason = ""
    if read_only:
        reason = "opened read-only on request"
    elif exists and is_read_only(path):
        read_only, reason = True, "the file or its folder cannot be written"
    lock: WriterLock | None = None
    if write and not read_only:
        try:
            lock = _acquire_shared(path, operator)
        except LockUnavailableError as exc:
            read_only, reason = True, f"no lock could be taken here ({exc})"
    try:
        if read_only:
            if not exists:
                raise FileNotFoundError(f"no database at {path}")
            db = _open_read_only(path)
        else:
            db = open_database(url)
    except BaseException:
        if lock is not None:
            _release_shared(lock)
        raise
    recovered = lock.recovered_from if lock is not None else None
    return OpenedRegister(db, lock, read_only, reason, warnings, recovered)
