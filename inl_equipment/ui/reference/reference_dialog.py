"""Editors for reference data: add, edit, merge duplicates, delete unused records."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment import formatting
from inl_equipment.i18n import Msg
from inl_equipment.services.items import NotFoundError
from inl_equipment.services.reference import InUseError, RefKind, RefRecord, counts_items
from inl_equipment.services.reference_usage import usage_message
from inl_equipment.services.register import Register
from inl_equipment.services.vocabulary import location_kind_label
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.reference.record_form import MergeChooser, RefRecordForm
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.screen import fit_to_screen

__all__ = ["MergeChooser", "RefRecordForm", "ReferenceDialog"]


def _lao_name(record: RefRecord) -> str:
    return str(record.values.get("name_lo") or "")


def _field_text(name: str, names: dict[int, str]) -> Callable[[RefRecord], str]:
    """A field's value as text: a name for a reference, a label for a kind of place."""

    def text(r: RefRecord) -> str:
        value = r.values.get(name)
        if value is None or value == "":
            return ""
        if name == "kind":
            return location_kind_label(str(value))
        return names.get(value, "") if isinstance(value, int) else str(value)

    return text


def _columns(
    kind: RefKind, names: dict[str, dict[int, str]], counts: dict[int, int] | None
) -> list[RowColumn[RefRecord]]:
    """A column per field of the kind (names for references), and its items when counted."""
    refs = {"province": "province", "agency": "agency", "location": "location"}
    columns: list[RowColumn[RefRecord]] = [
        RowColumn(Msg("Reference", kind.fields[0].label), lambda r: r.name)
    ]
    for f in kind.fields[1:]:
        looked_up = names.get(refs.get(f.type, ""), {})
        columns.append(RowColumn(Msg("Reference", f.label), _field_text(f.name, looked_up)))
    if counts is not None:
        columns.append(
            RowColumn(
                Msg.translate("ReferenceDialog", "Items"),
                lambda r: formatting.number(counts.get(r.id, 0)),
                right=True,
                sort_key=lambda r: counts.get(r.id, 0),
            )
        )
    return columns


class ReferenceDialog(QDialog):
    """The list of one kind of reference data with Add, Edit, Merge and Delete.

    Signals:
        data_changed(): a record was added, edited, merged or deleted.
    """

    data_changed = Signal()

    def __init__(self, register: Register, kind: RefKind, parent: QWidget | None = None) -> None:
        """The editor of `kind`'s records in `register`."""
        super().__init__(parent)
        self.setObjectName("referenceDialog")
        self.setWindowTitle(kind.title_text)
        self._register, self._kind = register, kind
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        lookups = [f.type for f in kind.fields if f.type in ("province", "agency", "location")]
        lists = register.reference.lists(lookups) if lookups else {}
        names = {k: {r.id: r.name for r in v} for k, v in lists.items()}
        counts = register.reference.item_counts(kind.key)
        counted = counts if counts_items(kind) else None
        self.model: RowTableModel[RefRecord] = RowTableModel(_columns(kind, names, counted), self)
        self._counts = counts
        self.table = self._make_table()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.merge_button.setToolTip(
            self.tr("Move everything that uses this record to another, then remove it")
        )
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.setEnabled(kind.can_add)
        self.delete_button.setEnabled(kind.can_add)
        self.merge_button.setEnabled(kind.can_merge)
        self._close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        fit_to_screen(self, 1100, 620)
        self._records: list[RefRecord] = []
        self.reload()
        self._fit_columns()
        self._connect_signals()

    def _fit_columns(self) -> None:
        """Each column but the first as wide as what it holds, up to a limit."""
        most = 220  # px: long names are cut with "…", the whole name in the form
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("referenceTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)  # by any column: the model sorts its rows
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        return table

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.table)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(self._close)

    def _connect_signals(self) -> None:
        self._close.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.delete_button.clicked.connect(self.delete_current)

    def reload(self) -> None:
        """Read the records again and show those the filter matches."""
        self._records = self._register.reference.lists((self._kind.key,))[self._kind.key]
        # The Items column reads this dict: refresh it in place.
        self._counts.clear()
        self._counts.update(self._register.reference.item_counts(self._kind.key))
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        keep = self.current()
        self.model.set_rows(
            [
                r
                for r in self._records
                if not needle
                or needle in r.name.casefold()
                or needle in _lao_name(r).casefold()
                or needle in str(r.values.get("short_name") or "").casefold()
            ]
        )
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if keep is not None:
            self.select(keep.id)

    def current(self) -> RefRecord | None:
        """The selected record, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, record_id: int) -> None:
        """Select the record with this id (when the filter shows it)."""
        row = self.model.find(lambda r: r.id == record_id)
        if row is not None:
            self.table.selectRow(row)

    @guarded
    def add(self) -> None:
        """Add a record through the record form."""
        form = RefRecordForm(self._register, self._kind, None, self)
        if run_dialog(form) and form.saved_id is not None:
            self._changed(form.saved_id)

    @guarded
    def edit_current(self) -> None:
        """Edit the selected record."""
        record = self.current()
        if record is None:
            return
        if run_dialog(RefRecordForm(self._register, self._kind, record, self)):
            self._changed(record.id)

    @guarded
    def merge_current(self) -> None:
        """Fold the selected record into one the user chooses, after confirming."""
        record = self.current()
        if record is None or not self._kind.can_merge:
            return
        chooser = MergeChooser(record, [r for r in self._records if r.id != record.id], self)
        if not run_dialog(chooser) or chooser.chosen is None:
            return
        keep = chooser.chosen
        if not self._merge_confirmed(record, keep):
            return
        moved = self._register.reference.merge(self._kind.key, keep.id, record.id)
        QMessageBox.information(
            self,
            self.tr("Merged"),
            self.tr("Merged into “{name}”; {count} record(s) moved.", "", moved).format(
                name=keep.name, count=formatting.number(moved)
            ),
        )
        self._changed(keep.id)

    def _merge_confirmed(self, record: RefRecord, keep: RefRecord) -> bool:
        """Whether the user confirms the merge, told what moves."""
        used = self._register.reference.usage(self._kind.key, record.id)
        if used:
            question = self.tr(
                "Merge “{drop}” into “{keep}”?\n\n{usage} will move to “{keep}”, and “{drop}” "
                "is removed. This cannot be undone."
            ).format(drop=record.name, keep=keep.name, usage=usage_message(used))
        else:
            question = self.tr(
                "Merge “{drop}” into “{keep}”?\n\nNothing will move to “{keep}”, and “{drop}” "
                "is removed. This cannot be undone."
            ).format(drop=record.name, keep=keep.name)
        answer = QMessageBox.question(self, self.tr("Merge duplicates"), question)
        return answer == QMessageBox.StandardButton.Yes

    @guarded
    def delete_current(self) -> None:
        """Delete the selected record when nothing uses it, after confirming."""
        record = self.current()
        if record is None:
            return
        used = self._register.reference.usage(self._kind.key, record.id)
        if used:
            QMessageBox.warning(
                self,
                self.tr("Still in use"),
                self.tr(
                    "“{name}” is used by {usage} and cannot be deleted.\n"
                    "Use Merge into… to move them to another record first."
                ).format(name=record.name, usage=usage_message(used)),
            )
            return
        question = self.tr("Delete “{name}”?").format(name=record.name)
        if (
            QMessageBox.question(self, self.tr("Delete"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self._register.reference.delete(self._kind.key, record.id)
        except (InUseError, NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), str(exc))
            return
        self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.reload()
        if select_id is not None:
            self.select(select_id)
        self.data_changed.emit()
