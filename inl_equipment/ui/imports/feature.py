"""The imports feature: File → Import…, and spreadsheets dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QFileDialog, QStyle

from inl_equipment.i18n import Msg, translate
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

IMPORTABLE = (".csv", ".xlsx", ".txt")


class ImportsFeature:
    """Imports of items from CSV and Excel files."""

    def __init__(self, window: MainWindow) -> None:
        """Add File → Import… and the drop target to `window`."""
        self._window = window
        acts = window.acts
        acts.add(
            "import",
            Msg.translate("ImportsFeature", "&Import…"),
            self.import_dialog,
            shortcut="Ctrl+I",
            writes=True,
            icon=window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            tip=Msg.translate(
                "ImportsFeature",
                "Import items from a CSV or Excel file (or drop one on the window)",
            ),
        )
        acts.fill(acts.menu("file"), "import")
        acts.toolbar.addSeparator()
        acts.fill(acts.toolbar, "import")
        window.add_drop_handler(self._drop_handler)

    def _drop_handler(self, mime: QMimeData) -> Callable[[], None] | None:
        path = dropped_file(mime)
        return None if path is None else (lambda: self.import_dialog(path))

    @guarded
    def import_dialog(self, path: Path | None = None) -> None:
        """Import a CSV/XLSX file: ask for it (unless given), map, preview, commit."""
        window = self._window
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                window,
                translate("ImportsFeature", "Import items"),
                str(Path.home()),
                translate("ImportsFeature", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        from inl_equipment.ui.imports.import_dialog import import_file

        if import_file(window, path) is not None:
            safety = window.features.get("safety")
            after_import = getattr(safety, "after_import", None)
            if after_import is not None:
                after_import()


def dropped_file(mime: QMimeData) -> Path | None:
    """The one CSV/XLSX file being dragged in, if that is what it is."""
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTABLE else None


def install(window: MainWindow) -> ImportsFeature:
    """Add the imports feature to `window`."""
    return ImportsFeature(window)
