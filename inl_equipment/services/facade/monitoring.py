"""`register.monitoring`: site checks, due checks, incidents and disposals."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from inl_equipment.db.models import Category, Item
from inl_equipment.db.monitoring import Incident
from inl_equipment.i18n import Msg
from inl_equipment.interchange.atomic_files import write_bytes_atomically
from inl_equipment.services import due_checks, incidents, inspections, monitoring_lists
from inl_equipment.services.disposals import DisposalInput, record_disposal
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.incidents import IncidentInput

if TYPE_CHECKING:
    from inl_equipment.services.eum_report_data import EumReport
from inl_equipment.services.items import find_by_tag


class MonitoringApi:
    """End-use monitoring of the register's items."""

    def __init__(self, ctx: Context) -> None:
        """Monitoring of the register behind `ctx`."""
        self._ctx = ctx

    # -- site checks ----------------------------------------------------------------
    def record_inspection(
        self, data: inspections.InspectionInput, today: date | None = None
    ) -> str:
        """Record a site check and apply its results; returns its number (EU-…)."""
        with self._ctx.db.write() as s:
            number = inspections.record_inspection(s, data, self._ctx.operator, today)
        self._ctx.changes.publish(Change.of_items(r.item_id for r in data.results))
        return number

    def check_inspection(
        self, data: inspections.InspectionInput, today: date | None = None
    ) -> dict[str, str]:
        """What is wrong with a site check before it is recorded (field -> message)."""
        with self._ctx.db.read() as s:
            return {k: str(v) for k, v in inspections.check_input(s, data, today).items()}

    def list_inspections(self, year: int | None = None) -> list[monitoring_lists.InspectionRow]:
        """Every inspection (or those of `year`), newest first."""
        with self._ctx.db.read() as s:
            return monitoring_lists.list_inspections(s, year)

    def expected_items(self, location_id: int) -> list[monitoring_lists.ExpectedItem]:
        """The items registered at a site, for a check there."""
        with self._ctx.db.read() as s:
            return monitoring_lists.expected_items(s, location_id)

    def item_by_tag(self, tag: str) -> tuple[int, int | None, str] | None:
        """A scanned or typed tag's item: (id, its location id, its status); None: unknown."""
        with self._ctx.db.read() as s:
            item_id = find_by_tag(s, tag)
            if item_id is None:
                return None
            row = s.execute(
                select(Item.id, Item.location_id, Item.status).where(Item.id == item_id)
            ).one()
            return int(row[0]), row[1], str(row[2])

    def follow_up(self) -> list[monitoring_lists.ExpectedItem]:
        """Items not seen by two inspections in a row (or more): to follow up."""
        with self._ctx.db.read() as s:
            return monitoring_lists.follow_up_items(s, inspections.FOLLOW_UP_AFTER)

    # -- due checks ------------------------------------------------------------------
    def due(
        self, today: date, *, overdue_only: bool = False, location_id: int | None = None
    ) -> list[due_checks.DueItem]:
        """Items due for a check within a month (or overdue), by site."""
        with self._ctx.db.read() as s:
            return due_checks.due_items(
                s, today, overdue_only=overdue_only, location_id=location_id
            )

    def intervals(self) -> tuple[int, dict[int, int | None]]:
        """The default months between checks, and each category's own (None: the default)."""
        with self._ctx.db.read() as s:
            own = dict(s.execute(select(Category.id, Category.check_interval_months)).all())
            return due_checks.default_interval(s), own

    def set_intervals(self, default: int, by_category: dict[int, int | None]) -> None:
        """Change the check intervals (every item's next due date may move)."""
        with self._ctx.db.write() as s:
            due_checks.set_intervals(s, default, by_category, self._ctx.operator)
        self._ctx.changes.publish(Change(everything=True))

    # -- the annual report ------------------------------------------------------------
    def eum_report(self, start: date, end: date, today: date | None = None) -> EumReport:
        """The end-use monitoring report of `start`..`end` (a calendar year, or any range)."""
        from inl_equipment.services.eum_report import build_eum_report  # when first asked for

        with self._ctx.db.read() as s:
            return build_eum_report(s, start, end, today or date.today())

    def write_eum_report(self, report: EumReport, target: Path) -> None:
        """Write the report as PDF or XLSX, by `target`'s suffix (whole or not at all)."""
        # ReportLab and xlsxwriter are imported when a report is written, not with the window.
        from inl_equipment.documents.eum_report_pdf import build_eum_report_pdf
        from inl_equipment.interchange.eum_report_xlsx import write_eum_report_xlsx

        suffix = target.suffix.lower()
        if suffix == ".pdf":
            write_bytes_atomically(target, build_eum_report_pdf(report) or b"")
        elif suffix == ".xlsx":
            write_eum_report_xlsx(report, target)
        else:
            raise ValueError(Msg.translate("EumReport", "The report is written as .pdf or .xlsx."))

    # -- incidents and disposals -------------------------------------------------------
    def list_incidents(self, open_only: bool = False) -> list[monitoring_lists.IncidentRow]:
        """Every incident (or the open ones), newest first."""
        with self._ctx.db.read() as s:
            return monitoring_lists.list_incidents(s, open_only)

    def open_incident(self, data: IncidentInput) -> str:
        """Record a loss, theft or damage; returns the incident's number (IN-…)."""
        with self._ctx.db.write() as s:
            number = incidents.open_incident(s, data, self._ctx.operator)
        self._ctx.changes.publish(Change.of_items([data.item_id]))
        return number

    def close_incident(
        self, number: str, outcome: str, when: date, remark: str = "", today: date | None = None
    ) -> None:
        """Close an investigation (recovered gives the item its status back)."""
        with self._ctx.db.write() as s:
            incidents.close_incident(s, number, outcome, when, remark, self._ctx.operator, today)
            item_ids = list(s.scalars(select(Incident.item_id).where(Incident.number == number)))
        self._ctx.changes.publish(Change.of_items(item_ids))

    def list_disposals(self) -> list[monitoring_lists.DisposalRow]:
        """Every disposal, newest first."""
        with self._ctx.db.read() as s:
            return monitoring_lists.list_disposals(s)

    def record_disposal(self, data: DisposalInput) -> str:
        """Record a disposal of one or more items; returns its number (DS-…)."""
        with self._ctx.db.write() as s:
            number = record_disposal(s, data, self._ctx.operator)
        self._ctx.changes.publish(Change.of_items(data.item_ids))
        return number
