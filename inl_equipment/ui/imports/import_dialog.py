"""Import items from a spreadsheet: map the columns, preview every row, import.

The dialog holds no SQL and no session: reading the file, checking the rows
(`importer.prepare`) and writing them (`import_commit.commit`) each run on a
worker thread as one unit of work, with progress and Cancel.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.interchange.import_commit import (
    ImportBlockedError,
    ImportResult,
    StaleImportError,
)
from inl_equipment.interchange.import_source import (
    MAPPINGS_FILE,
    ImportSource,
    initial_mapping,
    read_source,
    remember_mapping,
)
from inl_equipment.interchange.importer import ImportPlan, plural
from inl_equipment.interchange.readers import ReadError
from inl_equipment.paths import default_data_dir
from inl_equipment.services.register import Register
from inl_equipment.ui.imports.import_mapping_page import MappingPage
from inl_equipment.ui.imports.import_preview_page import PreviewPage
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, Task, TaskContext, start

_KINDS = {"category": ("category", "categories"), "agency": ("agency", "agencies"),
          "location": ("location", "locations"),
          "funding": ("funding source", "funding sources")}  # fmt: skip


class ImportDialog(QDialog):
    """Three steps on one stack: column mapping, preview with options, summary.

    Signals:
        imported(object): the `ImportResult` after the items were written.
    """

    imported = Signal(object)

    def __init__(
        self,
        register: Register,
        path: Path,
        mappings_path: Path,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(f"Import {Path(path).name}")
        self.register = register
        self.path = Path(path)
        self.mappings_path = Path(mappings_path)
        self.today = today
        self.source: ImportSource | None = None
        self.import_result: ImportResult | None = None
        self._task: Task | None = None
        self._came_from: QWidget | None = None
        self.loading = self._loading_page()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.summary_page = self._summary_page()
        self.stack = QStackedWidget()
        for page in (self.loading, self.mapping_page, self.preview_page, self.summary_page):
            self.stack.addWidget(page)
        self.back_button = QPushButton("‹ &Back")
        self.next_button = QPushButton("&Next ›")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel")
        for name, button in (("back", self.back_button), ("next", self.next_button),
                             ("cancel", self.cancel_button)):  # fmt: skip
            button.setObjectName(f"{name}Button")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self._cancel)
        self.mapping_page.changed.connect(self._update_buttons)
        self.preview_page.options_changed.connect(self._plan)
        self.preview_page.state_changed.connect(self._update_buttons)
        self.resize(1100, 700)
        self._read()

    def _summary_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("summaryPage")
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setContentsMargins(12, 12, 12, 12)
        self.summary_rejects = QPushButton("Save &rejected rows as CSV…")
        self.summary_rejects.setObjectName("summarySaveRejects")
        self.summary_rejects.setToolTip(self.preview_page.save_rejects_button.toolTip())
        self.summary_rejects.clicked.connect(lambda: self.preview_page.save_rejects())
        note = QLabel()
        note.setObjectName("summaryRejectsNote")
        self.preview_page.rejects_saved.connect(note.setText)
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 12, 0)
        row.addWidget(self.summary_rejects)
        row.addWidget(note, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def save_rejects(self, path: Path | None = None) -> Path | None:
        """Save the rows left out for errors as CSV (to `path`, else where the user says)."""
        return self.preview_page.save_rejects(path)

    def _loading_page(self) -> QWidget:
        page = QWidget()
        self.loading_label = QLabel()
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setWordWrap(True)
        self.loading_bar = QProgressBar()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.loading_bar)
        layout.addStretch(2)
        return page

    # -- steps ----------------------------------------------------------------
    def _read(self) -> None:
        path = self.path

        def done(source: ImportSource) -> None:
            self.source = source
            mapping, saved = initial_mapping(source.table.headers, self.mappings_path)
            self.mapping_page.set_source(source, mapping, saved)
            self._show(self.mapping_page)

        self._run(lambda _ctx: read_source(path), f"Reading {path.name}…", done)

    def _plan(self) -> None:
        source, imports = self.source, self.register.imports
        if source is None:
            return
        mapping = self.mapping_page.mapping()
        options = self.preview_page.options()
        options = dataclasses.replace(options, date_order=self.mapping_page.date_order())
        today = self.today

        def work(ctx: TaskContext) -> ImportPlan:
            return imports.prepare(source, mapping, options, progress=ctx.progress, today=today)

        def done(plan: ImportPlan) -> None:
            self.preview_page.set_plan(plan)
            self._show(self.preview_page)

        n = len(source.table.rows)
        self._run(work, f"Checking {plural(n, 'row')} against the register…", done)

    def _commit(self) -> None:
        plan = self.preview_page.plan
        if plan is None or plan.blocked:
            return
        imports, today = self.register.imports, self.today
        n = plan.counts.create + plan.counts.update

        def work(ctx: TaskContext) -> ImportResult:
            return imports.commit(plan, progress=ctx.progress, today=today)

        self.next_button.setEnabled(False)
        task = run_with_progress(self, "Import", f"Importing {plural(n, 'item')}…", work)
        task.succeeded.connect(self._committed)
        task.failed.connect(self._commit_failed)

    def _committed(self, result: ImportResult) -> None:
        self.import_result = result
        lines = [f"<b>{plural(result.created, 'new item')}</b>"]
        if result.updated:
            lines[0] += f" and <b>{result.updated:,} updated</b>"
        one = result.created == 1 and not result.updated
        lines[0] += f" {'is' if one else 'are'} in the register."
        if result.skipped:
            n = result.skipped
            lines.append(f"{plural(n, 'row')} {_was(n)} skipped.")
        if result.excluded:
            n = result.excluded
            lines.append(f"{plural(n, 'row')} with errors {_was(n)} left out.")
        for kind, names in result.refs_created.items():
            more = f" and {len(names) - 10} more" if len(names) > 10 else ""
            word = _KINDS[kind][len(names) != 1]
            shown = html.escape(", ".join(names[:10]))
            lines.append(f"New {word}: {shown}{more}.")
        plan = self.preview_page.plan
        if plan is not None and any("(no province" in r.message for r in plan.new_refs):
            lines.append(
                "Locations whose name mentions no province were put in Vientiane Capital: "
                "correct them under Locations."
            )
        lines.append(f"Recorded in the history as import #{result.import_id}.")
        body = "</p><p>".join(lines)
        self.summary.setText(f"<h3>Import finished</h3><p>{body}</p>")
        self.summary_rejects.setVisible(result.excluded > 0)
        self._show(self.summary_page)
        self.imported.emit(result)

    def _commit_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, "Import", "Import cancelled: nothing was changed.")
        elif isinstance(exc, StaleImportError):
            QMessageBox.information(self, "Import", str(exc))
            self._plan()
        elif isinstance(exc, ImportBlockedError):
            QMessageBox.warning(self, "Import", str(exc))
        else:
            QMessageBox.warning(self, "Import", f"The import failed and nothing was changed: {exc}")

    # -- running work off the GUI thread --------------------------------------
    def _run(
        self, fn: Callable[[TaskContext], Any], label: str, done: Callable[[Any], None]
    ) -> None:
        back_to = self.stack.currentWidget() or self.mapping_page
        self._came_from = back_to if back_to is not self.loading else self.mapping_page
        self.loading_label.setText(label)
        self.loading_bar.setRange(0, 0)
        task = Task(fn, self)
        self._task = task
        self._show(self.loading)

        def progressed(n: int, total: int) -> None:
            self.loading_bar.setRange(0, max(total, 1))
            self.loading_bar.setValue(n)

        def succeeded(result: Any) -> None:
            if self._task is task:  # not cancelled meanwhile
                self._task = None
                done(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled) or self._task is not task:
                return
            if self.source is None:
                what = "cannot be imported" if isinstance(exc, ReadError) else "cannot be read"
                self.loading_label.setText(f"<b>This file {what}.</b><br>{exc}")
                self.loading_bar.hide()
            else:
                QMessageBox.warning(self, "Import", f"The rows could not be checked: {exc}")
                self._show(back_to)

        def finished() -> None:
            if self._task is task:
                self._task = None
                self._update_buttons()

        task.progressed.connect(progressed)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.finished.connect(finished)
        self.loading_bar.show()
        start(task)

    # -- navigation -------------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentWidget()
        busy = self._task is not None
        self.back_button.setVisible(page is self.preview_page)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page is not self.summary_page)
        self.next_button.setText("&Import" if page is self.preview_page else "&Next ›")
        if page is self.mapping_page:
            self.next_button.setEnabled(not busy and self.mapping_page.ready())
        elif page is self.preview_page:
            self.next_button.setEnabled(not busy and self.preview_page.can_import())
        else:
            self.next_button.setEnabled(False)
        done = page is self.summary_page or (page is self.loading and not busy)
        self.cancel_button.setText("Close" if done else "Cancel")

    def _back(self) -> None:
        if self.stack.currentWidget() is self.preview_page:
            self._show(self.mapping_page)

    def _next(self) -> None:
        page = self.stack.currentWidget()
        if page is self.mapping_page and self.mapping_page.ready():
            if self.mapping_page.remember.isChecked() and self.source is not None:
                try:
                    remember_mapping(
                        self.mappings_path, self.source.table.headers, self.mapping_page.mapping()
                    )
                except OSError as exc:
                    # Not being able to remember is no reason to stop the import.
                    QMessageBox.warning(
                        self, "Import", f"The column mapping could not be saved: {exc}"
                    )
            self._plan()
        elif page is self.preview_page:
            self._commit()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            if self.source is not None and self.stack.currentWidget() is self.loading:
                # Checking was cancelled: back to the step the user came from, as it was.
                plan = self.preview_page.plan
                if plan is not None:
                    self.preview_page.show_options(plan.options)
                self._show(self._came_from or self.mapping_page)
                return
        if self.import_result is not None:
            self.accept()
        else:
            self.reject()


def _was(n: int) -> str:
    return "was" if n == 1 else "were"


def default_mappings_path(settings: QSettings | None = None) -> Path:
    """Where saved column mappings live: beside an INI settings file, else the data folder."""
    if settings is not None and settings.format() == QSettings.Format.IniFormat:
        return Path(settings.fileName()).parent / MAPPINGS_FILE
    return default_data_dir() / MAPPINGS_FILE


def import_file(window: Any, path: Path, mappings_path: Path | None = None) -> ImportResult | None:
    """Open the import dialog on `path` over `window`; the import's result, if it ran."""
    if mappings_path is None:
        mappings_path = default_mappings_path(getattr(window, "settings", None))
    dialog = ImportDialog(window.register, Path(path), mappings_path, window)
    try:
        dialog.exec()
        result = dialog.import_result
    finally:
        dialog.deleteLater()
    return result
