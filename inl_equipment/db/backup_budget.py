"""Backups that fit on a laptop: only when something changed, within a disk budget.

A backup on every opening of an unchanged register is a second copy of the
same thing; `changed_since_newest_backup` compares the register with its
newest backup by their history (schema revision, newest event id and hash:
every write through the app appends an event). On top of the thinning
policy (`backups.thin_backups`), `enforce_budget` keeps the backups within
`DiskBudget` (at most 10 copies' worth or 2 GB, whichever is smaller) and
the disk above a free-space margin, dropping first the backup whose loss
leaves the smallest gap in time; the newest backup is never dropped.

Callers hold the writer lock, as for every function of `backups.py`.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from inl_equipment.db.backup import DiskFullError, sqlite_uri
from inl_equipment.db.backups import (
    DEFAULT_POLICY,
    BackupInfo,
    RetentionPolicy,
    backup_dir,
    list_backups,
    make_backup,
    thin_backups,
)
from inl_equipment.formatting import megabytes
from inl_equipment.i18n import Msg

GB = 1024**3
#: `shutil.disk_usage` or a stand-in for tests: (total, used, free) of a folder's disk.
DiskUsage = Callable[[Path], Any]


@dataclass(frozen=True)
class DiskBudget:
    """How much the backups of one register may take, and what the disk keeps free.

    The backups take at most `copies` times the newest backup's size or
    `max_bytes`, whichever is smaller; the disk keeps `min_free_share` of its
    size free, but never asks for more than `min_free_bytes` (a large disk).
    """

    copies: int = 10
    max_bytes: int = 2 * GB
    min_free_bytes: int = GB
    min_free_share: float = 0.10

    def limit(self, copy_size: int) -> int:
        """The most the backups may take together, given the size of one copy."""
        return min(self.copies * copy_size, self.max_bytes)

    def margin(self, disk_size: int) -> int:
        """The free space a backup must leave on a disk of `disk_size` bytes."""
        return min(self.min_free_bytes, int(disk_size * self.min_free_share))


DEFAULT_BUDGET = DiskBudget()


@dataclass(frozen=True)
class FolderSize:
    """How many backups a register has and the bytes they take."""

    count: int
    size: int


def folder_size(db_path: Path) -> FolderSize:
    """The number and total size of the register's backups."""
    found = list_backups(db_path)
    return FolderSize(len(found), sum(b.size for b in found))


def fingerprint(path: Path) -> tuple[Any, ...] | None:
    """What changes with every write through the app: revision, newest event id and hash.

    None when the file cannot be read as a register (then a backup is due).
    """
    try:
        con = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            newest = con.execute(
                "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return (revision, newest)


def changed_since_newest_backup(db_path: Path) -> bool:
    """True when the register holds changes its newest backup does not (or has no backup)."""
    found = list_backups(db_path)
    if not found:
        return True
    live = fingerprint(db_path)
    return live is None or live != fingerprint(found[0].path)


def back_up_if_changed(
    db_path: Path,
    reason: str,
    now: datetime | None = None,
    *,
    policy: RetentionPolicy = DEFAULT_POLICY,
    budget: DiskBudget = DEFAULT_BUDGET,
    usage: DiskUsage = shutil.disk_usage,
) -> Path | None:
    """The automatic backup: written only after a change, then thinned and kept in budget.

    Returns the new backup, or None when the newest backup holds the same.
    Raises `DiskFullError` when even after dropping old backups the copy
    would leave less than the budget's free-space margin.
    """
    if not changed_since_newest_backup(db_path):
        return None
    return back_up_within_budget(db_path, reason, now, policy=policy, budget=budget, usage=usage)


def back_up_within_budget(
    db_path: Path,
    reason: str,
    now: datetime | None = None,
    *,
    policy: RetentionPolicy | None = DEFAULT_POLICY,
    budget: DiskBudget = DEFAULT_BUDGET,
    usage: DiskUsage = shutil.disk_usage,
) -> Path:
    """Make room, write a verified backup, thin (unless `policy` is None), keep the budget."""
    ensure_room(db_path, budget, usage)
    made = make_backup(db_path, reason, now)
    if policy is not None:
        thin_backups(db_path, now, policy)
    enforce_budget(db_path, budget, usage)
    return made


def ensure_room(
    db_path: Path, budget: DiskBudget = DEFAULT_BUDGET, usage: DiskUsage = shutil.disk_usage
) -> None:
    """Drop old backups until a new copy leaves the margin free, or raise `DiskFullError`."""
    folder = backup_dir(db_path)
    needed = _file_size(db_path) + _file_size(Path(f"{db_path}-wal"))
    disk = usage(folder if folder.is_dir() else db_path.parent)
    margin = budget.margin(disk.total)
    free = disk.free
    found = list_backups(db_path)
    while free - needed < margin and len(found) > 1:
        victim = _least_needed(found)
        found.remove(victim)
        if _delete(victim):
            free += victim.size
    if free - needed < margin:
        raise DiskFullError(
            Msg.translate(
                "Backups",
                "not enough free disk space for a backup of {name}: {free} free, a copy "
                "needs {needed} and {margin} must stay free; the previous backups are unchanged",
            ).format(
                name=db_path.name,
                free=megabytes(max(free, 0)),
                needed=megabytes(needed),
                margin=megabytes(margin),
            )
        )


def enforce_budget(
    db_path: Path, budget: DiskBudget = DEFAULT_BUDGET, usage: DiskUsage = shutil.disk_usage
) -> list[Path]:
    """Drop backups until they fit the budget and the disk keeps its margin; returns them."""
    found = list_backups(db_path)
    if len(found) <= 1:
        return []
    limit = budget.limit(found[0].size)
    disk = usage(backup_dir(db_path))
    margin, free = budget.margin(disk.total), disk.free
    total = sum(b.size for b in found)
    deleted: list[Path] = []
    while len(found) > 1 and (total > limit or free < margin):
        victim = _least_needed(found)
        found.remove(victim)
        total -= victim.size
        if _delete(victim):
            free += victim.size
            deleted.append(victim.path)
    return deleted


def _least_needed(found: list[BackupInfo]) -> BackupInfo:
    """The backup (never the newest) whose loss leaves the smallest gap between its neighbours.

    The oldest goes last: it is the only copy of the furthest past.
    `found` is newest first, as `list_backups` gives it.
    """
    best, best_gap = found[-1], None
    for i in range(1, len(found) - 1):
        gap = found[i - 1].taken_at - found[i + 1].taken_at
        if best_gap is None or gap <= best_gap:
            best, best_gap = found[i], gap
    return best


def _delete(backup: BackupInfo) -> bool:
    """Delete one backup; False when it cannot be (open in a viewer on Windows)."""
    try:
        backup.path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _file_size(path: Path) -> int:
    with contextlib.suppress(OSError):
        return path.stat().st_size
    return 0
