"""The handover form: items preselected, scanned and found; lots split; validation; receipt."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from inl_equipment.db.models import Item
from inl_equipment.db.transactions import Handover
from inl_equipment.services.columns import R
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.items import ValidationError
from inl_equipment.services.receipts import qr_text
from inl_equipment.services.register import Register
from inl_equipment.ui.handovers.handover_dialog import HandoverDialog, hand_over_selected
from inl_equipment.ui.handovers.handover_lines_model import (
    AVAILABLE_ROLE,
    COL_QTY,
    ITEM_ID_ROLE,
    HandoverLinesModel,
    LineRow,
)
from inl_equipment.ui.handovers.receipt_preview import ReceiptPreview
from inl_equipment.ui.handovers.verify_dialog import VOID_HEADING, VerifyDialog
from tests.ui.helpers import on_modal, role_style, type_text


def rows_with(register: Register, status: str, lots: bool | None = None) -> list[tuple[Any, ...]]:
    out = [r for r in register.items.snapshot().rows if r[R["status"]] == status]
    if lots is not None:
        out = [r for r in out if (r[R["quantity"]] > 1) == lots]
    return out


def lao_agency(register: Register) -> Any:
    return next(a for a in register.reference.lists(("agency",))["agency"] if a.values["name_lo"])


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


def make_dialog(qtbot: Any, register: Register, qsettings: Any, **kw: Any) -> HandoverDialog:
    dialog = HandoverDialog(register, None, settings=qsettings, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def close_preview(qtbot: Any, seen: list[Any]) -> Any:
    """An on_modal callback: wait for the receipt's PDF, note its pages, close it."""

    def work(preview: ReceiptPreview) -> None:
        qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=10_000)
        seen.append((preview.copy, preview.document.pageCount(), preview.pdf_bytes))
        preview.accept()

    return work


def scan(qtbot: Any, dialog: HandoverDialog, tag: str) -> None:
    qtbot.keyClicks(dialog.scan_edit, tag)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)


def test_lines_model_passes_the_model_tester(qtmodeltester: Any, register: Register) -> None:
    model = HandoverLinesModel()
    records = register.handovers.check_items(
        [r[R["id"]] for r in rows_with(register, "in_stock")[:4]], "handover", None
    )
    for record, _why in records:
        assert model.add(LineRow.from_record(record))
    assert not model.add(LineRow.from_record(records[0][0]))  # never twice
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ITEM_ID_ROLE) == records[0][0].id
    assert model.index(0, 0).data(AVAILABLE_ROLE) == records[0][0].values.quantity


