"""The safety commands in the app, and the remaining open-time questions, through the GUI."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from inl_equipment.app import create_main_window, open_window_interactively
from inl_equipment.db.backups import list_backups
from inl_equipment.db.models import Item
from inl_equipment.db.session import Database
from inl_equipment.ui.main_window import MainWindow
from tests.ui.helpers import on_modal


def _click(text: str, seen: list[str]) -> Any:
    def click(box: QMessageBox) -> None:
        seen.append(box.windowTitle() + ": " + box.text() + " " + box.informativeText())
        for b in box.buttons():
            if b.text().replace("&", "") == text:
                b.click()
                return
        box.accept()

    return click


def _window(qtbot: Any, db_path: Path, qsettings: QSettings) -> MainWindow:
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    return w


def test_a_newer_database_is_refused_with_a_message(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    seen: list[str] = []
    on_modal(_click("OK", seen), cls=QMessageBox)
    assert open_window_interactively("sqlite:///" + str(db_path), qsettings, "Tester") is None
    assert "newer version" in seen[0]


def test_a_register_in_a_synced_folder_is_warned_about(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    folder = tmp_path / "OneDrive - Embassy" / "INL"
    folder.mkdir(parents=True)
    seen: list[str] = []
    on_modal(_click("Cancel", seen), cls=QMessageBox)
    url = "sqlite:///" + str(folder / "register.sqlite")
    assert open_window_interactively(url, qsettings, "Tester") is None
    assert "OneDrive" in seen[0] and "local folder" in seen[0]
    assert not (folder / "register.sqlite").exists()


def test_check_database_reports_in_a_message(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    w = _window(qtbot, db_path, qsettings)
    seen: list[str] = []
    on_modal(_click("OK", seen), cls=QMessageBox)
    w.features["safety"].check()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "hash chain" in seen[0] and "intact" in seen[0]
    w.close()


def test_back_up_now_then_restore_that_backup(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    w = _window(qtbot, db_path, qsettings)
    seen: list[str] = []
    on_modal(_click("OK", seen), cls=QMessageBox)
    w.features["safety"].backup_now()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "verified backup was written" in seen[0]
    [backup] = list_backups(db_path)
    items = w.model.rowCount()
    w.table.selectRow(0)
    item_id = w.current_item_id()
    assert item_id is not None
    values = w.register.items.get(item_id).values
    values.make = "Changed after the backup"
    w.register.items.update(item_id, values)

    def choose(dialog: QInputDialog) -> None:
        dialog.setTextValue(dialog.comboBoxItems()[0])
        on_modal(_click("OK", seen), cls=QMessageBox)
        dialog.accept()

    on_modal(choose, cls=QInputDialog)
    w.features["safety"].restore()
    assert any(m.startswith("Restored") for m in seen)
    assert w.model.rowCount() == items
    assert w.register.items.get(item_id).values.make != "Changed after the backup"
    assert any(b.reason == "before-restore" for b in list_backups(db_path))
    assert backup.path.exists()
    w.close()


def test_a_failed_automatic_backup_is_shown(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    (db_path.parent / "backups").write_text("a file where the backups folder should be")
    w = _window(qtbot, db_path, qsettings)
    seen: list[str] = []
    on_modal(_click("OK", seen), cls=QMessageBox)
    w.after_show()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0].startswith("Automatic backup failed")
    with w.register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == w.model.rowCount()
    w.close()
