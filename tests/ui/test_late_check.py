"""The window paints before the start-up check ends; a check failing then is handled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from inl_equipment.app import create_main_window, finish_opening
from inl_equipment.db.session import Database
from inl_equipment.services.demo import fill_demo
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.safety import late_check
from inl_equipment.ui.safety.late_check import LateCheck
from tests.ui.helpers import on_modal


def _register(db: Database, items: int) -> None:
    with db.write() as session:
        fill_demo(session, items, "tester", seed=5)
    db.dispose()


def _damage_the_end(path: Path) -> None:
    """Overwrite the file's last pages: the items' first rows stay readable."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size - 4 * 4096)
        fh.write(b"\xff" * 4 * 4096)


def _deferred(db_path: Path, qsettings: QSettings) -> MainWindow:
    window = create_main_window(str(db_path), qsettings, "Tester", defer_check=True)
    assert isinstance(window, MainWindow)
    return window


def test_a_sound_register_shows_first_and_then_allows_writes(
    qtbot: Any, db: Database, db_path: Path, qsettings: QSettings
) -> None:
    _register(db, 400)
    window = _deferred(db_path, qsettings)
    qtbot.addWidget(window)
    opened = window.register.opened
    assert opened is not None
    gate = window.register.opened.db.write_gate
    reopened: list[bool] = []
    window.show()
    checker = LateCheck(window, finish_opening, lambda: reopened.append(True) or None)
    qtbot.waitUntil(lambda: opened.pending_check is None, timeout=10_000)
    assert gate is not None  # writes had to wait while the window was shown
    assert opened.db.write_gate is None
    assert window.isVisible() and not reopened
    assert checker.replacement is None


def test_a_check_failing_after_the_paint_removes_the_window_and_offers_a_restore(
    qtbot: Any, db: Database, db_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(db, 400)
    _damage_the_end(db_path)
    before = db_path.read_bytes()
    quits: list[bool] = []
    monkeypatch.setattr(late_check.QApplication, "quit", lambda: quits.append(True))
    window = _deferred(db_path, qsettings)
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    window.show()
    seen: list[str] = []

    def decline(box: QMessageBox) -> None:
        seen.append(box.windowTitle())
        box.reject()

    boxes = on_modal(decline, cls=QMessageBox)
    checker = LateCheck(window, finish_opening, lambda: pytest.fail("no restore was accepted"))
    qtbot.waitUntil(lambda: bool(quits), timeout=15_000)
    assert boxes and seen == ["Register damaged"]
    qtbot.waitUntil(lambda: bool(gone), timeout=5_000)
    kept = next(db_path.parent.glob("*.damaged-*"))
    assert kept.read_bytes() == before  # set aside unchanged: nothing was written
    assert not db_path.exists()
    assert checker.replacement is None
