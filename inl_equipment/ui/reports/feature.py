"""The reports feature: File → Handover register… and Funding report…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inl_equipment.i18n import Msg
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class ReportsFeature:
    """The reports officers are asked for, written from the main window."""

    def __init__(self, window: MainWindow) -> None:
        """Add File → Handover register… and File → Funding report… to `window`."""
        self._window = window
        acts = window.acts
        acts.add(
            "handover_register",
            Msg.translate("ReportsFeature", "Handover &register…"),
            self.handover_register,
            tip=Msg.translate(
                "ReportsFeature",
                "Every handover, return and transfer of a period, with totals, "
                "as PDF, Excel or CSV",
            ),
        )
        acts.add(
            "funding_report",
            Msg.translate("ReportsFeature", "F&unding report…"),
            self.funding_report,
            tip=Msg.translate(
                "ReportsFeature",
                "Items by funding source and agreement: value, federal share, where they are",
            ),
        )
        acts.fill(acts.menu("file"), None, "handover_register", "funding_report")

    @guarded
    def handover_register(self) -> None:
        """Open the reports dialog on the handover register."""
        from inl_equipment.ui.reports.report_dialog import HANDOVER_REGISTER, open_reports

        open_reports(self._window, HANDOVER_REGISTER)

    @guarded
    def funding_report(self) -> None:
        """Open the reports dialog on the funding report."""
        from inl_equipment.ui.reports.report_dialog import FUNDING_REPORT, open_reports

        open_reports(self._window, FUNDING_REPORT)


def install(window: MainWindow) -> ReportsFeature:
    """Add the reports feature to `window`."""
    return ReportsFeature(window)
