"""The item page's lists: receipts, end-use checks, incidents, history.

Each is a `RowTableModel` over the plain rows `register.item_page.life()`
returns, in a read-only table made the same way for every tab.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from inl_equipment.formatting import day, number
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.eum_vocabulary import (
    incident_kind_label,
    outcome_label,
    result_label,
    use_label,
)
from inl_equipment.services.handover_list import short_party
from inl_equipment.services.history_text import ReadableEntry
from inl_equipment.services.item_life import ItemCheck, ItemReceipt
from inl_equipment.services.monitoring_lists import IncidentRow
from inl_equipment.services.vocabulary import (
    condition_label,
    handover_kind_label,
    handover_status_label,
)
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.style import Palette

T = TypeVar("T")


def _receipt_state(r: ItemReceipt) -> str:
    return handover_status_label(r.status)


def _void_color(r: ItemReceipt) -> str | None:
    return Palette.VOID if r.status == "void" else None


RECEIPT_COLUMNS: tuple[RowColumn[ItemReceipt], ...] = (
    RowColumn(Msg.translate("ItemPage", "Date"), lambda r: day(r.date)),
    RowColumn(Msg.translate("ItemPage", "Receipt"), lambda r: r.number, color=_void_color),
    RowColumn(Msg.translate("ItemPage", "Kind"), lambda r: handover_kind_label(r.kind)),
    RowColumn(Msg.translate("ItemPage", "From"), lambda r: short_party(r.from_name)),
    RowColumn(Msg.translate("ItemPage", "To"), lambda r: short_party(r.to_name)),
    RowColumn(Msg.translate("ItemPage", "Location"), lambda r: r.location),
    RowColumn(Msg.translate("ItemPage", "Qty"), lambda r: number(r.quantity), right=True),
    RowColumn(Msg.translate("ItemPage", "Condition"), lambda r: condition_label(r.condition)),
    RowColumn(Msg.translate("ItemPage", "State"), _receipt_state, color=_void_color),
)


def _intended(c: ItemCheck) -> str:
    return use_label(c.intended_use) if c.intended_use else ""


def _check_result(c: ItemCheck) -> str:
    label = result_label(c.result)
    if c.unexpected:
        return translate("ItemPage", "{result} (found away from its place)").format(result=label)
    return label


CHECK_COLUMNS: tuple[RowColumn[ItemCheck], ...] = (
    RowColumn(Msg.translate("ItemPage", "Date"), lambda c: day(c.date)),
    RowColumn(Msg.translate("ItemPage", "Check"), lambda c: c.number),
    RowColumn(Msg.translate("ItemPage", "Site"), lambda c: c.site),
    RowColumn(Msg.translate("ItemPage", "Result"), _check_result),
    RowColumn(
        Msg.translate("ItemPage", "Condition"),
        lambda c: condition_label(c.condition) if c.condition else "",
    ),
    RowColumn(Msg.translate("ItemPage", "Used as intended"), _intended),
    RowColumn(Msg.translate("ItemPage", "Remark"), lambda c: c.remark, tooltip=lambda c: c.remark),
)


def _outcome(i: IncidentRow) -> str:
    if not i.outcome:
        return translate("ItemPage", "open")
    return translate("ItemPage", "{outcome} on {date}").format(
        outcome=outcome_label(i.outcome), date=day(i.closed_date)
    )


INCIDENT_COLUMNS: tuple[RowColumn[IncidentRow], ...] = (
    RowColumn(Msg.translate("ItemPage", "Date"), lambda i: day(i.date)),
    RowColumn(Msg.translate("ItemPage", "Incident"), lambda i: i.number),
    RowColumn(Msg.translate("ItemPage", "Kind"), lambda i: incident_kind_label(i.kind)),
    RowColumn(Msg.translate("ItemPage", "Place"), lambda i: i.place),
    RowColumn(Msg.translate("ItemPage", "Police report"), lambda i: i.report_ref),
    RowColumn(
        Msg.translate("ItemPage", "Outcome"),
        _outcome,
        color=lambda i: None if i.outcome else Palette.ERROR,
    ),
    RowColumn(Msg.translate("ItemPage", "Remark"), lambda i: i.remark, tooltip=lambda i: i.remark),
)


def _changes(entry: ReadableEntry) -> str:
    return "\n".join(entry.lines)


HISTORY_COLUMNS: tuple[RowColumn[ReadableEntry], ...] = (
    RowColumn(Msg.translate("ItemPage", "When"), lambda e: e.when, tooltip=_changes),
    RowColumn(Msg.translate("ItemPage", "Who"), lambda e: e.operator, tooltip=_changes),
    RowColumn(Msg.translate("ItemPage", "What"), lambda e: e.action, tooltip=_changes),
    RowColumn(Msg.translate("ItemPage", "Changes"), _changes, tooltip=_changes),
)


def list_table(name: str, model: RowTableModel[T], parent: QWidget | None = None) -> QTableView:
    """A read-only, whole-row-selecting table over `model`, its last column stretched."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView, rows: Sequence[object]) -> None:
    """Size the columns and rows to what they hold now (a few dozen rows at most)."""
    if rows:
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
