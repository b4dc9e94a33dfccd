"""Named roles for how a widget looks, and the one style sheet that draws them.

Widgets say what a label *is* (`Role.ERROR`, `Role.NOTICE`), never which
colour it has: the colours live in `resources/style.qss`, and in `Palette`
for the few places Qt wants a colour object (table cell brushes, rich text).
"""

from __future__ import annotations

import html
from enum import StrEnum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from inl_equipment.resources import resource_path


class Role(StrEnum):
    """What a widget shows, as the style sheet knows it."""

    NOTICE = "notice"
    MUTED = "muted"
    PLACEHOLDER = "placeholder"
    HINT = "hint"
    ERROR = "error"
    FIELD_ERROR = "field-error"
    WARNING = "warning"
    SUCCESS = "success"
    FAILURE = "failure"
    STRONG = "strong"
    VERDICT_OK = "verdict-ok"
    VERDICT_BAD = "verdict-bad"
    VERDICT_WARN = "verdict-warn"
    UNMAPPED = "unmapped"
    NONE = ""


class Palette:
    """Colours for model data and rich text, matching the style sheet."""

    ERROR = "#b00020"
    WARNING = "#8a5a00"
    SUCCESS = "#1b6e20"
    MUTED = "#555555"
    RETIRED = "#7a7a7a"
    VOID = "#8a8a8a"
    ERROR_BACKGROUND = "#f6c6c4"
    WARNING_BACKGROUND = "#ffe4a3"
    NOTE = "#777777"

    @staticmethod
    def color(name: str) -> QColor:
        """A `QColor` for one of the names above (e.g. `Palette.color(Palette.ERROR)`)."""
        return QColor(name)


def set_role(widget: QWidget, role: Role) -> None:
    """Give `widget` a role and let the style sheet draw it again."""
    if widget.property("role") == role.value:
        return
    widget.setProperty("role", role.value)
    # A dynamic property change needs a re-polish to take effect.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def rich(text: str, color: str, *, bold: bool = False) -> str:
    """`text` (already HTML-escaped) in a colour, for rich-text labels."""
    inner = f"<b>{text}</b>" if bold else text
    return f"<span style='color:{color}'>{inner}</span>"


def apply_style_sheet(app: QApplication) -> None:
    """Install the app's style sheet."""
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


def link(text: str, target: str) -> str:
    """`text` (plain, escaped here) as a rich-text link to `target` (a label's linkActivated)."""
    return f'<a href="{html.escape(target, quote=True)}">{html.escape(text)}</a>'
