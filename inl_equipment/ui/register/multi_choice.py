"""A drop-down that chooses several values: tick the ones wanted ("Lost or Stolen").

The first entry names what is chosen ("All statuses", "Lost", "Lost, Stolen",
"3 provinces"); the entries below it have tick boxes, and clicking one ticks
or unticks it with the list left open. Choosing an entry with the keyboard
(or `setCurrentIndex`, as a plain drop-down) chooses that one alone; the
first entry chooses none, which means every value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from inl_equipment.i18n import translate

_CHECK = Qt.ItemDataRole.CheckStateRole


class MultiChoice(QComboBox):
    """A drop-down of tickable values; none ticked means all.

    Signals:
        changed(): the values chosen changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty chooser (`set_choices` fills it)."""
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._everything = ""
        self._keep_open = False
        #: What the drop-down is for; the values chosen are added under it.
        self.base_tip = ""
        #: What the values are ("Status:"), put before them once any is chosen.
        self.caption = ""
        self._model.appendRow(QStandardItem())
        self.view().pressed.connect(self._on_pressed)
        self.currentIndexChanged.connect(self._on_index)

    # -- filling ---------------------------------------------------------------------
    def set_choices(self, everything: str, choices: Sequence[tuple[str, Any]]) -> None:
        """Offer these (text, value) choices; `everything` names "none ticked". Keeps ticks."""
        kept = self.values()
        self.blockSignals(True)
        self._everything = everything
        self._model.removeRows(1, self._model.rowCount() - 1)
        for text, value in choices:
            item = QStandardItem(text)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if value in kept else Qt.CheckState.Unchecked
            item.setData(checked, _CHECK)
            self._model.appendRow(item)
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self._show_summary()

    def set_texts(self, everything: str, texts: Iterable[str]) -> None:
        """Name the entries again (a change of interface language); values stay."""
        self._everything = everything
        for row, text in enumerate(texts, start=1):
            if row < self._model.rowCount():
                self._model.item(row).setText(text)
        self._show_summary()

    # -- values ----------------------------------------------------------------------
    def values(self) -> frozenset[Any]:
        """The values ticked (empty: every value)."""
        return frozenset(
            self._model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(1, self._model.rowCount())
            if self._model.item(row).data(_CHECK) == Qt.CheckState.Checked
        )

    def set_values(self, values: Iterable[Any]) -> None:
        """Tick exactly these values (unknown ones are ignored); `changed` when different."""
        wanted = frozenset(values)
        before = self.values()
        for row in range(1, self._model.rowCount()):
            item = self._model.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setData(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, _CHECK)
        self._show_summary()
        if self.values() != before:
            self.changed.emit()

    # -- the user ----------------------------------------------------------------------
    def _on_pressed(self, index: QModelIndex) -> None:
        if index.row() == 0:
            self.set_values(())
            return
        item = self._model.item(index.row())
        on = item.data(_CHECK) != Qt.CheckState.Checked
        item.setData(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked, _CHECK)
        self._keep_open = True  # ticking more than one: the list stays open
        self._show_summary()
        self.changed.emit()

    def hidePopup(self) -> None:  # noqa: N802 - Qt's name
        """Close the list, unless the click that would close it only ticked an entry."""
        if self._keep_open:
            self._keep_open = False
            return
        super().hidePopup()

    def _on_index(self, index: int) -> None:
        if index <= 0:
            return
        # A value chosen as in a plain drop-down (keyboard, setCurrentIndex): it alone.
        value = self.itemData(index)
        self.set_values((value,))

    def _show_summary(self) -> None:
        chosen = [
            self._model.item(row).text()
            for row in range(1, self._model.rowCount())
            if self._model.item(row).data(_CHECK) == Qt.CheckState.Checked
        ]
        if not chosen:
            text = self._everything
        elif len(chosen) <= 2:
            text = f"{self.caption} {', '.join(chosen)}".strip()
        else:
            count = len(chosen)
            many = translate("MultiChoice", "%n value(s) chosen", None, count)
            text = f"{self.caption} {many}".strip()
        self._model.item(0).setText(text)
        self.setToolTip("\n".join([self.base_tip, *chosen]).strip())
        if self.currentIndex() != 0:
            self.blockSignals(True)
            self.setCurrentIndex(0)
            self.blockSignals(False)
