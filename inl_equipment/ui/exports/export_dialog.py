"""Export the register: what, in which format, grouped how, and where; then write it.

The dialog stays open while the export runs on a worker thread (progress and
Cancel), so that after an error or a cancel the user can pick another folder and
try again; it closes once the file is written and the user has been told where.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.interchange.exporters import (
    FORMATS,
    ExportError,
    ExportResult,
    check_target,
    export_report,
)
from inl_equipment.services.columns import COLUMNS
from inl_equipment.services.register import Register
from inl_equipment.services.reports import (
    ALL_COLUMNS,
    DEFAULT_COLUMNS,
    GROUP_LABELS,
    describe_filters,
    load_for_export,
)
from inl_equipment.services.search import Query
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, Task, TaskContext

_FORMAT_NAMES = {"pdf": "PDF report (.pdf)", "xlsx": "Excel workbook (.xlsx)", "csv": "CSV (.csv)"}
_FILTERS = {
    "pdf": "PDF files (*.pdf)",
    "xlsx": "Excel workbooks (*.xlsx)",
    "csv": "CSV files (*.csv)",
}


def default_folder() -> Path:
    """The user's Documents folder (their home folder if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def describe_export_error(exc: BaseException, target: Path) -> str:
    """What went wrong, in words, and that nothing was left behind."""
    if isinstance(exc, ExportError):
        reason = str(exc)
    elif isinstance(exc, PermissionError):
        reason = (
            f"{target.name} could not be written: the file may be open in another program "
            "(close it there), or the folder may be read-only"
        )
    elif isinstance(exc, OSError):
        reason = f"the computer could not write the file ({exc.strerror or exc})"
    else:
        reason = f"something went wrong ({exc})"
    return f"The export failed: {reason}.\n\nNo file was written at {target}."


