"""The item form: quiet until touched, a used tag caught as typed, the next tag suggested."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from inl_equipment.app import create_main_window
from inl_equipment.db.schema import open_database
from inl_equipment.db.session import Database
from inl_equipment.services.asset_tags import next_asset_tag
from inl_equipment.services.starter_reference import add_starter_reference
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


def shown_errors(dialog: ItemDialog) -> dict[str, str]:
    return {
        label.objectName().removeprefix("error_"): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("error_") and label.isVisibleTo(dialog)
    }


def line(dialog: ItemDialog, name: str) -> QLineEdit:
    box = dialog.field(name)
    assert isinstance(box, QLineEdit)
    return box


def save(dialog: ItemDialog) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def test_a_new_form_shows_no_error_until_a_field_is_touched(qtbot: Any, window: MainWindow) -> None:
    seen: dict[str, Any] = {}

    def work(dialog: ItemDialog) -> None:
        seen["tag"] = line(dialog, "asset_tag").text()
        seen["before"] = shown_errors(dialog)
        seen["summary"] = dialog.findChild(QLabel, "errorSummary").text()
        seen["save"] = save(dialog).isEnabled()
        description = line(dialog, "description")
        type_text(description, "x")
        description.clear()
        seen["after"] = shown_errors(dialog)
        dialog.reject()

    on_modal(work, cls=ItemDialog)
    window.acts["new"].trigger()
    tags = [window.model.snapshot.rows[i][1] for i in range(len(window.model.snapshot.rows))]
    assert seen["before"] == {} and seen["save"] is False
    assert seen["summary"] == "To save, fill in: Description, Category."
    assert seen["tag"] not in tags and seen["tag"].startswith(f"INL-{date.today():%y}-")
    assert list(seen["after"]) == ["description"]


def test_a_used_asset_tag_is_caught_as_it_is_typed(qtbot: Any, window: MainWindow) -> None:
    used = window.model.snapshot.rows[3][1]
    seen: dict[str, Any] = {}

    def work(dialog: ItemDialog) -> None:
        tag = line(dialog, "asset_tag")
        tag.clear()
        type_text(tag, used.lower())  # any case, as a scanner or a hurried hand types it
        qtbot.waitUntil(lambda: "asset_tag" in shown_errors(dialog), timeout=5_000)
        seen["message"] = shown_errors(dialog)["asset_tag"]
        seen["save"] = save(dialog).isEnabled()
        dialog.reject()

    on_modal(work, cls=ItemDialog)
    window.acts["new"].trigger()
    assert seen["message"] == f"Asset tag {used.lower()} is already used by another item."
    assert seen["save"] is False


def test_an_edited_item_keeps_its_own_tag_without_complaint(qtbot: Any, window: MainWindow) -> None:
    window.table.selectRow(0)
    seen: dict[str, Any] = {}

    def work(dialog: ItemDialog) -> None:
        tag = line(dialog, "asset_tag")
        own = tag.text()
        tag.clear()
        type_text(tag, own)
        qtbot.wait(400)  # past the look-up's pause
        seen["errors"] = shown_errors(dialog)
        dialog.reject()

    on_modal(work, cls=ItemDialog)
    window.acts["edit"].trigger()
    assert seen["errors"] == {}


def _db(tmp_path: Path) -> Database:
    db = open_database("sqlite:///" + str(tmp_path / "tags.sqlite"))
    with db.write() as s:
        add_starter_reference(s)
    return db


def _add(db: Database, *tags: str) -> None:
    from sqlalchemy import select

    from inl_equipment.db.models import Category
    from inl_equipment.services.items import ItemInput, create_item

    with db.write() as s:
        category = s.scalar(select(Category.id).limit(1))
        for tag in tags:
            create_item(s, ItemInput(asset_tag=tag, description="x", category_id=category), "t")


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ((), "INL-26-000001"),
        (("INL-26-000005", "INL-26-000002"), "INL-26-000006"),
        (("INL-23-000007",), "INL-26-000001"),  # last year's shape, this year's number
        (("SNP-0005", "SNP-0009", "SNP-0007"), "SNP-0010"),
        (("INL-26-999999",), "INL-26-1000000"),
        (("Radio 12",), "Radio 13"),
        (("12-RADIO",), "INL-26-000001"),  # no shape to follow
    ],
)
def test_the_next_tag_follows_the_register_s_pattern(
    tmp_path: Path, tags: tuple[str, ...], expected: str
) -> None:
    db = _db(tmp_path)
    try:
        _add(db, *tags)
        with db.read() as s:
            assert next_asset_tag(s, date(2026, 3, 1)) == expected
    finally:
        db.dispose()
