"""File → Expiring lots report…: the period of uses, the file, and the writing on a Task."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.services.register import Register
from inl_equipment.ui.errors import describe_error
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext, start


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class LotsReportDialog(QDialog):
    """Choose the period of uses and the file (.pdf or .xlsx); Write runs on a worker."""

    def __init__(
        self, register: Register, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        """The dialog for `register`'s lots report; the period defaults to this year so far."""
        super().__init__(parent)
        self.setObjectName("lotsReportDialog")
        self.setWindowTitle(self.tr("Expiring lots report"))
        self._register = register
        self._today = today or date.today()
        self.task: Task | None = None
        self.written: Path | None = None
        self.start_date = QDateEdit(_qdate(self._today.replace(month=1, day=1)))
        self.end_date = QDateEdit(_qdate(self._today))
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.path = QLineEdit()
        self.path.setObjectName("lotsReportPath")
        self.path.setPlaceholderText(self.tr("a .pdf or .xlsx file"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("&Write"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Uses &from"), self.start_date)
        form.addRow(self.tr("Uses &to"), self.end_date)
        form.addRow(self.tr("&File"), row)
        box = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Kits and lots with an expiry date as of today (expired, expiring within "
                "90 days, later), and what was used or distributed in the period."
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the lots report"),
            self.path.text() or "lots-report.pdf",
            self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _problem(self) -> str:
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose the file to write.")
        if Path(text).suffix.lower() not in (".pdf", ".xlsx"):
            return self.tr("The file must end in .pdf or .xlsx.")
        if _day(self.start_date) > _day(self.end_date):
            return self.tr("The period starts after it ends.")
        return ""

    def start(self) -> Task | None:
        """Write the report on a worker thread (None when the form is not complete)."""
        problem = self._problem()
        if problem:
            self._say(problem, Role.ERROR)
            return None
        target = Path(self.path.text().strip())
        period = (_day(self.start_date), _day(self.end_date))
        lots, today = self._register.lots, self._today

        def work(ctx: TaskContext) -> Path:
            data = lots.report(*period, today=today)
            ctx.check()  # a cancel before the file is written leaves nothing
            return lots.write_report(data, target)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._failed)
        self.write_button.setEnabled(False)
        self.progress.show()
        self._say(self.tr("Writing…"), Role.MUTED)
        return start(self.task)

    def _written(self, path: Any) -> None:
        self.written = Path(path)
        self.task = None
        self.progress.hide()
        self.accept()

    def _failed(self, exc: Any) -> None:
        self.task = None
        self.progress.hide()
        self.write_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: no file was written."), Role.MUTED)
            return
        title, detail = describe_error(exc)
        self._say(f"{title}: {detail}" if detail else title, Role.ERROR)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()

    def _say(self, text: str, role: Role) -> None:
        self.message.setText(text)
        set_role(self.message, role)
