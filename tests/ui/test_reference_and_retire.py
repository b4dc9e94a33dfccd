"""Reference data editors and retiring an item, through the GUI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import select

from inl_equipment.app import create_main_window
from inl_equipment.db.models import Category, Item
from inl_equipment.db.monitoring import DisposalLine
from inl_equipment.db.session import Database
from inl_equipment.services.columns import R
from inl_equipment.services.reference import KINDS
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.reference.reference_dialog import ReferenceDialog, RefRecordForm
from inl_equipment.ui.register.retire_dialog import RetireDialog
from tests.ui.helpers import on_modal, type_text


def _window(qtbot: Any, db_path: Path, qsettings: QSettings) -> MainWindow:
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    return w


def _select(dialog: ReferenceDialog, name: str) -> None:
    row = dialog.model.find(lambda r: r.name.startswith(name))
    if row is None:
        raise AssertionError(f"{name} not listed")
    dialog.table.selectRow(row)


def test_add_a_category_with_a_lao_name_and_refuse_deleting_one_in_use(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    w = _window(qtbot, db_path, qsettings)
    dialog = ReferenceDialog(w.register, KINDS["category"], w)
    qtbot.addWidget(dialog)

    def fill(form: RefRecordForm) -> None:
        name = form.inputs["name_en"]
        lao = form.inputs["name_lo"]
        assert isinstance(name, QLineEdit) and isinstance(lao, QLineEdit)
        qtbot.keyClicks(name, "Body cameras")
        type_text(lao, "ກ້ອງຕິດໂຕ")
        form.buttons.accepted.emit()

    on_modal(fill, cls=RefRecordForm)
    dialog.add()
    with w.register.db.read() as s:
        added = s.scalars(select(Category).where(Category.name_en == "Body cameras")).one()
        assert added.name_lo == "ກ້ອງຕິດໂຕ"
    seen: list[str] = []
    on_modal(lambda box: (seen.append(box.text()), box.accept()), cls=QMessageBox)
    _select(dialog, "Radios")
    dialog.delete_current()
    assert "cannot be deleted" in seen[0] and "items" in seen[0]
    with w.register.db.read() as s:
        assert s.scalar(select(Category.id).where(Category.name_en == "Radios")) is not None
    w.close()


def test_retire_an_item_with_its_disposition(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    w = _window(qtbot, db_path, qsettings)
    combo = w.filters.combos["statuses"]
    combo.setCurrentIndex(combo.findData("in_stock"))
    w.table.selectRow(0)
    item_id = w.current_item_id()
    assert item_id is not None and w.acts["retire"].isEnabled()

    def retire(dialog: RetireDialog) -> None:
        dialog.buttons.accepted.emit()  # disposed without a method: refused, stays open
        assert "how the item was disposed" in dialog.error.text()
        qtbot.keyClicks(dialog.method, "Sold at public auction")
        dialog.price.setText("1,250.00")
        asked: list[str] = []

        def confirm(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        on_modal(confirm, cls=QMessageBox)
        dialog.buttons.accepted.emit()
        assert asked and "as disposed" in asked[0]

    on_modal(retire, cls=RetireDialog)
    w.acts["retire"].trigger()
    with w.register.db.read() as s:
        item = s.get(Item, item_id)
        assert item is not None and item.status == "disposed"
        price = s.scalar(select(DisposalLine.sale_price).where(DisposalLine.item_id == item_id))
        assert str(price) == "1250.00"
    assert w.register.items.history(item_id)[-1].action == "dispose"
    # The table shows it at once; with the in-stock filter it is no longer listed.
    assert w.model.row_of_item(item_id) is None
    w.close()


def test_merge_asks_which_to_keep_and_confirms_with_counts(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    from inl_equipment.ui.reference.reference_dialog import MergeChooser

    demo_db.dispose()
    w = _window(qtbot, db_path, qsettings)
    provinces = ReferenceDialog(w.register, KINDS["province"], w)
    qtbot.addWidget(provinces)
    assert not provinces.merge_button.isEnabled()  # provinces are fixed
    dialog = ReferenceDialog(w.register, KINDS["category"], w)
    qtbot.addWidget(dialog)
    _select(dialog, "Motorcycles")
    seen: list[str] = []

    def choose(chooser: MergeChooser) -> None:
        ok = chooser.buttons.button(chooser.buttons.StandardButton.Ok)
        seen.append(f"preselected={ok.isEnabled()}")
        chooser.filter.setText("vehic")
        visible = [
            chooser.list.item(i)
            for i in range(chooser.list.count())
            if not chooser.list.item(i).isHidden()
        ]
        assert [i.text() for i in visible] == ["Vehicles"]
        chooser.list.setCurrentItem(visible[0])
        on_modal(lambda box: (seen.append(box.text()), box.reject()), cls=QMessageBox)
        ok.click()

    on_modal(choose, cls=MergeChooser)
    dialog.merge_current()
    assert seen[0] == "preselected=False"
    assert "cannot be undone" in seen[1] and "items" in seen[1]
    with w.register.db.read() as s:  # the confirmation was declined: nothing merged
        assert s.scalar(select(Category.id).where(Category.name_en == "Motorcycles"))
    w.close()


def test_units_show_their_short_name_province_main_location_and_items_and_sort(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings
) -> None:
    from collections import Counter

    from PySide6.QtCore import Qt

    demo_db.dispose()
    w = _window(qtbot, db_path, qsettings)
    dialog = ReferenceDialog(w.register, KINDS["agency"], w)
    qtbot.addWidget(dialog)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == "Items" and "Short name" in headers and "Main location" in headers
    held = Counter(
        r[R["holder_agency_id"]]
        for r in w.register.items.snapshot().rows
        if r[R["holder_agency_id"]]
    )
    for row in range(model.rowCount()):
        record = model.row_at(row)
        assert model.index(row, len(headers) - 1).data() == f"{held.get(record.id, 0):,}"
    dialog.table.sortByColumn(len(headers) - 1, Qt.SortOrder.DescendingOrder)
    counts = [held.get(model.row_at(r).id, 0) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    dialog.filter.setText("bcp nam")  # the short name matches too
    assert model.rowCount() >= 2
