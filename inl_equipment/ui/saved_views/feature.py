"""View → Saved views: name what the table shows now, and bring it back from the menu.

A view keeps the search text, every filter, the columns shown (in their
order) and the sort. Views are the user's (kept in their settings), the
same in every register they open; a view naming a unit or column a
register does not have opens without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox

from inl_equipment.i18n import Msg, translate
from inl_equipment.services import saved_views
from inl_equipment.services.saved_views import NAME_MAX, SavedView
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

SETTINGS_KEY = "views/saved"


class SavedViewsFeature:
    """The Saved views submenu of the View menu."""

    def __init__(self, window: MainWindow) -> None:
        """Add View → Saved views to `window`."""
        self._window = window
        acts = window.acts
        acts.add(
            "save_view",
            Msg.translate("SavedViewsFeature", "&Save this view…"),
            self.save_current,
            shortcut="Ctrl+Shift+S",
            tip=Msg.translate(
                "SavedViewsFeature", "Name the search, filters, columns and sort shown now"
            ),
        )
        acts.add(
            "delete_view",
            Msg.translate("SavedViewsFeature", "&Delete a saved view…"),
            self.delete_one,
        )
        self.menu = acts.submenu(
            "view", "saved_views", Msg.translate("SavedViewsFeature", "Sa&ved views")
        )
        self.menu.aboutToShow.connect(self._fill_menu)
        self._fill_menu()

    # -- the list ------------------------------------------------------------------------
    def views(self) -> list[SavedView]:
        """The views saved, by name."""
        return saved_views.loads(str(self._window.settings.value(SETTINGS_KEY) or ""))

    def _store(self, views: list[SavedView]) -> None:
        self._window.settings.setValue(SETTINGS_KEY, saved_views.dumps(views))

    def _fill_menu(self) -> None:
        acts, menu = self._window.acts, self.menu
        menu.clear()
        menu.addAction(acts["save_view"])
        views = self.views()
        if views:
            menu.addSeparator()
        for view in views:
            action = menu.addAction(view.name)
            action.triggered.connect(lambda _checked=False, v=view: self.show_view(v))
        menu.addSeparator()
        menu.addAction(acts["delete_view"])
        acts["delete_view"].setEnabled(bool(views))

    # -- actions -------------------------------------------------------------------------
    def show_view(self, view: SavedView) -> None:
        """Show the table as `view` says."""
        self._window.view.show_view(view.query, view.columns)

    @guarded
    def save_current(self, name: str | None = None) -> SavedView | None:
        """Keep what the table shows under a name (asked for when None)."""
        window = self._window
        if name is None:
            name, ok = QInputDialog.getText(
                window,
                translate("SavedViewsFeature", "Save this view"),
                translate("SavedViewsFeature", "Name of the view (e.g. “Lost or stolen, 2025”):"),
            )
            if not ok:
                return None
        name = " ".join(name.split())[:NAME_MAX]
        if not name:
            return None
        views = self.views()
        if any(v.name.casefold() == name.casefold() for v in views):
            answer = QMessageBox.question(
                window,
                translate("SavedViewsFeature", "Save this view"),
                translate("SavedViewsFeature", "Replace the view “{name}”?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        view_ = window.view
        query = view_.filters.query(view_.model.query)
        saved = SavedView(name, query, tuple(view_.visible_column_keys()))
        self._store(saved_views.with_view(views, saved))
        return saved

    @guarded
    def delete_one(self, name: str | None = None) -> bool:
        """Forget one saved view (asked which when None)."""
        views = self.views()
        if not views:
            return False
        if name is None:
            name, ok = QInputDialog.getItem(
                self._window,
                translate("SavedViewsFeature", "Delete a saved view"),
                translate("SavedViewsFeature", "View to delete:"),
                [v.name for v in views],
                0,
                False,
            )
            if not ok:
                return False
        self._store(saved_views.without(views, name))
        return True


def install(window: MainWindow) -> SavedViewsFeature:
    """Add saved views to `window`."""
    return SavedViewsFeature(window)
