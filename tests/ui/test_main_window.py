"""Main flows through the GUI: add, bad input refused, search, filter, sort, edit, history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
)
from sqlalchemy import func, select

from inl_equipment.app import create_main_window
from inl_equipment.db.models import Item
from inl_equipment.db.session import Database
from inl_equipment.services import audit
from inl_equipment.services.columns import COLUMNS
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.item_dialog import ItemDialog
from tests.ui.helpers import on_modal, type_text


@pytest.fixture
def window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.show()
    return w


def col(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def shown_tags(w: MainWindow) -> list[str]:
    return [w.model.index(r, col("asset_tag")).data() for r in range(w.model.rowCount())]


def test_seams_and_counts(window: MainWindow) -> None:
    table = window.findChild(QTableView, "equipmentTable")
    search = window.findChild(QLineEdit, "searchEdit")
    assert table is not None and search is not None
    headers = [
        table.model().headerData(i, Qt.Orientation.Horizontal)
        for i in range(table.model().columnCount())
    ]
    assert "Asset tag" in headers and "Serial number" in headers
    assert table.model().rowCount() == 300
    assert window.count_label.text().startswith("300 of 300 items · total value $")


def fill(dialog: ItemDialog, **values: str) -> None:
    for name, text in values.items():
        widget = dialog.field(name)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findText(text))
        else:
            assert isinstance(widget, QLineEdit)
            widget.clear()
            type_text(widget, text)


def save_button(dialog: ItemDialog) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


def test_add_an_item(qtbot: Any, window: MainWindow) -> None:
    def work(dialog: ItemDialog) -> None:
        assert not save_button(dialog).isEnabled()  # empty form cannot be saved
        fill(
            dialog,
            asset_tag="INL-26-900001",
            description="Handheld radio ວິທະຍຸ",
            category_id="Radios",
            make="Motorola",
            model="APX 900",
            serial_number="426TNEW1",
            unit_value="1,825.50",
        )
        assert save_button(dialog).isEnabled()
        save_button(dialog).click()

    seen = on_modal(work, cls=ItemDialog)
    window.acts["new"].trigger()
    assert seen
    assert window.model.rowCount() == 301
    assert window.current_item_id() is not None
    with window.register.db.read() as s:
        item = s.scalars(select(Item).where(Item.asset_tag == "INL-26-900001")).one()
        assert str(item.unit_value) == "1825.50"
        assert item.description == "Handheld radio ວິທະຍຸ"
        assert [e.operator for e in audit.history(s, "item", item.id)] == ["Tester"]


def test_bad_input_is_refused_next_to_the_field(qtbot: Any, window: MainWindow) -> None:
    existing = shown_tags(window)[0]
    outcome: dict[str, Any] = {}

    def work(dialog: ItemDialog) -> None:
        fill(
            dialog,
            asset_tag=existing,
            description="Duplicate",
            category_id="Radios",
            unit_value="-5",
        )
        outcome["value_error"] = dialog.findChild(QLabel, "error_unit_value").text()
        outcome["enabled_with_bad_value"] = save_button(dialog).isEnabled()
        fill(dialog, unit_value="10")
        save_button(dialog).click()  # the duplicate tag is caught by the service
        outcome["tag_error"] = dialog.findChild(QLabel, "error_asset_tag").text()
        outcome["still_open"] = dialog.isVisible()
        dialog.reject()

    on_modal(work, cls=ItemDialog)
    window.acts["new"].trigger()
    assert "negative" in outcome["value_error"]
    assert outcome["enabled_with_bad_value"] is False
    assert "already used" in outcome["tag_error"]
    assert outcome["still_open"] is True
    assert window.model.rowCount() == 300


def test_search_as_you_type_in_english_and_lao(qtbot: Any, window: MainWindow) -> None:
    type_text(window.filters.search, "ສະຫວັນນະເຂດ")
    lao = window.model.rowCount()
    assert 0 < lao < 300
    assert window.count_label.text().startswith(f"{lao} of 300 items")
    window.filters.search.clear()
    qtbot.keyClicks(window.filters.search, "toyota")
    tags = shown_tags(window)
    assert tags
    make = col("make")
    assert all(window.model.index(r, make).data() == "Toyota" for r in range(len(tags)))
    window.filters.search.clear()
    assert window.model.rowCount() == 300


def test_filters_and_sort(qtbot: Any, window: MainWindow) -> None:
    combo = window.filters.combos["statuses"]
    combo.setCurrentIndex(combo.findData("in_stock"))
    status = col("status")
    n = window.model.rowCount()
    assert 0 < n < 300
    assert {window.model.index(r, status).data() for r in range(n)} == {"In stock"}
    value = col("unit_value")
    raw = Qt.ItemDataRole.UserRole + 2

    def values() -> list[int]:
        return [window.model.index(r, value).data(raw) for r in range(window.model.rowCount())]

    header = window.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, value)
    )
    ascending = values()
    assert ascending == sorted(ascending) and len(set(ascending)) > 1
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, value)
    )
    assert values() == sorted(ascending, reverse=True)
    window.filters.clear()
    assert window.model.rowCount() == 300


def _section_center(header: Any, logical: int) -> Any:
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    return QPoint(x, header.height() // 2)


def test_edit_an_item_and_see_its_history(qtbot: Any, window: MainWindow) -> None:
    window.table.selectRow(0)
    item_id = window.current_item_id()
    assert item_id is not None
    before = len(window.register.items.history(item_id))  # created, perhaps checked
    seen_history: list[int] = []

    def work(dialog: ItemDialog) -> None:
        seen_history.append(dialog.findChild(QTableView, "historyTable").model().rowCount())
        fill(dialog, make="Motorola Solutions")
        save_button(dialog).click()

    on_modal(work, cls=ItemDialog)
    window.acts["edit"].trigger()
    assert seen_history == [before] and before >= 1
    assert window.model.index(0, col("make")).data() == "Motorola Solutions"

    # A double-click opens the item page; its History tab shows the edit.
    window.table.doubleClicked.emit(window.model.index(0, 0))
    page = window.features["item_page"].page  # type: ignore[attr-defined]
    assert page is not None and page.item_id == item_id
    assert page.findChild(QTableView, "itemPage_history").model().rowCount() == before + 1
    page.close()


def test_layout_and_filters_are_remembered(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    first = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(first, MainWindow)
    qtbot.addWidget(first)
    first.table.setColumnHidden(col("make"), True)
    combo = first.filters.combos["statuses"]
    combo.setCurrentIndex(combo.findData("in_stock"))
    shown = first.model.rowCount()
    first.close()
    second = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    assert second.table.isColumnHidden(col("make"))
    assert second.filters.combos["statuses"].values() == {"in_stock"}  # type: ignore[attr-defined]
    assert second.model.rowCount() == shown


def test_a_big_register_paints_first_rows_then_loads_the_rest(
    qtbot: Any,
    demo_db: Database,
    db_path: Path,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inl_equipment.ui.register import register_view as main_window

    monkeypatch.setattr(main_window, "FIRST_SCREEN_ROWS", 40)
    monkeypatch.setattr(main_window, "SYNC_LOAD_LIMIT", 100)
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 40
    assert w.count_label.text() == "Loading 300 items…"
    qtbot.waitUntil(lambda: w.model.rowCount() == 300, timeout=5000)
    assert w.count_label.text().startswith("300 of 300 items")


def test_a_search_before_the_load_ends_sees_every_row(
    qtbot: Any,
    demo_db: Database,
    db_path: Path,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inl_equipment.ui.register import register_view as main_window

    monkeypatch.setattr(main_window, "FIRST_SCREEN_ROWS", 40)
    monkeypatch.setattr(main_window, "SYNC_LOAD_LIMIT", 100)
    with demo_db.read() as s:
        expected = s.scalar(select(func.count()).where(Item.make == "Toyota"))
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.filters.search.setText("toyota")  # at once, before the worker is done
    assert w.model.rowCount() == expected


def test_dropping_a_spreadsheet_opens_the_import(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from inl_equipment.ui.imports.import_dialog import ImportDialog

    sheet = tmp_path / "list.csv"
    sheet.write_text("Asset Tag,Name\nDROP-1,Dropped radio\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    seen = on_modal(lambda d: d.reject(), cls=ImportDialog)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    from inl_equipment.ui.imports.feature import dropped_file as _dropped_file

    assert _dropped_file(other) is None and _dropped_file(mime) == sheet


def test_opening_the_window_imports_no_heavy_library(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    """Start-up stays lean: ReportLab, Excel libraries and Alembic load when used."""
    import subprocess
    import sys

    demo_db.dispose()
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "app = QApplication([])\n"
        "from inl_equipment.app import create_main_window\n"
        f"w = create_main_window({str(db_path)!r}, QSettings({str(tmp_path / 's.ini')!r}, "
        "QSettings.Format.IniFormat), 'x')\n"
        "w.show(); app.processEvents()\n"
        "heavy = ('reportlab', 'openpyxl', 'xlsxwriter', 'alembic', 'uharfbuzz', 'fontTools',"
        " 'python_calamine')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_item_form_reads_money_as_an_import_does(qtbot: Any, register: Any) -> None:
    dialog = ItemDialog(register.reference.lists(), lambda data: 1)
    qtbot.addWidget(dialog)
    for typed, expected in (("12,50", "12.50"), ("$1,825.00", "1825.00"), ("1 250.5", "1250.50")):
        fill(dialog, unit_value=typed)
        data, bad = dialog.values()
        assert (str(data.unit_value), bad) == (expected, {})
    fill(dialog, unit_value="twelve")
    _data, bad = dialog.values()
    assert "not an amount" in bad["unit_value"]


def test_an_empty_result_says_so_and_totals_name_retired_value(
    qtbot: Any, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel as QLabel_

    assert "(lost, stolen or disposed: $" in window.count_label.text()
    note = window.findChild(QLabel_, "emptyNote")
    assert note is not None and note.isHidden()
    window.filters.search.setText("no-such-item-anywhere")
    assert window.model.rowCount() == 0 and not note.isHidden()
    note.linkActivated.emit("clear")
    assert window.model.rowCount() == 300 and note.isHidden()
