"""The main window: the register table with search, filters, and item actions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.db.models import RETIRED_STATUSES
from inl_equipment.services.columns import COLUMNS, R_STATUS, format_money
from inl_equipment.services.items import NotFoundError
from inl_equipment.services.reference import KINDS
from inl_equipment.services.register import Register
from inl_equipment.services.search import Snapshot
from inl_equipment.ui.equipment_table_model import EquipmentTableModel
from inl_equipment.ui.filter_bar import FilterBar
from inl_equipment.ui.item_dialog import ItemDialog
from inl_equipment.ui.reference_dialog import ReferenceDialog
from inl_equipment.ui.retire_dialog import RetireDialog
from inl_equipment.ui.snapshot_loader import SnapshotLoader

_SETTINGS_VERSION = 1
#: Rows read before the window first paints; the rest load on a worker thread.
FIRST_SCREEN_ROWS = 200
#: Up to this many items, read them all before showing (it takes < 0.1 s).
SYNC_LOAD_LIMIT = 20_000
#: Build the search index this long after a load, once the table is painted.
WARM_UP_MS = 250


class MainWindow(QMainWindow):
    """The register: every item in a sortable, searchable, filterable table."""

    def __init__(
        self, register: Register, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.register = register
        self.settings = settings
        self.setWindowTitle(self._title())
        self.model = EquipmentTableModel(self)
        self.filters = FilterBar()
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(QLabel(f"Operator: {register.operator}"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._make_actions()
        self._make_menus_and_toolbar()
        self._connect_signals()
        self._loader: SnapshotLoader | None = None
        self.model.before_query = self.ensure_complete
        self._restore_settings()
        self._first_load()

    def _title(self) -> str:
        path = self.register.db.path
        return f"INL Equipment Tracker — {path.name if path else self.register.db.url}"

    # -- building -----------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("equipmentTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().hide()
        # Fixed row heights: Qt never measures 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        self._default_columns(table)
        return table

    @staticmethod
    def _default_columns(table: QTableView) -> None:
        for i, col in enumerate(COLUMNS):
            table.setColumnWidth(i, col.width)
            table.setColumnHidden(i, not col.visible)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(
            "&New item…",
            self.new_item,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            "Add an item to the register",
        )
        self.edit_action = self._action(
            "&Open item…",
            self.edit_current,
            "Ctrl+E",
            sp.SP_FileDialogDetailedView,
            "Open the selected item (details and history)",
        )
        self.retire_action = self._action(
            "&Retire item…",
            self.retire_current,
            None,
            sp.SP_TrashIcon,
            "Record the selected item as disposed, lost or stolen",
        )
        self.refresh_action = self._action(
            "&Refresh",
            self.reload,
            QKeySequence.StandardKey.Refresh,
            sp.SP_BrowserReload,
            "Read the register again",
        )
        self.find_action = self._action(
            "&Find…", self.filters.focus_search, None, None, "Search the register (Ctrl+F)"
        )
        self.clear_filters_action = self._action(
            "&Clear search and filters", self.filters.clear, "Ctrl+Shift+F"
        )
        self.reset_columns_action = self._action("Reset &columns", self.reset_columns)
        self.copy_tag_action = self._action("Copy asset tag", self.copy_asset_tags)
        self.quit_action = self._action("E&xit", self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action("&About", self.about)
        self.ref_actions = [
            self._action(f"{k.title}…", lambda _=False, key=k.key: self.edit_reference(key))
            for k in KINDS.values()
        ]

    def _make_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        for a in (
            self.new_action,
            self.edit_action,
            self.retire_action,
            None,
            self.copy_tag_action,
            None,
            self.find_action,
            self.clear_filters_action,
        ):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.refresh_action)
        self.columns_menu = view_menu.addMenu("&Columns")
        view_menu.addAction(self.reset_columns_action)
        ref_menu = bar.addMenu("&Reference data")
        for a in self.ref_actions:
            ref_menu.addAction(a)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)
        self._fill_columns_menu(self.columns_menu)
        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.new_action, self.edit_action, self.retire_action, None, self.refresh_action):
            toolbar.addSeparator() if a is None else toolbar.addAction(a)
        self.addToolBar(toolbar)

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        for i, col in enumerate(COLUMNS):
            action = menu.addAction(col.header)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, c=i: self.table.setColumnHidden(c, not on))

    def _connect_signals(self) -> None:
        self.filters.changed.connect(self.apply_filters)
        self.model.query_applied.connect(self._show_counts)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.activated.connect(self._on_double_click)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))

    # -- data -----------------------------------------------------------------
    def reload(self) -> None:
        """Read every row again (F5, after reference data changed)."""
        self.ensure_complete()
        keep = self.current_item_id()
        snapshot = self.register.snapshot()
        self._install(snapshot, keep)
        QTimer.singleShot(WARM_UP_MS, snapshot.warm)

    def _first_load(self) -> None:
        """Paint the first screen at once; read the other rows on a worker thread.

        With a saved search, filter or sort the first screen would be wrong,
        so then (and for small registers) every row is read before showing.
        """
        first = self.register.first_rows(FIRST_SCREEN_ROWS)
        self.filters.set_options(first.refs)
        self.filters.restore_state(self.settings)
        query = self.filters.query(self.model.query)
        narrowed = bool(
            query.text
            or query.sort_key
            or query.statuses
            or query.agencies
            or query.provinces
            or query.categories
            or query.funding
        )
        if first.complete or first.expected <= SYNC_LOAD_LIMIT or narrowed:
            snapshot = first if first.complete else self.register.snapshot()
            self._install(snapshot, None)
            QTimer.singleShot(WARM_UP_MS, snapshot.warm)
            return
        self._install(first, None)
        self._loader = SnapshotLoader(self.register, self)
        self._loader.loaded.connect(self._install_complete)
        self._loader.failed.connect(self._load_failed)
        self._loader.start()

    def ensure_complete(self) -> None:
        """Wait for the rows still loading (a search or sort needs every row)."""
        if self._loader is not None:
            self._install_complete(self._loader.wait())

    def _install_complete(self, snapshot: Snapshot) -> None:
        if self._loader is None:
            return  # already installed by ensure_complete()
        self._loader = None
        self._install(snapshot, self.current_item_id())

    def _load_failed(self, exc: BaseException) -> None:
        self._loader = None
        QMessageBox.critical(self, "Cannot read the register", f"Reading the items failed: {exc}")

    def _install(self, snapshot: Snapshot, keep: int | None) -> None:
        self.filters.set_options(snapshot.refs)
        self.model.set_snapshot(snapshot, self.filters.query(self.model.query))
        if keep is not None:
            self.select_item(keep)
        self._update_actions()

    def apply_filters(self) -> None:
        self.ensure_complete()
        keep = self.current_item_id()
        self.model.set_query(self.filters.query(self.model.query))
        if keep is not None:
            self.select_item(keep, scroll=False)
        self._update_actions()

    def _show_counts(self, shown: int, total: int, cents: int) -> None:
        snapshot = self.model.snapshot
        if not snapshot.complete:
            self.count_label.setText(f"Loading {snapshot.expected:,} items…")
            return
        self.count_label.setText(
            f"{shown:,} of {total:,} items · total value {format_money(cents)}"
        )

    def current_item_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.item_id(index.row())

    def selected_item_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item_id(r) for r in rows]

    def select_item(self, item_id: int, scroll: bool = True) -> bool:
        row = self.model.row_of_item(item_id)
        if row is None:
            return False
        index = self.model.index(row, self.table.horizontalHeader().logicalIndex(0))
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index)
        return True

    def _items_saved(self, item_ids: list[int]) -> None:
        self.ensure_complete()
        self.register.refresh_rows(self.model.snapshot, item_ids)
        self.model.refresh()
        if item_ids:
            self.select_item(item_ids[-1])
        self._update_actions()

    def _update_actions(self) -> None:
        item_id = self.current_item_id()
        self.edit_action.setEnabled(item_id is not None)
        retired = True
        if item_id is not None:
            pos = self.model.snapshot.position_of(item_id)
            retired = pos is None or self.model.snapshot.rows[pos][R_STATUS] in {
                s.value for s in RETIRED_STATUSES
            }
        self.retire_action.setEnabled(not retired)

    # -- actions --------------------------------------------------------------
    def new_item(self) -> None:
        dialog = ItemDialog(self.register.ref_lists(), self.register.create_item, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._items_saved([dialog.saved_id])

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item(self.model.item_id(index.row()))

    def edit_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.open_item(item_id)

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
            history=self.register.history(item_id),
            parent=self,
        )
        if dialog.exec():
            self._items_saved([item_id])

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
            self._items_saved([item_id])

    def copy_asset_tags(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        col = next(i for i, c in enumerate(COLUMNS) if c.key == "asset_tag")
        tags = [self.model.index(r, col).data() for r in rows]
        QGuiApplication.clipboard().setText("\n".join(tags))

    def edit_reference(self, key: str) -> None:
        dialog = ReferenceDialog(self.register, KINDS[key], self)
        dialog.data_changed.connect(self.reload)
        dialog.exec()

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for visual, logical in enumerate(range(len(COLUMNS))):
            header.moveSection(header.visualIndex(logical), visual)
        self._default_columns(self.table)

    def about(self) -> None:
        from inl_equipment import __version__

        QMessageBox.about(
            self,
            "About INL Equipment Tracker",
            f"INL Equipment Tracker {__version__}\n\nRegister of donated "
            "equipment: purchase, handover, end-use checks and disposal.",
        )

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (
            self.edit_action,
            self.retire_action,
            None,
            self.copy_tag_action,
            None,
            self.new_action,
        ):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.addSeparator()
        menu.addAction(self.reset_columns_action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- settings ---------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        if s.value("mainWindow/version") != _SETTINGS_VERSION:
            self.resize(1400, 800)
            return
        geometry = s.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header = s.value("mainWindow/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("mainWindow/version", _SETTINGS_VERSION)
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/header", self.table.horizontalHeader().saveState())
        self.filters.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        super().closeEvent(event)
