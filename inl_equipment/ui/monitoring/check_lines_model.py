"""The items of a site check being written: what was expected there and what was found.

One row per item: the expected items of the site (registered there), and
the *unexpected* ones scanned there while registered elsewhere (marked, and
their registered location in the last column). Result, condition, intended use and remark are
edited in place (a combo box delegate for the three choices, or typing the
first letters: any edit trigger opens it). A row whose result is still
empty was not scanned; on finishing it becomes *not seen*.
This model stays its own (not a `RowTableModel`) because it is edited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
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
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from inl_equipment.formatting import day
from inl_equipment.i18n import QT_TRANSLATE_NOOP, translate
from inl_equipment.services.eum_vocabulary import (
    result_choices,
    result_label,
    use_choices,
    use_label,
)
from inl_equipment.services.inspections import ResultInput
from inl_equipment.services.monitoring_lists import ExpectedItem
from inl_equipment.services.vocabulary import condition_choices, condition_label, marked_text
from inl_equipment.ui.style import Palette

#: The item's database id (int).
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The (value, label) choices of a choice column's editor (list of pairs).
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2

COL_MARK, COL_TAG, COL_DESCRIPTION, COL_HOLDER, COL_LAST = range(5)
COL_RESULT, COL_CONDITION, COL_USE, COL_REMARK, COL_WHERE = range(5, 10)
#: Column titles, translated when shown (context "CheckLinesModel").
HEADERS = (
    QT_TRANSLATE_NOOP("CheckLinesModel", "Found"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Asset tag"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Description"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Holder"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Last check"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Result"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Condition"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Intended use"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Remark"),
    QT_TRANSLATE_NOOP("CheckLinesModel", "Registered at"),
)
EDITABLE = frozenset({COL_RESULT, COL_CONDITION, COL_USE, COL_REMARK})
_FIELD = {
    COL_RESULT: "result",
    COL_CONDITION: "condition",
    COL_USE: "intended_use",
    COL_REMARK: "remark",
}

Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class CheckLine:
    """One item of the check and what the inspector found ("" result: not scanned yet)."""

    item_id: int
    asset_tag: str
    description: str
    holder: str
    last_check: date | None
    last_result: str = ""
    result: str = ""
    condition: str = ""  # "" keeps the item's condition
    intended_use: str = "unknown"
    remark: str = ""
    scanned: bool = False
    unexpected: bool = False
    registered_at: str = ""  # where an unexpected item is registered

    @classmethod
    def expected(cls, e: ExpectedItem) -> CheckLine:
        """A line for an item registered at the site."""
        return cls(e.item_id, e.asset_tag, e.description, e.holder, e.last_check, e.last_result)

    def result_input(self, unset: str) -> ResultInput:
        """The line for the service (`unset`: the result of a line not scanned)."""
        return ResultInput(
            self.item_id, self.result or unset, self.condition, self.intended_use, self.remark
        )


def _choices(column: int) -> list[tuple[str, str]]:
    if column == COL_RESULT:
        return result_choices()
    if column == COL_CONDITION:
        keep = translate("CheckLinesModel", "(unchanged)")
        return [("", keep), *condition_choices()]
    return use_choices()


class CheckLinesModel(QAbstractTableModel):
    """The items of one site check, with their results edited in place.

    Signals:
        lines_changed(): a line was added or its result changed.
    """

    lines_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """No lines yet."""
        super().__init__(parent)
        self._lines: list[CheckLine] = []

    # -- Qt's model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The number of lines (none under a line: this is a flat table)."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """The number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the current language; rows are numbered."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            ok = 0 <= section < len(HEADERS)
            return marked_text("CheckLinesModel", HEADERS[section]) if ok else None
        return str(section + 1) if 0 <= section < len(self._lines) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Result, condition, intended use and remark are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, value (EditRole), tooltip or colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, col = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, col)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(line, _FIELD[col]) if col in _FIELD else self._text(line, col)
        if role == ITEM_ID_ROLE:
            return line.item_id
        if role == CHOICES_ROLE and col in _FIELD and col != COL_REMARK:
            return _choices(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(line, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(line, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_MARK and line.unexpected:
            return Palette.color(Palette.WARNING_BACKGROUND)
        return None

    def _text(self, line: CheckLine, col: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            COL_MARK: lambda: self._mark(line),
            COL_TAG: lambda: line.asset_tag,
            COL_DESCRIPTION: lambda: line.description,
            COL_HOLDER: lambda: line.holder,
            COL_LAST: lambda: day(line.last_check) if line.last_check else "",
            COL_RESULT: lambda: (
                result_label(line.result) if line.result else translate("CheckLinesModel", "—")
            ),
            COL_CONDITION: lambda: condition_label(line.condition) if line.condition else "",
            COL_USE: lambda: use_label(line.intended_use),
            COL_REMARK: lambda: line.remark,
            COL_WHERE: lambda: line.registered_at if line.unexpected else "",
        }
        return texts[col]()

    @staticmethod
    def _mark(line: CheckLine) -> str:
        if line.unexpected:
            return translate("CheckLinesModel", "⚠ Unexpected")
        return translate("CheckLinesModel", "✓ Scanned") if line.scanned else ""

    def _tip(self, line: CheckLine, col: int) -> str | None:
        if col in (COL_DESCRIPTION, COL_HOLDER, COL_REMARK):
            return self._text(line, col) or None  # long texts are cut in the cell
        if col == COL_LAST and line.last_result:
            return translate("CheckLinesModel", "Last result: {result}").format(
                result=result_label(line.last_result)
            )
        if col not in (COL_MARK, COL_WHERE):
            return None
        if line.unexpected:
            where = line.registered_at or translate("CheckLinesModel", "no location")
            return translate(
                "CheckLinesModel",
                "Registered at {location}; only a transfer receipt can move it here.",
            ).format(location=where)
        if line.scanned:
            return translate("CheckLinesModel", "Scanned at the site")
        return translate("CheckLinesModel", "Not scanned yet")

    @staticmethod
    def _color(line: CheckLine, col: int) -> Any:
        if col in (COL_MARK, COL_WHERE) and line.unexpected:
            return Palette.color(Palette.WARNING)
        if col in (COL_MARK, COL_RESULT) and line.scanned:
            return Palette.color(Palette.SUCCESS)
        if col == COL_RESULT and not line.result:
            return Palette.color(Palette.MUTED)
        return None

    def setData(  # noqa: N802 - Qt's API
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Change a line's result, condition, intended use or remark."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = index.column()
        if col not in EDITABLE or not 0 <= index.row() < len(self._lines):
            return False
        text = str(value or "")
        if col != COL_REMARK and text not in {v for v, _ in _choices(col)}:
            return False
        line = self._lines[index.row()]
        if getattr(line, _FIELD[col]) == text:
            return True
        setattr(line, _FIELD[col], text)
        self.dataChanged.emit(index, index)
        self.lines_changed.emit()
        return True

    # -- lines ----------------------------------------------------------------------
    def set_lines(self, lines: Iterable[CheckLine]) -> None:
        """Show these lines instead."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()
        self.lines_changed.emit()

    def add(self, line: CheckLine) -> int:
        """Add a line at the end; returns its row."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def lines(self) -> list[CheckLine]:
        """The lines, in order."""
        return list(self._lines)

    def line(self, row: int) -> CheckLine:
        """The line at a table row."""
        return self._lines[row]

    def row_of(self, item_id: int) -> int | None:
        """The table row of this item, or None."""
        return next((i for i, x in enumerate(self._lines) if x.item_id == item_id), None)

    def mark_found(self, row: int, result: str) -> None:
        """The item of `row` was scanned: it is `result` unless a result was chosen already."""
        line = self._lines[row]
        line.scanned = True
        line.result = line.result or result
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.lines_changed.emit()

    def unset_count(self) -> int:
        """How many lines have no result yet (they will be recorded as not seen)."""
        return sum(1 for x in self._lines if not x.result)

    def event(self, event: QEvent) -> bool:
        """Headers follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        return super().event(event)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of a choice column's values; a choice is committed at once.

    Signals:
        (only those of QStyledItemDelegate; `commitData` on every choice)
    """

    def createEditor(  # noqa: N802 - Qt's API
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A combo box of the column's choices (the remark column keeps its line edit)."""
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("choiceEditor")
        for value, label in choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's API
        """Choose the line's value in the combo box."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 - Qt's API
        self, editor: QWidget, model: Any, index: Index
    ) -> None:
        """Give the chosen value to the model."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
