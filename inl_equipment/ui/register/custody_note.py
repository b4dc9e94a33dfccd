"""Custody in the item form: the inputs it locks, the note on where custody changes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from inl_equipment import formatting
from inl_equipment.i18n import translate
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.items import ItemRecord, may_choose_status, status_editable
from inl_equipment.services.vocabulary import status_label
from inl_equipment.ui.style import Role, set_role


def custody_note(record: ItemRecord) -> QLabel:
    """Where custody changes, and for a retired item how it left service."""
    parts = [
        translate(
            "ItemDialog",
            "Holder, location and status change through Handovers (with a receipt) or Retire.",
        )
    ]
    if record.values.status in RETIRED_STATUSES:
        parts.append(retirement(record))
    note = QLabel("<br>".join(parts))
    note.setObjectName("custodyNote")
    note.setTextFormat(Qt.TextFormat.RichText)
    note.setWordWrap(True)
    set_role(note, Role.MUTED)
    return note


def retirement(record: ItemRecord) -> str:
    """ "<b>Disposed</b> on 2025-03-14 · sold at auction · sale price $250.00" (rich text)."""
    # User text (the disposal method) is escaped: the note is rich text.
    when = formatting.day(record.disposal_date) or translate("ItemDialog", "date unknown")
    parts = [
        translate("ItemDialog", "<b>{status}</b> on {date}").format(
            status=html.escape(status_label(record.values.status)), date=when
        )
    ]
    if record.disposal_method:
        parts.append(html.escape(record.disposal_method))
    if record.disposal_price is not None:
        price = formatting.money(record.disposal_price)
        parts.append(translate("ItemDialog", "sale price {price}").format(price=price))
    return " · ".join(parts)


def lock_custody(fields: dict[str, QWidget], record: ItemRecord | None) -> None:
    """Custody of an existing item changes only with a receipt, or through Retire.

    A new item may be registered where it already is (equipment handed over
    before the register existed); afterwards holder, location and handed
    over/back move only through Handovers, so every move has signed paper.
    The form offers the statuses `items.may_choose_status` allows.
    """
    status_box = fields["status"]
    if not isinstance(status_box, QComboBox):
        raise TypeError("the status field is a drop-down")
    current = record.values.status if record else None
    for i in range(status_box.count()):
        allowed = may_choose_status(status_box.itemData(i), current)
        status_box.model().item(i).setEnabled(allowed)  # type: ignore[attr-defined]
    status_box.setEnabled(status_editable(current))
    if record is not None:
        for name in ("holder_agency_id", "location_id"):
            fields[name].setEnabled(False)
