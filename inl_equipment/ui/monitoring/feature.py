"""The end-use monitoring feature: a new site check, the Due checks and Incidents windows.

The actions sit in the Handovers menu (after a separator) until the window
has a Monitoring menu of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from inl_equipment.i18n import Msg, translate
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class MonitoringFeature:
    """The end-use monitoring actions of the main window."""

    def __init__(self, window: MainWindow) -> None:
        """Add the monitoring actions to `window`'s Handovers menu."""
        self._window = window
        acts, sp = window.acts, QStyle.StandardPixmap
        icon = window.style().standardIcon
        acts.add(
            "site_check",
            Msg.translate("MonitoringFeature", "New &site check…"),
            self.new_site_check,
            icon=icon(sp.SP_DialogApplyButton),
            writes=True,
            tip=Msg.translate(
                "MonitoringFeature",
                "Check the items at a site, scanning their labels (end-use monitoring)",
            ),
        )
        acts.add(
            "due_checks",
            Msg.translate("MonitoringFeature", "&Due checks…"),
            self.show_due_checks,
            tip=Msg.translate(
                "MonitoringFeature", "Items due or overdue for a check, by site, to plan a trip"
            ),
        )
        acts.add(
            "incidents",
            Msg.translate("MonitoringFeature", "&Incidents…"),
            self.show_incidents,
            tip=Msg.translate(
                "MonitoringFeature", "Items lost, stolen or damaged, and their investigations"
            ),
        )
        acts.fill(acts.menu("monitoring"), "site_check", "due_checks", "incidents")

    @guarded
    def new_site_check(self) -> None:
        """Record a site check (the site of the selected item, when it has one)."""
        from inl_equipment.ui.monitoring.site_check_dialog import open_site_check

        number = open_site_check(self._window, self._selected_site())
        if number:
            self._window.statusBar().showMessage(
                translate("MonitoringFeature", "Site check {number} recorded").format(
                    number=number
                ),
                10_000,
            )

    def _selected_site(self) -> int | None:
        """The location of the one item selected in the main table, if any."""
        ids = self._window.selected_item_ids()
        if len(ids) != 1:
            return None
        return self._window.register.items.get(ids[0]).values.location_id

    @guarded
    def show_due_checks(self) -> None:
        """Show the Due checks window."""
        from inl_equipment.ui.monitoring.due_checks_window import open_due_checks

        open_due_checks(self._window)

    @guarded
    def show_incidents(self) -> None:
        """Show the Incidents window."""
        from inl_equipment.ui.monitoring.incidents_window import open_incidents

        open_incidents(self._window)


def install(window: MainWindow) -> MonitoringFeature:
    """Add the monitoring feature to `window`."""
    return MonitoringFeature(window)
