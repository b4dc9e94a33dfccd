"""Dated backups of a register, their thinning, and restoring one.

Backups live in `<db dir>/backups/` as `<stem>-YYYYmmdd-HHMMSS[-reason].sqlite`,
the time being the laptop's local time (what a person picking a backup by
date expects). Every backup is a verified single-file copy
(`write_verified_copy`), so any file listed here can be opened on its own.

Callers must hold the writer lock (see `lock.py`) for `make_backup`,
`thin_backups` and `restore_backup`; `restore_backup` also needs every
connection to the register closed first.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from inl_equipment.db.backup import (
    SIDE_SUFFIXES,
    BackupError,
    DiskFullError,
    fsync_dir,
    integrity_ok,
    is_disk_full,
    quarantine_file,
    sqlite_uri,
    write_verified_copy,
)
from inl_equipment.i18n import Msg

BACKUP_DIR_NAME = "backups"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
#: A `.partial` older than this was left by a copy of the app that died mid-backup.
STALE_PARTIAL_AGE_S = 15 * 60
BEFORE_RESTORE = "before-restore"

__all__ = [
    "BACKUP_DIR_NAME",
    "DEFAULT_POLICY",
    "BackupError",
    "BackupInfo",
    "DiskFullError",
    "RetentionPolicy",
    "backup_dir",
    "backup_due",
    "backups_to_keep",
    "list_backups",
    "make_backup",
    "restore_backup",
    "thin_backups",
]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (local time, from its name), size."""

    path: Path
    taken_at: datetime
    size: int
    reason: str | None = None


@dataclass(frozen=True)
class RetentionPolicy:
    """How long backups are kept, every age measured back from "now".

    A backup is kept when it is younger than `keep_all`; or younger than
    `daily` and the newest backup of its calendar day; or younger than
    `weekly` and the newest of its ISO week (Monday to Sunday); or younger
    than `monthly` and the newest of its calendar month. The newest backup
    of all is always kept. Because "newest of its day/week/month" never
    changes for a past period, thinning twice keeps the same as thinning once.
    """

    keep_all: timedelta = timedelta(days=2)
    daily: timedelta = timedelta(days=14)
    weekly: timedelta = timedelta(weeks=8)
    monthly: timedelta = timedelta(days=365)


DEFAULT_POLICY = RetentionPolicy()


def backup_dir(db_path: Path) -> Path:
    """The backups folder of a register: `backups/` beside it."""
    return db_path.parent / BACKUP_DIR_NAME


