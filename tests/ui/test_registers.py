"""File → New register, Open register, Open recent, Properties: moving between registers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from inl_equipment.app import create_main_window
from inl_equipment.db.models import Province
from inl_equipment.db.schema import HEAD_REVISION, open_database
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.facade.opening import database_url, open_for_app
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.registers.feature import recent_registers
from inl_equipment.ui.registers.properties_dialog import PropertiesDialog
from tests.ui.helpers import on_modal


def make_register(path: Path, items: int) -> Path:
    db = open_database("sqlite:///" + str(path))
    with db.write() as s:
        fill_demo(s, items, "tester", seed=5)
    db.dispose()
    return path


@pytest.fixture
def first(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> MainWindow:
    window = create_main_window(
        str(make_register(tmp_path / "one.sqlite", 40)), qsettings, "Tester"
    )
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def feature(window: MainWindow) -> Any:
    return window.features["registers"]


def test_open_another_register_closes_this_one_and_remembers_both(
    qtbot: Any, first: MainWindow, tmp_path: Path
) -> None:
    two = make_register(tmp_path / "two.sqlite", 25)
    other = feature(first).open_path(two)
    assert isinstance(other, MainWindow)
    qtbot.addWidget(other)
    assert other.register.path == two and other.isVisible()
    qtbot.waitUntil(lambda: other.model.rowCount() == 25)
    assert not first.isVisible()
    # The first window let go of its register: it can be opened for writing again.
    again = open_for_app(database_url(str(tmp_path / "one.sqlite"), None), "Tester")
    try:
        assert not again.read_only
    finally:
        again.close()
    assert recent_registers(other.settings)[:2] == [str(two), str(tmp_path / "one.sqlite")]
    menu = feature(other).recent_menu
    menu.aboutToShow.emit()
    entries = [a.text() for a in menu.actions()]
    assert entries == [f"&1 {tmp_path / 'one.sqlite'}"]
    other.close()


def test_a_new_register_starts_with_the_standard_lists(
    qtbot: Any, first: MainWindow, tmp_path: Path
) -> None:
    def start_with_lists(box: QMessageBox) -> None:
        for button in box.buttons():
            if "lists" in button.text():
                button.click()

    on_modal(start_with_lists, cls=QMessageBox)
    other = feature(first).open_path(tmp_path / "new.sqlite", new=True)
    assert isinstance(other, MainWindow)
    qtbot.addWidget(other)
    with other.register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Province)) == 18
    panel = other.features["first_steps"].panel  # type: ignore[attr-defined]
    qtbot.waitUntil(panel.isVisible)
    other.close()


def test_a_recent_register_that_is_gone_is_refused_in_words(
    first: MainWindow, tmp_path: Path
) -> None:
    texts: list[str] = []
    on_modal(lambda box: (texts.append(box.text()), box.accept()), cls=QMessageBox)
    assert feature(first).open_path(tmp_path / "gone.sqlite") is None
    assert texts and "is not there" in texts[0]
    assert first.isVisible()


def test_properties_name_the_file_its_contents_and_schema(first: MainWindow) -> None:
    facts = first.register.safety.facts()
    dialog = PropertiesDialog(facts, first)
    assert dialog.values["location"].text() == str(first.register.path)
    assert dialog.values["items"].text() == "40"
    assert dialog.values["schema"].text() == HEAD_REVISION
    assert facts.size and facts.size >= first.register.path.stat().st_size  # type: ignore[union-attr]
    assert dialog.values["mode"].text() == "for editing"
    dialog.deleteLater()
