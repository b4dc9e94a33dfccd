"""The safety feature: back up now, restore, check, and the automatic backups."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QStyle

from inl_equipment.i18n import Msg, translate
from inl_equipment.ui.safety.safety_actions import SafetyActions

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class SafetyFeature:
    """Backups and checks of the main window's register, with a status-bar label."""

    def __init__(self, window: MainWindow) -> None:
        """Add the backup, restore and check actions and the backup label to `window`."""
        self._window = window
        self.actions = SafetyActions(window.register, window)
        acts = window.acts
        # A backup writes beside the register, which a read-only copy must not do.
        acts.add(
            "backup",
            Msg.translate("SafetyFeature", "&Back up now…"),
            self.backup_now,
            shortcut="Ctrl+B",
            icon=window.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            tip=Msg.translate("SafetyFeature", "Write a verified backup copy now"),
            writes=True,
        )
        acts.add(
            "restore",
            Msg.translate("SafetyFeature", "Restore from bac&kup…"),
            self.restore,
            writes=True,
        )
        acts.add(
            "check",
            Msg.translate("SafetyFeature", "&Check database"),
            self.check,
            tip=Msg.translate(
                "SafetyFeature", "Check the file, its links and the history's hash chain"
            ),
        )
        acts.fill(acts.menu("file"), "backup", "restore", "check")
        # A label of its own: a status-bar message would hide the item count.
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        window.statusBar().addPermanentWidget(self.backup_label)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._window.shown.connect(self.actions.start)
        self.actions.backup_made.connect(self._backup_made)
        self.actions.backup_failed.connect(self._backup_failed)

    # -- the commands, as the menus and other features call them ----------------
    def backup_now(self) -> None:
        """Write a verified backup now, with progress."""
        self.actions.backup_now()

    def restore(self) -> None:
        """Replace the register by a backup the user picks."""
        self.actions.restore()

    def check(self) -> None:
        """Check the file, its links and the history's hash chain."""
        self.actions.check()

    def after_import(self) -> None:
        """Keep a backup of the register as an import left it."""
        self.actions.after_import()

    # -- the status-bar label ------------------------------------------------------
    def _backup_made(self, path: str) -> None:
        self.backup_label.setText(
            translate("SafetyFeature", "Backed up {time}").format(
                time=datetime.now().strftime("%H:%M")
            )
        )
        self.backup_label.setToolTip(path)

    def _backup_failed(self, message: str) -> None:
        self.backup_label.setText(translate("SafetyFeature", "Backup failed"))
        self.backup_label.setToolTip(message)
        QMessageBox.warning(
            self._window,
            translate("SafetyFeature", "Automatic backup failed"),
            translate(
                "SafetyFeature",
                "The automatic backup could not be written: {message}\n\nYour register is "
                "unchanged. Free some disk space or check the backups folder, then use "
                "File → Back up now.",
            ).format(message=message),
        )


def install(window: MainWindow) -> SafetyFeature:
    """Add the safety feature to `window`."""
    return SafetyFeature(window)
