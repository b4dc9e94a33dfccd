"""The register table, its counts and its filter bar follow a switch of interface language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QLabel

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.register import Register
from inl_equipment.ui.register.equipment_table_model import EquipmentTableModel
from inl_equipment.ui.translation import install_catalogues, install_language

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Columns</name>
  <message><source>Asset tag</source><translation>Étiquette</translation></message>
</context>
<context><name>FilterBar</name>
  <message><source>Status:</source><translation>Statut :</translation></message>
  <message><source>All statuses</source><translation>Tous les statuts</translation></message>
</context>
<context><name>ItemStatus</name>
  <message><source>In stock</source><translation>En stock</translation></message>
</context>
<context><name>RegisterView</name>
  <message numerus="yes">
    <source>@COUNTS@</source>
    <translation>
      <numerusform>{shown} sur {total} article · valeur {value} (sortis : {retired})</numerusform>
      <numerusform>{shown} sur {total} articles · valeur {value} (sortis : {retired})</numerusform>
    </translation>
  </message>
</context>
</TS>
""".replace(
    "@COUNTS@",
    "{shown} of {total} item(s) · total value {value} (lost, stolen or disposed: {retired})",
)


@pytest.fixture
def tiny_catalogue(tmp_path: Path) -> Path:
    ts = tmp_path / "tiny_fr.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    qm = tmp_path / "tiny_fr.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_the_model_retitles_its_columns_on_a_language_change(
    qtbot: Any, register: Register
) -> None:
    model = EquipmentTableModel()
    model.set_snapshot(register.items.snapshot())
    with qtbot.waitSignal(model.headerDataChanged) as blocker:
        QCoreApplication.sendEvent(model, QEvent(QEvent.Type.LanguageChange))
    assert blocker.args[0] == Qt.Orientation.Horizontal


def test_headers_counts_and_filters_follow_the_language(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings, tiny_catalogue: Path
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    qtbot.addWidget(window)
    model, statuses = window.model, window.filters.combos["statuses"]

    def labels() -> list[str]:
        return [label.text() for label in window.filters.findChildren(QLabel)]

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Asset tag"
    assert "Status:" in labels() and statuses.itemText(0) == "All statuses"
    try:
        install_catalogues([tiny_catalogue])
        qtbot.waitUntil(lambda: window.count_label.text().startswith("300 sur 300 articles"))
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Étiquette"
        assert "Statut :" in labels()
        assert statuses.itemText(0) == "Tous les statuts"
        assert statuses.itemText(statuses.findData("in_stock")) == "En stock"
        assert window.view.column_menu().actions()[0].text() == "Étiquette"
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.count_label.text().startswith("300 of 300 items"))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Asset tag"
    assert "Status:" in labels() and statuses.itemText(0) == "All statuses"
    window.close()
