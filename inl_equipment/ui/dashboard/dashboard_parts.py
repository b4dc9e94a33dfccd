"""The dashboard's pieces: headline tiles, figure tables and their columns.

A *tile* is one headline figure (caption over a large value) that may be
clicked; a *figure group* is a titled table of figures with, where it
helps, a bar chart of the same rows under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import money, number, percent
from inl_equipment.i18n import Msg
from inl_equipment.services.dashboard_figures import Figure, RateFigure
from inl_equipment.services.dashboard_records import YearFigure
from inl_equipment.services.dashboard_summary import check_label
from inl_equipment.services.vocabulary import status_label
from inl_equipment.ui.dashboard.charts import BarChart
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel

T = TypeVar("T")


class Tile(QPushButton):
    """One headline figure: a small caption over a large value; flat unless clickable.

    Signals:
        (only those of QPushButton: `clicked` when it can be opened)
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """An empty tile named `name` (its object name is `tile_<name>`)."""
        super().__init__(parent)
        self.setObjectName(f"tile_{name}")
        self.caption = QLabel()
        self.value = QLabel()
        self.value.setObjectName(f"tileValue_{name}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        for label in (self.caption, self.value):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.addWidget(self.caption)
        box.addWidget(self.value)
        self.setMinimumHeight(64)

    def show_figure(self, caption: str, value: str, tip: str = "", clickable: bool = True) -> None:
        """Show `value` under `caption`; `tip` says what a click opens."""
        self.caption.setText(caption)
        self.value.setText(value)
        self.setToolTip(tip)
        self.setFlat(not clickable)
        self.setEnabled(True)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)


def figure_columns(label: Callable[[Figure], str]) -> list[RowColumn[Figure]]:
    """What, Items, Value: the columns of a table of figures."""
    return [
        RowColumn(Msg.translate("Dashboard", "What"), label),
        RowColumn(Msg.translate("Dashboard", "Items"), lambda f: number(f.count), right=True),
        RowColumn(
            Msg.translate("Dashboard", "Value"), lambda f: money(f.cents, cents=True), right=True
        ),
    ]


def status_columns() -> list[RowColumn[Figure]]:
    """A table of figures by status (labels in the interface's language)."""
    return figure_columns(lambda f: status_label(f.key))


def check_columns() -> list[RowColumn[Figure]]:
    """A table of figures by end-use check state."""
    return figure_columns(lambda f: check_label(f.key))


def _rate(r: RateFigure) -> str:
    return "—" if r.hundredths is None else percent(r.hundredths)


RATE_COLUMNS: tuple[RowColumn[RateFigure], ...] = (
    RowColumn(Msg.translate("Dashboard", "Unit"), lambda r: r.label),
    RowColumn(Msg.translate("Dashboard", "Holds"), lambda r: number(r.held), right=True),
    RowColumn(Msg.translate("Dashboard", "Verified"), lambda r: number(r.verified), right=True),
    RowColumn(Msg.translate("Dashboard", "Rate"), _rate, right=True),
)
YEAR_COLUMNS: tuple[RowColumn[YearFigure], ...] = (
    RowColumn(Msg.translate("Dashboard", "Year"), lambda y: str(y.year)),
    RowColumn(Msg.translate("Dashboard", "Receipts"), lambda y: number(y.receipts), right=True),
    RowColumn(Msg.translate("Dashboard", "Items"), lambda y: number(y.items), right=True),
    RowColumn(
        Msg.translate("Dashboard", "Value"), lambda y: money(y.cents, cents=True), right=True
    ),
)


def figure_table(name: str, model: RowTableModel[Any], tip: str) -> QTableView:
    """A read-only table of figures, its first column stretched, whole rows selected."""
    table = QTableView()
    table.setObjectName(f"dashboard_{name}")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    # One line a row: a figure table is read at a glance, not scrolled.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setToolTip(tip)
    return table


def figure_group(
    title: str, table: QTableView, chart: BarChart | None = None, *, beside: bool = False
) -> QGroupBox:
    """A titled box holding `table`, with `chart` under it or `beside` it (a draggable split)."""
    group = QGroupBox(title)
    box = QVBoxLayout(group)
    if chart is None:
        box.addWidget(table)
        return group
    split = QSplitter(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical)
    split.addWidget(table)
    split.addWidget(chart)
    split.setChildrenCollapsible(False)
    box.addWidget(split)
    return group


def chart_bars(
    figures: Sequence[Figure], label: Callable[[Figure], str]
) -> list[tuple[str, float]]:
    """(label, dollars) of each figure, as the chart draws them."""
    return [(label(f), f.cents / 100) for f in figures]


def dollars(value: float) -> str:
    """An axis label: whole dollars."""
    return money(int(round(value * 100)), cents=True).rsplit(".", 1)[0]


class ChartLink(QWidget):
    """Forwards a chart's bar click as the figure behind the bar.

    Signals:
        chosen(object): the figure whose bar was clicked.
    """

    chosen = Signal(object)

    def __init__(self, chart: BarChart, rows: Callable[[], Sequence[Any]]) -> None:
        """Follow `chart`'s clicks; `rows()` gives the figures in the order drawn."""
        super().__init__(chart)
        self.hide()
        self._rows = rows
        chart.bar_chosen.connect(self._on_bar)

    def _on_bar(self, index: int) -> None:
        rows = self._rows()
        if 0 <= index < len(rows):
            self.chosen.emit(rows[index])
