"""The reports dialog: the handover register and the funding report written from the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from inl_equipment.app import create_main_window
from inl_equipment.ui.handovers.handovers_view import HandoversView
from inl_equipment.ui.reports.report_dialog import FUNDING_REPORT, ReportDialog
from tests.helpers.report_register import OPERATOR, Built, build_register
from tests.ui.helpers import on_modal

TODAY = date(2025, 6, 1)


@pytest.fixture
def built(tmp_path: Path) -> Iterator[Built]:
    folder = tmp_path / "reg"
    folder.mkdir()
    b = build_register(folder)
    yield b
    b.register.close()


def close_box() -> list[str]:
    """Close the next message box ("Report written"); the list gets its text."""
    told: list[str] = []

    def close(box: QMessageBox) -> None:
        told.append(box.text())
        box.reject()

    on_modal(close, cls=QMessageBox)
    return told


def test_the_dialog_writes_the_handover_register_of_last_year(
    qtbot: Any, built: Built, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = ReportDialog(built.register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.period().in_words() == "From 2025-01-01 to 2025-12-31"  # this year
    dialog.period_choice.setCurrentIndex(dialog.period_choice.findData("last_year"))
    assert dialog.target.target().name == "handover-register-2024.pdf"
    assert [dialog.target.format.itemData(i) for i in range(3)] == ["pdf", "xlsx", "csv"]
    target = tmp_path / "register.pdf"
    dialog.target.set_target(target)
    told = close_box()
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        assert dialog.start() is not None
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert str(target) in told[0] and dialog.path == target
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "From 2024-01-01 to 2024-12-31" in text and f"Prepared by {OPERATOR}" in text
    assert f"Replaced by {built.reissue_number}" in text


def test_the_funding_report_offers_no_csv_and_writes_a_workbook(
    qtbot: Any, built: Built, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = ReportDialog(
        built.register, None, kind=FUNDING_REPORT, settings=qsettings, today=TODAY
    )
    qtbot.addWidget(dialog)
    assert dialog.target.format.count() == 2
    dialog.period_choice.setCurrentIndex(dialog.period_choice.findData("all"))
    assert not dialog.start_edit.isVisibleTo(dialog)
    dialog.target.set_format("xlsx")
    target = tmp_path / "funding.xlsx"
    dialog.target.set_target(target)
    close_box()
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.start()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert next(r for r in rows if r[0] == "Total")[4] == 9
    assert "Items acquired: All dates" in [r[0] for r in rows]


def test_a_period_ending_before_it_starts_is_said_and_nothing_written(
    qtbot: Any, built: Built, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = ReportDialog(built.register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.target.set_target(tmp_path / "r.pdf")
    dialog.set_period(date(2024, 5, 1), date(2024, 4, 1))
    assert dialog.start() is None and "ends before it starts" in dialog.message.text()
    assert not (tmp_path / "r.pdf").exists()


def test_the_handovers_window_exports_its_list(
    qtbot: Any, built: Built, qsettings: QSettings
) -> None:
    view = HandoversView(built.register, None, qsettings)
    qtbot.addWidget(view)
    button = view.findChild(QPushButton, "exportHandoverList")
    assert button is not None
    seen: list[ReportDialog] = []

    def check(dialog: ReportDialog) -> None:
        seen.append(dialog)
        dialog.reject()

    on_modal(check, cls=ReportDialog)
    button.click()
    assert seen and seen[0].period().unlimited and seen[0].current_kind() == "handover_register"


def test_the_file_menu_opens_both_reports(qtbot: Any, built: Built, qsettings: QSettings) -> None:
    built.register.close()
    window = create_main_window(str(built.path), qsettings, operator="Tester")
    qtbot.addWidget(window)
    window.show()
    for key, kind in (
        ("handover_register", "handover_register"),
        ("funding_report", FUNDING_REPORT),
    ):
        action = window.findChild(QAction, f"{key}Action")
        assert action is not None and action in window.acts.menu("file").actions()
        seen = on_modal(lambda d: d.reject(), cls=ReportDialog)
        action.trigger()
        assert seen and seen[0].current_kind() == kind


def test_the_file_follows_the_format_and_the_report(
    qtbot: Any, built: Built, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = ReportDialog(built.register, None, settings=qsettings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.target.set_target(tmp_path / "handovers.pdf")
    dialog.target.set_format("csv")
    assert dialog.target.target() == tmp_path / "handovers.csv"
    dialog.set_kind(FUNDING_REPORT)  # no CSV for the funding report: back to PDF
    assert dialog.target.current_format() == "pdf"
    assert dialog.target.target() == tmp_path / "handovers.pdf"
