"""Import items from a spreadsheet: map the columns, preview every row, import.

The dialog holds no SQL and no session: reading the file, checking the rows
(`importer.prepare`) and writing them (`import_commit.commit`) each run on a
worker thread as one unit of work, with progress and Cancel.

Counts go through the catalogue's plural forms with `i18n.translate` (context
"ImportDialog"), so their English forms come from the catalogue with or without
a Qt translator; the rest of the text is `self.tr`.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
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

from inl_equipment.formatting import number
from inl_equipment.i18n import translate
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
from inl_equipment.interchange.importer import ImportPlan
from inl_equipment.interchange.readers import ReadError
from inl_equipment.paths import default_data_dir
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.imports.import_mapping_page import MappingPage
from inl_equipment.ui.imports.import_preview_page import PreviewPage
from inl_equipment.ui.imports.import_summary_page import SummaryPage
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, Task, TaskContext, start


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
        """Read `path` at once (on a worker thread); mappings are remembered in `mappings_path`.

        `today` fixes the date the rows are checked against (tests).
        """
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=Path(path).name))
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
        self.summary_page = SummaryPage(self.preview_page.save_rejects_button.toolTip())
        self.summary = self.summary_page.text
        self.stack = QStackedWidget()
        for page in (self.loading, self.mapping_page, self.preview_page, self.summary_page):
            self.stack.addWidget(page)
        self.back_button = QPushButton(self.tr("‹ &Back"))
        self.next_button = QPushButton(self.tr("&Next ›"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
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
        self._connect_signals()
        self.resize(1100, 700)
        self._read()

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self._cancel)
        self.mapping_page.changed.connect(self._update_buttons)
        self.preview_page.options_changed.connect(self._plan)
        self.preview_page.state_changed.connect(self._update_buttons)
        self.preview_page.rejects_saved.connect(self.summary_page.rejects_note.setText)
        self.summary_page.save_rejects_requested.connect(self._save_rejects_clicked)

    def save_rejects(self, path: Path | None = None) -> Path | None:
        """Save the rows left out for errors as CSV (to `path`, else where the user says)."""
        return self.preview_page.save_rejects(path)

    def _save_rejects_clicked(self) -> None:
        self.preview_page.save_rejects()

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

        label = self.tr("Reading {name}…").format(name=path.name)
        self._run(lambda _ctx: read_source(path), label, done)

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
        label = translate("ImportDialog", "Checking {count} row(s) against the register…", None, n)
        self._run(work, label.format(count=number(n)), done)

    def _commit(self) -> None:
        plan = self.preview_page.plan
        if plan is None or plan.blocked:
            return
        imports, today = self.register.imports, self.today
        n = plan.counts.create + plan.counts.update

        def work(ctx: TaskContext) -> ImportResult:
            return imports.commit(plan, progress=ctx.progress, today=today)

        self.next_button.setEnabled(False)
        label = translate("ImportDialog", "Importing {count} item(s)…", None, n)
        task = run_with_progress(self, self.tr("Import"), label.format(count=number(n)), work)
        task.succeeded.connect(self._committed)
        task.failed.connect(self._commit_failed)

    def _committed(self, result: ImportResult) -> None:
        self.import_result = result
        self.summary_page.show_result(result, self.preview_page.plan)
        self._show(self.summary_page)
        self.imported.emit(result)

    def _commit_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        title = self.tr("Import")
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, title, self.tr("Import cancelled: nothing was changed."))
        elif isinstance(exc, StaleImportError):
            QMessageBox.information(self, title, str(exc))
            self._plan()
        elif isinstance(exc, ImportBlockedError):
            QMessageBox.warning(self, title, str(exc))
        else:
            QMessageBox.warning(
                self,
                title,
                self.tr("The import failed and nothing was changed: {error}").format(
                    error=str(exc)
                ),
            )

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
                self.loading_label.setText(self._unreadable_text(exc))
                self.loading_bar.hide()
            else:
                QMessageBox.warning(
                    self,
                    self.tr("Import"),
                    self.tr("The rows could not be checked: {error}").format(error=str(exc)),
                )
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

    def _unreadable_text(self, exc: BaseException) -> str:
        """Why the file cannot be imported (rich text, for the loading page)."""
        reason = html.escape(str(exc))
        if isinstance(exc, ReadError):
            return self.tr("<b>This file cannot be imported.</b><br>{reason}").format(reason=reason)
        return self.tr("<b>This file cannot be read.</b><br>{reason}").format(reason=reason)

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
        self.next_button.setText(
            self.tr("&Import") if page is self.preview_page else self.tr("&Next ›")
        )
        if page is self.mapping_page:
            self.next_button.setEnabled(not busy and self.mapping_page.ready())
        elif page is self.preview_page:
            self.next_button.setEnabled(not busy and self.preview_page.can_import())
        else:
            self.next_button.setEnabled(False)
        done = page is self.summary_page or (page is self.loading and not busy)
        self.cancel_button.setText(self.tr("Close") if done else self.tr("Cancel"))

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
                        self,
                        self.tr("Import"),
                        self.tr("The column mapping could not be saved: {error}").format(
                            error=str(exc)
                        ),
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
    run_dialog(dialog)
    return dialog.import_result
