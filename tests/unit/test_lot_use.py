"""Lots used up or distributed, the Lao description, and the lots report (no Qt)."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from inl_equipment.db.models import RETIRED_STATUSES, AuditEvent, Item, LotConsumption
from inl_equipment.db.transactions import Handover
from inl_equipment.services.columns import COLUMN_BY_KEY, R
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.items import ItemInput, ValidationError
from inl_equipment.services.lot_use import UseInput
from inl_equipment.services.receipts import qr_text, receipt_for, verify
from inl_equipment.services.register import Register
from inl_equipment.services.search import Query

LAO = "ຊຸດກວດຢາເສບຕິດ ໃນປັດສະວະ"


def _lot(register: Register, quantity: int = 50, expires: date | None = None) -> int:
    category = register.reference.lists(("category",))["category"][0].id
    return register.items.create(
        ItemInput(
            asset_tag=f"INL-KIT-{quantity}-{expires or 'x'}",
            description="Urine drug test kit, 5-panel",
            description_lo=LAO,
            category_id=category,
            quantity=quantity,
            unit="kit",
            lot_number="LOT-2291",
            expiry_date=expires or date.today() + timedelta(days=40),
        )
    )


def _events(register: Register, item_id: int) -> int:
    with register.db.read() as s:
        return int(
            s.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.entity_id == item_id)
            )
            or 0
        )


def test_a_use_lowers_the_quantity_with_one_history_event(register: Register) -> None:
    item_id = _lot(register)
    before = _events(register, item_id)
    register.lots.record_use(UseInput(item_id, 20, date.today(), "Distribution list 14"))
    assert register.items.get(item_id).values.quantity == 30
    assert _events(register, item_id) == before + 1
    history = register.items.history(item_id)
    assert history[-1].action == "use" and history[-1].changes["quantity"] == [50, 30]
    [use] = register.lots.uses(item_id)
    # The history names the author: the operator on a file, their login on a server.
    assert (use.quantity, use.reference, use.operator) == (
        20,
        "Distribution list 14",
        register.author,
    )
    with register.db.read() as s:
        assert verify_history(s).ok


def test_using_more_than_is_held_is_refused_and_writes_nothing(register: Register) -> None:
    item_id = _lot(register, 10)
    before = _events(register, item_id)
    with pytest.raises(ValidationError) as refused:
        register.lots.record_use(UseInput(item_id, 11, date.today()))
    assert "Only 10 kits are held" in str(refused.value.messages["quantity"])
    assert register.items.get(item_id).values.quantity == 10
    assert _events(register, item_id) == before
    with register.db.read() as s:
        assert s.scalar(select(func.count()).select_from(LotConsumption)) == 0


def test_an_item_that_is_not_a_lot_cannot_be_used(register: Register) -> None:
    with register.db.read() as s:
        plain = s.scalar(select(Item.id).where(Item.lot_number == "", Item.expiry_date.is_(None)))
    assert plain is not None
    with pytest.raises(ValidationError) as refused:
        register.lots.record_use(UseInput(plain, 1, date.today()))
    assert "is not a lot" in str(refused.value.messages["item"])


def test_a_lot_used_up_leaves_the_active_register_and_check_passes(register: Register) -> None:
    item_id = _lot(register, 5)
    register.lots.record_use(UseInput(item_id, 2, date.today()))
    register.lots.record_use(UseInput(item_id, 3, date.today()))
    record = register.items.get(item_id)
    assert (record.values.quantity, record.values.status) == (0, "consumed")
    assert record.values.status in RETIRED_STATUSES  # greyed in the table, like disposed
    snap = register.items.snapshot()
    row = snap.rows[snap.position_of(item_id)]  # type: ignore[index]
    assert snap.due_of(row) is None  # out of the register: no end-use check is due
    in_stock = {snap.rows[p][R["id"]] for p in snap.apply(Query(statuses=frozenset({"in_stock"})))}
    assert item_id not in in_stock
    with pytest.raises(ValidationError):  # nothing left to use
        register.lots.record_use(UseInput(item_id, 1, date.today()))
    assert register.safety.check().problem is None
    # A used-up lot can still have its notes edited (quantity 0 is its quantity now).
    edited = record.values
    edited.notes = "all distributed"
    assert register.items.update(item_id, edited)


def test_the_lao_description_is_searched_and_shown_in_lao(register: Register) -> None:
    item_id = _lot(register)
    snap = register.items.snapshot()
    found = [snap.rows[p][R["id"]] for p in snap.apply(Query(text="ປັດສະວະ"))]
    assert found == [item_id]
    row = snap.rows[snap.position_of(item_id)]  # type: ignore[index]
    column = COLUMN_BY_KEY["description"]
    assert snap.display(row, column) == "Urine drug test kit, 5-panel"
    snap.lao_descriptions = True
    assert snap.display(row, column) == LAO
    other = next(r for r in snap.rows if not r[R["description_lo"]])
    assert snap.display(other, column) == other[R["description"]]


def _hand_over(register: Register, item_id: int) -> str:
    unit = register.reference.lists(("agency",))["agency"][0].id
    places = register.reference.lists(("location",))["location"]
    return register.handovers.create(
        HandoverInput(
            to_agency_id=unit,
            location_id=places[0].id,
            handed_over_by=PartyInput(name="Jane Doe"),
            received_by=PartyInput(name="Khamphoui"),
            lines=[LineInput(item_id)],
        )
    )


def test_a_new_receipt_carries_the_lao_description_and_an_old_one_still_verifies(
    register: Register,
) -> None:
    old_item = _lot(register, 7)
    with register.db.write() as s:  # an item described before Lao descriptions existed
        item = s.get(Item, old_item)
        assert item is not None
        item.description_lo = None
    old = _hand_over(register, old_item)
    new = _hand_over(register, _lot(register, 9))
    with register.db.read() as s:
        old_content = json.loads(
            s.scalars(select(Handover).where(Handover.number == old)).one().content
        )
        assert "description_lo" not in old_content["lines"][0]
        assert receipt_for(s, old).lines[0].description_lo == ""
        assert receipt_for(s, new).lines[0].description_lo == LAO
        for number in (old, new):
            handover = s.scalars(select(Handover).where(Handover.number == number)).one()
            assert verify(s, qr_text(number, handover.digest)).matches


def test_the_receipt_pdf_prints_the_lao_description_under_the_english(
    register: Register, tmp_path: Path
) -> None:
    from inl_equipment.documents.receipt_pdf import build_receipt

    number = _hand_over(register, _lot(register, 3))
    with register.db.read() as s:
        data = receipt_for(s, number)
    pdf = build_receipt(data)
    (tmp_path / "receipt.pdf").write_bytes(pdf)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Urine drug test kit" in text
    english_at = text.index("Urine drug test kit")
    assert "ຊຸດ" in text[english_at:]


def test_the_lots_report_as_pdf_and_xlsx(register: Register, tmp_path: Path) -> None:
    today = date.today()
    expired = _lot(register, 4, today - timedelta(days=3))
    soon = _lot(register, 6, today + timedelta(days=30))
    later = _lot(register, 8, today + timedelta(days=400))
    register.lots.record_use(UseInput(soon, 2, today, "Case 77"))
    data = register.lots.report(today - timedelta(days=1), today)
    assert expired in {x.item_id for x in data.band("expired")}
    assert soon in {x.item_id for x in data.band("soon")}
    assert later in {x.item_id for x in data.band("later")}
    assert [(u.quantity, u.reference) for u in data.uses] == [(2, "Case 77")]
    pdf = register.lots.write_report(data, tmp_path / "lots.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    for words in ("Expiring and used lots", "Expired", "Expiring within 90 days", "Case 77"):
        assert words in text
    assert "Certification" in text and "Page 1 of" in text
    book = load_workbook(register.lots.write_report(data, tmp_path / "lots.xlsx"))
    lots = list(book["Lots by expiry"].iter_rows(values_only=True))
    assert lots[0][:3] == ("Band", "Expires", "Asset tag")
    assert any(r[2] == "INL-KIT-6-" + str(today + timedelta(days=30)) and r[6] == 4 for r in lots)
    uses = list(book["Uses"].iter_rows(values_only=True))
    assert uses[1][4] == 2 and uses[1][6] == "Case 77"
    with pytest.raises(ValueError, match="use .pdf or .xlsx"):
        register.lots.write_report(data, tmp_path / "lots.doc")
    assert not (tmp_path / "lots.doc").exists()
