"""Export the register: what, in which format, grouped how, and where; then write it.

The dialog stays open while the export runs on a worker thread (progress and
Cancel), so that after an error or a cancel the user can pick another folder and
try again; it closes once the file is written and the user has been told where.
The count of items exported goes through the catalogue's plural forms with
`i18n.translate` (context "ExportDialog"), so its English forms come from the
catalogue with or without a Qt translator; the rest of the text is `self.tr`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.interchange.exporters import (
    FORMATS,
    AtomicWriteError,
    ExportError,
    ExportResult,
    check_target,
    export_report,
)
from inl_equipment.services.register import Register
from inl_equipment.services.reports import (
    ALL_COLUMNS,
    DEFAULT_COLUMNS,
    PDF_COLUMNS,
    group_choices,
    load_for_export,
)
from inl_equipment.services.search import Query
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext


def default_folder() -> Path:
    """The user's Documents folder (their home folder if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def failure_reason(exc: BaseException, target: Path) -> str:
    """Why `target` could not be written, in words (an export's own message, or the OS's)."""
    if isinstance(exc, ExportError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return translate(
            "ExportDialog",
            "{name} could not be written: the file may be open in another program "
            "(close it there), or the folder may be read-only",
        ).format(name=target.name)
    if isinstance(exc, OSError):
        return translate("ExportDialog", "the computer could not write the file ({error})").format(
            error=exc.strerror or str(exc)
        )
    return translate("ExportDialog", "something went wrong ({error})").format(error=str(exc))


def describe_export_error(exc: BaseException, target: Path) -> str:
    """What went wrong, in words, and that nothing was left behind."""
    return translate(
        "ExportDialog", "The export failed: {reason}.\n\nNo file was written at {path}."
    ).format(reason=failure_reason(exc, target), path=target)


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
        """Export `query` with `visible_columns` (or the whole register) from `register`.

        `shown` is the table's row count and `filters_in_words` its filters, both
        for the "as shown" choice; the file goes to `folder` (Documents by
        default), named after `today`.
        """
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.register = register
        self.query = query
        self.visible_columns = list(visible_columns) or list(DEFAULT_COLUMNS)
        self.task: Task | None = None
        self.export_result: ExportResult | None = None
        self._today = today or date.today()
        self._make_scopes(shown, filters_in_words)
        self._make_choices(folder or default_folder())
        self._lay_out()
        self._connect_signals()
        self._format_changed()
        self.resize(620, self.sizeHint().height())

    def _make_scopes(self, shown: int | None, filters_in_words: str) -> None:
        if shown is None:
            text = self.tr("The table as shown (with its search, filters, sort and columns)")
        else:
            text = translate(
                "ExportDialog",
                "The table as shown ({count} item(s), with its search, filters, sort and columns)",
                None,
                shown,
            ).format(count=number(shown))
        self.scope_shown = QRadioButton(text)
        self.filters_label = QLabel(filters_in_words)
        self.filters_label.setWordWrap(True)
        set_role(self.filters_label, Role.HINT)
        self.filters_label.setVisible(bool(filters_in_words))
        self.scope_all = QRadioButton(self.tr("The whole register (every item)"))
        self.scope_shown.setChecked(True)
        scopes = QButtonGroup(self)
        scopes.addButton(self.scope_shown)
        scopes.addButton(self.scope_all)

    def _make_choices(self, folder: Path) -> None:
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        names = {
            "pdf": self.tr("PDF report (.pdf)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "csv": self.tr("CSV (.csv)"),
        }
        for key in FORMATS:
            self.format.addItem(names[key], key)
        self.group = QComboBox()
        self.group.setObjectName("exportGroup")
        self.group.addItem(self.tr("No grouping"), None)
        for key, label in group_choices():
            self.group.addItem(label, key)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, Role.MUTED)
        self.path = QLineEdit(str(folder / self._file_name("pdf")))
        self.path.setObjectName("exportPath")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)

    def _lay_out(self) -> None:
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Group by"), self.group)
        form.addRow(self.tr("File"), target)
        what = QLabel(self.tr("What to export"))
        set_role(what, Role.STRONG)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
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
        """The chosen format: "pdf", "xlsx" or "csv"."""
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        """Choose the format ("pdf", "xlsx", "csv") as if picked in its list."""
        self.format.setCurrentIndex(self.format.findData(fmt))

    def set_group_by(self, key: str | None) -> None:
        """Choose the grouping (a `services.reports` group key; None: no grouping)."""
        self.group.setCurrentIndex(self.group.findData(key))

    def set_target(self, path: str | Path) -> None:
        """Choose the target file without the file dialog (tests, scripted use)."""
        self.path.setText(str(path))

    def target(self) -> Path:
        """The file to write, as typed."""
        return Path(self.path.text().strip()).expanduser()

    def group_by(self) -> str | None:
        """The grouping to export with (never for CSV)."""
        if self.current_format() == "csv":
            return None
        key = self.group.currentData()
        return str(key) if key else None

    def export_columns(self) -> list[str]:
        """The visible columns in table order; for the whole register, every column in a
        sheet and the report's standard columns in a PDF."""
        if self.scope_all.isChecked():
            return list(PDF_COLUMNS if self.current_format() == "pdf" else ALL_COLUMNS)
        return self.visible_columns

    def standard_columns(self) -> bool:
        """True when nobody chose the columns (the whole register): the PDF's standard set."""
        return self.scope_all.isChecked()

    def export_query(self) -> Query:
        """The table's query, or every item for the whole register."""
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
            "pdf": self.tr(
                "A report for printing: totals, a summary by group with a chart, "
                "every item in groups with subtotals, and a certification to sign."
            ),
            "xlsx": self.tr(
                "Typed cells (dates, amounts, quantities) with filters, and a Summary sheet "
                "by group."
            ),
            "csv": self.tr("Plain text, UTF-8, one row per item: for other programs."),
        }
        hint = hints[fmt]
        if self.scope_all.isChecked():
            hint += " " + (
                self.tr(
                    "The PDF shows the report's standard columns, one line an item: asset tag, "
                    "description and serial number, quantity, total value, holder, location, "
                    "condition, acquired."
                )
                if fmt == "pdf"
                else self.tr("Every column is included.")
            )
        self.hint.setText(hint)

    def browse(self) -> None:
        """Ask for the target file (its extension follows the format)."""
        fmt = self.current_format()
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), filters[fmt]
        )
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
        except AtomicWriteError as exc:  # ExportError, or no temporary file
            QMessageBox.warning(
                self,
                self.tr("Cannot export"),
                self.tr("{problem}. Choose another file.").format(problem=str(exc)),
            )
            return None
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace file?"),
                self.tr("{name} already exists. Replace it?").format(name=target.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        register, query, columns = self.register, self.export_query(), self.export_columns()
        group_by, standard = self.group_by(), self.standard_columns()

        def work(ctx: TaskContext) -> ExportResult:
            # Prepared by the register's operator (the name asked at start-up).
            report = load_for_export(
                register, query, columns, group_by=group_by, standard_columns=standard
            )
            ctx.check()
            return export_report(report, target, fmt, progress=ctx.progress)

        self.export_button.setEnabled(False)
        label = self.tr("Writing {name}…").format(name=target.name)
        task = run_with_progress(self, self.tr("Export"), label, work)
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
        box.setWindowTitle(self.tr("Export finished"))
        n = result.rows
        done = translate("ExportDialog", "Exported {count} item(s) to\n{path}", None, n)
        box.setText(done.format(count=number(n), path=result.path))
        if result.warnings:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText("\n".join(str(w) for w in result.warnings))
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        run_dialog(box)
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, target: Path) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, Cancelled):
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Export failed"))
            box.setObjectName("exportFailed")
            box.setText(describe_export_error(exc, target))
            run_dialog(box)
        self.export_failed.emit(exc)
