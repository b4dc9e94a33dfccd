"""View → Names in Lao: units, places and provinces by their Lao names, remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.columns import COLUMNS, R
from inl_equipment.ui.main_window import MainWindow


def test_names_in_lao_show_and_are_remembered(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    holder = next(i for i, c in enumerate(COLUMNS) if c.key == "holder")
    province = next(i for i, c in enumerate(COLUMNS) if c.key == "province")
    snap = window.model.snapshot
    row = next(r for r in range(window.model.rowCount()) if window.model.index(r, holder).data())
    item = snap.rows[snap.position_of(window.model.item_id(row))]  # type: ignore[index]
    english = window.model.index(row, holder).data()
    window.acts["lao_names"].trigger()
    lao = snap.refs.lo["agencies"][item[R["holder_agency_id"]]]
    assert window.model.index(row, holder).data() == lao != english
    assert any("\u0e80" <= ch <= "\u0eff" for ch in window.model.index(row, province).data())
    window.close()
    again = create_main_window(str(db_path), qsettings, operator="Tester")
    qtbot.addWidget(again)
    assert again.acts["lao_names"].isChecked()
    assert again.model.index(row, holder).data() == lao
    again.acts["lao_names"].trigger()
    assert again.model.index(row, holder).data() == english