class ExportDialog(QDialog):
    """Asks what to export (the table as shown, or the whole register), the format,
    the grouping and the target file; then writes it behind a progress dialog.

    Signals:
        exported(object): the `ExportResult`, once written and the user told.
        export_failed(object): the exception of a failed or cancelled export.
    """

    exported = Signal(object)
    export_failed = Signal(object)

    def __init__(
        self,
        register: Register,
        query: Query,
        visible_columns: list[str],
        parent: QWidget | None = None,
        *,
        shown: int | None = None,
        filters_in_words: str = "",
        folder: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.register = register
        self.query = query
        self.visible_columns = list(visible_columns) or list(DEFAULT_COLUMNS)
        self.task: Task | None = None
        self.export_result: ExportResult | None = None
        self._today = today or date.today()
        shown_text = f"{shown:,} items, " if shown is not None else ""
        self.scope_shown = QRadioButton(
            f"The table as shown ({shown_text}with its search, filters, sort and columns)"
        )
        self.filters_label = QLabel(filters_in_words)
        self.filters_label.setWordWrap(True)
        self.filters_label.setStyleSheet("color: #555; margin-left: 22px;")
        self.filters_label.setVisible(bool(filters_in_words))
        self.scope_all = QRadioButton("The whole register (every item)")
        self.scope_shown.setChecked(True)
        scopes = QButtonGroup(self)
        scopes.addButton(self.scope_shown)
        scopes.addButton(self.scope_all)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for key in FORMATS:
            self.format.addItem(_FORMAT_NAMES[key], key)
        self.group = QComboBox()
        self.group.setObjectName("exportGroup")
        self.group.addItem("No grouping", None)
        for key, label in GROUP_LABELS.items():
            self.group.addItem(label, key)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.path = QLineEdit(str((folder or default_folder()) / self._file_name("pdf")))
        self.path.setObjectName("exportPath")
        self.browse_button = QPushButton("Browse…")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            "Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self._lay_out()
        self._connect_signals()
        self._format_changed()
        self.resize(620, self.sizeHint().height())

    def _lay_out(self) -> None:
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Group by", self.group)
        form.addRow("File", target)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>What to export</b>"))
        layout.addWidget(self.scope_shown)
        layout.addWidget(self.filters_label)
        layout.addWidget(self.scope_all)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.format.currentIndexChanged.connect(self._format_changed)
        self.scope_all.toggled.connect(self._update_hint)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

    # -- choices ------------------------------------------------------------------
    def _file_name(self, fmt: str) -> str:
        return f"inventory-{self._today.isoformat()}.{fmt}"

    def current_format(self) -> str:
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def set_group_by(self, key: str | None) -> None:
        self.group.setCurrentIndex(self.group.findData(key))

    def set_target(self, path: str | Path) -> None:
        """Choose the target file without the file dialog (tests, scripted use)."""
        self.path.setText(str(path))

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def group_by(self) -> str | None:
        if self.current_format() == "csv":
            return None
        key = self.group.currentData()
        return str(key) if key else None

    def export_columns(self) -> list[str]:
        """The visible columns in table order; every column for a whole-register sheet."""
        if self.scope_all.isChecked() and self.current_format() != "pdf":
            return list(ALL_COLUMNS)
        return self.visible_columns

    def export_query(self) -> Query:
        return Query() if self.scope_all.isChecked() else self.query

    def _format_changed(self) -> None:
        fmt = self.current_format()
        self.group.setEnabled(fmt != "csv")
        text = self.path.text().strip()
        if text and Path(text).suffix.lower().lstrip(".") in FORMATS:
            self.path.setText(str(Path(text).with_suffix(f".{fmt}")))
        self._update_hint()

    def _update_hint(self) -> None:
        fmt = self.current_format()
        hints = {
            "pdf": "A report for printing: totals, a summary by group with a chart, "
            "and every item in groups with subtotals.",
            "xlsx": "Typed cells (dates, amounts, quantities) with filters, and a "
            "Summary sheet by group.",
            "csv": "Plain text, UTF-8, one row per item: for other programs.",
        }
        hint = hints[fmt]
        if self.scope_all.isChecked():
            hint += (
                " The PDF shows the table's visible columns."
                if fmt == "pdf"
                else " Every column is included."
            )
        self.hint.setText(hint)

    def browse(self) -> None:
        fmt = self.current_format()
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text(), _FILTERS[fmt])
        if path:
            chosen = Path(path)
            self.set_target(chosen if chosen.suffix else chosen.with_suffix(f".{fmt}"))

    # -- running the export ----------------------------------------------------------
    def start_export(self) -> Task | None:
        """Check the target, then write the export on a worker thread."""
        fmt = self.current_format()
        target = self.target()
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
            self.set_target(target)
        try:
            target = check_target(target)
        except ExportError as exc:
            QMessageBox.warning(self, "Cannot export", f"{exc}. Choose another file.")
            return None
        if target.exists():
            answer = QMessageBox.question(
                self, "Replace file?", f"{target.name} already exists. Replace it?"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        register, query, columns = self.register, self.export_query(), self.export_columns()
        group_by = self.group_by()

        def work(ctx: TaskContext) -> ExportResult:
            report = load_for_export(register, query, columns, group_by=group_by)
            ctx.check()
            return export_report(report, target, fmt, progress=ctx.progress)

        self.export_button.setEnabled(False)
        task = run_with_progress(self, "Export", f"Writing {target.name}…", work)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(lambda exc: self._failed(exc, target))
        self.task = task
        return task

    def _succeeded(self, result: ExportResult) -> None:
        self.export_result = result
        self.export_button.setEnabled(True)
        box = QMessageBox(self)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Export finished")
        box.setText(f"Exported {result.rows:,} items to\n{result.path}")
        open_file = box.addButton("Open file", QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, target: Path) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, Cancelled):
            box = QMessageBox(QMessageBox.Icon.Critical, "Export failed", "", parent=self)
            box.setObjectName("exportFailed")
            box.setText(describe_export_error(exc, target))
            box.exec()
        self.export_failed.emit(exc)


class _Window(Protocol):
    """What the export needs of the main window."""

    register: Register

    @property
    def model(self) -> Any: ...

    @property
    def table(self) -> Any: ...


def visible_column_keys(table: QTableView) -> list[str]:
    """The table's shown columns, in the order the user arranged them."""
    header = table.horizontalHeader()
    keys = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if 0 <= logical < len(COLUMNS) and not header.isSectionHidden(logical):
            keys.append(COLUMNS[logical].key)
    return keys


def make_export_dialog(window: _Window) -> ExportDialog:
    """An export dialog for what the main window shows (query and visible columns)."""
    return ExportDialog(
        window.register,
        window.model.query,
        visible_column_keys(window.table),
        window,  # type: ignore[arg-type]
        shown=window.model.rowCount(),
        filters_in_words=describe_filters(window.model.query, window.model.snapshot.refs),
    )


def export_from_main_window(window: _Window) -> ExportDialog:
    """Open the export dialog for the main window's table (File ▸ Export…)."""
    # The count offered must be the table's full result, not the first screen.
    ensure = getattr(getattr(window, "view", None), "ensure_complete", None)
    if ensure is not None:
        ensure()
    dialog = make_export_dialog(window)
    dialog.exec()
    return dialog
