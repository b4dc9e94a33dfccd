"""The export dialog: choices, the export on a worker thread, success, cancel and errors."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.columns import COLUMN_BY_KEY, COLUMNS
from inl_equipment.services.register import Register
from inl_equipment.services.reports import ALL_COLUMNS, PDF_COLUMNS
from inl_equipment.services.search import Query
from inl_equipment.ui.exports import export_dialog
from inl_equipment.ui.exports.export_dialog import ExportDialog
from inl_equipment.ui.exports.window_export import export_from_main_window, make_export_dialog
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.workers import Cancelled
from tests.ui.helpers import on_modal

HANDED_OVER = Query(statuses=frozenset({"handed_over"}), sort_key="unit_value")
COLUMNS_SHOWN = ["asset_tag", "status", "unit_value", "holder"]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot: Any, register: Register, out: Path) -> ExportDialog:
    d = ExportDialog(
        register, HANDED_OVER, COLUMNS_SHOWN, shown=123, folder=out, today=date(2026, 11, 28)
    )
    qtbot.addWidget(d)
    d.show()
    return d


def click_in_box(text: str) -> list[str]:
    """Click `text` in the next message box; the returned list gets the box's message."""
    messages: list[str] = []

    def click(box: QMessageBox) -> None:
        messages.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no {text!r} button in {box.text()!r}")

    on_modal(click, cls=QMessageBox)
    return messages


def handed_over_count(register: Register) -> int:
    snap = register.items.snapshot()
    return len(snap.apply(HANDED_OVER))


def test_defaults_and_format_switch(dialog: ExportDialog, out: Path) -> None:
    assert dialog.target() == out / "inventory-2026-11-28.pdf"
    assert "123 items" in dialog.scope_shown.text() and dialog.scope_shown.isChecked()
    dialog.set_format("xlsx")
    assert dialog.target() == out / "inventory-2026-11-28.xlsx"
    dialog.set_format("csv")
    assert not dialog.group.isEnabled() and dialog.group_by() is None
    dialog.scope_all.setChecked(True)
    assert dialog.export_columns() == list(ALL_COLUMNS) and dialog.export_query() == Query()
    dialog.set_format("pdf")
    # The whole register as a PDF takes the auditor's standard columns, not the table's.
    assert dialog.export_columns() == list(PDF_COLUMNS) and dialog.standard_columns()
    assert "standard columns" in dialog.hint.text()


def test_export_xlsx_of_the_table_as_shown(
    qtbot: Any, dialog: ExportDialog, register: Register, out: Path
) -> None:
    dialog.set_format("xlsx")
    dialog.set_group_by("province")
    seen = click_in_box("Close")
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.export_button.click()
    assert seen, "the success message was not shown"
    result = signal.args[0]
    assert result.path == out / "inventory-2026-11-28.xlsx" and result.format == "xlsx"
    book = openpyxl.load_workbook(result.path, read_only=True)
    rows = list(book["Inventory"].iter_rows(values_only=True))
    assert list(rows[0]) == [COLUMN_BY_KEY[k].header for k in COLUMNS_SHOWN]
    assert len(rows) - 1 == handed_over_count(register) == result.rows
    values = [r[2] for r in rows[1:]]
    assert values == sorted(values)
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[5][0] == "Province" and summary[-1][0] == "Total"
    assert not dialog.isVisible()
    assert [p.name for p in out.iterdir()] == ["inventory-2026-11-28.xlsx"]


def test_whole_register_csv_and_open_folder(
    qtbot: Any, dialog: ExportDialog, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.scope_all.setChecked(True)
    dialog.set_format("csv")
    dialog.set_target(out / "everything")  # the extension is added
    click_in_box("Open folder")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    with open(out / "everything.csv", encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    assert len(table) == 301 and len(table[0]) == len(ALL_COLUMNS)
    assert [u.toLocalFile() for u in opened] == [str(out)]


def test_cancel_leaves_no_file_and_keeps_the_dialog(
    qtbot: Any, dialog: ExportDialog, out: Path
) -> None:
    dialog.set_format("pdf")
    with qtbot.waitSignal(dialog.export_failed, timeout=20_000) as signal:
        task = dialog.start_export()
        assert task is not None
        task.cancel()  # as the progress dialog's Cancel button does
    assert isinstance(signal.args[0], Cancelled)
    assert list(out.iterdir()) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_missing_folder_is_refused_before_starting(dialog: ExportDialog, out: Path) -> None:
    dialog.set_target(out / "nowhere" / "x.pdf")
    seen = click_in_box("OK")
    assert dialog.start_export() is None
    assert seen and "folder does not exist" in seen[0]


def test_a_failed_write_is_explained(
    qtbot: Any, dialog: ExportDialog, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_dialog, "export_report", locked)
    seen = click_in_box("OK")
    with qtbot.waitSignal(dialog.export_failed, timeout=20_000):
        dialog.export_button.click()
    assert seen and "open in another program" in seen[0]
    assert "No file was written" in seen[0]
    assert dialog.isVisible() and list(out.iterdir()) == []


def test_replacing_a_file_asks_first(qtbot: Any, dialog: ExportDialog, out: Path) -> None:
    target = out / "inventory-2026-11-28.pdf"
    target.write_bytes(b"old")
    click_in_box("No")
    assert dialog.start_export() is None
    assert target.read_bytes() == b"old"


@pytest.fixture
def window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.show()
    return w


def test_export_from_main_window_uses_the_table_as_shown(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    keys = [c.key for c in COLUMNS]
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(keys.index("unit_value")), 0)  # first column
    window.table.setColumnHidden(keys.index("serial_number"), True)
    window.model.set_query(Query(statuses=frozenset({"in_stock"})))
    dialog = make_export_dialog(window)
    expected = [k for k in keys if COLUMN_BY_KEY[k].visible and k != "serial_number"]
    expected.remove("unit_value")
    assert dialog.visible_columns == ["unit_value", *expected]
    assert dialog.query.statuses == {"in_stock"}
    dialog.deleteLater()

    target = tmp_path / "shown.csv"

    def fill(d: ExportDialog) -> None:
        d.set_format("csv")
        d.set_target(target)
        click_in_box("Close")
        d.export_button.click()

    on_modal(fill, cls=ExportDialog)
    shown = export_from_main_window(window)
    assert shown.export_result is not None
    with open(target, encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    assert table[0][:2] == ["Unit value", "Asset tag"] and "Serial number" not in table[0]
    assert len(table) - 1 == window.model.rowCount()
    assert {r[table[0].index("Status")] for r in table[1:]} == {"In stock"}
