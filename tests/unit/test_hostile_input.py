"""Hostile input everywhere: any text is data, never SQL, markup or a wildcard."""

from __future__ import annotations

import io
import random
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from inl_equipment.db.models import Item
from inl_equipment.db.session import Database
from inl_equipment.services import items
from inl_equipment.services.columns import R_ID
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput
from inl_equipment.services.items import ItemInput
from inl_equipment.services.register import Register
from inl_equipment.services.search import Query, Snapshot

NASTY = st.sampled_from(
    [
        "%",
        "_",
        "'",
        '"',
        "--",
        ";",
        "\\",
        "' OR '1'='1",
        "%_%",
        "<b>",
        "&amp;",
        "</para>",
        '<font color="[[[x]]]">',
        "<para>",
        "=1+1",
        "@SUM(A1)",
        "\r\n",
        "\t",
        "ສະຫວັນ",
        "😀",
        "\u200b",
        "\x00",
    ]
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=8)), max_size=6).map("".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(needle=TEXT)
def test_search_is_a_literal_substring_match(demo_db: Database, needle: str) -> None:
    with demo_db.read() as s:
        snap = Snapshot.load(s.connection())
    got = [snap.rows[p][R_ID] for p in snap.apply(Query(text=needle))]
    terms = needle.casefold().split()
    expected = []
    for row in snap.rows:
        hay = "\n".join(v or "" for v in (row[1], row[2], row[4], row[5], row[6])).casefold()
        refs = [
            snap.refs.en["categories"].get(row[3], ""),
            snap.refs.lo["categories"].get(row[3], ""),
            snap.refs.en["agencies"].get(row[11], ""),
            snap.refs.lo["agencies"].get(row[11], ""),
            snap.refs.en["locations"].get(row[12], ""),
            snap.refs.lo["locations"].get(row[12], ""),
        ]
        if all(t in hay or any(t in r.casefold() for r in refs) for t in terms):
            expected.append(row[R_ID])
    assert got == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    description=st.text(min_size=1, max_size=300).filter(lambda t: t.strip()),
    notes=st.text(max_size=300),
)
def test_any_unicode_is_stored_and_read_back_exactly(
    db: Database, description: str, notes: str
) -> None:
    from inl_equipment.db.models import Category

    with db.write() as s:
        cat = s.scalar(select(Category.id).limit(1))
        if cat is None:
            c = Category(name_en="Radios")
            s.add(c)
            s.flush()
            cat = c.id
        n = s.scalar(select(func.count()).select_from(Item)) or 0
        item_id = items.create_item(
            s,
            ItemInput(asset_tag=f"T-{n}", description=description, category_id=cat, notes=notes),
            "op",
        )
    with db.read() as s:
        rec = items.get_item(s, item_id)
    assert rec.values.description == description.strip()
    assert rec.values.notes == notes.strip()


def test_long_and_strange_text_survives_the_table_and_the_receipt(register: Register) -> None:
    strange = "ຫຼວງນ້ຳທາ 😀 <b>&</b> </para> =CMD|' /C calc'!A0\r\nsecond line\t" + "x" * 10_000
    with register.db.read() as s:
        stock_id = s.scalars(
            select(Item.id).where(Item.status == "in_stock", Item.quantity == 1).limit(1)
        ).one()
        values = items.get_item(s, stock_id).values
    values.notes = strange
    values.description = "Radio " + strange[:500]
    register.items.update(stock_id, values)
    snap = register.items.snapshot()
    assert [snap.rows[p][R_ID] for p in snap.apply(Query(text="CMD|' /C"))] == [stock_id]
    from inl_equipment.db.models import Agency

    with register.db.read() as s:
        agency_id = s.scalar(select(Agency.id).limit(1))
    number = register.handovers.create(
        HandoverInput(
            kind="handover",
            date=date(2026, 6, 1),
            to_agency_id=agency_id,
            handed_over_by=PartyInput(name="<script>alert(1)</script>"),
            received_by=PartyInput(name="ສົມພອນ\r\nວົງໄຊ"),
            remarks=strange[:2000],
            lines=[LineInput(stock_id)],
        )
    )
    pdf = register.handovers.receipt_pdf(number)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "<script>alert(1)</script>" in text
    assert "<b>&</b> </para>" in text


def test_ten_thousand_random_cents_sum_exactly_through_the_database(db: Database) -> None:
    from inl_equipment.db.models import Category
    from inl_equipment.services.audit import now_utc

    rng = random.Random(11)
    values = [Decimal(rng.randrange(0, 10_000_000)).scaleb(-2) for _ in range(10_000)]
    with db.write() as s:
        cat = Category(name_en="Kits")
        s.add(cat)
        s.flush()
        now = now_utc()
        s.add_all(
            Item(
                asset_tag=f"K-{i}",
                description="kit",
                category_id=cat.id,
                unit_value=v,
                created_at=now,
                updated_at=now,
            )
            for i, v in enumerate(values)
        )
    with db.read() as s:
        stored = s.scalars(select(Item.unit_value)).all()
        cents = s.scalar(select(func.sum(Item.__table__.c.unit_value)))
        snap = Snapshot.load(s.connection())
    assert sum(stored) == sum(values)
    assert cents == sum(values)  # SQL SUM over integer cents, typed back to Decimal
    assert Decimal(snap.total_cents()).scaleb(-2) == sum(values)
