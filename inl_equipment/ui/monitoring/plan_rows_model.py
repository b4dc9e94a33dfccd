"""The preview table of a filled checklist: one row per row of the sheet, problems in red."""

from __future__ import annotations

from PySide6.QtCore import QObject

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg, translate
from inl_equipment.interchange.checklist_plan import ChecklistPlan, PlanRow
from inl_equipment.services.eum_vocabulary import result_choices, result_label, use_label
from inl_equipment.services.vocabulary import condition_label
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.style import Palette


def _line(row: PlanRow) -> str:
    # Line 0: an item listed on the checklist whose row was deleted from the sheet.
    return number(row.line) if row.line else translate("ChecklistImport", "(deleted)")


def _result(row: PlanRow) -> str:
    return result_label(row.result) if row.result else ""


def _unexpected(row: PlanRow) -> str:
    if row.unexpected:
        return translate("ChecklistImport", "⚠ registered elsewhere")
    return translate("ChecklistImport", "added") if not row.listed else ""


def _problem_color(row: PlanRow) -> str | None:
    return Palette.ERROR if row.problem is not None else None


def plan_columns() -> list[RowColumn[PlanRow]]:
    """The preview's columns."""
    return [
        RowColumn(Msg.translate("ChecklistImport", "Row"), _line, right=True, color=_problem_color),
        RowColumn(
            Msg.translate("ChecklistImport", "Asset tag"),
            lambda r: r.asset_tag,
            color=_problem_color,
        ),
        RowColumn(Msg.translate("ChecklistImport", "Result"), _result),
        RowColumn(
            Msg.translate("ChecklistImport", "Condition"),
            lambda r: condition_label(r.condition) if r.condition else "",
        ),
        RowColumn(
            Msg.translate("ChecklistImport", "Intended use"),
            lambda r: use_label(r.intended_use) if r.intended_use and r.result else "",
        ),
        RowColumn(
            Msg.translate("ChecklistImport", "Remark"),
            lambda r: r.remark,
            tooltip=lambda r: r.remark,
        ),
        RowColumn(
            Msg.translate("ChecklistImport", "Unexpected"),
            _unexpected,
            color=lambda r: Palette.WARNING if r.unexpected else None,
        ),
        RowColumn(
            Msg.translate("ChecklistImport", "Problem"),
            lambda r: str(r.problem) if r.problem is not None else "",
            tooltip=lambda r: str(r.problem) if r.problem is not None else None,
            color=_problem_color,
        ),
    ]


#: The column that shows each row's problem.
COL_PROBLEM = 7


def plan_model(parent: QObject | None = None) -> RowTableModel[PlanRow]:
    """An empty preview table."""
    return RowTableModel(plan_columns(), parent)


def counts_text(plan: ChecklistPlan) -> str:
    """How many items get each result, e.g. "In use: 12 · Not seen: 3"."""
    counts = plan.counts()
    parts = [
        translate("ChecklistImport", "{result}: {count}").format(
            result=label, count=number(counts[value])
        )
        for value, label in result_choices()
        if counts.get(value)
    ]
    return " · ".join(parts)