def backups_to_keep(
    times: Iterable[datetime], now: datetime, policy: RetentionPolicy = DEFAULT_POLICY
) -> set[datetime]:
    """The subset of backup times that `policy` keeps at `now` (a pure function)."""
    times = set(times)
    if not times:
        return set()
    keep = {max(times)}
    tiers: list[tuple[timedelta, Callable[[datetime], Hashable]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for limit, bucket in tiers:
        newest: dict[Hashable, datetime] = {}
        for t in times:
            key = bucket(t)
            if key not in newest or t > newest[key]:
                newest[key] = t
        keep.update(t for t in newest.values() if now - t < limit)
    # Times in the future (the clock was moved) count as recent.
    keep.update(t for t in times if now - t < policy.keep_all)
    return keep


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the register at `db_path`, newest first."""
    folder = backup_dir(db_path)
    pattern = re.compile(
        re.escape(db_path.stem) + r"-(\d{8}-\d{6})(?:-([a-z0-9][a-z0-9-]*))?\.sqlite",
        re.IGNORECASE,
    )
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if not m or not entry.is_file():
            continue
        try:
            taken = datetime.strptime(m.group(1), STAMP_FORMAT)
            st = entry.stat()
        except (ValueError, OSError):
            continue
        # Within one second the name cannot tell which came last; the write time can.
        found.append(
            (taken, st.st_mtime_ns, BackupInfo(Path(entry.path), taken, st.st_size, m.group(2)))
        )
    found.sort(key=lambda f: (f[0], f[1], f[2].path.name), reverse=True)
    return [f[2] for f in found]


def make_backup(db_path: Path, reason: str = "", now: datetime | None = None) -> Path:
    """Write a verified backup of the register into its backups folder.

    Raises `DiskFullError` or `BackupError`; either way the existing backups
    and the register are left as they were.
    """
    if not db_path.is_file():
        raise BackupError(
            Msg.translate("Backups", "cannot back up {path}: the file does not exist").format(
                path=db_path
            )
        )
    folder = backup_dir(db_path)
    _remove_stale_partials(folder)
    target = _unique_name(folder, db_path.stem, _local(now), _clean_reason(reason))
    return write_verified_copy(db_path, target)


def thin_backups(
    db_path: Path, now: datetime | None = None, policy: RetentionPolicy = DEFAULT_POLICY
) -> list[Path]:
    """Delete the backups `policy` no longer keeps; returns the deleted files."""
    backups = list_backups(db_path)
    keep = backups_to_keep([b.taken_at for b in backups], _local(now), policy)
    deleted: list[Path] = []
    for b in backups:
        if b.taken_at in keep:
            continue
        try:
            b.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # e.g. open in a viewer on Windows; try again next time
        deleted.append(b.path)
    return deleted


def backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """True when no backup was taken in the 24 hours before `now`.

    Backups dated in the future (the clock was set back) do not count, so a
    wrong clock cannot stop backups for good.
    """
    at = _local(now)
    return not any(
        timedelta(0) <= at - b.taken_at < timedelta(hours=24) for b in list_backups(db_path)
    )


def restore_backup(backup: Path, db_path: Path, now: datetime | None = None) -> Path | None:
    """Replace the register at `db_path` with `backup`, keeping the current file first.

    The backup is verified before anything is touched. A healthy current file
    is kept as a verified `<stem>-…-before-restore.sqlite` backup; a damaged
    one is moved aside as `<name>.damaged-<time>`. Returns the kept copy, or
    None when there was no current file. Raises `BackupError` when the backup
    is damaged or any step fails; the register is replaced only as the last,
    atomic step.
    This checks the file only; `restore_checks.restore_register` also checks
    that the backup is a register this version can open: commands use that.
    """
    if not integrity_ok(backup):
        raise BackupError(
            Msg.translate("Backups", "the backup {name} is damaged and cannot be restored").format(
                name=backup.name
            )
        )
    at = _local(now)
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        # Copy first: if that fails, nothing about the register has changed yet.
        # A killed restore may have left the copy and its journal: both are stale.
        remove_side_files(tmp, with_file=True)
        # Through SQLite, not a file copy: changes still in the backup's -wal
        # come along (a plain copy would silently drop them).
        try:
            write_verified_copy(backup, tmp)
        except DiskFullError as exc:
            raise DiskFullError(
                Msg.translate(
                    "Backups", "not enough free disk space to restore {name}; nothing changed"
                ).format(name=backup.name)
            ) from exc
        kept = _keep_current(db_path, at) if db_path.exists() else None
        _swap_in(tmp, db_path)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        if is_disk_full(exc):
            raise DiskFullError(
                Msg.translate("Backups", "not enough free disk space to restore {name}").format(
                    name=backup.name
                )
            ) from exc
        raise BackupError(
            Msg.translate("Backups", "could not restore {name}: {error}").format(
                name=backup.name, error=exc
            )
        ) from exc
    except BaseException:
        _discard(tmp)
        raise
    return kept


def _keep_current(db_path: Path, at: datetime) -> Path:
    """Keep the register about to be replaced: a verified backup, or set aside if damaged."""
    if integrity_ok(db_path):
        kept = make_backup(db_path, BEFORE_RESTORE, at)
        _checkpoint(db_path)
        return kept
    return quarantine_file(db_path, at.strftime(STAMP_FORMAT))


def _swap_in(tmp: Path, db_path: Path) -> None:
    """Put the verified copy `tmp` in place of the register, with no stale side files."""
    # A -wal or -shm of the old file would be replayed into the restored one.
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
    os.replace(tmp, db_path)
    fsync_dir(db_path.parent)
    remove_side_files(tmp)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _checkpoint(db_path: Path) -> None:
    """Fold the -wal into the main file so deleting it loses nothing even mid-restore."""
    try:
        con = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True)
        try:
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError(
            Msg.translate("Backups", "cannot restore: {name} cannot be opened ({error})").format(
                name=db_path.name, error=exc
            )
        ) from exc
    if busy:
        raise BackupError(
            Msg.translate(
                "Backups", "cannot restore: {name} is still in use; close it first"
            ).format(name=db_path.name)
        )


def _unique_name(folder: Path, stem: str, at: datetime, reason: str) -> Path:
    # Two backups in one second must not overwrite each other: the first may be
    # the only copy of what a restore is about to replace.
    base = f"{stem}-{at.strftime(STAMP_FORMAT)}"
    tail = f"-{reason}" if reason else ""
    candidate = folder / f"{base}{tail}.sqlite"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}{tail}-{n}.sqlite"
    return candidate


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return cleaned[:40].rstrip("-")


def _local(now: datetime | None) -> datetime:
    """Backup names use naive local time; an aware `now` is converted to it."""
    if now is None:
        return datetime.now().replace(microsecond=0)
    if now.tzinfo is not None:
        return now.astimezone().replace(tzinfo=None)
    return now


def remove_side_files(path: Path, *, with_file: bool = False) -> None:
    """Delete the -journal/-wal/-shm beside `path` (and `path` itself with `with_file`).

    Only for files no connection has open: a copy being written, a stale one.
    """
    names = [f"{path}{suffix}" for suffix in SIDE_SUFFIXES]
    if with_file:
        names.insert(0, str(path))
    for name in names:
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            os.unlink(name)


def _is_partial(name: str) -> bool:
    """A copy in progress (`….sqlite.partial`) or what SQLite left beside one."""
    return name.endswith(".sqlite.partial") or any(
        name.endswith(f".sqlite.partial{suffix}") for suffix in SIDE_SUFFIXES
    )


def _remove_stale_partials(folder: Path) -> None:
    """Delete what a killed backup left: `*.partial` and their -journal/-wal/-shm.

    Only files not written to for `STALE_PARTIAL_AGE_S`: a younger one may
    be a copy another process (the command line) is writing right now.
    """
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return
    cutoff = time.time() - STALE_PARTIAL_AGE_S
    for entry in entries:
        if _is_partial(entry.name):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
