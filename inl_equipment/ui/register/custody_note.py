"""The note under an existing item's form: where custody changes, how it left service."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from inl_equipment import formatting
from inl_equipment.i18n import translate
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.items import ItemRecord
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
