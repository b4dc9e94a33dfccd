"""A row of widgets that folds into two rows when the window is too narrow for one.

The register's filter bar holds a search box and seven drop-downs: on one
row it needs about 1,130 pixels, more than a 1366-pixel laptop screen gives
at 150 % scaling (910 of Qt's pixels). Folded, it needs half that, so the
main window never grows wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class WrapRow(QWidget):
    """Widgets on one row, or on two (split at `fold_at`) when one row does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty row; add widgets with `add`, then call `set_fold`."""
        super().__init__(parent)
        self._entries: list[tuple[QWidget, int]] = []
        self._fold_at = 0
        self._folded: bool | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(6, 4, 6, 4)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            row.setContentsMargins(0, 0, 0, 0)
            self._box.addLayout(row)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """Put `widget` at the end of the row."""
        self._entries.append((widget, stretch))

    def set_fold(self, fold_at: int) -> None:
        """The first `fold_at` widgets stay on the first row when the row folds."""
        self._fold_at = fold_at
        self._arrange(folded=False)
        self.refit()

    @property
    def folded(self) -> bool:
        """True when the widgets stand on two rows."""
        return bool(self._folded)

    def one_row_width(self) -> int:
        """The narrowest the widgets fit on one row."""
        return self._width(self._entries)

    def refit(self) -> None:
        """Fold or unfold for the present width, and allow the folded width as the least."""
        halves = (self._entries[: self._fold_at], self._entries[self._fold_at :])
        self.setMinimumWidth(max(self._width(half) for half in halves))
        self._arrange(folded=self.width() < self.one_row_width())

    def _width(self, entries: list[tuple[QWidget, int]]) -> int:
        margins = self._box.contentsMargins()
        spacing = max(self._rows[0].spacing(), 0)
        shown = [w for w, _ in entries if not w.isHidden()]
        inner = sum(w.minimumSizeHint().width() for w in shown) + spacing * max(len(shown) - 1, 0)
        return inner + margins.left() + margins.right()

    def _arrange(self, folded: bool) -> None:
        if folded == self._folded:
            return
        self._folded = folded
        for emptied in self._rows:
            while emptied.count():
                emptied.takeAt(0)
        for n, (widget, stretch) in enumerate(self._entries):
            self._rows[1 if folded and n >= self._fold_at else 0].addWidget(widget, stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Fold when one row no longer fits; unfold when it does again."""
        super().resizeEvent(event)
        self._arrange(folded=event.size().width() < self.one_row_width())

    def event(self, event: QEvent) -> bool:
        """A child's new words (another language, a chosen filter) may change what fits."""
        if event.type() == QEvent.Type.LayoutRequest and self._folded is not None:
            self.refit()
        return super().event(event)
