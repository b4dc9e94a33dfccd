"""The dashboard's bar chart: what it draws, in which order, and what a click chooses."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
)
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QToolTip

from inl_equipment.formatting import money
from inl_equipment.ui.dashboard.charts import BAR_COLOUR, BarChart, label_width

PACKAGE = Path(__file__).resolve().parents[2] / "inl_equipment"
LONG = "Lao National Commission for Drug Control and Supervision"
LAO = "ໜ່ວຍສະກັດກັ້ນຢາເສບຕິດ ແຂວງຫຼວງນ້ຳທາ"
BARS = [
    (LAO, 1_482_350.0),
    ("Lao Customs Department – Friendship Bridge I", 1_210_900.5),
    (LONG, 812_000.0),
    ("Savannakhet Provincial Police", 533_000.0),
    ("Champasak Border Liaison Office", 121_340.25),
]


def _chart(qtbot: Any, **kwargs: Any) -> BarChart:
    widget = BarChart(**kwargs)
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    return widget


def _bar_set(widget: BarChart) -> QBarSet:
    [series] = widget.chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    [bar_set] = series.barSets()
    return bar_set


def _axes(widget: BarChart) -> tuple[QBarCategoryAxis, QCategoryAxis]:
    [labels] = [a for a in widget.chart.axes() if isinstance(a, QBarCategoryAxis)]
    [values] = [a for a in widget.chart.axes() if isinstance(a, QCategoryAxis)]
    return labels, values


def _delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_bars_shown_are_the_first_most_in_the_order_given(qtbot: Any) -> None:
    widget = _chart(qtbot, most=3)
    widget.set_bars(BARS)
    assert widget.bars() == BARS[:3]
    widget.set_bars([("one", 1), ("two", 2)])
    assert widget.bars() == [("one", 1.0), ("two", 2.0)]


def _shows(full: str, shown: str) -> bool:
    """Whether `shown` is `full`, or `full` elided in the middle."""
    shown = shown.replace("\u200b", "")
    if "…" not in shown:
        return shown == full
    head, tail = shown.split("…", 1)
    return full.startswith(head) and full.endswith(tail)


def test_the_first_bar_is_drawn_at_the_top(qtbot: Any) -> None:
    """Horizontal bar charts draw category 0 at the bottom: the chart reverses both lists."""
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    bar_set = _bar_set(widget)
    assert [bar_set.at(i) for i in range(bar_set.count())] == [v for _, v in reversed(BARS)]
    labels, _ = _axes(widget)
    top = labels.categories()[-1]
    assert _shows(LAO, top)  # elided or not, as the fonts here measure it
    assert _shows("Champasak Border Liaison Office", labels.categories()[0])


def test_long_labels_are_elided_and_the_full_label_is_kept(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    labels, _ = _axes(widget)
    long = labels.categories()[len(BARS) - 1 - 2]
    # Elided in the middle: the start and the end (what tells units apart) both show.
    assert "…" in long and _shows(LONG, long)
    head, tail = long.split("…")
    assert head and tail.strip("\u200b")
    assert QFontMetrics(widget.font()).horizontalAdvance(long) <= label_width(
        widget.font(), widget.width()
    )
    assert widget.bars()[2][0] == LONG


def test_equal_labels_stay_two_bars(qtbot: Any) -> None:
    """Qt's category axis drops a repeated category; the chart keeps them apart."""
    widget = _chart(qtbot)
    widget.set_bars([(LONG + " North", 2.0), (LONG + " South", 1.0)])  # equal once elided
    labels, _ = _axes(widget)
    assert labels.count() == 2 and _bar_set(widget).count() == 2


