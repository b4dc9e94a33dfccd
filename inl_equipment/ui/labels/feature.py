"""The labels feature: File → Print labels… for the selected items, or the table as shown.

`open_labels_dialog` is also what the handover windows call for a receipt's items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.labels.labels_dialog import LabelsDialog
    from inl_equipment.ui.main_window import MainWindow


def open_labels_dialog(
    parent: QWidget, register: Register, item_ids: list[int], settings: QSettings, what: str
) -> LabelsDialog:
    """Run the labels dialog for `item_ids` (`what` names them); returns it, closed."""
    from inl_equipment.ui.labels.labels_dialog import LabelsDialog

    dialog = LabelsDialog(register, item_ids, settings, parent, what=what)
    run_dialog(dialog)
    return dialog


def print_receipt_labels(
    parent: QWidget, register: Register, number: str, settings: QSettings | None
) -> LabelsDialog:
    """Run the labels dialog for the items of receipt `number` (the handover windows' button)."""
    ids = register.labels.handover_items(number)
    words = translate("LabelsFeature", "the items of receipt {number}").format(number=number)
    return open_labels_dialog(parent, register, ids, settings or QSettings(), words)


class LabelsFeature:
    """Asset labels for what the main window shows or has selected."""

    def __init__(self, window: MainWindow) -> None:
        """Add File → Print labels… to `window`."""
        self._window = window
        acts = window.acts
        acts.add(
            "print_labels",
            Msg.translate("LabelsFeature", "Print &labels…"),
            self.print_labels,
            shortcut="Ctrl+Shift+L",
            tip=Msg.translate(
                "LabelsFeature",
                "Asset labels with QR and bar codes for the selected items, or the table as shown",
            ),
        )
        acts.fill(acts.menu("file"), "print_labels")

    def item_ids(self) -> tuple[list[int], str]:
        """The selected items, else every item the table shows; and those in words."""
        view = self._window.view
        selected = view.selected_item_ids()
        if selected:
            count = len(selected)
            words = translate("LabelsFeature", "{count} selected item(s)", None, count)
            return selected, words.format(count=number(count))
        view.ensure_complete()  # every row of the result, not the first screen
        shown = view.model.visible_item_ids()
        count = len(shown)
        words = translate("LabelsFeature", "the {count} item(s) the table shows", None, count)
        return shown, words.format(count=number(count))

    @guarded
    def print_labels(self) -> None:
        """Open the labels dialog for the selection or the table as shown."""
        ids, words = self.item_ids()
        window = self._window
        open_labels_dialog(window, window.register, ids, window.settings, words)


def install(window: MainWindow) -> LabelsFeature:
    """Add the labels feature to `window`."""
    return LabelsFeature(window)
