"""`register.safety`: checks, backups, restore and sample data, with no SQL in the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inl_equipment.db import backup_budget, backups
from inl_equipment.db.health import check_database
from inl_equipment.db.restore_checks import restorable_problem
from inl_equipment.db.schema import open_database
from inl_equipment.i18n import Msg, Text
from inl_equipment.services.custody_check import check_custody
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.register_facts import RegisterFacts

BackupInfo = backups.BackupInfo
FolderSize = backup_budget.FolderSize


@dataclass(frozen=True)
class CheckResult:
    """The outcome of a full check: `problem` is None when all is well."""

    problem: Text | None
    events: int


class SafetyApi:
    """Checks, backups and restores of a register stored in a file."""

    def __init__(self, ctx: Context, on_replaced: Callable[[], None]) -> None:
        """Safety commands for the register behind `ctx`.

        `on_replaced` runs after a restore has reopened the database, so the
        owner can hand the new `Database` to whatever holds the old one.
        """
        self._ctx = ctx
        self._on_replaced = on_replaced

    @property
    def path(self) -> Path | None:
        """The register's file (None for a server database)."""
        return self._ctx.db.path

    @property
    def can_back_up(self) -> bool:
        """A register in a file, opened for writing, can be backed up and restored."""
        return self.path is not None and not self._ctx.db.read_only

    def backup_dir(self) -> Path | None:
        """Where this register's backups are kept."""
        return backups.backup_dir(self.path) if self.path is not None else None

    def backups(self) -> list[BackupInfo]:
        """The backups on disk, newest first."""
        return backups.list_backups(self.path) if self.path is not None else []

    def backup_due(self) -> bool:
        """Whether the daily backup is due."""
        return self.path is not None and backups.backup_due(self.path)

    def backups_size(self) -> FolderSize:
        """How many backups there are and the bytes they take."""
        return backup_budget.folder_size(self.path) if self.path is not None else FolderSize(0, 0)

    def back_up(self, reason: str, now: datetime | None = None) -> Path:
        """Write a verified backup now, within the disk budget; returns the new file.

        A manual backup is never thinned away by its own policy run; every
        other kind thins the old ones.
        """
        path = self._require_file()
        policy = None if reason == "manual" else backups.DEFAULT_POLICY
        return backup_budget.back_up_within_budget(
            path, reason, now or datetime.now(), policy=policy
        )

    def back_up_if_changed(self, reason: str, now: datetime | None = None) -> Path | None:
        """The automatic backup (opening, daily, after an import): only after a change.

        Returns None when the newest backup already holds what the register holds.
        """
        path = self._require_file()
        return backup_budget.back_up_if_changed(path, reason, now or datetime.now())

    def restore(self, backup: Path) -> Path | None:
        """Replace the register by `backup`; returns where the old file was kept.

        The database is closed first and always reopened (on the restored file,
        or on the old one if the restore failed and changed nothing).
        """
        path = self._require_file()
        # Refused before the database is closed: a bad choice changes nothing at all.
        problem = restorable_problem(backup)
        if problem is not None:
            raise backups.BackupError(problem)
        url = self._ctx.db.url
        self._ctx.db.dispose()
        try:
            kept = backups.restore_backup(backup, path)
        finally:
            self._ctx.db = open_database(url)
            self._on_replaced()
        self._ctx.changes.publish(Change(everything=True))
        return kept

    def check(self, cancelled: Callable[[], None] = lambda: None) -> CheckResult:
        """File integrity, foreign keys, the history (chain, anchor, item seals), custody.

        Custody: every handed-over item is on one live receipt (`custody_check`).

        `cancelled` is called between the steps and may raise to stop.
        """
        if self.path is not None:
            report = check_database(self.path, full=True)
            if not report.ok:
                return CheckResult(report.problems[0], 0)
        cancelled()
        with self._ctx.db.read() as session:
            history = verify_history(session)
            if history.problem is not None:
                return CheckResult(history.problem, history.events)
            cancelled()
            custody = check_custody(session)
        return CheckResult(custody.problem, history.events)

    def facts(self) -> RegisterFacts:
        """Where the register is, how big, what it holds, its last backup."""
        from inl_equipment.services import register_facts

        with self._ctx.db.read() as s:
            items, receipts, schema = register_facts.contents(s)
        found = self.backups()
        path = self.path
        return RegisterFacts(
            location=str(path) if path is not None else self._ctx.db.url,
            size=register_facts.size_on_disk(path),
            items=items,
            receipts=receipts,
            schema=schema,
            last_backup=found[0].taken_at if found else None,
            backups=len(found),
            read_only=self._ctx.db.read_only,
        )

    def add_sample_data(self, count: int, progress: Callable[[int, int], None]) -> int:
        """Fill an empty register with `count` sample items; returns how many."""
        with self._ctx.db.write() as session:
            made = fill_demo(session, count, self._ctx.operator, progress=progress)
        self._ctx.changes.publish(Change(everything=True))
        return made

    def _require_file(self) -> Path:
        path = self.path
        if path is None:
            raise backups.BackupError(
                Msg.translate("Safety", "backups are kept only for a register stored in a file")
            )
        return path
