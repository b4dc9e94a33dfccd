"""The item page feature: double-click an item (or Alt+Enter) to see its whole life.

One page at a time: opening another item shows it in the same window, so
Back (Alt+Left) and Forward (Alt+Right) walk the items looked at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from inl_equipment.i18n import Msg, translate
from inl_equipment.ui.dialogs import show_dialog
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.item_page.item_page_window import ItemPageWindow
    from inl_equipment.ui.main_window import MainWindow


class ItemPageFeature:
    """The item page of the main window."""

    def __init__(self, window: MainWindow) -> None:
        """Add Edit → Item page to `window` and open it on a double-click."""
        self._window = window
        self.page: ItemPageWindow | None = None
        acts = window.acts
        acts.add(
            "item_page",
            Msg.translate("ItemPageFeature", "Item &page"),
            self.show_current,
            shortcut="Alt+Return",  # as Windows opens an object's properties
            tip=Msg.translate(
                "ItemPageFeature",
                "The selected item's details, photos, history, receipts, checks and incidents",
            ),
        )
        acts.fill(acts.menu("view"), "item_page")
        acts.context_menu[:0] = ["item_page"]
        window.view.item_activated.connect(self.show_item)
        window.view.selection_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        self._window.acts["item_page"].setEnabled(self._window.current_item_id() is not None)

    @guarded
    def show_current(self) -> ItemPageWindow | None:
        """Open the page of the selected item."""
        item_id = self._window.current_item_id()
        return None if item_id is None else self.show_item(item_id)

    @guarded
    def show_item(self, item_id: int) -> ItemPageWindow:
        """Show item `item_id` on the page (opening it, or in the open one)."""
        from inl_equipment.ui.item_page.item_page_window import ItemPageWindow

        if self.page is None:
            page = ItemPageWindow(self._window.register, self._window)
            page.edit_requested.connect(self._edit)
            page.labels_requested.connect(self._labels)
            page.use_requested.connect(self._record_use)
            page.receipt_requested.connect(self._receipt)
            page.destroyed.connect(self._forget)
            self.page = page
        self.page.show_item(item_id)
        show_dialog(self.page)
        return self.page

    def _forget(self) -> None:
        self.page = None

    def _edit(self, item_id: int) -> None:
        # The item form belongs to the register feature; its save reloads the page
        # through the change feed.
        register_feature = self._window.features["register"]
        register_feature.open_item(item_id)  # type: ignore[attr-defined]

    def _record_use(self, item_id: int) -> None:
        # Record use… belongs to the lots feature; its save reloads the page.
        lots = self._window.features["lots"]
        lots.record_use(item_id, self.page)  # type: ignore[attr-defined]

    def _labels(self, item_id: int) -> None:
        from inl_equipment.ui.labels.feature import open_labels_dialog

        record = self._window.register.items.get(item_id)
        what = translate("ItemPageFeature", "item {tag}").format(tag=record.values.asset_tag)
        window = self._window
        open_labels_dialog(self.page or window, window.register, [item_id], window.settings, what)

    def _receipt(self, number: str) -> None:
        from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview

        window = self._window
        preview = ReceiptPreview(
            window.register, number, self.page, copy=True, settings=window.settings
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()


def install(window: MainWindow) -> ItemPageFeature:
    """Add the item page feature to `window`."""
    return ItemPageFeature(window)
