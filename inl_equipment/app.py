"""Application set-up: QApplication, bundled fonts, the main window, first run.

`create_main_window(db)` is the stable seam for automated checks: it builds
the window on a database path or URL, with no first-run dialogs.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMessageBox

from inl_equipment import __version__
from inl_equipment.i18n import translate
from inl_equipment.logs import setup_logging
from inl_equipment.paths import APPLICATION, ORGANIZATION, default_data_dir, login_name
from inl_equipment.resources import resource_path
from inl_equipment.services.facade.kinds import (
    DamagedDatabaseError,
    LockedError,
    LockError,
    NotARegisterError,
    SchemaError,
)
from inl_equipment.services.facade.opening import database_file, database_url, open_for_app
from inl_equipment.ui import clipboard_guard, translation
from inl_equipment.ui.errors import install_excepthook
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.safety.late_check import LateCheck
from inl_equipment.ui.safety.open_questions import confirm_place, offer_read_only, offer_restore
from inl_equipment.ui.style import apply_style_sheet
from inl_equipment.ui.translation import install_language, system_language

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansLao-Bold.ttf",
)
OPERATOR_KEY = "operator/name"
LANGUAGE_KEY = translation.LANGUAGE_KEY
log = logging.getLogger(__name__)


def setup_application(app: QApplication, language: str | None = None) -> None:
    """Names for QSettings/QStandardPaths, the translations, style sheet and fonts.

    `language` ("en", "lo") overrides the saved setting, which defaults to the
    system's. Qt's own fallback for Lao collides the marks; the bundled Noto
    Sans Lao is put straight after the UI font so every widget shapes Lao with it.
    """
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    saved = str(QSettings().value(LANGUAGE_KEY) or "")
    install_language(language or saved or system_language())
    apply_style_sheet(app)
    clipboard_guard.install(app)
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    font = QFont(app.font())
    ui_family = font.family() if sys.platform == "win32" else "Noto Sans"
    font.setFamilies([ui_family, *[f for f in families if f != ui_family]])
    app.setFont(font)
    icon = Path(str(resource_path("icons"))) / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def default_database_dir() -> Path:
    """The per-user data folder Qt names for this app (AppDataLocation)."""
    return default_data_dir()


def create_main_window(
    db: str,
    settings: QSettings | None = None,
    operator: str | None = None,
    *,
    read_only: bool = False,
    defer_check: bool = False,
) -> QMainWindow:
    """The main window on the database at `db` (a path or an SQLAlchemy URL).

    A QApplication must exist. No first-run dialogs are shown. The writer
    lock is taken (raises `LockedError` naming the holder when another copy
    of the app has the register open; pass `read_only=True` to look anyway).
    With `defer_check`, the start-up check may still be running when the
    window is returned: show it, then call `finish_opening` (writes wait for
    the check meanwhile).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.organizationName() != ORGANIZATION:
        setup_application(app)
    settings = settings or QSettings()
    name = operator or str(settings.value(OPERATOR_KEY) or "") or login_name()
    register = open_for_app(database_url(db, None), name, read_only=read_only)
    try:
        window = MainWindow(register, settings)
    except BaseException:
        register.close()
        raise
    # File → New/Open register opens another window the way the app opens the first.
    window.opener = lambda other: show_register(database_url(other, None), settings, name)
    if not defer_check:
        finish_opening(window)
    return window


def finish_opening(window: MainWindow) -> None:
    """Wait for the start-up check that ran while the window was built and shown.

    A damaged register is set aside: the window is thrown away, the register
    closed, and `DamagedDatabaseError` raised. Nothing was written meanwhile.
    """
    try:
        window.register.finish_opening(before_set_aside=window.view.ensure_complete)
    except BaseException:
        window.discard()
        window.register.close()
        raise


def _ask_operator(settings: QSettings) -> str | None:
    name = str(settings.value(OPERATOR_KEY) or "")
    while not name:
        text, ok = QInputDialog.getText(
            None,
            translate("App", "Welcome to INL Equipment Tracker"),
            translate("App", "Your name, as it should appear in the history of every change:"),
            text=login_name(),
        )
        if not ok:
            return None
        name = " ".join(text.split())
    settings.setValue(OPERATOR_KEY, name)
    return name


def run(db: str | None = None, lang: str | None = None) -> int:
    """Start the app: ask the operator's name once, open the register, show it.

    `lang` ("en", "lo") sets the interface language for this run only.
    """
    # The log first: a windowed build has no console to say what failed at start.
    log_file = setup_logging(default_database_dir())
    install_excepthook()
    log.info("INL Equipment Tracker %s starting (log: %s)", __version__, log_file)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    setup_application(app, language=lang)
    settings = QSettings()
    operator = _ask_operator(settings)
    if operator is None:
        return 0
    try:
        url = database_url(db, default_database_dir())
    except Exception as exc:  # noqa: BLE001 - any bad --db value is reported the same way
        QMessageBox.critical(None, translate("App", "Cannot open the register"), str(exc))
        return 2
    if show_register(url, settings, operator) is None:
        return 2
    return app.exec()


def show_register(url: str, settings: QSettings, operator: str) -> MainWindow | None:
    """Open the register at `url` in a window and show it (None if the user stopped).

    A register that did not exist yet is made, and the first-run question asked.
    """
    path = database_file(url)
    is_new = path is not None and not path.exists()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    window = open_window_interactively(url, settings, operator, defer_check=True)
    if window is None:
        return None
    window.show()
    # The table paints first; the start-up check's end is awaited after that.
    LateCheck(window, finish_opening, lambda: open_window_interactively(url, settings, operator))
    window.after_show()
    if is_new:
        from inl_equipment.ui.safety.first_run import offer_sample_data

        offer_sample_data(window)
    return window


def open_window_interactively(
    url: str, settings: QSettings, operator: str, *, defer_check: bool = False
) -> MainWindow | None:
    """Open the register, asking the user at each safety question; None if they stop."""
    path = database_file(url)
    if path is not None and not confirm_place(path):
        return None
    read_only = False
    while True:
        try:
            window = create_main_window(
                url, settings, operator, read_only=read_only, defer_check=defer_check
            )
            assert isinstance(window, MainWindow)
            return window
        except LockedError as exc:
            if not offer_read_only(exc):
                return None
            read_only = True
        except DamagedDatabaseError as exc:
            if not offer_restore(exc):
                return None
        except (SchemaError, OSError, LockError, NotARegisterError) as exc:
            QMessageBox.critical(None, translate("App", "Cannot open the register"), str(exc))
            return None
