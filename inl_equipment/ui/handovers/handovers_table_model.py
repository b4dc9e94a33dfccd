"""The Handovers window's list as a table model: one row per handover, void ones greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from inl_equipment.db.transactions import HandoverStatus
from inl_equipment.services.handover_list import HandoverRow, short_party
from inl_equipment.ui.handovers.handover_lines_model import money

#: The receipt number of a row (str).
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Number", "Date", "Kind", "From", "To", "Items", "Total value", "Signed copy", "Status")
_RIGHT = frozenset({5, 6})
_PARTIES = (3, 4)  # From, To: the donor's long name shortened, in full as a tooltip
Index = QModelIndex | QPersistentModelIndex


class HandoversModel(QAbstractTableModel):
    """The handovers list, newest first; void ones greyed.

    Signals:
        (only those of QAbstractTableModel)
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HandoverRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[index.column()]
        if role == NUMBER_ROLE:
            return row.number
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in _PARTIES:
            name = row.from_name if index.column() == _PARTIES[0] else row.to_name
            return name if short_party(name) != name else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == HandoverStatus.VOID:
                return QColor("#8a8a8a")
            if index.column() == 7 and not row.signed_copy:
                return QColor("#b00020")
        return None

    @staticmethod
    def _cells(row: HandoverRow) -> tuple[str, ...]:
        return (
            row.number,
            f"{row.date:%Y-%m-%d}",
            row.kind.capitalize(),
            short_party(row.from_name),
            short_party(row.to_name),
            str(row.items),
            money(row.total_value),
            "Yes" if row.signed_copy else "No",
            row.status.capitalize(),
        )

    def set_rows(self, rows: list[HandoverRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, number: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.number == number), None)

    def row_at(self, row: int) -> HandoverRow:
        return self._rows[row]
