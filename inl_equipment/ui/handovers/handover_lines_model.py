"""The items on a handover being written: one table model over plain rows.

Each row is an item (or a lot) with the quantity to hand over; a lot may be
handed over in part (1 to the quantity available), which the service splits
into a new item when the handover is saved. Also here: the spin-box delegate
for that quantity, and `completion_index`, the items the Find box offers.
The rules (which items, how much of a lot) are `services.handover_rules`,
the same the service applies on saving. This model stays its own (not a
`RowTableModel`) because the quantity is edited in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
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
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from inl_equipment.formatting import money, number
from inl_equipment.i18n import QT_TRANSLATE_NOOP, translate
from inl_equipment.services.columns import R
from inl_equipment.services.handover_rules import (
    can_split,
    line_quantity,
    quantity_range,
    takeable_rows,
)
from inl_equipment.services.handovers import LineInput
from inl_equipment.services.items import ItemRecord
from inl_equipment.services.search import Snapshot
from inl_equipment.services.vocabulary import marked_text

#: The item's database id (int).
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How many units the item or lot holds, the most that can go on this line (int).
AVAILABLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The line's value, quantity × unit value (Decimal, exact).
LINE_VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

COL_TAG, COL_SERIAL, COL_DESCRIPTION, COL_AVAILABLE, COL_QTY, COL_UNIT_VALUE, COL_LINE_VALUE = (
    range(7)
)
#: Column titles, translated when shown (context "HandoverLinesModel").
HEADERS = (
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Asset tag"),
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Serial / lot no."),
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Description"),
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Available"),
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Quantity"),
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Unit value"),
    QT_TRANSLATE_NOOP("HandoverLinesModel", "Line value"),
)
_NUMERIC = frozenset({COL_AVAILABLE, COL_QTY, COL_UNIT_VALUE, COL_LINE_VALUE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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
        """The whole item or lot as a line (the quantity can be lowered for a lot)."""
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
        """Quantity × unit value, exact."""
        return self.unit_value * self.quantity


class HandoverLinesModel(QAbstractTableModel):
    """The handover's items; only the quantity of a lot is editable.

    Signals:
        lines_changed(): a line was added or removed, or a quantity changed.
    """

    lines_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty list of lines."""
        super().__init__(parent)
        self._rows: list[LineRow] = []

    # -- Qt model interface ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The number of lines."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the interface's language; rows are numbered."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(HEADERS):
                return marked_text("HandoverLinesModel", HEADERS[section])
            return None
        return number(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, the quantity to edit, its alignment, tooltip or a line's values."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return row.quantity if col == COL_QTY else self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_QTY and can_split(row.available):
            low, high = quantity_range(row.available)
            return self.tr("Hand over {least} to {most} {unit}; the rest stays in the lot.").format(
                least=number(low), most=number(high), unit=row.unit
            )
        return self._value(row, role)

    @staticmethod
    def _value(row: LineRow, role: int) -> Any:
        """The line's plain values for the app's own roles (None for any other role)."""
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == AVAILABLE_ROLE:
            return row.available
        if role == LINE_VALUE_ROLE:
            return row.line_value
        return None

    @staticmethod
    def _display(row: LineRow, col: int) -> str:
        """The text of one cell."""
        if col == COL_TAG:
            return row.asset_tag
        if col == COL_SERIAL:
            return row.serial
        if col == COL_DESCRIPTION:
            return row.description
        if col == COL_AVAILABLE:
            return f"{number(row.available)} {row.unit}" if can_split(row.available) else "1"
        if col == COL_QTY:
            return number(row.quantity)
        if col == COL_UNIT_VALUE:
            return money(row.unit_value)
        return money(row.line_value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Lines are selectable; the quantity of a lot is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_QTY and can_split(self._rows[index.row()].available):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802 - Qt's API
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Take a new quantity for a lot's line; False when it is outside the lot."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_QTY:
            return False
        row = self._rows[index.row()]
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        low, high = quantity_range(row.available)
        if not low <= quantity <= high:
            return False
        if quantity != row.quantity:
            row.quantity = quantity
            self.dataChanged.emit(index, self.index(index.row(), COL_LINE_VALUE))
            self.lines_changed.emit()
        return True

    def event(self, event: QEvent) -> bool:
        """Headers follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        return super().event(event)

    # -- editing the list --------------------------------------------------------
    def contains(self, item_id: int) -> bool:
        """Whether the item is already on a line."""
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
        """The lines, in order."""
        return list(self._rows)

    def line_inputs(self) -> list[LineInput]:
        """The lines for the service: no quantity means the whole item or lot."""
        return [LineInput(r.item_id, line_quantity(r.quantity, r.available)) for r in self._rows]

    def total(self) -> Decimal:
        """The value of every line together."""
        return sum((r.line_value for r in self._rows), Decimal(0))

    def summary(self) -> str:
        """'3 items · total value $1,234.50', in the interface's language."""
        count = len(self._rows)
        return translate(
            "HandoverLinesModel", "%n item(s) · total value {total}", None, count
        ).format(total=money(self.total()))


class QuantityDelegate(QStyledItemDelegate):
    """A spin box limited to the quantities a lot's line may take; each change is committed.

    Signals:
        (only those of QStyledItemDelegate; `commitData` on every change)
    """

    def createEditor(  # noqa: N802 - Qt's API
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A spin box from 1 to the lot's quantity."""
        spin = QSpinBox(parent)
        spin.setObjectName("quantitySpin")
        spin.setRange(*quantity_range(int(index.data(AVAILABLE_ROLE) or 1)))
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(lambda _v, s=spin: self.commitData.emit(s))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's API
        """Show the line's quantity (without committing it back)."""
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 1)
        if editor.value() != value:
            editor.blockSignals(True)  # the model already holds this value
            editor.setValue(value)
            editor.blockSignals(False)

    def setModelData(  # noqa: N802 - Qt's API
        self, editor: QWidget, model: Any, index: Index
    ) -> None:
        """Give the spin box's value to the model."""
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def completion_index(snapshot: Snapshot, kind: str, from_agency_id: int | None) -> dict[str, int]:
    """Item ids by "tag — description — serial", for the items a handover of `kind` may take.

    Which items those are is `handover_rules.takeable_rows` (the service's own
    rule); the service checks again when an item is added.
    """
    tag, desc, serial, lot, item_id = (
        R["asset_tag"],
        R["description"],
        R["serial_number"],
        R["lot_number"],
        R["id"],
    )
    index: dict[str, int] = {}
    for row in takeable_rows(snapshot.rows, kind, from_agency_id):
        ident = row[serial] or row[lot]
        index[f"{row[tag]} — {row[desc]}" + (f" — {ident}" if ident else "")] = row[item_id]
    return index
