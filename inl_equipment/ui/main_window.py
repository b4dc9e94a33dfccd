"""The main window: menus, toolbar and item actions around the register view."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QSettings, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from inl_equipment.db.models import RETIRED_STATUSES
from inl_equipment.services.columns import COLUMNS, R_STATUS
from inl_equipment.services.items import NotFoundError
from inl_equipment.services.reference import KINDS
from inl_equipment.services.register import Register
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.item_dialog import ItemDialog
from inl_equipment.ui.main_actions import fill, make_actions, make_menus
from inl_equipment.ui.reference_dialog import ReferenceDialog
from inl_equipment.ui.register_view import RegisterView
from inl_equipment.ui.retire_dialog import RetireDialog
from inl_equipment.ui.safety_actions import SafetyActions

_SETTINGS_VERSION = 1
_RETIRED = frozenset(s.value for s in RETIRED_STATUSES)


class MainWindow(QMainWindow):
    """The register: every item in a sortable, searchable, filterable table."""

    def __init__(
        self, register: Register, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.register = register
        self.settings = settings
        path = register.db.path
        self.setWindowTitle(
            f"INL Equipment Tracker — {path.name if path else register.db.url}"
            + (" (read-only)" if register.read_only else "")
        )
        self.view = RegisterView(register, self)
        self.safety = SafetyActions(register, self, before_restore=self.view.ensure_complete)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(QLabel(f"Operator: {register.operator}"))
        self.setCentralWidget(self.view)
        self.acts = make_actions(self)
        self.columns_menu = make_menus(self, self.acts)
        for action in self.acts.writing():
            action.setEnabled(not register.read_only)
        # The names tests and tools use.
        self.new_action, self.edit_action = self.acts.new, self.acts.edit
        self.retire_action = self.acts.retire
        self.banner = self._make_banner()
        self._connect_signals()
        self._restore_settings()
        self.setAcceptDrops(True)
        self.view.first_load(settings)

    # The table, its model and the filter bar, as tests and tools reach them.
    @property
    def table(self) -> Any:
        return self.view.table

    @property
    def model(self) -> Any:
        return self.view.model

    @property
    def filters(self) -> Any:
        return self.view.filters

    @guarded
    def reload(self) -> None:
        self.view.reload()

    def current_item_id(self) -> int | None:
        return self.view.current_item_id()

    def selected_item_ids(self) -> list[int]:
        return self.view.selected_item_ids()

    def after_show(self) -> None:
        """Work that waits until the window is on screen: the backup on open."""
        self.safety.start()

    # -- building ------------------------------------------------------------------
    def _make_banner(self) -> QLabel:
        banner = QLabel()
        banner.setObjectName("readOnlyBanner")
        banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 6px 10px;"
            "border-bottom: 1px solid #e0c26b;"
        )
        reason = self.register.opened.read_only_reason if self.register.opened else ""
        banner.setText(
            f"<b>Read-only.</b> {(reason[:1].upper() + reason[1:]) or 'Opened read-only'}; "
            "changes are turned off until the register is reopened for editing."
        )
        banner.setVisible(self.register.read_only)
        toolbar = QToolBar("Notice")
        toolbar.setObjectName("noticeBar")
        toolbar.setMovable(False)
        toolbar.addWidget(banner)
        toolbar.setVisible(self.register.read_only)
        self.addToolBarBreak()
        self.addToolBar(toolbar)
        return banner

    def _connect_signals(self) -> None:
        self.view.counts_changed.connect(self.count_label.setText)
        self.view.selection_changed.connect(self._update_actions)
        self.view.item_activated.connect(self.open_item)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.columns_menu.aboutToShow.connect(lambda: self.view.column_menu(self.columns_menu))
        self.safety.restored.connect(self.reload)
        # A label of its own: a status-bar message would hide the item count.
        self.safety.backup_made.connect(self._backup_made)
        self.safety.backup_failed.connect(self._backup_failed)

    # -- actions ---------------------------------------------------------------------
    def _update_actions(self) -> None:
        item_id = self.current_item_id()
        self.acts.edit.setEnabled(item_id is not None)
        retired = True
        if item_id is not None:
            pos = self.model.snapshot.position_of(item_id)
            retired = pos is None or self.model.snapshot.rows[pos][R_STATUS] in _RETIRED
        writable = not self.register.read_only
        self.acts.retire.setEnabled(not retired and writable)
        self.acts.hand_over.setEnabled(item_id is not None and not retired and writable)

    @guarded
    def new_item(self) -> None:
        dialog = ItemDialog(self.register.ref_lists(), self.register.create_item, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.view.items_saved([dialog.saved_id])

    @guarded
    def edit_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.open_item(item_id)

    @guarded
    def open_item(self, item_id: int) -> None:
        try:
            record = self.register.item(item_id)
        except NotFoundError:
            QMessageBox.warning(self, "Item not found", "This item no longer exists; refreshing.")
            self.reload()
            return
        dialog = ItemDialog(
            self.register.ref_lists(),
            lambda data: (self.register.update_item(item_id, data), item_id)[1],
            record=record,
            history=self.register.readable_history(item_id),
            parent=self,
            read_only=self.register.read_only,
        )
        if dialog.exec():
            self.view.items_saved([item_id])

    @guarded
    def retire_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        record = self.register.item(item_id)
        dialog = RetireDialog(
            f"{record.values.asset_tag} ({record.values.description})",
            lambda status, when, method, price: self.register.retire_item(
                item_id, status, when, method, price
            ),
            self,
        )
        if dialog.exec():
            self.view.items_saved([item_id])

    @guarded
    def copy_asset_tags(self) -> None:
        col = next(i for i, c in enumerate(COLUMNS) if c.key == "asset_tag")
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(
            "\n".join(self.model.index(r, col).data() for r in rows)
        )

    @guarded
    def edit_reference(self, key: str) -> None:
        dialog = ReferenceDialog(self.register, KINDS[key], self)
        dialog.data_changed.connect(self.reload)
        dialog.exec()

    @guarded
    def hand_over(self) -> None:
        from inl_equipment.ui.handover_dialog import hand_over_selected

        keep = self.selected_item_ids()
        number = hand_over_selected(self)
        if number:
            for item_id in keep[-1:]:
                self.view.select_item(item_id)
            self.statusBar().showMessage(f"Receipt {number} issued", 10_000)

    @guarded
    def show_handovers(self) -> None:
        from inl_equipment.ui.handovers_view import open_handovers

        open_handovers(self)

    @guarded
    def verify_receipt(self) -> None:
        from inl_equipment.ui.verify_dialog import open_verify

        open_verify(self)

    @guarded
    def export_dialog(self) -> None:
        from inl_equipment.ui.export_dialog import export_from_main_window

        export_from_main_window(self)

    @guarded
    def import_dialog(self, path: Path | None = None) -> None:
        """Import a CSV/XLSX file: ask for it (unless given), map, preview, commit."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                "Import items",
                str(Path.home()),
                "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)",
            )
            if not name:
                return
            path = Path(name)
        from inl_equipment.ui.import_dialog import import_file

        if import_file(self, path) is not None:
            self.safety.after_import()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if not self.register.read_only and _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_file(event.mimeData())
        if path is not None and not self.register.read_only:
            event.acceptProposedAction()
            # Let the drag finish before the modal import dialog opens.
            QTimer.singleShot(0, lambda: self.import_dialog(path=path))

    def about(self) -> None:
        from inl_equipment import __version__

        QMessageBox.about(
            self,
            "About INL Equipment Tracker",
            f"INL Equipment Tracker {__version__}\n\nRegister of donated "
            "equipment: purchase, handover, end-use checks and disposal.",
        )

    def _backup_made(self, path: str) -> None:
        self.backup_label.setText(f"Backed up {datetime.now():%H:%M}")
        self.backup_label.setToolTip(path)

    def _backup_failed(self, message: str) -> None:
        self.backup_label.setText("Backup failed")
        self.backup_label.setToolTip(message)
        QMessageBox.warning(
            self,
            "Automatic backup failed",
            f"The automatic backup could not be written: {message}\n\nYour "
            "register is unchanged. Free some disk space or check the "
            "backups folder, then use File → Back up now.",
        )

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        acts = self.acts
        fill(menu, acts.edit, acts.hand_over, acts.retire, None, acts.copy_tag, None, acts.new)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- settings --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        if s.value("mainWindow/version") != _SETTINGS_VERSION:
            self.resize(1400, 800)
            return
        for key, restore in (
            ("mainWindow/geometry", self.restoreGeometry),
            ("mainWindow/state", self.restoreState),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        self.view.restore_header(s)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("mainWindow/version", _SETTINGS_VERSION)
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        self.view.save_settings(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        self.view.ensure_complete()
        self.register.close()
        super().closeEvent(event)


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one CSV/XLSX file being dragged in, if that is what it is."""
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in (".csv", ".xlsx", ".txt") else None
