"""The dashboard: the programme at a glance, every figure a click away from its items.

Item figures come from the rows the register window already holds
(`services.dashboard_figures`); receipt and incident figures from a few
grouped reads (`register.dashboard.records`). Both are worked out again a
moment after each change of the register. Double-clicking (or Enter on) a
figure, or clicking its bar, shows exactly its items in the register table
with the filter set in the filter bar; receipt and incident tiles open the
Handovers and Incidents windows filtered the same way.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import money, number, percent
from inl_equipment.i18n import translate
from inl_equipment.services.dashboard_figures import (
    LOSS_STATUSES,
    DashboardFigures,
    Figure,
    compute,
    losses,
)
from inl_equipment.services.dashboard_records import RecordFigures
from inl_equipment.services.facade.changes import Change, ChangeFeed
from inl_equipment.services.handover_list import DONOR_SHORT
from inl_equipment.services.search import Query, Snapshot
from inl_equipment.services.vocabulary import marked_text, status_label
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.dashboard import dashboard_parts as parts
from inl_equipment.ui.dashboard.charts import BarChart
from inl_equipment.ui.row_table_model import RowTableModel
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.style import link

#: How long after a change the figures are worked out again (changes come in bursts).
_SETTLE_MS = 250
#: The tables whose rows are `Figure`s with a query, and their charts.
_FIGURE_TABLES = ("status", "agency", "province", "checks", "overdue")
_CHARTED = ("status", "agency", "province")


class DashboardWindow(QDialog):
    """Totals by status, holder, province; end-use checks; receipts; at a glance.

    Signals:
        figure_chosen(object): the `Query` of the figure the user opened.
        receipts_chosen(str, bool): show the receipts matching this text (missing signed copy).
        incidents_chosen(): show the open incidents.
        summary_requested(): the user asked for the one-page PDF summary.
    """

    figure_chosen = Signal(object)
    receipts_chosen = Signal(str, bool)
    incidents_chosen = Signal()
    summary_requested = Signal()

    def __init__(
        self,
        snapshot: Callable[[], Snapshot],
        records: Callable[[date], RecordFigures],
        changes: ChangeFeed,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        """A dashboard over `snapshot()` and `records(today)`, refreshed after `changes`."""
        super().__init__(parent)
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("Dashboard"))
        self._snapshot, self._records, self._today = snapshot, records, today
        self.figures: DashboardFigures | None = None
        self.records: RecordFigures | None = None
        self.models: dict[str, RowTableModel[Any]] = {
            "status": RowTableModel(parts.status_columns(), self),
            "agency": RowTableModel(parts.figure_columns(lambda f: f.label), self),
            "province": RowTableModel(parts.figure_columns(lambda f: f.label), self),
            "checks": RowTableModel(parts.check_columns(), self),
            "overdue": RowTableModel(parts.figure_columns(lambda f: f.label), self),
            "rates": RowTableModel(parts.RATE_COLUMNS, self),
            "years": RowTableModel(parts.YEAR_COLUMNS, self),
        }
        tip = self.tr("Double-click a row to show its items in the register")
        self.tables = {k: parts.figure_table(k, m, tip) for k, m in self.models.items()}
        self.tables["years"].setToolTip(self.tr("Double-click a year to list its receipts"))
        self.charts = {key: BarChart(most=8) for key in (*_CHARTED, "years")}
        self.tiles = {
            key: parts.Tile(key)
            for key in ("items", "value", "handovers", "unsigned", "verified", "incidents")
        }
        self._relay = ChangeRelay(self, changes)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._build()
        self._connect_signals()
        fit_to_screen(self, 1280, 820)
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._register_tab(), self.tr("&Items"))
        self.tabs.addTab(self._checks_tab(), self.tr("End-use &checks"))
        self.tabs.addTab(self._receipts_tab(), self.tr("&Receipts"))
        self.losses = QLabel()
        self.losses.setObjectName("dashboardLosses")
        self.losses.setTextFormat(Qt.TextFormat.RichText)
        self.summary_button = QPushButton(self.tr("Save summary as &PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.losses, 1)
        bottom.addWidget(self.summary_button)
        bottom.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(tiles)
        box.addWidget(self.tabs, 1)
        box.addLayout(bottom)

    def _register_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        titles = (self.tr("By status"), self.tr("By holder"), self.tr("By province"))
        for n, (key, title) in enumerate(zip(_CHARTED, titles, strict=True)):
            grid.addWidget(parts.figure_group(title, self.tables[key], self.charts[key]), 0, n)
        return page

    def _checks_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(parts.figure_group(self.tr("Check state"), self.tables["checks"]), 0, 0)
        overdue = parts.figure_group(self.tr("Overdue checks by site"), self.tables["overdue"])
        grid.addWidget(overdue, 0, 1)
        rates = parts.figure_group(
            self.tr("Verified this year, by holding unit"), self.tables["rates"]
        )
        self.tables["rates"].setToolTip(
            self.tr(
                "Items a unit holds now whose latest check this year found them in use or in "
                "storage. Double-click a unit to show its items not verified yet. (The EUM "
                "report counts from the receipts as of the year's first day.)"
            )
        )
        grid.addWidget(rates, 0, 2)
        return page

    def _receipts_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        group = parts.figure_group(
            self.tr("Handed over by year (issued handover receipts)"),
            self.tables["years"],
            self.charts["years"],
            beside=True,
        )
        grid.addWidget(group, 0, 0)
        return page

    def _connect_signals(self) -> None:
        self._relay.changed.connect(self._on_change)
        self._timer.timeout.connect(self.refresh)
        for key in _FIGURE_TABLES:
            self.tables[key].activated.connect(lambda index, k=key: self._open_row(k, index.row()))
        self.tables["rates"].activated.connect(lambda index: self._open_row("rates", index.row()))
        self.tables["years"].activated.connect(lambda index: self._open_year(index.row()))
        for key in _CHARTED:
            link = parts.ChartLink(self.charts[key], self.models[key].rows)
            link.chosen.connect(self._open_figure)
        year_link = parts.ChartLink(self.charts["years"], self.models["years"].rows)
        year_link.chosen.connect(lambda y: self.receipts_chosen.emit(f"HR-{y.year}-", False))
        self.tiles["items"].clicked.connect(lambda: self.figure_chosen.emit(Query()))
        self.tiles["value"].clicked.connect(lambda: self.figure_chosen.emit(Query()))
        self.tiles["verified"].clicked.connect(self._open_unverified)
        self.tiles["handovers"].clicked.connect(
            lambda: self.receipts_chosen.emit(f"HR-{self._today().year}-", False)
        )
        self.tiles["unsigned"].clicked.connect(lambda: self.receipts_chosen.emit("", True))
        self.tiles["incidents"].clicked.connect(self.incidents_chosen)
        self.summary_button.clicked.connect(self.summary_requested)
        self.losses.linkActivated.connect(
            lambda _link: self.figure_chosen.emit(Query(statuses=frozenset(LOSS_STATUSES)))
        )
        self.close_button.clicked.connect(self.close)
        self.finished.connect(lambda _result: self._relay.unsubscribe())

    # -- figures -----------------------------------------------------------------------
    def _on_change(self, _change: Change) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Work the figures out again: the items' from the rows, the records' from the file."""
        today = self._today()
        stock = marked_text("Handovers", DONOR_SHORT)
        figures = compute(self._snapshot(), today, self.tr("(none)"), stock)
        records = self._records(today)
        self.figures, self.records = figures, records
        self.models["status"].set_rows(figures.by_status)
        self.models["agency"].set_rows(figures.by_agency)
        self.models["province"].set_rows(figures.by_province)
        self.models["checks"].set_rows(figures.checks)
        self.models["overdue"].set_rows(figures.overdue_by_site)
        self.models["rates"].set_rows(figures.verification)
        self.models["years"].set_rows(list(reversed(records.handed_over_by_year)))
        self._draw_charts(figures, records)
        self._show_tiles(figures, records)

    def _draw_charts(self, figures: DashboardFigures, records: RecordFigures) -> None:
        status: Callable[[Figure], str] = lambda f: status_label(f.key)  # noqa: E731
        named: Callable[[Figure], str] = lambda f: f.label  # noqa: E731
        for key, rows, label in (
            ("status", figures.by_status, status),
            ("agency", figures.by_agency, named),
            ("province", figures.by_province, named),
        ):
            self.charts[key].set_bars(parts.chart_bars(rows, label), parts.dollars)
        years = [(str(y.year), y.cents / 100) for y in reversed(records.handed_over_by_year)]
        self.charts["years"].set_bars(years, parts.dollars)

    def _show_tiles(self, figures: DashboardFigures, records: RecordFigures) -> None:
        t, rate = self.tiles, figures.verification_total
        t["items"].show_figure(
            self.tr("Items"), number(figures.total.count), self.tr("Show every item")
        )
        t["value"].show_figure(
            self.tr("Value"), money(figures.total.cents, cents=True), self.tr("Show every item")
        )
        t["handovers"].show_figure(
            self.tr("Handovers this year"),
            number(records.handovers_this_year),
            self.tr("List this year's handover receipts"),
        )
        t["unsigned"].show_figure(
            self.tr("Receipts without a signed copy"),
            number(records.unsigned_receipts),
            self.tr("List the receipts still waiting for their signed copy"),
        )
        rate_text = "—" if rate is None or rate.hundredths is None else percent(rate.hundredths)
        t["verified"].show_figure(
            self.tr("Verified this year"),
            rate_text,
            self.tr("Show the items held by units and not verified this year"),
        )
        t["incidents"].show_figure(
            self.tr("Open incidents"),
            number(records.open_incidents),
            self.tr("List the incidents still open"),
        )
        lost = losses(figures)
        gone = sum(f.count for f in lost)
        words = translate(
            "Dashboard",
            "Lost, stolen, destroyed or disposed of: {count} item(s), {value}",
            None,
            gone,
        )
        text = words.format(count=number(gone), value=money(sum(f.cents for f in lost), cents=True))
        # A link: the items lost, stolen, destroyed or disposed of, in the register.
        self.losses.setText(link(text, "losses") if gone else html.escape(text))

    # -- opening what a figure counts ------------------------------------------------------
    def _open_row(self, key: str, row: int) -> None:
        self._open_figure(self.models[key].row_at(row))

    def _open_figure(self, figure: Any) -> None:
        query = getattr(figure, "query", None)
        if query is not None:
            self.figure_chosen.emit(query)

    def _open_year(self, row: int) -> None:
        self.receipts_chosen.emit(f"HR-{self.models['years'].row_at(row).year}-", False)

    def _open_unverified(self) -> None:
        if self.figures is not None and self.figures.verification_total is not None:
            self._open_figure(self.figures.verification_total)
