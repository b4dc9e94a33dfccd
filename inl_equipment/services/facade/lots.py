"""`register.lots`: lots used up or distributed, and the expiring and used lots report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from inl_equipment.documents.lots_report_data import LotsReportData
from inl_equipment.interchange.file_identity import refuse_overwrite
from inl_equipment.services import lot_use
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.lots_report import build_report


class LotsApi:
    """The use of lots (a consumption record lowers the quantity) and their report."""

    def __init__(self, ctx: Context) -> None:
        """The lots of the register behind `ctx`."""
        self._ctx = ctx

    def record_use(self, data: lot_use.UseInput, today: date | None = None) -> int:
        """Record a use of a lot (its quantity goes down; used up: `consumed`); the record's id.

        Raises `ValidationError` (more than the lot holds, not a lot, a date ahead).
        """
        with self._ctx.db.write() as s:
            use_id = lot_use.record_use(s, data, self._ctx.operator, today)
        self._ctx.changes.publish(Change.of_items([data.item_id]))
        return use_id

    def uses(self, item_id: int) -> list[lot_use.UseRecord]:
        """The item's consumption records, oldest first."""
        with self._ctx.db.read() as s:
            return lot_use.uses(s, item_id=item_id)

    def report(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        today: date | None = None,
        operator: str | None = None,
    ) -> LotsReportData:
        """The kits by expiry date as of `today`, and the uses from `start` to `end`."""
        with self._ctx.db.read() as s:
            return build_report(
                s,
                operator=self._ctx.signatory if operator is None else operator,
                today=today,
                start=start,
                end=end,
            )

    def write_report(self, data: LotsReportData, target: Path) -> Path:
        """Write `data` to `target` (.pdf or .xlsx), whole or not at all; the file written."""
        from inl_equipment.interchange.lots_report_files import write_lots_report

        refuse_overwrite(target, register=self._ctx.db.path)
        return write_lots_report(data, target)
