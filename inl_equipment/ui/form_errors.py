"""Messages beside form fields: one helper for every form that validates.

A form registers an error label per field (`label_for`), then shows a
field → message mapping (`show`): each label shows its field's message or
hides, the invalid input is outlined, and `summary` says how many fields
need attention, in words, through the catalogue's plural forms.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from inl_equipment.i18n import Text, translate
from inl_equipment.ui.style import Role, set_role


class FormErrors:
    """The error labels of one form, by field name."""

    def __init__(self) -> None:
        """No fields yet."""
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}

    def label_for(self, name: str, field: QWidget | None = None, *, small: bool = True) -> QLabel:
        """A hidden error label for field `name` (its input `field` is outlined when wrong)."""
        label = QLabel()
        label.setObjectName(f"error_{name}")
        set_role(label, Role.FIELD_ERROR if small else Role.ERROR)
        label.setWordWrap(True)
        label.hide()
        self._labels[name] = label
        if field is not None:
            self._inputs[name] = field
        return label

    def show(self, errors: Mapping[str, Text]) -> None:
        """Show each field's message (hide the others)."""
        for name, label in self._labels.items():
            message = errors.get(name)
            label.setText(str(message) if message is not None else "")
            label.setVisible(message is not None)
            field = self._inputs.get(name)
            if field is not None:
                field.setProperty("invalid", message is not None)
                field.style().unpolish(field)
                field.style().polish(field)

    def first(self, errors: Mapping[str, Text], order: list[str]) -> str | None:
        """The first field, in form order, that has a message."""
        return next((n for n in order if n in errors), None)

    @staticmethod
    def summary(count: int) -> str:
        """'1 field needs attention before saving.' / '5 fields need attention…'."""
        return translate("FormErrors", "%n field(s) need attention before saving.", None, count)
