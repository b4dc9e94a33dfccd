"""The `lots-report` and `use-lot` sub-commands: expiring and used lots; a lot's use.

    inl-equipment lots-report --db register.sqlite --from 2026-01-01 --to 2026-06-30 \\
        -o lots.pdf
    inl-equipment use-lot --db register.sqlite INL-25-000123 --quantity 20 \\
        --date 2026-03-02 --reference "Distribution list 14"
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.interchange.atomic_files import AtomicWriteError
from inl_equipment.interchange.lots_report_files import LotsReportFormatError, report_format
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.lot_use import UseInput
from inl_equipment.services.register import Register


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def add_commands(sub: Any) -> None:
    """Add the `lots-report` and `use-lot` commands."""
    report = sub.add_parser(
        "lots-report",
        help="kits and lots by expiry date, and their use in a period (PDF or XLSX)",
        description="Kits with an expiry date (expired, within 90 days, later) and the uses "
        "recorded from --from to --to.",
    )
    add_db_option(report)
    report.add_argument("-o", "--output", type=Path, required=True, help="a .pdf or .xlsx file")
    report.add_argument("--from", dest="start", type=_day, help="first day of uses (YYYY-MM-DD)")
    report.add_argument("--to", dest="end", type=_day, help="last day of uses (YYYY-MM-DD)")
    report.add_argument("--today", type=_day, help="the day expiry is counted from (default today)")
    report.set_defaults(func=cmd_lots_report)
    use = sub.add_parser(
        "use-lot",
        help="record that part of a lot was used up or distributed",
        description="Lower a lot's quantity by a use; a lot used up leaves the active register.",
    )
    add_db_option(use)
    use.add_argument("tag", metavar="TAG", help="the lot's asset tag")
    use.add_argument("--quantity", type=int, required=True, help="how many were used")
    use.add_argument("--date", dest="when", type=_day, help="when (default today)")
    use.add_argument("--reference", default="", help="distribution list, case number…")
    use.add_argument("--remark", default="")
    use.set_defaults(func=cmd_use_lot)


def cmd_lots_report(args: argparse.Namespace) -> int:
    """Write the report to --output."""
    target = args.output.absolute()
    if args.start and args.end and args.start > args.end:
        raise CliError("--from is after --to")
    try:
        report_format(target)
    except LotsReportFormatError as exc:
        raise CliError(str(exc)) from exc
    register = Register(open_db(args), operator_name(args))
    try:
        data = register.lots.report(args.start, args.end, today=args.today)
        written = register.lots.write_report(data, target)
    except (AtomicWriteError, OSError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        register.close()
    print(f"wrote {len(data.lots):,} lots and {len(data.uses):,} uses to {written}")
    return 0


def cmd_use_lot(args: argparse.Namespace) -> int:
    """Record one use of the lot named by its asset tag."""
    register = Register(open_db(args, write=True, purpose="record a use in"), operator_name(args))
    try:
        item_id = register.items.find_id(args.tag)
        if item_id is None:
            raise CliError(f"no item with asset tag {args.tag}")
        when = args.when or date.today()
        data = UseInput(item_id, args.quantity, when, args.reference, args.remark)
        register.lots.record_use(data)
        left = register.items.get(item_id).values
    except ValidationError as exc:
        raise CliError(next(iter(exc.errors.values()))) from exc
    except NotFoundError as exc:
        raise CliError(str(exc)) from exc
    finally:
        register.close()
    print(f"recorded: {args.quantity:,} used from {args.tag}; {left.quantity:,} {left.unit} left")
    return 0
