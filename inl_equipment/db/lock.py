"""Single-writer lock: at most one running copy of the app edits a register.

The lock is a small file beside the database (`<name>.lock`) that records who
holds it, plus an exclusive OS lock on that file held for the life of the
process (`lock_file.py`). The recorded details are only ever *information*;
the OS lock is the truth. When a copy of the app is killed or the laptop
loses power, the OS drops its lock, so the next copy finds the lock file free
and takes it over, reporting whose lock it replaced.

The lock path is never trusted (`lock_file.py` refuses links, folders, pipes
and hard links), and a lock file's content is overwritten only when it is a
lock record, whole or half-written: a file someone else made is left as it is.

Within one process there is one registry of held locks. A lock taken with
`shared=True` is shared by every window of the process that opens the same
register (they serialise through SQLite's own locking) and released by the
last of them; any other second attempt is refused.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType, TracebackType

from inl_equipment.db.lock_file import (
    LockError,
    LockPathError,
    LockUnavailableError,
    close_lock_file,
    not_a_lock_record,
    open_for_reading,
    open_lock_file,
    read_bytes,
    same_file,
    try_lock,
    unlock,
)
from inl_equipment.db.lock_record import (
    APP_NAME,
    MAX_RECORD_BYTES,
    LockInfo,
    is_lock_record,
)
from inl_equipment.i18n import Msg, Text

__all__ = [
    "APP_NAME",
    "LockError",
    "LockHeldByThisProcessError",
    "LockInfo",
    "LockPathError",
    "LockUnavailableError",
    "LockedError",
    "WriterLock",
    "acquire_writer_lock",
    "lock_path_for",
    "read_lock_info",
]

#: Someone probing the lock (read_lock_info) holds it for microseconds; retry briefly.
_ACQUIRE_ATTEMPTS = 5
_RETRY_DELAY_S = 0.04

#: The locks this process holds, by lock file; the one registry of them.
_held: dict[str, WriterLock] = {}
_held_guard = threading.Lock()  # protects _held and share counts; never held while waiting
_acquire_guard = threading.Lock()  # one acquisition at a time within this process


class LockedError(LockError):
    """Another running copy of the app (or this one) holds the writer lock."""

    def __init__(self, message: Text, holder: LockInfo | None) -> None:
        """`message` for people; `holder` as recorded in the lock file, if it could be read."""
        super().__init__(message)
        self.holder = holder


class LockHeldByThisProcessError(LockedError):
    """This process already holds the writer lock for that register."""


class WriterLock:
    """The writer lock of one register, held until `release()` or process exit.

    `recovered_from` is the holder recorded by a copy of the app that died
    without releasing its lock, when this lock was taken over from it.
    `stale_lock_found` is also true when that leftover could not be read.
    A `shared` lock counts its users; each `release()` gives up one use.
    """

    def __init__(
        self,
        db_path: Path,
        lock_path: Path,
        fd: int,
        info: LockInfo,
        recovered_from: LockInfo | None,
        stale_lock_found: bool,
        *,
        shared: bool = False,
        platform: str | None = None,
        locking: ModuleType | None = None,
    ) -> None:
        """A lock whose file `fd` this process has just locked and written `info` to.

        `platform` and `locking` are those it was taken with (see `acquire_writer_lock`).
        """
        self.db_path = db_path
        self.lock_path = lock_path
        self.info = info
        self.recovered_from = recovered_from
        self.stale_lock_found = stale_lock_found
        self.shared = shared
        self._fd: int | None = fd
        self._users = 1
        self._platform = platform
        self._locking = locking

    @property
    def held(self) -> bool:
        """True until the last user has released it."""
        return self._fd is not None

    def release(self) -> None:
        """Give up one use; the last one removes the lock file. Calling it again is harmless."""
        with _held_guard:
            if self._fd is None:
                return
            self._users -= 1
            if self._users > 0:
                return
            fd, self._fd = self._fd, None
            if _held.get(_key(self.lock_path)) is self:
                del _held[_key(self.lock_path)]
        close_lock_file(fd, self.lock_path, platform=self._platform, locking=self._locking)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<WriterLock {self.lock_path} {state} by {self.info.describe().english()}>"


def lock_path_for(db_path: Path) -> Path:
    """The lock file of a register: `<name>.lock` beside it."""
    return db_path.with_name(db_path.name + ".lock")


def acquire_writer_lock(
    db_path: Path,
    operator: str,
    *,
    shared: bool = False,
    platform: str | None = None,
    locking: ModuleType | None = None,
) -> WriterLock:
    """Take the writer lock of the register at `db_path` for `operator`.

    With `shared`, a lock this process already holds the same way is
    returned again (one more use; each use needs its own `release()`).
    Raises `LockedError` (naming the holder) when another copy holds it,
    `LockHeldByThisProcessError` when this process already does (not
    shared), and `LockUnavailableError` when the lock file cannot be created
    or locked there, in which case the caller should open the register
    read-only (its subclass `LockPathError` when the lock path holds a link,
    a folder or a file that is not a lock record: nothing is changed in it).
    `platform` (a `sys.platform` value) and `locking` (the `msvcrt` module or
    a stand-in) let tests take the Windows way on any system.
    """
    lock_path = lock_path_for(Path(os.path.abspath(db_path)))
    key = _key(lock_path)
    with _acquire_guard:
        with _held_guard:
            mine = _held.get(key)
            if mine is not None and mine.held and shared and mine.shared:
                mine._users += 1
                return mine
        if mine is not None:
            raise LockHeldByThisProcessError(
                Msg.translate(
                    "Storage", "this program already has {name} open for editing ({holder})"
                ).format(name=db_path.name, holder=mine.info.describe()),
                mine.info,
            )
        lock = _acquire_new(
            db_path, lock_path, operator, _Os(shared, platform or sys.platform, locking)
        )
        with _held_guard:
            _held[key] = lock
        return lock


@dataclass(frozen=True)
class _Os:
    """How a lock is taken: shared or not, on which platform, with which Windows module."""

    shared: bool
    platform: str
    locking: ModuleType | None


def _acquire_new(db_path: Path, lock_path: Path, operator: str, how: _Os) -> WriterLock:
    """Lock the file (retrying briefly) and record ourselves, or raise `LockedError`."""
    for _attempt in range(_ACQUIRE_ATTEMPTS):
        fd = open_lock_file(lock_path, platform=how.platform)
        if not try_lock(fd, lock_path, platform=how.platform, locking=how.locking):
            os.close(fd)
            time.sleep(_RETRY_DELAY_S)
            continue
        if how.platform != "win32" and not same_file(fd, lock_path):
            # The previous holder removed the file between our open and our lock
            # (or the name was replaced meanwhile: the next open checks it again).
            os.close(fd)
            continue
        return _take(db_path, lock_path, fd, operator, how)
    holder = _read_info(lock_path)
    if holder is None:
        raise LockedError(
            Msg.translate(
                "Storage",
                "{name} is open for editing in another copy of the program "
                "(its details could not be read); it can be opened read-only",
            ).format(name=db_path.name),
            None,
        )
    raise LockedError(
        Msg.translate(
            "Storage",
            "{name} is open for editing by {holder}; "
            "it can be opened read-only until they close it",
        ).format(name=db_path.name, holder=holder.describe()),
        holder,
    )


def read_lock_info(
    db_path: Path, *, platform: str | None = None, locking: ModuleType | None = None
) -> LockInfo | None:
    """Who holds the writer lock right now; None when nobody does.

    A lock file left by a copy of the app that died is not held, so it gives
    None too, and so does a lock path that is not a plain file. Meant for a
    reader that wants to say "open for editing by …". `platform` and `locking`
    as for `acquire_writer_lock`.
    """
    lock_path = lock_path_for(Path(os.path.abspath(db_path)))
    with _held_guard:
        mine = _held.get(_key(lock_path))
        if mine is not None:
            # Opening our own lock file again is avoided: on shares where flock is
            # emulated with POSIX locks, closing that second descriptor would drop ours.
            return mine.info
    fd = open_for_reading(lock_path)
    if fd is None:
        return None
    try:
        free = try_lock(fd, lock_path, shared=True, platform=platform, locking=locking)
        if free:
            unlock(fd, platform=platform, locking=locking)
            return None
    except LockUnavailableError:
        pass  # cannot tell; report what the file says
    finally:
        os.close(fd)
    return _read_info(lock_path)


def _take(db_path: Path, lock_path: Path, fd: int, operator: str, how: _Os) -> WriterLock:
    """Record ourselves in a lock file we have just locked (and checked is a lock file)."""
    try:
        raw = read_bytes(fd, MAX_RECORD_BYTES + 1)
        if not is_lock_record(raw):
            size = os.fstat(fd).st_size
            unlock(fd, platform=how.platform, locking=how.locking)
            os.close(fd)
            raise not_a_lock_record(lock_path, size)
        left_over = raw.decode("utf-8", errors="replace").strip("\x00 \t\r\n")
        info = LockInfo(
            host=socket.gethostname(),
            pid=os.getpid(),
            operator=operator,
            since=datetime.now().astimezone(),
        )
        data = info.to_json().encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
        os.fsync(fd)
    except OSError as exc:
        unlock(fd, platform=how.platform, locking=how.locking)
        os.close(fd)
        raise LockUnavailableError(
            Msg.translate("Storage", "cannot write the lock file {path}: {error}").format(
                path=lock_path, error=exc
            )
        ) from exc
    recovered = LockInfo.from_json(left_over) if left_over else None
    return WriterLock(
        db_path,
        lock_path,
        fd,
        info,
        recovered,
        bool(left_over),
        shared=how.shared,
        platform=how.platform,
        locking=how.locking,
    )


def _read_info(lock_path: Path) -> LockInfo | None:
    # The holder may be between truncating and writing; give it a moment.
    for _attempt in range(_ACQUIRE_ATTEMPTS):
        fd = open_for_reading(lock_path)
        if fd is None:
            return None
        try:
            text = read_bytes(fd, MAX_RECORD_BYTES).decode("utf-8", errors="replace")
        except OSError:
            return None
        finally:
            os.close(fd)
        info = LockInfo.from_json(text)
        if info is not None:
            return info
        time.sleep(_RETRY_DELAY_S)
    return None


def _key(lock_path: Path) -> str:
    return os.path.normcase(os.path.realpath(lock_path))
