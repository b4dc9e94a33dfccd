"""The toolbar's words stand beside the icons while the window is wide enough, else under."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget

from inl_equipment.ui import icons
from inl_equipment.ui.toolbar_fit import BESIDE, UNDER, ToolbarFit, beside_width


def _window(qtbot: Any) -> tuple[QMainWindow, QToolBar]:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    bar = QToolBar(window)
    bar.setToolButtonStyle(BESIDE)
    for key, text in (
        ("new", "New item"),
        ("edit", "Edit item"),
        ("export", "Export"),
        ("hand_over", "Hand over selected"),
        ("refresh", "Refresh"),
    ):
        action = QAction(icons.icon(key), text, window)
        bar.addAction(action)
    window.addToolBar(bar)
    qtbot.addWidget(window)
    window.show()
    return window, bar


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def test_the_width_beside_is_what_qt_gives_the_buttons(qtbot: Any) -> None:
    _window_, bar = _window(qtbot)
    buttons = [bar.widgetForAction(a) for a in bar.actions()]
    assert all(isinstance(b, QToolButton) for b in buttons)
    assert [beside_width(b) for b in buttons] == [b.sizeHint().width() for b in buttons]


def test_narrow_windows_put_the_words_under_the_icons(qtbot: Any) -> None:
    window, bar = _window(qtbot)
    fit = ToolbarFit(bar, window)
    needed = fit.needed()
    window.resize(needed + 100, 300)
    _settle()
    assert bar.toolButtonStyle() == BESIDE
    window.resize(needed - 60, 300)
    _settle()
    assert bar.toolButtonStyle() == UNDER
    assert fit.needed() == needed  # measured for the words beside, whatever the style now
    visible = [bar.widgetForAction(a).isVisible() for a in bar.actions()]
    assert all(visible), "under the icons every button fits"
    window.resize(needed + 100, 300)
    _settle()
    assert bar.toolButtonStyle() == BESIDE
