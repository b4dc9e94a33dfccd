"""The register table with its search and filter bar, and how its rows are loaded."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment import formatting
from inl_equipment.services.columns import COLUMNS
from inl_equipment.services.register import Register
from inl_equipment.services.search import Query, Snapshot
from inl_equipment.ui.register.equipment_table_model import EquipmentTableModel
from inl_equipment.ui.register.filter_bar import FilterBar
from inl_equipment.ui.register.snapshot_loader import SnapshotLoader
from inl_equipment.ui.style import Role, set_role

#: Rows read before the window first paints; the rest load on a worker thread.
FIRST_SCREEN_ROWS = 200
#: Up to this many items, read them all before showing (it takes < 0.1 s).
SYNC_LOAD_LIMIT = 20_000
#: Build the search index this long after a load, once the table is painted.
WARM_UP_MS = 250


class RegisterView(QWidget):
    """Search and filter bar over the equipment table.

    Signals:
        counts_changed(str): the "N of M items · total value $X" text.
        selection_changed(): the current or selected items changed.
        item_activated(int): an item was double-clicked or activated (its id).
        register_empty(bool): whether the register (all of it read) holds no item at all.
    """

    counts_changed = Signal(str)
    selection_changed = Signal()
    item_activated = Signal(int)
    register_empty = Signal(bool)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        """The view over `register`; `first_load` fills it."""
        super().__init__(parent)
        self.register = register
        self.model = EquipmentTableModel(self)
        self.filters = FilterBar()
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)
        self._loader: SnapshotLoader | None = None
        self.model.before_query = self.ensure_complete
        self._counts = (0, 0, 0)  # shown, total, cents: the counts text is rebuilt from them
        self._empty_note = QLabel(self.table.viewport())
        self._empty_note.setObjectName("emptyNote")
        self._empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self._empty_note, Role.PLACEHOLDER)
        self._empty_note.hide()
        self.retranslate()
        self._connect_signals()

    def add_notice(self, widget: QWidget) -> None:
        """Show `widget` between the filter bar and the table (a feature's notice)."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, widget)

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
        self.default_columns(table)
        return table

    @staticmethod
    def default_columns(table: QTableView) -> None:
        """Give `table` the default column widths and visibility."""
        for i, col in enumerate(COLUMNS):
            table.setColumnWidth(i, col.width)
            table.setColumnHidden(i, not col.visible)

    def _place_empty_note(self) -> None:
        self._empty_note.setGeometry(0, 0, self.table.viewport().width(), 80)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the empty note across the table's width."""
        super().resizeEvent(event)
        self._place_empty_note()

    def retranslate(self) -> None:
        """Set this view's texts again in the interface's language (the filter bar sets its own)."""
        self._empty_note.setText(
            self.tr('No items match the search and filters. <a href="clear">Clear filters</a>')
        )
        self._show_counts(*self._counts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self._empty_note.linkActivated.connect(lambda _link: self.filters.clear())
        self.filters.changed.connect(self.apply_filters)
        self.model.query_applied.connect(self._show_counts)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.table.horizontalHeader().customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
        )

    # -- loading -------------------------------------------------------------
    def first_load(self, settings: QSettings) -> None:
        """Paint the first screen at once; read the other rows on a worker thread.

        With a saved search, filter or sort the first screen would be wrong,
        so then (and for small registers) every row is read before showing.
        """
        first = self.register.items.first_rows(FIRST_SCREEN_ROWS)
        self.filters.set_options(first.refs)
        self.filters.restore_state(settings)
        q = self.filters.query(self.model.query)
        narrowed = bool(
            q.text
            or q.sort_key
            or q.statuses
            or q.agencies
            or q.provinces
            or q.locations
            or q.categories
            or q.funding
        )
        if first.complete or first.expected <= SYNC_LOAD_LIMIT or narrowed:
            snapshot = first if first.complete else self.register.items.snapshot()
            self._install(snapshot, None)
            QTimer.singleShot(WARM_UP_MS, snapshot.warm)
            return
        self._install(first, None)
        self._loader = SnapshotLoader(self.register, self)
        self._loader.loaded.connect(self._install_complete)
        self._loader.failed.connect(self._load_failed)
        self._loader.start()

    def reload(self) -> None:
        """Read every row again (F5, after reference data or an import changed)."""
        self.ensure_complete()
        snapshot = self.register.items.snapshot()
        self._install(snapshot, self.current_item_id())
        QTimer.singleShot(WARM_UP_MS, snapshot.warm)

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
        QMessageBox.critical(
            self,
            self.tr("Cannot read the register"),
            self.tr("Reading the items failed: {problem}").format(problem=str(exc)),
        )

    def _install(self, snapshot: Snapshot, keep: int | None) -> None:
        self.filters.set_options(snapshot.refs)
        self.model.set_snapshot(snapshot, self.filters.query(self.model.query))
        if keep is not None:
            self.select_item(keep)
        self.selection_changed.emit()

    def apply_filters(self) -> None:
        """Show the rows the search and filters select now, keeping the current item."""
        self.ensure_complete()
        keep = self.current_item_id()
        self.model.set_query(self.filters.query(self.model.query))
        if keep is not None:
            self.select_item(keep, scroll=False)
        self.selection_changed.emit()

    def items_saved(self, item_ids: list[int]) -> None:
        """Read the given items again after they were saved, and select the last."""
        self.ensure_complete()
        self.register.items.refresh_rows(self.model.snapshot, item_ids)
        self.model.refresh()
        if item_ids:
            self.select_item(item_ids[-1])
        self.selection_changed.emit()

    def _show_counts(self, shown: int, total: int, cents: int) -> None:
        self._counts = (shown, total, cents)
        snapshot = self.model.snapshot
        self._empty_note.setVisible(snapshot.complete and shown == 0 and total > 0)
        self._place_empty_note()
        self.register_empty.emit(snapshot.complete and total == 0)
        self.counts_changed.emit(self._counts_text(snapshot, shown, total, cents))

    def _counts_text(self, snapshot: Snapshot, shown: int, total: int, cents: int) -> str:
        """ "12 of 300 items · total value $1,234.00", or the rows still loading."""
        if not snapshot.complete:
            expected = snapshot.expected
            return self.tr("Loading {count} item(s)…", "", expected).format(
                count=formatting.number(expected)
            )
        value = formatting.money(cents, cents=True)
        retired = snapshot.retired_cents(self.model.positions())
        if not retired:
            return self.tr("{shown} of {total} item(s) · total value {value}", "", total).format(
                shown=formatting.number(shown), total=formatting.number(total), value=value
            )
        return self.tr(
            "{shown} of {total} item(s) · total value {value} "
            "(lost, stolen or disposed: {retired})",
            "",
            total,
        ).format(
            shown=formatting.number(shown),
            total=formatting.number(total),
            value=value,
            retired=formatting.money(retired, cents=True),
        )

    # -- selection -----------------------------------------------------------
    def current_item_id(self) -> int | None:
        """The item under the cursor when its row is selected, else None."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.item_id(index.row())

    def selected_item_ids(self) -> list[int]:
        """The selected items, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item_id(r) for r in rows]

    def select_item(self, item_id: int, scroll: bool = True) -> bool:
        """Make item `item_id` current and selected; False when it is not shown."""
        row = self.model.row_of_item(item_id)
        if row is None:
            return False
        index = self.model.index(row, self.table.horizontalHeader().logicalIndex(0))
        flags = self.table.selectionModel().SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        if scroll:
            self.table.scrollTo(index)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit(self.model.item_id(index.row()))

    # -- columns and settings ------------------------------------------------
    def visible_column_keys(self) -> list[str]:
        """Keys of the shown columns, in the order the user sees them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i].key for i in logical if not header.isSectionHidden(i)]

    def show_view(self, query: Query, columns: Sequence[str]) -> None:
        """Show `columns` (in this order; empty: as they are) and `query` with its sort."""
        if columns:
            header = self.table.horizontalHeader()
            keys = [c.key for c in COLUMNS]
            for visual, key in enumerate(k for k in columns if k in keys):
                logical = keys.index(key)
                header.moveSection(header.visualIndex(logical), visual)
            for logical, key in enumerate(keys):
                self.table.setColumnHidden(logical, key not in columns)
        self.filters.show_query(query)  # sets the bar's filters and applies them
        header = self.table.horizontalHeader()
        if query.sort_key in {c.key for c in COLUMNS}:
            logical = next(i for i, c in enumerate(COLUMNS) if c.key == query.sort_key)
            order = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            self.table.sortByColumn(logical, order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.model.set_query(dataclasses.replace(self.model.query, sort_key=None))

    def column_menu(self, menu: QMenu | None = None) -> QMenu:
        """A menu of checkable columns (the column chooser) plus "Reset columns"."""
        menu = menu or QMenu(self)
        menu.clear()
        for i, col in enumerate(COLUMNS):
            action = menu.addAction(col.header_text)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, c=i: self.table.setColumnHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        """Put the columns back in their first order, widths and visibility."""
        header = self.table.horizontalHeader()
        for logical in range(len(COLUMNS)):
            header.moveSection(header.visualIndex(logical), logical)
        self.default_columns(self.table)

    def restore_header(self, settings: QSettings) -> None:
        """Restore the column order, widths and visibility remembered."""
        header = settings.value("mainWindow/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_settings(self, settings: QSettings) -> None:
        """Remember the column layout and the filters."""
        settings.setValue("mainWindow/header", self.table.horizontalHeader().saveState())
        self.filters.save_state(settings)
