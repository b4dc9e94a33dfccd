"""Running dialogs so that none outlives its use.

A dialog parented to the main window lives as long as the window unless it
is deleted: every dialog the app opens goes through `run_dialog` (modal) or
`show_dialog` (modeless), which delete it once it has closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget


def run_dialog(dialog: QDialog) -> int:
    """Show `dialog` modally and delete it (later, once control returns); its result."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def show_dialog(window: QWidget) -> None:
    """Show a modeless window that is deleted when it closes."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
