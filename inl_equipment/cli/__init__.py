"""The command line: argparse sub-commands over the same services as the app.

With no sub-command it starts the GUI. Every failure exits non-zero with one
line on stderr; nothing here imports Qt (the GUI is imported only to start it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import ArgumentError, OperationalError

from inl_equipment import __version__
from inl_equipment.cli import (
    checklist_commands,
    export_commands,
    handover_commands,
    import_commands,
    label_commands,
    lots_commands,
    monitoring_commands,
    register_commands,
    report_commands,
    safety_commands,
    server_commands,
)
from inl_equipment.cli.common import CliError, close_all
from inl_equipment.cli.display import missing_display
from inl_equipment.db.errors import DRIVER_ERRORS

PROG = "inl-equipment"
#: Failures reported in one line: a bad URL, the database, the disk, the driver.
_REPORTED: tuple[type[Exception], ...] = (ArgumentError, OperationalError, OSError, *DRIVER_ERRORS)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Register of donated equipment: handovers, receipts, reports.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        help="database file or SQLAlchemy URL "
        "(default: $INL_EQUIPMENT_DB, else the per-user data folder)",
    )
    parser.add_argument("--operator", help="your name, for the history (default: login name)")
    parser.add_argument(
        "--lang",
        choices=("en", "lo"),
        help="the window's language this time (default: the app's setting, else Windows')",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="make every document and open the window offscreen in a temporary folder; "
        "exit 0 if all worked",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_commands.add_commands(sub)
    safety_commands.add_commands(sub)
    handover_commands.add_commands(sub)
    import_commands.add_commands(sub)
    export_commands.add_commands(sub)
    label_commands.add_commands(sub)
    lots_commands.add_commands(sub)
    monitoring_commands.add_commands(sub)
    checklist_commands.add_commands(sub)
    report_commands.add_commands(sub)
    server_commands.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (no command: start the app); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.smoke_test:
        from inl_equipment import smoke

        return smoke.run()
    if args.command is None:
        return gui_main(args.db, args.lang)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ImportError as exc:
        # A database URL whose driver is not installed (postgresql://…).
        print(f"{PROG}: error: cannot use that database: {_one_line(exc)}", file=sys.stderr)
        return 2
    except _REPORTED as exc:
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    finally:
        close_all()


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


def gui_main(db: str | None = None, lang: str | None = None) -> int:
    """Start the desktop app (the Windows shortcut's entry point); exit 2 with no display."""
    why = missing_display(os.environ)
    if why is not None:
        print(f"{PROG}: error: {why}", file=sys.stderr)
        return 2
    from inl_equipment.app import run

    return run(db, lang)
