"""Sizing windows to the screen they open on (a 1366×768 laptop at 125 % is common)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int, share: float = 0.92) -> None:
    """Resize to `width`×`height`, but never beyond `share` of the available screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(min(width, int(area.width() * share)), min(height, int(area.height() * share)))
