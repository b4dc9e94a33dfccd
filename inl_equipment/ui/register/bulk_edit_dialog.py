"""Edit selected items: set the category, funding source or condition, add a notes line.

Custody (holder, location, status) is not offered: it moves only with a
receipt. Apply asks once, naming how many items will change, then every
item gets its own history event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.i18n import translate
from inl_equipment.services.bulk_edit import BulkChange
from inl_equipment.services.items import ValidationError
from inl_equipment.services.reference import RefRecord
from inl_equipment.services.vocabulary import condition_choices
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.register.form_fields import choice_box


class BulkEditDialog(QDialog):
    """The changes to make to `count` items, each behind a tick box."""

    def __init__(
        self,
        count: int,
        refs: dict[str, list[RefRecord]],
        apply: Callable[[BulkChange], Sequence[int]],
        parent: QWidget | None = None,
    ) -> None:
        """A form for changes to `count` selected items; `apply` makes them."""
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Edit %n selected item(s)", "", count))
        self._count, self._apply = count, apply
        self.changed: list[int] = []
        self._errors = FormErrors()
        names = {k: [(r.id, r.name) for r in v] for k, v in refs.items()}
        self.inputs: dict[str, QWidget] = {
            "category_id": choice_box(names.get("category", [])),
            "funding_source_id": choice_box(names.get("funding", [])),
            "condition": choice_box(condition_choices()),
            "notes_line": QLineEdit(),
        }
        self.ticks: dict[str, QCheckBox] = {
            "category_id": QCheckBox(self.tr("Set the &category to")),
            "funding_source_id": QCheckBox(self.tr("Set the &funding source to")),
            "condition": QCheckBox(self.tr("Set the c&ondition to")),
            "notes_line": QCheckBox(self.tr("Add a line to the &notes")),
        }
        self._build()
        self._connect_signals()
        self._update()

    def _build(self) -> None:
        note = QLabel(
            self.tr(
                "Holder, location and status are not changed here: they move only with a "
                "receipt (Handovers) or through Retire."
            )
        )
        note.setWordWrap(True)
        grid = QGridLayout()
        for row, (name, tick) in enumerate(self.ticks.items()):
            tick.setObjectName(f"tick_{name}")
            self.inputs[name].setObjectName(f"bulk_{name}")
            grid.addWidget(tick, row * 2, 0)
            grid.addWidget(self.inputs[name], row * 2, 1)
            grid.addWidget(self._errors.label_for(name, self.inputs[name]), row * 2 + 1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Apply to %n item(s)", "", self._count))
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(grid)
        box.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _connect_signals(self) -> None:
        for tick in self.ticks.values():
            tick.toggled.connect(lambda _on: self._update())
        notes = self.inputs["notes_line"]
        if isinstance(notes, QLineEdit):
            notes.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self._on_apply)
        self.buttons.rejected.connect(self.reject)

    def change(self) -> BulkChange:
        """The change as ticked and chosen."""

        def chosen(name: str) -> object:
            widget = self.inputs[name]
            if not self.ticks[name].isChecked():
                return None
            if isinstance(widget, QComboBox):
                return widget.currentData()
            return widget.text() if isinstance(widget, QLineEdit) else None

        return BulkChange(
            category_id=chosen("category_id"),  # type: ignore[arg-type]
            funding_source_id=chosen("funding_source_id"),  # type: ignore[arg-type]
            condition=chosen("condition"),  # type: ignore[arg-type]
            notes_line=str(chosen("notes_line") or ""),
        )

    def _update(self) -> None:
        for name, tick in self.ticks.items():
            self.inputs[name].setEnabled(tick.isChecked())
        self.ok.setEnabled(not self.change().empty)

    def _on_apply(self) -> None:
        change = self.change()
        if change.empty:
            return
        count = self._count
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            translate(
                "BulkEditDialog",
                "Change %n item(s)? Each one that changes gets its own entry in its history.",
                None,
                count,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.changed = list(self._apply(change))
        except ValidationError as exc:
            self._errors.show(exc.messages)
            return
        except Exception as exc:  # noqa: BLE001 - disk full, read-only…: say so, keep the form
            show_error(self, exc)
            return
        self.accept()
