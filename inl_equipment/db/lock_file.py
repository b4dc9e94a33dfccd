"""The operating system's side of the writer lock: one lock file, locked or not.

POSIX uses `flock`, which belongs to the open file and is not dropped when
some other descriptor of the file is closed. Windows uses `msvcrt.locking` on
one byte far past the end of the file: Windows byte-range locks are mandatory,
so locking the bytes that hold the JSON would stop others from reading who
holds the lock (SQLite uses the same trick for its own lock bytes).
`db/lock.py` decides what the lock means; this module only takes and drops it.

The lock path is never trusted to be a lock file: it is opened without
following a link (`O_NOFOLLOW`; on Windows a reparse point is refused first),
and anything but a plain file with one name (a link, a folder, a pipe, a
device, a hard link to someone's document) is refused before a byte of it is
changed. Every function takes the platform (a `sys.platform` value) and the
Windows locking module as arguments, so the Windows branches run in tests on
any system with a stand-in for `msvcrt`.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import stat
import sys
from pathlib import Path
from types import ModuleType

from inl_equipment.i18n import Msg

if sys.platform != "win32":
    import fcntl

#: Where the Windows lock byte sits: 1 GiB, well past any JSON we write.
_WIN_LOCK_OFFSET = 0x4000_0000
_BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLK", errno.EAGAIN)}
#: What `open` with O_NOFOLLOW reports for a link (Linux, macOS: ELOOP; FreeBSD: EMLINK).
_LINK_ERRNOS = {errno.ELOOP, errno.EMLINK}
_FILE_ATTRIBUTE_REPARSE_POINT = 0x400
#: Not on Windows; `O_NONBLOCK` keeps a planted pipe from stalling the open.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_WIN_FLAGS = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


class LockError(Exception):
    """Base class for "this register cannot be opened for editing"."""


class LockUnavailableError(LockError):
    """The lock file cannot be created or locked (read-only folder, unsupported share)."""


class LockPathError(LockUnavailableError):
    """Something that is not our lock file sits at the lock path; nothing was changed in it."""


def open_lock_file(lock_path: Path, *, platform: str | None = None) -> int:
    """Open (creating it if needed) the lock file; a descriptor children do not inherit.

    Raises `LockPathError` when the path is a link, a folder or anything but
    a plain file, and `LockUnavailableError` when it cannot be created.
    """
    if _platform(platform) == "win32":
        _refuse_link(lock_path)  # Windows has no O_NOFOLLOW: look before opening
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW | _WIN_FLAGS, 0o644)
    except OSError as exc:
        _refuse_odd_path(lock_path, exc)
        raise LockUnavailableError(
            Msg.translate(
                "Storage",
                "cannot create the lock file {path} ({error}); "
                "the register can only be opened read-only here",
            ).format(path=lock_path, error=exc.strerror or exc)
        ) from exc
    try:
        _refuse_odd_file(fd, lock_path)
    except BaseException:
        os.close(fd)
        raise
    if hasattr(os, "O_NONBLOCK"):
        os.set_blocking(fd, True)  # only needed while a pipe might have been opened
    return fd


def open_for_reading(lock_path: Path) -> int | None:
    """A read-only descriptor of the lock file, None when it is absent or not a plain file."""
    try:
        fd = os.open(lock_path, os.O_RDONLY | _NO_FOLLOW | _WIN_FLAGS)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode) or os.path.islink(lock_path):
        os.close(fd)
        return None
    return fd


def _refuse_link(lock_path: Path) -> None:
    """Raise `LockPathError` when the path is a symbolic link, junction or other reparse point."""
    try:
        st = os.lstat(lock_path)
    except OSError:
        return  # nothing there yet (or unreadable: the open reports that)
    reparse = getattr(st, "st_file_attributes", 0) & _FILE_ATTRIBUTE_REPARSE_POINT
    if stat.S_ISLNK(st.st_mode) or reparse:
        raise _path_error(lock_path, Msg.translate("Storage", "a link to another place"))


def _refuse_odd_path(lock_path: Path, exc: OSError) -> None:
    """Raise `LockPathError` when the open failed because of what sits at the path."""
    if exc.errno in _LINK_ERRNOS or os.path.islink(lock_path):
        raise _path_error(lock_path, Msg.translate("Storage", "a link to another place")) from exc
    with contextlib.suppress(OSError):
        kind = _kind(os.lstat(lock_path).st_mode)
        if kind is not None:
            raise _path_error(lock_path, kind) from exc


def _refuse_odd_file(fd: int, lock_path: Path) -> None:
    """Raise `LockPathError` unless `fd` is a plain file with no other name."""
    st = os.fstat(fd)
    kind = _kind(st.st_mode)
    if kind is not None:
        raise _path_error(lock_path, kind)
    if st.st_nlink > 1:
        # Truncating a hard link would empty the file behind its other names.
        raise _path_error(lock_path, Msg.translate("Storage", "a file that has other names"))


def _kind(mode: int) -> Msg | None:
    """What a path that is not a plain file is, for people; None for a plain file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return Msg.translate("Storage", "a link to another place")
    if stat.S_ISDIR(mode):
        return Msg.translate("Storage", "a folder")
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return Msg.translate("Storage", "a pipe or socket")
    return Msg.translate("Storage", "a device or other special file")


