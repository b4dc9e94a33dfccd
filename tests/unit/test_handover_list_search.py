"""The Handovers list's search: a literal, any-case match of number, units and asset tags.

Runs on SQLite and on PostgreSQL (the match is a portable SQL function, not
SQLite's instr()).
"""

from __future__ import annotations

from sqlalchemy import select

from inl_equipment.db.models import Item
from inl_equipment.db.transactions import HandoverLine
from inl_equipment.services.register import Register


def test_search_matches_number_unit_and_asset_tag_in_any_case(register: Register) -> None:
    rows = register.handovers.list()
    assert rows, "the sample register has receipts"
    first = next(r for r in rows if r.kind == "handover")
    assert [r.id for r in register.handovers.list(first.number.lower())] == [first.id]
    unit_word = first.to_name.split()[0].upper()
    assert first.id in [r.id for r in register.handovers.list(unit_word)]
    with register.db.read() as s:
        tag = s.scalar(
            select(Item.asset_tag)
            .join(HandoverLine, HandoverLine.item_id == Item.id)
            .where(HandoverLine.handover_id == first.id)
            .limit(1)
        )
    assert tag is not None
    assert first.id in [r.id for r in register.handovers.list(tag.lower())]


def test_search_has_no_wildcards(register: Register) -> None:
    # LIKE would take "%" for any text: no sample name, number or tag holds one.
    assert register.handovers.list() != []
    assert register.handovers.list("%") == []