def test_a_click_chooses_the_bar_by_its_index_in_the_list_given(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    chosen: list[int] = []
    widget.bar_chosen.connect(chosen.append)
    bar_set = _bar_set(widget)
    for drawn in range(len(BARS)):
        bar_set.clicked.emit(drawn)
    assert chosen == [4, 3, 2, 1, 0]
    with qtbot.waitSignal(widget.bar_chosen) as blocker:
        bar_set.clicked.emit(len(BARS) - 1)  # the top bar
    assert blocker.args == [0]


def test_a_click_may_redraw_the_chart(qtbot: Any) -> None:
    """A dashboard refreshes on a choice: the clicked bar set must outlive its own signal."""
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    widget.bar_chosen.connect(lambda i: widget.set_bars(BARS[i:]))
    _bar_set(widget).clicked.emit(3)  # the second bar from the top
    _delete_later_now()
    assert widget.bars() == BARS[1:]


def test_hovering_a_bar_shows_its_full_label(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_bars(BARS)
    _bar_set(widget).hovered.emit(True, len(BARS) - 1 - 2)
    assert QToolTip.text() == LONG
    _bar_set(widget).hovered.emit(False, len(BARS) - 1 - 2)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_setting_bars_again_and_again_leaks_no_series_or_axes(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    old_series, old_axes = widget.chart.series(), widget.chart.axes()
    assert (len(old_series), len(old_axes)) == (1, 2)
    for n in range(50):
        widget.set_bars(BARS[: 1 + n % len(BARS)])
        assert (len(widget.chart.series()), len(widget.chart.axes())) == (1, 2)
    _delete_later_now()
    assert not any(shiboken6.isValid(o) for o in [*old_series, *old_axes])


def test_no_bars_draw_nothing_and_raise_nothing(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars([])
    assert widget.bars() == [] and widget.chart.series() == [] and widget.chart.axes() == []
    widget.set_bars(BARS)
    widget.set_bars([])
    assert widget.chart.series() == [] and widget.chart.axes() == []
    widget.set_bars([("nothing yet", 0.0)])  # all zero: an axis from 0 all the same
    _, values = _axes(widget)
    assert values.min() == 0 and values.max() > 0


def test_the_value_axis_is_labelled_by_value_text(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars([("a", 2.5e11), ("b", 1e12)], lambda v: money(int(v), cents=True))
    _, values = _axes(widget)
    labels = values.categoriesLabels()
    assert labels[0] == "$0.00" and values.max() >= 1e12
    assert labels[-1] == money(int(values.max()), cents=True)
    assert len(labels) >= 2


def test_the_value_axis_shows_plain_numbers_by_default(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars([("a", 1e12)])
    _, values = _axes(widget)
    assert values.categoriesLabels()[-1] == f"{int(values.max()):,}"


def test_a_narrow_chart_has_fewer_value_labels(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_bars(BARS, lambda v: money(int(v * 100), cents=True))
    wide = len(_axes(widget)[1].categoriesLabels())
    widget.resize(300, 300)
    qtbot.waitUntil(lambda: len(_axes(widget)[1].categoriesLabels()) < wide)


def test_the_chart_is_calm_and_still(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    assert widget.chart.animationOptions() == QChart.AnimationOption.NoAnimation
    assert not widget.chart.legend().isVisible()
    assert _bar_set(widget).color() == QColor(BAR_COLOUR)
    assert widget.minimumHeight() >= 220 and widget.sizeHint().height() >= 220


def test_the_chart_follows_the_palette(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.set_bars(BARS)
    dark = QPalette(widget.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    widget.setPalette(dark)
    assert widget.chart.backgroundBrush().color() == QColor("#202124")
    labels, values = _axes(widget)
    assert labels.labelsColor() == values.labelsColor() == QColor("#e8eaed")


def _has_colour(image: QImage, colour: QColor) -> bool:
    return any(
        image.pixelColor(x, y).rgb() == colour.rgb()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_the_bars_are_painted(qtbot: Any) -> None:
    widget = _chart(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    empty = widget.grab()
    assert not empty.isNull()
    assert not _has_colour(empty.toImage(), QColor(BAR_COLOUR))
    widget.set_bars(BARS)
    shot = widget.grab()
    assert not shot.isNull() and shot.width() > 0
    assert _has_colour(shot.toImage(), QColor(BAR_COLOUR))


def test_only_this_module_imports_qtcharts() -> None:
    """QtCharts is deprecated: keeping it in one module keeps the swap to one module."""
    users = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n.startswith("PySide6.QtCharts") for n in names):
                users.append(str(path.relative_to(PACKAGE)))
    assert sorted(set(users)) == ["ui/dashboard/charts.py"]
