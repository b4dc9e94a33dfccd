"""Each storage failure surfaces in a message box that says what happened and what to do."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select, text

from inl_equipment.app import open_window_interactively
from inl_equipment.db.backups import make_backup
from inl_equipment.db.models import Item
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database
from inl_equipment.services.demo import fill_demo
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.item_dialog import ItemDialog
from tests.helpers import fault_fs
from tests.ui.helpers import on_modal

HELPERS = Path(__file__).resolve().parents[1] / "helpers"


def _answer(button_text: str, seen: list[str]) -> Any:
    def click(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        for b in box.buttons():
            if b.text().replace("&", "") == button_text:
                b.click()
                return
        box.reject()

    return click


def _open(url_path: Path, qsettings: QSettings) -> MainWindow | None:
    return open_window_interactively("sqlite:///" + str(url_path), qsettings, "Tester")


def test_a_register_in_use_is_offered_read_only_naming_the_holder(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    holder = subprocess.Popen(
        [sys.executable, str(HELPERS / "hold_lock.py"), str(db_path), "Khamphone"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("LOCKED")
        seen: list[str] = []
        on_modal(_answer("Open read-only", seen), cls=QMessageBox)
        window = _open(db_path, qsettings)
        assert window is not None
        qtbot.addWidget(window)
        assert "Khamphone" in seen[0] and str(holder.pid) in seen[0]
        assert window.register.read_only
        assert not window.acts["new"].isEnabled()
        assert window.banner.text().startswith("<b>Read-only.</b>")
        window.close()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The holder died without releasing: the next open takes the lock over.
    window = _open(db_path, qsettings)
    assert window is not None
    qtbot.addWidget(window)
    assert not window.register.read_only
    assert window.register.opened is not None
    assert window.register.opened.recovered_from is not None
    assert window.register.opened.recovered_from.operator == "Khamphone"
    window.close()


def test_a_damaged_register_is_kept_and_the_backup_offered(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    with demo_db.read() as s:
        items = s.scalar(select(func.count()).select_from(Item))
    demo_db.dispose()
    make_backup(db_path, "test")
    with open(db_path, "r+b") as fh:
        fh.write(b"this is not an SQLite header at all!" * 3)
    seen: list[str] = []
    on_modal(_answer("Restore backup", seen), cls=QMessageBox)
    window = _open(db_path, qsettings)
    assert window is not None
    qtbot.addWidget(window)
    assert "failed its start-up check" in seen[0] and "damaged file is kept" in seen[0]
    assert list(db_path.parent.glob("register.sqlite.damaged-*"))
    assert window.model.rowCount() == items
    window.close()


def test_a_damaged_register_without_backup_is_never_replaced_by_an_empty_one(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    with open(db_path, "r+b") as fh:
        fh.write(b"\0" * 100)
    seen: list[str] = []
    on_modal(_answer("OK", seen), cls=QMessageBox)
    assert _open(db_path, qsettings) is None
    assert "No good backup" in seen[0]
    assert not db_path.exists()  # moved aside, not recreated
    assert list(db_path.parent.glob("register.sqlite.damaged-*"))


def test_a_full_disk_while_saving_says_so_and_loses_nothing(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    try:
        ctx = fault_fs.tiny_tmpfs(tmp_path / "small", "3M")
        folder = ctx.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot mount a small filesystem here: {exc}")
    try:
        path = folder / "register.sqlite"
        db = open_database("sqlite:///" + str(path))
        with db.write() as s:
            fill_demo(s, 40, "op")
        db.dispose()
        window = _open(path, qsettings)
        assert window is not None
        qtbot.addWidget(window)
        before = window.model.rowCount()
        filler = folder / "filler"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        seen: list[str] = []

        def fill_and_save(dialog: ItemDialog) -> None:
            dialog.field("asset_tag").setText("INL-26-999999")  # type: ignore[attr-defined]
            dialog.field("description").setText("Radio " + "x" * 5000)  # type: ignore[attr-defined]
            combo = dialog.field("category_id")
            combo.setCurrentIndex(1)  # type: ignore[attr-defined]
            on_modal(_answer("OK", seen), cls=QMessageBox)
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
            seen.append(f"open={dialog.isVisible()}")
            dialog.reject()

        on_modal(fill_and_save, cls=ItemDialog)
        window.acts["new"].trigger()
        assert any("disk is full" in m for m in seen), seen
        assert "open=True" in seen
        filler.unlink()
        with window.register.db.read() as s:
            assert s.scalar(select(func.count()).select_from(Item)) == before
            assert s.execute(text("PRAGMA quick_check")).scalar() == "ok"
        window.close()
    finally:
        ctx.__exit__(None, None, None)


def test_a_read_only_folder_opens_read_only_with_a_banner(
    qtbot: Any, demo_db: Database, db_path: Path, tmp_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    source = tmp_path / "data"
    source.mkdir()
    shutil.move(db_path, source / "register.sqlite")
    try:
        ctx = fault_fs.read_only_view(source, tmp_path / "ro")
        folder = ctx.__enter__()
    except fault_fs.MountNotPermitted as exc:
        pytest.skip(f"cannot make a read-only mount here: {exc}")
    try:
        window = _open(folder / "register.sqlite", qsettings)
        assert window is not None
        qtbot.addWidget(window)
        assert window.register.read_only and not window.banner.isHidden()
        assert window.model.rowCount() == 300
        assert not window.acts["new"].isEnabled()
        window.close()
    finally:
        ctx.__exit__(None, None, None)


def test_read_only_shows_changes_still_in_the_wal_and_writes_nothing(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    import sqlite3

    source = tmp_path / "data"
    source.mkdir()
    path = source / "register.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, 30, "op", receipts=False)
    db.dispose()
    # A copy of the app that was killed: its last commits are still in the -wal.
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE items SET make = 'Changed in the WAL'")
    writer.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    try:
        ctx = fault_fs.read_only_view(source, tmp_path / "ro")
        folder = ctx.__enter__()
    except fault_fs.MountNotPermitted as exc:
        writer.close()
        pytest.skip(f"cannot make a read-only mount here: {exc}")
    try:
        before = sorted(p.name for p in folder.iterdir())
        window = _open(folder / "register.sqlite", qsettings)
        assert window is not None
        qtbot.addWidget(window)
        assert window.register.read_only
        with window.register.db.read() as s:
            makes = set(s.scalars(select(Item.make)))
        assert makes == {"Changed in the WAL"}
        assert not window.acts["backup"].isEnabled()
        window.close()
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        ctx.__exit__(None, None, None)
        writer.close()
