"""Restoring a backup only when opening it would work: checked before anything changes.

`restore_backup` verifies that the file is sound; this also checks it the way
opening a register does (`db/schema.py`): an SQLite file, a schema revision
this version knows and not a newer one, the register's tables. A refused
backup leaves the register and its folder exactly as they were.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from inl_equipment.db.backup import BackupError, sqlite_uri
from inl_equipment.db.backups import restore_backup
from inl_equipment.db.schema import KNOWN_REVISIONS, VERSION_TABLE
from inl_equipment.i18n import Msg

#: Tables every revision of the register has had (a file without them is something else).
REGISTER_TABLES = frozenset({"items", "audit_events", "categories"})


def restore_register(backup: Path, db_path: Path, now: datetime | None = None) -> Path | None:
    """`restore_backup` of a file checked first as opening would check it.

    The backup must be an SQLite file that passes `integrity_check`, stamped
    with a schema revision this version knows (not newer) and holding the
    register's tables; otherwise `BackupError` says why and nothing changed.
    """
    problem = restorable_problem(backup)
    if problem is not None:
        raise BackupError(problem)
    return restore_backup(backup, db_path, now)


def restorable_problem(backup: Path) -> Msg | None:
    """Why `backup` cannot replace a register (checked as opening would), or None.

    Reads only: the file is opened read-only and never changed.
    """
    name = backup.name
    try:
        con = sqlite3.connect(sqlite_uri(backup), uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            rows = con.execute("PRAGMA integrity_check").fetchall()
            revision = None
            if VERSION_TABLE in tables and rows == [("ok",)]:
                found = con.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = found[0] if found else None
        finally:
            con.close()
    except sqlite3.DatabaseError:
        # "file is not a database", "database disk image is malformed"...
        return Msg.translate(
            "Backups",
            "{name} is damaged or not an SQLite database and cannot be restored; nothing changed",
        ).format(name=name)
    if rows != [("ok",)]:
        return Msg.translate(
            "Backups", "the backup {name} is damaged and cannot be restored"
        ).format(name=name)
    if revision is None or not tables >= REGISTER_TABLES:
        return Msg.translate(
            "Backups", "{name} is not an INL Equipment Tracker register; nothing changed"
        ).format(name=name)
    if revision not in KNOWN_REVISIONS:
        return Msg.translate(
            "Backups",
            "the backup {name} was written by a newer version of INL Equipment Tracker "
            "(schema {revision}); install the newer version to restore it; nothing changed",
        ).format(name=name, revision=revision)
    return None
