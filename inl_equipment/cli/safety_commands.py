"""Sub-commands that keep the register safe: check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, database_url, operator_name
from inl_equipment.db.backup import BackupError, write_verified_copy
from inl_equipment.db.backups import make_backup
from inl_equipment.db.health import check_database
from inl_equipment.db.lock import LockError, acquire_writer_lock
from inl_equipment.db.readable import open_readable
from inl_equipment.db.restore_checks import restore_register
from inl_equipment.db.schema import SchemaError, open_database
from inl_equipment.db.session import sqlite_path
from inl_equipment.services.custody_check import check_custody
from inl_equipment.services.history_check import verify_history


def add_commands(sub: Any) -> None:
    """Add the `check`, `backup` and `restore` commands."""
    check = sub.add_parser("check", help="check the file, its links and the history's hash chain")
    add_db_option(check)
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", help="write a verified backup copy")
    add_db_option(backup)
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        help="where to write it (default: the backups folder beside the register)",
    )
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help="replace the register with a backup (the current file is kept as a backup first)",
    )
    add_db_option(restore)
    restore.add_argument("backup", type=Path, help="the backup file to restore")
    restore.set_defaults(func=cmd_restore)


def _path(args: argparse.Namespace) -> Path:
    path = sqlite_path(database_url(args))
    if path is None:
        raise CliError("check, backup and restore work on an SQLite file")
    return path


def cmd_check(args: argparse.Namespace) -> int:
    """Check the file, its foreign keys and the history's hash chain (exit 1 on a problem)."""
    path = _path(args)
    if not path.is_file():
        raise CliError(f"no database file at {path}")
    report = check_database(path, full=True)
    if not report.ok:
        raise CliError(f"damaged: {report.problems[0]}", exit_code=1)
    # Read-only, never writing: checking a file (a backup, one in a read-only
    # folder, one a crash left a journal beside) must not change it.
    with open_readable(path) as readable:
        try:
            db = open_database(readable.url(), migrate=False, read_only=True)
        except SchemaError as exc:
            raise CliError(str(exc), exit_code=1) from exc
        try:
            with db.read() as session:
                history = verify_history(session)
                custody = check_custody(session)
        finally:
            db.dispose()
    if history.first_broken_id is not None:
        raise CliError(
            f"history broken at event {history.first_broken_id}: {history.reason}", exit_code=1
        )
    if history.problem is not None:
        raise CliError(f"history: {history.problem}", exit_code=1)
    if custody.problem is not None:
        raise CliError(f"custody: {custody.problem}", exit_code=1)
    print(
        f"ok: {path.name} passed integrity_check and foreign_key_check; "
        f"history chain of {history.events:,} events verified, anchored, "
        "and every item matches its history; "
        f"each of {custody.handed_over:,} handed-over items is on one live receipt"
        + (f" ({custody.legacy:,} handed over before this register)" if custody.legacy else "")
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified backup copy."""
    path = _path(args)
    if not path.is_file():
        raise CliError(f"no database at {path}")
    try:
        target = (
            write_verified_copy(path, args.output.absolute())
            if args.output
            else make_backup(path, "manual")
        )
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"backup written and verified: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the register by a backup (the current file is kept first)."""
    path = _path(args)
    if not args.backup.is_file():
        raise CliError(f"no backup file at {args.backup}")
    if path.is_dir():
        raise CliError(f"{path} is a folder, not a register file")
    try:
        with acquire_writer_lock(path, operator_name(args)):
            kept = restore_register(args.backup.absolute(), path)
    except LockError as exc:
        raise CliError(str(exc), exit_code=3) from exc
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"restored {args.backup.name} into {path.name}"
        + (f"; the previous file is kept as {kept}" if kept else "")
    )
    return 0
