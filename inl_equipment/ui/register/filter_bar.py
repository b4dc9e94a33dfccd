"""The search box and the filter drop-downs above the register table."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from inl_equipment.services.columns import ALL_STATUSES, status_label
from inl_equipment.services.search import Query, RefNames

# (query field, label, reference table or "" for statuses)
FILTERS: tuple[tuple[str, str, str, str], ...] = (
    ("statuses", "Status", "", "All statuses"),
    ("agencies", "Holder", "agencies", "All holders"),
    ("provinces", "Province", "provinces", "All provinces"),
    ("categories", "Category", "categories", "All categories"),
    ("funding", "Funding", "funding", "All funding sources"),
)


class FilterBar(QWidget):
    """Search text and one filter per status, holder, province, category and funding.

    Signals:
        changed(): the search text or a filter changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(
            "Search tag, serial, description, make, model, holder, place…"
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Matches as you type (Ctrl+F). Several words must all match.")
        self.search.setMinimumWidth(200)
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.search, 3)
        for key, label, _table, _all in FILTERS:
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.setToolTip(f"Show only items with this {label.lower()}")
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.combos[key] = combo
            layout.addWidget(QLabel(label + ":"))
            layout.addWidget(combo, 1)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear filters")
        self.clear_button.setObjectName("clearFilters")
        layout.addWidget(self.clear_button)
        self._find = QShortcut(QKeySequence.StandardKey.Find, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.changed)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)
        self._find.activated.connect(self.focus_search)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_options(self, refs: RefNames) -> None:
        """Fill the drop-downs from the reference names, keeping the current choices."""
        for key, _label, table, everything in FILTERS:
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            if table:
                names = refs.en.get(table, {})
                for ref_id in sorted(names, key=lambda i: names[i].casefold()):
                    combo.addItem(names[ref_id], ref_id)
            else:
                for value in ALL_STATUSES:
                    combo.addItem(status_label(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def query(self, base: Query) -> Query:
        """`base` (its sort) with this bar's text and filters."""
        chosen: dict[str, Any] = {}
        for key, combo in self.combos.items():
            value = combo.currentData()
            chosen[key] = frozenset() if value is None else frozenset([value])
        return dataclasses.replace(base, text=self.search.text(), **chosen)

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()  # emits changed once
        self.changed.emit()

    def save_state(self, settings: QSettings) -> None:
        for key, combo in self.combos.items():
            settings.setValue(f"filters/{key}", combo.currentData())

    def restore_state(self, settings: QSettings) -> None:
        for key, combo in self.combos.items():
            value = settings.value(f"filters/{key}")
            if value is None:
                continue
            if key != "statuses":
                try:
                    value = int(value)  # type: ignore[call-overload]
                except (TypeError, ValueError):
                    continue
            i = combo.findData(value)
            if i >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(i)
                combo.blockSignals(False)
