"""The items on a handover being written: one table model over plain rows.

Each row is an item (or a lot) with the quantity to hand over; a lot may be
handed over in part (1 to the quantity available), which the service splits
into a new item when the handover is saved. Also here: the spin-box delegate
for that quantity, and `completion_index`, the items the Find box offers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from inl_equipment.db.models import ItemStatus
from inl_equipment.db.transactions import HandoverKind
from inl_equipment.services.columns import R
from inl_equipment.services.handovers import LineInput
from inl_equipment.services.items import ItemRecord
from inl_equipment.services.search import Snapshot

#: The item's database id (int).
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How many units the item or lot holds, the most that can go on this line (int).
AVAILABLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The line's value, quantity × unit value (Decimal, exact).
LINE_VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

COL_TAG, COL_SERIAL, COL_DESCRIPTION, COL_AVAILABLE, COL_QTY, COL_UNIT_VALUE, COL_LINE_VALUE = (
    range(7)
)
HEADERS = (
    "Asset tag",
    "Serial / lot no.",
    "Description",
    "Available",
    "Quantity",
    "Unit value",
    "Line value",
)
_NUMERIC = frozenset({COL_AVAILABLE, COL_QTY, COL_UNIT_VALUE, COL_LINE_VALUE})

Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class LineRow:
    """One item on the handover and how much of it goes."""

    item_id: int
    asset_tag: str
    serial: str
    description: str
    available: int
    quantity: int
    unit: str
    unit_value: Decimal

    @classmethod
    def from_record(cls, record: ItemRecord) -> LineRow:
        v = record.values
        label = " ".join(x for x in (v.make, v.model) if x)
        description = f"{v.description} ({label})" if label else v.description
        return cls(
            item_id=record.id,
            asset_tag=v.asset_tag,
            serial=v.serial_number or v.lot_number,
            description=description,
            available=v.quantity,
            quantity=v.quantity,
            unit=v.unit,
            unit_value=v.unit_value,
        )

    @property
    def line_value(self) -> Decimal:
        return self.unit_value * self.quantity


def money(value: Decimal) -> str:
    return f"${value:,.2f}"


class HandoverLinesModel(QAbstractTableModel):
    """The handover's items; only the quantity of a lot is editable.

    Signals:
        lines_changed(): a line was added or removed, or a quantity changed.
    """

    lines_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LineRow] = []

    # -- Qt model interface ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return row.quantity if col == COL_QTY else self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_QTY and row.available > 1:
            return f"Hand over 1 to {row.available:,} {row.unit}; the rest stays in the lot."
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == AVAILABLE_ROLE:
            return row.available
        if role == LINE_VALUE_ROLE:
            return row.line_value
        return None

    @staticmethod
    def _display(row: LineRow, col: int) -> str:
        if col == COL_TAG:
            return row.asset_tag
        if col == COL_SERIAL:
            return row.serial
        if col == COL_DESCRIPTION:
            return row.description
        if col == COL_AVAILABLE:
            return f"{row.available:,} {row.unit}" if row.available > 1 else "1"
        if col == COL_QTY:
            return f"{row.quantity:,}"
        if col == COL_UNIT_VALUE:
            return money(row.unit_value)
        return money(row.line_value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_QTY and self._rows[index.row()].available > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_QTY:
            return False
        row = self._rows[index.row()]
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= quantity <= row.available:
            return False
        if quantity != row.quantity:
            row.quantity = quantity
            self.dataChanged.emit(index, self.index(index.row(), COL_LINE_VALUE))
            self.lines_changed.emit()
        return True

    # -- editing the list --------------------------------------------------------
    def contains(self, item_id: int) -> bool:
        return any(r.item_id == item_id for r in self._rows)

    def add(self, row: LineRow) -> bool:
        """Append a line; False (and nothing added) when the item is already listed."""
        if self.contains(row.item_id):
            return False
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self.endInsertRows()
        self.lines_changed.emit()
        return True

    def remove_rows(self, rows: Iterable[int]) -> None:
        """Remove the lines at these row numbers."""
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self._rows):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self._rows[r]
                self.endRemoveRows()
        self.lines_changed.emit()

    def rows(self) -> list[LineRow]:
        return list(self._rows)

    def line_inputs(self) -> list[LineInput]:
        """The lines for the service: no quantity means the whole item or lot."""
        return [
            LineInput(r.item_id, None if r.quantity == r.available else r.quantity)
            for r in self._rows
        ]

    def total(self) -> Decimal:
        return sum((r.line_value for r in self._rows), Decimal(0))

    def summary(self) -> str:
        n = len(self._rows)
        return f"{n} item{'s' if n != 1 else ''} · total value {money(self.total())}"


class QuantityDelegate(QStyledItemDelegate):
    """A spin box limited to 1 … the lot's quantity; each change is committed at once.

    Signals:
        (only those of QStyledItemDelegate; `commitData` on every change)
    """

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("quantitySpin")
        spin.setRange(1, max(1, int(index.data(AVAILABLE_ROLE) or 1)))
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(lambda _v, s=spin: self.commitData.emit(s))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 1)
        if editor.value() != value:
            editor.blockSignals(True)  # the model already holds this value
            editor.setValue(value)
            editor.blockSignals(False)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: Any, index: Index
    ) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def completion_index(snapshot: Snapshot, kind: str, from_agency_id: int | None) -> dict[str, int]:
    """Item ids by "tag — description — serial", for the items a handover of `kind` may take.

    A handover takes items in stock; a return or transfer takes items held by
    the unit they come from (by any unit while none is chosen). The service
    checks again when an item is added.
    """
    tag, desc, serial, lot = R["asset_tag"], R["description"], R["serial_number"], R["lot_number"]
    status, holder, item_id = R["status"], R["holder_agency_id"], R["id"]
    index: dict[str, int] = {}
    for row in snapshot.rows:
        if kind == HandoverKind.HANDOVER:
            if row[status] != ItemStatus.IN_STOCK:
                continue
        elif row[status] != ItemStatus.HANDED_OVER or (
            from_agency_id is not None and row[holder] != from_agency_id
        ):
            continue
        ident = row[serial] or row[lot]
        index[f"{row[tag]} — {row[desc]}" + (f" — {ident}" if ident else "")] = row[item_id]
    return index
