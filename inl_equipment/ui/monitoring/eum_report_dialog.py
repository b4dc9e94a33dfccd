"""The end-use monitoring (EUM) report of a calendar year or any range, as PDF or XLSX.

The report is computed and written on a worker thread (progress and Cancel),
whole or not at all; at the end the dialog states the verification rate (and its
denominator) and where the report went.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number, percent
from inl_equipment.services.eum_report_data import EumReport
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.monitoring.document_files import (
    SaveTarget,
    confirm_replace,
    failure_text,
    show_written,
    target_problem,
)
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext

FIRST_YEAR = 2000


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # as `formatting.day` writes dates
    return edit


class EumReportDialog(QDialog):
    """Choose the year (or the dates), the format and the file; then write the report.

    Signals:
        written(object): the `EumReport` written.
    """

    written = Signal(object)

    def __init__(
        self,
        register: Register,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
    ) -> None:
        """The report of `register`, last year's by default (`today` says which year that is)."""
        super().__init__(parent)
        self.setObjectName("eumReportDialog")
        self.setWindowTitle(self.tr("End-use monitoring report"))
        self._register = register
        self._today = today or date.today()
        self.task: Task | None = None
        self.report: EumReport | None = None
        self.path: Path | None = None
        self.by_year = QRadioButton(self.tr("Calendar &year"))
        self.by_range = QRadioButton(self.tr("&From"))
        self.by_year.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_year)
        group.addButton(self.by_range)
        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(FIRST_YEAR, self._today.year)
        self.year.setValue(self._today.year - 1)
        self.start_edit = _date_edit(date(self._today.year, 1, 1))
        self.end_edit = _date_edit(self._today)
        self.target = SaveTarget(settings or QSettings(), self._stem())
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(
            self.tr("&Write report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        self._lay_out()
        self._connect_signals()
        self._scope_changed()
        self.resize(620, self.sizeHint().height())

    def _lay_out(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.by_year, self.year)
        form.addRow(self.by_range, dates)
        form.addRow(self.tr("Format"), self.target.format)
        form.addRow(self.tr("File"), self.target)
        hint = QLabel(
            self.tr(
                "The verification rate overall, by agency and by province; per site the items "
                "held, checked and their results; incidents and disposals of the period; items "
                "not checked for more than 24 months. The report for a year is due on "
                "31 January of the next."
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
        self.by_year.toggled.connect(lambda _on: self._scope_changed())
        self.year.valueChanged.connect(lambda _y: self._period_changed())
        self.start_edit.dateChanged.connect(lambda _d: self._period_changed())
        self.end_edit.dateChanged.connect(lambda _d: self._period_changed())
        self.target.changed.connect(lambda: self._say(""))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def _stem(self) -> str:
        if self.by_year.isChecked():
            return f"eum-report-{self.year.value()}"
        start, end = self.period()
        return f"eum-report-{start.isoformat()}-to-{end.isoformat()}"

    def _scope_changed(self) -> None:
        self.year.setEnabled(self.by_year.isChecked())
        self.start_edit.setEnabled(self.by_range.isChecked())
        self.end_edit.setEnabled(self.by_range.isChecked())
        self._period_changed()

    def _period_changed(self) -> None:
        # The file is named after the period until the user names it otherwise.
        if self.target.target().stem.startswith("eum-report-"):
            self.target.set_stem(self._stem())
        self._say("")

    def _say(self, text: str, role: Role = Role.ERROR) -> None:
        self.message.setText(text)
        set_role(self.message, role if text else Role.NONE)

    # -- the period -------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        """Report on calendar year `year`."""
        self.by_year.setChecked(True)
        self.year.setValue(year)

    def set_range(self, start: date, end: date) -> None:
        """Report on `start`..`end`."""
        self.by_range.setChecked(True)
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))

    def period(self) -> tuple[date, date]:
        """The first and last day reported on."""
        if self.by_year.isChecked():
            year = self.year.value()
            return date(year, 1, 1), date(year, 12, 31)
        return _date(self.start_edit.date()), _date(self.end_edit.date())

    def problem(self) -> str | None:
        """What is wrong in the form (None: the report can be written)."""
        start, end = self.period()
        if start > end:
            ends = self.tr("The period ends before it starts: the end must be on or after {day}.")
            return ends.format(day=start.isoformat())
        if start > self._today:
            return self.tr("The period starts after today: there is nothing to report yet.")
        return target_problem(self.target.target())

    # -- writing --------------------------------------------------------------------
    def start(self) -> Task | None:
        """Check the form, then compute and write the report on a worker thread."""
        problem = self.problem()
        if problem:
            self._say(problem)
            return None
        target = self.target.target()
        if not confirm_replace(self, target):
            return None
        monitoring, (start, end), today = self._register.monitoring, self.period(), self._today

        def work(ctx: TaskContext) -> EumReport:
            report = monitoring.eum_report(start, end, today)
            ctx.check()
            monitoring.write_eum_report(report, target)
            return report

        self.write_button.setEnabled(False)
        self._say(self.tr("Writing {name}…").format(name=target.name), Role.MUTED)
        label = self.tr("Writing the report {name}…").format(name=target.name)
        task = run_with_progress(self, self.tr("End-use monitoring report"), label, work)
        task.succeeded.connect(lambda report: self._succeeded(report, target))
        task.failed.connect(lambda exc: self._failed(exc, target))
        self.task = task
        return task

    def rate_text(self, report: EumReport) -> str:
        """The verification rate in words, with its denominator."""
        totals = report.totals
        if not totals.held:
            return self.tr("No item was held by a recipient unit at the start of the period.")
        return self.tr(
            "Verification rate: {rate} ({verified} of {held} items held at the start)."
        ).format(
            rate=percent(totals.rate),
            verified=number(totals.verified_held),
            held=number(totals.held),
        )

    def _succeeded(self, report: EumReport, target: Path) -> None:
        self.write_button.setEnabled(True)
        self.report, self.path = report, target
        self.target.remember()
        text = self.rate_text(report) + "\n" + self.tr("Written to {path}").format(path=target)
        self._say(text, Role.SUCCESS)
        self.written.emit(report)
        show_written(self, self.tr("Report written"), text, [target])
        self.accept()

    def _failed(self, exc: BaseException, target: Path) -> None:
        self.write_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was written."), Role.MUTED)
            return
        reason = failure_text(exc, target)
        self._say(self.tr("{reason} Nothing was written.").format(reason=reason))


def open_eum_report(host: Any) -> Path | None:
    """Run the report dialog over `host.register`; the file written, or None."""
    parent = host if isinstance(host, QWidget) else None
    dialog = EumReportDialog(host.register, parent)
    run_dialog(dialog)
    return dialog.path
