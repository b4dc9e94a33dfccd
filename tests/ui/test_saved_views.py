"""Saved views: a named search, filters, columns and sort, restored as saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services import saved_views
from inl_equipment.services.columns import COLUMNS
from inl_equipment.services.saved_views import SavedView
from inl_equipment.services.search import Query
from inl_equipment.ui.main_window import MainWindow


def col(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def test_a_saved_view_comes_back_as_it_was(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    feature = window.features["saved_views"]
    statuses = window.filters.combos["statuses"]
    statuses.set_values({"lost", "stolen"})  # type: ignore[attr-defined]
    window.table.setColumnHidden(col("serial_number"), True)
    window.table.sortByColumn(col("unit_value"), Qt.SortOrder.DescendingOrder)
    shown = [window.model.item_id(r) for r in range(window.model.rowCount())]
    columns = window.view.visible_column_keys()
    assert feature.save_current("Losses by value") is not None  # type: ignore[attr-defined]
    window.filters.clear()
    window.view.reset_columns()
    window.table.sortByColumn(col("asset_tag"), Qt.SortOrder.AscendingOrder)
    assert window.model.rowCount() == 300
    feature._fill_menu()  # type: ignore[attr-defined]
    entries = [a.text() for a in feature.menu.actions()]  # type: ignore[attr-defined]
    assert "Losses by value" in entries
    view = next(v for v in feature.views() if v.name == "Losses by value")  # type: ignore[attr-defined]
    feature.show_view(view)  # type: ignore[attr-defined]
    assert [window.model.item_id(r) for r in range(window.model.rowCount())] == shown
    assert window.view.visible_column_keys() == columns
    assert statuses.values() == {"lost", "stolen"}  # type: ignore[attr-defined]
    assert feature.delete_one("Losses by value")  # type: ignore[attr-defined]
    assert feature.views() == []  # type: ignore[attr-defined]


def test_views_survive_as_text_and_drop_what_is_gone() -> None:
    view = SavedView(
        "Radios in Savannakhet",
        Query(text="radio", statuses=frozenset({"handed_over"}), provinces=frozenset({13})),
        ("asset_tag", "description"),
    )
    assert saved_views.loads(saved_views.dumps([view])) == [view]
    text = saved_views.dumps([view]).replace('"description"', '"no_such_column"')
    text = text.replace('"sort_key": null', '"sort_key": "no_such_column"')
    (back,) = saved_views.loads(text)
    assert back.columns == ("asset_tag",) and back.query.sort_key is None
    assert saved_views.loads("not json") == [] and saved_views.loads('[{"name": 1}]') == []
    views = saved_views.with_view([view], SavedView("radios IN savannakhet"))
    assert [v.name for v in views] == ["radios IN savannakhet"]  # replaced, any case
