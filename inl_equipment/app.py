"""Application set-up: QApplication, bundled fonts, the main window, first run.

`create_main_window(db)` is the stable seam for automated checks: it builds
the window on a database path or URL, with no first-run dialogs.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMessageBox

from inl_equipment import __version__
from inl_equipment.db.lock import LockedError, LockError
from inl_equipment.db.opening import DamagedDatabaseError, NotARegisterError, open_register
from inl_equipment.db.schema import SchemaError
from inl_equipment.db.session import resolve_url, sqlite_path
from inl_equipment.paths import APPLICATION, ORGANIZATION
from inl_equipment.resources import resource_path
from inl_equipment.services.register import Register
from inl_equipment.ui.errors import install_excepthook
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.open_questions import confirm_place, offer_read_only, offer_restore

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansLao-Bold.ttf",
)
OPERATOR_KEY = "operator/name"


def setup_application(app: QApplication) -> None:
    """Names for QSettings/QStandardPaths and a font that renders Lao properly.

    Qt's own fallback for Lao collides the marks; the bundled Noto Sans Lao is
    put straight after the UI font so every widget shapes Lao with it.
    """
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
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
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def create_main_window(
    db: str,
    settings: QSettings | None = None,
    operator: str | None = None,
    *,
    read_only: bool = False,
) -> QMainWindow:
    """The main window on the database at `db` (a path or an SQLAlchemy URL).

    A QApplication must exist. No first-run dialogs are shown. The writer
    lock is taken (raises `LockedError` naming the holder when another copy
    of the app has the register open; pass `read_only=True` to look anyway).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.organizationName() != ORGANIZATION:
        setup_application(app)
    settings = settings or QSettings()
    name = operator or str(settings.value(OPERATOR_KEY) or "") or _login_name()
    opened = open_register(resolve_url(db), name, read_only=read_only)
    try:
        window = MainWindow(Register(opened.db, name, opened), settings)
    except BaseException:
        opened.close()
        raise
    return window


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _ask_operator(settings: QSettings) -> str | None:
    name = str(settings.value(OPERATOR_KEY) or "")
    while not name:
        text, ok = QInputDialog.getText(
            None,
            "Welcome to INL Equipment Tracker",
            "Your name, as it should appear in the history of every change:",
            text=_login_name(),
        )
        if not ok:
            return None
        name = " ".join(text.split())
    settings.setValue(OPERATOR_KEY, name)
    return name


def run(db: str | None = None) -> int:
    """Start the app: ask the operator's name once, open the register, show it."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    setup_application(app)
    install_excepthook()
    settings = QSettings()
    operator = _ask_operator(settings)
    if operator is None:
        return 0
    try:
        url = resolve_url(db, default_database_dir())
    except Exception as exc:  # noqa: BLE001 - any bad --db value is reported the same way
        QMessageBox.critical(None, "Cannot open the register", str(exc))
        return 2
    path = sqlite_path(url)
    is_new = path is not None and not path.exists()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    window = open_window_interactively(url, settings, operator)
    if window is None:
        return 2
    window.show()
    window.after_show()
    if is_new:
        from inl_equipment.ui.first_run import offer_sample_data

        offer_sample_data(window)
    return app.exec()


def open_window_interactively(url: str, settings: QSettings, operator: str) -> MainWindow | None:
    """Open the register, asking the user at each safety question; None if they stop."""
    path = sqlite_path(url)
    if path is not None and not confirm_place(path):
        return None
    read_only = False
    while True:
        try:
            window = create_main_window(url, settings, operator, read_only=read_only)
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
            QMessageBox.critical(None, "Cannot open the register", str(exc))
            return None
