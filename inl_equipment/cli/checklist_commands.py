"""Sub-commands for field checklists: write one for a site, import one filled in."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.cli.handover_issue import find_record
from inl_equipment.interchange.checklist_plan import ChecklistPlan
from inl_equipment.interchange.raw_table import ReadError
from inl_equipment.services.checklists import ChecklistError
from inl_equipment.services.eum_vocabulary import result_label
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register


def add_commands(sub: Any) -> None:
    """Add `checklist` and `inspect`."""
    out = sub.add_parser(
        "checklist", help="write the field checklist of a site (or a province) as PDF or XLSX"
    )
    add_db_option(out)
    where = out.add_mutually_exclusive_group(required=True)
    where.add_argument("--site", help="the site: location name in English or Lao, or id")
    where.add_argument("--province", help="every site of a province: name in English or Lao")
    out.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    out.set_defaults(func=cmd_checklist)

    back = sub.add_parser(
        "inspect", help="import a filled checklist (XLSX) as one site check, all or nothing"
    )
    add_db_option(back)
    back.add_argument("file", type=Path, help="the filled checklist")
    back.add_argument("--dry-run", action="store_true", help="check and count, store nothing")
    back.add_argument("--site", help="refuse the sheet unless it is this site's")
    back.set_defaults(func=cmd_inspect)


def _register(args: argparse.Namespace, write: bool = False) -> Register:
    return Register(open_db(args, write=write, purpose="import into"), operator_name(args))


def cmd_checklist(args: argparse.Namespace) -> int:
    """Write the checklist(s) and say where."""
    register = _register(args)
    today = date.today()
    try:
        if args.site:
            site = register.checklists.find_site(args.site)
            if site is None:
                raise CliError(f"no site named {args.site!r}")
            lists = [register.checklists.for_site(site, today)]
        else:
            records = register.reference.lists(("province",))["province"]
            province = find_record(records, args.province, "province")
            lists = register.checklists.for_province(province, today)
        if not lists or not any(c.rows for c in lists):
            raise CliError("no items are registered there: no checklist to write")
        written = register.checklists.write(lists, args.output.absolute())
    except ChecklistError as exc:
        raise CliError(str(exc)) from exc
    for path in written:
        print(f"wrote {path}")
    return 0


def _problems(plan: ChecklistPlan) -> None:
    problems = plan.problems
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        first = str(problems[0]).rstrip(".")
        raise CliError(f"{first}{more}; nothing was stored", exit_code=1)


def cmd_inspect(args: argparse.Namespace) -> int:
    """Preview a filled checklist, then record it unless `--dry-run`."""
    register = _register(args, write=not args.dry_run)
    site = None
    if args.site:
        site = register.checklists.find_site(args.site)
        if site is None:
            raise CliError(f"no site named {args.site!r}")
    try:
        plan = register.checklists.plan(args.file, date.today(), site)
    except (ReadError, OSError) as exc:
        raise CliError(str(exc)) from exc
    _problems(plan)
    for result, count in sorted(plan.counts().items()):
        print(f"{result_label(result)}\t{count}")
    unseen = plan.blank_as_not_seen + plan.missing
    if unseen:
        print(f"note: {unseen} listed item(s) had no result: recorded as not seen")
    if args.dry_run:
        print("dry run: nothing was stored")
        return 0
    try:
        number = register.checklists.record(plan)
    except ValidationError as exc:
        raise CliError(f"{str(exc).rstrip('.')}; nothing was stored", exit_code=1) from exc
    print(f"recorded {number} at {plan.site}")
    return 0
