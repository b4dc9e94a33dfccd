"""The register feature: add, open, retire and copy items; find; columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QStyle

from inl_equipment.i18n import Msg, translate
from inl_equipment.services.columns import COLUMNS, R_STATUS
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.items import NotFoundError
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.register.item_dialog import ItemDialog
from inl_equipment.ui.register.retire_dialog import RetireDialog

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

_RETIRED = frozenset(s.value for s in RETIRED_STATUSES)
LAO_NAMES_KEY = "view/laoNames"


class RegisterFeature:
    """The item actions of the main window."""

    def __init__(self, window: MainWindow) -> None:
        """Add the item actions, menus and toolbar buttons to `window`."""
        self._window = window
        self._register = window.register
        self._add_actions()
        self.columns_menu = self._fill_menus()
        self._connect_signals()
        if str(window.settings.value(LAO_NAMES_KEY, "false")).lower() == "true":
            window.acts["lao_names"].setChecked(True)
            window.model.set_lao_names(True)

    def _add_actions(self) -> None:
        window = self._window
        acts, sp = window.acts, QStyle.StandardPixmap
        icon = window.style().standardIcon
        acts.add(
            "new",
            Msg.translate("RegisterFeature", "&New item…"),
            self.new_item,
            shortcut=QKeySequence.StandardKey.New,
            icon=icon(sp.SP_FileIcon),
            tip=Msg.translate("RegisterFeature", "Add an item to the register"),
            writes=True,
        )
        acts.add(
            "edit",
            Msg.translate("RegisterFeature", "&Edit item…"),
            self.edit_current,
            shortcut="Ctrl+E",
            icon=icon(sp.SP_FileDialogDetailedView),
            tip=Msg.translate("RegisterFeature", "Edit the selected item's details"),
        )
        acts.add(
            "retire",
            Msg.translate("RegisterFeature", "&Retire item…"),
            self.retire_current,
            shortcut="Ctrl+Del",
            icon=icon(sp.SP_TrashIcon),
            writes=True,
            tip=Msg.translate(
                "RegisterFeature", "Record the selected item as disposed, lost or stolen"
            ),
        )
        self._add_table_actions()

    def _add_table_actions(self) -> None:
        window, acts = self._window, self._window.acts
        icon, sp = window.style().standardIcon, QStyle.StandardPixmap
        acts.add(
            "lao_names",
            Msg.translate("RegisterFeature", "Names in &Lao"),
            self.toggle_lao_names,
            tip=Msg.translate(
                "RegisterFeature",
                "Show units, locations, categories and provinces by their Lao names",
            ),
        )
        acts["lao_names"].setCheckable(True)
        acts.add(
            "bulk_edit",
            Msg.translate("RegisterFeature", "Edit &selected items…"),
            self.bulk_edit_selected,
            shortcut="Ctrl+Alt+E",
            tip=Msg.translate(
                "RegisterFeature",
                "Set the category, funding source or condition of the selected items at once",
            ),
            writes=True,
        )
        acts.add(
            "copy_tag",
            Msg.translate("RegisterFeature", "Copy asset tag"),
            self.copy_asset_tags,
            shortcut="Ctrl+Shift+C",
        )
        acts.add(
            "find",
            Msg.translate("RegisterFeature", "&Find…"),
            window.filters.focus_search,
            shortcut=QKeySequence.StandardKey.Find,
            tip=Msg.translate("RegisterFeature", "Search the register"),
        )
        acts.add(
            "clear_filters",
            Msg.translate("RegisterFeature", "&Clear search and filters"),
            window.filters.clear,
            shortcut="Ctrl+Shift+F",
        )
        acts.add(
            "refresh",
            Msg.translate("RegisterFeature", "&Refresh"),
            window.reload,
            shortcut=QKeySequence.StandardKey.Refresh,
            icon=icon(sp.SP_BrowserReload),
            tip=Msg.translate("RegisterFeature", "Read the register again"),
        )

    def _fill_menus(self) -> QMenu:
        """Put the actions in the Edit and View menus, the toolbar and the table's menu."""
        acts = self._window.acts
        acts.fill(
            acts.menu("edit"),
            "new",
            "edit",
            "bulk_edit",
            "retire",
            None,
            "copy_tag",
            None,
            "find",
            "clear_filters",
        )
        acts.fill(acts.menu("view"), "refresh", "lao_names")
        columns = acts.submenu("view", "columns", Msg.translate("RegisterFeature", "&Columns"))
        acts.fill(acts.toolbar, "new", "edit", "retire")
        acts.toolbar_tail.append("refresh")
        acts.context_menu += ["edit", "bulk_edit", "retire", None, "copy_tag", None, "new"]
        return columns

    def _connect_signals(self) -> None:
        view = self._window.view
        view.selection_changed.connect(self._update_actions)
        self.columns_menu.aboutToShow.connect(lambda: view.column_menu(self.columns_menu))

    def toggle_lao_names(self) -> None:
        """Show reference names in Lao or in English, as the action says; remembered."""
        on = self._window.acts["lao_names"].isChecked()
        self._window.model.set_lao_names(on)
        self._window.settings.setValue(LAO_NAMES_KEY, on)

    def current_is_retired(self) -> bool:
        """True when no item is current, or the current one is retired."""
        item_id = self._window.current_item_id()
        if item_id is None:
            return True
        snapshot = self._window.model.snapshot
        pos = snapshot.position_of(item_id)
        return pos is None or snapshot.rows[pos][R_STATUS] in _RETIRED

    def _update_actions(self) -> None:
        acts = self._window.acts
        acts["edit"].setEnabled(self._window.current_item_id() is not None)
        acts["retire"].setEnabled(not self.current_is_retired() and not self._register.read_only)
        selected = bool(self._window.selected_item_ids())
        acts["bulk_edit"].setEnabled(selected and not self._register.read_only)

    @guarded
    def new_item(self) -> None:
        """Open an empty item form; Save adds the item."""
        dialog = ItemDialog(
            self._register.reference.lists(),
            self._register.items.create,
            parent=self._window,
            add_reference=self.add_reference,
            tag_owner=self._register.items.find_id,
            suggested_tag=self._register.items.next_tag(),
        )
        run_dialog(dialog)

    @guarded
    def edit_current(self) -> None:
        """Open the current item's form (a double-click opens its page: `ui/item_page`)."""
        item_id = self._window.current_item_id()
        if item_id is not None:
            self.open_item(item_id)

    @guarded
    def open_item(self, item_id: int) -> None:
        """Open one item's form, with its history."""
        register = self._register
        try:
            record = register.items.get(item_id)
        except NotFoundError:
            QMessageBox.warning(
                self._window,
                translate("RegisterFeature", "Item not found"),
                translate("RegisterFeature", "This item no longer exists; refreshing."),
            )
            self._window.reload()
            return
        dialog = ItemDialog(
            register.reference.lists(),
            lambda data: (register.items.update(item_id, data), item_id)[1],
            record=record,
            history=register.items.readable_history(item_id),
            parent=self._window,
            read_only=register.read_only,
            add_reference=self.add_reference,
            tag_owner=register.items.find_id,
        )
        run_dialog(dialog)

    def add_reference(self, key: str) -> tuple[int, str] | None:
        """Ask for a new reference record of kind `key`; its (id, name), or None if cancelled."""
        from inl_equipment.services.reference import kind
        from inl_equipment.ui.reference.record_form import RefRecordForm

        parent = QApplication.activeModalWidget() or self._window
        form = RefRecordForm(self._register, kind(key), None, parent)
        if run_dialog(form) != QDialog.DialogCode.Accepted or form.saved_id is None:
            return None
        records = self._register.reference.lists((key,))[key]
        made = next((r for r in records if r.id == form.saved_id), None)
        return None if made is None else (made.id, made.name)

    @guarded
    def bulk_edit_selected(self) -> list[int]:
        """Change the category, funding, condition or notes of the selected items."""
        from inl_equipment.ui.register.bulk_edit_dialog import BulkEditDialog

        ids = self._window.selected_item_ids()
        if not ids:
            return []
        items = self._register.items
        dialog = BulkEditDialog(
            len(ids),
            self._register.reference.lists(("category", "funding")),
            lambda change: items.bulk_edit(ids, change),
            self._window,
        )
        run_dialog(dialog)
        return dialog.changed

    @guarded
    def retire_current(self) -> None:
        """Record the current item as disposed, lost or stolen."""
        item_id = self._window.current_item_id()
        if item_id is None:
            return
        record = self._register.items.get(item_id)
        dialog = RetireDialog(
            f"{record.values.asset_tag} ({record.values.description})",
            lambda status, when, method, price: self._register.items.retire(
                item_id, status, when, method, price
            ),
            self._window,
        )
        run_dialog(dialog)

    @guarded
    def copy_asset_tags(self) -> None:
        """Put the selected items' asset tags on the clipboard, one a line."""
        col = next(i for i, c in enumerate(COLUMNS) if c.key == "asset_tag")
        table, model = self._window.table, self._window.model
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText("\n".join(model.index(r, col).data() for r in rows))


def install(window: MainWindow) -> RegisterFeature:
    """Add the register feature to `window`."""
    return RegisterFeature(window)
