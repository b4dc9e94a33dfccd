"""A "New…" entry at the end of a drop-down of reference records.

Choosing it opens the form for a new record of that kind (a category, a
funding source, a unit, a location) without leaving the form the user is
filling in; once saved, the new record is in the list and chosen. Cancel
goes back to what was chosen before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

#: The data of the "New…" entry (never a record id).
NEW_ENTRY = "__new__"

#: Makes a new record of a kind (asking the user); its (id, name), or None when cancelled.
CreateRecord = Callable[[], tuple[int, str] | None]


class NewChoice(QObject):
    """Keeps a drop-down's "New…" entry working: create, insert, choose; or go back.

    Signals:
        (none of its own)
    """

    def __init__(self, box: QComboBox, text: str, create: CreateRecord) -> None:
        """Add the entry `text` (e.g. "New category…") to `box`; `create` makes the record."""
        super().__init__(box)
        self._box, self._create = box, create
        self._previous = box.currentIndex()
        box.insertSeparator(box.count())
        box.addItem(text, NEW_ENTRY)
        box.currentIndexChanged.connect(self._on_changed)

    def _on_changed(self, index: int) -> None:
        box = self._box
        if box.itemData(index) != NEW_ENTRY:
            self._previous = index
            return
        made = self._create()
        box.blockSignals(True)
        if made is None:
            box.setCurrentIndex(self._previous)
        else:
            record_id, name = made
            at = box.count() - 2  # before the separator and "New…"
            box.insertItem(at, name, record_id)
            box.setCurrentIndex(at)
            self._previous = at
        box.blockSignals(False)
        # Listeners (the form's validation) hear of the final choice once.
        box.currentIndexChanged.emit(box.currentIndex())
