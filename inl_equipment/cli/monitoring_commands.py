"""Sub-commands for end-use monitoring: inspections, due checks, incidents."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.cli.handover_issue import find_record, parse_date
from inl_equipment.interchange.exporters import write_bytes_atomically
from inl_equipment.services.items import NotFoundError
from inl_equipment.services.register import Register


def add_commands(sub: Any) -> None:
    """Add `inspections`, `due` and `incidents`."""
    listing = sub.add_parser(
        "inspections",
        help="list site checks: number, date, site, items checked, verified, problems",
    )
    add_db_option(listing)
    listing.add_argument("--year", type=int, help="only the checks of this year")
    listing.set_defaults(func=cmd_inspections)

    due = sub.add_parser("due", help="items due for an end-use check within a month")
    add_db_option(due)
    due.add_argument("--overdue", action="store_true", help="only items whose check is overdue")
    due.add_argument("--site", help="only this site (location name in English or Lao, or id)")
    due.add_argument("--date", help="count from this day (YYYY-MM-DD) instead of today")
    due.set_defaults(func=cmd_due)

    incidents = sub.add_parser(
        "incidents", help="list incidents: item, date, type, report reference, status"
    )
    add_db_option(incidents)
    incidents.add_argument("--open", action="store_true", help="only those still open")
    incidents.set_defaults(func=cmd_incidents)

    report = sub.add_parser(
        "eum-report", help="the end-use monitoring report of a year or a range, PDF or XLSX"
    )
    add_db_option(report)
    span = report.add_mutually_exclusive_group(required=True)
    span.add_argument("--year", type=int, help="a calendar year")
    span.add_argument("--from", dest="start", help="first day, YYYY-MM-DD (with --to)")
    report.add_argument("--to", dest="end", help="last day, YYYY-MM-DD (with --from)")
    report.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    report.set_defaults(func=cmd_eum_report)

    for name, what, func in (
        ("incident-report", "an incident's report", cmd_incident_report),
        ("disposal-certificate", "a disposal's certificate", cmd_disposal_certificate),
    ):
        doc = sub.add_parser(name, help=f"write {what} as a bilingual PDF")
        add_db_option(doc)
        doc.add_argument("number", help="its number, e.g. IN-2026-0001 or DS-2026-0001")
        doc.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
        doc.set_defaults(func=func)


def _register(args: argparse.Namespace) -> Register:
    return Register(open_db(args), operator_name(args))


def find_site(register: Register, wanted: str) -> int:
    """The id of the location named `wanted` (English, Lao or id); CliError when none."""
    return find_record(register.reference.lists(("location",))["location"], wanted, "site")


def cmd_inspections(args: argparse.Namespace) -> int:
    """One tab-separated line per inspection."""
    for r in _register(args).monitoring.list_inspections(args.year):
        print(f"{r.number}\t{r.date:%Y-%m-%d}\t{r.site}\t{r.checked}\t{r.verified}\t{r.problems}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    """One line per item due: asset tag, site, last check, due date (overdue marked)."""
    register = _register(args)
    today = parse_date(args.date) if args.date else date.today()
    site = find_site(register, args.site) if args.site else None
    rows = register.monitoring.due(today, overdue_only=args.overdue, location_id=site)
    for r in rows:
        last = r.last_check.isoformat() if r.last_check else "never"
        late = "\toverdue" if r.overdue else ""
        print(f"{r.asset_tag}\t{r.site}\t{last}\t{r.due:%Y-%m-%d}{late}")
    return 0


def cmd_incidents(args: argparse.Namespace) -> int:
    """One tab-separated line per incident."""
    for r in _register(args).monitoring.list_incidents(open_only=args.open):
        status = f"closed: {r.outcome}" if r.outcome else "open"
        print(f"{r.number}\t{r.asset_tag}\t{r.date:%Y-%m-%d}\t{r.kind}\t{r.report_ref}\t{status}")
    return 0


def _period(args: argparse.Namespace) -> tuple[date, date]:
    if args.year is not None:
        if not 1990 <= args.year <= 2100:
            raise CliError(f"--year must be a year such as 2026, not {args.year}")
        if args.end:
            raise CliError("--to goes with --from, not with --year")
        return date(args.year, 1, 1), date(args.year, 12, 31)
    if not args.end:
        raise CliError("--from needs --to")
    start, end = parse_date(args.start), parse_date(args.end)
    if end < start:
        raise CliError("--to is before --from")
    return start, end


def cmd_eum_report(args: argparse.Namespace) -> int:
    """Write the end-use monitoring report and say what it found."""
    if args.output.suffix.lower() not in (".pdf", ".xlsx"):
        raise CliError("the report file must end in .pdf or .xlsx")
    if not args.output.absolute().parent.is_dir():
        raise CliError(f"no folder {args.output.absolute().parent}")
    start, end = _period(args)
    register = _register(args)
    report = register.monitoring.eum_report(start, end)
    register.monitoring.write_eum_report(report, args.output.absolute())
    t = report.totals
    rate = f"{100 * t.verified_held / t.held:.1f} %" if t.held else "n/a"
    print(f"held at start {t.held}\tchecked {t.checked}\tverified {t.verified}\trate {rate}")
    print(f"wrote {args.output.absolute()}")
    return 0


def _write_pdf(args: argparse.Namespace, make: Callable[[str], bytes]) -> int:
    if args.output.suffix.lower() != ".pdf":
        raise CliError("the file must end in .pdf")
    target = args.output.absolute()
    if not target.parent.is_dir():
        raise CliError(f"no folder {target.parent}")
    try:
        data = make(args.number)
    except NotFoundError as exc:
        raise CliError(str(exc)) from exc
    write_bytes_atomically(target, data)
    print(f"wrote {target}")
    return 0


def cmd_incident_report(args: argparse.Namespace) -> int:
    """Write an incident's report PDF."""
    return _write_pdf(args, _register(args).monitoring_documents.incident_pdf)


def cmd_disposal_certificate(args: argparse.Namespace) -> int:
    """Write a disposal's certificate PDF."""
    return _write_pdf(args, _register(args).monitoring_documents.disposal_pdf)


__all__ = ["CliError", "add_commands", "find_site"]
