"""The `labels` sub-command: asset labels (QR code and Code 128) for items, as a PDF.

    inl-equipment labels --db register.sqlite -o labels.pdf --layout L7163 --start 5 \\
        --status handed_over --province Savannakhet
    inl-equipment labels --db register.sqlite -o one.pdf INL-25-000123

Items are chosen by asset tag, or by the same search and filter options as
`export` (all items when neither is given); `--receipt` takes a handover's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.cli.item_filters import (
    add_filter_options,
    load_snapshot,
    query_from_args,
)
from inl_equipment.documents.asset_label_layouts import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    LayoutError,
    Offset,
)
from inl_equipment.interchange.atomic_files import AtomicWriteError
from inl_equipment.services.columns import R_ID
from inl_equipment.services.register import Register


def add_commands(sub: Any) -> None:
    """Add the `labels` command."""
    labels = sub.add_parser(
        "labels",
        help="print asset labels (QR code and Code 128 of each tag) to a PDF",
        description="Asset labels for the items named or found, as sheets of label stock.",
    )
    labels.add_argument("tags", nargs="*", metavar="TAG", help="asset tags (default: as filtered)")
    labels.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    add_db_option(labels)
    labels.add_argument(
        "--layout", default=DEFAULT_LAYOUT, help=f"label stock: {', '.join(LAYOUTS)}"
    )
    labels.add_argument("--start", type=int, default=1, help="first free label on the sheet")
    labels.add_argument("--offset-right", type=float, default=0.0, help="calibration, mm")
    labels.add_argument("--offset-down", type=float, default=0.0, help="calibration, mm")
    labels.add_argument("--logo", type=Path, help="a PNG or JPEG logo for each label")
    labels.add_argument("--receipt", help="the items of this handover receipt (HO-…)")
    labels.add_argument(
        "--alignment", action="store_true", help="print the layout's alignment page instead"
    )
    add_filter_options(labels)
    labels.set_defaults(func=cmd_labels)


def _chosen_items(args: argparse.Namespace, register: Register) -> list[int]:
    if args.receipt:
        ids = register.labels.handover_items(args.receipt)
        if not ids:
            raise CliError(f"no receipt {args.receipt}")
        return ids
    if args.tags:
        ids = []
        for tag in args.tags:
            item_id = register.items.find_id(tag)
            if item_id is None:
                raise CliError(f"no item with asset tag {tag}")
            ids.append(item_id)
        return ids
    snap = load_snapshot(args)
    return [snap.rows[p][R_ID] for p in snap.apply(query_from_args(args, snap))]


def cmd_labels(args: argparse.Namespace) -> int:
    """Write the labels (or the alignment page) to the PDF named by --output."""
    target = args.output.absolute()
    if target.suffix.lower() != ".pdf":
        raise CliError("the file must end in .pdf")
    if not target.parent.is_dir():
        raise CliError(f"no folder {target.parent}")
    offset = Offset(args.offset_right, args.offset_down)
    register = Register(open_db(args), operator_name(args))
    try:
        if args.alignment:
            register.labels.write_alignment_page(target, args.layout, offset)
            print(f"wrote the {args.layout} alignment page to {target}")
            return 0
        ids = _chosen_items(args, register)
        count = register.labels.write_labels(
            ids, target, args.layout, args.start, offset, args.logo
        )
    except (LayoutError, AtomicWriteError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        register.close()
    print(f"wrote {count:,} labels ({args.layout}) to {target}")
    return 0
