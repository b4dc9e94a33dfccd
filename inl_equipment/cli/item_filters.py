"""The search and filter options that choose items, shared by `export` and `labels`.

Filters take what a user sees: a status by value or label ("handed_over",
"Handed over"), an agency, province, category or funding source by English
name (any case) or id. A bad value is a `CliError` (one line, exit 2).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from inl_equipment.cli.common import CliError, open_db
from inl_equipment.services.columns import ALL_STATUSES, status_label
from inl_equipment.services.search import Query, RefNames, Snapshot

# option -> (reference table, words for messages)
REF_OPTIONS = {
    "agency": ("agencies", "agency"),
    "province": ("provinces", "province"),
    "category": ("categories", "category"),
    "funding": ("funding", "funding source"),
}


def add_filter_options(parser: Any) -> None:
    """Add --search, --status and one option per reference list to `parser`."""
    parser.add_argument("--search", default="", help="search text (as in the search box)")
    parser.add_argument("--status", action="append", default=[], help="only this status")
    for option, (_, words) in REF_OPTIONS.items():
        parser.add_argument(
            f"--{option}", action="append", default=[], help=f"only this {words} (name or id)"
        )


def load_snapshot(args: argparse.Namespace) -> Snapshot:
    """Every item of the register named by --db, read once."""
    db = open_db(args)
    try:
        with db.read() as session:
            return Snapshot.load(session.connection())
    finally:
        db.dispose()


def query_from_args(
    args: argparse.Namespace,
    snap: Snapshot,
    statuses: frozenset[str] | None = None,
    *,
    sort_key: str | None = None,
    descending: bool = False,
) -> Query:
    """The query the options describe, names resolved against `snap`'s lists."""
    filters = {
        option: resolve_ref(snap.refs, table, words, getattr(args, option))
        for option, (table, words) in REF_OPTIONS.items()
    }
    return Query(
        text=args.search,
        statuses=parse_statuses(args.status) if statuses is None else statuses,
        agencies=filters["agency"],
        provinces=filters["province"],
        categories=filters["category"],
        funding=filters["funding"],
        sort_key=sort_key,
        descending=descending,
    )


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
