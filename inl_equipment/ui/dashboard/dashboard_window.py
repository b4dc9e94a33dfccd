"""The dashboard: the programme at a glance, every figure a click away from its items.

The figures come from the rows the register window already holds
(`services.dashboard_figures`), worked out again a moment after each change
of the register: nothing is read from the database. Double-clicking (or
Enter on) a figure shows exactly its items in the register table, with the
filter set in the filter bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import money, number
from inl_equipment.i18n import Msg, translate
from inl_equipment.services import check_rows
from inl_equipment.services.dashboard_figures import DashboardFigures, Figure, compute, losses
from inl_equipment.services.facade.changes import ChangeFeed
from inl_equipment.services.search import Snapshot
from inl_equipment.services.vocabulary import marked_text, status_label
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.style import Role, set_role

#: How long after a change the figures are worked out again (changes come in bursts).
_SETTLE_MS = 250
_CHECK_LABELS = dict(check_rows.CHECK_FILTERS)


def _columns(label: Callable[[Figure], str]) -> list[RowColumn[Figure]]:
    return [
        RowColumn(Msg.translate("Dashboard", "What"), label),
        RowColumn(Msg.translate("Dashboard", "Items"), lambda f: number(f.count), right=True),
        RowColumn(
            Msg.translate("Dashboard", "Value"), lambda f: money(f.cents, cents=True), right=True
        ),
    ]


def _check_label(f: Figure) -> str:
    return marked_text("CheckFilter", _CHECK_LABELS.get(f.key, f.key))


class DashboardWindow(QDialog):
    """Totals by status, holder, province and end-use check state, over the register.

    Signals:
        figure_chosen(object): the `Query` of the figure the user opened.
    """

    figure_chosen = Signal(object)

    def __init__(
        self,
        snapshot: Callable[[], Snapshot],
        changes: ChangeFeed,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        """A dashboard over the rows `snapshot()` returns, refreshed after each of `changes`."""
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("Dashboard"))
        self._snapshot, self._today = snapshot, today
        self.figures: DashboardFigures | None = None
        self.tables: dict[str, QTableView] = {}
        self.models: dict[str, RowTableModel[Figure]] = {
            "status": RowTableModel(_columns(lambda f: status_label(f.key)), self),
            "agency": RowTableModel(_columns(lambda f: f.label), self),
            "province": RowTableModel(_columns(lambda f: f.label), self),
            "checks": RowTableModel(_columns(_check_label), self),
        }
        self._relay = ChangeRelay(self, changes)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._build()
        self._connect_signals()
        self.resize(1100, 760)
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        set_role(self.summary, Role.STRONG)
        self.losses = QLabel()
        self.losses.setObjectName("dashboardLosses")
        titles = {
            "status": self.tr("By status"),
            "agency": self.tr("By holder"),
            "province": self.tr("By province"),
            "checks": self.tr("End-use checks"),
        }
        grid = QGridLayout()
        for n, (key, title) in enumerate(titles.items()):
            table = QTableView()
            table.setObjectName(f"dashboard_{key}")
            table.setModel(self.models[key])
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in (1, 2):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            table.setToolTip(self.tr("Double-click a row to show its items in the register"))
            self.tables[key] = table
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(table)
            grid.addWidget(group, n // 2, n % 2)
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.losses, 1)
        bottom.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addLayout(grid, 1)
        box.addLayout(bottom)

    def _connect_signals(self) -> None:
        self._relay.changed.connect(lambda _change: self._timer.start())
        self._timer.timeout.connect(self.refresh)
        for key, table in self.tables.items():
            table.activated.connect(lambda index, k=key: self._open(k, index.row()))
        self.close_button.clicked.connect(self.close)
        self.finished.connect(lambda _result: self._relay.unsubscribe())

    def refresh(self) -> None:
        """Work the figures out again from the register's rows."""
        figures = compute(self._snapshot(), self._today(), self.tr("(none)"))
        self.figures = figures
        self.models["status"].set_rows(figures.by_status)
        self.models["agency"].set_rows(figures.by_agency)
        self.models["province"].set_rows(figures.by_province)
        self.models["checks"].set_rows(figures.checks)
        count = figures.total.count
        self.summary.setText(
            translate("Dashboard", "{count} item(s) · total value {value}", None, count).format(
                count=number(count), value=money(figures.total.cents, cents=True)
            )
        )
        lost = losses(figures)
        gone = sum(f.count for f in lost)
        words = translate(
            "Dashboard",
            "Lost, stolen, destroyed or disposed of: {count} item(s), {value}",
            None,
            gone,
        )
        self.losses.setText(
            words.format(count=number(gone), value=money(sum(f.cents for f in lost), cents=True))
        )

    def _open(self, key: str, row: int) -> None:
        figure = self.models[key].row_at(row)
        if figure.query is not None:
            self.figure_chosen.emit(figure.query)
