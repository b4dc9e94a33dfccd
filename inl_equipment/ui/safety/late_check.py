"""The end of the start-up check, awaited once the register's table has painted.

The check (SQLite's quick_check and foreign_key_check over the whole file)
runs on threads while the window is built; on a 150 MB register it outlasts
the build by a few hundred milliseconds. Waiting for it before the first
paint kept the officer looking at nothing; writes wait for it anyway
(`Database.write_gate`), so the window shows first and the check's end is
taken here. A damaged register found now is handled as at opening: the
window goes, the file is set aside, and the newest good backup is offered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from inl_equipment.services.facade.kinds import DamagedDatabaseError
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.safety.open_questions import offer_restore

log = logging.getLogger(__name__)

#: If the table never paints (a minimised start), the check is awaited after this.
_AT_THE_LATEST_MS = 1500


class LateCheck(QObject):
    """Finish opening `window` after its table's first paint.

    `finish(window)` waits for the check and raises `DamagedDatabaseError`
    (the window discarded) when it failed; `reopen()` opens the register again
    with its questions, after a restore, or returns None when the user stops.
    """

    def __init__(
        self,
        window: MainWindow,
        finish: Callable[[MainWindow], None],
        reopen: Callable[[], MainWindow | None],
    ) -> None:
        """Watch `window`'s table for its first paint."""
        app = QApplication.instance()
        # Parented to the application: it outlives a window thrown away.
        super().__init__(app)
        self._window: MainWindow | None = window
        self._finish = finish
        self._reopen = reopen
        self.replacement: MainWindow | None = None
        self._viewport = window.view.table.viewport()
        self._viewport.installEventFilter(self)
        window.destroyed.connect(self._forget)
        QTimer.singleShot(_AT_THE_LATEST_MS, self._end)

    def _forget(self) -> None:
        self._window = None  # closed and deleted before the check ended: nothing to finish

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """On the table's first paint, end the check once the paint is done."""
        if event.type() == QEvent.Type.Paint and self._window is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._end)
        return False

    def _end(self) -> None:
        window, self._window = self._window, None
        if window is None:
            return  # already ended (the paint came before the latest time)
        self._viewport.removeEventFilter(self)
        try:
            self._finish(window)
        except DamagedDatabaseError as exc:
            log.warning("start-up check failed after the window was shown: %s", exc)
            self.replacement = self._reopen() if offer_restore(exc) else None
            if self.replacement is None:
                QApplication.quit()
                return
            self.replacement.show()
            self.replacement.after_show()
