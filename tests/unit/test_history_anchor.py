"""`check` finds a history cut at its end and items changed behind it.

The class of fault: the hash chain showed edits in the middle but not a
truncation (the newest events, or all, deleted), nor an item row changed in
the file without an event. Tried: cuts of several lengths, the anchor row
deleted (alone and with the events), every kind of item column updated
directly, items inserted and deleted behind the history; and the other
side, that everything the app itself does (edits, retire, handovers, voids,
lot splits, imports, reference merges, migration of an older register)
keeps the check clean.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from inl_equipment.cli import main
from inl_equipment.db.models import Category, Item
from inl_equipment.db.schema import open_database
from inl_equipment.services import items as item_service
from inl_equipment.services import reference
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.history_check import verify_history
from inl_equipment.services.retirement import retire_item
from tests.helpers.old_registers import FIXTURE_ITEMS, old_register


def _url(path: Path) -> str:
    return "sqlite:///" + str(path)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register with receipts, returns, lot splits and a void."""
    path = tmp_path_factory.mktemp("anchor") / "register.sqlite"
    db = open_database(_url(path))
    with db.write() as s:
        fill_demo(s, 600, "op", seed=5)
    db.dispose()
    return path


@pytest.fixture
def reg(template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(template, tmp_path / "register.sqlite"))


def _sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    with con:
        for statement in statements:
            con.execute(statement)
    con.close()


def _report(path: Path) -> tuple[bool, str, int]:
    db = open_database(_url(path), migrate=False, read_only=True)
    try:
        with db.read() as s:
            report = verify_history(s)
    finally:
        db.dispose()
    return report.ok, str(report.problem or ""), report.events


def _cli_check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", "--db", str(path)])
    out = capsys.readouterr()
    return code, out.err if code else out.out