def test_handover_of_preselected_and_scanned_items(
    qtbot: Any, register: Register, qsettings: Any, beeps: list[int]
) -> None:
    stock = rows_with(register, "in_stock", lots=False)
    held = rows_with(register, "handed_over")[0]
    picked = [stock[0][R["id"]], stock[1][R["id"]], held[R["id"]]]
    dialog = make_dialog(qtbot, register, qsettings, preselected_item_ids=picked)
    assert dialog.lines.rowCount() == 2  # the handed-over one is refused, with its reason
    assert "Not added (1)" in dialog.message.text()
    assert f"{held[R['asset_tag']]} is already with" in dialog.message.text()
    assert not dialog.save_button.isEnabled()
    assert "the receiving unit" in dialog.summary.text()

    scan(qtbot, dialog, stock[2][R["asset_tag"]].lower())  # scanners may send any case
    assert dialog.lines.rowCount() == 3 and dialog.scan_edit.text() == ""
    assert "Added" in dialog.message.text() and not beeps
    scan(qtbot, dialog, "INL-99-999999")  # unknown tag
    assert dialog.lines.rowCount() == 3 and len(beeps) == 1
    assert dialog.message.text() == "INL-99-999999: no item with this asset tag is in the register."
    scan(qtbot, dialog, stock[2][R["asset_tag"]])  # twice
    assert dialog.lines.rowCount() == 3 and "already on this list" in dialog.message.text()
    assert len(beeps) == 2 and dialog.isVisible()  # Enter never saved or closed the form

    agency = lao_agency(register)
    dialog.set_combo("to_agency_id", agency.id)
    assert not dialog.save_button.isEnabled()  # no receiving officer yet
    type_text(dialog.received_by.edit, "ສົມພອນ ວົງສາ")
    dialog.received_by.position.setText("Deputy commander")
    assert dialog.save_button.isEnabled(), dialog.summary.text()
    total = sum(Decimal(r[R["unit_value"]]) / 100 * r[R["quantity"]] for r in stock[:3])
    assert dialog.total_label.text() == f"3 items · total value ${total:,.2f}"

    seen: list[Any] = []
    on_modal(close_preview(qtbot, seen), cls=ReceiptPreview)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == HandoverDialog.DialogCode.Accepted and dialog.number
    assert seen and seen[0][0] is False and seen[0][1] >= 1  # the original, shown at once
    assert "COPY" not in PdfReader(io.BytesIO(seen[0][2])).pages[0].extract_text()
    for row in stock[:3]:
        item = register.items.get(row[R["id"]]).values
        assert (item.status, item.holder_agency_id) == ("handed_over", agency.id)
    detail = register.handovers.detail(dialog.number)
    assert detail.received_by == "ສົມພອນ ວົງສາ" and detail.handed_over_by == "Tester"


def test_a_lot_handed_over_in_part_is_split(qtbot: Any, register: Register, qsettings: Any) -> None:
    lot = rows_with(register, "in_stock", lots=True)[0]
    tag, available = lot[R["asset_tag"]], lot[R["quantity"]]
    dialog = make_dialog(qtbot, register, qsettings)
    scan(qtbot, dialog, tag)
    index = dialog.lines.index(0, COL_QTY)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.lines.setData(index, available + 1)  # no more than the lot holds
    assert not dialog.lines.setData(index, 0)
    assert dialog.lines.setData(index, 3)
    assert dialog.lines.line_inputs() == [LineInput(lot[R["id"]], 3)]
    dialog.set_combo("to_agency_id", lao_agency(register).id)
    people = register.reference.lists(("person",))["person"]
    dialog.received_by.choose_person(people[0].id)
    assert dialog.received_by.position.isReadOnly()  # the position comes from People
    seen: list[Any] = []
    on_modal(close_preview(qtbot, seen), cls=ReceiptPreview)
    dialog.save_button.click()
    assert dialog.number and seen
    with register.db.read() as s:
        original = s.scalar(select(Item).where(Item.asset_tag == tag))
        part = s.scalar(select(Item).where(Item.asset_tag == f"{tag}/2"))
        content = json.loads(
            s.scalar(select(Handover.content).where(Handover.number == dialog.number)) or "{}"
        )
        assert original is not None and part is not None
        assert (original.quantity, original.status) == (available - 3, "in_stock")
        assert (part.quantity, part.status) == (3, "handed_over")
    assert [(ln["asset_tag"], ln["quantity"]) for ln in content["lines"]] == [(f"{tag}/2", 3)]


def test_find_box_adds_items_by_tag_serial_or_description(
    qtbot: Any, register: Register, qsettings: Any, beeps: list[int]
) -> None:
    stock = rows_with(register, "in_stock", lots=False)
    dialog = make_dialog(qtbot, register, qsettings)
    qtbot.waitUntil(dialog.search_edit.isEnabled, timeout=5000)
    serial = stock[0][R["serial_number"]]
    qtbot.keyClicks(dialog.search_edit, serial.lower())
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # the only match: added
    assert [r.item_id for r in dialog.lines.rows()] == [stock[0][R["id"]]]
    assert dialog.message.text().startswith("Added") and not beeps
    qtbot.waitUntil(lambda: dialog.search_edit.text() == "", timeout=2000)
    choice = next(k for k in dialog._completions.stringList() if k.startswith(stock[1][1]))
    dialog.completer.activated.emit(choice)  # picked from the list…
    dialog.search_edit.setText(choice)  # …which also fills the box and passes Enter on
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.lines.rowCount() == 2 and not beeps
    held = rows_with(register, "handed_over")[0]
    assert not any(k.startswith(held[R["asset_tag"]]) for k in dialog._completions.stringList())
    dialog.search_edit.setText("zzzz-no-such-thing")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.lines.rowCount() == 2 and "matches" in dialog.message.text() and beeps


