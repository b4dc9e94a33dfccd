"""Filters that take several values: the counts equal a recomputation from the rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.columns import R
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.multi_choice import MultiChoice


def _window(qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings) -> MainWindow:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def test_lost_or_stolen_in_two_provinces_counts_as_the_rows_say(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    window = _window(qtbot, demo_db, db_path, qsettings)
    statuses = window.filters.combos["statuses"]
    provinces = window.filters.combos["provinces"]
    assert isinstance(statuses, MultiChoice) and isinstance(provinces, MultiChoice)
    snap = window.model.snapshot
    # Two provinces that hold items; tick them in the list as a user would.
    held = sorted({snap.province_id(r) for r in snap.rows} - {None})[:2]
    for value in ("lost", "stolen"):
        statuses.view().pressed.emit(statuses.model().index(statuses.findData(value), 0))
    for value in held:
        provinces.view().pressed.emit(provinces.model().index(provinces.findData(value), 0))
    expected = [
        r for r in snap.rows if r[R["status"]] in ("lost", "stolen") and snap.province_id(r) in held
    ]
    assert window.model.rowCount() == len(expected)
    assert statuses.itemText(0) == "Status: Lost, Stolen"
    query = window.filters.query(window.model.query)
    assert query.statuses == {"lost", "stolen"} and query.provinces == set(held)
    # Unticking one leaves the other; the first entry ticks none (= every value).
    statuses.view().pressed.emit(statuses.model().index(statuses.findData("lost"), 0))
    assert window.filters.query(window.model.query).statuses == {"stolen"}
    statuses.view().pressed.emit(statuses.model().index(0, 0))
    assert statuses.values() == frozenset() and statuses.itemText(0) == "All statuses"


def test_three_or_more_say_how_many_and_are_remembered(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    window = _window(qtbot, demo_db, db_path, qsettings)
    categories = window.filters.combos["categories"]
    assert isinstance(categories, MultiChoice)
    ids = [categories.itemData(i) for i in (1, 2, 3)]
    categories.set_values(ids)
    assert categories.itemText(0) == "Category: 3 values chosen"
    window.close()
    again = create_main_window(str(db_path), qsettings, operator="Tester")
    qtbot.addWidget(again)
    restored = again.filters.combos["categories"]
    assert isinstance(restored, MultiChoice) and restored.values() == set(ids)


def test_ranges_of_acquisition_check_and_value_count_as_the_rows_say(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    from datetime import date

    window = _window(qtbot, demo_db, db_path, qsettings)
    ranges = window.filters.ranges
    low, high = ranges.dates["acquired"]
    low.set_value(date(2019, 1, 1))
    high.set_value(date(2022, 12, 31))
    ranges.values[0].setText("1,000")
    ranges.values[0].editingFinished.emit()
    snap = window.model.snapshot
    expected = [
        r
        for r in snap.rows
        if r[R["acquisition_date"]]
        and "2019-01-01" <= str(r[R["acquisition_date"]])[:10] <= "2022-12-31"
        and r[R["unit_value"]] >= 100_000
    ]
    assert 0 < window.model.rowCount() == len(expected)
    assert window.filters.more_button.text() == "More filters (2)"
    query = window.filters.query(window.model.query)
    assert query.acquired == ("2019-01-01", "2022-12-31") and query.value == (100_000, None)
    window.filters.clear()
    assert window.model.rowCount() == len(snap.rows)
    assert window.filters.more_button.text() == "More filters"
    window.filters.show_query(query)  # a saved view brings them back
    assert window.model.rowCount() == len(expected)
