"""Run a function on a worker thread; get its result or error back by signal.

The function receives a `TaskContext` to report progress and to notice a
cancel request. Signals are emitted from the worker thread and, because the
`Task` object lives in the GUI thread, arrive there queued: no polling and no
`processEvents()` loops.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):  # noqa: N818 - not an error: what the user asked for
    """Raised inside a task when the user asked to cancel it."""


class TaskContext:
    """What a running task can see: progress reporting and the cancel flag."""

    def __init__(self, task: Task) -> None:
        """The context of `task`, not cancelled yet."""
        self._task = task
        # Set from the GUI thread, read from the worker: an Event needs no lock.
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Whether a cancel was asked for."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop at its next `check` or `progress` (any thread)."""
        self._cancel.set()

    def check(self) -> None:
        """Raise `Cancelled` if a cancel was asked for; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Report `done` of `total` units (and stop here if a cancel was asked for)."""
        self.check()
        self._task.progressed.emit(int(done), int(total))


class Task(QObject):
    """One piece of long work and its outcome.

    Signals:
        progressed(int, int): units done, units in all.
        succeeded(object): the function's return value.
        failed(object): the exception it raised (`Cancelled` after a cancel).
        finished(): after succeeded or failed, always.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[TaskContext], Any], parent: QObject | None = None) -> None:
        """A task that will call `fn(context)`; `start` runs it on the thread pool."""
        super().__init__(parent)
        self._fn = fn
        self.context = TaskContext(self)

    def cancel(self) -> None:
        """Ask the function to stop; `failed` then brings `Cancelled`."""
        self.context.cancel()

    def run(self) -> None:
        """Run in the calling thread (the worker's) and emit the outcome."""
        try:
            result = self._fn(self.context)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self._emit(self.failed, exc)
        else:
            self._emit(self.succeeded, result)
        finally:
            self._emit(self.finished)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # The window that started the task may have closed meanwhile: then
        # there is nobody left to tell, and that is fine.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class _Runnable(QRunnable):
    """The pool's handle on one task (deleted by the pool when it has run)."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        """Run the task on the worker thread."""
        self._task.run()


# Tasks started and not yet finished: a Task without a parent would otherwise be
# collected by Python while its worker still runs.
_running: set[Task] = set()


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    """Start `task` on the thread pool; it is kept alive until it finishes."""
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def run_in_thread(
    fn: Callable[[TaskContext], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> Task:
    """Shorthand: start `fn` with the two outcome handlers connected."""
    task = Task(fn, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    return start(task)
