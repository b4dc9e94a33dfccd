"""The icons: one bundled set with its licence, on every action that names one, crisp and tinted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.resources import resource_path
from inl_equipment.ui import icons
from inl_equipment.ui.handovers.handover_details import HandoverDetailsPane
from inl_equipment.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SET_DIR = ROOT / "resources" / "icons" / icons.ICON_SET


@pytest.fixture
def window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.show()
    return w


def opaque_pixels(image: QImage) -> list[QColor]:
    """The colours of the pixels that are not fully transparent."""
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    ]


# -- The bundled set ------------------------------------------------------------------


def test_every_named_icon_is_bundled_with_the_licence_and_nothing_else() -> None:
    names = set(icons.ICONS.values())
    for name in names:
        assert icons.icon_file(name).is_file(), name
    assert sorted(p.name for p in SET_DIR.iterdir()) == sorted(
        [f"{n}.svg" for n in names] + ["LICENSE", "README.md"]
    )
    licence = (SET_DIR / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("ISC License") and "Lucide Icons and Contributors" in licence
    assert "Cole Bemis" in licence  # the Feather-derived icons' MIT notice travels too
    # The app finds the set where it finds its fonts (checkout, wheel, frozen build).
    assert resource_path("icons", icons.ICON_SET, "LICENSE") == SET_DIR / "LICENSE"


def test_the_readme_names_the_version_each_file_carries() -> None:
    readme = (SET_DIR / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^# Icons: Lucide (\d+\.\d+\.\d+)$", readme, re.MULTILINE)
    assert found, readme
    version = found.group(1)
    assert f"lucide-static` {version}" in readme and "ISC" in readme
    for svg in SET_DIR.glob("*.svg"):
        text = svg.read_text(encoding="utf-8")
        assert text.startswith(f"<!-- @license lucide-static v{version} - ISC -->"), svg.name
        assert 'stroke="currentColor"' in text, svg.name  # monochrome: tinted when drawn


def test_the_frozen_build_bundles_the_set_and_can_draw_svg() -> None:
    spec = (ROOT / "packaging" / "inl-equipment.spec").read_text(encoding="utf-8")
    # resources/ travels whole (icons/lucide with it), and nothing QtSvg needs is trimmed.
    assert 'datas = _files_under(ROOT / "resources", "resources")' in spec
    unused = spec[spec.index("QT_UNUSED = (") : spec.index("excludes = [")]
    assert '"QtSvg"' not in unused
    trimmed = spec[spec.index("QT_UNUSED_LIBRARIES") : spec.index("def _unused")]
    assert "Svg" not in trimmed and '"imageformats"' not in trimmed


# -- Actions and buttons ----------------------------------------------------------------


@pytest.mark.parametrize("dpr", [1.0, 1.5])
def test_every_mapped_action_draws_at_both_scales(window: MainWindow, dpr: float) -> None:
    mapped = [key for key in icons.ICONS if key in window.acts]
    assert len(mapped) >= 40
    for key in mapped:
        icon = window.acts[key].icon()
        assert not icon.isNull(), key
        pixmap = icon.pixmap(QSize(24, 24), dpr)
        # Drawn at the device's pixels (36 at 150 %), not scaled up from 24: crisp.
        assert pixmap.size() == QSize(round(24 * dpr), round(24 * dpr)), key
        assert pixmap.devicePixelRatio() == dpr
        assert opaque_pixels(pixmap.toImage()), f"{key} draws nothing at {dpr}"


def test_the_toolbar_and_submenus_have_icons(window: MainWindow) -> None:
    buttons = [a for a in window.acts.toolbar.actions() if not a.isSeparator()]
    assert len(buttons) >= 8
    assert all(not a.icon().isNull() for a in buttons), [a.objectName() for a in buttons]
    for key in ("recent", "columns", "saved_views"):
        menu = window.findChild(QMenu, f"{key}Menu")
        assert menu is not None and not menu.icon().isNull(), key


def test_an_icon_named_for_a_key_wins_over_the_features_own(window: MainWindow) -> None:
    # register/feature.py passes a QStyle icon for New item: the set's icon replaces it.
    assert window.acts["new"].icon().cacheKey() == icons.icon("new").cacheKey()
    assert icons.icon("new") is icons.icon("new")  # cached


def test_the_handover_buttons_say_what_they_do(qtbot: Any) -> None:
    pane = HandoverDetailsPane()
    qtbot.addWidget(pane)
    for button, key in ((pane.receipt_button, "receipt"), (pane.void_button, "void")):
        assert button.icon().cacheKey() == icons.icon(key).cacheKey()
    for key in ("return", "transfer", "hand_over", "print", "save_pdf"):
        assert opaque_pixels(icons.icon(key).pixmap(QSize(16, 16), 1.5).toImage()), key


# -- Colour ---------------------------------------------------------------------------


@pytest.fixture
def red_text() -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = QPalette(app.palette())
    palette = QPalette(saved)
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText, QColor("#c00000"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#00a000"))
    app.setPalette(palette)
    yield palette
    app.setPalette(saved)


def _solid(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    image = icon.pixmap(QSize(24, 24), 1.0, mode).toImage()
    return {c.name() for c in opaque_pixels(image) if c.alpha() == 255}


def test_icons_are_drawn_in_the_palettes_text_colour(red_text: QPalette) -> None:
    icon = icons.icon("find")
    assert _solid(icon, QIcon.Mode.Normal) == {"#c00000"}
    assert _solid(icon, QIcon.Mode.Disabled) == {"#00a000"}


def test_the_default_icons_read_on_the_light_style() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    text = app.palette().color(QPalette.ColorRole.ButtonText)
    background = app.palette().color(QPalette.ColorRole.Button)
    colours = _solid(icons.icon("export"), QIcon.Mode.Normal)
    assert colours == {text.name()}
    assert abs(text.lightness() - background.lightness()) > 120
