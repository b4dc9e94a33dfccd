"""Lao breaks between words on screen; U+200B never reaches the register or the clipboard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from inl_equipment.app import create_main_window, setup_application
from inl_equipment.db.models import Item
from inl_equipment.db.session import Database
from inl_equipment.lao_breaks import HINT, lao_words, with_break_hints, without_break_hints
from inl_equipment.services.search import Query
from inl_equipment.ui.main_window import MainWindow

TEXT = "ໜ່ວຍສະກັດກັ້ນຢາເສບຕິດ ແຂວງຫຼວງນ້ຳທາ ໄດ້ຮັບອຸປະກອນ"


def test_hints_fall_between_dictionary_words_and_come_out_again() -> None:
    hinted = with_break_hints(TEXT)
    assert without_break_hints(hinted) == TEXT
    pieces = hinted.replace(" ", HINT).split(HINT)
    assert [p for p in pieces if p] == [w for w in lao_words(TEXT) if w.strip()]
    assert "ຢາເສບຕິດ" in pieces and "ອຸປະກອນ" in pieces  # whole words, never cut inside
    assert with_break_hints("Toyota Hilux 4x4") == "Toyota Hilux 4x4"


def test_the_item_page_wraps_lao_but_stores_searches_and_copies_it_as_written(
    qtbot: Any, qapp: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    setup_application(qapp, language="en")  # installs the clipboard guard
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    item_id = window.model.item_id(0)
    record = window.register.items.get(item_id)
    window.register.items.update(item_id, replace(record.values, notes=TEXT))
    page = window.features["item_page"].show_item(item_id)  # type: ignore[attr-defined]
    assert HINT in page.details.notes.text()
    with window.register.db.read() as s:
        assert s.scalar(select(Item.notes).where(Item.id == item_id)) == TEXT
    snap = window.register.items.snapshot()
    assert snap.apply(Query(text="ຢາເສບຕິດ ຫຼວງນ້ຳທາ"))  # found by the words as typed
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(page.details.notes.text())  # what copying the label puts there
    qtbot.waitUntil(lambda: clipboard.text() == TEXT, timeout=3_000)
