"""Help: about the app, and the folder of its log files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from inl_equipment.i18n import Msg, translate
from inl_equipment.logs import log_dir
from inl_equipment.paths import default_data_dir

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class HelpFeature:
    """The Help menu's own entries."""

    def __init__(self, window: MainWindow) -> None:
        """Add Show log folder and About to `window`'s Help menu."""
        self._window = window
        acts = window.acts
        acts.add(
            "log_folder",
            Msg.translate("HelpFeature", "Show &log folder"),
            self.show_log_folder,
            tip=Msg.translate("HelpFeature", "Open the folder of the app's log files"),
        )
        acts.add("about", Msg.translate("HelpFeature", "&About"), self.about)
        acts.fill(acts.menu("help"), "log_folder", None, "about")

    def show_log_folder(self) -> None:
        """Open the log folder in the file manager."""
        folder = log_dir(default_data_dir())
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        """The app's name, version and purpose."""
        from inl_equipment import __version__

        QMessageBox.about(
            self._window,
            translate("HelpFeature", "About INL Equipment Tracker"),
            translate(
                "HelpFeature",
                "INL Equipment Tracker {version}\n\nRegister of donated equipment: "
                "purchase, handover, end-use checks and disposal.",
            ).format(version=__version__),
        )


def install(window: MainWindow) -> HelpFeature:
    """Add the help feature to `window`."""
    return HelpFeature(window)
