"""Receipt preview (built off the GUI thread), printing, saving, and checking a printout."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QThreadPool, QUrl
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from inl_equipment.db.transactions import Handover
from inl_equipment.services.columns import R
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.receipts import qr_text
from inl_equipment.services.register import Register
from inl_equipment.ui.handovers import receipt_preview
from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview, print_pdf
from inl_equipment.ui.handovers.verify_dialog import VerifyDialog
from tests.ui.helpers import role_style


def issue(register: Register, count: int) -> str:
    stock = [r[R["id"]] for r in register.items.snapshot().rows if r[R["status"]] == "in_stock"]
    agency = register.reference.lists(("agency",))["agency"][0]
    return register.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="ບຸນມີ ແກ້ວມະນີ"),
            lines=[LineInput(i) for i in stock[:count]],
        )
    )


@pytest.fixture
def number(register: Register) -> str:
    return issue(register, 2)


def open_preview(qtbot: Any, register: Register, number: str, settings: QSettings) -> Any:
    preview = ReceiptPreview(register, number, None, copy=True, settings=settings)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.busy.isVisible() and not preview.print_button.isEnabled()
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=10_000)
    return preview


def test_preview_shows_the_copy_and_remembers_paper_and_heading(
    qtbot: Any, register: Register, number: str, qsettings: QSettings
) -> None:
    preview = open_preview(qtbot, register, number, qsettings)
    assert preview.pdf_bytes.startswith(b"%PDF") and preview.print_button.isEnabled()
    assert not preview.busy.isVisible()
    assert "COPY" in PdfReader(io.BytesIO(preview.pdf_bytes)).pages[0].extract_text()
    assert preview.page_size.currentText() == "A4" and preview.heading.isChecked()
    assert round(preview.document.pagePointSize(0).height()) == 842
    with qtbot.waitSignal(preview.pdf_ready, timeout=10_000):
        preview.page_size.setCurrentText("Letter")
    assert round(preview.document.pagePointSize(0).height()) == 792
    with qtbot.waitSignal(preview.pdf_ready, timeout=10_000):
        preview.heading.setChecked(False)
    assert qsettings.value("receipts/pageSize") == "Letter"
    assert str(qsettings.value("receipts/nationalHeading")).lower() == "false"
    again = open_preview(qtbot, register, number, qsettings)
    assert again.page_size.currentText() == "Letter" and not again.heading.isChecked()


def test_print_renders_one_printed_page_per_pdf_page(
    qtbot: Any, register: Register, qsettings: QSettings, tmp_path: Path
) -> None:
    preview = open_preview(qtbot, register, issue(register, 40), qsettings)
    pages = preview.document.pageCount()
    assert pages >= 2  # forty lines run onto a second page
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "direct.pdf"))
    assert print_pdf(preview.pdf_bytes, printer) == pages
    assert len(PdfReader(tmp_path / "direct.pdf").pages) == pages
    # The same through the preview: on a worker thread, behind a progress dialog.
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "worker.pdf"))
    with qtbot.waitSignal(preview.printed, timeout=20_000) as blocker:
        preview.start_print(printer)
    assert blocker.args == [pages]
    assert len(PdfReader(tmp_path / "worker.pdf").pages) == pages


def test_save_as_and_open_in_viewer(
    qtbot: Any,
    register: Register,
    number: str,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = open_preview(qtbot, register, number, qsettings)
    target = tmp_path / "out" / f"{number}.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert preview.save_as(target) == target
    assert target.read_bytes() == preview.pdf_bytes
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(receipt_preview.QDesktopServices, "openUrl", fake_open)
    path = preview.open_in_viewer()
    assert path is not None and path.read_bytes() == preview.pdf_bytes
    assert opened == [QUrl.fromLocalFile(str(path))]
    path.unlink()


def test_closing_while_the_pdf_builds_is_safe(
    qtbot: Any, register: Register, number: str, qsettings: QSettings
) -> None:
    preview = ReceiptPreview(register, number, None, settings=qsettings)
    preview.show()
    preview.close()
    preview.deleteLater()
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)  # the finished task's queued signals find nobody: no error


def test_verify_dialog_accepts_the_true_qr_text_and_rejects_a_changed_one(
    qtbot: Any, register: Register, number: str
) -> None:
    with register.db.read() as s:
        digest = s.scalar(select(Handover.digest).where(Handover.number == number))
    assert digest
    dialog = VerifyDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.input, qr_text(number, digest))
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.verdict is not None and dialog.verdict.matches
    assert dialog.verdict_label.text().startswith("Matches.")
    assert "#1b5e20" in role_style(dialog.verdict_label) and dialog.isVisible()
    changed = ("0" if digest[0] != "0" else "1") + digest[1:]
    dialog.input.setText(qr_text(number, changed))
    dialog.check_button.click()
    assert dialog.verdict is not None and not dialog.verdict.matches
    assert dialog.verdict_label.text().startswith("Does not match: this printout of")
    assert "#b00020" in role_style(dialog.verdict_label)
    dialog.input.setText("hello")
    dialog.check_button.click()
    assert "not the QR code" in dialog.verdict_label.text()
