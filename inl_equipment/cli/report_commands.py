"""The `handover-register` and `funding-report` sub-commands: the officers' reports to a file.

    inl-equipment handover-register --db register.sqlite --from 2024-01-01 --to 2024-12-31 \\
        -o handovers-2024.pdf
    inl-equipment funding-report --db register.sqlite -o funding.xlsx

The format follows the extension (.pdf, .xlsx, or for the handover register .csv).
"Prepared by" prints `--operator`, else $INL_EQUIPMENT_OPERATOR; never the login
name (a report signed "root" helps nobody): without either, the name is left
blank, to be written in by hand. A bad date, a period that ends before it starts
or an unknown extension is one line on stderr, exit 2, and no file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db
from inl_equipment.formatting import money, number
from inl_equipment.services.report_period import Period, parse_day


def _add_common(parser: argparse.ArgumentParser, formats: str) -> None:
    add_db_option(parser)
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (included)")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (included)")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=f"target file: {formats}"
    )
    # Also accepted before the sub-command; SUPPRESS keeps that value when not given here.
    parser.add_argument(
        "--operator",
        default=argparse.SUPPRESS,
        help="your name, printed as 'Prepared by' (default: $INL_EQUIPMENT_OPERATOR, "
        "else left blank)",
    )


def add_commands(sub: Any) -> None:
    """Add the `handover-register` and `funding-report` commands."""
    register = sub.add_parser(
        "handover-register",
        help="every handover, return and transfer of a period, with totals (PDF, XLSX, CSV)",
        description="Write the handover register of a period (default: all dates) to FILE.",
    )
    _add_common(register, ".pdf, .xlsx or .csv")
    register.set_defaults(func=cmd_handover_register)
    funding = sub.add_parser(
        "funding-report",
        help="items by funding source and agreement: value, federal share, status (PDF, XLSX)",
        description="Write the funding report of the items acquired in a period "
        "(default: all dates) to FILE.",
    )
    _add_common(funding, ".pdf or .xlsx")
    funding.set_defaults(func=cmd_funding_report)


def report_operator(args: argparse.Namespace) -> str:
    """Who prepared the report: `--operator`, `$INL_EQUIPMENT_OPERATOR`, else "" (blank)."""
    name = getattr(args, "operator", None) or os.environ.get("INL_EQUIPMENT_OPERATOR") or ""
    return " ".join(name.split())


def _period(args: argparse.Namespace) -> Period:
    try:
        start = parse_day(args.start) if args.start else None
        end = parse_day(args.end) if args.end else None
        return Period(start, end)
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def _prepare(args: argparse.Namespace, formats: tuple[str, ...]) -> tuple[Period, Path, Any]:
    """Everything checked before the database is opened; the register to read."""
    from inl_equipment.interchange.exporters import ExportError, check_target
    from inl_equipment.interchange.officer_reports import report_format
    from inl_equipment.services.register import Register

    period = _period(args)
    try:
        report_format(args.output, formats)
        target = check_target(args.output)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    operator = report_operator(args)
    if not operator:
        print("note: no --operator given: 'Prepared by' is left blank", file=sys.stderr)
    return period, target, Register(open_db(args), operator)


def cmd_handover_register(args: argparse.Namespace) -> int:
    """Write the handover register of the period to the file."""
    from inl_equipment.interchange.exporters import AtomicWriteError
    from inl_equipment.interchange.officer_reports import HANDOVER_REGISTER_FORMATS

    period, target, register = _prepare(args, HANDOVER_REGISTER_FORMATS)
    report = register.reports.handover_register(period)
    try:
        written = register.reports.write_handover_register(report, target)
    except (AtomicWriteError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    print(
        f"wrote the handover register ({number(report.receipts)} receipts issued, "
        f"{number(report.void_count)} void, total value {money(report.value)}) to {written}"
    )
    return 0


def cmd_funding_report(args: argparse.Namespace) -> int:
    """Write the funding report of the period to the file."""
    from inl_equipment.interchange.exporters import AtomicWriteError
    from inl_equipment.interchange.officer_reports import FUNDING_REPORT_FORMATS

    period, target, register = _prepare(args, FUNDING_REPORT_FORMATS)
    report = register.reports.funding_report(period)
    try:
        written = register.reports.write_funding_report(report, target)
    except (AtomicWriteError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    total = report.total
    print(
        f"wrote the funding report ({number(total.items.count)} items, acquisition value "
        f"{money(total.items.value)}, federal share {money(total.federal_share)}) to {written}"
    )
    return 0