def test_an_untouched_demo_register_is_ok(reg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok, problem, events = _report(reg)
    assert ok, problem
    assert events > 600
    code, out = _cli_check(reg, capsys)
    assert code == 0 and out.startswith("ok:") and "every item matches its history" in out


@pytest.mark.parametrize("cut", [1, 2, 7, 150])
def test_deleting_the_newest_events_is_reported(
    reg: Path, cut: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(reg, f"DELETE FROM audit_events WHERE id > (SELECT max(id) - {cut} FROM audit_events)")
    ok, problem, _events = _report(reg)
    assert not ok and "history was cut" in problem
    code, err = _cli_check(reg, capsys)
    assert code == 1 and err.count("\n") == 1 and "history was cut" in err


def test_deleting_every_event_is_reported(reg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _sql(reg, "DELETE FROM audit_events")
    ok, problem, events = _report(reg)
    assert not ok and events == 0 and "only 0 remain" in problem
    code, err = _cli_check(reg, capsys)
    assert code == 1 and "history was cut" in err


@pytest.mark.parametrize(
    "statements",
    [
        ("DELETE FROM audit_anchors WHERE kind = 'chain'",),
        ("DELETE FROM audit_anchors",),
        ("DELETE FROM audit_events", "DELETE FROM audit_anchors"),
    ],
    ids=["anchor", "all-anchors", "events-and-anchors"],
)
def test_deleting_the_anchor_is_reported(
    reg: Path, statements: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(reg, *statements)
    ok, problem, _events = _report(reg)
    assert not ok and "anchor is missing" in problem
    code, err = _cli_check(reg, capsys)
    assert code == 1 and "anchor is missing" in err


def test_a_cut_cannot_be_healed_by_writing_on(reg: Path) -> None:
    _sql(reg, "DELETE FROM audit_events WHERE id > (SELECT max(id) - 3 FROM audit_events)")
    _edit_one(reg, "Radio, checked after the cut")
    ok, problem, _events = _report(reg)
    assert not ok and "history was cut" in problem


ITEM_CHANGES = {
    "description": "'Rewritten behind the history'",
    "serial_number": "'SN-FORGED'",
    "quantity": "quantity + 1",
    "unit_value": "unit_value + 1",
    "status": "'lost'",
    "holder_agency_id": "(SELECT min(id) FROM agencies)",
    "location_id": "NULL",
    "notes": "'x'",
    "category_id": "(SELECT max(id) FROM categories)",
    "updated_at": "'2030-01-01 00:00:00.000000'",
}


@pytest.mark.parametrize("column", sorted(ITEM_CHANGES))
def test_an_item_changed_in_the_file_is_named(
    reg: Path, column: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(_url(reg))
    with db.read() as s:
        item_id, tag = s.execute(select(Item.id, Item.asset_tag).where(Item.id == 17)).one()
    db.dispose()
    _sql(reg, f"UPDATE items SET {column} = {ITEM_CHANGES[column]} WHERE id = {item_id}")
    ok, problem, _events = _report(reg)
    if not ok:
        assert f"item {tag} was changed outside the app" in problem
    else:  # the value happened to be what it was already
        pytest.fail(f"{column}: the update changed nothing; pick another value")
    code, err = _cli_check(reg, capsys)
    assert code == 1 and tag in err and err.count("\n") == 1


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    item=st.integers(min_value=1, max_value=600),
    text=st.text(min_size=1, max_size=40).filter(lambda t: "\x00" not in t),
)
def test_any_description_rewritten_behind_the_history_is_named(
    template: Path, tmp_path_factory: pytest.TempPathFactory, item: int, text: str
) -> None:
    path = Path(shutil.copyfile(template, tmp_path_factory.mktemp("h") / "r.sqlite"))
    con = sqlite3.connect(path)
    with con:
        (tag, old) = con.execute(
            "SELECT asset_tag, description FROM items WHERE id = ?", (item,)
        ).fetchone()
        con.execute("UPDATE items SET description = ? WHERE id = ?", (text, item))
    con.close()
    ok, problem, _events = _report(path)
    assert ok == (text == old)
    if not ok:
        assert tag in problem


def test_items_added_or_deleted_behind_the_history_are_reported(reg: Path) -> None:
    con = sqlite3.connect(reg)
    with con:
        con.execute(
            "INSERT INTO items (asset_tag, serial_number, category_id, make, model, description,"
            " quantity, unit, lot_number, unit_value, title_holder, federal_share_pct, vendor,"
            " po_number, status, condition, notes, created_at, updated_at)"
            " SELECT 'FORGED-1', '', category_id, '', '', 'ghost', 1, 'each', '', 0, '', 10000,"
            " '', '', 'in_stock', 'new', '', created_at, updated_at FROM items WHERE id = 1"
        )
    con.close()
    ok, problem, _events = _report(reg)
    assert not ok and "FORGED-1 has no seal" in problem
    _sql(reg, "DELETE FROM items WHERE asset_tag = 'FORGED-1'")
    assert _report(reg)[0]
    _sql(reg, "PRAGMA foreign_keys = OFF", "DELETE FROM items WHERE id = 5")
    ok, problem, _events = _report(reg)
    assert not ok and "item 5 has a history but no row" in problem


def test_many_changed_items_are_counted(reg: Path) -> None:
    _sql(reg, "UPDATE items SET notes = 'bulk edit' WHERE id <= 40")
    ok, problem, _events = _report(reg)
    assert not ok and "(and 39 more problems)" in problem


def _edit_one(path: Path, description: str, item_id: int = 3) -> None:
    db = open_database(_url(path))
    try:
        with db.write() as s:
            values = item_service.get_item(s, item_id).values
            new = dataclasses.replace(values, description=description)
            assert item_service.update_item(s, item_id, new, "op")
    finally:
        db.dispose()


def test_what_the_app_does_keeps_the_check_clean(reg: Path) -> None:
    _edit_one(reg, "Motorbike, new tyres")
    db = open_database(_url(reg))
    try:
        with db.write() as s:
            retire_item(s, 8, "lost", date(2025, 1, 2), "Lost at the checkpoint", "op")
        with db.write() as s:
            keep, drop = s.scalars(select(Category.id).order_by(Category.id).limit(2)).all()
            moved = reference.merge_records(s, "category", keep, drop, "op")
        assert moved > 0
    finally:
        db.dispose()
    ok, problem, _events = _report(reg)
    assert ok, problem


def test_an_older_register_is_anchored_when_it_is_upgraded(tmp_path: Path) -> None:
    path = old_register(tmp_path, "0003")
    db = open_database(_url(path))  # migrates to head: anchors the history as it stands
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == FIXTURE_ITEMS
    db.dispose()
    ok, problem, events = _report(path)
    assert ok, problem
    assert events >= FIXTURE_ITEMS
    _sql(path, "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")
    assert "history was cut" in _report(path)[1]


def test_imports_keep_the_check_clean(
    reg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(_url(reg))
    with db.read() as s:
        tag = s.scalar(select(Item.asset_tag).where(Item.id == 11))
    db.dispose()
    source = tmp_path / "list.csv"
    source.write_text(
        "Asset tag,Description,Category,Quantity\n"
        f"{tag},Radio handset (imported edit),Radios,1\n"
        "IMP-0001,Generator 5 kVA,Brand-new category,1\n"
        "IMP-0002,Drug test kits,Brand-new category,40\n",
        encoding="utf-8",
    )
    code = main(
        ["import", str(source), "--db", str(reg), "--on-duplicate", "update", "--create-missing"]
    )
    assert code == 0, capsys.readouterr().err
    ok, problem, _events = _report(reg)
    assert ok, problem
