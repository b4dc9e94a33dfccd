"""Verified copies of an SQLite database file.

A copy is written with SQLite's online backup API to a temporary file,
checked with `PRAGMA integrity_check`, and only then renamed into place, so
an interrupted or bad copy never replaces a good one.

Rule for the whole module: never `open()` and `close()` a live database file
from Python on POSIX. Closing any descriptor of a file drops every POSIX lock
this process holds on it, including SQLite's own, which is a documented way to
corrupt a database. Everything here goes through sqlite3 connections or works
on other files (copies, temporaries, directories).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

from inl_equipment.formatting import megabytes
from inl_equipment.i18n import Msg, Text

#: SQLite's result code for "database or disk is full".
SQLITE_FULL = 13
_TENTH_MB = 2**20 // 10 + 1
#: What SQLite may leave beside a database file.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


class BackupError(Exception):
    """A backup could not be written or did not pass its check."""


class DiskFullError(BackupError):
    """A copy failed because the disk it was written to is full."""


def sqlite_uri(path: Path, mode: str = "ro", *, immutable: bool = False) -> str:
    """A `file:` URI for `path` that survives `?`, `#`, `%` and spaces in folder names.

    A plain `f"file:{path}"` breaks on a folder such as "OneDrive - INL #2";
    UNC paths need four slashes because SQLite refuses a host in the authority.
    """
    p = os.path.abspath(path)
    if os.sep == "\\":
        p = p.replace("\\", "/")
    # "/tmp/x" -> file:///tmp/x, "C:/x" -> file:///C:/x, "//srv/share/x" -> file:////srv/share/x
    lead = "//" if p.startswith("/") else "///"
    uri = f"file:{lead}{quote(p, safe='/:')}?mode={mode}"
    if immutable:
        uri += "&immutable=1"
    return uri


def integrity_ok(path: Path) -> bool:
    """True when `PRAGMA integrity_check` of the file says ok."""
    try:
        con = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def is_disk_full(exc: BaseException) -> bool:
    """True for the ways "no space left" shows up: ENOSPC/EDQUOT or SQLITE_FULL."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return code is not None and code & 0xFF == SQLITE_FULL
    return False


def fsync_file(path: Path) -> None:
    """Flush a file that this process does not otherwise have open (never the live db)."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable across a power cut (POSIX; Windows has no dir fsync)."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (and network shares) refuse fsync on a directory.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_verified_copy(source: Path, target: Path) -> Path:
    """Copy the live database `source` to `target`, verified, atomically.

    Raises `DiskFullError` when the disk fills up on the way and `BackupError`
    for any other failure; in every case `target` is left as it was and no
    `.partial` file stays behind.
    """
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # A copy killed half-way leaves its -journal: SQLite would roll the
        # new copy back with it, so both go before the copy starts.
        for stale in (tmp, *(Path(f"{tmp}{s}") for s in SIDE_SUFFIXES)):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        src = sqlite3.connect(sqlite_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A single-file copy: no -wal beside it to lose on the way.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if not integrity_ok(tmp):
            raise BackupError(
                Msg.translate("Backups", "the copy of {name} failed its integrity check").format(
                    name=source.name
                )
            )
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        if is_disk_full(exc):
            raise DiskFullError(
                Msg.translate(
                    "Backups",
                    "not enough free disk space in {folder} to back up {name} "
                    "(about {size} needed); the previous backups are unchanged",
                ).format(folder=target.parent, name=source.name, size=_size_mb(source))
            ) from exc
        raise BackupError(
            Msg.translate("Backups", "could not back up {name}: {error}").format(
                name=source.name, error=exc
            )
        ) from exc
    except BaseException:
        _discard(tmp)
        raise
    return target


def quarantine_file(db_path: Path, stamp: str) -> Path:
    """Rename `db_path` and its -wal/-shm/-journal to `<name>.damaged-<stamp>[-wal…]`.

    The side files are moved first: a -wal left beside a vanished database
    would be replayed into whatever file is next created under that name.
    They keep their suffix after the new name so SQLite still pairs them with
    the quarantined file. Returns the new path of the database file.
    """
    base = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while any(Path(f"{base}{s}").exists() for s in ("", "-wal", "-shm", "-journal")):
        n += 1
        base = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{base}{suffix}"))
    os.replace(db_path, base)
    fsync_dir(db_path.parent)
    return base


def _discard(tmp: Path) -> None:
    """Delete a copy that failed, and whatever SQLite left beside it."""
    for path in (tmp, *(Path(f"{tmp}{s}") for s in SIDE_SUFFIXES)):
        with contextlib.suppress(OSError):
            path.unlink()


def _size_mb(path: Path) -> Text:
    try:
        size = path.stat().st_size
    except OSError:
        return Msg.translate("Backups", "unknown size")
    return megabytes(max(size, _TENTH_MB))  # never "0.0 MB": some space is always needed
