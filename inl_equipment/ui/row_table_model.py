"""One table model for the small tables: a list of plain rows and column specs.

The handovers list, a receipt's lines, an item's history and the reference
lists all show a few hundred plain rows; each declares its columns
(`RowColumn`) instead of writing its own `QAbstractTableModel`. The 100,000-row
register table has its own model (`register/equipment_table_model.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from inl_equipment.i18n import Msg

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
#: The row object behind a cell (any role query returns it).
ROW_ROLE = Qt.ItemDataRole.UserRole + 100
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class RowColumn(Generic[T]):
    """One column: its header and how a row shows in it.

    Attributes:
        header: the column title (translated when shown).
        text: the cell's text for a row.
        right: align right (numbers, money).
        tooltip: a tooltip for the cell, or None.
        color: a text colour name for the cell (see `style.Palette`), or None.
        sort_key: what a click on the header sorts by (default: the text, any case).
    """

    header: Msg
    text: Callable[[T], str]
    right: bool = False
    tooltip: Callable[[T], str | None] | None = None
    color: Callable[[T], str | None] | None = None
    sort_key: Callable[[T], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of `rows` in `columns`.

    Signals:
        (only those of QAbstractTableModel)
    """

    def __init__(self, columns: Sequence[RowColumn[T]], parent: QObject | None = None) -> None:
        """An empty table with these columns."""
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    # -- Qt's model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The number of rows (none under a row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the current language; rows have none."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return str(self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, tooltip, alignment or colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            name = column.color(row)
            return QColor(name) if name else None
        return None

    # -- rows -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows instead."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> T:
        """The row object at a table row."""
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (a table with sorting enabled calls this)."""
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort_key or (lambda r: spec.text(r).casefold())
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def find(self, match: Callable[[T], bool]) -> int | None:
        """The first table row whose object matches, or None."""
        return next((i for i, r in enumerate(self._rows) if match(r)), None)

    def event(self, event: QEvent) -> bool:
        """Headers follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange and self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        return super().event(event)
