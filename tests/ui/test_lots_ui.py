"""Record use… on a lot, the Lao description in the table and the form, the lots report."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.services.columns import COLUMNS
from inl_equipment.services.items import ItemInput
from inl_equipment.services.register import Register
from inl_equipment.ui.lots.lots_report_dialog import LotsReportDialog
from inl_equipment.ui.lots.record_use_dialog import RecordUseDialog
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.register.item_dialog import ItemDialog

LAO = "ຊຸດກວດຢາເສບຕິດ ໃນປັດສະວະ"
SHOTS = Path("/tmp/lots_shots")


def _lot(register: Register, quantity: int = 25) -> int:
    category = register.reference.lists(("category",))["category"][0].id
    return register.items.create(
        ItemInput(
            asset_tag="INL-KIT-0001",
            description="Urine drug test kit, 5-panel",
            description_lo=LAO,
            category_id=category,
            quantity=quantity,
            unit="kit",
            lot_number="LOT-2291",
            expiry_date=date.today() + timedelta(days=60),
        )
    )


def test_record_use_checks_as_typed_and_saves(qtbot: Any, register: Register) -> None:
    item_id = _lot(register)
    dialog = RecordUseDialog(register, register.items.get(item_id))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.quantity.setValue(26)
    assert not save.isEnabled()
    assert "Only 25 kits are held" in dialog.message.text()
    dialog.quantity.setValue(25)
    assert save.isEnabled() and "leave the active register" in dialog.message.text()
    dialog.quantity.setValue(10)
    assert "15 kits will be left" in dialog.message.text()
    dialog.reference.setText("Distribution list 14")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "record_use.png"))
    save.click()
    assert dialog.use_id is not None
    assert register.items.get(item_id).values.quantity == 15
    [use] = register.lots.uses(item_id)
    assert use.reference == "Distribution list 14"


def test_the_item_form_has_the_lao_description(qtbot: Any, register: Register) -> None:
    item_id = _lot(register)
    refs = register.reference.lists()
    dialog = ItemDialog(refs, lambda data: item_id, register.items.get(item_id))
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "field_description_lo")
    assert field is not None and field.text() == LAO
    assert field.font().families()[0] == "Noto Sans Lao"
    dialog.resize(1010, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "item_form.png"))
    data, bad = dialog.values()
    assert data.description_lo == LAO and not bad


def test_the_table_shows_the_lao_description_when_the_interface_is_lao(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    item_id = _lot(Register(demo_db, "Tester"))
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.view.ensure_complete()
    column = next(i for i, c in enumerate(COLUMNS) if c.key == "description")
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.item_id(r) == item_id)
    assert model.index(row, column).data() == "Urine drug test kit, 5-panel"
    model.set_lao_descriptions(True)  # what the language switch to Lao does
    assert model.index(row, column).data() == LAO
    assert model.index(row, column).data(3) == "Urine drug test kit, 5-panel"  # tooltip
    model.set_lao_descriptions(False)
    assert model.index(row, column).data() == "Urine drug test kit, 5-panel"
    assert "record_use" in window.acts and "lots_report" in window.acts
    window.close()


def test_the_lots_report_dialog_writes_on_a_worker(
    qtbot: Any, register: Register, tmp_path: Path
) -> None:
    _lot(register)
    dialog = LotsReportDialog(register)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "report.doc"))
    assert dialog.start() is None and ".pdf or .xlsx" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "lots.pdf"))
    task = dialog.start()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "lots.pdf").pages)
    assert "INL-KIT-0001" in text and "Expiring within 90 days" in text
