"""`register.checklists`: field checklists out (PDF, XLSX) and filled ones back in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from inl_equipment.i18n import Msg
from inl_equipment.interchange.atomic_files import atomic_output, write_bytes_atomically
from inl_equipment.services import checklists
from inl_equipment.services.checklists import ChecklistData, ChecklistError
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.inspections import record_inspection

if TYPE_CHECKING:
    from inl_equipment.interchange.checklist_plan import ChecklistPlan


class ChecklistsApi:
    """Field checklists of the register behind a context."""

    def __init__(self, ctx: Context) -> None:
        """Checklists of the register behind `ctx`."""
        self._ctx = ctx

    def find_site(self, words: str) -> int | None:
        """The id of the site named `words` (English, Lao or id); None when there is none."""
        with self._ctx.db.read() as s:
            site = checklists.find_site(s, words)
            return site.id if site is not None else None

    def for_site(self, location_id: int, today: date) -> ChecklistData:
        """The checklist of one site: every item registered there."""
        with self._ctx.db.read() as s:
            return checklists.build_checklist(s, location_id, today, self._ctx.operator)

    def for_province(self, province_id: int, today: date) -> list[ChecklistData]:
        """One checklist per site of a province that holds items."""
        with self._ctx.db.read() as s:
            return checklists.build_province_checklists(s, province_id, today, self._ctx.operator)

    def for_items(self, item_ids: Sequence[int], today: date) -> list[ChecklistData]:
        """One checklist per site, of the chosen items only."""
        with self._ctx.db.read() as s:
            return checklists.build_selection_checklists(s, item_ids, today, self._ctx.operator)

    def write(self, lists: Sequence[ChecklistData], target: Path) -> list[Path]:
        """Write `lists` to `target`: one PDF, or one workbook per site (`name-2.xlsx`, ...)."""
        # ReportLab and xlsxwriter are imported when a checklist is written.
        from inl_equipment.documents.checklist_pdf import build_checklist_pdf
        from inl_equipment.interchange.checklist_xlsx import write_checklist_xlsx

        suffix = target.suffix.lower()
        if suffix == ".pdf":
            write_bytes_atomically(target, build_checklist_pdf(lists))
            return [target]
        if suffix != ".xlsx":
            raise ChecklistError(
                Msg.translate("Checklists", "A checklist is written as .pdf or .xlsx.")
            )
        out = []
        for n, data in enumerate(lists, 1):
            path = target if n == 1 else target.with_name(f"{target.stem}-{n}{target.suffix}")
            with atomic_output(path) as tmp:
                write_checklist_xlsx(data, tmp)
            out.append(path)
        return out

    def plan(self, path: Path, today: date, location_id: int | None = None) -> ChecklistPlan:
        """Read a filled checklist and preview what importing it would record."""
        # openpyxl and the checklist's document styles load with the first import.
        from inl_equipment.interchange.checklist_plan import plan_inspection
        from inl_equipment.interchange.checklist_read import read_filled_checklist

        filled = read_filled_checklist(path)
        with self._ctx.db.read() as s:
            return plan_inspection(s, filled, today, location_id=location_id)

    def record(self, plan: ChecklistPlan, today: date | None = None) -> str:
        """Record a previewed checklist as one inspection (all or nothing); its number."""
        data = plan.to_input()
        with self._ctx.db.write() as s:
            number = record_inspection(s, data, self._ctx.operator, today)
        self._ctx.changes.publish(Change.of_items(r.item_id for r in data.results))
        return number
