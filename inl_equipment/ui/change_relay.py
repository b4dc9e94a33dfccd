"""The one bridge from the register's change feed to a window on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from inl_equipment.services.facade.changes import ChangeFeed


class ChangeRelay(QObject):
    """Carries the register's change notices to the GUI thread, while its parent lives.

    It subscribes to `feed` when made and unsubscribes when destroyed (or when
    `unsubscribe()` is called first; calling it twice is harmless).

    Signals:
        changed(object): a `Change` (queued when published from a worker thread).
    """

    changed = Signal(object)

    def __init__(self, parent: QObject, feed: ChangeFeed) -> None:
        """Relay `feed`'s changes to `changed`, for as long as `parent` keeps this object."""
        super().__init__(parent)
        self.unsubscribe = feed.subscribe(self.changed.emit)
        self.destroyed.connect(self.unsubscribe)
