"""The smoke test's steps with Qt: the main window, the receipt preview's PDF library, languages.

`smoke.run` sets `QT_QPA_PLATFORM=offscreen` before this module is imported,
so no window reaches a screen. Qt's own messages go to the log file, never to
the console (the one line on stderr is the smoke test's).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QSettings,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from inl_equipment.i18n import translate
from inl_equipment.smoke import OPERATOR, PROG, SmokeError, SmokeState
from inl_equipment.ui.main_window import MainWindow

log = logging.getLogger(__name__)
WAIT_SECONDS = 60.0
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class _FirstPaint(QObject):
    """Notes when the widget it watches is first painted (wall-clock time)."""

    def __init__(self, on_paint: Callable[[], None] | None = None) -> None:
        """A watcher that has seen no paint yet; `on_paint` runs at the first."""
        super().__init__()
        self.painted_at = 0.0
        self._on_paint = on_paint

    @property
    def painted(self) -> bool:
        """Whether a paint event has been seen."""
        return self.painted_at > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Note the first paint event; never stops it."""
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted_at = time.time()
            if self._on_paint is not None:
                self._on_paint()
        return False


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    log.log(_QT_LEVELS.get(mode, logging.WARNING), "Qt: %s", message)


def _application(state: SmokeState) -> QApplication:
    """The QApplication, with settings in the smoke test's folder, never the user's."""
    qInstallMessageHandler(_qt_message)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(state.folder / "settings")
    )
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([PROG])
    from inl_equipment.app import setup_application

    setup_application(app, language="en")
    return app


def wait_until(done: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
    """Run Qt's event loop until `done()`; raises `SmokeError` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SmokeError(f"{what} did not happen within {seconds:.0f} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _main_window(state: SmokeState) -> str:
    app = _application(state)
    from inl_equipment.app import create_main_window

    settings = QSettings(str(state.folder / "window.ini"), QSettings.Format.IniFormat)
    window = create_main_window(str(state.db_path), settings, OPERATOR)
    state.window = window
    if not isinstance(window, MainWindow):
        raise SmokeError(f"create_main_window made a {type(window).__name__}")
    table = window.table
    probe = _FirstPaint()
    table.viewport().installEventFilter(probe)
    window.resize(1200, 800)
    window.show()
    wait_until(
        lambda: probe.painted and window.model.rowCount() == state.items,
        "the table's first paint",
    )
    table.viewport().removeEventFilter(probe)
    if window.register.read_only:
        raise SmokeError("the main window opened the register read-only")
    drawn = _toolbar_icons(window)
    return f"{window.model.rowCount()} rows painted on {app.platformName()}; {drawn} icons drawn"


def _toolbar_icons(window: MainWindow) -> int:
    """How many toolbar icons QtSvg drew at 150 % (resources/icons and QtSvg must travel)."""
    actions = [a for a in window.acts.toolbar.actions() if not a.isSeparator()]
    for action in actions:
        image = action.icon().pixmap(QSize(24, 24), 1.5).toImage()
        if image.isNull() or not any(
            image.pixelColor(x, y).alpha()
            for x in range(image.width())
            for y in range(image.height())
        ):
            raise SmokeError(f"the toolbar's {action.objectName()} icon drew nothing")
    return len(actions)


def _pdf_preview(state: SmokeState) -> str:
    # The receipt preview shows receipts with QtPdf: its library and PDFium must travel.
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(state.receipt_file))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise SmokeError(f"QtPdf could not open the receipt: {error}")
    image = document.render(0, QSize(420, 594))
    pages = document.pageCount()
    document.close()
    if image.isNull():
        raise SmokeError("QtPdf rendered an empty page")
    return f"{pages} page(s) rendered"


def _switch(window: Any, language: str) -> str:
    """Install `language` and wait until the window has set its texts again."""
    from inl_equipment.ui.translation import install_language

    done: list[bool] = []
    window.retranslated.connect(lambda: done.append(True))
    installed = install_language(language)
    if installed != language:
        raise SmokeError(f"the {language} catalogue could not be installed")
    wait_until(lambda: bool(done), f"the window's texts in {language}")
    title = str(window.menuBar().actions()[0].text())
    expected = translate("MainWindow", "&File")
    if title != expected:
        raise SmokeError(f"the first menu reads {title!r} in {language}, not {expected!r}")
    return title


def _language(state: SmokeState) -> str:
    window = state.window
    english = window.menuBar().actions()[0].text()
    lao = _switch(window, "lo")
    # Proof the Lao catalogue travelled: receipt labels are translated in it already.
    label = translate("ReceiptLabels", "Handover Receipt")
    if not _has_lao(label):
        raise SmokeError(f"the Lao catalogue is not loaded: {label!r}")
    menu_note = "the menus changed" if lao != english else "the menus are not translated yet"
    back = _switch(window, "en")
    if back != english:
        raise SmokeError(f"the first menu reads {back!r} after switching back, not {english!r}")
    return f"lo ({menu_note}; {label}) and back to en"


def _has_lao(text: str) -> bool:
    return any("\u0e80" <= ch <= "\u0eff" for ch in text)


def _dashboard(state: SmokeState) -> str:
    # The dashboard's charts are QtCharts: its library must travel with the build.
    dashboard = state.window.features["dashboard"].show_dashboard()
    wait_until(lambda: dashboard.figures is not None, "the dashboard's figures")
    bars = sum(len(chart.bars()) for chart in dashboard.charts.values())
    picture = dashboard.grab()
    dashboard.close()
    QApplication.processEvents()
    if not bars or picture.isNull():
        raise SmokeError("the dashboard drew no bars")
    return f"{bars} bars drawn"


def _close(state: SmokeState) -> str:
    window = state.window
    window.close()
    state.window = None
    QApplication.processEvents()
    # The window closes its register: the writer lock must be free for the next copy.
    from inl_equipment.services.facade.opening import database_url, open_for_app

    again = open_for_app(database_url(str(state.db_path), None), OPERATOR)
    try:
        if again.read_only:
            raise SmokeError("the register stayed locked after the window closed")
    finally:
        again.close()
    return "closed; the register's lock was released"


def paint_probe(out: str, started: float) -> int:
    """Open `$INL_EQUIPMENT_DB` offscreen, note the table's first paint in `out`, exit.

    For bench/bench_frozen.py: `out` gets one JSON object with the wall-clock
    time the entry script `started` and the time the table was `painted`.
    """
    import json
    import os
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from inl_equipment.app import create_main_window

    db = os.environ["INL_EQUIPMENT_DB"]
    target = Path(out)
    app = QApplication.instance() or QApplication([PROG])
    settings = QSettings(str(target.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = create_main_window(db, settings, OPERATOR)
    assert isinstance(window, MainWindow)
    probe = _FirstPaint(lambda: QTimer.singleShot(0, app.quit))
    window.table.viewport().installEventFilter(probe)
    window.resize(1400, 800)
    window.show()
    app.exec()
    rows = window.model.rowCount()
    window.close()
    target.write_text(
        json.dumps({"started": started, "painted": probe.painted_at, "rows": rows}),
        encoding="utf-8",
    )
    return 0


STEPS: list[tuple[str, Callable[[SmokeState], str]]] = [
    ("main window", _main_window),
    ("receipt preview (QtPdf)", _pdf_preview),
    ("interface language", _language),
    ("dashboard (QtCharts)", _dashboard),
    ("close", _close),
]
