"""The register table's model: a view of a `Snapshot` through a `Query`.

Filtering and sorting happen in `Snapshot.apply` over plain tuples; the model
only keeps the resulting list of row positions and formats the cells Qt asks
for (the visible ones), so 100,000 items stay instant. Cells are formatted by
the snapshot (`formatting` for money and dates, `vocabulary` for statuses and
conditions) each time they are painted, so a language switch shows at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from inl_equipment.services.columns import COLUMNS, R_ID, R_STATUS
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.search import Query, RefNames, Snapshot
from inl_equipment.ui.style import Palette

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = frozenset({"int", "money", "total", "percent", "quantity"})
_RETIRED = frozenset(s.value for s in RETIRED_STATUSES)
#: Long texts whose whole content a tooltip shows.
_TIPPED = frozenset({"description", "notes", "disposal_method"})
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class EquipmentTableModel(QAbstractTableModel):
    """Rows of the register as the current search, filters and sort select them.

    Signals:
        query_applied(int, int, int): rows shown, rows in all, value shown in cents
            (as a Python int; cents can exceed 32 bits).
    """

    query_applied = Signal(int, int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty table (no snapshot yet)."""
        super().__init__(parent)
        self._snapshot = Snapshot([], RefNames())
        self._query = Query()
        self._positions: list[int] = []
        self._grey = QBrush(Palette.color(Palette.RETIRED))
        self._lao_names = False
        self._lao_descriptions = False
        #: Called before a new query is applied (the window waits for rows still loading).
        self.before_query: Callable[[], None] | None = None

    # -- state -----------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        """The rows the table is a view of."""
        return self._snapshot

    @property
    def query(self) -> Query:
        """The search, filters and sort applied now."""
        return self._query

    def set_snapshot(self, snapshot: Snapshot, query: Query | None = None) -> None:
        """Show `snapshot` (through `query`, or the current query)."""
        snapshot.lao_names = self._lao_names
        snapshot.lao_descriptions = self._lao_descriptions
        self._snapshot = snapshot
        if query is not None:
            self._query = query
        self._apply()

    def set_lao_names(self, on: bool) -> None:
        """Show reference names in Lao (or English again); the rows stay where they are."""
        self._lao_names = on
        self._snapshot.lao_names = on
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_lao_descriptions(self, on: bool) -> None:
        """Show the Lao description where an item has one (the English one as the tooltip)."""
        if on == self._lao_descriptions:
            return
        self._lao_descriptions = on
        self._snapshot.lao_descriptions = on
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_query(self, query: Query) -> None:
        """Apply another search, filter or sort."""
        if self.before_query is not None:
            self.before_query()
        self._query = query
        self._apply()

    def refresh(self) -> None:
        """Apply the query again (after the snapshot's rows changed)."""
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._positions = self._snapshot.apply(self._query)
        self.endResetModel()
        self.query_applied.emit(
            len(self._positions),
            len(self._snapshot),
            self._snapshot.total_cents(self._positions),
        )

    def item_id(self, row: int) -> int:
        """The id of the item shown in table row `row`."""
        return int(self._snapshot.rows[self._positions[row]][R_ID])

    def row_of_item(self, item_id: int) -> int | None:
        """The table row showing item `item_id`, or None when it is not shown."""
        pos = self._snapshot.position_of(item_id)
        if pos is None:
            return None
        try:
            return self._positions.index(pos)
        except ValueError:
            return None

    def positions(self) -> list[int]:
        """Snapshot row positions shown, in display order (do not modify)."""
        return self._positions

    def visible_item_ids(self) -> list[int]:
        """The ids of the items shown, in display order."""
        rows = self._snapshot.rows
        return [rows[p][R_ID] for p in self._positions]

    # -- Qt model interface ------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """The number of items shown."""
        return 0 if parent.isValid() else len(self._positions)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        """The number of columns (hidden ones included)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, alignment, colour, tooltip, item id or raw value."""
        if not index.isValid():
            return None
        row = self._snapshot.rows[self._positions[index.row()]]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._snapshot.display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.kind in _NUMERIC else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._grey if row[R_STATUS] in _RETIRED else None
        if role == Qt.ItemDataRole.ToolTipRole and col.key in _TIPPED:
            if col.key == "description" and self._lao_descriptions:
                return row[col.index]  # the Lao one is shown: the English one as the tip
            return self._snapshot.display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col.kind == "ref":
            return self._snapshot.value(row, col) or None  # the full name
        if role == ITEM_ID_ROLE:
            return row[R_ID]
        if role == RAW_VALUE_ROLE:
            return self._snapshot.value(row, col)
        return None

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the interface's language now; rows have none."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header_text
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].kind in _NUMERIC:
                return _RIGHT
        return None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        """Cells can be selected, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (through the query, over every row)."""
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(
            dataclasses.replace(
                self._query,
                sort_key=COLUMNS[column].key,
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    def event(self, event: QEvent) -> bool:
        """Titles and labels (statuses, conditions) follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            if self._positions:
                last = self.index(len(self._positions) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])
        return super().event(event)
