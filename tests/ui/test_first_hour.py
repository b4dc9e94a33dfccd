"""The first hour: a new register is never bare, an empty one says what to do first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from sqlalchemy import func, select

from inl_equipment.app import create_main_window
from inl_equipment.db.models import Agency, Category, Item, Location, Province
from inl_equipment.db.schema import open_database
from inl_equipment.services import lao_data
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.starter_reference import add_starter_reference
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.reference.record_form import RefRecordForm
from inl_equipment.ui.register.item_dialog import ItemDialog
from inl_equipment.ui.register.new_choice import NEW_ENTRY
from inl_equipment.ui.safety.first_run import add_standard_lists
from tests.ui.helpers import on_modal, type_text


def empty_window(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> MainWindow:
    path = tmp_path / "new.sqlite"
    open_database("sqlite:///" + str(path)).dispose()  # a register with no data at all
    window = create_main_window(str(path), qsettings, "Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def count(window: MainWindow, table: type[Any]) -> int:
    with window.register.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_an_empty_register_offers_its_first_steps(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    window = empty_window(qtbot, tmp_path, qsettings)
    panel = window.features["first_steps"].panel  # type: ignore[attr-defined]
    qtbot.waitUntil(panel.isVisible)
    assert panel.add_button.isEnabled() and panel.sample_button.isEnabled()
    window.features["first_steps"].panel.sample_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=60_000)
    qtbot.waitUntil(lambda: not panel.isVisible())
    # A search that hides every item is not an empty register.
    window.filters.search.setText("no item is called this")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert not panel.isVisible()


def test_the_first_item_is_saved_without_leaving_the_form(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    window = empty_window(qtbot, tmp_path, qsettings)
    assert count(window, Category) == 0

    def new_category(form: RefRecordForm) -> None:
        name = form.inputs["name_en"]
        assert isinstance(name, QLineEdit)
        type_text(name, "Radios")
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def fill_item(dialog: ItemDialog) -> None:
        category = dialog.field("category_id")
        assert isinstance(category, QComboBox)
        made = on_modal(new_category, cls=RefRecordForm)
        category.setCurrentIndex(category.findData(NEW_ENTRY))  # "New category…"
        assert made and category.currentText() == "Radios"
        for name, text in (("asset_tag", "INL-26-000001"), ("description", "VHF radio")):
            box = dialog.field(name)
            assert isinstance(box, QLineEdit)
            type_text(box, text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    seen = on_modal(fill_item, cls=ItemDialog)
    window.features["first_steps"].panel.add_button.click()  # type: ignore[attr-defined]
    assert seen
    assert count(window, Item) == 1 and count(window, Category) == 1
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_cancelling_a_new_record_goes_back_to_the_choice_before(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    window = empty_window(qtbot, tmp_path, qsettings)
    add_standard_lists(window)

    def look(dialog: ItemDialog) -> None:
        category = dialog.field("category_id")
        assert isinstance(category, QComboBox)
        category.setCurrentIndex(2)
        before = category.currentData()
        on_modal(lambda form: form.reject(), cls=RefRecordForm)
        category.setCurrentIndex(category.findData(NEW_ENTRY))
        assert category.currentData() == before
        dialog.reject()

    on_modal(look, cls=ItemDialog)
    window.acts["new"].trigger()
    assert count(window, Category) == len(lao_data.CATEGORIES)


def test_the_standard_lists_and_sample_data_on_top_of_them(tmp_path: Path) -> None:
    db = open_database("sqlite:///" + str(tmp_path / "r.sqlite"))
    try:
        with db.write() as s:
            first = add_starter_reference(s).added
        with db.write() as s:
            assert add_starter_reference(s).added == 0  # nothing twice
        with db.write() as s:
            fill_demo(s, 50, "tester", seed=3)
        with db.read() as s:
            provinces = s.scalar(select(func.count()).select_from(Province))
            names = list(s.scalars(select(Agency.name_en)))
            places = s.scalar(select(func.count()).select_from(Location))
            items = s.scalar(select(func.count()).select_from(Item))
    finally:
        db.dispose()
    assert first > 60 and provinces == 18 and items == 50
    assert len(names) == len(set(names))
    assert places and places >= len(lao_data.CHECKPOINTS) + 1
