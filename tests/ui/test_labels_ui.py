"""Print labels from the app, then scan what was printed into the handover and site check forms."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from inl_equipment.app import create_main_window
from inl_equipment.services.columns import R
from inl_equipment.services.register import Register
from inl_equipment.ui.labels.labels_dialog import LabelsDialog
from inl_equipment.ui.main_window import MainWindow
from inl_equipment.ui.monitoring.site_check_dialog import SiteCheckDialog
from tests.ui.helpers import on_modal
from tests.ui.test_handover_dialog import make_dialog, rows_with
from tests.ui.test_monitoring_ui import scan as scan_at_site
from tests.ui.test_scanner_look_alikes import scan as scan_for_handover

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm (installed in CI)"
)


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


def _decoded(pdf: Path, folder: Path) -> dict[str, list[str]]:
    """Each code on the rendered sheets (300 dpi), by kind."""
    import zxingcpp
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "300", str(pdf), str(folder / "sheet")], check=True)
    found: dict[str, list[str]] = {}
    for page in sorted(folder.glob("sheet*.png")):
        for code in zxingcpp.read_barcodes(Image.open(page)):
            found.setdefault(code.format.name, []).append(code.text)
    return found


def _save(qtbot: Any, dialog: LabelsDialog, target: Path) -> None:
    dialog.path.setText(str(target))
    told = on_modal(
        lambda box: box.button(QMessageBox.StandardButton.Close).click(), cls=QMessageBox
    )
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)


def test_printed_labels_scan_back_into_the_handover_and_the_site_check(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path, beeps: list[int]
) -> None:
    stock = rows_with(register, "in_stock", lots=False)[:3]
    ids, tags = [r[R["id"]] for r in stock], [r[R["asset_tag"]] for r in stock]
    dialog = LabelsDialog(register, ids, qsettings, None, what="three items", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "3 labels" in dialog.what.text()
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("L7160"))
    assert dialog.start.maximum() == 21
    dialog.start.setValue(20)  # the last two labels of a used sheet, then a new sheet
    dialog.offsets[0].setValue(0.8)
    dialog.donor_en.setText("Gift of the U.S. Government")
    _save(qtbot, dialog, tmp_path / "labels.pdf")

    assert register.labels.donor_line().english == "Gift of the U.S. Government"
    assert qsettings.value("labels/layout") == "L7160"
    assert float(str(qsettings.value("labels/offset/L7160/right"))) == pytest.approx(0.8)
    codes = _decoded(tmp_path / "labels.pdf", tmp_path)
    assert sorted(codes["QRCode"]) == sorted(tags) and sorted(codes["Code128"]) == sorted(tags)

    # What the scanner reads off the labels is what the forms take.
    handover = make_dialog(qtbot, register, qsettings)
    for text in codes["QRCode"]:
        scan_for_handover(qtbot, handover, text)
    assert handover.lines.rowCount() == 3 and not beeps, handover.message.text()
    site = stock[0][R["location_id"]]
    check = SiteCheckDialog(register, None, site)
    qtbot.addWidget(check)
    check.show()
    for text in codes["Code128"]:
        scan_at_site(qtbot, check, text)
    found = {check.lines.line(n).item_id for n in range(check.lines.rowCount())}
    scanned = {
        check.lines.line(n).item_id
        for n in range(check.lines.rowCount())
        if check.lines.line(n).scanned
    }
    assert set(ids) <= found and set(ids) <= scanned and not beeps


def test_the_register_prints_labels_for_its_selection(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, "Tester")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    table = window.view.table
    table.selectRow(0)
    table.selectionModel().select(
        window.view.model.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    wanted = window.view.selected_item_ids()
    assert len(wanted) == 2
    seen: list[tuple[list[int], str]] = []

    def look(dialog: LabelsDialog) -> None:
        seen.append((dialog.item_ids, dialog.what.text()))
        dialog.reject()

    on_modal(look, cls=LabelsDialog)
    window.acts["print_labels"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    [(ids, words)] = seen
    assert ids == wanted and "2 labels — 2 selected items" in words


def test_a_file_that_cannot_be_written_is_said_and_the_dialog_stays(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = LabelsDialog(register, [1, 2], qsettings, None, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "no such folder" / "labels.pdf"
    dialog.path.setText(str(target))
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    on_modal(read, cls=QMessageBox)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "The labels were not written" in said[0] and str(target) in said[0]
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert not target.parent.exists()
    dialog.path.setText(str(tmp_path / "labels.txt"))
    said.clear()
    on_modal(read, cls=QMessageBox)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert ".pdf" in said[0]


def test_a_read_only_register_prints_labels_with_its_donor_line_as_it_is(
    qtbot: Any, demo_db: Any, db_path: Path, qsettings: QSettings, tmp_path: Path
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, "Tester", read_only=True)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.register.read_only
    dialog = LabelsDialog(window.register, [1, 2], qsettings, None, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.donor_en.isReadOnly() and dialog.donor_lo.isReadOnly()
    _save(qtbot, dialog, tmp_path / "labels.pdf")
    assert (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF-")
