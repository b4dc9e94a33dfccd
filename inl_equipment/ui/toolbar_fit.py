"""The main toolbar's words beside its icons while the window is wide enough, under them when not.

At 150 % on a 1366-pixel laptop the window is about 900 logical pixels wide:
with the words beside the icons the last buttons would hide behind the
toolbar's overflow arrow. Under the icons each button is only as wide as its
words, so every button stays in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QStyle, QStyleOptionToolButton, QToolBar, QToolButton

BESIDE = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
UNDER = Qt.ToolButtonStyle.ToolButtonTextUnderIcon


def beside_width(button: QToolButton) -> int:
    """How wide `button` is with its text beside its icon (as `QToolButton.sizeHint` reckons)."""
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    metrics = button.fontMetrics()
    text = metrics.size(Qt.TextFlag.TextShowMnemonic, option.text)
    width = option.iconSize.width() + 4 + text.width() + 2 * metrics.horizontalAdvance(" ")
    height = max(option.iconSize.height(), text.height())
    option.toolButtonStyle = BESIDE
    size = button.style().sizeFromContents(
        QStyle.ContentsType.CT_ToolButton, option, QSize(width, height), button
    )
    return size.width()


class ToolbarFit(QObject):
    """Keeps `toolbar`'s text beside the icons when `window` is wide enough for it, else under."""

    def __init__(self, toolbar: QToolBar, window: QMainWindow) -> None:
        """Watch `window`'s width; the toolbar's style is set now and on every resize."""
        super().__init__(toolbar)
        self._toolbar = toolbar
        self._window = window
        window.installEventFilter(self)
        self.refit()

    def needed(self) -> int:
        """The toolbar's width with the text beside the icons, in logical pixels."""
        bar = self._toolbar
        buttons = [
            w
            for a in bar.actions()
            if isinstance(w := bar.widgetForAction(a), QToolButton) and a.isVisible()
        ]
        now = sum(b.sizeHint().width() for b in buttons)
        # Separators, the handle and margins take the same room whatever the buttons' style.
        return bar.sizeHint().width() - now + sum(beside_width(b) for b in buttons)

    def refit(self) -> None:
        """Choose the style for the window's current width (and the texts' current language)."""
        style = BESIDE if self._window.width() >= self.needed() else UNDER
        if self._toolbar.toolButtonStyle() != style:
            self._toolbar.setToolButtonStyle(style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Refit when the window is resized; never stops the event."""
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.refit()
        return False
