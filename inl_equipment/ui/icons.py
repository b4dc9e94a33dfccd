"""The app's icons: one set (Lucide, `resources/icons/lucide/`), drawn in the palette's text colour.

`icon(key)` gives the icon for an action key or a button's meaning (`ICONS`
says which Lucide drawing each shows); `ActionSet` applies it to every action
it creates, so a feature names no icon itself. The SVGs are drawn by QtSvg at
the size and device pixel ratio asked for (crisp at 150 %), in the colour of
text for the mode (normal, disabled, selected), so they read like the words
beside them. Icons are cached by key; their pixmaps by size, scale and colour.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from inl_equipment.resources import resource_path

#: The folder under `resources/icons/` that holds the set, its LICENSE and README.
ICON_SET = "lucide"

#: What each action or submenu key (ActionSet) or button meaning shows: key → Lucide icon name.
ICONS: dict[str, str] = {
    # File: registers, import and export, labels, safety
    "new_register": "file-plus",
    "open_register": "folder-open",
    "properties": "database",
    "import": "file-input",
    "export": "file-output",
    "handover_register": "scroll-text",
    "funding_report": "landmark",
    "lots_report": "calendar-clock",
    "record_use": "package-minus",
    "print_labels": "tag",
    "backup": "database-backup",
    "restore": "archive-restore",
    "check": "shield-check",
    "quit": "log-out",
    "recent": "history",
    # Edit and View: items, search, views
    "new": "package-plus",
    "edit": "square-pen",
    "bulk_edit": "pencil-line",
    "retire": "package-x",
    "copy_tag": "copy",
    "find": "search",
    "clear_filters": "funnel-x",
    "refresh": "refresh-cw",
    "lao_names": "languages",
    "item_page": "notebook-text",
    "save_view": "bookmark-plus",
    "delete_view": "bookmark-x",
    "dashboard": "layout-dashboard",
    "columns": "columns-3",
    "saved_views": "bookmark",
    # Handovers (the Handovers window's buttons too)
    "hand_over": "handshake",
    "handovers": "scroll-text",
    "verify": "scan-qr-code",
    "return": "undo-2",
    "transfer": "arrow-right-left",
    "receipt": "receipt-text",
    "void": "ban",
    "attach": "paperclip",
    "open_file": "external-link",
    "print": "printer",
    "save_pdf": "file-down",
    # Monitoring
    "site_check": "clipboard-check",
    "due_checks": "calendar-clock",
    "incidents": "triangle-alert",
    "field_checklist": "clipboard-list",
    "import_checklist": "clipboard-pen-line",
    "eum_report": "file-chart-column",
    # Reference data, preferences, help
    "reference_category": "shapes",
    "reference_agency": "building-2",
    "reference_location": "map-pin",
    "reference_person": "users",
    "reference_funding": "landmark",
    "reference_province": "map",
    "preferences": "settings",
    "log_folder": "logs",
    "about": "info",
}


def icon_file(name: str) -> Path:
    """The bundled SVG of one Lucide icon (raises FileNotFoundError when it is missing)."""
    return resource_path("icons", ICON_SET, f"{name}.svg")


def has_icon(key: str) -> bool:
    """Whether `key` (an action key or a button meaning) has an icon in `ICONS`."""
    return key in ICONS


@cache
def icon(key: str) -> QIcon:
    """The icon for an action key or button meaning in `ICONS` (KeyError otherwise)."""
    name = ICONS[key]
    return QIcon(TintedSvgEngine(icon_file(name).read_text(encoding="utf-8")))


def set_icon(button: QAbstractButton, key: str) -> None:
    """Give a push or tool button the icon of `key` (see `ICONS`)."""
    button.setIcon(icon(key))


def _text_color(mode: QIcon.Mode) -> QColor:
    """The colour of text in the application's palette for an icon drawn in `mode`."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


class TintedSvgEngine(QIconEngine):
    """Draws a monochrome SVG (`currentColor` strokes) in the text colour, at any scale.

    Qt asks for a pixmap of a logical size at a device pixel ratio; the SVG is
    rendered at exactly that many device pixels, so nothing is scaled after.
    """

    def __init__(self, svg: str) -> None:
        """An engine for the SVG text `svg`, whose colour is `currentColor`."""
        super().__init__()
        self._svg = svg
        self._renderers: dict[int, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, float, int], QPixmap] = {}

    def _renderer(self, color: QColor) -> QSvgRenderer:
        rgba = color.rgba()
        renderer = self._renderers.get(rgba)
        if renderer is None:
            # QtSvg knows no CSS `color` to resolve currentColor from: the colour goes in the text.
            text = self._svg.replace("currentColor", color.name(QColor.NameFormat.HexRgb))
            renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
            self._renderers[rgba] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the icon into `rect` of `painter` (Qt's virtual)."""
        self._renderer(_text_color(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon at `size` device pixels (Qt's virtual)."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The icon at logical `size` for a screen of device pixel ratio `scale` (Qt's virtual)."""
        color = _text_color(mode)
        key = (size.width(), size.height(), scale, color.rgba())
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        side = min(size.width(), size.height())
        pixels = max(1, round(side * scale))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(color).render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def actualSize(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State
    ) -> QSize:
        """The icons are square: the largest square inside `size` (Qt's virtual)."""
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        """A copy of this engine (Qt's virtual, used when an icon is detached)."""
        return TintedSvgEngine(self._svg)

    def key(self) -> str:
        """The engine's name (Qt's virtual)."""
        return "inl-tinted-svg"
