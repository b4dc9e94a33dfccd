"""Export what the main window shows: its query, its columns in the user's order."""

from __future__ import annotations

from typing import Any, Protocol

from inl_equipment.services.register import Register
from inl_equipment.services.reports import describe_filters
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.exports.export_dialog import ExportDialog


class _Window(Protocol):
    """What the export needs of the main window."""

    register: Register

    @property
    def model(self) -> Any: ...

    @property
    def view(self) -> Any: ...


def make_export_dialog(window: _Window) -> ExportDialog:
    """An export dialog for what the main window shows (query and visible columns)."""
    return ExportDialog(
        window.register,
        window.model.query,
        window.view.visible_column_keys(),
        window,  # type: ignore[arg-type]
        shown=window.model.rowCount(),
        filters_in_words=describe_filters(window.model.query, window.model.snapshot.refs),
    )


def export_from_main_window(window: _Window) -> ExportDialog:
    """Run the export dialog for the main window's table (File ▸ Export…).

    Returns the dialog, closed, for its `export_result`; Qt deletes it once
    control is back in the event loop (its Python attributes stay readable).
    """
    # The count offered must be the table's full result, not the first screen.
    window.view.ensure_complete()
    dialog = make_export_dialog(window)
    run_dialog(dialog)
    return dialog
