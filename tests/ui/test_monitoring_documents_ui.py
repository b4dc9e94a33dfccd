"""The monitoring documents in the app: field checklists out and back in, the EUM report."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from inl_equipment.app import create_main_window
from inl_equipment.db.session import Database
from inl_equipment.interchange import checklist_layout as lay
from inl_equipment.services.register import Register
from inl_equipment.ui.monitoring.checklist_dialog import ChecklistDialog
from inl_equipment.ui.monitoring.checklist_import_dialog import ChecklistImportDialog
from inl_equipment.ui.monitoring.document_files import LAST_FOLDER_KEY
from inl_equipment.ui.monitoring.eum_report_dialog import EumReportDialog
from inl_equipment.ui.monitoring.plan_rows_model import COL_PROBLEM
from inl_equipment.ui.style import Palette
from tests.ui.helpers import on_modal

TODAY = date.today()
ITEMS = r"item(s|\(s\))"


def click_in_box(text: str) -> list[str]:
    """Click `text` in the next message box; the list gets the box's message."""
    messages: list[str] = []

    def click(box: QMessageBox) -> None:
        messages.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no {text!r} button in {box.text()!r}")

    on_modal(click, cls=QMessageBox)
    return messages


def busy_site(register: Register) -> int:
    """The site with the most items registered there."""
    sites = [
        (len(register.monitoring.expected_items(loc.id)), loc.id)
        for loc in register.reference.lists(("location",))["location"]
    ]
    return max(sites)[1]


