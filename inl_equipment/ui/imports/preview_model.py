"""The import preview's table model: every row of a plan as it will be stored.

One model of its own (not `RowTableModel`): a file of 10,000 rows is shown
without copying it, and each cell carries its issue level, colour and tooltip.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from inl_equipment.formatting import day, money, number, percent
from inl_equipment.i18n import QT_TRANSLATE_NOOP
from inl_equipment.interchange.import_rows import LABELS, field_label
from inl_equipment.interchange.importer import REF_FIELDS, ImportPlan, PreviewRow
from inl_equipment.services.vocabulary import condition_label, marked_text, status_label
from inl_equipment.ui.style import Palette

#: The worst issue of a cell ("error", "warning", "note") or None.
ISSUE_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row number in the spreadsheet.
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
#: What the import does with the row ("create", "update", "skip", ...).
ACTION_ROLE = Qt.ItemDataRole.UserRole + 3

#: Fields shown whether or not the file maps them (they get defaults).
_ALWAYS = ("asset_tag", "description", "category", "status", "condition")
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("PreviewModel", "New"),
    "update": QT_TRANSLATE_NOOP("PreviewModel", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("PreviewModel", "Unchanged"),
    "skip": QT_TRANSLATE_NOOP("PreviewModel", "Skip"),
    "error": QT_TRANSLATE_NOOP("PreviewModel", "Error"),
}
_NUMERIC = ("quantity", "unit_value", "federal_share_pct")
_ANY_INDEX = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def action_label(action: str) -> str:
    """What the import does with a row, in words: "New", "Update", "Skip"..."""
    return marked_text("PreviewModel", _ACTIONS[action])


class PreviewModel(QAbstractTableModel):
    """The rows of an `ImportPlan`: the row number, the action, then the fields stored."""

    def __init__(self, parent: Any = None) -> None:
        """An empty model (no plan yet)."""
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []
        self._problems_only = False
        self._brush = {
            "error": QBrush(Palette.color(Palette.ERROR_BACKGROUND)),
            "warning": QBrush(Palette.color(Palette.WARNING_BACKGROUND)),
        }
        self._note_brush = QBrush(Palette.color(Palette.NOTE))

    def set_plan(self, plan: ImportPlan | None) -> None:
        """Show `plan`'s rows, with the fields the file maps (None: empty)."""
        self.beginResetModel()
        self._plan = plan
        self._fields = []
        if plan is not None:
            shown = {f for f in plan.mapping.values() if f} | set(_ALWAYS)
            shown |= {i.field for r in plan.rows for i in r.issues if i.field}
            self._fields = [f for f in LABELS if f in shown]
        self._filter()
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        """Show only the rows with errors or warnings (or every row again)."""
        self.beginResetModel()
        self._problems_only = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self._plan.rows if self._plan is not None else []
        if self._problems_only:
            rows = [r for r in rows if r.level in ("error", "warning")]
        self._rows = rows

    def row_at(self, row: int) -> PreviewRow:
        """The plan's row shown at table row `row`."""
        return self._rows[row]

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: N802, B008
        """Rows shown (none under a valid parent: the model is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: N802, B008
        """The row number, the action, and one column per field shown."""
        return 0 if parent.isValid() else 2 + len(self._fields)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, in the interface's language."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Action")
        if 2 <= section < 2 + len(self._fields):
            return field_label(self._fields[section - 2])
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, issue level, colours, tooltip or alignment."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        field = self._fields[col - 2] if col >= 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.line)
            if col == 1:
                return action_label(row.action)
            return self._text(row, field or "")
        if role == LINE_ROLE:
            return row.line
        if role == ACTION_ROLE:
            return row.action
        if role == ISSUE_LEVEL_ROLE:
            return self._level(row, field)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush.get(self._level(row, field) or "")
        if role == Qt.ItemDataRole.ForegroundRole and row.action in ("skip", "unchanged"):
            return self._note_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in _NUMERIC:
            return _RIGHT
        return None

    def _tooltip(self, row: PreviewRow, field: str | None) -> str | None:
        """The cell's messages; on the row's own columns, every message with its field."""
        issues = row.issues if field is None else row.messages(field)
        lines = [
            self.tr("{field}: {message}").format(field=field_label(i.field), message=i.message)
            if field is None and i.field
            else i.message
            for i in issues
        ]
        return "\n".join(lines) or None

    @staticmethod
    def _level(row: PreviewRow, field: str | None) -> str | None:
        if field is None:
            return row.level
        levels = {i.level for i in row.issues if i.field == field}
        return next((lv for lv in ("error", "warning", "note") if lv in levels), None)

    def _text(self, row: PreviewRow, field: str) -> str:
        assert self._plan is not None
        if field in REF_FIELDS:
            return self._plan.name_of(field, getattr(row.values, REF_FIELDS[field][1]))
        value = getattr(row.values, field)
        if field == "status":
            return status_label(value)
        if field == "condition":
            return condition_label(value)
        if field == "unit_value":
            return money(value)
        if field == "federal_share_pct":
            # Percentages are read to hundredths (`parse_percent`): exact as an integer.
            return percent(int(value * 100)) if isinstance(value, Decimal) else ""
        if field == "quantity":
            return number(value)
        if isinstance(value, date):
            return day(value)
        return "" if value is None else str(value)
