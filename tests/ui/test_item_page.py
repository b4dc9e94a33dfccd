"""The item page through the GUI: tabs with the item's data, photos, Back and Forward."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableView

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview
from inl_equipment.ui.item_page.item_page_window import ItemPageWindow
from inl_equipment.ui.item_page.photos_tab import PhotoListModel
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.item_dialog import ItemDialog
from tests.ui.helpers import on_modal
from tests.unit.test_attach_refusals import issue
from tests.unit.test_inspections import TODAY, site_items
from tests.unit.test_item_page_core import photo_bytes


@pytest.fixture
def window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(autouse=True)
def _own_thumbnail_cache(window: MainWindow, tmp_path: Path) -> None:
    # The page's thumbnails go to the test's folder, not the user's cache.
    from inl_equipment.services.facade.item_page import ItemPageApi

    window.register.__dict__["item_page"] = ItemPageApi(
        window.register._ctx, thumbnail_cache=tmp_path / "thumbs"
    )


def open_page(window: MainWindow, row: int) -> ItemPageWindow:
    window.table.doubleClicked.emit(window.model.index(row, 0))
    page = window.features["item_page"].page  # type: ignore[attr-defined]
    assert isinstance(page, ItemPageWindow)
    return page


def tab_texts(page: ItemPageWindow) -> list[str]:
    return [page.tabs.tabText(n).replace("&", "") for n in range(page.tabs.count())]


def rows(page: ItemPageWindow, key: str) -> int:
    table = page.findChild(QTableView, f"itemPage_{key}")
    assert table is not None
    return int(table.model().rowCount())


def test_a_double_click_shows_the_item_on_its_page(window: MainWindow) -> None:
    page = open_page(window, 0)
    item_id = window.model.item_id(0)
    record = window.register.items.get(item_id)
    assert page.item_id == item_id and page.isVisible()
    assert record.values.asset_tag in page.title.text()
    assert page.details.values["asset_tag"].text() == record.values.asset_tag
    assert page.details.values["category"].text() == record.category_name
    history = len(window.register.items.readable_history(item_id))
    assert rows(page, "history") == history
    assert tab_texts(page)[:3] == ["Details", "Photos (0)", f"History ({history})"]
    assert [t.split(" (")[0] for t in tab_texts(page)[3:]] == [
        "Receipts",
        "End-use checks",
        "Incidents",
    ]


def test_back_and_forward_walk_the_items_looked_at(qtbot: Any, window: MainWindow) -> None:
    first, second, third = (window.model.item_id(r) for r in range(3))
    page = open_page(window, 0)
    assert open_page(window, 1) is page  # one page: the next item shows in it
    open_page(window, 2)
    assert page.item_id == third and not page.forward_button.isEnabled()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    QTest.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.item_id == second)  # a button's shortcut clicks it shortly
    page.back()
    assert page.item_id == first and not page.back_button.isEnabled()
    QTest.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.item_id == second)
    # Opening another item from here drops the forward steps, as a browser does.
    open_page(window, 0)
    assert page.item_id == first and not page.forward_button.isEnabled()
    page.back()
    assert page.item_id == second


def test_photos_are_added_shown_as_thumbnails_and_refused_in_words(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(window, 0)
    photo = tmp_path / "radio.jpg"
    photo.write_bytes(photo_bytes())
    not_a_photo = tmp_path / "scan.pdf"
    not_a_photo.write_bytes(b"%PDF-1.7\n" + bytes(64))
    history = rows(page, "history")
    with qtbot.waitSignal(page.photos.thumbnails_done, timeout=10_000):
        assert page.photos.add_photos([photo, not_a_photo]) == 1
    model = page.photos.model
    assert [p.original_name for p in model.rows] == ["radio.jpg"]
    icon = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert "scan.pdf" in page.photos.message.text() and "PDF" in page.photos.message.text()
    assert tab_texts(page)[1] == "Photos (1)"
    assert rows(page, "history") == history + 1
    assert page.tabs.currentWidget() is page.photos


def test_the_photo_list_model_passes_the_model_tester(
    qtmodeltester: Any, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(window, 0)
    for n in range(3):
        path = tmp_path / f"p{n}.png"
        path.write_bytes(photo_bytes((50 + n, 40), fmt="PNG"))
        page.photos.add_photos([path])
    assert isinstance(page.photos.model, PhotoListModel)
    assert page.photos.model.rowCount() == 3
    qtmodeltester.check(page.photos.model, force_py=True)


def test_receipts_list_every_receipt_and_open_its_preview(qtbot: Any, window: MainWindow) -> None:
    number = issue(window.register)
    item_id = window.register.labels.handover_items(number)[0]
    page = window.features["item_page"].show_item(item_id)  # type: ignore[attr-defined]
    assert rows(page, "receipts") == 1
    table = page.findChild(QTableView, "itemPage_receipts")
    assert table.model().index(0, 1).data() == number
    table.selectRow(0)
    table.activated.emit(table.model().index(0, 0))
    preview = page.findChild(ReceiptPreview)
    assert preview is not None and preview.number == number
    preview.close()


def test_a_check_and_its_incident_show_on_the_open_page(window: MainWindow) -> None:
    site, [item_id] = site_items(window.register, 1)
    page = window.features["item_page"].show_item(item_id)  # type: ignore[attr-defined]
    checks, incidents = rows(page, "checks"), rows(page, "incidents")
    window.register.monitoring.record_inspection(
        InspectionInput(when=TODAY, location_id=site, results=[ResultInput(item_id, "lost")]),
        today=TODAY,
    )
    # The change feed reloads the page: no refresh by hand.
    assert (rows(page, "checks"), rows(page, "incidents")) == (checks + 1, incidents + 1)
    table = page.findChild(QTableView, "itemPage_incidents")
    assert table.model().index(0, 5).data() == "open"
    assert page.details.values["status"].text() == "Lost"


def test_edit_opens_the_form_and_the_page_shows_the_saved_change(window: MainWindow) -> None:
    page = open_page(window, 0)

    def work(dialog: ItemDialog) -> None:
        make = dialog.field("make")
        assert isinstance(make, QLineEdit)
        make.setText("Hytera")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    seen = on_modal(work, cls=ItemDialog)
    page.edit_button.click()
    assert seen and page.details.values["make"].text() == "Hytera"


def test_user_text_is_shown_as_text_not_markup(window: MainWindow) -> None:
    item_id = window.model.item_id(0)
    record = window.register.items.get(item_id)
    from dataclasses import replace

    window.register.items.update(item_id, replace(record.values, make="<b>bold</b> & co"))
    page = window.features["item_page"].show_item(item_id)  # type: ignore[attr-defined]
    label = page.details.values["make"]
    assert label.text() == "<b>bold</b> & co"
    assert label.textFormat() == Qt.TextFormat.PlainText
