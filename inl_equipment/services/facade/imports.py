"""`register.imports`: check a spreadsheet against the register, then import it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change

if TYPE_CHECKING:
    # The spreadsheet libraries load only when an import starts, not with the window.
    from inl_equipment.interchange.import_commit import ImportResult
    from inl_equipment.interchange.import_source import ImportSource
    from inl_equipment.interchange.importer import ImportOptions, ImportPlan
    from inl_equipment.interchange.mapping import Mapping

Progress = Callable[[int, int], None]


class ImportsApi:
    """Imports of items from CSV and XLSX files."""

    def __init__(self, ctx: Context) -> None:
        """Imports into the register behind `ctx`."""
        self._ctx = ctx

    def prepare(
        self,
        source: ImportSource,
        mapping: Mapping,
        options: ImportOptions,
        *,
        progress: Progress | None = None,
        today: date | None = None,
    ) -> ImportPlan:
        """Every row as it would be stored, with its problems; changes nothing."""
        from inl_equipment.interchange.importer import prepare

        return prepare(self._ctx.db, source, mapping, options, progress=progress, today=today)

    def commit(
        self, plan: ImportPlan, *, progress: Progress | None = None, today: date | None = None
    ) -> ImportResult:
        """Write the plan in one transaction (all or nothing)."""
        from inl_equipment.interchange.import_commit import commit

        result = commit(self._ctx.db, self._ctx.operator, plan, progress=progress, today=today)
        # Many rows at once: windows re-read the register rather than each item.
        self._ctx.changes.publish(Change(everything=True))
        return result
