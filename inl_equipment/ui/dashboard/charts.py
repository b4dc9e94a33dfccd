"""Bar charts for the dashboard: the ONE module of the app that imports QtCharts.

QtCharts is deprecated since Qt 6.10 but still ships in the PySide6 6.x
wheels; its successor, QtGraphs, draws through Qt Quick (a QML scene in a
`QQuickWidget`), which this widgets-only app does not otherwise need. So every
QtCharts name stays inside this module, behind `BarChart`'s small API: moving
to QtGraphs (or to hand-painted bars) means rewriting this file and nothing
else. Keep it that way: no other module imports `PySide6.QtCharts`.

The chart follows the application palette (its background and text colours),
so it reads the same in a light or a dark theme; the bars are one calm colour.
It never animates: the dashboard redraws it after every change of the register.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QToolTip, QVBoxLayout, QWidget

from inl_equipment.formatting import number

#: The bars' one colour: a steel blue that reads on light and dark backgrounds alike.
BAR_COLOUR = "#5b87b5"
#: Labels longer than about this many average characters are elided (full text in the tooltip).
LABEL_CHARS = 28
#: The value axis is split into about this many intervals (nice numbers may change it).
_INTERVALS = 4
_MIN_HEIGHT = 220
#: What the widget's width decides: the labels' width, the value ticks and their labels.
_Key = tuple[int, tuple[float, ...], tuple[str, ...]]
#: Invisible, zero-width: makes equal labels distinct (Qt's category axes drop duplicates).
_ZERO_WIDTH_SPACE = "\u200b"


def _unique(labels: Sequence[str]) -> list[str]:
    """The labels, each made distinct from those before it by trailing zero-width spaces."""
    seen: set[str] = set()
    out = []
    for label in labels:
        while label in seen:
            label += _ZERO_WIDTH_SPACE
        seen.add(label)
        out.append(label)
    return out


def label_width(font: QFont, chart_width: int) -> int:
    """How wide a bar's label may be: about `LABEL_CHARS` characters, if the chart has room.

    QtCharts gives the axes beside the bars at most 40% of the chart's width
    (and squeezes wider labels until they are cut on the left), less the
    ticks, the padding and the chart's margins: about six characters.
    """
    char = QFontMetrics(font).averageCharWidth()
    return max(char * 6, min(char * LABEL_CHARS, chart_width * 2 // 5 - char * 6))


def elided_labels(labels: Sequence[str], font: QFont, width: int) -> list[str]:
    """`labels` elided in the middle to `width` pixels of `font`, kept distinct.

    In the middle: units are named "Border checkpoint unit, Dansavanh", and the
    end is what tells one bar from the next.

    Args:
        labels: The full labels.
        font: The font the labels are drawn in.
        width: The width allowed, in pixels (see `label_width`).

    Returns:
        One label per input, each no wider than `width`, no two equal.
    """
    metrics = QFontMetrics(font)
    return _unique(
        [metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, width) for label in labels]
    )


def plain_number(value: float) -> str:
    """An axis value as a plain number: `12,500` when whole, else up to six significant digits."""
    if value.is_integer():
        return number(int(value))
    return f"{value:,.6g}"


def _ticks(low: float, high: float, intervals: int) -> list[float]:
    """Tick values on nice numbers from `low` (or below) to `high` (or above)."""
    nice = QValueAxis()
    nice.setRange(low, high if high > low else low + 1)
    nice.setTickCount(intervals + 1)
    nice.applyNiceNumbers()
    first, last, count = nice.min(), nice.max(), max(nice.tickCount(), 2)
    step = (last - first) / (count - 1)
    return [first + i * step for i in range(count)]


def value_ticks(
    low: float, high: float, value_text: Callable[[float], str], font: QFont, room: int
) -> tuple[list[float], list[str]]:
    """The value axis' ticks from `low` to `high` on nice numbers, and their labels.

    `QValueAxis` takes only a printf format for its labels; its subclass
    `QCategoryAxis` takes any text at any value, so the ticks are worked out
    by `QValueAxis.applyNiceNumbers` and labelled by `value_text`: fewer of
    them when their labels would not fit side by side in `room` pixels.

    Args:
        low: The smallest value to show.
        high: The largest value to show.
        value_text: Formats a tick's value.
        font: The font of the labels.
        room: About how wide the axis is, in pixels.

    Returns:
        The tick values (from `low` or below to `high` or above) and their distinct labels.
    """
    metrics = QFontMetrics(font)
    for intervals in range(_INTERVALS, 0, -1):
        values = _ticks(low, high, intervals)
        texts = _unique([value_text(v) for v in values])
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        if room >= (len(values) - 1) * (widest + 2 * metrics.averageCharWidth()):
            break
    return values, texts


def _value_axis(values: Sequence[float], texts: Sequence[str]) -> QCategoryAxis:
    """A value axis over `values`, each labelled by its text (see `value_ticks`)."""
    axis = QCategoryAxis()
    axis.setRange(values[0], values[-1])
    axis.setStartValue(values[0])
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for text, value in zip(texts, values, strict=True):
        axis.append(text, value)
    return axis


class BarChart(QWidget):
    """A horizontal bar chart of a few labelled values; clicking a bar chooses it.

    The first bar given is drawn at the top. Bars beyond `most` are not drawn
    (the table beside the chart lists everything). Long labels are elided,
    with the full label as the bar's tooltip.

    Signals:
        bar_chosen(int): the index (in the list given to set_bars) of the bar clicked.
    """

    bar_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, most: int = 10) -> None:
        """A chart with no bars yet.

        Args:
            parent: The owning widget.
            most: How many bars are drawn at most (at least one).
        """
        super().__init__(parent)
        self._most = max(1, most)
        self._bars: list[tuple[str, float]] = []
        self._value_text: Callable[[float], str] | None = None
        self._key: _Key = (0, (), ())
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart.setPlotAreaBackgroundVisible(False)
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self._view = QChartView(self.chart, self)
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setMinimumHeight(_MIN_HEIGHT)
        self._apply_palette()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for about ten bars under a table in a dashboard group box."""
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Below this the labels and bars no longer fit."""
        return QSize(240, _MIN_HEIGHT)

    def bars(self) -> list[tuple[str, float]]:
        """The bars drawn now, first (top) first, with their full labels."""
        return list(self._bars)

    def set_bars(
        self,
        bars: Sequence[tuple[str, float]],
        value_text: Callable[[float], str] | None = None,
    ) -> None:
        """Show these (label, value) bars, largest first as given, at most `most` of them.

        The previous bars, their series and axes are removed and deleted, so
        calling this after every change costs nothing that accumulates. An
        empty list leaves the chart blank. Values are drawn from zero (or from
        the smallest value, when that is negative).

        Args:
            bars: (label, value) pairs, in the order they are listed, the first at the top.
            value_text: Formats a value for the value axis' labels (`money`, say);
                plain numbers (`plain_number`) when not given.
        """
        self._bars = [(str(label), float(value)) for label, value in bars[: self._most]]
        self._value_text = value_text
        self._draw()

    def _layout_key(self) -> _Key:
        """What the width decides: the room for the labels, and the value axis' ticks."""
        font = self.font()
        width = label_width(font, self.width())
        if not self._bars:
            return width, (), ()
        values = [value for _, value in self._bars]
        room = self.width() - width - 8 * QFontMetrics(font).averageCharWidth()
        text = self._value_text or plain_number
        ticks, texts = value_ticks(min(0.0, *values), max(0.0, *values), text, font, room)
        return width, tuple(ticks), tuple(texts)

    def _draw(self) -> None:
        """Replace the series and axes by new ones for `self._bars`."""
        self._clear()
        font = self.font()
        self._key = self._layout_key()
        self.setMinimumHeight(self._least_height(font))
        if not self._bars:
            return
        drawn = self._bars[::-1]  # a horizontal bar chart draws its first category at the bottom
        bar_set = QBarSet("")
        bar_set.append([value for _, value in drawn])
        bar_set.clicked.connect(self._on_clicked)
        bar_set.hovered.connect(self._on_hovered)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        width, ticks, texts = self._key
        labels = QBarCategoryAxis()
        labels.append(elided_labels([label for label, _ in drawn], font, width))
        axis = _value_axis(ticks, texts)
        for each in (labels, axis):
            each.setTruncateLabels(False)  # elided here already; Qt's own cut leaves only "…"
        self.chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(labels)
        series.attachAxis(axis)
        self._apply_palette()

    def _least_height(self, font: QFont) -> int:
        """Room for every bar's label (Qt hides a label that overlaps the one below)."""
        metrics = QFontMetrics(font)
        line = max([metrics.boundingRect(label).height() for label, _ in self._bars] or [0])
        line = max(line, metrics.height())
        return max(_MIN_HEIGHT, len(self._bars) * (line + 3) + 2 * metrics.height() + 24)

    def _clear(self) -> None:
        """Remove and delete the series (with its bar set) and the axes."""
        for series in self.chart.series():
            self.chart.removeSeries(series)
            series.deleteLater()  # later: this may run inside the bar set's own click
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()

    def _index(self, drawn: int) -> int | None:
        """The index into the list given to `set_bars` of the `drawn`-th bar from the bottom."""
        index = len(self._bars) - 1 - drawn
        return index if 0 <= index < len(self._bars) else None

    def _on_clicked(self, drawn: int) -> None:
        index = self._index(drawn)
        if index is not None:
            self.bar_chosen.emit(index)

    def _on_hovered(self, status: bool, drawn: int) -> None:
        index = self._index(drawn)
        if status and index is not None:
            QToolTip.showText(QCursor.pos(), self._bars[index][0], self._view)
        else:
            QToolTip.hideText()

    def _apply_palette(self) -> None:
        """Background, text and grid colours from the palette; the bars in their one colour."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(45)
        self.chart.setBackgroundBrush(background)
        self.chart.setBackgroundPen(Qt.PenStyle.NoPen)
        self._view.setBackgroundBrush(background)
        font = self.font()
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
            axis.setGridLineVisible(isinstance(axis, QCategoryAxis))
            axis.setShadesVisible(False)
        bar = QColor(BAR_COLOUR)
        for series in self.chart.series():
            if isinstance(series, QHorizontalBarSeries):
                for bar_set in series.barSets():
                    bar_set.setColor(bar)
                    bar_set.setBorderColor(bar)
        self._make_room_for_the_last_value()

    def _make_room_for_the_last_value(self) -> None:
        """A right margin for half the last value label, which is centred on the axis' end."""
        last = ""
        for axis in self.chart.axes():
            if isinstance(axis, QCategoryAxis) and axis.count():
                last = axis.categoriesLabels()[-1]
        half = QFontMetrics(self.font()).horizontalAdvance(last) // 2
        self.chart.setMargins(QMargins(4, 6, max(8, half + 4), 4))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Draw again in the new colours or font (a dark theme, a language's font)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._draw()  # elision and the height needed depend on the font
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Elide the labels and space the ticks again when the room for them changes."""
        super().resizeEvent(event)
        if self._bars and self._layout_key() != self._key:
            self._draw()
