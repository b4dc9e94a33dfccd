"""A register on a database server: the user's role shown and kept, others' changes seen.

The server enforces what each role may do (`db/server_roles.py`); here the
window says the role (a viewer's register is opened read-only, so no button
is offered that the server would refuse). Every few seconds a worker
thread reads the history's new events (`register.shared.poll`) and the
change feed carries them to the window, which refreshes just those items.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QLabel

from inl_equipment.i18n import QT_TRANSLATE_NOOP, translate
from inl_equipment.services.vocabulary import marked_text

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often to look for others' changes.
POLL_MS = 3_000

_ROLE_NAMES = {
    "viewer": QT_TRANSLATE_NOOP("SharedRegister", "viewer (read, print, export)"),
    "officer": QT_TRANSLATE_NOOP("SharedRegister", "officer"),
    "administrator": QT_TRANSLATE_NOOP("SharedRegister", "administrator"),
}


class SharedRegister(QObject):
    """The role label and the look for others' changes, for a register on a server."""

    def __init__(self, window: MainWindow) -> None:
        """Show the role and start looking for others' changes."""
        super().__init__(window)
        self._window = window
        self._api = window.register.shared
        self._busy = False
        self.role = self._api.role()
        self.label = QLabel(window)
        self.label.setObjectName("roleLabel")
        window.statusBar().addPermanentWidget(self.label)
        self._api.start()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self._connect_signals()
        self._retranslate()
        self.timer.start()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self._look)
        self._window.retranslated.connect(self._retranslate)

    def _retranslate(self) -> None:
        role = _ROLE_NAMES.get(self.role or "")
        self.label.setText(
            translate("SharedRegister", "Role: {role}").format(
                role=marked_text("SharedRegister", role)
            )
            if role
            else translate("SharedRegister", "Role: none (ask an administrator)")
        )

    def _look(self) -> None:
        """Look on a worker thread (a slow server must never stop the window)."""
        if self._busy:
            return
        self._busy = True
        QThreadPool.globalInstance().start(self._poll)

    def _poll(self) -> None:
        try:
            self._api.poll()
        except Exception:  # a server gone for a moment: look again later
            log.warning("could not look for others' changes", exc_info=True)
        finally:
            self._busy = False


def install(window: MainWindow) -> SharedRegister | None:
    """The shared-register parts of `window` (None for a register in a file)."""
    if not window.register.shared.on_server:
        return None
    return SharedRegister(window)
