"""The dashboard feature: View → Dashboard, a window of figures over the register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inl_equipment.i18n import Msg
from inl_equipment.services.search import Query, Snapshot
from inl_equipment.ui.dialogs import show_dialog
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.dashboard.dashboard_window import DashboardWindow
    from inl_equipment.ui.main_window import MainWindow


class DashboardFeature:
    """The dashboard window of the main window (one at a time)."""

    def __init__(self, window: MainWindow) -> None:
        """Add View → Dashboard to `window`."""
        self._window = window
        self.dashboard: DashboardWindow | None = None
        acts = window.acts
        acts.add(
            "dashboard",
            Msg.translate("DashboardFeature", "&Dashboard"),
            self.show_dashboard,
            shortcut="Ctrl+Shift+D",
            tip=Msg.translate(
                "DashboardFeature",
                "Items and value by status, holder and province, and the checks due",
            ),
        )
        acts.fill(acts.menu("view"), "dashboard")
        acts.fill(acts.toolbar, "dashboard")

    def _snapshot(self) -> Snapshot:
        view = self._window.view
        view.ensure_complete()  # every row, not the first screen
        return view.model.snapshot

    @guarded
    def show_dashboard(self) -> DashboardWindow:
        """Open the dashboard (or bring the open one to the front)."""
        from inl_equipment.ui.dashboard.dashboard_window import DashboardWindow

        if self.dashboard is None:
            dashboard = DashboardWindow(self._snapshot, self._window.register.changes, self._window)
            dashboard.figure_chosen.connect(self.show_items)
            dashboard.destroyed.connect(self._forget)
            self.dashboard = dashboard
        show_dialog(self.dashboard)
        return self.dashboard

    def _forget(self) -> None:
        self.dashboard = None

    def show_items(self, query: Query) -> None:
        """Show the figure's items in the register, its filter in the filter bar."""
        self._window.view.filters.show_query(query)
        self._window.raise_()
        self._window.activateWindow()


def install(window: MainWindow) -> DashboardFeature:
    """Add the dashboard feature to `window`."""
    return DashboardFeature(window)
