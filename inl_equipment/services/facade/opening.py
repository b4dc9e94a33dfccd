"""Opening a register for the app and the command line, and what is asked first.

The UI calls these instead of reaching into `db/`: the place check, the
restore of a damaged register's newest good backup, and the opening itself.
"""

from __future__ import annotations

from pathlib import Path

from inl_equipment.db.health import place_warnings
from inl_equipment.db.lock import acquire_writer_lock
from inl_equipment.db.opening import open_register
from inl_equipment.db.restore_checks import restore_register
from inl_equipment.db.session import resolve_url, sqlite_path
from inl_equipment.i18n import Msg, Text
from inl_equipment.services.register import Register


def database_url(db: str | None, default_dir: Path | None) -> str:
    """The SQLAlchemy URL for `--db` (path or URL), the environment or the default folder."""
    return resolve_url(db, default_dir)


def database_file(url: str) -> Path | None:
    """The file behind an SQLite URL (None for a server database)."""
    return sqlite_path(url)


def unsafe_place_warnings(path: Path) -> list[Text]:
    """Why the folder of `path` is unsafe for a register (network share, synced folder)."""
    return list(place_warnings(path))


def restore_damaged(path: Path, backup: Path) -> None:
    """Put `backup` in place of the damaged register at `path`, under the writer lock.

    The backup is checked as opening would check it before anything is replaced.
    """
    with acquire_writer_lock(path, "restore"):
        restore_register(backup, path)


def open_for_app(url: str, operator: str, *, read_only: bool = False) -> Register:
    """Open the register at `url` for a window (checks, writer lock, read-only fallback).

    The start-up check may still be running when this returns (it overlaps
    building and painting the window): call `Register.finish_opening()`.
    """
    opened = open_register(url, operator, read_only=read_only, overlap_check=True)
    try:
        register = Register(opened.db, operator, opened)
        if register.shared.on_server and register.shared.role() in (None, "viewer"):
            # The server refuses a viewer's writes anyway; the window offers none.
            register.restrict_to_reading(
                Msg.translate(
                    "Register", "your role on this server lets you read, print and export"
                )
            )
        return register
    except BaseException:
        opened.close()
        raise
