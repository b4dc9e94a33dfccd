"""`register.dashboard`: the figures about receipts and incidents, and the summary page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from inl_equipment.interchange.atomic_files import write_bytes_atomically
from inl_equipment.interchange.file_identity import refuse_overwrite
from inl_equipment.services import dashboard_records
from inl_equipment.services.dashboard_figures import DashboardFigures
from inl_equipment.services.dashboard_records import RecordFigures
from inl_equipment.services.dashboard_summary import summary_data
from inl_equipment.services.facade.base import Context


class DashboardApi:
    """The dashboard's reads that the register's rows do not answer."""

    def __init__(self, ctx: Context) -> None:
        """The dashboard of the register behind `ctx`."""
        self._ctx = ctx

    def records(self, today: date) -> RecordFigures:
        """Handovers by year, this year's, receipts without a signed copy, open incidents."""
        with self._ctx.db.read() as s:
            return dashboard_records.record_figures(s, today)

    def summary_pdf(
        self, figures: DashboardFigures, records: RecordFigures, register_name: str, today: date
    ) -> bytes:
        """The one-page summary of these figures as PDF bytes."""
        from inl_equipment.documents.dashboard_pdf import build_dashboard_summary  # ReportLab

        return build_dashboard_summary(summary_data(figures, records, register_name, today))

    def write_summary(
        self,
        target: Path,
        figures: DashboardFigures,
        records: RecordFigures,
        register_name: str,
        today: date,
    ) -> None:
        """Write the one-page summary to `target` (never over the register's own files)."""
        refuse_overwrite(target, register=self._ctx.db.path)
        write_bytes_atomically(target, self.summary_pdf(figures, records, register_name, today))
