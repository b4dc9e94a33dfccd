"""The first start on a new register: the standard lists, or sample data to try things.

Either way the register is never bare: "Start empty" still adds the
standard lists (provinces, categories, agencies and units, border
checkpoints), so the first item can be saved at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, Task, TaskContext

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

SAMPLE_ITEMS = 1000


def offer_sample_data(window: MainWindow) -> None:
    """Ask how to start a new, empty register: its standard lists, or sample data too."""
    box = QMessageBox(window)
    box.setObjectName("firstRunBox")
    box.setWindowTitle(translate("FirstRun", "A new register"))
    box.setText(translate("FirstRun", "This register is new."))
    box.setInformativeText(
        translate(
            "FirstRun",
            "It starts with the standard lists: the 18 provinces, the equipment categories, "
            "the counter-drug agencies and their units, and the international border "
            "checkpoints (all in English and Lao, and yours to change). Start with those, "
            "or also load {count} sample items to try the app out?",
        ).format(count=number(SAMPLE_ITEMS))
    )
    empty = box.addButton(
        translate("FirstRun", "Start with the &lists"), QMessageBox.ButtonRole.RejectRole
    )
    sample = box.addButton(
        translate("FirstRun", "Load &sample data"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(empty)
    run_dialog(box)
    if box.clickedButton() is sample:
        load_sample_data(window)
    else:
        add_standard_lists(window)


def add_standard_lists(window: MainWindow) -> int:
    """Add the standard lists to the window's register; how many records were added."""
    try:
        return window.register.reference.add_standard_lists()
    except Exception as exc:  # noqa: BLE001 - disk full, read-only: say so
        show_error(window, exc)
        return 0


def load_sample_data(window: MainWindow, parent: QWidget | None = None) -> Task:
    """Fill the register with sample items on a worker thread, with progress and Cancel."""
    safety = window.register.safety

    def work(ctx: TaskContext) -> int:
        return safety.add_sample_data(SAMPLE_ITEMS, ctx.progress)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        QMessageBox.warning(
            parent or window,
            translate("FirstRun", "Sample data"),
            translate("FirstRun", "The sample data could not be added: {error}").format(
                error=str(exc)
            ),
        )

    task = run_with_progress(
        parent or window,
        translate("FirstRun", "Sample data"),
        translate("FirstRun", "Adding sample items…"),
        work,
    )
    task.failed.connect(failed)
    return task
