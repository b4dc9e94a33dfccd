"""Due checks: the items to check within a month (or overdue), grouped by site, to plan a trip.

Grouped by a site column: the list is sorted by site, then due date (as the
service returns it), and the site filter offers each site with its count.
"Start site check" opens the site check form for the selected row's site.
The window follows the register's change feed (a check recorded anywhere
takes its items off the list).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import day, number
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.due_checks import DueItem
from inl_equipment.services.eum_vocabulary import result_label
from inl_equipment.services.register import Change, Register
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.dialogs import run_dialog, show_dialog
from inl_equipment.ui.monitoring.site_check_dialog import SiteCheckDialog
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.style import Palette


def _state(d: DueItem) -> str:
    """Overdue, due soon, and whether it needs following up (not seen twice)."""
    state = (
        translate("DueChecksWindow", "Overdue")
        if d.overdue
        else translate("DueChecksWindow", "Due")
    )
    if d.follow_up:
        return translate("DueChecksWindow", "{state}, follow up").format(state=state)
    return state


def _columns(firsts: set[int]) -> list[RowColumn[DueItem]]:
    """The columns; `firsts`: the first item of each site's group (the others' site is muted)."""

    def overdue_color(d: DueItem) -> str | None:
        return Palette.ERROR if d.overdue else None

    def site_color(d: DueItem) -> str | None:
        return None if d.item_id in firsts else Palette.NOTE

    return [
        RowColumn(
            Msg.translate("DueChecksWindow", "Site"),
            lambda d: d.site or translate("DueChecksWindow", "(no location)"),
            color=site_color,
        ),
        RowColumn(Msg.translate("DueChecksWindow", "Asset tag"), lambda d: d.asset_tag),
        RowColumn(Msg.translate("DueChecksWindow", "Description"), lambda d: d.description),
        RowColumn(
            Msg.translate("DueChecksWindow", "Last check"),
            lambda d: day(d.last_check) if d.last_check else "",
        ),
        RowColumn(
            Msg.translate("DueChecksWindow", "Last result"),
            lambda d: result_label(d.last_result) if d.last_result else "",
        ),
        RowColumn(
            Msg.translate("DueChecksWindow", "Due"), lambda d: day(d.due), color=overdue_color
        ),
        RowColumn(Msg.translate("DueChecksWindow", "State"), _state, color=overdue_color),
    ]


class DueChecksWindow(QDialog):
    """The items due for a check, by site, with a site filter and "Overdue only".

    Signals:
        (only those of QDialog)
    """

    def __init__(
        self, register: Register, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        """The due list of `register` as of `today` (None: the real today, at each refresh)."""
        super().__init__(parent)
        self.setObjectName("dueChecksWindow")
        self.setWindowTitle(self.tr("Due checks"))
        self._register, self._today = register, today
        self._all: list[DueItem] = []
        self._firsts: set[int] = set()  # the first row of each site (filled in `_show`)
        self.model: RowTableModel[DueItem] = RowTableModel(_columns(self._firsts), self)
        self._relay = ChangeRelay(self, register.changes)
        self._unsubscribe = self._relay.unsubscribe
        self._build()
        self._connect_signals()
        self.resize(1100, 700)
        self.refresh()

    def _build(self) -> None:
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("overdueOnly")
        self.site_filter = QComboBox()
        self.site_filter.setObjectName("siteFilter")
        self.site_filter.setMinimumContentsLength(30)
        self.start_button = QPushButton(self.tr("Start site check…"))
        self.table = QTableView()
        self.table.setObjectName("dueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for col, width in enumerate((230, 120, 300, 100, 110, 100)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.close_button = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site:")))
        top.addWidget(self.site_filter)
        top.addWidget(self.overdue_only)
        top.addStretch(1)
        top.addWidget(self.start_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)

    def _connect_signals(self) -> None:
        self._relay.changed.connect(self._on_register_changed)
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.site_filter.currentIndexChanged.connect(lambda _i: self._show())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.start_site_check())
        self.start_button.clicked.connect(lambda _c=False: self.start_site_check())
        self.close_button.clicked.connect(self.accept)

    # -- list -------------------------------------------------------------------------
    def today(self) -> date:
        """The day the list is worked out for."""
        return self._today or date.today()

    def refresh(self) -> None:
        """Read the due list again (keeps the site filter when that site still has items)."""
        self._all = self._register.monitoring.due(
            self.today(), overdue_only=self.overdue_only.isChecked()
        )
        keep = self.site_filter.currentData()
        counts: dict[int | None, tuple[str, int]] = {}
        for d in self._all:
            name, n = counts.get(d.location_id, (d.site, 0))
            counts[d.location_id] = (name, n + 1)
        self.site_filter.blockSignals(True)  # one `_show` below, not one per entry
        self.site_filter.clear()
        self.site_filter.addItem(
            self.tr("All sites ({count})").format(count=number(len(self._all))), -1
        )
        for loc, (name, n) in counts.items():
            label = name or self.tr("(no location)")
            self.site_filter.addItem(f"{label} ({number(n)})", loc)
        self.site_filter.setCurrentIndex(max(0, self.site_filter.findData(keep)))
        self.site_filter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        site = self.site_filter.currentData()
        rows = (
            self._all
            if site == -1 or self.site_filter.currentIndex() <= 0
            else [d for d in self._all if d.location_id == site]
        )
        self._firsts.clear()
        self._firsts.update(
            d.item_id
            for i, d in enumerate(rows)
            if i == 0 or rows[i - 1].location_id != d.location_id
        )
        self.model.set_rows(rows)
        count = len(rows)
        sites = len({d.location_id for d in rows})
        self.count_label.setText(
            translate("DueChecksWindow", "%n item(s) due", None, count)
            + " · "
            + translate("DueChecksWindow", "%n site(s)", None, sites)
        )
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _on_register_changed(self, change: Change) -> None:
        if change.items or change.references or change.everything:
            self.refresh()

    # -- actions ----------------------------------------------------------------------
    def selected_site(self) -> int | None:
        """The site of the selected row (None: no row, or an item with no location)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).location_id if rows else None

    def _update_buttons(self) -> None:
        writable = not self._register.read_only
        self.start_button.setEnabled(writable and self.selected_site() is not None)

    def start_site_check(self) -> str | None:
        """Open the site check form for the selected row's site; the inspection's number."""
        site = self.selected_site()
        if site is None or self._register.read_only:
            return None
        dialog = SiteCheckDialog(self._register, self, site)
        accepted = run_dialog(dialog) == QDialog.DialogCode.Accepted
        return dialog.number if accepted else None


def open_due_checks(host: Any) -> DueChecksWindow:
    """Show the Due checks window (one per main window), deleted when it closes."""
    parent = host if isinstance(host, QWidget) else None
    window = parent.findChild(DueChecksWindow) if parent is not None else None
    if window is None:
        window = DueChecksWindow(host.register, parent)
    else:
        window.refresh()
    show_dialog(window)
    return window
