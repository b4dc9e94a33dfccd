"""The Handovers window's list: one `RowTableModel` row per handover, void ones struck through.

A receipt without its signed copy is flagged red only after a week: the
paper takes that long to come back from a border post.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from inl_equipment.formatting import day, money, number
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.facade.kinds import HandoverStatus
from inl_equipment.services.handover_list import HandoverRow, short_party
from inl_equipment.services.vocabulary import handover_kind_label, handover_status_label
from inl_equipment.ui.row_table_model import Index, RowColumn, RowTableModel
from inl_equipment.ui.style import Palette

#: The receipt number of a row (str).
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def _void(row: HandoverRow) -> str | None:
    """Grey for every cell of a void receipt."""
    return Palette.VOID if row.status == HandoverStatus.VOID else None


#: How long a signed copy may take to come back before its lack is flagged.
SIGNED_COPY_GRACE = timedelta(days=7)


def _overdue_copy(row: HandoverRow) -> bool:
    """An issued receipt over a week old with no signed copy on file."""
    return (
        row.status != HandoverStatus.VOID
        and not row.signed_copy
        and row.date < date.today() - SIGNED_COPY_GRACE
    )


def _signed_color(row: HandoverRow) -> str | None:
    """A signed copy missing for over a week shows red; a void receipt grey."""
    return _void(row) or (Palette.ERROR if _overdue_copy(row) else None)


def _signed_text(row: HandoverRow) -> str:
    """Whether a signed copy is on file: "Yes", "No", "Not yet" (within a week), "—" (void)."""
    if row.signed_copy:
        return translate("HandoversModel", "Yes")
    if row.status == HandoverStatus.VOID:
        return "—"
    if _overdue_copy(row):
        return translate("HandoversModel", "No")
    return translate("HandoversModel", "Not yet")


def _full_name(name: str) -> str | None:
    """The whole name as a tooltip, when the column shows it shortened."""
    return name if short_party(name) != name else None


def _columns() -> list[RowColumn[HandoverRow]]:
    """The list's columns, in order; titles translated when shown."""
    return [
        RowColumn(Msg.translate("HandoversModel", "Number"), lambda r: r.number, color=_void),
        RowColumn(Msg.translate("HandoversModel", "Date"), lambda r: day(r.date), color=_void),
        RowColumn(
            Msg.translate("HandoversModel", "Kind"),
            lambda r: handover_kind_label(r.kind),
            color=_void,
        ),
        RowColumn(
            Msg.translate("HandoversModel", "From"),
            lambda r: short_party(r.from_name),
            tooltip=lambda r: _full_name(r.from_name),
            color=_void,
        ),
        RowColumn(
            Msg.translate("HandoversModel", "To"),
            lambda r: short_party(r.to_name),
            tooltip=lambda r: _full_name(r.to_name),
            color=_void,
        ),
        RowColumn(
            Msg.translate("HandoversModel", "Items"),
            lambda r: number(r.items),
            right=True,
            color=_void,
        ),
        RowColumn(
            Msg.translate("HandoversModel", "Total value"),
            lambda r: money(r.total_value),
            right=True,
            color=_void,
        ),
        RowColumn(
            Msg.translate("HandoversModel", "Signed copy"), _signed_text, color=_signed_color
        ),
        RowColumn(
            Msg.translate("HandoversModel", "Status"),
            lambda r: handover_status_label(r.status),
            color=_void,
        ),
    ]


class HandoversModel(RowTableModel[HandoverRow]):
    """The handovers list, newest first; void ones greyed, a missing signed copy red.

    Signals:
        (only those of QAbstractTableModel)
    """

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty list."""
        super().__init__(_columns(), parent)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell as `RowTableModel` shows it; `NUMBER_ROLE` gives the receipt number."""
        valid = index.isValid() and 0 <= index.row() < self.rowCount()
        if role == NUMBER_ROLE:
            return self.row_at(index.row()).number if valid else None
        void = valid and self.row_at(index.row()).status == HandoverStatus.VOID
        if role == Qt.ItemDataRole.FontRole and void:
            return self._struck  # void: greyed and struck through, still readable
        return super().data(index, role)

    def row_of(self, number: str) -> int | None:
        """The table row of receipt `number`, or None when it is not listed."""
        return self.find(lambda r: r.number == number)
