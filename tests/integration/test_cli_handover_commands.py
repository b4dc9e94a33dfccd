"""handover, return and transfer commands: a receipt number, or one line and nothing stored."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inl_equipment.cli import main
from inl_equipment.cli.common import CliError
from inl_equipment.cli.handover_issue import parse_date


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "register.sqlite"
    assert main(["demo", "--db", str(path), "--items", "300", "--seed", "11"]) == 0
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "register.sqlite"
    shutil.copyfile(template, target)
    return target


def _query(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _state(db: Path) -> tuple[object, ...]:
    """Everything a handover would change: handovers, lines, items, history."""
    return (
        _query(db, "SELECT count(*) FROM handovers"),
        _query(db, "SELECT count(*) FROM handover_lines"),
        _query(db, "SELECT id, status, holder_agency_id, location_id, quantity FROM items"),
        _query(db, "SELECT count(*) FROM audit_events"),
    )


def _in_stock(db: Path, n: int = 2, lot: bool = False) -> list[tuple[str, int]]:
    cond = "quantity > 3" if lot else "quantity = 1"
    rows = _query(
        db,
        f"SELECT asset_tag, quantity FROM items WHERE status = 'in_stock' AND {cond} "
        "AND (acquisition_date IS NULL OR acquisition_date <= date('now')) ORDER BY id LIMIT ?",
        n,
    )
    return [(str(t), int(q)) for t, q in rows]


def _held(db: Path) -> tuple[str, int]:
    tag, holder = _query(
        db,
        "SELECT asset_tag, holder_agency_id FROM items WHERE status = 'handed_over' "
        "ORDER BY id LIMIT 1",
    )[0]
    return str(tag), int(holder)  # type: ignore[call-overload]


def _unit(db: Path, unit_id: int) -> tuple[str, str]:
    en, lo = _query(db, "SELECT name_en, name_lo FROM agencies WHERE id = ?", unit_id)[0]
    return str(en), str(lo)


def _fails(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    before = _state(db)
    code = main([argv[0], "--db", str(db), *argv[1:]])
    err = capsys.readouterr().err
    assert code != 0, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert _state(db) == before, "nothing may be stored on an error"
    return lines[0]


def test_handover_by_id_english_and_lao_name_prints_the_number(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tag1, _), (tag2, _), (tag3, _) = _in_stock(db, 3)
    en, lo = _unit(db, 2)
    numbers = []
    for unit, tag in (("2", tag1), (en.upper(), tag2), (f"  {lo} ", tag3)):
        code = main(
            ["handover", "--db", str(db), "--to", unit, "--received-by", "Mr Somphone", tag]
        )
        out = capsys.readouterr().out.strip()
        assert code == 0
        assert out.startswith("HR-")
        numbers.append(out)
    held = _query(
        db, "SELECT holder_agency_id FROM items WHERE asset_tag IN (?, ?, ?)", tag1, tag2, tag3
    )
    assert {h for (h,) in held} == {2}
    assert len(set(numbers)) == 3
    stored = _query(db, "SELECT received_by FROM handovers WHERE number = ?", numbers[0])
    assert stored == [("Mr Somphone",)]


def test_part_of_a_lot_and_every_option(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [(tag, qty)] = _in_stock(db, 1, lot=True)
    location = _query(db, "SELECT name_en FROM locations ORDER BY id LIMIT 1")[0][0]
    day = (date.today() - timedelta(days=1)).isoformat()
    argv = ["handover", "--db", str(db), "--to", "1", "--received-by", "Ms Noy", "--position",
            "Chief", "--handed-over-by", "Mr Bounmy", "--location", str(location), "--date", day,
            "--remarks", "batch", f"{tag}=2"]  # fmt: skip
    assert main(argv) == 0
    number = capsys.readouterr().out.strip()
    row = _query(
        db,
        "SELECT date, handed_over_by, remarks, item_count FROM handovers WHERE number = ?",
        number,
    )
    assert row == [(day, "Mr Bounmy", "batch", 1)]
    assert _query(db, "SELECT quantity FROM items WHERE asset_tag = ?", tag) == [(qty - 2,)]


def test_return_and_transfer(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tag, holder = _held(db)
    other = 1 if holder != 1 else 2
    assert main(["transfer", "--db", str(db), "--from", str(holder), "--to", str(other),
                 "--received-by", "Mr A", "--handed-over-by", "Mr B", tag]) == 0  # fmt: skip
    number = capsys.readouterr().out.strip()
    assert number.startswith("TR-")
    signed = "SELECT handed_over_by, received_by FROM handovers WHERE number = ?"
    assert _query(db, signed, number) == [("Mr B", "Mr A")]
    assert main(["--operator", "Keeper", "return", "--db", str(db), "--from", str(other),
                 "--handed-over-by", "Mr A", tag]) == 0  # fmt: skip
    number = capsys.readouterr().out.strip()
    assert number.startswith("RT-")
    assert _query(db, signed, number) == [("Mr A", "Keeper")]
    assert _query(db, "SELECT status, holder_agency_id FROM items WHERE asset_tag = ?", tag) == [
        ("in_stock", None)
    ]


@pytest.mark.parametrize("unit", ["Nowhere", "999999", "", "Lao", "0"])
def test_unknown_unit(db: Path, capsys: pytest.CaptureFixture[str], unit: str) -> None:
    [(tag, _)] = _in_stock(db, 1)
    line = _fails(db, capsys, "handover", "--to", unit, "--received-by", "X", tag)
    assert "unit" in line


def test_unknown_location(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [(tag, _)] = _in_stock(db, 1)
    line = _fails(
        db, capsys, "handover", "--to", "1", "--received-by", "X", "--location", "Mars", tag
    )
    assert "no location named 'Mars'" in line


@pytest.mark.parametrize("bad", ["NO-SUCH-TAG", "", "=3", "INL-99-999999", " "])
def test_unknown_tag_stores_nothing_even_after_good_lines(
    db: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    [(good, _)] = _in_stock(db, 1)
    line = _fails(db, capsys, "handover", "--to", "1", "--received-by", "X", good, bad)
    assert "no item with asset tag" in line


def test_unavailable_item_is_named(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [(good, _)] = _in_stock(db, 1)
    tag, holder = _held(db)
    line = _fails(db, capsys, "handover", "--to", "1", "--received-by", "X", good, tag)
    assert tag in line and "already with" in line
    other = 1 if holder != 1 else 2
    line = _fails(db, capsys, "return", "--from", str(other), "--handed-over-by", "X", tag)
    assert tag in line and "not held by the unit" in line
    line = _fails(db, capsys, "transfer", "--from", str(holder), "--to", str(holder),
                  "--received-by", "X", "--handed-over-by", "Y", tag)  # fmt: skip
    assert "different unit" in line


@pytest.mark.parametrize("qty", ["0", "-1", "x", "1.5", "", "٣", "99999999"])
def test_bad_quantity(db: Path, capsys: pytest.CaptureFixture[str], qty: str) -> None:
    [(tag, _)] = _in_stock(db, 1, lot=True)
    line = _fails(db, capsys, "handover", "--to", "1", "--received-by", "X", f"{tag}={qty}")
    assert tag in line and "quantity" in line


@pytest.mark.parametrize(
    "day", ["2026-02-30", "yesterday", "2026-13-01", "20260101", "", "2999-01-01"]
)
def test_bad_date(db: Path, capsys: pytest.CaptureFixture[str], day: str) -> None:
    [(tag, _)] = _in_stock(db, 1)
    line = _fails(db, capsys, "handover", "--to", "1", "--received-by", "X", "--date", day, tag)
    assert "date" in line


def test_missing_names_and_duplicates(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [(tag, _)] = _in_stock(db, 1)
    blank_giver = _fails(
        db, capsys, "handover", "--to", "1", "--received-by", "X", "--handed-over-by", "", tag
    )
    assert "Name the officer who hands the items over" in blank_giver
    assert "Name the officer who receives" in _fails(
        db, capsys, "handover", "--to", "1", "--received-by", " ", tag
    )
    assert "twice" in _fails(
        db, capsys, "handover", "--to", "1", "--received-by", "X", tag, tag.lower()
    )


def test_writer_lock_held_elsewhere(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    helper = Path(__file__).parents[1] / "helpers" / "hold_lock.py"
    holder = subprocess.Popen(
        [sys.executable, str(helper), str(db), "Souk"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("LOCKED")
        [(tag, _)] = _in_stock(db, 1)
        line = _fails(db, capsys, "handover", "--to", "1", "--received-by", "X", tag)
        assert "Souk" in line
    finally:
        holder.communicate("", timeout=30)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=14))
def test_parse_date_takes_only_iso_days(text: str) -> None:
    try:
        parsed = parse_date(text)
    except CliError as exc:
        assert "YYYY-MM-DD" in str(exc)
    else:
        assert parsed.isoformat() == text.strip()
