"""Shortcuts: every one in its menu, none given to two actions, the common ones there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.ui.main_window import MainWindow


def _menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    pending = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while pending:
        menu = pending.pop()
        for action in menu.actions():  # type: ignore[union-attr]
            if action.menu():
                pending.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    return found


def test_no_shortcut_is_given_to_two_actions_and_the_common_ones_exist(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, "Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    in_menus = _menu_actions(window)
    keys = [a.shortcut().toString() for a in in_menus if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    # Every action with a shortcut is in a menu, where the shortcut shows.
    everywhere = {a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert everywhere <= set(in_menus) | {a for a in everywhere if not a.text()}
    acts = window.acts
    assert acts["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    for key in ("new", "edit", "retire", "hand_over", "print_labels", "item_page", "export"):
        assert not acts[key].shortcut().isEmpty(), key
