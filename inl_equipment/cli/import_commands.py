"""`import`: items from a CSV or Excel file, checked row by row, written all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from inl_equipment.cli.common import (
    CliError,
    add_db_option,
    database_url,
    open_db,
    operator_name,
)
from inl_equipment.db.backup import BackupError
from inl_equipment.db.session import Database, ReadOnlyError, sqlite_path
from inl_equipment.interchange.file_identity import SameFileError, refuse_overwrite
from inl_equipment.interchange.import_commit import ImportBlockedError, StaleImportError, commit
from inl_equipment.interchange.import_rejects import write_rejects
from inl_equipment.interchange.import_rows import LABELS
from inl_equipment.interchange.import_source import (
    MAPPINGS_FILE,
    ImportSource,
    initial_mapping,
    read_source,
)
from inl_equipment.interchange.importer import ImportOptions, ImportPlan, plural, prepare
from inl_equipment.interchange.mapping import Mapping
from inl_equipment.interchange.readers import ReadError
from inl_equipment.paths import default_data_dir
from inl_equipment.services.register import Register

#: How many errors and warnings are listed (the counts cover all of them).
SHOWN = 20
_KIND_NAMES = {
    "category": ("category", "categories"),
    "agency": ("agency", "agencies"),
    "location": ("location", "locations"),
    "funding": ("funding source", "funding sources"),
}


def add_commands(sub: Any) -> None:
    """Add the `import` command."""
    p = sub.add_parser(
        "import",
        help="import items from a CSV or Excel (.xlsx) file",
        description="Columns are matched by their headers (Snipe-IT exports too), with the "
        "mapping saved in the app for files of the same shape. Nothing is imported when "
        "any row has an error.",
    )
    add_db_option(p)
    p.add_argument("file", type=Path, help="the .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "fail"),
        default="skip",
        help="an asset tag already in the register: skip the row (default), update the "
        "item, or fail (import nothing)",
    )
    p.add_argument(
        "--create-missing",
        action="store_true",
        help="create the categories, agencies, locations and funding sources the file names "
        "and the register lacks (by default they are errors: the preview lists them)",
    )
    # The former opt-out: creating is now opt-in, so this is what happens anyway.
    p.add_argument("--no-create", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--date-order",
        choices=("mdy", "dmy"),
        help="how to read dates such as 03/04/2024: month/day/year or day/month/year",
    )
    p.add_argument("--sheet", help="the worksheet to read (default: the active one)")
    p.add_argument(
        "--rejects",
        type=Path,
        metavar="FILE",
        help="save the rows with errors to this CSV file, with their problems in a last "
        "column, to fix and import again (written before anything is imported; with "
        "--dry-run too)",
    )
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a CSV/XLSX file (or, with --dry-run, say what it would do)."""
    register_path = sqlite_path(database_url(args))
    if args.rejects is not None:
        # Refused before anything is read or written: the rejects file would replace it.
        try:
            refuse_overwrite(args.rejects, [args.file], register_path)
        except SameFileError as exc:
            raise CliError(f"--rejects: {exc}") from exc
    try:
        source = read_source(args.file, sheet=args.sheet)
    except ReadError as exc:
        raise CliError(str(exc)) from exc
    mappings_path = default_data_dir() / MAPPINGS_FILE
    mapping, saved = initial_mapping(source.table.headers, mappings_path)
    options = ImportOptions(
        on_duplicate=args.on_duplicate,
        create_missing=args.create_missing and not args.no_create,
        date_order=args.date_order,
    )
    db = open_db(args, write=not args.dry_run, purpose="import into")
    try:
        return _run(args, db, source, mapping, saved, options)
    except ReadOnlyError as exc:
        # The register became unwritable between opening and writing.
        raise CliError(f"cannot import: {exc}", exit_code=3) from exc
    finally:
        db.dispose()


def _run(
    args: argparse.Namespace,
    db: Database,
    source: ImportSource,
    mapping: Mapping,
    saved: bool,
    options: ImportOptions,
) -> int:
    """Check the rows, save the rejects, import (unless blocked or a dry run) and back up."""
    plan = prepare(db, source, mapping, options)
    if plan.date_info.needs_choice and args.date_order is None:
        examples = ", ".join(plan.date_info.ambiguous)
        raise CliError(
            f"dates such as {examples} could be month/day or day/month: "
            "pass --date-order mdy or --date-order dmy"
        )
    out = sys.stdout
    describe(plan, saved, out, sys.stderr)
    if args.rejects is not None:
        save_rejects(plan, args.rejects, out, db.path)
    if plan.blocked:
        print_counts(plan, "can import", out)
        print_problems(plan, out)
        why = plan.problems[0] if plan.problems else "fix the rows with errors in the file"
        print(f"nothing imported: {why}", file=sys.stderr)
        return 1
    if args.dry_run:
        print_counts(plan, "would import", out)
        print_problems(plan, out)
        return 0
    try:
        result = commit(db, operator_name(args), plan)
    except (ImportBlockedError, StaleImportError) as exc:
        raise CliError(str(exc), exit_code=1) from exc
    print_counts(plan, "imported", out)
    print_problems(plan, out)
    print(f"recorded as import #{result.import_id} (file SHA-256 {source.sha256})", file=out)
    back_up_after_import(db, operator_name(args), out, sys.stderr)
    return 0


