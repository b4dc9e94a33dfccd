"""Switching the interface language changes the window's menus and the core's messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from inl_equipment.app import create_main_window
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.facade.handovers import NoAttachmentFolderError
from inl_equipment.services.register import Register
from inl_equipment.ui.translation import install_catalogues, install_language

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>MainWindow</name>
  <message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
  <message><source>&amp;Help</source><translation>&amp;Aide</translation></message>
</context>
<context><name>RegisterFeature</name>
  <message><source>&amp;New item…</source><translation>&amp;Nouvel article…</translation></message>
</context>
<context><name>Handovers</name>
  <message><source>attachments need a register stored in a file</source>
    <translation>les pièces jointes demandent un registre dans un fichier</translation></message>
</context>
<context><name>Test</name>
  <message numerus="yes"><source>%n item(s)</source>
    <translation><numerusform>%n article</numerusform>
      <numerusform>%n articles</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def tiny_catalogue(tmp_path: Path) -> Path:
    ts = tmp_path / "tiny_fr.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    qm = tmp_path / "tiny_fr.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_retranslates_menus_and_core_messages(
    qtbot: Any, db_path: Path, register: Register, tiny_catalogue: Path
) -> None:
    register.close()
    settings = QSettings(str(db_path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = create_main_window(str(db_path), settings, "Tester")
    qtbot.addWidget(window)
    error = NoAttachmentFolderError(
        Msg.translate("Handovers", "attachments need a register stored in a file")
    )
    assert _menu_titles(window)[0] == "&File"
    try:
        install_catalogues([tiny_catalogue])
        qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&Fichier")
        assert "&Aide" in _menu_titles(window)
        assert window.acts["new"].text() == "&Nouvel article…"
        # A message raised in the core renders in the language shown now.
        assert str(error) == "les pièces jointes demandent un registre dans un fichier"
        assert translate("Test", "%n item(s)", None, 1) == "1 article"
        assert translate("Test", "%n item(s)", None, 3) == "3 articles"
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == "&File")
    assert window.acts["new"].text() == "&New item…"
    assert str(error) == "attachments need a register stored in a file"
    window.close()


def test_english_plurals_come_from_the_catalogue(qapp: Any) -> None:
    install_language("en")
    assert translate("FormErrors", "%n field(s) need attention before saving.", None, 1) == (
        "1 field needs attention before saving."
    )
    assert translate("FormErrors", "%n field(s) need attention before saving.", None, 5) == (
        "5 fields need attention before saving."
    )
