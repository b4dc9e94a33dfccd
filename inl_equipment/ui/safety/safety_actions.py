"""Back up now, restore from a backup, check the database, and automatic backups.

`SafetyFeature` holds one of these rather than subclassing it: PySide's
`self.tr` looks texts up under the class of the object, so a subclass would
miss every text marked here under "SafetyActions".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from inl_equipment import formatting
from inl_equipment.services.facade.safety import CheckResult
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.workers import Cancelled, Task, TaskContext, run_in_thread

#: How often to ask whether the daily backup is due while the app stays open.
DAILY_CHECK_MS = 60 * 60 * 1000


class SafetyActions(QObject):
    """The window's safety commands and its automatic backups.

    Signals:
        backup_made(str): a backup was written (its path).
        backup_failed(str): an automatic backup failed (what went wrong).
    """

    backup_made = Signal(str)
    backup_failed = Signal(str)

    def __init__(self, register: Register, parent: QWidget) -> None:
        """Safety commands for `register`, with dialogs over `parent`."""
        super().__init__(parent)
        self._register = register
        self._safety = register.safety
        self._parent = parent
        self._timer = QTimer(self)
        self._timer.setInterval(DAILY_CHECK_MS)
        self._timer.timeout.connect(self._daily)

    # -- automatic backups -----------------------------------------------------
    def start(self) -> None:
        """Back up now (a register just opened) and then daily while open."""
        if not self._safety.can_back_up:
            return
        self._auto("open")
        self._timer.start()

    def _daily(self) -> None:
        if self._safety.backup_due():
            self._auto("daily")

    def _auto(self, reason: str) -> Task:
        safety = self._safety

        def work(_ctx: TaskContext) -> str:
            made = safety.back_up_if_changed(reason)
            return str(made) if made is not None else ""

        def done(made: str) -> None:
            if made:  # nothing changed since the newest backup: none was written
                self.backup_made.emit(made)

        return run_in_thread(work, done, lambda exc: self.backup_failed.emit(str(exc)), self)

    def after_import(self) -> None:
        """Imports change many rows at once: keep a copy of the result."""
        if self._safety.can_back_up:
            self._auto("import")

    # -- commands --------------------------------------------------------------
    def backup_now(self) -> None:
        """Write a verified backup now, with progress."""
        if not self._safety.can_back_up:
            return
        safety = self._safety
        task = run_with_progress(
            self._parent,
            self.tr("Back up"),
            self.tr("Writing and verifying a backup…"),
            lambda _ctx: safety.back_up("manual"),
        )
        task.succeeded.connect(self._backup_done)
        task.failed.connect(self._failed)

    def _backup_done(self, made: Path) -> None:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Backup written"))
        box.setText(self.tr("A verified backup was written:\n{path}").format(path=made))
        held = self._safety.backups_size()
        count = held.count
        box.setInformativeText(
            self.tr("The backups folder holds %n backup(s), {size} in all.", "", count).format(
                size=formatting.megabytes(held.size)
            )
        )
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        run_dialog(box)
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.parent)))
        self.backup_made.emit(str(made))

    def restore(self) -> None:
        """Replace the register by a backup the user picks (the current file is kept)."""
        if not self._safety.can_back_up:
            QMessageBox.information(
                self._parent,
                self.tr("Restore"),
                self.tr("A read-only register cannot be restored; reopen it for editing first."),
            )
            return
        backups = self._safety.backups()
        if not backups:
            QMessageBox.information(
                self._parent,
                self.tr("Restore"),
                self.tr("There are no backups in {folder} yet.").format(
                    folder=self._safety.backup_dir()
                ),
            )
            return
        labels = [
            self.tr("{when}  ({reason}, {size})").format(
                when=formatting.local_time(b.taken_at),
                reason=self._reason_word(b.reason),
                size=formatting.megabytes(b.size),
            )
            for b in backups
        ]
        choice, ok = QInputDialog.getItem(
            self._parent,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the register with which backup? "
                "The current file is kept as a backup first."
            ),
            labels,
            0,
            False,
        )
        if ok:
            self._restore(backups[labels.index(choice)].path, choice)

    def _reason_word(self, reason: str | None) -> str:
        """Why a backup was taken, in words (a reason nobody knows shows as stored)."""
        words = {
            "open": self.tr("open"),
            "daily": self.tr("daily"),
            "import": self.tr("import"),
            "manual": self.tr("manual"),
            "before-restore": self.tr("before-restore"),
        }
        return words.get(reason or "", reason) or self.tr("backup")

    def _restore(self, chosen: Path, choice: str) -> None:
        view = getattr(self._parent, "view", None)
        if view is not None:
            view.ensure_complete()  # no loader may read the file while it is replaced
        try:
            kept = self._safety.restore(chosen)
        except Exception as exc:  # noqa: BLE001 - reported; the old file is untouched
            show_error(self._parent, exc)
            return
        text = self.tr("Restored the backup of {choice}.").format(choice=choice)
        if kept:
            text += "\n" + self.tr("The previous file is kept as {name}.").format(name=kept.name)
        QMessageBox.information(self._parent, self.tr("Restored"), text)

    def check(self) -> None:
        """Check the file, its links and the history's hash chain, with progress."""
        safety = self._safety
        task = run_with_progress(
            self._parent,
            self.tr("Check database"),
            self.tr("Checking the database…"),
            lambda ctx: safety.check(ctx.check),
        )
        task.succeeded.connect(self._check_done)
        task.failed.connect(self._failed)

    def _check_done(self, result: CheckResult) -> None:
        title = self.tr("Check database")
        if result.problem is not None:
            problem = str(result.problem)
            QMessageBox.warning(
                self._parent,
                title,
                self.tr(
                    "Problem: {problem}.\n\nRestore a backup (File → Restore from backup…) "
                    "and keep this file for investigation."
                ).format(problem=problem.rstrip(".")),
            )
            return
        QMessageBox.information(
            self._parent,
            title,
            self.tr(
                "The database passed its integrity and foreign-key checks, and the "
                "history's hash chain of {events} events is intact."
            ).format(events=formatting.number(result.events)),
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            show_error(self._parent, exc)
