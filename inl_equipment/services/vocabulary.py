"""The words for the register's fixed values: item statuses, conditions, kinds.

The database stores a value (`in_stock`); people read a label ("In stock") in
the interface's language. Every label is marked here with `QT_TRANSLATE_NOOP`
and translated each time it is shown (`status_label`, `condition_label`, ...),
so a language switch takes effect at the next paint. A value nobody knows
(a newer database, a typo in an import) shows as it is stored.
"""

from __future__ import annotations

from typing import Final

from inl_equipment.db.models import Condition, ItemStatus, LocationKind
from inl_equipment.db.transactions import HandoverKind, HandoverStatus
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg

_STATUS: Final[dict[str, str]] = {
    ItemStatus.IN_STOCK: QT_TRANSLATE_NOOP("ItemStatus", "In stock"),
    ItemStatus.HANDED_OVER: QT_TRANSLATE_NOOP("ItemStatus", "Handed over"),
    ItemStatus.IN_REPAIR: QT_TRANSLATE_NOOP("ItemStatus", "In repair"),
    ItemStatus.LOST: QT_TRANSLATE_NOOP("ItemStatus", "Lost"),
    ItemStatus.STOLEN: QT_TRANSLATE_NOOP("ItemStatus", "Stolen"),
    ItemStatus.DESTROYED: QT_TRANSLATE_NOOP("ItemStatus", "Destroyed"),
    ItemStatus.DISPOSED: QT_TRANSLATE_NOOP("ItemStatus", "Disposed"),
    ItemStatus.MERGED: QT_TRANSLATE_NOOP("ItemStatus", "Merged back"),
    ItemStatus.CONSUMED: QT_TRANSLATE_NOOP("ItemStatus", "Used up"),
}
# Inside a sentence ("... is in repair", "it is now handed over") a language
# may need another form than the label, so these are separate messages.
_STATUS_IN_SENTENCE: Final[dict[str, str]] = {
    ItemStatus.IN_STOCK: QT_TRANSLATE_NOOP("ItemStatus", "in stock"),
    ItemStatus.HANDED_OVER: QT_TRANSLATE_NOOP("ItemStatus", "handed over"),
    ItemStatus.IN_REPAIR: QT_TRANSLATE_NOOP("ItemStatus", "in repair"),
    ItemStatus.LOST: QT_TRANSLATE_NOOP("ItemStatus", "lost"),
    ItemStatus.STOLEN: QT_TRANSLATE_NOOP("ItemStatus", "stolen"),
    ItemStatus.DESTROYED: QT_TRANSLATE_NOOP("ItemStatus", "destroyed"),
    ItemStatus.DISPOSED: QT_TRANSLATE_NOOP("ItemStatus", "disposed"),
    ItemStatus.MERGED: QT_TRANSLATE_NOOP("ItemStatus", "merged back into its lot"),
    ItemStatus.CONSUMED: QT_TRANSLATE_NOOP("ItemStatus", "used up"),
}
_CONDITION: Final[dict[str, str]] = {
    Condition.NEW: QT_TRANSLATE_NOOP("Condition", "New"),
    Condition.GOOD: QT_TRANSLATE_NOOP("Condition", "Good"),
    Condition.FAIR: QT_TRANSLATE_NOOP("Condition", "Fair"),
    Condition.POOR: QT_TRANSLATE_NOOP("Condition", "Poor"),
    Condition.UNSERVICEABLE: QT_TRANSLATE_NOOP("Condition", "Unserviceable"),
}
_LOCATION_KIND: Final[dict[str, str]] = {
    LocationKind.OFFICE: QT_TRANSLATE_NOOP("LocationKind", "Office"),
    LocationKind.BORDER_CHECKPOINT: QT_TRANSLATE_NOOP("LocationKind", "Border checkpoint"),
    LocationKind.WAREHOUSE: QT_TRANSLATE_NOOP("LocationKind", "Warehouse"),
    LocationKind.TREATMENT_CENTRE: QT_TRANSLATE_NOOP("LocationKind", "Treatment centre"),
}
_HANDOVER_KIND: Final[dict[str, str]] = {
    HandoverKind.HANDOVER: QT_TRANSLATE_NOOP("HandoverKind", "Handover"),
    HandoverKind.RETURN: QT_TRANSLATE_NOOP("HandoverKind", "Return"),
    HandoverKind.TRANSFER: QT_TRANSLATE_NOOP("HandoverKind", "Transfer"),
}
_HANDOVER_STATUS: Final[dict[str, str]] = {
    HandoverStatus.ISSUED: QT_TRANSLATE_NOOP("HandoverStatus", "Issued"),
    HandoverStatus.VOID: QT_TRANSLATE_NOOP("HandoverStatus", "Void"),
}


def marked_text(context: str, source: str) -> str:
    """A constant marked with ``QT_TRANSLATE_NOOP(context, source)``, translated now.

    The marking put it in the catalogue; this looks it up (a message object
    built from the marked text, rendered at once).
    """
    return Msg(context, source).render()


def _label(context: str, labels: dict[str, str], value: str) -> str:
    """The label of `value` in the interface's language now; the value itself if unknown."""
    source = labels.get(value)
    return marked_text(context, source) if source is not None else value


def status_label(value: str) -> str:
    """An item status as a table cell or a menu shows it: "In stock"."""
    return _label("ItemStatus", _STATUS, value)


def status_word(value: str) -> Msg:
    """An item status inside a sentence ("is in repair"), translated when shown."""
    return Msg("ItemStatus", _STATUS_IN_SENTENCE.get(value, value))


def status_choices() -> list[tuple[str, str]]:
    """(value, label) of every item status, in life-cycle order."""
    return [(s.value, status_label(s.value)) for s in ItemStatus]


def condition_label(value: str) -> str:
    """A physical condition as shown: "Good"."""
    return _label("Condition", _CONDITION, value)


def condition_english(value: str) -> str:
    """The English label of a condition, for records kept as written (a receipt's content)."""
    return _CONDITION.get(value, value)


def condition_choices() -> list[tuple[str, str]]:
    """(value, label) of every condition, best first."""
    return [(c.value, condition_label(c.value)) for c in Condition]


def location_kind_label(value: str) -> str:
    """What sort of place a location is, as shown: "Border checkpoint"."""
    return _label("LocationKind", _LOCATION_KIND, value)


def location_kind_choices() -> list[tuple[str, str]]:
    """(value, label) of every kind of location."""
    return [(k.value, location_kind_label(k.value)) for k in LocationKind]


def handover_kind_label(value: str) -> str:
    """A handover's kind as shown: "Handover", "Return", "Transfer"."""
    return _label("HandoverKind", _HANDOVER_KIND, value)


def handover_kind_choices() -> list[tuple[str, str]]:
    """(value, label) of every kind of handover."""
    return [(k.value, handover_kind_label(k.value)) for k in HandoverKind]


def handover_status_label(value: str) -> str:
    """A receipt's status as shown: "Issued" or "Void"."""
    return _label("HandoverStatus", _HANDOVER_STATUS, value)


def handover_status_choices() -> list[tuple[str, str]]:
    """(value, label) of every receipt status."""
    return [(s.value, handover_status_label(s.value)) for s in HandoverStatus]
