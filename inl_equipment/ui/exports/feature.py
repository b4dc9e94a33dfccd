"""The exports feature: File → Export… (PDF, Excel, CSV)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from inl_equipment.i18n import Msg
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class ExportsFeature:
    """Exports of the table as shown, or the whole register."""

    def __init__(self, window: MainWindow) -> None:
        """Add File → Export… to `window`."""
        self._window = window
        acts = window.acts
        acts.add(
            "export",
            Msg.translate("ExportsFeature", "&Export…"),
            self.export_dialog,
            shortcut="Ctrl+Shift+E",
            icon=window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            tip=Msg.translate(
                "ExportsFeature",
                "Export the table as shown, or the whole register, to PDF, Excel or CSV",
            ),
        )
        acts.fill(acts.menu("file"), "export", None)
        acts.fill(acts.toolbar, "export")

    @guarded
    def export_dialog(self) -> None:
        """Open the export dialog for the table as shown."""
        from inl_equipment.ui.exports.window_export import export_from_main_window

        export_from_main_window(self._window)


def install(window: MainWindow) -> ExportsFeature:
    """Add the exports feature to `window`."""
    return ExportsFeature(window)
