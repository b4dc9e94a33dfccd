"""Sub-commands for the register itself: sample data and listing items."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.cli.item_filters import parse_statuses
from inl_equipment.services.columns import COLUMN_BY_KEY, COLUMN_KEYS, format_money
from inl_equipment.services.demo import DemoError, fill_demo
from inl_equipment.services.search import Query, Snapshot

#: The most sample items `demo` makes: ten times a large register, still minutes, not hours.
MAX_DEMO_ITEMS = 1_000_000


def add_commands(sub: Any) -> None:
    """Add the `demo` and `items` commands."""
    demo = sub.add_parser("demo", help="fill an empty database with realistic sample data")
    add_db_option(demo)
    demo.add_argument(
        "--items",
        type=int,
        default=1000,
        help=f"how many items, 1 to {MAX_DEMO_ITEMS:,} (default 1000)",
    )
    demo.add_argument("--seed", type=int, default=2024, help="random seed (same seed, same data)")
    demo.set_defaults(func=cmd_demo)

    items = sub.add_parser("items", help="list items, searched and sorted as in the app")
    add_db_option(items)
    items.add_argument("search", nargs="?", default="", help="search text (as in the search box)")
    items.add_argument("--status", action="append", default=[], help="only this status")
    items.add_argument("--sort", choices=COLUMN_KEYS, help="sort by this column")
    items.add_argument("--desc", action="store_true", help="sort descending")
    items.add_argument("--limit", type=int, default=0, help="print at most N items")
    items.set_defaults(func=cmd_items)


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty register with realistic sample data."""
    if not 1 <= args.items <= MAX_DEMO_ITEMS:
        raise CliError(f"--items must be 1 to {MAX_DEMO_ITEMS:,}, not {args.items:,}")
    db = open_db(args, create=True, write=True)
    try:
        with db.write() as session:
            n = fill_demo(session, args.items, operator_name(args), seed=args.seed)
    except DemoError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.dispose()
    print(f"added {n:,} sample items to {db.path or db.url}")
    return 0


def cmd_items(args: argparse.Namespace) -> int:
    """Search the register and print the matching items, tab-separated."""
    if args.limit < 0:
        raise CliError("--limit must be 0 (no limit) or more")
    db = open_db(args)
    try:
        with db.read() as session:
            snap = Snapshot.load(session.connection())
    finally:
        db.dispose()
    q = Query(
        text=args.search,
        statuses=parse_statuses(args.status),
        sort_key=args.sort,
        descending=args.desc,
    )
    positions = snap.apply(q)
    shown = positions[: args.limit] if args.limit > 0 else positions
    cols = [
        COLUMN_BY_KEY[k]
        for k in ("asset_tag", "serial_number", "description", "status", "holder", "unit_value")
    ]
    out = sys.stdout
    out.write("\t".join(c.header for c in cols) + "\n")
    for i in shown:
        row = snap.rows[i]
        out.write("\t".join(snap.display(row, c).replace("\t", " ") for c in cols) + "\n")
    total = format_money(snap.total_cents(positions))
    print(f"{len(positions):,} of {len(snap):,} items · total value {total}", file=sys.stderr)
    return 0
