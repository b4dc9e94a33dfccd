"""Item rules: validation, create, edit and retire, each with its history."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from inl_equipment.db.models import AuditEvent, Category, Item
from inl_equipment.db.session import Database
from inl_equipment.services import audit, items
from inl_equipment.services.items import ItemInput, ValidationError
from inl_equipment.services.retirement import retire_item


@pytest.fixture
def category_id(db: Database) -> int:
    with db.write() as s:
        cat = Category(name_en="Radios", name_lo="ວິທະຍຸສື່ສານ")
        s.add(cat)
        s.flush()
        return cat.id


def radio(cat: int | None, **kw: object) -> ItemInput:
    base = dict(
        asset_tag="INL-24-000001",
        description="Handheld P25 radio",
        category_id=cat,
        make="Motorola",
        model="APX 900",
        serial_number="426TXA1234",
        unit_value=Decimal("1825.00"),
        acquisition_date=date(2024, 3, 15),
    )
    base.update(kw)
    return ItemInput(**base)  # type: ignore[arg-type]


def test_create_writes_the_item_and_one_audit_event(db: Database, category_id: int) -> None:
    with db.write() as s:
        item_id = items.create_item(s, radio(category_id), "Somphone")
    with db.read() as s:
        item = s.get(Item, item_id)
        assert item is not None and item.unit_value == Decimal("1825.00")
        events = audit.history(s, "item", item_id)
    assert [e.action for e in events] == ["create"]
    assert events[0].operator == "Somphone"
    assert events[0].changes["asset_tag"] == "INL-24-000001"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"asset_tag": "  "}, "asset_tag", "required"),
        ({"description": ""}, "description", "required"),
        ({"category_id": None}, "category_id", "category"),
        ({"quantity": 0}, "quantity", "at least 1"),
        ({"quantity": 5}, "quantity", "serial number"),
        ({"unit_value": Decimal("-1")}, "unit_value", "negative"),
        ({"unit_value": Decimal("1.005")}, "unit_value", "two decimals"),
        ({"federal_share_pct": Decimal("101")}, "federal_share_pct", "0 to 100"),
        ({"acquisition_date": date.today() + timedelta(days=1)}, "acquisition_date", "future"),
        ({"status": "disposed"}, "status", "cannot start"),
        ({"status": "handed_over"}, "holder_agency_id", "holds it"),
        ({"condition": "shiny"}, "condition", "Unknown"),
        ({"location_id": 12345}, "location_id", "no longer exists"),
    ],
)
def test_bad_input_is_refused_with_a_message_for_the_field(
    db: Database, category_id: int, change: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as err, db.write() as s:
        items.create_item(s, radio(category_id, **change), "op")
    assert message in err.value.errors[field]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_asset_tags_are_unique_whatever_the_case(db: Database, category_id: int) -> None:
    with db.write() as s:
        items.create_item(s, radio(category_id), "op")
    with pytest.raises(ValidationError) as err, db.write() as s:
        items.create_item(s, radio(category_id, asset_tag="inl-24-000001", serial_number=""), "op")
    assert "already used" in err.value.errors["asset_tag"]


def test_text_is_trimmed_but_notes_keep_their_lines(db: Database, category_id: int) -> None:
    with db.write() as s:
        item_id = items.create_item(
            s, radio(category_id, make="  Motorola \n", notes="line 1\nline 2\n"), "op"
        )
    with db.read() as s:
        rec = items.get_item(s, item_id)
    assert rec.values.make == "Motorola"
    assert rec.values.notes == "line 1\nline 2"


def test_edit_records_what_changed_from_and_to(db: Database, category_id: int) -> None:
    with db.write() as s:
        item_id = items.create_item(s, radio(category_id), "op")
    with db.write() as s:
        changed = items.update_item(
            s,
            item_id,
            radio(category_id, unit_value=Decimal("1900.50"), condition="good"),
            "Bounmy",
        )
        assert changed
    with db.write() as s:
        assert not items.update_item(
            s, item_id, radio(category_id, unit_value=Decimal("1900.50"), condition="good"), "x"
        )
    with db.read() as s:
        events = audit.history(s, "item", item_id)
    assert [e.action for e in events] == ["create", "edit"]
    assert events[1].changes == {"unit_value": ["1825.00", "1900.50"], "condition": ["new", "good"]}
    assert events[1].operator == "Bounmy"


def test_retire_sets_the_disposition_and_refuses_a_second_time(
    db: Database, category_id: int
) -> None:
    with db.write() as s:
        item_id = items.create_item(s, radio(category_id), "op")
    with pytest.raises(ValidationError) as err, db.write() as s:
        retire_item(s, item_id, "disposed", date(2025, 1, 2), "", "op")
    assert "disposal_method" in err.value.errors
    with db.write() as s:
        retire_item(
            s, item_id, "disposed", date(2025, 1, 2), "Sold at auction", "op", Decimal("250.00")
        )
    with db.read() as s:
        rec = items.get_item(s, item_id)
        assert rec.values.status == "disposed"
        assert rec.disposal_price == Decimal("250.00")
        assert rec.disposal_method == "Sold at auction"
        assert audit.history(s, "item", item_id)[-1].action == "dispose"
    with pytest.raises(ValidationError), db.write() as s:
        retire_item(s, item_id, "lost", date(2025, 1, 3), "", "op")
    with pytest.raises(ValidationError), db.write() as s:
        items.update_item(s, item_id, radio(category_id, status="in_stock"), "op")


def test_field_errors_need_no_database() -> None:
    errors = items.field_errors(ItemInput())
    assert set(errors) == {"asset_tag", "description", "category_id"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("1000000000"), "not plausible"),
        (Decimal("1E+30"), "not plausible"),
        (Decimal("12.345"), "two decimals"),
    ],
)
def test_implausible_money_is_refused(
    db: Database, category_id: int, value: Decimal, message: str
) -> None:
    with pytest.raises(ValidationError) as err, db.write() as s:
        items.create_item(s, radio(category_id, unit_value=value), "op")
    assert message in err.value.errors["unit_value"]


def test_sale_price_and_federal_share_keep_cents_exact(db: Database, category_id: int) -> None:
    with pytest.raises(ValidationError) as err, db.write() as s:
        items.create_item(s, radio(category_id, federal_share_pct=Decimal("33.335")), "op")
    assert "two decimals" in err.value.errors["federal_share_pct"]
    with db.write() as s:
        item_id = items.create_item(s, radio(category_id), "op")
    with pytest.raises(ValidationError) as err, db.write() as s:
        retire_item(s, item_id, "disposed", date(2025, 1, 2), "Sold", "op", Decimal("12.345"))
    assert "two decimals" in err.value.errors["disposal_price"]


def test_history_reads_in_words(db: Database, category_id: int) -> None:
    from inl_equipment.db.models import Agency
    from inl_equipment.services.history_text import readable
    from inl_equipment.services.search import load_refs

    with db.write() as s:
        unit = Agency(name_en="Counter-Narcotics Unit, Savannakhet")
        s.add(unit)
        s.flush()
        unit_id = unit.id
        item_id = items.create_item(s, radio(category_id), "Somphone")
    with db.write() as s:
        items.update_item(
            s,
            item_id,
            radio(
                category_id,
                status="handed_over",
                holder_agency_id=unit_id,
                unit_value=Decimal("1900.5"),
            ),
            "Bounmy",
        )
    with db.read() as s:
        entries = readable(audit.history(s, "item", item_id), load_refs(s.connection()))
    edit = entries[-1]
    assert edit.action == "Edited" and edit.operator == "Bounmy"
    assert "Holder: donor stock → Counter-Narcotics Unit, Savannakhet" in edit.lines
    assert "Status: In stock → Handed over" in edit.lines
    assert "Unit value: $1,825.00 → $1,900.50" in edit.lines
    assert entries[0].action == "Added" and "Category: Radios" in entries[0].lines
