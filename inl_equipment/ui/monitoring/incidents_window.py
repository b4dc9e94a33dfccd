"""Incidents: items lost, stolen or damaged beyond repair, and their investigations.

"Close investigation…" records how an open one ended (recovered gives the
item its status back). The list follows the register's change feed: an
incident opened by a site check anywhere shows here at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from inl_equipment.services.eum_vocabulary import incident_kind_label, outcome_label
from inl_equipment.services.monitoring_lists import IncidentRow
from inl_equipment.services.register import Change, Register
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.dialogs import run_dialog, show_dialog
from inl_equipment.ui.monitoring.close_incident_dialog import CloseIncidentDialog
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.style import Palette


def _columns() -> list[RowColumn[IncidentRow]]:
    def open_color(i: IncidentRow) -> str | None:
        return None if i.outcome else Palette.ERROR

    return [
        RowColumn(Msg.translate("IncidentsWindow", "Number"), lambda i: i.number),
        RowColumn(Msg.translate("IncidentsWindow", "Asset tag"), lambda i: i.asset_tag),
        RowColumn(Msg.translate("IncidentsWindow", "Date"), lambda i: day(i.date)),
        RowColumn(Msg.translate("IncidentsWindow", "Type"), lambda i: incident_kind_label(i.kind)),
        RowColumn(
            Msg.translate("IncidentsWindow", "Where"),
            lambda i: i.place,
            tooltip=lambda i: i.place or None,
        ),
        RowColumn(
            Msg.translate("IncidentsWindow", "Reported by"),
            lambda i: i.reported_by,
            tooltip=lambda i: i.reported_by or None,
        ),
        RowColumn(
            Msg.translate("IncidentsWindow", "Report ref."),
            lambda i: i.report_ref,
            tooltip=lambda i: i.report_ref or None,
        ),
        RowColumn(
            Msg.translate("IncidentsWindow", "Status"),
            lambda i: outcome_label(i.outcome),
            color=open_color,
        ),
        RowColumn(
            Msg.translate("IncidentsWindow", "Closed"),
            lambda i: day(i.closed_date) if i.closed_date else "",
        ),
        RowColumn(Msg.translate("IncidentsWindow", "Site check"), lambda i: i.inspection),
        RowColumn(
            Msg.translate("IncidentsWindow", "Remark"),
            lambda i: " ".join(i.remark.split()),
            tooltip=lambda i: i.remark,
        ),
    ]


class IncidentsWindow(QDialog):
    """The list of incidents, with "Open only" and "Close investigation…".

    Signals:
        (only those of QDialog)
    """

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        """The window over `register`'s incidents."""
        super().__init__(parent)
        self.setObjectName("incidentsWindow")
        self.setWindowTitle(self.tr("Incidents"))
        self._register = register
        self.model: RowTableModel[IncidentRow] = RowTableModel(_columns(), self)
        self._relay = ChangeRelay(self, register.changes)
        self._unsubscribe = self._relay.unsubscribe
        self._build()
        self._connect_signals()
        self.resize(1320, 640)
        self.refresh()

    def _build(self) -> None:
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("openOnly")
        self.close_incident_button = QPushButton(self.tr("Close &investigation…"))
        self.table = QTableView()
        self.table.setObjectName("incidentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        for col, width in enumerate((100, 110, 85, 150, 170, 130, 90, 130, 85, 105)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.close_button = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.close_incident_button)
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
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.close_incident_button.clicked.connect(lambda _c=False: self.close_current())
        self.close_button.clicked.connect(self.accept)

    def current(self) -> IncidentRow | None:
        """The selected incident, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Read the list again; keep the selection."""
        keep = self.current()
        rows = self._register.monitoring.list_incidents(self.open_only.isChecked())
        self.model.set_rows(rows)
        count = len(rows)
        open_count = sum(1 for r in rows if not r.outcome)
        self.count_label.setText(
            translate("IncidentsWindow", "%n incident(s)", None, count)
            + " · "
            + translate("IncidentsWindow", "{count} open").format(count=number(open_count))
        )
        row = self.model.find(lambda r: r.number == keep.number) if keep else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _on_register_changed(self, change: Change) -> None:
        if change.items or change.everything:
            self.refresh()

    def _update_buttons(self) -> None:
        i = self.current()
        writable = not self._register.read_only
        self.close_incident_button.setEnabled(writable and i is not None and not i.outcome)

    def close_current(self) -> bool:
        """Close the selected open incident's investigation; True when it was closed."""
        i = self.current()
        if i is None or i.outcome or self._register.read_only:
            return False
        dialog = CloseIncidentDialog(self._register, i, self)
        return run_dialog(dialog) == QDialog.DialogCode.Accepted


def open_incidents(host: Any) -> IncidentsWindow:
    """Show the Incidents window (one per main window), deleted when it closes."""
    parent = host if isinstance(host, QWidget) else None
    window = parent.findChild(IncidentsWindow) if parent is not None else None
    if window is None:
        window = IncidentsWindow(host.register, parent)
    else:
        window.refresh()
    show_dialog(window)
    return window
