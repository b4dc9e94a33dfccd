"""The first start on a new register: start empty, or load sample data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, TaskContext

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

SAMPLE_ITEMS = 1000


def offer_sample_data(window: MainWindow) -> None:
    """Ask whether to fill the new, empty register with sample data."""
    box = QMessageBox(window)
    box.setWindowTitle(translate("FirstRun", "A new register"))
    box.setText(translate("FirstRun", "This register is empty."))
    box.setInformativeText(
        translate(
            "FirstRun",
            "Start with an empty register, or load {count} sample items with real Lao "
            "agencies, provinces and border checkpoints to try the app out?",
        ).format(count=number(SAMPLE_ITEMS))
    )
    empty = box.addButton(translate("FirstRun", "Start &empty"), QMessageBox.ButtonRole.RejectRole)
    sample = box.addButton(
        translate("FirstRun", "Load &sample data"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(empty)
    run_dialog(box)
    if box.clickedButton() is not sample:
        return
    safety = window.register.safety

    def work(ctx: TaskContext) -> int:
        return safety.add_sample_data(SAMPLE_ITEMS, ctx.progress)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        QMessageBox.warning(
            window,
            translate("FirstRun", "Sample data"),
            translate("FirstRun", "The sample data could not be added: {error}").format(
                error=str(exc)
            ),
        )

    task = run_with_progress(
        window,
        translate("FirstRun", "Sample data"),
        translate("FirstRun", "Adding sample items…"),
        work,
    )
    task.failed.connect(failed)
