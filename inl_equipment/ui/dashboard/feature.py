"""The dashboard feature: View → Dashboard, a window of figures over the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from inl_equipment.i18n import Msg
from inl_equipment.services.search import Query, Snapshot
from inl_equipment.ui.dialogs import show_dialog
from inl_equipment.ui.errors import guarded, show_error

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
                "Items and value by status, holder and province, checks due, receipts",
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
            register = self._window.register
            dashboard = DashboardWindow(
                self._snapshot, register.dashboard.records, register.changes, self._window
            )
            dashboard.figure_chosen.connect(self.show_items)
            dashboard.receipts_chosen.connect(self.show_receipts)
            dashboard.incidents_chosen.connect(self.show_open_incidents)
            dashboard.summary_requested.connect(self.save_summary)
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

    def show_receipts(self, text: str, missing_signed: bool) -> None:
        """Open the Handovers window on the receipts a receipt figure counts."""
        from inl_equipment.ui.handovers.handovers_view import open_handovers

        open_handovers(self._window).show_filtered(text, missing_signed)

    def show_open_incidents(self) -> None:
        """Open the Incidents window on the incidents still open."""
        from inl_equipment.ui.monitoring.incidents_window import open_incidents

        open_incidents(self._window).open_only.setChecked(True)

    @guarded
    def save_summary(self, target: Path | None = None) -> Path | None:
        """Write the dashboard's one-page PDF summary (asked where when `target` is None)."""
        dashboard = self.dashboard
        if dashboard is None or dashboard.figures is None or dashboard.records is None:
            return None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                dashboard,
                dashboard.tr("Save the dashboard summary"),
                f"dashboard-{date.today().isoformat()}.pdf",
                dashboard.tr("PDF documents (*.pdf)"),
            )
            if not name:
                return None
            target = Path(name)
        register = self._window.register
        try:
            register.dashboard.write_summary(
                target, dashboard.figures, dashboard.records, register.location, date.today()
            )
        except OSError as exc:
            show_error(dashboard, exc)
            return None
        return target


def install(window: MainWindow) -> DashboardFeature:
    """Add the dashboard feature to `window`."""
    return DashboardFeature(window)
