"""Editing many items at once: one history event per item changed, custody never touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from sqlalchemy import select

from inl_equipment.app import create_main_window
from inl_equipment.db.models import Item
from inl_equipment.db.session import Database
from inl_equipment.services import audit
from inl_equipment.services.bulk_edit import BulkChange
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.bulk_edit_dialog import BulkEditDialog
from tests.ui.helpers import on_modal


def _custody(register: Register, ids: list[int]) -> list[tuple[Any, ...]]:
    with register.db.read() as s:
        return list(
            s.execute(
                select(Item.status, Item.holder_agency_id, Item.location_id)
                .where(Item.id.in_(ids))
                .order_by(Item.id)
            )
        )


def test_each_changed_item_gets_one_event_and_custody_stays(register: Register) -> None:
    snap = register.items.snapshot()
    ids = [r[0] for r in snap.rows[:12]]
    funding = register.reference.lists(("funding",))["funding"][-1].id
    before = _custody(register, ids)
    with register.db.write() as s:  # one item already has that funding: it does not change
        s.get(Item, ids[0]).funding_source_id = funding  # type: ignore[union-attr]
    changed = register.items.bulk_edit(
        ids, BulkChange(funding_source_id=funding, notes_line="Checked at the 2026 inventory")
    )
    assert sorted(changed) == ids  # the notes line changes the first one too
    changed = register.items.bulk_edit(ids, BulkChange(funding_source_id=funding))
    assert changed == []  # nothing left to change: no event
    with register.db.read() as s:
        for item_id in ids:
            events = audit.history(s, "item", item_id)
            assert events[-1].action == "edit"
            assert "notes" in events[-1].changes
        assert verify_history(s).ok
        notes = s.get(Item, ids[1]).notes  # type: ignore[union-attr]
    assert notes.endswith("Checked at the 2026 inventory")
    assert _custody(register, ids) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (BulkChange(), "change"),
        (BulkChange(category_id=10**9), "category_id"),
        (BulkChange(condition="shiny"), "condition"),
        (BulkChange(notes_line="one\ntwo"), "notes_line"),
    ],
)
def test_a_bad_change_is_refused_before_anything_is_written(
    register: Register, change: BulkChange, field: str
) -> None:
    ids = [r[0] for r in register.items.snapshot().rows[:3]]
    with pytest.raises(ValidationError) as refused:
        register.items.bulk_edit(ids, change)
    assert field in refused.value.messages


@pytest.fixture
def window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    w = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(w, MainWindow)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_selection_is_changed_after_one_confirmation(qtbot: Any, window: MainWindow) -> None:
    selection = window.table.selectionModel()
    for row in range(5):
        selection.select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    ids = window.selected_item_ids()
    assert len(ids) == 5 and window.acts["bulk_edit"].isEnabled()
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def fill(dialog: BulkEditDialog) -> None:
        assert not dialog.ok.isEnabled()  # nothing ticked yet
        dialog.ticks["condition"].setChecked(True)
        condition = dialog.inputs["condition"]
        assert isinstance(condition, QComboBox)
        condition.setCurrentIndex(condition.findData("poor"))
        dialog.ticks["notes_line"].setChecked(True)
        notes = dialog.inputs["notes_line"]
        assert isinstance(notes, QLineEdit)
        notes.setText("Seen at the depot")
        on_modal(confirm, cls=QMessageBox)
        dialog.ok.click()

    on_modal(fill, cls=BulkEditDialog)
    changed = window.features["register"].bulk_edit_selected()  # type: ignore[attr-defined]
    assert asked and "Change 5 items?" in asked[0]
    assert sorted(changed) == sorted(ids)
    with window.register.db.read() as s:
        conditions = {s.get(Item, i).condition for i in ids}  # type: ignore[union-attr]
    assert conditions == {"poor"}
