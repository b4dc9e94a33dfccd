"""The lots feature: Edit → Record use… for a lot, File → Expiring lots report….

Also keeps the register table's description column in step with the interface
language: in Lao an item's Lao description is shown (the English one as the tip).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from inl_equipment.i18n import Msg
from inl_equipment.services.columns import R
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.lot_use import is_lot
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.translation import current_language

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

_RETIRED = frozenset(s.value for s in RETIRED_STATUSES)
_LOT, _EXPIRY, _STATUS = R["lot_number"], R["expiry_date"], R["status"]


class LotsFeature:
    """Record use… on a lot, and the expiring lots report."""

    def __init__(self, window: MainWindow) -> None:
        """Add the actions to `window`'s Edit and File menus and the table's context menu."""
        self._window = window
        acts = window.acts
        acts.add(
            "record_use",
            Msg.translate("LotsFeature", "Record &use…"),
            self.record_use_of_current,
            tip=Msg.translate(
                "LotsFeature", "Record that part of the selected lot was used up or distributed"
            ),
            writes=True,
        )
        acts.add(
            "lots_report",
            Msg.translate("LotsFeature", "E&xpiring lots report…"),
            self.lots_report,
            tip=Msg.translate(
                "LotsFeature",
                "Kits and lots by expiry date, and their use in a period, as PDF or Excel",
            ),
        )
        acts.fill(acts.menu("edit"), "record_use")
        acts.fill(acts.menu("file"), "lots_report")
        acts.context_menu += [None, "record_use"]
        window.view.selection_changed.connect(self._update_action)
        window.retranslated.connect(self._follow_language)
        self._follow_language()
        self._update_action()

    def _follow_language(self) -> None:
        self._window.model.set_lao_descriptions(current_language() == "lo")

    def _current_is_lot(self) -> bool:
        item_id = self._window.current_item_id()
        snap = self._window.model.snapshot
        pos = snap.position_of(item_id) if item_id is not None else None
        if pos is None:
            return False
        row = snap.rows[pos]
        return is_lot(row[_LOT], row[_EXPIRY]) and row[_STATUS] not in _RETIRED

    def _update_action(self) -> None:
        action = self._window.acts["record_use"]
        action.setEnabled(not self._window.register.read_only and self._current_is_lot())

    @guarded
    def record_use_of_current(self) -> int | None:
        """Open Record use… for the selected lot; the record's id when one was saved."""
        item_id = self._window.current_item_id()
        return None if item_id is None else self.record_use(item_id)

    @guarded
    def record_use(self, item_id: int, parent: QWidget | None = None) -> int | None:
        """Open Record use… for lot `item_id` (the item page's button calls this too)."""
        from inl_equipment.ui.lots.record_use_dialog import RecordUseDialog

        record = self._window.register.items.get(item_id)
        dialog = RecordUseDialog(self._window.register, record, parent or self._window)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.use_id

    @guarded
    def lots_report(self) -> None:
        """Open the expiring lots report dialog."""
        from inl_equipment.ui.lots.lots_report_dialog import LotsReportDialog

        run_dialog(LotsReportDialog(self._window.register, self._window))


def install(window: MainWindow) -> LotsFeature:
    """Add the lots feature to `window`."""
    return LotsFeature(window)
