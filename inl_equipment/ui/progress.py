"""A progress dialog with Cancel around a worker-thread `Task`.

The dialog deletes itself once the task has finished, whatever the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from inl_equipment.i18n import translate
from inl_equipment.ui.workers import Task, TaskContext, start


def run_with_progress(
    parent: QWidget, title: str, label: str, fn: Callable[[TaskContext], Any]
) -> Task:
    """Start `fn` on a worker thread behind a modal progress dialog.

    Connect to the returned task's `succeeded` / `failed` signals for the
    outcome (it starts once control is back in the event loop, so nothing is
    missed); Cancel asks the task to stop (it raises `Cancelled` at its next
    progress report) and the dialog closes when the task has finished.
    """
    dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(fn, parent)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def on_cancel() -> None:
        dialog.setLabelText(translate("Progress", "Cancelling…"))
        task.cancel()

    task.progressed.connect(on_progress)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    dialog.canceled.connect(on_cancel)
    dialog.show()
    # Started from the event loop, after the caller has connected its handlers: a
    # task that fails at once (a file that is not a workbook) would otherwise emit
    # its outcome before anyone listens, and the outcome is lost.
    QTimer.singleShot(0, task, lambda: start(task))
    return task
