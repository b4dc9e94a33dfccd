"""Import, step 2: every row as it will be stored, its problems, and the import options."""

from __future__ import annotations

import dataclasses
import html
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.interchange.import_rejects import default_rejects_name, write_rejects
from inl_equipment.interchange.import_rows import LABELS
from inl_equipment.interchange.importer import (
    REF_FIELDS,
    DuplicatePolicy,
    ImportOptions,
    ImportPlan,
    PreviewRow,
    plural,
)
from inl_equipment.services.columns import condition_label, status_label

#: The worst issue of a cell ("error", "warning", "note") or None.
ISSUE_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row number in the spreadsheet.
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
#: What the import does with the row ("create", "update", "skip", ...).
ACTION_ROLE = Qt.ItemDataRole.UserRole + 3

ERROR_COLOR = QColor("#f6c6c4")
WARNING_COLOR = QColor("#ffe4a3")
_NOTE_TEXT = QColor("#777777")
_ALWAYS = ("asset_tag", "description", "category", "status", "condition")
_ACTIONS = {
    "create": "New",
    "update": "Update",
    "unchanged": "Unchanged",
    "skip": "Skip",
    "error": "Error",
}
_POLICIES: tuple[tuple[DuplicatePolicy, str], ...] = (
    ("skip", "Skip rows whose asset tag is already in the register"),
    ("update", "Update the items already in the register"),
    ("fail", "Stop: import nothing if an asset tag is already in the register"),
)
_ANY_INDEX = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PreviewModel(QAbstractTableModel):
    """The rows of an `ImportPlan`: the row number, the action, then the fields stored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []
        self._problems_only = False
        self._brush = {"error": QBrush(ERROR_COLOR), "warning": QBrush(WARNING_COLOR)}

    def set_plan(self, plan: ImportPlan | None) -> None:
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
        return self._rows[row]

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2 + len(self._fields)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return "Row"
        if section == 1:
            return "Action"
        if 2 <= section < 2 + len(self._fields):
            return LABELS[self._fields[section - 2]]
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        field = self._fields[col - 2] if col >= 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.line)
            if col == 1:
                return _ACTIONS[row.action]
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
            return QBrush(_NOTE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            issues = row.issues if field is None else row.messages(field)
            lines = [
                (f"{LABELS[i.field]}: " if field is None and i.field else "") + i.message
                for i in issues
            ]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (
            "quantity",
            "unit_value",
            "federal_share_pct",
        ):
            return _RIGHT
        return None

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
            return f"${value:,.2f}"
        if field == "federal_share_pct":
            return f"{value.normalize():f}%" if isinstance(value, Decimal) else ""
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)


class PreviewPage(QWidget):
    """The preview table, its counts and the choices that change what is imported.

    Signals:
        options_changed(): the duplicate policy or "create missing" changed (plan again).
        state_changed(): whether the import may go ahead changed.
        rejects_saved(str): the rows with errors were saved; the text says where.
    """

    options_changed = Signal()
    state_changed = Signal()
    rejects_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.plan: ImportPlan | None = None
        self.model = PreviewModel(self)
        self.counts = QLabel()
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.blocked = QLabel()
        self.blocked.setObjectName("previewBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b00020;")
        self.policy = QComboBox()
        self.policy.setObjectName("duplicatePolicy")
        for key, text in _POLICIES:
            self.policy.addItem(text, key)
        self.create_missing = QCheckBox(
            "&Create categories, agencies, locations and funding sources the register lacks"
        )
        self.create_missing.setObjectName("createMissing")
        self.create_missing.setChecked(True)
        self.only_valid = QCheckBox("Import only the &valid rows (leave out the rows with errors)")
        self.only_valid.setObjectName("onlyValid")
        self.problems_only = QCheckBox("&Show only rows with problems")
        self.problems_only.setObjectName("problemsOnly")
        self.save_rejects_button = QPushButton("Save &rejected rows as CSV…")
        self.save_rejects_button.setObjectName("saveRejects")
        self.save_rejects_button.setToolTip(
            "Save the rows with errors, with their problems in a last column, "
            "to fix them and import that file again"
        )
        self.rejects_note = QLabel()
        self.rejects_note.setObjectName("rejectsNote")
        self.table = self._make_table()
        self.details = QLabel("Select a row to see its messages.")
        self.details.setObjectName("rowDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        options = QGridLayout()
        options.addWidget(QLabel("Asset tags already in the register:"), 0, 0)
        options.addWidget(self.policy, 0, 1)
        options.addWidget(self.create_missing, 1, 0, 1, 2)
        options.addWidget(self.only_valid, 2, 0, 1, 2)
        options.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(options)
        above_table = QHBoxLayout()
        above_table.addWidget(self.problems_only)
        above_table.addStretch(1)
        above_table.addWidget(self.rejects_note)
        above_table.addWidget(self.save_rejects_button)
        layout.addLayout(above_table)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.blocked)
        self.policy.currentIndexChanged.connect(self.options_changed)
        self.create_missing.toggled.connect(self.options_changed)
        self.only_valid.toggled.connect(self._only_valid_toggled)
        self.problems_only.toggled.connect(self.model.set_problems_only)
        self.save_rejects_button.clicked.connect(lambda: self.save_rejects())
        self.rejects_saved.connect(self.rejects_note.setText)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.modelReset.connect(lambda: self.details.setText(""))

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("previewTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.setText("")
            return
        row = self.model.row_at(current.row())
        colours = {"error": "#b00020", "warning": "#8a5a00", "note": "#555"}
        lines = [
            f"<span style='color:{colours[i.level]}'>{i.level.capitalize()}"
            + (f" · {LABELS[i.field]}" if i.field else "")
            + f":</span> {html.escape(i.message)}"
            for i in row.issues
        ]
        head = f"<b>Row {row.line}</b> ({_ACTIONS[row.action].lower()})"
        self.details.setText(head + (": " + "<br>".join(lines) if lines else ": no problems."))

    def options(self) -> ImportOptions:
        """The choices on this page (the date order comes from the mapping page)."""
        return ImportOptions(
            on_duplicate=self.policy.currentData(),
            create_missing=self.create_missing.isChecked(),
            only_valid=self.only_valid.isChecked(),
        )

    def show_options(self, options: ImportOptions) -> None:
        """Set the choices without asking to plan again (after a cancelled re-check)."""
        for widget in (self.policy, self.create_missing, self.only_valid):
            widget.blockSignals(True)
        self.policy.setCurrentIndex(max(self.policy.findData(options.on_duplicate), 0))
        self.create_missing.setChecked(options.create_missing)
        self.only_valid.setChecked(options.only_valid)
        for widget in (self.policy, self.create_missing, self.only_valid):
            widget.blockSignals(False)

    def save_rejects(self, path: Path | None = None) -> Path | None:
        """Save the rows with errors as CSV to `path` (asked for when None); the path saved."""
        # Imported here: the exporters bring the spreadsheet writers with them.
        from inl_equipment.interchange.exporters import ExportError

        plan = self.plan
        if plan is None or not plan.counts.error_rows:
            return None
        if path is None:
            suggested = plan.source.path.parent / default_rejects_name(plan)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, "Save rejected rows", str(suggested), "CSV files (*.csv)"
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".csv")
        try:
            n = write_rejects(plan, path)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, "Import", f"The rejected rows could not be saved: {exc}")
            return None
        self.rejects_saved.emit(f"{plural(n, 'row')} with errors saved to {path.name}.")
        return path

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.rejects_note.setText("")
        self.model.set_plan(plan)
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, 60 if col < 2 else 150)
        self._show_state()

    def _only_valid_toggled(self, on: bool) -> None:
        if self.plan is not None:
            # Leaving rows out changes no row: no need to plan again.
            self.plan.options = dataclasses.replace(self.plan.options, only_valid=on)
        self._show_state()

    def _show_state(self) -> None:
        plan = self.plan
        if plan is None:
            return
        c = plan.counts
        parts = [f"<b>{plural(c.rows, 'row')}</b>: {c.create:,} new", f"{c.update:,} to update"]
        if c.skip or c.unchanged:
            parts.append(f"{c.skip + c.unchanged:,} skipped")
        text = ", ".join(parts)
        if c.error_rows:
            text += f" · <span style='color:#b00020'><b>{c.error_rows:,} with errors</b></span>"
        if c.warning_rows:
            text += f" · <span style='color:#8a5a00'>{c.warning_rows:,} with warnings</span>"
        made: dict[str, int] = {}
        for ref in plan.new_refs:
            made[ref.kind] = made.get(ref.kind, 0) + 1
        if made:
            text += "<br>New records to create: " + ", ".join(
                plural(n, *_PLURAL[k]) for k, n in made.items()
            )
            self.counts.setToolTip(
                "\n".join(f"{r.kind}: {r.name}" for r in plan.new_refs[:40])
                + ("\n…" if len(plan.new_refs) > 40 else "")
            )
        self.counts.setText(text)
        self.only_valid.setEnabled(c.error_rows > 0)
        self.save_rejects_button.setVisible(c.error_rows > 0)
        self.blocked.setText(plan.blocked or "")
        self.state_changed.emit()

    def can_import(self) -> bool:
        return self.plan is not None and self.plan.blocked is None


_PLURAL = {
    "category": ("category", "categories"),
    "agency": ("agency", "agencies"),
    "location": ("location", "locations"),
    "funding": ("funding source", "funding sources"),
}
