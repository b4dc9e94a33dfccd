"""No ZERO WIDTH SPACE leaves the app through the clipboard.

Lao text is shown with U+200B between its words so that labels can wrap it
(`lao_breaks.with_break_hints`); a user who copies such a label must get the
text as written. While the app runs, text on the clipboard that holds a hint
is put back without it.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

from inl_equipment.lao_breaks import HINT, without_break_hints


def _clean(clipboard: QClipboard) -> None:
    # Not every platform says who owns the clipboard (Windows does not): any text
    # with a break hint is cleaned; a hint is invisible, so nothing seen changes.
    text = clipboard.text()
    if HINT in text:
        clipboard.setText(without_break_hints(text))


def install(app: QGuiApplication) -> None:
    """Clean the clipboard each time it changes."""
    clipboard = app.clipboard()
    clipboard.dataChanged.connect(lambda: _clean(clipboard))
