"""The form for one reference record, and the chooser of the record a duplicate merges into."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.services.items import ValidationError
from inl_equipment.services.reference import RefField, RefKind, RefRecord
from inl_equipment.services.register import Register
from inl_equipment.services.vocabulary import location_kind_choices
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors


class RefRecordForm(QDialog):
    """The fields of one reference record; saving goes through `register.reference.save`."""

    def __init__(
        self,
        register: Register,
        kind: RefKind,
        record: RefRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        """A form to add a record of `kind` (`record` None) or to edit `record`."""
        super().__init__(parent)
        self.setObjectName("refRecordForm")
        title = self.tr("Edit — {kind}") if record else self.tr("Add — {kind}")
        self.setWindowTitle(title.format(kind=kind.title_text))
        self._register, self._kind, self._record = register, kind, record
        self.saved_id: int | None = None
        self.inputs: dict[str, QWidget] = {}
        self._errors = FormErrors()
        form = QFormLayout(self)
        options = register.reference.lists(("province", "agency", "location"))
        for f in kind.fields:
            widget = self._input(f, record.values.get(f.name) if record else None, options)
            widget.setObjectName(f"ref_{f.name}")
            form.addRow(f.label_text + (" *" if f.required else ""), widget)
            form.addRow("", self._errors.label_for(f.name, widget))
            self.inputs[f.name] = widget
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._connect_signals()

    @staticmethod
    def _input(f: RefField, value: Any, options: dict[str, list[RefRecord]]) -> QWidget:
        """A text box, or a drop-down of location kinds, provinces or agencies."""
        if f.type == "text":
            return QLineEdit(str(value or ""))
        box = QComboBox()
        if f.type == "location_kind":
            for kind_value, label in location_kind_choices():
                box.addItem(label, kind_value)
        else:
            if not f.required:
                box.addItem("—", None)
            for r in options[f.type]:
                box.addItem(r.name, r.id)
        box.setCurrentIndex(max(box.findData(value), 0))
        return box

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        """The form's content by field name (a drop-down gives its choice's id or value)."""
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
            self._errors.show(exc.messages)
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
        """A chooser among `candidates` for the record `dropping` merges into."""
        super().__init__(parent)
        self.setObjectName("mergeChooser")
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.chosen: RefRecord | None = None
        self._candidates = candidates
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find the record to keep…"))
        self.filter.setClearButtonEnabled(True)
        # A list of names only, each item pointing at its record by id.
        self.list = QListWidget()
        for r in candidates:
            item = QListWidgetItem(r.name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        hint = QLabel(
            self.tr(
                "Everything that uses “{name}” will use the record you choose, "
                "and “{name}” is removed."
            ).format(name=dropping.name)
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
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
