"""The data-safety layer in one import: writer lock, backups, health checks.

The code lives in `lock.py`, `backups.py` and `health.py`; this module only
gathers their public names so callers need not know the split.
"""

from __future__ import annotations

from inl_equipment.db.backup import BackupError, DiskFullError, integrity_ok
from inl_equipment.db.backups import (
    DEFAULT_POLICY,
    BackupInfo,
    RetentionPolicy,
    backup_dir,
    backup_due,
    backups_to_keep,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from inl_equipment.db.health import (
    HealthReport,
    check_database,
    is_read_only,
    newest_good_backup,
    place_warnings,
    quarantine_damaged,
)
from inl_equipment.db.lock import (
    LockedError,
    LockError,
    LockHeldByThisProcessError,
    LockInfo,
    LockUnavailableError,
    WriterLock,
    acquire_writer_lock,
    read_lock_info,
)

__all__ = [
    "DEFAULT_POLICY",
    "BackupError",
    "BackupInfo",
    "DiskFullError",
    "HealthReport",
    "LockError",
    "LockHeldByThisProcessError",
    "LockInfo",
    "LockUnavailableError",
    "LockedError",
    "RetentionPolicy",
    "WriterLock",
    "acquire_writer_lock",
    "backup_dir",
    "backup_due",
    "backups_to_keep",
    "check_database",
    "integrity_ok",
    "is_read_only",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "place_warnings",
    "quarantine_damaged",
    "read_lock_info",
    "restore_backup",
    "thin_backups",
]
