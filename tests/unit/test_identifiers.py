"""Look-alike asset tags and serials: one identifier, whichever way its characters are typed.

Variants of a tag that look the same on screen and on paper (invisible format characters,
full-width letters, Lao marks in another order, decomposed accents, another case) are the
same tag for the item service, the import and the scanner.
"""

from __future__ import annotations

import csv
import itertools
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from inl_equipment.db.models import Category, Item
from inl_equipment.db.schema import open_database
from inl_equipment.interchange.import_source import initial_mapping, read_source
from inl_equipment.interchange.importer import ImportOptions, prepare
from inl_equipment.services.item_rules import clean_input, identifier_key, normalize_identifier
from inl_equipment.services.items import ItemInput, ValidationError
from inl_equipment.services.register import Register

FORMAT_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
_serial = itertools.count(1)

# Pieces of tags: ASCII, Latin with accents, Lao with a vowel above and a tone mark,
# and SARA AM (which can be typed as NIGGAHITA + AA).
tag_piece = st.one_of(
    st.text("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-/", min_size=1, max_size=6),
    st.sampled_from(["é", "Ñ", "ü", "ກິ່", "ນ້ຳ", "ຫຼວງ", "ທີ່"]),
)


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def lao_other_order(text: str) -> str:
    """Tone marks before the vowel sign above; SARA AM as its two parts."""
    return (
        text.replace("ິ່", "່ິ")
        .replace("ີ່", "່ີ")
        .replace("\u0ec9\u0eb3", "\u0ecd\u0ec9\u0eb2")
        .replace("\u0eb3", "\u0ecd\u0eb2")
    )


@st.composite
def look_alike(draw: Any, tag: str) -> str:
    """`tag` typed another way that looks the same."""
    text = tag
    if draw(st.booleans()):
        text = full_width(text)
    if draw(st.booleans()):
        text = lao_other_order(text)
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    if draw(st.booleans()):
        text = text.lower()
    for _ in range(draw(st.integers(1, 3))):
        # A position as a share of the length: the draw must not depend on the tag,
        # which the test makes unique per example (hypothesis replays draws).
        at = draw(st.integers(0, 1000)) * len(text) // 1000
        text = text[:at] + draw(st.sampled_from(FORMAT_CHARS)) + text[at:]
    return text


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Register:
    db = open_database("sqlite:///" + str(tmp_path_factory.mktemp("ids") / "r.sqlite"))
    register = Register(db, "Tester")
    with db.write() as s:
        s.add(Category(name_en="Radios"))
    return register


def category(register: Register) -> int:
    with register.db.read() as s:
        return int(s.scalars(select(Category.id)).first() or 0)


def new_tag(pieces: list[str]) -> str:
    return "T" + str(next(_serial)) + "-" + "".join(pieces)


def import_plan(register: Register, folder: Path, tags: list[str]) -> Any:
    path = folder / f"tags-{next(_serial)}.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Asset Tag", "Description", "Category"])
        writer.writerows([t, "Radio", "Radios"] for t in tags)
    source = read_source(path)
    mapping, _ = initial_mapping(source.table.headers, None)
    options = ImportOptions(on_duplicate="fail")
    return prepare(register.db, source, mapping, options, today=date(2025, 1, 1))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pieces=st.lists(tag_piece, min_size=1, max_size=3), data=st.data())
def test_look_alike_tags_are_one_tag_everywhere(
    shared: Register, tmp_path: Path, pieces: list[str], data: st.DataObject
) -> None:
    tag = normalize_identifier(new_tag(pieces))
    item_id = shared.items.create(ItemInput(tag, "Radio", category(shared)))
    variant = data.draw(look_alike(tag), label="variant")
    assert variant != tag

    # The service refuses it as a duplicate ...
    with pytest.raises(ValidationError) as refused:
        shared.items.create(ItemInput(variant, "Another radio", category(shared)))
    assert "already used" in refused.value.errors["asset_tag"]
    # ... the scanner (and every look-up by tag) finds the item ...
    assert shared.items.find_id(variant) == item_id
    assert shared.items.find_id(f"  {variant}\u200b ") == item_id
    # ... and the import takes it for the item in the register, or a row already in the file.
    plan = import_plan(shared, tmp_path, [variant])
    assert plan.rows[0].item_id == item_id
    assert plan.rows[0].action == "error" and plan.blocked is not None
    other = new_tag(pieces)
    twice = import_plan(shared, tmp_path, [other, data.draw(look_alike(other), label="again")])
    errors = {i.field: i.message for i in twice.rows[1].issues if i.level == "error"}
    assert "already on row" in errors["asset_tag"]


def test_a_tag_stored_before_normalising_is_still_found(shared: Register) -> None:
    # A register written before this rule holds a tag with a zero-width space in it.
    item_id = shared.items.create(ItemInput("OLD-0001", "Radio", category(shared)))
    with shared.db.write() as s:
        s.execute(update(Item).where(Item.id == item_id).values(asset_tag="OLD-\u200b0001"))
    assert shared.items.find_id("old-0001") == item_id
    assert shared.items.find_id("ＯＬＤ－０００１") == item_id
    with pytest.raises(ValidationError):
        shared.items.create(ItemInput("OLD-0001", "Radio", category(shared)))


def test_tags_and_serials_are_stored_normalised() -> None:
    cleaned = clean_input(
        ItemInput(" ＩＮＬ－\u200b０１ ", "Radio", serial_number="SN\u00ad12\u2060")
    )
    assert (cleaned.asset_tag, cleaned.serial_number) == ("INL-01", "SN12")
    assert normalize_identifier("ກ\u0ec8\u0eb4") == "ກ\u0eb4\u0ec8"
    assert normalize_identifier("ນ\u0ecd\u0ec9\u0eb2") == "ນ\u0ec9\u0eb3"
    assert normalize_identifier("ໜ່ວຍ") == "ໜ່ວຍ"  # Lao letters keep their spelling


@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize_identifier(text)
    assert normalize_identifier(once) == once
    assert identifier_key(text) == identifier_key(once)
    assert not any(unicodedata.category(c) == "Cf" for c in once)
