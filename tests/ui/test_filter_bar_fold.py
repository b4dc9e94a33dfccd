"""The filter bar folds onto two rows so the window fits a laptop screen at 150 %.

A 1366-pixel screen at 150 % gives the window 910 of Qt's pixels; on one row
the search box and seven drop-downs need about 1,130.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window, setup_application
from inl_equipment.db.session import Database
from inl_equipment.ui.register.wrap_row import WrapRow

LAPTOP_AT_150 = 1366 * 2 // 3  # 910


@pytest.mark.parametrize("language", ["en", "lo"])
def test_the_window_fits_a_laptop_at_150_percent_and_the_bar_folds(
    qtbot: Any, qapp: Any, demo_db: Database, db_path: Path, qsettings: QSettings, language: str
) -> None:
    setup_application(qapp, language=language)
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    qtbot.addWidget(window)
    window.show()
    bar = window.findChild(WrapRow)
    assert bar is not None
    assert window.minimumSizeHint().width() <= LAPTOP_AT_150
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: not bar.folded)
    window.resize(LAPTOP_AT_150, 700)
    qtbot.waitUntil(lambda: bar.folded)
    assert window.width() == LAPTOP_AT_150
    combos = list(window.view.filters.combos.values())

    def whole() -> bool:
        # Folded, every drop-down is whole: none is squeezed below what it needs.
        return all(
            c.width() >= c.minimumSizeHint().width() and c.geometry().right() <= bar.width()
            for c in combos
        )

    qtbot.waitUntil(whole)
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: not bar.folded)
    setup_application(qapp, language="en")
