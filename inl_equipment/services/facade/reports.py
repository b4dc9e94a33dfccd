"""`register.reports`: the reports officers are asked for (handover register, funding).

Each is read in one session of its own (call it in the worker thread that writes
the file) and written whole or not at all, never over the register's own files.
Nothing here changes the register, so nothing is published.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from inl_equipment.interchange.file_identity import refuse_overwrite
from inl_equipment.services.facade.base import Context
from inl_equipment.services.funding_report import FundingReport, read_funding_report
from inl_equipment.services.handover_register import HandoverRegister, read_handover_register
from inl_equipment.services.report_period import Period


class ReportsApi:
    """The handover register and the funding report, read and written."""

    def __init__(self, ctx: Context) -> None:
        """The reports of the register behind `ctx`."""
        self._ctx = ctx

    def _operator(self, operator: str | None) -> str:
        return self._ctx.signatory if operator is None else operator

    def handover_register(
        self,
        period: Period,
        *,
        operator: str | None = None,
        generated_at: datetime | None = None,
    ) -> HandoverRegister:
        """Every receipt of `period`, prepared by `operator` (default: the register's)."""
        with self._ctx.db.read() as s:
            return read_handover_register(s, period, self._operator(operator), generated_at)

    def funding_report(
        self,
        period: Period,
        *,
        operator: str | None = None,
        generated_at: datetime | None = None,
    ) -> FundingReport:
        """The items acquired in `period` by funding source, prepared by `operator`."""
        with self._ctx.db.read() as s:
            return read_funding_report(s, period, self._operator(operator), generated_at)

    def write_handover_register(self, register: HandoverRegister, target: Path) -> Path:
        """Write `register` to `target` (.pdf, .xlsx or .csv); the file written."""
        from inl_equipment.interchange.officer_reports import write_handover_register

        refuse_overwrite(target, register=self._ctx.db.path)
        return write_handover_register(register, target)

    def write_funding_report(self, report: FundingReport, target: Path) -> Path:
        """Write `report` to `target` (.pdf or .xlsx); the file written."""
        from inl_equipment.interchange.officer_reports import write_funding_report

        refuse_overwrite(target, register=self._ctx.db.path)
        return write_funding_report(report, target)
