"""The first start on a new register: start empty, or load sample data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, TaskContext

SAMPLE_ITEMS = 1000


def offer_sample_data(window: MainWindow) -> None:
    """Ask whether to fill the new, empty register with sample data."""
    box = QMessageBox(window)
    box.setWindowTitle("A new register")
    box.setText("This register is empty.")
    box.setInformativeText(
        f"Start with an empty register, or load {SAMPLE_ITEMS:,} sample items with real Lao "
        "agencies, provinces and border checkpoints to try the app out?"
    )
    empty = box.addButton("Start &empty", QMessageBox.ButtonRole.RejectRole)
    sample = box.addButton("Load &sample data", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(empty)
    box.exec()
    if box.clickedButton() is not sample:
        return
    safety = window.register.safety

    def work(ctx: TaskContext) -> int:
        return safety.add_sample_data(SAMPLE_ITEMS, ctx.progress)

    task = run_with_progress(window, "Sample data", "Adding sample items…", work)
    task.failed.connect(
        lambda exc: (
            None
            if isinstance(exc, Cancelled)
            else QMessageBox.warning(
                window, "Sample data", f"The sample data could not be added: {exc}"
            )
        )
    )