def _path_error(lock_path: Path, kind: Msg) -> LockPathError:
    return LockPathError(
        Msg.translate(
            "Storage",
            "the lock file {path} is {kind}, not a lock file; nothing was changed in it, "
            "and the register can only be opened read-only until it is moved away",
        ).format(path=lock_path, kind=kind)
    )


def not_a_lock_record(lock_path: Path, size: int) -> LockPathError:
    """The error for a plain file at the lock path whose content is not a lock record."""
    return LockPathError(
        Msg.translate(
            "Storage",
            "the lock file {path} holds something else ({size} bytes); nothing was changed "
            "in it, and the register can only be opened read-only until it is moved away",
        ).format(path=lock_path, size=size)
    )


def try_lock(
    fd: int,
    lock_path: Path,
    *,
    shared: bool = False,
    platform: str | None = None,
    locking: ModuleType | None = None,
) -> bool:
    """Lock without waiting; False when someone else holds it.

    Args:
        fd: the open lock file.
        lock_path: its path, for messages.
        shared: a shared (probing) lock; Windows has none, a probe takes the byte for an instant.
        platform: a `sys.platform` value; default: this system's.
        locking: the `msvcrt` module (or a stand-in) used on Windows; default: the real one.
    """
    try:
        if _platform(platform) == "win32":
            win = _msvcrt(locking)
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            win.locking(fd, win.LK_NBLCK, 1)
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


def unlock(fd: int, *, platform: str | None = None, locking: ModuleType | None = None) -> None:
    """Drop our lock on the file (errors ignored: closing drops it anyway)."""
    with contextlib.suppress(OSError):
        if _platform(platform) == "win32":
            win = _msvcrt(locking)
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            win.locking(fd, win.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def close_lock_file(
    fd: int, lock_path: Path, *, platform: str | None = None, locking: ModuleType | None = None
) -> None:
    """Empty, remove and close a lock file we hold, leaving no trace of a holder."""
    # Emptied while still locked: should the file outlive us (Windows cannot
    # delete a file someone is reading), it does not look like a crashed holder.
    # `fd` is the plain file we checked and locked, never whatever the path names now.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    if _platform(platform) == "win32":
        unlock(fd, platform=platform, locking=locking)
        os.close(fd)
        # Fails harmlessly when another copy has already opened the file to take it.
        with contextlib.suppress(OSError):
            if not os.path.islink(lock_path):
                lock_path.unlink()
        return
    # Unlink while still locked, and only our own file: anyone who opened it
    # meanwhile notices the name is gone once they get the lock, and retries.
    with contextlib.suppress(OSError):
        if same_file(fd, lock_path):
            lock_path.unlink()
    unlock(fd, platform=platform, locking=locking)
    os.close(fd)


def read_fd(fd: int) -> str:
    """The whole content of an open lock file, as text."""
    return read_bytes(fd).decode("utf-8", errors="replace")


def read_bytes(fd: int, limit: int = 1 << 20) -> bytes:
    """Up to `limit` bytes from the start of an open file."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := os.read(fd, min(65536, limit - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def same_file(fd: int, path: Path) -> bool:
    """True when `path` still names the file open as `fd` (POSIX: not replaced or removed).

    A link at `path` is never the same file, even when it points to it.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (st.st_dev, st.st_ino)


def _platform(platform: str | None) -> str:
    return sys.platform if platform is None else platform


def _msvcrt(locking: ModuleType | None) -> ModuleType:
    """The Windows locking module: the one given, else the real `msvcrt` (only on Windows)."""
    return locking if locking is not None else importlib.import_module("msvcrt")