def test_service_errors_are_shown_next_to_their_fields(
    qtbot: Any, register: Register, qsettings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stock = rows_with(register, "in_stock", lots=False)
    dialog = make_dialog(
        qtbot, register, qsettings, preselected_item_ids=[stock[0][R["id"]], stock[1][R["id"]]]
    )
    agency = lao_agency(register)
    dialog.set_combo("to_agency_id", agency.id)
    dialog.received_by.set_text("Khamla Phommachanh")
    # Meanwhile someone else hands one of the items over.
    register.handovers.create(
        HandoverInput(
            to_agency_id=agency.id,
            handed_over_by=PartyInput(name="A"),
            received_by=PartyInput(name="B"),
            lines=[LineInput(stock[1][R["id"]])],
        )
    )
    dialog.save_button.click()
    assert dialog.number is None and dialog.isVisible()
    error = dialog.findChild(type(dialog.message), "error_lines")
    assert error is not None and error.isVisible()
    assert f"{stock[1][R['asset_tag']]} is already with" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.remove_selected()  # removing the line clears its message
    assert not error.isVisible() and dialog.save_button.isEnabled()

    def refuse(_data: HandoverInput) -> str:
        raise ValidationError({"received_by": "That person no longer works here."})

    monkeypatch.setattr(register.handovers, "create", refuse)
    dialog.save_button.click()
    label = dialog.findChild(type(dialog.message), "error_received_by")
    assert label is not None and label.isVisible()
    assert label.text() == "That person no longer works here."
    assert not dialog.save_button.isEnabled()
    dialog.received_by.set_text("Khamla Phommachanh Jr")
    assert not label.isVisible() and dialog.save_button.isEnabled()


def test_return_takes_the_unit_from_the_first_item(
    qtbot: Any, register: Register, qsettings: Any
) -> None:
    held = rows_with(register, "handed_over", lots=False)
    first = held[0]
    unit = first[R["holder_agency_id"]]
    same = next(r for r in held[1:] if r[R["holder_agency_id"]] == unit)
    other = next(r for r in held if r[R["holder_agency_id"]] != unit)
    dialog = make_dialog(
        qtbot, register, qsettings, kind="return", preselected_item_ids=[first[0], same[0]]
    )
    assert dialog.findChild(type(dialog.message), "error_to_agency_id") is None  # no recipient
    assert dialog.values().from_agency_id == unit and dialog.lines.rowCount() == 2
    scan(qtbot, dialog, other[R["asset_tag"]])  # held by another unit
    assert dialog.lines.rowCount() == 2
    assert "not held by the unit" in dialog.message.text()
    dialog.handed_over_by.set_text("Officer of the unit")
    assert dialog.save_button.isEnabled()  # the operator receives returns
    seen: list[Any] = []
    on_modal(close_preview(qtbot, seen), cls=ReceiptPreview)
    dialog.save_button.click()
    assert dialog.number and dialog.number.startswith("RT-")
    assert register.items.get(first[R["id"]]).values.status == "in_stock"


def test_hand_over_selected_reloads_the_window(
    qtbot: Any, register: Register, qsettings: Any
) -> None:
    stock = rows_with(register, "in_stock", lots=False)

    class Host:
        def __init__(self) -> None:
            self.register, self.settings, self.reloads = register, qsettings, 0
            register.changes.subscribe(self.reload)

        def selected_item_ids(self) -> list[int]:
            return [stock[0][R["id"]]]

        def reload(self, _change: object = None) -> None:
            self.reloads += 1

    def fill(dialog: HandoverDialog) -> None:
        dialog.set_combo("to_agency_id", lao_agency(register).id)
        dialog.received_by.set_text("Vanh Sisouk")
        dialog.save_button.click()

    host, seen = Host(), list[Any]()
    on_modal(fill, cls=HandoverDialog)
    on_modal(close_preview(qtbot, seen), cls=ReceiptPreview)
    number = hand_over_selected(host)
    assert number and host.reloads == 1 and seen


def test_verify_dialog_says_a_voided_receipt_was_cancelled(qtbot: Any, register: Register) -> None:
    stock = rows_with(register, "in_stock", lots=False)
    numbers = [
        register.handovers.create(
            HandoverInput(
                to_agency_id=lao_agency(register).id,
                handed_over_by=PartyInput(name="Jane Doe"),
                received_by=PartyInput(name="Vanh Sisouk"),
                lines=[LineInput(row[R["id"]])],
            )
        )
        for row in stock[:2]
    ]
    voided, kept = numbers
    register.handovers.void(voided, "Wrong unit <b>not bold</b>.")
    with register.db.read() as s:
        digests = {n: d for n, d in s.execute(select(Handover.number, Handover.digest))}
    dialog = VerifyDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "at the top right of a printed receipt" in intro and "foot" not in intro

    verdict = dialog.check(qr_text(voided, digests[voided]))
    assert verdict is not None and not verdict.matches
    text = dialog.verdict_label.text()
    assert text.startswith(f"<b>{VOID_HEADING}</b><br>")
    assert "Does not match" not in text and f"{voided} matches the record but was VOIDED" in text
    assert "Wrong unit &lt;b&gt;not bold&lt;/b&gt;." in text  # the reason, shown as typed
    assert not text.endswith("..")
    assert dialog.verdict_label.textFormat() == Qt.TextFormat.RichText
    assert "#b00020" in role_style(dialog.verdict_label)

    # A receipt still in force, and a paper that was altered, read as before.
    dialog.check(qr_text(kept, digests[kept]))
    assert dialog.verdict_label.text().startswith("Matches.")
    assert dialog.verdict_label.textFormat() == Qt.TextFormat.PlainText
    changed = ("0" if digests[kept][0] != "0" else "1") + digests[kept][1:]
    dialog.check(qr_text(kept, changed))
    assert dialog.verdict_label.text().startswith("Does not match: this printout of")
    assert VOID_HEADING not in dialog.verdict_label.text()
    dialog.check(qr_text("HR-1999-9999", digests[kept]))  # no such receipt: not "void"
    assert dialog.verdict_label.text().startswith("Does not match: no receipt numbered")


def test_the_location_follows_the_receiving_unit_until_one_is_chosen(
    qtbot: Any, register: Register, qsettings: Any
) -> None:
    dialog = make_dialog(qtbot, register, qsettings)
    fields = dialog.fields
    units = register.reference.lists(("agency",))["agency"]
    a, b = [u for u in units if u.values.get("main_location_id")][:2]
    receiving = fields.combo("to_agency_id")
    location = fields.combo("location_id")
    assert receiving is not None and location is not None
    receiving.setCurrentIndex(receiving.findData(a.id))
    assert fields.combo_value("location_id") == a.values["main_location_id"]
    receiving.setCurrentIndex(receiving.findData(b.id))
    assert fields.combo_value("location_id") == b.values["main_location_id"]
    location.setCurrentIndex(location.count() - 1)
    location.activated.emit(location.count() - 1)  # the user's own choice
    chosen = fields.combo_value("location_id")
    receiving.setCurrentIndex(receiving.findData(a.id))
    assert fields.combo_value("location_id") == chosen
