"""Sub-commands for handovers: issue, list, write a receipt, verify a printed one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.cli.handover_issue import add_issue_commands
from inl_equipment.i18n import translate
from inl_equipment.interchange.exporters import write_bytes_atomically
from inl_equipment.services.register import Register


def add_commands(sub: Any) -> None:
    """Add the `handovers`, `receipt` and `verify` commands, and those that issue receipts."""
    add_issue_commands(sub)
    listing = sub.add_parser("handovers", help="list handovers, one line each")
    add_db_option(listing)
    listing.add_argument("search", nargs="?", default="", help="number, unit, officer or tag")
    listing.set_defaults(func=cmd_handovers)

    receipt = sub.add_parser("receipt", help="write the PDF receipt of a handover")
    add_db_option(receipt)
    receipt.add_argument("number", help="receipt number, e.g. HR-2026-0001")
    receipt.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    receipt.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    receipt.add_argument(
        "--original",
        action="store_true",
        help="do not mark it COPY (the first print of a new receipt)",
    )
    receipt.set_defaults(func=cmd_receipt)

    verify = sub.add_parser(
        "verify",
        help="check the text of a receipt's QR code against "
        "the register (exit 0: matches, 1: does not)",
    )
    add_db_option(verify)
    verify.add_argument("qr_text", help="exactly what a scanner reads from the QR code")
    verify.set_defaults(func=cmd_verify)


def _register(args: argparse.Namespace) -> Register:
    return Register(open_db(args), operator_name(args))


def cmd_handovers(args: argparse.Namespace) -> int:
    """List handovers, one tab-separated line each."""
    for row in _register(args).handovers.list(args.search):
        party = row.from_name if row.kind == "return" else row.to_name
        count = row.items
        items = translate("Cli", "%n item(s)", None, count)
        print(f"{row.number}\t{row.date:%Y-%m-%d}\t{party}\t{items}\t{row.status}")
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    """Write a receipt PDF (a reprint is marked COPY)."""
    register = _register(args)
    if args.output.suffix.lower() != ".pdf":
        raise CliError("the receipt file must end in .pdf")
    try:
        data = register.handovers.receipt_pdf(
            args.number, copy=not args.original, page_size=args.page_size
        )
    except LookupError as exc:
        raise CliError(str(exc).strip("'\"")) from exc
    target = args.output.absolute()
    if not target.parent.is_dir():
        raise CliError(f"no folder {target.parent}")
    write_bytes_atomically(target, data)
    print(f"wrote {target}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check a scanned receipt QR text against the register (exit 0 when it matches)."""
    verdict = _register(args).handovers.verify(args.qr_text)
    if verdict.matches:
        print(f"OK: {verdict.reason}")
        return 0
    raise CliError(f"does not match: {verdict.reason}", exit_code=1)
