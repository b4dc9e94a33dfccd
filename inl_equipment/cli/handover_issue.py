"""Sub-commands that issue receipts: `handover`, `return` and `transfer`.

They build the same `HandoverInput` the handover dialog builds and save it
through `register.handovers.create`, so the rules and messages are the
dialog's; units and places are named by English or Lao name, or by id.
Everything is checked before anything is stored: on any error the command
prints one line, exits non-zero and the register is unchanged.
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from typing import Any

from inl_equipment.cli.common import CliError, add_db_option, open_db, operator_name
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.reference import RefRecord
from inl_equipment.services.register import Register

#: Sub-command → (needs --from, needs --to, the signatory the operator is by default).
#: As in the dialog: the operator hands donor stock over and receives returns;
#: on a transfer both officers are the units' and must be named.
_KINDS = {
    "handover": (False, True, "handed_over_by"),
    "return": (True, False, "received_by"),
    "transfer": (True, True, None),
}
_HELP = {
    "handover": "hand items over to a unit; prints the receipt number",
    "return": "take items back from a unit into stock; prints the receipt number",
    "transfer": "move items from one unit to another; prints the receipt number",
}


def add_issue_commands(sub: Any) -> None:
    """Add the `handover`, `return` and `transfer` commands."""
    for command, (needs_from, needs_to, operator_signs) in _KINDS.items():
        p = sub.add_parser(command, help=_HELP[command])
        add_db_option(p)
        if needs_from:
            p.add_argument("--from", dest="from_unit", required=True, help="unit: name or id")
        if needs_to:
            p.add_argument("--to", dest="to_unit", required=True, help="unit: name or id")
        by_default = " (default: the operator)"
        p.add_argument(
            "--received-by",
            required=operator_signs != "received_by",
            help="name of the officer who receives"
            + (by_default if operator_signs == "received_by" else ""),
        )
        p.add_argument("--position", default="", help="position of the officer who receives")
        p.add_argument(
            "--handed-over-by",
            required=operator_signs != "handed_over_by",
            help="name of the officer who hands over"
            + (by_default if operator_signs == "handed_over_by" else ""),
        )
        p.add_argument("--location", help="where the items go: location name or id")
        p.add_argument("--date", help="the handover date, YYYY-MM-DD (default: today)")
        p.add_argument("--remarks", default="", help="remarks printed on the receipt")
        p.add_argument("items", nargs="+", metavar="TAG[=QTY]", help="asset tag, =QTY for a part")
        p.set_defaults(func=cmd_issue, kind=command)


def _folded(text: str) -> str:
    """A name as compared: NFC, spaces collapsed, case-folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def find_record(records: list[RefRecord], wanted: str, what: str) -> int:
    """The id of the record named `wanted` (English or Lao name, or its id)."""
    text = wanted.strip()
    if text.isascii() and text.isdigit():
        for r in records:
            if r.id == int(text):
                return r.id
    key = _folded(text)
    hits = {
        r.id
        for r in records
        if key and key in (_folded(r.name), _folded(str(r.values.get("name_lo") or "")))
    }
    if len(hits) == 1:
        return hits.pop()
    if hits:
        raise CliError(f"more than one {what} is named {wanted!r}: give its id")
    raise CliError(f"no {what} named {wanted!r}")


def parse_date(text: str | None) -> date:
    """The `--date` value (today when not given); CliError when it is not a date."""
    if text is None:
        return date.today()
    try:
        if len(text.strip()) != 10:
            raise ValueError(text)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"--date must be a date as YYYY-MM-DD, not {text!r}") from None


def parse_lines(register: Register, specs: list[str]) -> list[LineInput]:
    """Each `TAG[=QTY]` as a line; CliError for an unknown tag or a quantity not a number."""
    lines = []
    for spec in specs:
        tag, sep, qty_text = spec.rpartition("=")
        if not sep:
            tag, qty_text = spec, ""
        item_id = register.items.find_id(tag) if tag.strip() else None
        if item_id is None:
            raise CliError(f"no item with asset tag {tag.strip()!r}")
        quantity = None
        if sep:
            text = qty_text.strip()
            if not (text.isascii() and text.lstrip("-").isdigit()):
                raise CliError(f"{tag.strip()}: quantity must be a whole number, not {qty_text!r}")
            quantity = int(text)
        lines.append(LineInput(item_id, quantity))
    return lines


def _named(given: str | None, operator: str) -> str:
    """A signatory's name: as given (even blank: the rules then say so), else the operator."""
    return operator if given is None else given


def build_input(register: Register, args: argparse.Namespace) -> HandoverInput:
    """The handover the arguments describe (not yet checked against the rules)."""
    operator = operator_name(args)
    refs = register.reference.lists(("agency", "location"))
    src = getattr(args, "from_unit", None)
    dst = getattr(args, "to_unit", None)
    return HandoverInput(
        kind=args.kind,
        date=parse_date(args.date),
        from_agency_id=find_record(refs["agency"], src, "unit") if src is not None else None,
        to_agency_id=find_record(refs["agency"], dst, "unit") if dst is not None else None,
        location_id=(
            find_record(refs["location"], args.location, "location") if args.location else None
        ),
        handed_over_by=PartyInput(name=_named(args.handed_over_by, operator)),
        received_by=PartyInput(name=_named(args.received_by, operator), position=args.position),
        remarks=args.remarks,
        lines=parse_lines(register, args.items),
    )


def cmd_issue(args: argparse.Namespace) -> int:
    """Issue one receipt for a handover, return or transfer and print its number."""
    register = Register(open_db(args, write=True), operator_name(args))
    data = build_input(register, args)
    try:
        number = register.handovers.create(data)
    except ValidationError as exc:
        # The dialog shows each message beside its field; one line here.
        raise CliError("; ".join(str(m) for m in exc.messages.values())) from exc
    except NotFoundError as exc:
        raise CliError(str(exc)) from exc
    print(number)
    return 0
