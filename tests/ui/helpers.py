"""Helpers for driving modal dialogs and typing text (Lao too) in pytest-qt tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def on_modal(
    fn: Callable[[Any], None], *, cls: type | None = None, timeout_ms: int = 30_000
) -> list[Any]:
    """Run `fn(dialog)` as soon as a modal dialog (of `cls`) is open; returns a list
    that holds the dialog once seen, so the test can assert it was shown."""
    seen: list[Any] = []
    waited = [0]
    alive = [True]
    _pending.append(alive)

    def poll() -> None:
        if not alive[0]:
            return
        w = QApplication.activeModalWidget()
        if w is not None and (cls is None or isinstance(w, cls)) and w not in seen:
            seen.append(w)
            fn(w)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


# Pollers still waiting when a test ends must not act on the next test's dialogs.
_pending: list[list[bool]] = []


def cancel_pending() -> None:
    """Stop every `on_modal` poller (called after each test)."""
    for alive in _pending:
        alive[0] = False
    _pending.clear()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as key events that carry the text (qtbot.keyClicks aborts on Lao)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def role_style(widget: Any) -> str:
    """The style-sheet rule that draws `widget`'s role (colours live in resources/style.qss)."""
    import re

    from inl_equipment.resources import resource_path

    role = str(widget.property("role") or "")
    qss = resource_path("style.qss").read_text(encoding="utf-8")
    found = re.search(r'\[role="' + re.escape(role) + r'"\]\s*\{([^}]*)\}', qss) if role else None
    return found.group(1) if found else ""