def back_up_after_import(db: Database, operator: str, out: TextIO, err: TextIO) -> None:
    """Keep a verified copy of the register after an import, as the app does."""
    if db.path is None:
        return  # a server database is backed up by its own tools
    try:
        made = Register(db, operator).safety.back_up("import")
    except (BackupError, OSError) as exc:
        # The import itself is committed; only its safety copy is missing.
        print(f"warning: imported, but the backup after the import failed: {exc}", file=err)
        return
    print(f"backup after the import: {made}", file=out)


def save_rejects(plan: ImportPlan, path: Path, out: TextIO, register: Path | None = None) -> None:
    """Write the rows with errors to `path`; a failure stops the command before any import."""
    from inl_equipment.interchange.exporters import AtomicWriteError

    try:
        n = write_rejects(plan, path, register)
    except (AtomicWriteError, OSError) as exc:
        raise CliError(f"cannot save the rejected rows: {exc}") from exc
    print(f"{plural(n, 'row')} with errors saved to {path}", file=out)


def describe(plan: ImportPlan, saved: bool, out: TextIO, err: TextIO) -> None:
    """The file and how its columns are read."""
    table = plan.source.table
    where = f", sheet '{table.sheet_name}'" if table.sheet_name else ""
    print(f"{plan.source.name}{where}: {plural(len(table.rows), 'row')}", file=out)
    for warning in table.warnings:
        print(f"warning: {warning}", file=err)
    mapped = [f"{table.headers[c]} → {LABELS[f]}" for c, f in sorted(plan.mapping.items()) if f]
    ignored = [table.headers[c] for c, f in sorted(plan.mapping.items()) if not f]
    how = "saved mapping" if saved else "columns"
    print(f"{how}: {'; '.join(mapped)}", file=out)
    if ignored:
        print(f"not imported: {', '.join(ignored)}", file=out)
    order = plan.options.date_order or plan.date_info.guess
    if order and plan.date_info.ambiguous_count:
        how = "as given" if plan.options.date_order else "guessed from the other dates"
        words = "month/day/year" if order == "mdy" else "day/month/year"
        print(f"dates read as {words} ({how})", file=out)


def print_counts(plan: ImportPlan, verb: str, out: TextIO) -> None:
    """One line of counts: new, updated, skipped, with errors."""
    c = plan.counts
    left_out = f", {c.error_rows:,} with errors" if c.error_rows else ""
    print(
        f"{verb}: {c.create:,} new, {c.update:,} updated, "
        f"{c.skip + c.unchanged:,} skipped{left_out}",
        file=out,
    )
    made: dict[str, list[str]] = {}
    for ref in plan.new_refs:
        made.setdefault(ref.kind, []).append(ref.name)
    label = "created" if verb == "imported" else "to create"
    for kind, names in made.items():
        quoted = [f"'{n}'" if "," in n else n for n in names[:8]]
        shown = ", ".join(quoted) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        print(f"{label}: {plural(len(names), *_KIND_NAMES[kind])}: {shown}", file=out)


def print_problems(plan: ImportPlan, out: TextIO) -> None:
    """Counts, then the first errors and warnings, rows with the same message together."""
    c = plan.counts
    rows = f" (in {plural(c.error_rows, 'row')})" if c.errors else ""
    print(f"{plural(c.errors, 'error')}{rows}; {plural(c.warnings, 'warning')}", file=out)
    for problem in plan.problems:
        print(f"error: {problem}", file=out)
    for level in ("error", "warning"):
        groups: dict[tuple[str, str], list[int]] = {}
        for row in plan.rows:
            for issue in row.issues:
                # New records are listed once above, not once per row.
                if issue.level == level and not issue.new_record:
                    groups.setdefault((issue.field, issue.message), []).append(row.line)
        for n, ((field, message), lines) in enumerate(groups.items()):
            if n == SHOWN:
                more = plural(len(groups) - SHOWN, f"more {level} message")
                print(f"… and {more}", file=out)
                break
            what = f", {LABELS[field].lower()}" if field else ""
            print(f"{_rows(lines)}{what}: {level}: {message}", file=out)


def _rows(lines: list[int]) -> str:
    if len(lines) == 1:
        return f"row {lines[0]}"
    shown = ", ".join(map(str, lines[:6]))
    more = f" and {len(lines) - 6:,} more" if len(lines) > 6 else ""
    return f"rows {shown}{more}"
