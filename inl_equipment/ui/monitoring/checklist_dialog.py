"""The field checklist of a site (or of every site of a province), as PDF or XLSX.

The checklists are built and written on a worker thread (progress and Cancel);
the facade writes each file whole or not at all. A province gives one PDF
with a checklist per site, or one workbook per site (`name-2.xlsx`, ...).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.documents.checklist_data import ChecklistData
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.monitoring.document_files import (
    SaveTarget,
    confirm_replace,
    failure_text,
    show_written,
    target_problem,
)
from inl_equipment.ui.monitoring.site_fields import combo_choice, searchable_combo
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext


class ChecklistDialog(QDialog):
    """Choose a site or a province, the format and the file; then write the checklist.

    Signals:
        written(object): the list of files written (`Path`).
    """

    written = Signal(object)

    def __init__(
        self,
        register: Register,
        parent: QWidget | None = None,
        location_id: int | None = None,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
    ) -> None:
        """A checklist of `register`'s site `location_id` (or one chosen), issued `today`."""
        super().__init__(parent)
        self.setObjectName("checklistDialog")
        self.setWindowTitle(self.tr("Field checklist"))
        self._register = register
        self._today = today or date.today()
        self.task: Task | None = None
        self.paths: list[Path] = []
        refs = register.reference.lists(("location", "province"))
        self.by_site = QRadioButton(self.tr("One &site"))
        self.by_province = QRadioButton(self.tr("Every site of a &province"))
        self.by_site.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_site)
        group.addButton(self.by_province)
        self.site = searchable_combo(refs["location"], self.tr("— choose the site —"))
        self.site.setObjectName("checklistSite")
        self.province = searchable_combo(refs["province"], self.tr("— choose the province —"))
        self.province.setObjectName("checklistProvince")
        self.target = SaveTarget(settings or QSettings(), f"checklist-{self._today.isoformat()}")
        self.message = QLabel()
        self.message.setObjectName("checklistMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(
            self.tr("&Write checklist"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        self._lay_out()
        self._connect_signals()
        if location_id is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(location_id)))
        self._scope_changed()
        self.resize(640, self.sizeHint().height())

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.by_site, self.site)
        form.addRow(self.by_province, self.province)
        form.addRow(self.tr("Format"), self.target.format)
        form.addRow(self.tr("File"), self.target)
        hint = QLabel(
            self.tr(
                "One row per item registered at the site, with a QR code of its asset tag and "
                "boxes to tick. The workbook has a drop-down list of the results and is "
                "imported back with “Import filled checklist…”; a province gives one "
                "workbook per site."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(hint)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.by_site.toggled.connect(lambda _on: self._scope_changed())
        self.site.currentTextChanged.connect(lambda _t: self._say(""))
        self.province.currentTextChanged.connect(lambda _t: self._say(""))
        self.target.changed.connect(lambda: self._say(""))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def _scope_changed(self) -> None:
        self.site.setEnabled(self.by_site.isChecked())
        self.province.setEnabled(self.by_province.isChecked())
        self._say("")

    def _say(self, text: str, role: Role = Role.ERROR) -> None:
        self.message.setText(text)
        set_role(self.message, role if text else Role.NONE)

    # -- writing --------------------------------------------------------------------
    def problem(self) -> str | None:
        """What is missing or wrong in the form (None: the checklist can be written)."""
        if self.by_site.isChecked() and combo_choice(self.site) is None:
            return self.tr("Choose the site from the list.")
        if self.by_province.isChecked() and combo_choice(self.province) is None:
            return self.tr("Choose the province from the list.")
        return target_problem(self.target.target())

    def start(self) -> Task | None:
        """Check the form, then build and write the checklist on a worker thread."""
        problem = self.problem()
        if problem:
            self._say(problem)
            return None
        target = self.target.target()
        if not confirm_replace(self, target):
            return None
        checklists, today = self._register.checklists, self._today
        site, province = combo_choice(self.site), combo_choice(self.province)
        by_site = self.by_site.isChecked()

        def work(ctx: TaskContext) -> list[Path]:
            lists: list[ChecklistData] = (
                [checklists.for_site(int(site), today)]
                if by_site and site is not None
                else checklists.for_province(int(province or 0), today)
            )
            ctx.check()
            return checklists.write(lists, target) if lists else []

        self.write_button.setEnabled(False)
        self._say(self.tr("Writing {name}…").format(name=target.name), Role.MUTED)
        label = self.tr("Writing the checklist {name}…").format(name=target.name)
        task = run_with_progress(self, self.tr("Field checklist"), label, work)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(lambda exc: self._failed(exc, target))
        self.task = task
        return task

    def _succeeded(self, paths: list[Path]) -> None:
        self.write_button.setEnabled(True)
        if not paths:
            self._say(self.tr("No site of this province holds items: nothing was written."))
            return
        self.paths = list(paths)
        self.target.remember()
        count = len(paths)
        text = self.tr("%n file(s) written:", "", count) + "\n" + "\n".join(map(str, paths))
        self._say(text, Role.SUCCESS)
        self.written.emit(self.paths)
        show_written(self, self.tr("Checklist written"), text, self.paths)
        self.accept()

    def _failed(self, exc: BaseException, target: Path) -> None:
        self.write_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was written."), Role.MUTED)
            return
        reason = failure_text(exc, target)
        self._say(self.tr("{reason} Nothing was written.").format(reason=reason))


def open_checklist(host: Any, location_id: int | None = None) -> list[Path]:
    """Run the checklist dialog over `host.register`; the files written (none: cancelled)."""
    parent = host if isinstance(host, QWidget) else None
    dialog = ChecklistDialog(host.register, parent, location_id)
    run_dialog(dialog)
    return dialog.paths
