"""Read every row of the register on a worker thread while the first screen shows."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from inl_equipment.services.register import Register
from inl_equipment.services.search import Snapshot
from inl_equipment.ui.workers import Task, TaskContext, start


class SnapshotLoader(QObject):
    """Loads the complete snapshot (and its search index) off the GUI thread.

    `wait()` lets the window block for the rest of the rows when the user
    needs all of them (a search, a sort) before the load has finished.

    Signals:
        loaded(object): the complete `Snapshot`.
        failed(object): the exception that stopped the load.
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, register: Register, parent: QObject | None = None) -> None:
        """A loader for `register`'s rows; `start` begins the load."""
        super().__init__(parent)
        self._register = register
        self._done = threading.Event()
        self._result: Snapshot | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Read the rows on the thread pool; `loaded` or `failed` tells the end."""
        task = Task(self._work, self)
        task.succeeded.connect(self.loaded)
        task.failed.connect(self.failed)
        start(task)

    def _work(self, _ctx: TaskContext) -> Snapshot:
        try:
            snapshot = self._register.items.snapshot()
            snapshot.warm()
            self._result = snapshot
            return snapshot
        except BaseException as exc:
            self._error = exc
            raise
        finally:
            self._done.set()

    def wait(self) -> Snapshot:
        """Block until the load ends; return the snapshot or raise its error."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
