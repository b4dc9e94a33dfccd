"""Single-writer lock: at most one running copy of the app edits a register.

The lock is a small file beside the database (`<name>.lock`) that records who
holds it, plus an exclusive OS lock on that file held for the life of the
process. The recorded details are only ever *information*; the OS lock is the
truth. When a copy of the app is killed or the laptop loses power, the OS
drops its lock, so the next copy finds the lock file free and takes it over,
reporting whose lock it replaced.

POSIX uses `flock`, which belongs to the open file and is not dropped when
some other descriptor of the file is closed. Windows uses `msvcrt.locking` on
one byte far past the end of the file: Windows byte-range locks are mandatory,
so locking the bytes that hold the JSON would stop others from reading who
holds the lock (SQLite uses the same trick for its own lock bytes).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from inl_equipment import __version__

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

APP_NAME = f"INL Equipment Tracker {__version__}"
#: Where the Windows lock byte sits: 1 GiB, well past any JSON we write.
_WIN_LOCK_OFFSET = 0x4000_0000
#: Someone probing the lock (read_lock_info) holds it for microseconds; retry briefly.
_ACQUIRE_ATTEMPTS = 5
_RETRY_DELAY_S = 0.04

_held: dict[str, WriterLock] = {}
_held_guard = threading.Lock()  # protects _held; never held while waiting
_acquire_guard = threading.Lock()  # one acquisition at a time within this process


class LockError(Exception):
    """Base class for "this register cannot be opened for editing"."""


class LockedError(LockError):
    """Another running copy of the app (or this one) holds the writer lock."""

    def __init__(self, message: str, holder: LockInfo | None) -> None:
        super().__init__(message)
        self.holder = holder


class LockHeldByThisProcessError(LockedError):
    """This process already holds the writer lock for that register."""


class LockUnavailableError(LockError):
    """The lock file cannot be created or locked (read-only folder, unsupported share)."""


@dataclass(frozen=True)
class LockInfo:
    """Who holds (or held) a writer lock, as recorded in the lock file."""

    host: str
    pid: int
    operator: str
    since: datetime
    app: str = APP_NAME

    def to_json(self) -> str:
        return json.dumps(
            {
                "host": self.host,
                "pid": self.pid,
                "operator": self.operator,
                "since": self.since.isoformat(timespec="seconds"),
                "app": self.app,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        """Parse a lock file's content; None for empty or half-written content."""
        try:
            data = json.loads(text)
            since = datetime.fromisoformat(data["since"])
            if since.tzinfo is None:
                since = since.astimezone()
            return cls(
                host=str(data["host"]),
                pid=int(data["pid"]),
                operator=str(data["operator"]),
                since=since,
                app=str(data.get("app", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def describe(self) -> str:
        """One line for people: who, where, which process, since when (their local time)."""
        when = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.operator} on {self.host} (process {self.pid}) since {when}"


class WriterLock:
    """The writer lock of one register, held until `release()` or process exit.

    `recovered_from` is the holder recorded by a copy of the app that died
    without releasing its lock, when this lock was taken over from it.
    `stale_lock_found` is also true when that leftover could not be read.
    """

    def __init__(
        self,
        db_path: Path,
        lock_path: Path,
        fd: int,
        info: LockInfo,
        recovered_from: LockInfo | None,
        stale_lock_found: bool,
    ) -> None:
        self.db_path = db_path
        self.lock_path = lock_path
        self.info = info
        self.recovered_from = recovered_from
        self.stale_lock_found = stale_lock_found
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up and remove the lock file; calling it twice is harmless."""
        with _held_guard:
            fd, self._fd = self._fd, None
            if _held.get(_key(self.lock_path)) is self:
                del _held[_key(self.lock_path)]
        if fd is None:
            return
        # Emptied while still locked: should the file outlive us (Windows cannot
        # delete a file someone is reading), it does not look like a crashed holder.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            os.close(fd)
            # Fails harmlessly when another copy has already opened the file to take it.
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
        else:
            # Unlink while still locked, and only our own file: anyone who opened it
            # meanwhile notices the name is gone once they get the lock, and retries.
            with contextlib.suppress(OSError):
                if _same_file(fd, self.lock_path):
                    self.lock_path.unlink()
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

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
        return f"<WriterLock {self.lock_path} {state} by {self.info.describe()}>"


def lock_path_for(db_path: Path) -> Path:
    """The lock file of a register: `<name>.lock` beside it."""
    return db_path.with_name(db_path.name + ".lock")


def acquire_writer_lock(db_path: Path, operator: str) -> WriterLock:
    """Take the writer lock of the register at `db_path` for `operator`.

    Raises `LockedError` (naming the holder) when another copy holds it,
    `LockHeldByThisProcessError` when this process already does, and
    `LockUnavailableError` when the lock file cannot be created or locked
    there, in which case the caller should open the register read-only.
    """
    lock_path = lock_path_for(Path(os.path.abspath(db_path)))
    with _acquire_guard:
        with _held_guard:
            mine = _held.get(_key(lock_path))
        if mine is not None:
            raise LockHeldByThisProcessError(
                f"this program already has {db_path.name} open for editing "
                f"({mine.info.describe()})",
                mine.info,
            )
        for _attempt in range(_ACQUIRE_ATTEMPTS):
            fd = _open_lock_file(lock_path)
            if not _try_lock(fd, lock_path):
                os.close(fd)
                time.sleep(_RETRY_DELAY_S)
                continue
            if sys.platform != "win32" and not _same_file(fd, lock_path):
                # The previous holder removed the file between our open and our lock.
                os.close(fd)
                continue
            lock = _take(db_path, lock_path, fd, operator)
            with _held_guard:
                _held[_key(lock_path)] = lock
            return lock
    holder = _read_info(lock_path)
    if holder is None:
        raise LockedError(
            f"{db_path.name} is open for editing in another copy of the program "
            "(its details could not be read); it can be opened read-only",
            None,
        )
    raise LockedError(
        f"{db_path.name} is open for editing by {holder.describe()}; "
        "it can be opened read-only until they close it",
        holder,
    )


def read_lock_info(db_path: Path) -> LockInfo | None:
    """Who holds the writer lock right now; None when nobody does.

    A lock file left by a copy of the app that died is not held, so it gives
    None too. Meant for a reader that wants to say "open for editing by …".
    """
    lock_path = lock_path_for(Path(os.path.abspath(db_path)))
    with _held_guard:
        mine = _held.get(_key(lock_path))
        if mine is not None:
            # Opening our own lock file again is avoided: on shares where flock is
            # emulated with POSIX locks, closing that second descriptor would drop ours.
            return mine.info
    try:
        fd = os.open(lock_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        free = _try_lock(fd, lock_path, shared=True)
        if free:
            _unlock(fd)
            return None
    except LockUnavailableError:
        pass  # cannot tell; report what the file says
    finally:
        os.close(fd)
    return _read_info(lock_path)


def _take(db_path: Path, lock_path: Path, fd: int, operator: str) -> WriterLock:
    """Record ourselves in a lock file we have just locked."""
    try:
        left_over = _read_fd(fd)
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
        _unlock(fd)
        os.close(fd)
        raise LockUnavailableError(f"cannot write the lock file {lock_path}: {exc}") from exc
    recovered = LockInfo.from_json(left_over) if left_over.strip() else None
    return WriterLock(db_path, lock_path, fd, info, recovered, bool(left_over.strip()))


def _open_lock_file(lock_path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    try:
        return os.open(lock_path, flags, 0o644)
    except OSError as exc:
        raise LockUnavailableError(
            f"cannot create the lock file {lock_path} ({exc.strerror or exc}); "
            "the register can only be opened read-only here"
        ) from exc


_BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLK", errno.EAGAIN)}


def _try_lock(fd: int, lock_path: Path, *, shared: bool = False) -> bool:
    """Lock without waiting; False when someone else holds it."""
    try:
        if sys.platform == "win32":
            # msvcrt has no shared locks; a probe takes the byte for an instant.
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _BUSY:
            return False
        raise LockUnavailableError(
            f"the lock file {lock_path} cannot be locked here ({exc.strerror or exc}); "
            "the register can only be opened read-only"
        ) from exc
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _read_fd(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def _read_info(lock_path: Path) -> LockInfo | None:
    # The holder may be between truncating and writing; give it a moment.
    for _attempt in range(_ACQUIRE_ATTEMPTS):
        try:
            text = lock_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        info = LockInfo.from_json(text)
        if info is not None:
            return info
        time.sleep(_RETRY_DELAY_S)
    return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (st.st_dev, st.st_ino)


def _key(lock_path: Path) -> str:
    return os.path.normcase(os.path.realpath(lock_path))
