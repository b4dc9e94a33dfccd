"""Handovers: availability, numbering, lots, void, receipts read back, QR and verify."""

from __future__ import annotations

import io
import subprocess
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, or_, select

from inl_equipment.db.models import Agency, Item, Location, Person
from inl_equipment.db.monitoring import DisposalLine, Incident
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.services import audit
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.item_rules import ItemInput
from inl_equipment.services.items import ValidationError
from inl_equipment.services.receipts import parse_qr, qr_text
from inl_equipment.services.register import Register

INL = PartyInput(name="John A. Miller", position="Program Officer")


def in_stock(register: Register, n: int, lots: bool = False) -> list[int]:
    with register.db.read() as s:
        # Bought before the tests' usual handover date (the sample buys until last month).
        bought = or_(Item.acquisition_date.is_(None), Item.acquisition_date <= date(2026, 3, 5))
        q = select(Item.id).where(Item.status == "in_stock", bought)
        q = q.where(Item.quantity > 1) if lots else q.where(Item.quantity == 1)
        return list(s.scalars(q.order_by(Item.id).limit(n)))


def unit(register: Register, index: int = 0) -> tuple[int, int, int]:
    """(agency id, location id, person id) of a unit with an officer."""
    with register.db.read() as s:
        person = s.scalars(
            select(Person).where(Person.agency_id.is_not(None)).order_by(Person.id)
        ).all()[index]
        location = s.scalars(select(Location).order_by(Location.id)).all()[index]
        return person.agency_id, location.id, person.id


def hand_over(
    register: Register,
    item_ids: list[int],
    *,
    qty: dict[int, int] | None = None,
    index: int = 0,
    when: date = date(2026, 3, 5),
) -> str:
    agency, location, person = unit(register, index)
    return register.handovers.create(
        HandoverInput(
            kind="handover",
            date=when,
            to_agency_id=agency,
            location_id=location,
            handed_over_by=INL,
            received_by=PartyInput(person_id=person),
            remarks="With chargers.",
            lines=[LineInput(i, (qty or {}).get(i)) for i in item_ids],
        )
    )


def test_a_handover_moves_custody_in_one_transaction(register: Register) -> None:
    ids = in_stock(register, 3)
    number = hand_over(register, ids)
    assert number.startswith("HR-2026-")
    agency, location, _ = unit(register)
    with register.db.read() as s:
        items = [s.get(Item, i) for i in ids]
        assert {(it.status, it.holder_agency_id, it.location_id) for it in items} == {
            ("handed_over", agency, location)
        }
        h = s.scalars(select(Handover).where(Handover.number == number)).one()
        assert h.item_count == 3 and len(h.lines) == 3
        actions = [e.action for e in audit.history(s, "item", ids[0])]
        assert actions[-1] == "handover"
        assert audit.verify_chain(s).ok


def test_numbers_are_sequential_per_kind_and_year(register: Register) -> None:
    ids = in_stock(register, 4)
    first = [hand_over(register, [i]) for i in ids[:3]]
    before = len(register.handovers.list())
    assert [n.split("-")[2] for n in first][1:] == [
        f"{int(first[0].split('-')[2]) + k:04d}" for k in (1, 2)
    ]
    category = register.reference.lists(("category",))["category"][0].id
    old = register.items.create(
        ItemInput(
            asset_tag="OLD-2015", description="Radio", category_id=category,
            acquisition_date=date(2015, 6, 1),
        )
    )  # fmt: skip
    in_2016 = [r for r in register.handovers.list() if r.number.startswith("HR-2016-")]
    other_year = hand_over(register, [old], when=date(2016, 12, 30))
    assert other_year == f"HR-2016-{len(in_2016) + 1:04d}"
    assert len(register.handovers.list()) == before + 1


def test_a_failed_save_uses_no_number_and_changes_nothing(register: Register) -> None:
    ids = in_stock(register, 2)
    taken = hand_over(register, [ids[0]])
    with pytest.raises(ValidationError) as err:
        hand_over(register, [ids[0], ids[1]])  # ids[0] is no longer available
    assert "already with" in err.value.errors["lines"]
    with register.db.read() as s:
        assert s.get(Item, ids[1]).status == "in_stock"
    again = hand_over(register, [ids[1]])
    assert int(again.rsplit("-", 1)[1]) == int(taken.rsplit("-", 1)[1]) + 1


