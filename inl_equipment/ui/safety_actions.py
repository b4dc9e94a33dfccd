"""Back up now, restore from a backup, check the database, and automatic backups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from inl_equipment.db.backups import (
    backup_dir,
    backup_due,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from inl_equipment.db.health import check_database
from inl_equipment.db.schema import open_database
from inl_equipment.services.audit import verify_chain
from inl_equipment.services.register import Register
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, Task, TaskContext, run_in_thread

#: How often to ask whether the daily backup is due while the app stays open.
DAILY_CHECK_MS = 60 * 60 * 1000


class SafetyActions(QObject):
    """The window's safety commands and its automatic backups.

    Signals:
        restored(): the register was replaced by a backup (reload the view).
        backup_made(str): a backup was written (its path).
        backup_failed(str): an automatic backup failed (what went wrong).
    """

    restored = Signal()
    backup_made = Signal(str)
    backup_failed = Signal(str)

    def __init__(
        self, register: Register, parent: QWidget, before_restore: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._parent = parent
        self._before_restore = before_restore
        self._timer = QTimer(self)
        self._timer.setInterval(DAILY_CHECK_MS)
        self._timer.timeout.connect(self._daily)

    @property
    def _path(self) -> Path | None:
        return self._register.db.path

    # -- automatic backups -----------------------------------------------------
    def start(self) -> None:
        """Back up now (a register just opened) and then daily while open."""
        if self._path is None or self._register.read_only:
            return
        self._auto("open")
        self._timer.start()

    def _daily(self) -> None:
        if self._path is not None and backup_due(self._path):
            self._auto("daily")

    def _auto(self, reason: str) -> Task:
        path = self._path
        assert path is not None

        def work(_ctx: TaskContext) -> str:
            made = make_backup(path, reason)
            thin_backups(path, datetime.now())
            return str(made)

        return run_in_thread(
            work, self.backup_made.emit, lambda exc: self.backup_failed.emit(str(exc)), self
        )

    def after_import(self) -> None:
        """Imports change many rows at once: keep a copy of the result."""
        if self._path is not None and not self._register.read_only:
            self._auto("import")

    # -- commands --------------------------------------------------------------
    def backup_now(self) -> None:
        path = self._path
        if path is None or self._register.read_only:
            return
        task = run_with_progress(
            self._parent,
            "Back up",
            "Writing and verifying a backup…",
            lambda _ctx: make_backup(path, "manual"),
        )
        task.succeeded.connect(self._backup_done)
        task.failed.connect(self._failed)

    def _backup_done(self, made: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Backup written",
            f"A verified backup was written:\n{made}",
            parent=self._parent,
        )
        folder = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.parent)))
        self.backup_made.emit(str(made))

    def restore(self) -> None:
        path = self._path
        if path is None or self._register.read_only:
            QMessageBox.information(
                self._parent,
                "Restore",
                "A read-only register cannot be restored; reopen it for editing first.",
            )
            return
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(
                self._parent, "Restore", f"There are no backups in {backup_dir(path)} yet."
            )
            return
        labels = [
            f"{b.taken_at:%Y-%m-%d %H:%M}  ({b.reason or 'backup'}, {b.size / 2**20:.1f} MB)"
            for b in backups
        ]
        choice, ok = QInputDialog.getItem(
            self._parent,
            "Restore from backup",
            "Replace the register with which backup? The current file is kept as a backup first.",
            labels,
            0,
            False,
        )
        if not ok:
            return
        chosen = backups[labels.index(choice)].path
        if self._before_restore is not None:
            self._before_restore()
        self._register.db.dispose()
        try:
            kept = restore_backup(chosen, path)
        except Exception as exc:  # noqa: BLE001 - reported; the old file is untouched
            show_error(self._parent, exc)
            return
        finally:
            self._register.db = open_database(self._register.db.url)
            if self._register.opened is not None:
                self._register.opened.db = self._register.db
        self.restored.emit()
        QMessageBox.information(
            self._parent,
            "Restored",
            f"Restored the backup of {choice}."
            + (f"\nThe previous file is kept as {kept.name}." if kept else ""),
        )

    def check(self) -> None:
        path = self._path
        db = self._register.db

        def work(ctx: TaskContext) -> str:
            if path is not None:
                report = check_database(path, full=True)
                if not report.ok:
                    return "Problem: " + report.problems[0]
            ctx.check()
            with db.read() as session:
                chain = verify_chain(session)
            if not chain.ok:
                return (
                    f"Problem: the history is broken at event {chain.first_broken_id} "
                    f"({chain.reason})."
                )
            return (
                f"The database passed its integrity and foreign-key checks, and the "
                f"history's hash chain of {chain.events:,} events is intact."
            )

        task = run_with_progress(self._parent, "Check database", "Checking the database…", work)
        task.succeeded.connect(self._check_done)
        task.failed.connect(self._failed)

    def _check_done(self, text: str) -> None:
        if text.startswith("Problem"):
            QMessageBox.warning(
                self._parent,
                "Check database",
                text + "\n\nRestore a "
                "backup (File → Restore from backup…) and keep this file "
                "for investigation.",
            )
        else:
            QMessageBox.information(self._parent, "Check database", text)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            show_error(self._parent, exc)
