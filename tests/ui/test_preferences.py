"""Edit → Preferences: the interface language switches at once and is remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window
from inl_equipment.cli import build_parser
from inl_equipment.db.session import Database
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.preferences.feature import PreferencesDialog
from inl_equipment.ui.translation import LANGUAGE_KEY, install_language
from tests.ui.helpers import on_modal


def test_choosing_lao_switches_the_open_window_and_is_kept(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)

    def choose_lao(dialog: PreferencesDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("lo"))
        dialog.accept()

    try:
        on_modal(choose_lao, cls=PreferencesDialog)
        # The window sets its texts again at once (the Lao catalogue fills them in).
        with qtbot.waitSignal(window.retranslated, timeout=5_000):
            chosen = window.features["preferences"].show_preferences()  # type: ignore[attr-defined]
        assert chosen == "lo" and qsettings.value(LANGUAGE_KEY) == "lo"
        dialog = PreferencesDialog(qsettings, window)
        assert dialog.chosen_language() == "lo"  # the dialog shows what is kept
        dialog.deleteLater()
    finally:
        install_language("en")


def test_the_command_line_takes_a_language_for_one_run() -> None:
    args = build_parser().parse_args(["--lang", "lo"])
    assert args.lang == "lo" and args.command is None
