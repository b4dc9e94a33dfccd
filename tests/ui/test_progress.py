"""A task behind a progress dialog never finishes before its caller is listening."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QWidget

from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import TaskContext


def test_an_outcome_at_once_still_reaches_handlers_connected_after_the_start(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def fails(ctx: TaskContext) -> None:
        raise ValueError("not a workbook")

    outcomes: list[object] = []
    task = run_with_progress(parent, "Reading", "Reading…", fails)
    time.sleep(0.3)  # a worker that had started would have emitted by now
    task.failed.connect(outcomes.append)
    task.succeeded.connect(outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5_000)
    [error] = outcomes
    assert isinstance(error, ValueError) and str(error) == "not a workbook"
