"""The Handovers list: search and filters, details, receipt copy, void, signed copies."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from inl_equipment.services.columns import R
from inl_equipment.services.handover_list import DONOR_SHORT
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.receipts import DONOR_EN
from inl_equipment.services.register import Register
from inl_equipment.ui.handovers import handovers_view
from inl_equipment.ui.handovers.handovers_view import HandoversView, VoidDialog, open_handovers
from tests.ui.helpers import on_modal, type_text

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)
SIGNED, STATUS, NUMBER, FROM, TO = 7, 8, 0, 3, 4


@pytest.fixture
def issued(register: Register) -> dict[str, Any]:
    """Two handovers: two items to one unit, one item to another."""
    stock = [r for r in register.items.snapshot().rows if r[R["status"]] == "in_stock"]
    agencies = register.reference.lists(("agency",))["agency"]
    numbers = []
    for agency, rows in ((agencies[0], stock[:2]), (agencies[1], stock[2:3])):
        numbers.append(
            register.handovers.create(
                HandoverInput(
                    to_agency_id=agency.id,
                    handed_over_by=PartyInput(name="Jane Doe"),
                    received_by=PartyInput(name="Khamphoui Sihalath"),
                    lines=[LineInput(r[R["id"]]) for r in rows],
                )
            )
        )
    return {"numbers": numbers, "tags": [r[R["asset_tag"]] for r in stock[:3]], "stock": stock}


@pytest.fixture
def view(qtbot: Any, register: Register, qsettings: QSettings, issued: Any) -> HandoversView:
    v = HandoversView(register, None, qsettings)
    qtbot.addWidget(v)
    v.show()
    return v


def cell(view: HandoversView, row: int, col: int) -> str:
    return str(view.model.index(row, col).data())


def cell_text(view: HandoversView, row: int) -> str:
    return str(view.lines.model().index(row, 0).data() or "")


def numbers_shown(view: HandoversView) -> list[str]:
    return [cell(view, r, NUMBER) for r in range(view.model.rowCount())]


def select(view: HandoversView, number: str) -> None:
    view.search.clear()
    view.refresh(select=number)
    assert view.current_number() == number


def test_list_search_and_filters(
    qtbot: Any, qtmodeltester: Any, view: HandoversView, register: Register, issued: dict[str, Any]
) -> None:
    qtmodeltester.check(view.model)
    first, second = issued["numbers"]
    everything = len(register.handovers.list())
    assert numbers_shown(view)[:2] == [second, first]  # newest first
    # Issued today: the signed copy is not due back yet.
    assert [cell(view, 1, c) for c in (2, 5, 7, 8)] == ["Handover", "2", "Not yet", "Issued"]
    view.search.setText(first)
    view.refresh()
    assert numbers_shown(view) == [first]
    view.search.setText(issued["tags"][2].lower())  # an asset tag on the second one
    view.refresh()
    assert numbers_shown(view) == [second]
    type_text(view.search, "x")  # typing refreshes after a pause
    qtbot.waitUntil(lambda: numbers_shown(view) == [], timeout=3000)
    view.search.clear()
    view.refresh()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("return"))
    kinds = {cell(view, r, 2) for r in range(view.model.rowCount())}
    assert kinds <= {"Return"} and first not in numbers_shown(view)
    view.kind_filter.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(view.status_filter.findData("void"))
    assert {cell(view, r, STATUS) for r in range(view.model.rowCount())} <= {"Void"}
    assert first not in numbers_shown(view)
    view.status_filter.setCurrentIndex(0)
    assert len(numbers_shown(view)) == everything
    assert view.count_label.text() == f"{everything} handovers"
    select(view, first)
    assert view.lines.model().rowCount() == 2
    assert {cell_text(view, r) for r in range(2)} == set(issued["tags"][:2])
    assert "Khamphoui Sihalath" in view.details.text()
    # The donor's long name is short in the list, whole in its tooltip and in the details.
    row = view.model.row_of(first)
    assert row is not None
    assert cell(view, row, FROM) == DONOR_SHORT and DONOR_EN not in cell(view, row, TO)
    assert view.model.index(row, FROM).data(Qt.ItemDataRole.ToolTipRole) == DONOR_EN
    assert view.model.index(row, TO).data(Qt.ItemDataRole.ToolTipRole) is None
    assert f"From: {DONOR_EN}" in view.details.text()


def test_void_with_a_reason_restores_custody(
    qtbot: Any, view: HandoversView, register: Register, issued: dict[str, Any]
) -> None:
    first = issued["numbers"][0]
    item_id = issued["stock"][0][R["id"]]
    assert register.items.get(item_id).values.status == "handed_over"
    select(view, first)

    def work(dialog: VoidDialog) -> None:
        assert not dialog.void_button.isEnabled()  # a reason is required
        type_text(dialog.reason, "Wrong unit: ລາຍການ went to Boten")
        assert dialog.void_button.isEnabled()
        dialog.void_button.click()

    seen = on_modal(work, cls=VoidDialog)
    with qtbot.waitSignal(view.custody_changed, timeout=5000):
        assert view.void_current()
    assert seen
    assert register.items.get(item_id).values.status == "in_stock"
    row = view.model.row_of(first)
    assert row is not None and cell(view, row, STATUS) == "Void"
    assert "Wrong unit: ລາຍການ went to Boten" in view.details.text()
    assert not view.void_button.isEnabled()
    detail = register.handovers.detail(first)
    assert detail.voided_by == "Tester" and detail.voided_at is not None
    assert abs(datetime.now(UTC) - detail.voided_at) < timedelta(minutes=5)
    local = f"{detail.voided_at.astimezone():%Y-%m-%d %H:%M}"
    assert f"Voided by Tester on {local} (local time)" in view.details.text()


@pytest.fixture
def vientiane_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+7 (a POSIX zone string: no time zone database needed)."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_who_voided_and_when_is_shown_in_local_time(
    view: HandoversView, register: Register, issued: dict[str, Any], vientiane_time: None
) -> None:
    first, second = issued["numbers"]
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    register.handovers.void(first, "Typed the wrong unit")
    select(view, second)
    assert "Voided" not in view.details.text()  # an issued one says nothing of it
    select(view, first)
    detail = view.detail
    assert detail is not None and detail.voided_at is not None
    assert detail.voided_at.utcoffset() == timedelta(0)  # the service hands out UTC
    assert before <= detail.voided_at <= datetime.now(UTC)
    local = detail.voided_at + timedelta(hours=7)
    text = view.details.text()
    assert f"Voided by Tester on {local:%Y-%m-%d %H:%M} (local time)" in text
    assert "Typed the wrong unit" in text


def test_details_show_the_lot_number_of_an_item_without_serial(
    view: HandoversView, register: Register
) -> None:
    lot = next(
        r
        for r in register.items.snapshot().rows
        if r[R["status"]] == "in_stock" and r[R["lot_number"]] and not r[R["serial_number"]]
    )
    agency = register.reference.lists(("agency",))["agency"][0]
    number = register.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Khamphoui Sihalath"),
            lines=[LineInput(lot[R["id"]])],
        )
    )
    select(view, number)
    assert view.detail is not None and view.detail.lines[0].lot_number == lot[R["lot_number"]]
    header = view.lines.model().headerData(1, Qt.Orientation.Horizontal)
    assert header is not None and header == "Serial / lot"
    serial = view.lines.model().index(0, 1).data()
    assert serial is not None and serial == lot[R["lot_number"]]


def test_attach_signed_copy_and_open_it(
    view: HandoversView,
    issued: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = issued["numbers"][0]
    select(view, first)
    scan = tmp_path / "signed receipt.png"
    scan.write_bytes(PNG)
    assert view.attach_signed_copy(scan)
    row = view.model.row_of(first)
    assert row is not None and cell(view, row, SIGNED) == "Yes"
    assert view.attachments.model().rowCount() == 1 and view.open_button.isEnabled()
    view.missing_only.setChecked(True)
    assert first not in numbers_shown(view)
    view.missing_only.setChecked(False)
    select(view, first)
    opened: list[Path] = []

    def fake_open(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(handovers_view, "open_with_system", fake_open)
    path = view.open_attachment()
    assert path is not None and opened == [path] and path.suffix == ".png"
    assert path.read_bytes() == PNG
    path.unlink()


def test_a_file_that_is_not_a_scan_is_refused(view: HandoversView, tmp_path: Path) -> None:
    fake = tmp_path / "receipt.pdf"
    fake.write_text("this is a text file renamed .pdf")
    messages: list[str] = []

    def read(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    on_modal(read, cls=QMessageBox)
    assert not view.attach_signed_copy(fake)
    assert messages and "Attach a PDF, JPG or PNG file" in messages[0]
    assert cell(view, 0, SIGNED) == "Not yet"


def test_receipt_button_opens_a_copy(qtbot: Any, view: HandoversView) -> None:
    preview = view.show_receipt()
    assert preview is not None and preview.copy and preview.number == view.current_number()
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=10_000)
    preview.close()


def test_open_handovers_reuses_the_window_and_reloads_the_register(
    qtbot: Any, register: Register, qsettings: QSettings, issued: Any
) -> None:
    class Host(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.register, self.settings, self.reloads = register, qsettings, 0
            register.changes.subscribe(self.reload)

        def selected_item_ids(self) -> list[int]:
            return []

        def reload(self, _change: object = None) -> None:
            self.reloads += 1

    host = Host()
    qtbot.addWidget(host)
    view = open_handovers(host)
    assert open_handovers(host) is view and view.isVisible()
    register.handovers.void(issued["numbers"][0], "Wrong unit")  # custody changed
    assert host.reloads == 1


def test_a_copy_missing_for_over_a_week_is_red_and_a_void_receipt_struck_through() -> None:
    from datetime import date, timedelta
    from decimal import Decimal

    from PySide6.QtGui import QColor, QFont

    from inl_equipment.services.handover_list import HandoverRow
    from inl_equipment.ui.handovers.handovers_table_model import HandoversModel
    from inl_equipment.ui.style import Palette

    def row(number: str, age: int, status: str = "issued") -> HandoverRow:
        when = date.today() - timedelta(days=age)
        return HandoverRow(1, number, when, "handover", status, "INL", "CNU", 2, Decimal(5), False)

    model = HandoversModel()
    model.set_rows([row("HR-1", 2), row("HR-2", 30), row("HR-3", 30, "void")])
    texts = [model.index(r, SIGNED).data() for r in range(3)]
    assert texts == ["Not yet", "No", "—"]
    red = model.index(1, SIGNED).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QColor) and red == QColor(Palette.ERROR)
    assert model.index(0, SIGNED).data(Qt.ItemDataRole.ForegroundRole) is None
    font = model.index(2, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