def test_two_saves_at_once_get_different_numbers(register: Register, db_path: Path) -> None:
    ids = in_stock(register, 8)
    other = Register(register.db.__class__("sqlite:///" + str(db_path)), "Other window")
    numbers: list[str] = []
    errors: list[BaseException] = []

    def save(reg: Register, batch: list[int]) -> None:
        try:
            for i in batch:
                numbers.append(hand_over(reg, [i]))
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=save, args=(register, ids[:4])),
        threading.Thread(target=save, args=(other, ids[4:])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    seq = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert seq == list(range(seq[0], seq[0] + 8))


def test_a_handover_before_the_purchase_is_refused(register: Register) -> None:
    with register.db.read() as s:
        recent = s.scalar(
            select(Item.id).where(
                Item.status == "in_stock",
                Item.quantity == 1,
                Item.acquisition_date > date(2016, 1, 1),
            )
        )
    with pytest.raises(ValidationError) as err:
        hand_over(register, [recent], when=date(2015, 6, 1))
    assert "after the handover date" in err.value.errors["lines"]


def test_unavailable_items_are_refused(register: Register) -> None:
    with register.db.read() as s:
        gone = s.scalar(select(Item.id).where(Item.status == "disposed"))
        held = s.scalar(select(Item.id).where(Item.status == "handed_over"))
        repair = s.scalar(select(Item.id).where(Item.status == "in_repair"))
    for item_id, why in ((gone, "disposed"), (held, "already with"), (repair, "in repair")):
        with pytest.raises(ValidationError) as err:
            hand_over(register, [item_id])
        assert why in err.value.errors["lines"]


def test_part_of_a_lot_is_split_off(register: Register) -> None:
    [lot] = in_stock(register, 1, lots=True)
    with register.db.read() as s:
        item = s.get(Item, lot)
        total, tag = item.quantity, item.asset_tag
    number = hand_over(register, [lot], qty={lot: 3})
    with register.db.read() as s:
        assert s.get(Item, lot).quantity == total - 3
        assert s.get(Item, lot).status == "in_stock"
        part = s.scalars(select(Item).where(Item.asset_tag == f"{tag}/2")).one()
        assert (part.quantity, part.status) == (3, "handed_over")
        line = s.scalars(select(HandoverLine).join(Handover).where(Handover.number == number)).one()
        assert line.item_id == part.id and line.split_from_item_id == lot


def test_void_restores_custody_and_keeps_the_receipt(register: Register) -> None:
    ids = in_stock(register, 2)
    number = hand_over(register, ids)
    with pytest.raises(ValidationError):
        register.handovers.void(number, "  ")
    register.handovers.void(number, "Wrong unit")
    with register.db.read() as s:
        assert {s.get(Item, i).status for i in ids} == {"in_stock"}
        assert s.scalars(select(Handover).where(Handover.number == number)).one().status == "void"
    text = _pdf_text(register.handovers.receipt_pdf(number))
    assert "VOID" in text and "Wrong unit" in text
    hand_over(register, ids)  # available again


def test_a_return_brings_items_back_to_stock(register: Register) -> None:
    ids = in_stock(register, 1)
    hand_over(register, ids)
    agency, _location, _ = unit(register)
    with register.db.read() as s:
        store = s.scalar(select(Location.id).where(Location.kind == "warehouse"))
    number = register.handovers.create(
        HandoverInput(
            kind="return",
            date=date(2026, 4, 1),
            from_agency_id=agency,
            location_id=store,
            handed_over_by=PartyInput(name="Unit officer"),
            received_by=INL,
            lines=[LineInput(ids[0])],
        )
    )
    assert number.startswith("RT-2026-")
    with register.db.read() as s:
        item = s.get(Item, ids[0])
        assert (item.status, item.holder_agency_id, item.location_id) == ("in_stock", None, store)


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_receipt_reads_back_with_serials_and_both_languages(register: Register) -> None:
    ids = in_stock(register, 4)
    number = hand_over(register, ids)
    data = register.handovers.receipt_pdf(number, copy=False)
    text = _pdf_text(data)
    assert number in text and "Handover Receipt" in text and "ໃບມອບ-ຮັບ" in text
    with register.db.read() as s:
        for i in ids:
            item = s.get(Item, i)
            assert item.asset_tag in text
            if item.serial_number:
                assert item.serial_number in text
        agency = s.get(Agency, unit(register)[0])
        assert agency.name_lo.split()[0] in text
    assert "COPY" not in text
    assert "COPY" in _pdf_text(register.handovers.receipt_pdf(number))


def test_qr_code_decodes_to_number_and_digest_and_verifies(
    register: Register, tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image

    number = hand_over(register, in_stock(register, 2))
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(register.handovers.receipt_pdf(number))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    [png] = tmp_path.glob("page*.png")
    [code] = zxingcpp.read_barcodes(Image.open(png))
    scanned = code.text
    assert parse_qr(scanned)[0] == number
    with register.db.read() as s:
        digest = s.scalar(select(Handover.digest).where(Handover.number == number))
    assert scanned == qr_text(number, digest)
    assert register.handovers.verify(scanned).matches
    changed = scanned[:-1] + ("0" if scanned[-1] != "0" else "1")
    verdict = register.handovers.verify(changed)
    assert not verdict.matches and "does not match" in verdict.reason
    assert not register.handovers.verify("hello").matches
    register.handovers.void(number, "Duplicate")
    assert "VOID" in register.handovers.verify(scanned).reason


def test_a_record_edited_after_issue_fails_verification(register: Register, db_path: Path) -> None:
    import sqlite3

    number = hand_over(register, in_stock(register, 1))
    with register.db.read() as s:
        digest = s.scalar(select(Handover.digest).where(Handover.number == number))
    con = sqlite3.connect(db_path)
    con.execute(
        "UPDATE handover_lines SET quantity = 5 WHERE handover_id = "
        "(SELECT id FROM handovers WHERE number = ?)",
        (number,),
    )
    con.commit()
    con.close()
    verdict = register.handovers.verify(qr_text(number, digest))
    assert not verdict.matches and "no longer match" in verdict.reason


def test_hostile_text_prints_literally(register: Register) -> None:
    agency, location, _ = unit(register)
    remarks = '<b>bold</b> & </para> <font color="[[[x]]]">red</font> <para>'
    number = register.handovers.create(
        HandoverInput(
            kind="handover",
            date=date(2026, 5, 1),
            to_agency_id=agency,
            location_id=location,
            handed_over_by=PartyInput(name="A <i>&amp;</i> B"),
            received_by=PartyInput(name="ຄຳ"),
            remarks=remarks,
            lines=[LineInput(in_stock(register, 1)[0])],
        )
    )
    text = _pdf_text(register.handovers.receipt_pdf(number))
    assert remarks in text.replace("\n", " ")
    assert "A <i>&amp;</i> B" in text


def test_attachments_are_stored_by_hash_inside_their_folder(
    register: Register, tmp_path: Path
) -> None:
    number = hand_over(register, in_stock(register, 1))
    hostile = tmp_path / "..%2F..%2Fevil name.png"
    hostile.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    stored = register.handovers.attach(number, hostile)
    assert stored.parent == register.handovers.attachments_dir()
    assert stored.name.endswith(".png") and len(stored.stem) == 64
    assert register.handovers.list(missing_signed=True) and number not in {
        r.number for r in register.handovers.list(missing_signed=True)
    }
    fake = tmp_path / "scan.pdf"
    fake.write_text("not a pdf")
    with pytest.raises(ValidationError):
        register.handovers.attach(number, fake)


def test_void_refuses_to_undo_a_later_change(register: Register) -> None:
    from datetime import date as day

    [item_id] = in_stock(register, 1)
    number = hand_over(register, [item_id])
    register.items.retire(item_id, "stolen", day(2026, 6, 1), "Police report 77/2026", None)
    with pytest.raises(ValidationError) as err:
        register.handovers.void(number, "Wrong unit")
    assert "has changed since this receipt" in err.value.errors["reason"]
    with register.db.read() as s:
        assert s.get(Item, item_id).status == "stolen"


def test_void_refuses_when_part_of_the_lot_moved_on(register: Register) -> None:
    [lot] = in_stock(register, 1, lots=True)
    first = hand_over(register, [lot])
    agency, _location, person = unit(register)
    other, other_location, _ = unit(register, 1)
    transfer = register.handovers.create(
        HandoverInput(
            kind="transfer",
            date=date(2026, 4, 2),
            from_agency_id=agency,
            to_agency_id=other,
            location_id=other_location,
            handed_over_by=PartyInput(person_id=person),
            received_by=PartyInput(name="Duty officer"),
            lines=[LineInput(lot, 4)],
        )
    )
    with pytest.raises(ValidationError) as err:
        register.handovers.void(first, "Wrong unit")
    assert transfer in err.value.errors["reason"]
    with register.db.read() as s:
        whole = s.get(Item, lot).quantity + 4
        records = (
            s.scalar(select(func.count()).select_from(DisposalLine)),
            s.scalar(select(func.count()).select_from(Incident)),
        )
    register.handovers.void(transfer, "Typed the wrong unit")
    with register.db.read() as s:  # the 4 split off are back in their lot, not counted twice
        assert s.get(Item, lot).quantity == whole
        part = s.scalars(
            select(Item).where(Item.asset_tag.like("%/2"), Item.status == "merged")
        ).one()
        assert part.quantity == 0
        # Merged back is neither a loss nor a disposal: no record says so.
        assert records == (
            s.scalar(select(func.count()).select_from(DisposalLine)),
            s.scalar(select(func.count()).select_from(Incident)),
        )
    register.handovers.void(first, "Wrong unit")
    with register.db.read() as s:
        assert (s.get(Item, lot).status, s.get(Item, lot).quantity) == ("in_stock", whole)
        assert audit.verify_chain(s).ok


def test_a_corrected_asset_tag_does_not_fail_a_true_receipt(register: Register) -> None:
    [item_id] = in_stock(register, 1)
    number = hand_over(register, [item_id])
    with register.db.read() as s:
        digest = s.scalar(select(Handover.digest).where(Handover.number == number))
    values = register.items.get(item_id).values
    values.asset_tag += "A"
    register.items.update(item_id, values)
    assert register.handovers.verify(qr_text(number, digest)).matches
