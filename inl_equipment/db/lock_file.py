"""The operating system's side of the writer lock: one lock file, locked or not.

POSIX uses `flock`, which belongs to the open file and is not dropped when
some other descriptor of the file is closed. Windows uses `msvcrt.locking` on
one byte far past the end of the file: Windows byte-range locks are mandatory,
so locking the bytes that hold the JSON would stop others from reading who
holds the lock (SQLite uses the same trick for its own lock bytes).
`db/lock.py` decides what the lock means; this module only takes and drops it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from inl_equipment.i18n import Msg

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

#: Where the Windows lock byte sits: 1 GiB, well past any JSON we write.
_WIN_LOCK_OFFSET = 0x4000_0000
_BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLK", errno.EAGAIN)}


class LockError(Exception):
    """Base class for "this register cannot be opened for editing"."""


class LockUnavailableError(LockError):
    """The lock file cannot be created or locked (read-only folder, unsupported share)."""


def open_lock_file(lock_path: Path) -> int:
    """Open (creating it if needed) the lock file; a descriptor children do not inherit."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    try:
        return os.open(lock_path, flags, 0o644)
    except OSError as exc:
        raise LockUnavailableError(
            Msg.translate(
                "Storage",
                "cannot create the lock file {path} ({error}); "
                "the register can only be opened read-only here",
            ).format(path=lock_path, error=exc.strerror or exc)
        ) from exc


def try_lock(fd: int, lock_path: Path, *, shared: bool = False) -> bool:
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
            Msg.translate(
                "Storage",
                "the lock file {path} cannot be locked here ({error}); "
                "the register can only be opened read-only",
            ).format(path=lock_path, error=exc.strerror or exc)
        ) from exc
    return True


def unlock(fd: int) -> None:
    """Drop our lock on the file (errors ignored: closing drops it anyway)."""
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def close_lock_file(fd: int, lock_path: Path) -> None:
    """Empty, remove and close a lock file we hold, leaving no trace of a holder."""
    # Emptied while still locked: should the file outlive us (Windows cannot
    # delete a file someone is reading), it does not look like a crashed holder.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    if sys.platform == "win32":
        unlock(fd)
        os.close(fd)
        # Fails harmlessly when another copy has already opened the file to take it.
        with contextlib.suppress(OSError):
            lock_path.unlink()
        return
    # Unlink while still locked, and only our own file: anyone who opened it
    # meanwhile notices the name is gone once they get the lock, and retries.
    with contextlib.suppress(OSError):
        if same_file(fd, lock_path):
            lock_path.unlink()
    unlock(fd)
    os.close(fd)


def read_fd(fd: int) -> str:
    """The whole content of an open lock file, as text."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def same_file(fd: int, path: Path) -> bool:
    """True when `path` still names the file open as `fd` (POSIX: not replaced or removed)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (st.st_dev, st.st_ino)
