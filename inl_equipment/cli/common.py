"""What every sub-command shares: opening the database, the operator, errors."""

from __future__ import annotations

import argparse
import getpass
import os

from inl_equipment.db.schema import SchemaError, open_database
from inl_equipment.db.session import Database, resolve_url
from inl_equipment.paths import default_data_dir


class CliError(Exception):
    """A failure to report as one line on stderr with a non-zero exit code."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    # Accepted after the sub-command too: `inl-equipment demo --db x.sqlite`.
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL")


def operator_name(args: argparse.Namespace) -> str:
    name = getattr(args, "operator", None) or os.environ.get("INL_EQUIPMENT_OPERATOR")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
    return name


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the register named by --db / $INL_EQUIPMENT_DB / the default folder."""
    try:
        url = resolve_url(getattr(args, "db", None), default_data_dir())
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if url.startswith("sqlite:///"):
        from inl_equipment.db.session import sqlite_path

        path = sqlite_path(url)
        if path is not None and not path.exists():
            if not create:
                raise CliError(f"no database at {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return open_database(url)
    except SchemaError as exc:
        raise CliError(str(exc)) from exc
