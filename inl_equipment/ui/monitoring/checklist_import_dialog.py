"""Import a filled field checklist (XLSX) as one site check: preview first, then all or nothing.

Reading the sheet and planning the inspection run on a worker thread. The
preview lists every row with what it will record and any problem in red; a
sheet with any problem (or refused as a whole: another register's site, imported
before) cannot be imported, and says so. Listed items left without a result are
recorded as *not seen*, after a confirmation that says how many.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import day
from inl_equipment.interchange.checklist_plan import ChecklistPlan
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.monitoring.document_files import failure_text, last_folder, remember_folder
from inl_equipment.ui.monitoring.plan_rows_model import COL_PROBLEM, counts_text, plan_model
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext

#: Problems named in words below the table (all of them are in its Problem column).
SHOWN_PROBLEMS = 3


class ChecklistImportDialog(QDialog):
    """Choose a filled checklist, see what it will record, import it.

    Signals:
        recorded(str): the inspection was recorded; its number (EU-…).
    """

    recorded = Signal(str)

    def __init__(
        self,
        register: Register,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
    ) -> None:
        """An import into `register`; the date of check may not be after `today`."""
        super().__init__(parent)
        self.setObjectName("checklistImportDialog")
        self.setWindowTitle(self.tr("Import filled checklist"))
        self._register = register
        self._settings = settings or QSettings()
        self._today = today or date.today()
        self.plan: ChecklistPlan | None = None
        self.number: str | None = None
        self.task: Task | None = None
        self.rows = plan_model(self)
        self._build()
        self._connect_signals()
        self._show_plan()
        fit_to_screen(self, 1200, 720)

    def _build(self) -> None:
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The filled checklist workbook (.xlsx)"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.read_button = QPushButton(self.tr("&Read"))
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setWordWrap(True)
        set_role(self.heading, Role.STRONG)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()  # the sheet's row numbers are a column
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate((60, 110, 120, 100, 100, 200, 150)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.counts = QLabel()
        self.counts.setObjectName("planCounts")
        self.counts.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("File")))
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.read_button)
        box = QVBoxLayout(self)
        box.addLayout(chooser)
        box.addWidget(self.heading)
        box.addWidget(self.table, 1)
        box.addWidget(self.counts)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.choose)
        self.read_button.clicked.connect(lambda: self.load(self.path.text()))
        self.path.returnPressed.connect(lambda: self.load(self.path.text()))
        self.buttons.accepted.connect(self.import_plan)
        self.buttons.rejected.connect(self.reject)

    # -- reading --------------------------------------------------------------------
    def choose(self) -> None:
        """Ask for the filled workbook, then read it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import filled checklist"),
            str(last_folder(self._settings)),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> Task | None:
        """Read `path` and plan its import on a worker thread (the file chooser's bypass)."""
        text = str(path).strip()
        self.path.setText(text)
        self.plan, self.number = None, None
        self._show_plan()
        if not text:
            self._say(self.tr("Choose the filled checklist (.xlsx) first."))
            return None
        target = Path(text).expanduser()
        if not target.is_file():
            self._say(self.tr("There is no file {path}.").format(path=target))
            return None
        checklists, today = self._register.checklists, self._today

        def work(ctx: TaskContext) -> ChecklistPlan:
            plan = checklists.plan(target, today)
            ctx.check()
            return plan

        self.read_button.setEnabled(False)
        self._say(self.tr("Reading {name}…").format(name=target.name), Role.MUTED)
        label = self.tr("Reading {name}…").format(name=target.name)
        task = run_with_progress(self, self.tr("Import filled checklist"), label, work)
        task.succeeded.connect(lambda plan: self._planned(plan, target))
        task.failed.connect(lambda exc: self._read_failed(exc, target))
        self.task = task
        return task

    def _planned(self, plan: ChecklistPlan, path: Path) -> None:
        self.read_button.setEnabled(True)
        remember_folder(self._settings, path)
        self.plan = plan
        self._show_plan()

    def _read_failed(self, exc: BaseException, path: Path) -> None:
        self.read_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled."), Role.MUTED)
            return
        reason = failure_text(exc, path)
        self._say(self.tr("Cannot import: {reason} Nothing was recorded.").format(reason=reason))

    # -- the preview ----------------------------------------------------------------
    def _show_plan(self) -> None:
        plan = self.plan
        self.rows.set_rows(plan.rows if plan is not None else [])
        self.import_button.setEnabled(self._importable())
        self.heading.setVisible(plan is not None)
        if plan is None:
            self.heading.clear()
            self.counts.clear()
            hint = self.tr(
                "Choose the filled checklist workbook: its rows are shown here, with any "
                "problem, before anything is recorded."
            )
            self._say(hint, Role.MUTED)
            return
        self.heading.setText(self._heading(plan))
        self.counts.setText(counts_text(plan))
        problems = plan.problems
        if plan.refusal is not None:
            self._say(str(plan.refusal) + " " + self.tr("Nothing can be imported."))
        elif problems:
            n = len(problems)
            summary = self.tr(
                "%n problem(s) in the sheet (in red below). Correct the sheet and read it "
                "again: nothing is imported while any remains.",
                "",
                n,
            )
            self._say("\n".join([summary, *self._first_problems(plan)]))
            first = next(i for i, r in enumerate(plan.rows) if r.problem is not None)
            self.table.scrollTo(self.rows.index(first, COL_PROBLEM))
        elif self._register.read_only:
            self._say(self.tr("Read-only: this register cannot be changed now."))
        else:
            self._say(self.tr("Ready to import as one site check."), Role.SUCCESS)

    def _heading(self, plan: ChecklistPlan) -> str:
        """Which site, when, how many items and who checked them."""
        if plan.refusal is not None:
            return self.tr("Site {site}").format(site=plan.site)
        count = len([r for r in plan.rows if r.item_id is not None])
        heading = self.tr("Site {site} · checked on {date} · %n item(s)", "", count)
        inspectors = plan.inspectors or self.tr("inspectors not given")
        return heading.format(site=plan.site, date=day(plan.when)) + " · " + inspectors

    def _first_problems(self, plan: ChecklistPlan) -> list[str]:
        """The first few problems in words, and how many more there are."""
        problems = [str(p) for p in plan.problems]
        shown = ["• " + p for p in problems[:SHOWN_PROBLEMS]]
        more = len(problems) - SHOWN_PROBLEMS
        if more > 0:
            shown.append(self.tr("… and %n more.", "", more))
        return shown

    def _importable(self) -> bool:
        plan = self.plan
        return (
            plan is not None
            and not plan.problems
            and self.number is None
            and not self._register.read_only
        )

    def _say(self, text: str, role: Role = Role.ERROR) -> None:
        self.message.setText(text)
        set_role(self.message, role if text else Role.NONE)

    # -- importing ------------------------------------------------------------------
    def not_seen_question(self) -> str:
        """The confirmation naming how many listed items had no result (empty: none)."""
        plan = self.plan
        n = plan.blank_as_not_seen + plan.missing if plan is not None else 0
        if not n:
            return ""
        return self.tr(
            "%n listed item(s) had no result on the sheet. They will be recorded as not seen. "
            "Import the checklist?",
            "",
            n,
        )

    def import_plan(self, confirmed: bool = False) -> str | None:
        """Record the plan as one inspection (asking first about not seen); its number."""
        plan = self.plan
        if plan is None or not self._importable():
            return None
        question = self.not_seen_question()
        if question and not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Items without a result"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            number = self._register.checklists.record(plan, self._today)
        except Exception as exc:  # noqa: BLE001 - told to the user in plain words
            self._say(self.tr("Nothing was recorded: {reason}").format(reason=failure_text(exc)))
            return None
        self.number = number
        self.import_button.setEnabled(False)
        self._say(
            self.tr("Site check {number} recorded from the checklist.").format(number=number),
            Role.SUCCESS,
        )
        self.recorded.emit(number)
        return number


def open_checklist_import(host: Any) -> str | None:
    """Run the import dialog over `host.register`; the inspection's number, or None."""
    parent = host if isinstance(host, QWidget) else None
    dialog = ChecklistImportDialog(host.register, parent)
    run_dialog(dialog)
    return dialog.number
