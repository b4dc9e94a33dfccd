"""The reports dialog: the handover register or the funding report, of a period, to a file.

Choose the report, the period (this year, last year, all dates, or dates of one's
own), the format and the file; the report is read and written on a worker thread
(progress and Cancel), whole or not at all. The handover register's period is the
receipts' dates; the funding report's, the items' acquisition dates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.interchange.officer_reports import (
    FUNDING_REPORT_FORMATS,
    HANDOVER_REGISTER_FORMATS,
)
from inl_equipment.services.register import Register
from inl_equipment.services.report_period import Period
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.monitoring.document_files import (
    confirm_replace,
    failure_text,
    show_written,
    target_problem,
)
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.reports.report_target import ReportTarget
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext

HANDOVER_REGISTER = "handover_register"
FUNDING_REPORT = "funding_report"
_FORMATS = {HANDOVER_REGISTER: HANDOVER_REGISTER_FORMATS, FUNDING_REPORT: FUNDING_REPORT_FORMATS}
_STEMS = {HANDOVER_REGISTER: "handover-register", FUNDING_REPORT: "funding-report"}
#: The period choices, in the list's order.
THIS_YEAR, LAST_YEAR, ALL_DATES, DATES = "this_year", "last_year", "all", "dates"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # as `formatting.day` writes dates
    return edit


class ReportDialog(QDialog):
    """Choose the report, period, format and file; then write the report.

    Signals:
        written(object): the path of the file written.
    """

    written = Signal(object)

    def __init__(
        self,
        register: Register,
        parent: QWidget | None = None,
        *,
        kind: str = HANDOVER_REGISTER,
        settings: QSettings | None = None,
        today: date | None = None,
    ) -> None:
        """The reports of `register`; `kind` chosen first, this year's by default."""
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Reports"))
        self._register = register
        self._today = today or date.today()
        self.task: Task | None = None
        self.path: Path | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.addItem(self.tr("Handover register"), HANDOVER_REGISTER)
        self.kind.addItem(self.tr("Funding report"), FUNDING_REPORT)
        self.period_choice = QComboBox()
        self.period_choice.setObjectName("reportPeriod")
        self.period_choice.addItem(self.tr("This year"), THIS_YEAR)
        self.period_choice.addItem(self.tr("Last year"), LAST_YEAR)
        self.period_choice.addItem(self.tr("All dates"), ALL_DATES)
        self.period_choice.addItem(self.tr("These dates"), DATES)
        self.start_edit = _date_edit(date(self._today.year, 1, 1))
        self.end_edit = _date_edit(self._today)
        self.target = ReportTarget(settings or QSettings(), "report")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, Role.HINT)
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
        self.set_kind(kind)
        self._choice_changed()
        self.resize(620, self.sizeHint().height())

    def _lay_out(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.period_choice)
        dates.addWidget(self.start_edit)
        self.to_label = QLabel(self.tr("to"))
        dates.addWidget(self.to_label)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Period"), dates)
        form.addRow(self.tr("Format"), self.target.format)
        form.addRow(self.tr("File"), self.target)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.hint)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.period_choice.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.start_edit.dateChanged.connect(lambda _d: self._period_changed())
        self.end_edit.dateChanged.connect(lambda _d: self._period_changed())
        self.target.changed.connect(lambda: self._say(""))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    # -- the choices ------------------------------------------------------------------
    def current_kind(self) -> str:
        """The report chosen: `HANDOVER_REGISTER` or `FUNDING_REPORT`."""
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        """Choose the report as if picked in its list."""
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.target.set_formats(_FORMATS[self.current_kind()])
        if self.current_kind() == HANDOVER_REGISTER:
            hint = self.tr(
                "Every handover, return and transfer dated in the period: parties, location, "
                "items and value; void receipts marked with their reissue; totals by kind."
            )
        else:
            hint = self.tr(
                "The items acquired in the period by funding source and agreement: value, "
                "federal share, and how many are still held, handed over, lost or disposed."
            )
        self.hint.setText(hint)
        self._period_changed()

    def set_period(self, start: date | None, end: date | None) -> None:
        """Report on `start`..`end` (None on both sides: all dates)."""
        if start is None and end is None:
            self.period_choice.setCurrentIndex(self.period_choice.findData(ALL_DATES))
            return
        self.period_choice.setCurrentIndex(self.period_choice.findData(DATES))
        self.start_edit.setDate(_qdate(start or date(2000, 1, 1)))
        self.end_edit.setDate(_qdate(end or self._today))

    def _choice_changed(self) -> None:
        choice = self.period_choice.currentData()
        year = {THIS_YEAR: self._today.year, LAST_YEAR: self._today.year - 1}.get(choice)
        if year is not None:
            for edit, d in ((self.start_edit, 1), (self.end_edit, 12)):
                edit.blockSignals(True)
                edit.setDate(_qdate(date(year, d, 1 if d == 1 else 31)))
                edit.blockSignals(False)
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(choice == DATES)
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(choice != ALL_DATES)
        self._period_changed()

    def period(self) -> Period:
        """The period chosen (ValueError when it ends before it starts)."""
        if self.period_choice.currentData() == ALL_DATES:
            return Period()
        return Period(_date(self.start_edit.date()), _date(self.end_edit.date()))

    def _period_changed(self) -> None:
        # The file is named after the report and period until the user names it otherwise.
        stem = self.target.target().stem
        if stem == "report" or stem.startswith(tuple(_STEMS.values())):
            try:
                part = self.period().file_part()
            except ValueError:
                part = "dates"
            self.target.set_stem(f"{_STEMS[self.current_kind()]}-{part}")
        self._say("")

    def _say(self, text: str, role: Role = Role.ERROR) -> None:
        self.message.setText(text)
        set_role(self.message, role if text else Role.NONE)

    def problem(self) -> str | None:
        """What is wrong in the form (None: the report can be written)."""
        start, end = _date(self.start_edit.date()), _date(self.end_edit.date())
        if self.period_choice.currentData() != ALL_DATES and start > end:
            ends = self.tr("The period ends before it starts: the end must be on or after {day}.")
            return ends.format(day=start.isoformat())
        return target_problem(self.target.target())

    # -- writing ----------------------------------------------------------------------
    def start(self) -> Task | None:
        """Check the form, then read and write the report on a worker thread."""
        problem = self.problem()
        if problem:
            self._say(problem)
            return None
        target = self.target.target()
        if not confirm_replace(self, target):
            return None
        reports, period, kind = self._register.reports, self.period(), self.current_kind()

        def work(ctx: TaskContext) -> Path:
            ctx.progress(0, 2)
            if kind == HANDOVER_REGISTER:
                register = reports.handover_register(period)
                ctx.progress(1, 2)
                written = reports.write_handover_register(register, target)
            else:
                report = reports.funding_report(period)
                ctx.progress(1, 2)
                written = reports.write_funding_report(report, target)
            ctx.progress(2, 2)
            return written

        self.write_button.setEnabled(False)
        self._say(self.tr("Writing {name}…").format(name=target.name), Role.MUTED)
        label = self.tr("Writing the report {name}…").format(name=target.name)
        task = run_with_progress(self, self.windowTitle(), label, work)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(lambda exc: self._failed(exc, target))
        self.task = task
        return task

    def _succeeded(self, path: Path) -> None:
        self.write_button.setEnabled(True)
        self.path = path
        self.target.remember()
        text = self.tr("Written to {path}").format(path=path)
        self._say(text, Role.SUCCESS)
        self.written.emit(path)
        show_written(self, self.tr("Report written"), text, [path])
        self.accept()

    def _failed(self, exc: BaseException, target: Path) -> None:
        self.write_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was written."), Role.MUTED)
            return
        reason = failure_text(exc, target)
        self._say(self.tr("{reason} Nothing was written.").format(reason=reason))


def open_reports(host: Any, kind: str = HANDOVER_REGISTER) -> Path | None:
    """Run the reports dialog over `host.register` with `kind` chosen; the file written."""
    parent = host if isinstance(host, QWidget) else None
    settings = getattr(host, "settings", None)
    dialog = ReportDialog(host.register, parent, kind=kind, settings=settings)
    run_dialog(dialog)
    return dialog.path