def write_checklist(
    qtbot: Any, register: Register, settings: QSettings, site: int, target: Path
) -> tuple[ChecklistDialog, list[str]]:
    dialog = ChecklistDialog(register, None, site, settings=settings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.set_format(target.suffix.lstrip("."))
    dialog.target.set_target(target)
    told = click_in_box("Close")
    with qtbot.waitSignal(dialog.written, timeout=30_000):
        assert dialog.start() is not None
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    return dialog, told


def test_checklist_written_as_xlsx_and_as_pdf(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    site = busy_site(register)
    tags = [e.asset_tag for e in register.monitoring.expected_items(site)]
    xlsx = tmp_path / "site.xlsx"
    dialog, told = write_checklist(qtbot, register, qsettings, site, xlsx)
    assert dialog.paths == [xlsx] and str(xlsx) in told[0]
    sheet = openpyxl.load_workbook(xlsx)[lay.SHEET]
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert set(tags) <= cells
    assert qsettings.value(LAST_FOLDER_KEY) == str(tmp_path)

    pdf = tmp_path / "site.pdf"
    dialog, _ = write_checklist(qtbot, register, qsettings, site, pdf)
    assert dialog.paths == [pdf] and pdf.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert tags[0] in text


def test_checklist_bad_input_is_said_in_the_dialog(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = ChecklistDialog(register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.target.set_target(tmp_path / "x.pdf")
    assert dialog.start() is None and "site" in dialog.message.text()
    dialog.by_province.setChecked(True)
    assert dialog.start() is None and "province" in dialog.message.text()
    dialog.by_site.setChecked(True)
    dialog.site.setCurrentIndex(1)
    dialog.target.set_target(tmp_path / "no such folder" / "x.pdf")
    assert dialog.start() is None and "does not exist" in dialog.message.text()
    assert not list(tmp_path.glob("**/*.pdf"))


def _fill(path: Path, results: dict[int, str], added: list[str]) -> None:
    """Write results on listed rows (by position) and add rows (asset tag, in use) below."""
    wb = openpyxl.load_workbook(path)
    ws = wb[lay.SHEET]
    first = lay.HEADER_ROW + 2
    for n, result in results.items():
        ws.cell(first + n, lay.RESULT + 1).value = result
    last = max(r for r in range(first, ws.max_row + 1) if ws.cell(r, lay.TAG + 1).value)
    for n, tag in enumerate(added, 1):
        ws.cell(last + n, lay.TAG + 1).value = tag
        ws.cell(last + n, lay.RESULT + 1).value = "In use"
    ws.cell(lay.CHECKED_ON_CELL[0] + 1, lay.CHECKED_ON_CELL[1] + 1).value = datetime(
        TODAY.year, TODAY.month, TODAY.day
    )
    ws.cell(lay.INSPECTORS_CELL[0] + 1, lay.INSPECTORS_CELL[1] + 1).value = "Somchai, Noy"
    wb.save(path)


def read_plan(qtbot: Any, dialog: ChecklistImportDialog, path: Path) -> None:
    assert dialog.load(path) is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)


def test_a_filled_checklist_is_previewed_fixed_and_imported(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    site = busy_site(register)
    expected = register.monitoring.expected_items(site)
    path = tmp_path / "filled.xlsx"
    write_checklist(qtbot, register, qsettings, site, path)
    _fill(path, {0: "In use", 1: "in storage", 2: "broken somehow"}, [])

    dialog = ChecklistImportDialog(register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    read_plan(qtbot, dialog, path)
    assert not dialog.import_button.isEnabled()
    assert re.search(r"\b1 problem(\(s\))? in the sheet", dialog.message.text())
    bad = dialog.rows.find(lambda r: r.problem is not None)
    assert bad is not None
    problem = dialog.rows.index(bad, COL_PROBLEM)
    assert "broken somehow" in problem.data()
    assert problem.data(9).name() == Palette.color(Palette.ERROR).name()  # ForegroundRole
    assert dialog.import_plan() is None  # refused while any problem remains

    _fill(path, {2: "Under repair"}, [])
    read_plan(qtbot, dialog, path)
    assert dialog.import_button.isEnabled(), dialog.message.text()
    assert "In use: 1" in dialog.counts.text() and "Under repair: 1" in dialog.counts.text()
    blank = len(expected) - 3
    # Until the catalogue has this text's plural forms, English shows "item(s)".
    assert re.search(rf"\b{blank} listed {ITEMS} had no result", dialog.not_seen_question())
    asked = click_in_box("Yes")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as signal:
        dialog.import_button.click()
    number = signal.args[0]
    assert asked and "not seen" in asked[0]
    assert number.startswith("EU-") and number in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert number in [i.number for i in register.monitoring.list_inspections()]

    # The same sheet again: refused as a whole, naming the first import.
    read_plan(qtbot, dialog, path)
    assert not dialog.import_button.isEnabled() and number in dialog.message.text()


def test_import_bad_files_are_said_in_the_dialog(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = ChecklistImportDialog(register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.load("") is None and "Choose" in dialog.message.text()
    assert dialog.load(tmp_path / "none.xlsx") is None and "no file" in dialog.message.text()
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    assert dialog.load(junk) is not None
    qtbot.waitUntil(lambda: "Cannot import" in dialog.message.text(), timeout=30_000)
    assert dialog.plan is None and not dialog.import_button.isEnabled()


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_eum_report_written_for_a_year(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path, fmt: str
) -> None:
    dialog = EumReportDialog(register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.period() == (date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 12, 31))
    dialog.set_year(TODAY.year)
    dialog.target.set_format(fmt)
    target = tmp_path / f"eum.{fmt}"
    dialog.target.set_target(target)
    told = click_in_box("Close")
    with qtbot.waitSignal(dialog.written, timeout=60_000) as signal:
        assert dialog.start() is not None
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    report = signal.args[0]
    assert report.totals.held > 0
    assert "Verification rate:" in told[0] and str(target) in told[0]
    if fmt == "pdf":
        text = "".join(page.extract_text() for page in PdfReader(target).pages[:2])
        assert "Verification rate" in text
    else:
        assert "Summary" in openpyxl.load_workbook(target).sheetnames


def test_eum_report_bad_period_is_said_in_the_dialog(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = EumReportDialog(register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.target.set_target(tmp_path / "eum.pdf")
    dialog.set_range(date(TODAY.year, 3, 1), date(TODAY.year, 2, 1))
    assert dialog.start() is None and "ends before it starts" in dialog.message.text()
    assert not (tmp_path / "eum.pdf").exists()


def test_the_monitoring_menu_opens_the_three_dialogs(
    qtbot: Any, demo_db: Database, db_path: Path, qsettings: QSettings
) -> None:
    demo_db.dispose()
    window = create_main_window(str(db_path), qsettings, operator="Tester")
    qtbot.addWidget(window)
    window.show()
    for key, cls in (
        ("field_checklist", ChecklistDialog),
        ("import_checklist", ChecklistImportDialog),
        ("eum_report", EumReportDialog),
    ):
        action = window.findChild(QAction, f"{key}Action")
        assert action is not None and action in window.acts.menu("monitoring").actions()
        seen = on_modal(lambda d: d.reject(), cls=cls)
        action.trigger()
        assert seen, key
