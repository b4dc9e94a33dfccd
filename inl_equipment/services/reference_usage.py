"""How a record's uses read in words: "86 items held, 1 person and 1 handover"."""

from __future__ import annotations

from collections.abc import Callable

from inl_equipment import formatting
from inl_equipment.i18n import Msg

#: "12 items held": a count of what `usage` calls each label (plural forms from the catalogue).
_COUNTED: dict[str, Callable[[int], Msg]] = {
    "items": lambda n: Msg.translate("Reference", "{count} item(s)", None, n),
    "items held": lambda n: Msg.translate("Reference", "{count} item(s) held", None, n),
    "people": lambda n: Msg.translate("Reference", "{count} people", None, n),
    "handovers": lambda n: Msg.translate("Reference", "{count} handover(s)", None, n),
    "handover lines": lambda n: Msg.translate("Reference", "{count} handover line(s)", None, n),
    "locations": lambda n: Msg.translate("Reference", "{count} location(s)", None, n),
    "site checks": lambda n: Msg.translate("Reference", "{count} site check(s)", None, n),
    "site check results": lambda n: Msg.translate(
        "Reference", "{count} site check result(s)", None, n
    ),
    "agencies": lambda n: Msg.translate("Reference", "{count} agencies", None, n),
    "units' main locations": lambda n: Msg.translate(
        "Reference", "{count} unit(s) as their main location", None, n
    ),
}


def _counted(label: str, n: int) -> Msg:
    """`n` records of what `usage` calls `label`, e.g. "12 items held"."""
    make = _COUNTED.get(label)
    msg = make(n) if make else Msg.translate("Reference", "{count} {what}").format(what=label)
    return msg.format(count=formatting.number(n))


def usage_message(used: dict[str, int]) -> Msg:
    """ "86 items held, 1 person and 1 handover", shown in the interface's language when read."""
    parts = [_counted(label, n) for label, n in used.items()]
    listed = parts[0]
    for part in parts[1:-1]:
        listed = Msg.translate("Reference", "{list}, {next}").format(list=listed, next=part)
    if len(parts) == 1:
        return listed
    return Msg.translate("Reference", "{list} and {last}").format(list=listed, last=parts[-1])


def describe_usage(used: dict[str, int]) -> str:
    """ "86 items held, 1 person and 1 handover", in the interface's language now."""
    return str(usage_message(used))
