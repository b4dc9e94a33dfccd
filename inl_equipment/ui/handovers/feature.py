"""The handovers feature: hand over, the Handovers window, verify a receipt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from inl_equipment.i18n import Msg, translate
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class HandoversFeature:
    """The handover actions of the main window."""

    def __init__(self, window: MainWindow) -> None:
        """Add the handover actions, menu and toolbar buttons to `window`."""
        self._window = window
        acts, sp = window.acts, QStyle.StandardPixmap
        icon = window.style().standardIcon
        acts.add(
            "hand_over",
            Msg.translate("HandoversFeature", "&Hand over selected…"),
            self.hand_over,
            shortcut="Ctrl+H",
            icon=icon(sp.SP_ArrowRight),
            writes=True,
            tip=Msg.translate(
                "HandoversFeature",
                "Hand the selected items over to a unit, with a bilingual receipt",
            ),
        )
        acts.add(
            "handovers",
            Msg.translate("HandoversFeature", "Hand&overs…"),
            self.show_handovers,
            shortcut="Ctrl+Shift+H",
            icon=icon(sp.SP_FileDialogContentsView),
            tip=Msg.translate(
                "HandoversFeature", "All handovers, returns and transfers, with their receipts"
            ),
        )
        acts.add(
            "verify",
            Msg.translate("HandoversFeature", "&Verify a receipt…"),
            self.verify_receipt,
            shortcut="Ctrl+Shift+V",
            tip=Msg.translate(
                "HandoversFeature", "Check a printed receipt's QR code against the register"
            ),
        )
        acts.fill(acts.menu("handovers"), "hand_over", "handovers", None, "verify")
        acts.toolbar.addSeparator()
        acts.fill(acts.toolbar, "hand_over", "handovers")
        acts.context_menu.insert(1, "hand_over")
        window.view.selection_changed.connect(self._update_actions)

    def _update_actions(self) -> None:
        register_feature = self._window.features.get("register")
        retired = getattr(register_feature, "current_is_retired", lambda: True)()
        self._window.acts["hand_over"].setEnabled(
            not retired and not self._window.register.read_only
        )

    @guarded
    def hand_over(self) -> None:
        """Hand the selected items over, issuing a receipt."""
        from inl_equipment.ui.handovers.handover_dialog import hand_over_selected

        keep = self._window.selected_item_ids()
        number = hand_over_selected(self._window)
        if number:
            for item_id in keep[-1:]:
                self._window.view.select_item(item_id)
            self._window.statusBar().showMessage(
                translate("HandoversFeature", "Receipt {number} issued").format(number=number),
                10_000,
            )

    @guarded
    def show_handovers(self) -> None:
        """Show the Handovers window."""
        from inl_equipment.ui.handovers.handovers_view import open_handovers

        open_handovers(self._window)

    @guarded
    def verify_receipt(self) -> None:
        """Check a printed receipt against the register."""
        from inl_equipment.ui.handovers.verify_dialog import open_verify

        open_verify(self._window)


def install(window: MainWindow) -> HandoversFeature:
    """Add the handovers feature to `window`."""
    return HandoversFeature(window)
