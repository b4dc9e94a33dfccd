"""The item page: one item's whole life in one window, with Back and Forward.

Tabs: Details (the fields; Edit opens the form), Photos, History in words,
Receipts (every handover, return and transfer line; double-click opens the
receipt), End-use checks and Incidents. The page follows the register's
changes: when its item changes (an edit, a receipt, a check, a photo) it
reads that one item again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.facade.kinds import RETIRED_STATUSES
from inl_equipment.services.items import NotFoundError
from inl_equipment.services.lot_use import is_lot
from inl_equipment.services.register import Register
from inl_equipment.services.vocabulary import status_label
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.item_page import item_tables
from inl_equipment.ui.item_page.details_view import ItemDetails
from inl_equipment.ui.item_page.photos_tab import PhotosTab
from inl_equipment.ui.row_table_model import RowTableModel
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.style import Role, set_role


class ItemPageWindow(QDialog):
    """One item's details, photos, history, receipts, checks and incidents.

    Signals:
        item_shown(int): the page now shows this item (after Back, Forward or `show_item`).
        edit_requested(int): the user asked to edit this item.
        labels_requested(int): the user asked for this item's asset label.
        receipt_requested(str): the user asked to see this receipt.
    """

    item_shown = Signal(int)
    edit_requested = Signal(int)
    labels_requested = Signal(int)
    use_requested = Signal(int)
    receipt_requested = Signal(str)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        """An empty page over `register`; `show_item` fills it."""
        super().__init__(parent)
        self.setObjectName("itemPage")
        self._register = register
        self._visited: list[int] = []
        self._at = -1
        self.models: dict[str, RowTableModel[Any]] = {
            "history": RowTableModel(item_tables.HISTORY_COLUMNS, self),
            "receipts": RowTableModel(item_tables.RECEIPT_COLUMNS, self),
            "checks": RowTableModel(item_tables.CHECK_COLUMNS, self),
            "incidents": RowTableModel(item_tables.INCIDENT_COLUMNS, self),
        }
        self.tables: dict[str, QTableView] = {}
        self._relay = ChangeRelay(self, register.changes)
        self._build()
        self._connect_signals()
        fit_to_screen(self, 1060, 720)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("itemPageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.title, Role.STRONG)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("itemPageSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.subtitle, Role.MUTED)
        self.details = ItemDetails()
        self.photos = PhotosTab(self._register)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.photos, "")
        for key in ("history", "receipts", "checks", "incidents"):
            self.tables[key] = item_tables.list_table(f"itemPage_{key}", self.models[key])
            self.tabs.addTab(self.tables[key], "")
        self.tables["receipts"].setToolTip(self.tr("Double-click a line to open its receipt"))
        box = QVBoxLayout(self)
        box.addLayout(self._top_row())
        box.addWidget(self.subtitle)
        box.addWidget(self.tabs, 1)
        box.addLayout(self._bottom_row())

    def _top_row(self) -> QHBoxLayout:
        icon, sp = self.style().standardIcon, QStyle.StandardPixmap
        self.back_button = QPushButton(icon(sp.SP_ArrowBack), "")
        self.back_button.setObjectName("itemPageBack")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Back to the item shown before (Alt+Left)"))
        self.forward_button = QPushButton(icon(sp.SP_ArrowForward), "")
        self.forward_button.setObjectName("itemPageForward")
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.setToolTip(self.tr("Forward again (Alt+Right)"))
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.forward_button)
        row.addWidget(self.title, 1)
        return row

    def _bottom_row(self) -> QHBoxLayout:
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("itemPageEdit")
        self.labels_button = QPushButton(self.tr("Print &label…"))
        self.use_button = QPushButton(self.tr("Record &use…"))
        self.use_button.setObjectName("itemPageRecordUse")
        self.close_button = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.labels_button)
        row.addWidget(self.use_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.forward_button.clicked.connect(self.forward)
        self.edit_button.clicked.connect(lambda: self._emit_for_item(self.edit_requested))
        self.labels_button.clicked.connect(lambda: self._emit_for_item(self.labels_requested))
        self.use_button.clicked.connect(lambda: self._emit_for_item(self.use_requested))
        self.close_button.clicked.connect(self.close)
        self.tables["receipts"].activated.connect(self._open_receipt)
        self.photos.photo_added.connect(self._photo_added)
        self._relay.changed.connect(self._on_change)
        self.finished.connect(lambda _result: self._relay.unsubscribe())

    # -- navigation --------------------------------------------------------------------
    @property
    def item_id(self) -> int | None:
        """The item shown, if any."""
        return self._visited[self._at] if self._at >= 0 else None

    def show_item(self, item_id: int) -> bool:
        """Show item `item_id` (Back returns to the one shown before); False if it is gone."""
        if item_id == self.item_id:
            return self.reload()
        del self._visited[self._at + 1 :]
        self._visited.append(item_id)
        self._at = len(self._visited) - 1
        return self.reload()

    def back(self) -> None:
        """Show the item shown before this one."""
        if self._at > 0:
            self._at -= 1
            self.reload()

    def forward(self) -> None:
        """Show again the item Back left."""
        if self._at < len(self._visited) - 1:
            self._at += 1
            self.reload()

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the shown item again; False (and a note on the page) when it is gone."""
        item_id = self.item_id
        if item_id is None:
            return False
        self.back_button.setEnabled(self._at > 0)
        self.forward_button.setEnabled(self._at < len(self._visited) - 1)
        try:
            record = self._register.items.get(item_id)
        except NotFoundError:
            self.title.setText(self.tr("This item no longer exists."))
            self.subtitle.clear()
            for button in (self.edit_button, self.labels_button, self.use_button):
                button.setEnabled(False)
            return False
        life = self._register.item_page.life(item_id)
        history = self._register.items.readable_history(item_id)
        v = record.values
        self.setWindowTitle(self.tr("Item {tag}").format(tag=v.asset_tag))
        self.title.setText(f"{v.asset_tag} — {v.description}")
        self.subtitle.setText(
            self._where(status_label(v.status), record.holder_name, record.location_name)
        )
        self.details.show_record(record)
        self.photos.show_photos(item_id, life.photos)
        for key, rows in (
            ("history", history),
            ("receipts", life.receipts),
            ("checks", life.checks),
            ("incidents", life.incidents),
        ):
            self.models[key].set_rows(rows)
            item_tables.fit_columns(self.tables[key], rows)
        self._name_tabs(len(life.photos))
        self.edit_button.setEnabled(not self._register.read_only)
        self.labels_button.setEnabled(True)
        # Only a lot (lot number or expiry date) still in the register can be used.
        self.use_button.setVisible(is_lot(v.lot_number, v.expiry_date))
        self.use_button.setEnabled(
            not self._register.read_only and v.status not in RETIRED_STATUSES
        )
        self.item_shown.emit(item_id)
        return True

    def _where(self, status: str, holder: str, location: str) -> str:
        holder = holder or self.tr("donor stock")
        if location:
            return self.tr("{status} · {holder} · {location}").format(
                status=status, holder=holder, location=location
            )
        return self.tr("{status} · {holder}").format(status=status, holder=holder)

    def _name_tabs(self, photos: int) -> None:
        """Tab names with how many each holds, e.g. "Receipts (3)"."""
        counts = [self.models[k].rowCount() for k in ("history", "receipts", "checks", "incidents")]
        names = [
            self.tr("&Details"),
            self.tr("&Photos ({count})").format(count=number(photos)),
            self.tr("&History ({count})").format(count=number(counts[0])),
            self.tr("&Receipts ({count})").format(count=number(counts[1])),
            self.tr("End-use &checks ({count})").format(count=number(counts[2])),
            self.tr("&Incidents ({count})").format(count=number(counts[3])),
        ]
        for n, name in enumerate(names):
            self.tabs.setTabText(n, name)

    def _on_change(self, change: Change) -> None:
        item_id = self.item_id
        if item_id is not None and (change.everything or item_id in change.items):
            self.reload()

    def _photo_added(self) -> None:
        # The change feed reloads the page too; the history tab then shows the photo.
        self.tabs.setCurrentWidget(self.photos)

    # -- actions -----------------------------------------------------------------------
    def _emit_for_item(self, signal: Any) -> None:
        if self.item_id is not None:
            signal.emit(self.item_id)

    def _open_receipt(self) -> None:
        rows = self.tables["receipts"].selectionModel().selectedRows()
        if rows:
            self.receipt_requested.emit(self.models["receipts"].row_at(rows[0].row()).number)
