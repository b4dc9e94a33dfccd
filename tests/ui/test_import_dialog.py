"""The import dialog driven as a user would: map, preview, fix the choice, import."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import func, select

from inl_equipment.db.models import Item
from inl_equipment.interchange.import_commit import commit
from inl_equipment.interchange.import_source import initial_mapping, read_source
from inl_equipment.interchange.importer import ImportOptions, prepare
from inl_equipment.services.register import Register
from inl_equipment.ui.imports.import_dialog import ImportDialog, import_file
from inl_equipment.ui.imports.preview_model import (
    ACTION_ROLE,
    ISSUE_LEVEL_ROLE,
    LINE_ROLE,
    PreviewModel,
)
from inl_equipment.ui.style import Palette
from inl_equipment.ui.workers import Cancelled, Task, TaskContext
from tests.ui.helpers import on_modal

TODAY = date(2024, 6, 1)
ERROR_COLOR = Palette.color(Palette.ERROR_BACKGROUND)


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def items_csv(tmp_path: Path) -> Path:
    return write(
        tmp_path / "donation.csv",
        [
            "Asset Tag,Equipment Label,Purchase Cost,Status,Category",
            "GUI-1,Handheld radio,$450.00,In stock,Radios",
            "GUI-2,GPS unit,abc,In stock,GPS units",
            "GUI-3,Search mirror,$35.50,,Search tools",
            'GUI-4,Laptop,"$1,234.50",Ready to Deploy,Computers',
        ],
    )


def tags_in_db(register: Register) -> set[str]:
    with register.db.read() as s:
        return set(s.scalars(select(Item.asset_tag).where(Item.asset_tag.like("GUI-%"))))


def open_dialog(qtbot: Any, register: Register, path: Path, tmp_path: Path) -> ImportDialog:
    dialog = ImportDialog(register, path, tmp_path / "maps.json", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.mapping_page)
    return dialog


def test_map_preview_fix_and_import(
    qtbot: Any, register: Register, items_csv: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, register, items_csv, tmp_path)
    next_button = dialog.findChild(QPushButton, "nextButton")
    assert not next_button.isEnabled()  # nothing is mapped to Description yet
    assert "Description" in dialog.findChild(QLabel, "mappingHint").text()
    label_combo = dialog.findChild(QComboBox, "mapping_1")
    assert label_combo.currentData() is None
    label_combo.setCurrentIndex(label_combo.findData("description"))
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page)
    assert json.loads((tmp_path / "maps.json").read_text())["mappings"]  # remembered

    counts = dialog.findChild(QLabel, "previewCounts").text()
    assert "3 new" in counts and "1 with errors" in counts
    model = dialog.preview_page.model
    bad = next(r for r in range(model.rowCount()) if model.index(r, 0).data(LINE_ROLE) == 3)
    cols = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    value = model.index(bad, cols.index("Unit value (USD)"))
    assert value.data(ISSUE_LEVEL_ROLE) == "error"
    brush = value.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == ERROR_COLOR
    assert "abc" in value.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(bad, 1).data() == "Error"
    assert not next_button.isEnabled() and next_button.text() == "&Import"

    dialog.findChild(QCheckBox, "problemsOnly").setChecked(True)
    assert model.rowCount() == 1
    dialog.findChild(QCheckBox, "onlyValid").setChecked(True)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.summary_page, timeout=10_000)
    assert dialog.import_result is not None and dialog.import_result.created == 3
    summary = dialog.summary.text()
    assert "3 new items</b> are in the register" in summary
    assert "1 row with errors was left out." in summary and "1 rows" not in summary
    assert tags_in_db(register) == {"GUI-1", "GUI-3", "GUI-4"}
    assert dialog.findChild(QPushButton, "cancelButton").text() == "Close"

    # The row left out can still be saved, from the summary too.
    save = dialog.findChild(QPushButton, "summarySaveRejects")
    assert save.isVisibleTo(dialog)
    target = tmp_path / "left out.csv"
    assert dialog.save_rejects(target) == target
    assert target.read_text(encoding="utf-8-sig").splitlines() == [
        "Asset Tag,Equipment Label,Purchase Cost,Status,Category,Problems",
        "GUI-2,GPS unit,abc,In stock,GPS units,Row 3: Unit value (USD): 'abc' is not an amount "
        "of money.",
    ]
    note = dialog.findChild(QLabel, "summaryRejectsNote")
    assert note.text() == "1 row with errors saved to left out.csv."


def test_the_date_order_is_asked_when_dates_read_both_ways(
    qtbot: Any, register: Register, tmp_path: Path
) -> None:
    path = write(tmp_path / "dates.csv", ["Asset Tag,Name,Date", "D-1,Radio,03/04/2023",
                                          "D-2,Radio,05/06/2023"])  # fmt: skip
    dialog = open_dialog(qtbot, register, path, tmp_path)
    page = dialog.mapping_page
    assert page.date_box.isVisibleTo(dialog) and "03/04/2023" in page.date_question.text()
    assert not dialog.next_button.isEnabled()
    page.dmy.setChecked(True)
    assert dialog.next_button.isEnabled() and page.date_order() == "dmy"
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page)
    plan = dialog.preview_page.plan
    assert plan is not None and plan.rows[0].values.acquisition_date == date(2023, 4, 3)


def test_a_file_that_cannot_be_read(qtbot: Any, register: Register, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    dialog = ImportDialog(register, path, tmp_path / "maps.json")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.loading_label.text())
    assert not dialog.next_button.isEnabled() and dialog.cancel_button.text() == "Close"


def test_preview_model_passes_qt_model_tester(
    qtmodeltester: Any, register: Register, items_csv: Path
) -> None:
    source = read_source(items_csv)
    mapping, _ = initial_mapping(source.table.headers, None)
    mapping[1] = "description"
    plan = prepare(register.db, source, mapping, ImportOptions(), today=TODAY)
    model = PreviewModel()
    model.set_plan(plan)
    assert model.rowCount() == 4 and model.index(0, 1).data(ACTION_ROLE) == "create"
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every reset that follows.
    model.set_problems_only(True)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "3"
    model.set_plan(None)
    assert model.rowCount() == 0 and model.columnCount() == 2


def test_cancel_through_the_task_context_changes_nothing(
    register: Register, items_csv: Path
) -> None:
    source = read_source(items_csv)
    mapping, _ = initial_mapping(source.table.headers, None)
    mapping[1] = "description"
    plan = prepare(register.db, source, mapping, ImportOptions(only_valid=True), today=TODAY)

    def work(ctx: TaskContext) -> object:
        def progress(done: int, total: int) -> None:
            if done > 0:
                ctx.cancel()  # the user pressed Cancel
            ctx.progress(done, total)

        return commit(register.db, "Tester", plan, progress=progress, today=TODAY)

    outcome: list[object] = []
    task = Task(work)
    task.failed.connect(outcome.append)
    task.run()
    assert isinstance(outcome[0], Cancelled)
    assert tags_in_db(register) == set()
    with register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 300


class FakeWindow(QWidget):
    """What `import_file` needs of the main window."""

    def __init__(self, register: Register) -> None:
        super().__init__()
        self.register = register
        self.settings = None
        self.reloads = 0
        register.changes.subscribe(self.reload)

    def reload(self, _change: object = None) -> None:
        self.reloads += 1


def test_import_file_reloads_the_window(qtbot: Any, register: Register, tmp_path: Path) -> None:
    path = write(tmp_path / "small.csv", ["Asset Tag,Name", "W-1,Radio", "W-2,Camera"])
    window = FakeWindow(register)
    qtbot.addWidget(window)

    def drive(dialog: ImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.next_button.isEnabled())
        dialog.next_button.click()
        qtbot.waitUntil(
            lambda: (
                dialog.stack.currentWidget() is dialog.preview_page
                and dialog.next_button.isEnabled()
            )
        )
        dialog.next_button.click()
        qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.summary_page, timeout=10_000)
        dialog.cancel_button.click()

    seen = on_modal(drive, cls=ImportDialog)
    result = import_file(window, path, tmp_path / "maps.json")
    assert seen and result is not None and result.created == 2
    assert window.reloads == 1


def test_rejected_rows_saved_from_the_preview(
    qtbot: Any, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["Asset Tag,Name,Purchase Cost,Category", "R-1,Radio,one,Radios",
             "R-2,Radio,$1.00,Radios", "R-3,Radio,two,Radios",
             "R-4,Radio,$3.00,Radios"]  # fmt: skip
    path = write(tmp_path / "bad.csv", lines)
    dialog = open_dialog(qtbot, register, path, tmp_path)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page)
    page = dialog.preview_page
    assert "<b>4 rows</b>" in page.counts.text() and "2 with errors" in page.counts.text()
    button = dialog.findChild(QPushButton, "saveRejects")
    assert button.isVisibleTo(dialog)
    asked: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "to fix"), ""  # no extension typed: .csv is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path / "bad - rejected rows.csv")]
    lines = (tmp_path / "to fix.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in lines] == ["Asset Tag", "R-1", "R-3"]
    assert dialog.findChild(QLabel, "rejectsNote").text() == (
        "2 rows with errors saved to to fix.csv."
    )
    # Cancelling the file dialog writes nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert page.save_rejects() is None

    # A folder that does not exist: said so, the dialog stays.
    said: list[str] = []

    def close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    on_modal(close, cls=QMessageBox)
    assert page.save_rejects(tmp_path / "gone" / "r.csv") is None
    assert said and "could not be saved" in said[0] and "folder does not exist" in said[0]
    assert dialog.isVisible()


def test_one_row_is_one_row(qtbot: Any, register: Register, tmp_path: Path) -> None:
    path = write(tmp_path / "one.csv", ["Asset Tag,Name,Category", "O-1,Kayak,Kayaks"])
    dialog = open_dialog(qtbot, register, path, tmp_path)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page)
    # Creating records is off until ticked: the unknown category is an error until then.
    assert not dialog.preview_page.create_missing.isChecked()
    assert "1 with errors" in dialog.preview_page.counts.text()
    dialog.preview_page.create_missing.setChecked(True)
    qtbot.waitUntil(lambda: "New records to create" in dialog.preview_page.counts.text())
    counts = dialog.preview_page.counts.text()
    assert "<b>1 row</b>" in counts and "New records to create: 1 category" in counts
    assert not dialog.findChild(QPushButton, "saveRejects").isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled())
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.summary_page, timeout=10_000)
    summary = dialog.summary.text()
    assert "<b>1 new item</b> is in the register." in summary
    assert "New category: Kayaks." in summary and "skipped" not in summary
    assert not dialog.findChild(QPushButton, "summarySaveRejects").isVisibleTo(dialog)
