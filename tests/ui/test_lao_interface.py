"""The interface in Lao: menus, toolbar, a dialog's buttons and a validation message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from inl_equipment.app import create_main_window, setup_application
from inl_equipment.db.session import Database
from inl_equipment.i18n import catalogue_dir
from inl_equipment.ui.form_errors import FormErrors
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.item_dialog import ItemDialog
from inl_equipment.ui.translation import install_language


def _lao(text: str) -> bool:
    return any("\u0e80" <= ch <= "\u0eff" for ch in text)


def test_the_lao_catalogue_turns_the_window_into_lao(
    qtbot: Any, qapp: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    try:
        setup_application(qapp, language="lo")
        window = create_main_window(str(db_path), qsettings, operator="Tester")
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert all(_lao(m) for m in menus), menus
        assert _lao(window.acts["new"].text()) and _lao(window.acts["hand_over"].text())
        dialog = ItemDialog(window.register.reference.lists(), lambda data: 1, parent=window)
        qtbot.addWidget(dialog)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        assert _lao(save.text())  # Qt's own button, from qtbase_lo
        assert _lao(FormErrors.summary(3)) and "3" in FormErrors.summary(3)
    finally:
        install_language("en")


def test_every_lao_plural_has_both_forms_when_translated() -> None:
    tree = ET.parse(catalogue_dir() / "inl_equipment_lo.ts")
    half = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        forms = [f.text or "" for f in message.iter("numerusform")]
        if any(forms) and not all(forms):
            half.append(message.findtext("source"))
    assert half == []
