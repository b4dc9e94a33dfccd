"""The `export` sub-command: the register (searched, filtered, grouped) as PDF, XLSX or CSV.

    inl-equipment export inventory.xlsx --db register.sqlite --status handed_over \\
        --province Savannakhet --group-by agency

Without --columns a PDF prints the report's standard columns, one line an item
(`services.report_columns`); `--operator` names who prepared it.

Filters take what a user sees: a status by value or label ("handed_over",
"Handed over"), an agency, province, category or funding source by English name
(any case) or id. Every bad argument is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, operator_name
from inl_equipment.cli.item_filters import (
    add_filter_options,
    load_snapshot,
    parse_statuses,
    query_from_args,
)
from inl_equipment.services.columns import COLUMN_BY_KEY, COLUMN_KEYS, format_money
from inl_equipment.services.reports import (
    DEFAULT_COLUMNS,
    DEFAULT_TITLE,
    GROUP_KEYS,
    PDF_COLUMNS,
    build_report,
)


def add_commands(sub: Any) -> None:
    """Add the `export` command."""
    export = sub.add_parser(
        "export",
        help="export the register as a PDF report, an Excel workbook or CSV",
        description="Export items (searched and filtered as in the app) to FILE.",
    )
    export.add_argument("file", metavar="FILE", help="target file: .pdf, .xlsx or .csv")
    add_db_option(export)
    # Choices are checked in cmd_export, so that a mistake is one line, not a usage block.
    export.add_argument("--format", help="pdf, xlsx or csv (default: from FILE's extension)")
    add_filter_options(export)
    export.add_argument("--group-by", help="agency, province, status, category or funding")
    export.add_argument(
        "--columns",
        help="column keys, comma-separated (default: for a PDF, the report's standard columns; "
        "else the table's default columns)",
    )
    export.add_argument("--sort", help="sort by this column key")
    export.add_argument("--desc", action="store_true", help="sort descending")
    export.add_argument("--title", default=DEFAULT_TITLE, help="report title")
    # Also accepted before the sub-command; SUPPRESS keeps that value when not given here.
    export.add_argument(
        "--operator",
        default=argparse.SUPPRESS,
        help="your name, printed as 'Prepared by' (default: $INL_EQUIPMENT_OPERATOR, "
        "else the login name)",
    )
    export.set_defaults(func=cmd_export)


def _one_of(value: str, allowed: Sequence[str], words: str) -> str:
    if value not in allowed:
        raise CliError(f"unknown {words} {value!r}; expected one of: {', '.join(allowed)}")
    return value


def parse_columns(text: str | None, fmt: str = "xlsx") -> list[str]:
    """Column keys from `--columns a,b,c` (None: the default set for the format `fmt`)."""
    if not text:
        return list(PDF_COLUMNS if fmt == "pdf" else DEFAULT_COLUMNS)
    keys = [k.strip() for k in text.split(",") if k.strip()]
    if not keys:
        raise CliError("--columns needs at least one column key")
    for key in keys:
        _one_of(key, COLUMN_KEYS, "column")
    return keys


def cmd_export(args: argparse.Namespace) -> int:
    """Export the register (as filtered) to PDF, XLSX or CSV."""
    # Imported here: the writers (ReportLab, xlsxwriter) would slow every other command.
    from inl_equipment.interchange.exporters import (
        FORMATS,
        AtomicWriteError,
        check_target,
        export_report,
        format_for_path,
    )

    # Check everything that needs no database first: a typo fails at once.
    try:
        fmt = (
            _one_of(args.format.lower(), tuple(FORMATS), "format")
            if args.format
            else format_for_path(args.file)
        )
        target = check_target(args.file)
    except AtomicWriteError as exc:  # ExportError, or no temporary file
        raise CliError(str(exc)) from exc
    group_by = _one_of(args.group_by, GROUP_KEYS, "grouping") if args.group_by else None
    columns = parse_columns(args.columns, fmt)
    if args.sort:
        _one_of(args.sort, tuple(COLUMN_BY_KEY), "sort column")
    statuses = parse_statuses(args.status)
    snap = load_snapshot(args)
    query = query_from_args(args, snap, statuses, sort_key=args.sort, descending=args.desc)
    report = build_report(
        snap,
        query,
        columns,
        group_by=group_by,
        title=args.title,
        operator=operator_name(args),
        standard_columns=not args.columns,
    )
    try:
        result = export_report(report, target, fmt)
    except AtomicWriteError as exc:  # ExportError, or no temporary file
        raise CliError(str(exc)) from exc
    total = format_money(report.total_cents)
    print(f"exported {result.rows:,} items (total value {total}) to {result.path}")
    for warning in result.warnings:  # nothing is lost: the text is in the file, said where
        print(f"warning: {warning}", file=sys.stderr)
    if not result.rows:
        print("note: no item matched the search and filters", file=sys.stderr)
    return 0
