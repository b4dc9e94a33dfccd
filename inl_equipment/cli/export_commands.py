"""The `export` sub-command: the register (searched, filtered, grouped) as PDF, XLSX or CSV.

    inl-equipment export inventory.xlsx --db register.sqlite --status handed_over \\
        --province Savannakhet --group-by agency

Filters take what a user sees: a status by value or label ("handed_over",
"Handed over"), an agency, province, category or funding source by English name
(any case) or id. Every bad argument is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.services.columns import (
    ALL_STATUSES,
    COLUMN_BY_KEY,
    COLUMN_KEYS,
    format_money,
    status_label,
)
from inl_equipment.services.reports import DEFAULT_COLUMNS, DEFAULT_TITLE, GROUP_KEYS, build_report
from inl_equipment.services.search import Query, RefNames, Snapshot

# option -> (reference table, words for messages)
_REF_OPTIONS = {
    "agency": ("agencies", "agency"),
    "province": ("provinces", "province"),
    "category": ("categories", "category"),
    "funding": ("funding", "funding source"),
}


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
    export.add_argument("--search", default="", help="search text (as in the search box)")
    export.add_argument("--status", action="append", default=[], help="only this status")
    for option, (_, words) in _REF_OPTIONS.items():
        export.add_argument(
            f"--{option}", action="append", default=[], help=f"only this {words} (name or id)"
        )
    export.add_argument("--group-by", help="agency, province, status, category or funding")
    export.add_argument(
        "--columns", help="column keys, comma-separated (default: the table's default columns)"
    )
    export.add_argument("--sort", help="sort by this column key")
    export.add_argument("--desc", action="store_true", help="sort descending")
    export.add_argument("--title", default=DEFAULT_TITLE, help="report title")
    export.set_defaults(func=cmd_export)


def _one_of(value: str, allowed: Sequence[str], words: str) -> str:
    if value not in allowed:
        raise CliError(f"unknown {words} {value!r}; expected one of: {', '.join(allowed)}")
    return value


def parse_statuses(values: Sequence[str]) -> frozenset[str]:
    """Statuses by value ("handed_over") or label ("Handed over"), any case."""
    known = {s: s for s in ALL_STATUSES}
    known.update({status_label(s).casefold(): s for s in ALL_STATUSES})
    out = set()
    for value in values:
        key = value.strip().casefold()
        status = known.get(key) or known.get(key.replace(" ", "_"))
        if status is None:
            shown = ", ".join(ALL_STATUSES)
            raise CliError(f"unknown status {value!r}; expected one of: {shown}")
        out.add(status)
    return frozenset(out)


def resolve_ref(refs: RefNames, table: str, words: str, values: Sequence[str]) -> frozenset[int]:
    """Reference ids by English name (any case) or id."""
    names = refs.en.get(table, {})
    by_name = {n.casefold(): i for i, n in names.items()}
    out = set()
    for value in values:
        text = value.strip()
        ref_id = by_name.get(text.casefold())
        if ref_id is None and text.isdigit() and int(text) in names:
            ref_id = int(text)
        if ref_id is None:
            raise CliError(f"unknown {words} {value!r}")
        out.add(ref_id)
    return frozenset(out)


def parse_columns(text: str | None) -> list[str]:
    """Column keys from `--columns a,b,c` (None: the default set)."""
    if not text:
        return list(DEFAULT_COLUMNS)
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
    columns = parse_columns(args.columns)
    if args.sort:
        _one_of(args.sort, tuple(COLUMN_BY_KEY), "sort column")
    statuses = parse_statuses(args.status)
    db = open_db(args)
    try:
        with db.read() as session:
            snap = Snapshot.load(session.connection())
    finally:
        db.dispose()
    filters = {
        option: resolve_ref(snap.refs, table, words, getattr(args, option))
        for option, (table, words) in _REF_OPTIONS.items()
    }
    query = Query(
        text=args.search,
        statuses=statuses,
        agencies=filters["agency"],
        provinces=filters["province"],
        categories=filters["category"],
        funding=filters["funding"],
        sort_key=args.sort,
        descending=args.desc,
    )
    report = build_report(
        snap, query, columns, group_by=group_by, title=args.title, operator=operator_name(args)
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
