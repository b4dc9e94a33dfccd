"""Editors for reference data: add, edit, merge duplicates, delete unused records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.db.models import LocationKind
from inl_equipment.services.items import NotFoundError, ValidationError
from inl_equipment.services.reference import InUseError, RefKind, RefRecord, describe_usage
from inl_equipment.services.register import Register
from inl_equipment.ui.errors import guarded, show_error


class RefRecordForm(QDialog):
    """The fields of one reference record; saving goes through `Register.save_ref`."""

    def __init__(
        self,
        register: Register,
        kind: RefKind,
        record: RefRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refRecordForm")
        self.setWindowTitle(f"{'Edit' if record else 'Add'} — {kind.title}")
        self._register, self._kind, self._record = register, kind, record
        self.saved_id: int | None = None
        form = QFormLayout(self)
        self.inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        options = register.reference.lists(("province", "agency"))
        for f in kind.fields:
            value = record.values.get(f.name) if record else None
            widget: QWidget
            if f.type == "text":
                widget = QLineEdit(str(value or ""))
            else:
                widget = QComboBox()
                if f.type == "location_kind":
                    for lk in LocationKind:
                        widget.addItem(lk.label, lk.value)
                else:
                    if not f.required:
                        widget.addItem("—", None)
                    for r in options[f.type]:
                        widget.addItem(r.name, r.id)
                widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.setObjectName(f"ref_{f.name}")
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.hide()
            form.addRow(f.label + (" *" if f.required else ""), widget)
            form.addRow("", error)
            self.inputs[f.name], self._errors[f.name] = widget, error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.inputs.items():
            out[name] = w.text() if isinstance(w, QLineEdit) else w.currentData()  # type: ignore[attr-defined]
        return out

    def _on_save(self) -> None:
        try:
            self.saved_id = self._register.reference.save(
                self._kind.key, self._record.id if self._record else None, self.values()
            )
        except ValidationError as exc:
            for name, label in self._errors.items():
                label.setText(exc.errors.get(name, ""))
                label.setVisible(name in exc.errors)
            return
        except Exception as exc:  # noqa: BLE001 - disk full, read-only…: say so, stay open
            show_error(self, exc)
            return
        self.accept()


class MergeChooser(QDialog):
    """Pick the record to keep when merging a duplicate: searchable, nothing preselected."""

    def __init__(
        self, dropping: RefRecord, candidates: list[RefRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeChooser")
        self.setWindowTitle("Merge duplicates")
        self.chosen: RefRecord | None = None
        self._candidates = candidates
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type to find the record to keep…")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        for r in candidates:
            item = QListWidgetItem(r.name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        name = dropping.name
        hint = QLabel(
            f"Everything that uses “{name}” will use the record you choose, "
            f"and “{name}” is removed."
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.buttons.accepted.emit())
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _on_current(self, item: QListWidgetItem | None) -> None:
        ok = item is not None and not item.isHidden()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _on_ok(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        rid = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = next(r for r in self._candidates if r.id == rid)
        self.accept()


class ReferenceDialog(QDialog):
    """The list of one kind of reference data with Add, Edit, Merge and Delete.

    Signals:
        data_changed(): a record was added, edited, merged or deleted.
    """

    data_changed = Signal()

    def __init__(self, register: Register, kind: RefKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceDialog")
        self.setWindowTitle(kind.title)
        self._register, self._kind = register, kind
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter…")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("referenceList")
        self.add_button = QPushButton("&Add…")
        self.edit_button = QPushButton("&Edit…")
        self.merge_button = QPushButton("&Merge into…")
        self.merge_button.setToolTip(
            "Move everything that uses this record to another, then remove it"
        )
        self.delete_button = QPushButton("&Delete")
        self.add_button.setEnabled(kind.can_add)
        self.delete_button.setEnabled(kind.can_add)
        self.merge_button.setEnabled(kind.can_merge)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(close)
        self.resize(620, 520)
        self._records: list[RefRecord] = []
        self.reload()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_current())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.delete_button.clicked.connect(self.delete_current)

    def reload(self) -> None:
        self._records = self._register.reference.lists((self._kind.key,))[self._kind.key]
        self.list.clear()
        for r in self._records:
            lo = r.values.get("name_lo") or ""
            item = QListWidgetItem(f"{r.name}   {lo}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def current(self) -> RefRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        rid = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._records if r.id == rid), None)

    def select(self, record_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                self.list.setCurrentRow(i)
                return

    @guarded
    def add(self) -> None:
        form = RefRecordForm(self._register, self._kind, None, self)
        if form.exec() and form.saved_id is not None:
            self._changed(form.saved_id)

    @guarded
    def edit_current(self) -> None:
        record = self.current()
        if record is None:
            return
        form = RefRecordForm(self._register, self._kind, record, self)
        if form.exec():
            self._changed(record.id)

    @guarded
    def merge_current(self) -> None:
        record = self.current()
        if record is None or not self._kind.can_merge:
            return
        chooser = MergeChooser(record, [r for r in self._records if r.id != record.id], self)
        if not chooser.exec() or chooser.chosen is None:
            return
        keep = chooser.chosen
        used = self._register.reference.usage(self._kind.key, record.id)
        moving = describe_usage(used) if used else "nothing"
        answer = QMessageBox.question(
            self,
            "Merge duplicates",
            f"Merge “{record.name}” into “{keep.name}”?\n\n{moving[:1].upper() + moving[1:]} "
            f"will move to “{keep.name}”, and “{record.name}” is removed. "
            "This cannot be undone.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        moved = self._register.reference.merge(self._kind.key, keep.id, record.id)
        QMessageBox.information(
            self,
            "Merged",
            f"Merged into “{keep.name}”; {moved:,} record{'s' if moved != 1 else ''} moved.",
        )
        self._changed(keep.id)

    @guarded
    def delete_current(self) -> None:
        record = self.current()
        if record is None:
            return
        used = self._register.reference.usage(self._kind.key, record.id)
        if used:
            QMessageBox.warning(
                self,
                "Still in use",
                f"“{record.name}” is used by {describe_usage(used)} and cannot be deleted.\n"
                "Use Merge into… to move them to another record first.",
            )
            return
        if (
            QMessageBox.question(self, "Delete", f"Delete “{record.name}”?")
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self._register.reference.delete(self._kind.key, record.id)
        except (InUseError, NotFoundError) as exc:
            QMessageBox.warning(self, "Cannot delete", str(exc))
            return
        self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.reload()
        if select_id is not None:
            self.select(select_id)
        self.data_changed.emit()
