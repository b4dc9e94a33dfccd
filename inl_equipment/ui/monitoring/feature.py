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
            shortcut="Ctrl+K",
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
            shortcut="Ctrl+Shift+K",
            tip=Msg.translate(
                "MonitoringFeature", "Items due or overdue for a check, by site, to plan a trip"
            ),
        )
        acts.add(
            "incidents",
            Msg.translate("MonitoringFeature", "&Incidents…"),
            self.show_incidents,
            shortcut="Ctrl+Shift+I",
            tip=Msg.translate(
                "MonitoringFeature", "Items lost, stolen or damaged, and their investigations"
            ),
        )
        acts.fill(acts.menu("monitoring"), "site_check", "due_checks", "incidents")
        self._add_document_actions()

    def _add_document_actions(self) -> None:
        """The field checklist out and back in, and the annual report."""
        acts = self._window.acts
        acts.add(
            "field_checklist",
            Msg.translate("MonitoringFeature", "Field &checklist…"),
            self.write_checklist,
            tip=Msg.translate(
                "MonitoringFeature",
                "A checklist of a site's items to print (PDF) or fill in offline (XLSX)",
            ),
        )
        acts.add(
            "import_checklist",
            Msg.translate("MonitoringFeature", "Im&port filled checklist…"),
            self.import_checklist,
            writes=True,
            tip=Msg.translate(
                "MonitoringFeature", "Record a filled checklist workbook as one site check"
            ),
        )
        acts.add(
            "eum_report",
            Msg.translate("MonitoringFeature", "End-use monitoring &report…"),
            self.write_eum_report,
            tip=Msg.translate(
                "MonitoringFeature",
                "The annual EUM report: verification rate by agency, province and site (PDF, XLSX)",
            ),
        )
        acts.fill(
            acts.menu("monitoring"), None, "field_checklist", "import_checklist", None, "eum_report"
        )

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
    def write_checklist(self) -> None:
        """Write a field checklist (of the selected item's site, when there is one)."""
        from inl_equipment.ui.monitoring.checklist_dialog import open_checklist

        paths = open_checklist(self._window, self._selected_site())
        if paths:
            self._window.statusBar().showMessage(
                translate("MonitoringFeature", "Checklist written to {path}").format(path=paths[0]),
                10_000,
            )

    @guarded
    def import_checklist(self) -> None:
        """Import a filled checklist as a site check."""
        from inl_equipment.ui.monitoring.checklist_import_dialog import open_checklist_import

        number = open_checklist_import(self._window)
        if number:
            self._window.statusBar().showMessage(
                translate("MonitoringFeature", "Site check {number} recorded").format(
                    number=number
                ),
                10_000,
            )

    @guarded
    def write_eum_report(self) -> None:
        """Write the end-use monitoring report."""
        from inl_equipment.ui.monitoring.eum_report_dialog import open_eum_report

        path = open_eum_report(self._window)
        if path:
            self._window.statusBar().showMessage(
                translate("MonitoringFeature", "Report written to {path}").format(path=path),
                10_000,
            )

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
