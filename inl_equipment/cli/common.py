"""What every sub-command shares: opening the database, the operator, errors."""

from __future__ import annotations

import argparse
import os
import sys

from inl_equipment.db.lock import LockError
from inl_equipment.db.opening import (
    DamagedDatabaseError,
    NotARegisterError,
    OpenedRegister,
    open_register,
)
from inl_equipment.db.schema import SchemaError
from inl_equipment.db.session import Database, resolve_url, sqlite_path
from inl_equipment.paths import default_data_dir, login_name


class CliError(Exception):
    """A failure to report as one line on stderr with a non-zero exit code."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        """A failure with its one-line message and exit code."""
        super().__init__(message)
        self.exit_code = exit_code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Accept `--db` after the sub-command too."""
    # Accepted after the sub-command too: `inl-equipment demo --db x.sqlite`.
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL")


def operator_name(args: argparse.Namespace) -> str:
    """Who runs the command: `--operator`, `$INL_EQUIPMENT_OPERATOR`, else the login name."""
    name = getattr(args, "operator", None) or os.environ.get("INL_EQUIPMENT_OPERATOR")
    return name or login_name()


def database_url(args: argparse.Namespace) -> str:
    """The register's URL from `--db`, the environment or the default folder."""
    try:
        return resolve_url(getattr(args, "db", None), default_data_dir())
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def open_db(
    args: argparse.Namespace, *, create: bool = False, write: bool = False, purpose: str = "change"
) -> Database:
    """Open the register named by --db / $INL_EQUIPMENT_DB / the default folder.

    Writing commands (`write=True`) take the single-writer lock, which is held
    until the process ends; reading commands may run beside a running app. A
    register that can only be opened read-only here (no lock can be taken, a
    read-only file or folder) stops a writing command with one line, exit 3:
    "cannot <purpose> <register>: <why>".
    """
    url = database_url(args)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise CliError(f"no database at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        opened = open_register(url, operator_name(args), write=write or create)
    except (SchemaError, DamagedDatabaseError, LockError, NotARegisterError) as exc:
        raise CliError(str(exc), exit_code=3 if isinstance(exc, LockError) else 2) from exc
    if (write or create) and opened.read_only:
        opened.close()
        where = path if path is not None else "the register"
        why = str(opened.read_only_reason) or "it can only be opened read-only here"
        raise CliError(f"cannot {purpose} {where}: {why}", exit_code=3)
    for warning in opened.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if opened.recovered_from is not None:
        print(f"note: took over a lock left by {opened.recovered_from.describe()}", file=sys.stderr)
    _held.append(opened)
    return opened.db


# Each command's register (and its writer lock), closed when the command ends.
_held: list[OpenedRegister] = []


def close_all() -> None:
    """Close what the command opened and give up its writer lock."""
    while _held:
        _held.pop().close()
