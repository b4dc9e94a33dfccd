"""Imports from spreadsheets: row checks, duplicate policies, all-or-nothing commits."""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from inl_equipment.db.models import Agency, AuditEvent, Category, Item, Location, Province
from inl_equipment.db.session import Database
from inl_equipment.db.transactions import ImportRecord
from inl_equipment.interchange.exporters import ExportError
from inl_equipment.interchange.import_commit import (
    ImportBlockedError,
    StaleImportError,
    commit,
)
from inl_equipment.interchange.import_lookups import guess_province, is_lao_only, loose_key
from inl_equipment.interchange.import_rejects import write_rejects
from inl_equipment.interchange.import_rows import condition_from_text, status_from_text
from inl_equipment.interchange.import_source import initial_mapping, read_source, remember_mapping
from inl_equipment.interchange.importer import (
    UNCATEGORISED,
    ImportOptions,
    ImportPlan,
    plural,
    prepare,
)
from inl_equipment.services import audit
from inl_equipment.services.items import ItemInput
from inl_equipment.services.register import Register

TODAY = date(2024, 6, 1)
SNIPE_HEADERS = [
    "Company", "Name", "Asset Tag", "Category", "Supplier", "Manufacturer", "Location",
    "Order Number", "Model", "Model Notes", "Model Number", "Asset Notes", "Purchase Date",
    "Purchase Cost", "Serial", "Status", "", "Category", "Checked Out To",
]  # fmt: skip


def snipe_row(**cells: str) -> list[str]:
    keys = {"company": 0, "name": 1, "tag": 2, "category": 3, "supplier": 4, "make": 5,
            "location": 6, "order": 7, "model": 8, "model_number": 10, "notes": 11,
            "date": 12, "cost": 13, "serial": 14, "status": 15, "blank": 16,
            "category2": 17, "holder": 18}  # fmt: skip
    row = [""] * len(SNIPE_HEADERS)
    for key, value in cells.items():
        row[keys[key]] = value
    return row


def write_csv(
    path: Path, rows: list[list[str]], *, newline: str = "\r", codec: str = "mac_roman"
) -> Path:
    """A CSV as old Excel for Mac writes it: bare CR line ends, Mac Roman text."""

    def cell(v: str) -> str:
        return f'"{v}"' if any(c in v for c in ',"\r\n') else v

    text = newline.join(",".join(cell(v) for v in r) for r in rows) + newline
    path.write_bytes(text.encode(codec))
    return path


@pytest.fixture
def snipe_csv(tmp_path: Path) -> Path:
    rows = [
        SNIPE_HEADERS,
        snipe_row(company="Customs Department, Ministry of Finance",
                  holder="Customs Department, Ministry of Finance",
                  name="Toyota Hilux double cab  ", tag="SNP-0001", category="Vehicles",
                  supplier="Toyota Lao", make="Toyota", location="CNU office, Savannakhet",
                  order="PO-2023-17", model="Hilux", notes="Café delivery – spare key",
                  date="1/23/2023", cost="$32,500.00", serial="MR0FZ29G301234567",
                  status="Deployed", blank="x", category2="Vehicles"),
        snipe_row(name="Motorola handheld radio", tag="SNP-0002", category="Radios",
                  make="Motorola", location="INL warehouse, Vientiane", model="DP4400",
                  model_number="3.01043E+13", date="3/4/2023", cost="1234.5",
                  serial="3.01043E+13", status="Ready to Deploy"),
        [""] * len(SNIPE_HEADERS),
        snipe_row(name="GPS unit", tag="SNP-0003", category="GPS units", make="Garmin",
                  location="Nam Phao post, Borikhamxay", date="12/5/2022", cost="$499.00",
                  status="Broken"),
        snipe_row(name="Duplicate pickup", tag="snp-0001", category="Vehicles"),
        snipe_row(name="Laptop", tag="SNP-0005", category="Computers", date="2/30/2023",
                  cost="twelve"),
        snipe_row(name="Stolen radio", tag="SNP-0006", category="Radios", status="Stolen"),
        snipe_row(name="Mystery item", tag="SNP-0007", status="Sort of ok"),
        snipe_row(name="Body scanner", tag="SNP-0008", category="  Full-body scanners  "),
    ]  # fmt: skip
    return write_csv(tmp_path / "assets.csv", rows)


def plan_for(register: Register, path: Path, **options: object) -> ImportPlan:
    source = read_source(path)
    mapping, _saved = initial_mapping(source.table.headers, None)
    return prepare(register.db, source, mapping, ImportOptions(**options), today=TODAY)  # type: ignore[arg-type]


def row(plan: ImportPlan, line: int):
    return next(r for r in plan.rows if r.line == line)


def messages(plan: ImportPlan, line: int, level: str) -> dict[str, str]:
    return {i.field: i.message for i in row(plan, line).issues if i.level == level}


def fingerprint(db: Database) -> str:
    """A checksum of every row of every table: equal means nothing changed."""
    path = db.path
    assert path is not None
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def count(db: Database, model: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


# ------------------------------------------------------------------ the preview


def test_snipe_it_export_row_by_row(register: Register, snipe_csv: Path) -> None:
    plan = plan_for(register, snipe_csv)
    assert plan.source.table.encoding == "mac_roman"
    assert plan.date_info.guess == "mdy" and not plan.date_info.needs_choice
    assert [r.line for r in plan.rows] == [2, 3, 5, 6, 7, 8, 9, 10]  # blank row 4 dropped
    c = plan.counts
    assert (c.create, c.error_rows, c.update, c.skip) == (6, 2, 0, 0)

    hilux = row(plan, 2)
    assert hilux.action == "create" and not hilux.issues
    v = hilux.values
    assert (v.asset_tag, v.description, v.status) == (
        "SNP-0001",
        "Toyota Hilux double cab",
        "handed_over",
    )
    assert v.unit_value == Decimal("32500.00") and v.acquisition_date == date(2023, 1, 23)
    assert v.notes == "Café delivery – spare key" and v.vendor == "Toyota Lao"
    assert plan.name_of("holder", v.holder_agency_id) == "Customs Department, Ministry of Finance"
    assert plan.name_of("location", v.location_id) == "CNU office, Savannakhet"

    radio = row(plan, 3)
    assert radio.action == "create"
    assert "true serial number is lost" in messages(plan, 3, "warning")["serial_number"]
    assert radio.values.acquisition_date == date(2023, 3, 4)  # m/d/y from the other dates
    assert radio.values.unit_value == Decimal("1234.50") and radio.values.status == "in_stock"

    gps = row(plan, 5)
    assert gps.values.status == "in_repair"
    assert "created in Borikhamxay" in messages(plan, 5, "warning")["location"]
    assert "row 2 of this file" in messages(plan, 6, "error")["asset_tag"]
    bad = messages(plan, 7, "error")
    assert "not a valid date" in bad["acquisition_date"] and "twelve" in bad["unit_value"]
    assert "no disposal date" in messages(plan, 8, "warning")["status"]  # history is kept
    assert row(plan, 8).action == "create" and row(plan, 8).values.status in (
        "lost",
        "stolen",
        "disposed",
    )
    mystery = messages(plan, 9, "warning")
    assert UNCATEGORISED in mystery["category"] and "Sort of ok" in mystery["status"]
    assert "Full-body scanners" in messages(plan, 10, "warning")["category"]
    assert plan.blocked is not None and "2 rows with errors" in plan.blocked


def test_xlsx_with_typed_cells_lao_text_and_a_minimal_row(
    register: Register, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Asset tag", "Description", "Serial number", "Acquisition date", "Unit value",
               "Quantity", "Location", "Holder", "Status"])  # fmt: skip
    ws.append(["LAO-1", "ລົດຈັກ Honda Wave", 30104300000000, datetime(2023, 5, 6), 1234.5, 1,
               "ດ່ານ ບໍ່ເຕັນ", "ໜ່ວຍດ່ານ ບໍ່ເຕັນ", "Handed over"])  # fmt: skip
    ws.append(["LAO-2", "Search mirror"])
    path = tmp_path / "lao.xlsx"
    wb.save(path)
    plan = plan_for(register, path)
    assert plan.blocked is None, plan.rows
    lao = row(plan, 2)
    assert lao.values.serial_number == "30104300000000"  # a typed cell keeps every digit
    assert set(messages(plan, 2, "warning")) == {"category"}
    assert lao.values.acquisition_date == date(2023, 5, 6)
    assert lao.values.unit_value == Decimal("1234.50")
    assert plan.name_of("location", lao.values.location_id).startswith("Boten")
    assert plan.name_of("holder", lao.values.holder_agency_id).startswith(
        "Border checkpoint unit, Boten"
    )
    minimal = row(plan, 3)
    assert minimal.action == "create"
    assert set(messages(plan, 3, "warning")) == {"category"}  # filed under Uncategorised
    result = commit(register.db, "Tester", plan, today=TODAY)
    assert result.created == 2 and result.refs_created == {"category": [UNCATEGORISED]}
    rec = register.items.get(result.item_ids[0])
    assert rec.values.description == "ລົດຈັກ Honda Wave" and rec.values.status == "handed_over"


def test_unknown_names_are_errors_without_create(register: Register, snipe_csv: Path) -> None:
    plan = plan_for(register, snipe_csv, create_missing=False, only_valid=True)
    assert "not created" in messages(plan, 5, "error")["location"]
    assert "not created" in messages(plan, 10, "error")["category"]
    # The register's own fallback category is still made for a row without one.
    assert row(plan, 9).action == "create"
    assert [n.name for n in plan.new_refs] == [UNCATEGORISED]


def test_formula_guards_of_csv_exports_are_undone(register: Register, tmp_path: Path) -> None:
    rows = [["Asset Tag", "Name", "Serial", "Notes"],
            ["F-1", "'=Radio", "'-123", "'@home"],
            ["F-2", "Don't", "'1", ""]]  # fmt: skip
    path = write_csv(tmp_path / "f.csv", rows)
    plan = plan_for(register, path)
    first, second = plan.rows[0].values, plan.rows[1].values
    assert (first.description, first.serial_number, first.notes) == ("=Radio", "-123", "@home")
    assert (second.description, second.serial_number) == ("Don't", "'1")


def test_ambiguous_dates_need_an_order(register: Register, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [["Tag", "Item", "Date"], ["A-1", "Radio", "03/04/2023"],
                     ["A-2", "Radio", "05/06/2023"]], newline="\n")  # fmt: skip
    plan = plan_for(register, path)
    assert plan.date_info.needs_choice and plan.date_info.ambiguous == ("03/04/2023", "05/06/2023")
    assert "month/day or day/month" in messages(plan, 2, "error")["acquisition_date"]
    dmy = plan_for(register, path, date_order="dmy")
    assert dmy.blocked is None and row(dmy, 2).values.acquisition_date == date(2023, 4, 3)


@pytest.mark.parametrize(
    ("text", "status"),
    [("In stock", "in_stock"), ("Ready to Deploy", "in_stock"), ("Deployed", "handed_over"),
     ("handed_over", "handed_over"), ("Out for Repair", "in_repair"), ("Broken", "in_repair"),
     ("Lost", "lost"), ("Lost/Stolen", "lost"), ("STOLEN", "stolen"), ("Archived", "disposed"),
     ("Disposed", "disposed"), ("Pending Diagnostics", "in_repair"), ("whatever", None)],
)  # fmt: skip
def test_status_words(text: str, status: str | None) -> None:
    assert status_from_text(text) == status


def test_condition_words_and_province_guess() -> None:
    assert (
        condition_from_text("Like new") == "new" and condition_from_text("U/S") == "unserviceable"
    )
    assert condition_from_text("meh") is None
    provinces = ["Vientiane Capital", "Vientiane Province", "Savannakhet", "Luang Prabang"]
    assert guess_province("CNU office, Savannakhet", provinces) == "Savannakhet"
    assert guess_province("Store in Luangprabang", provinces) == "Luang Prabang"
    assert guess_province("ຫ້ອງການ ສະຫວັນນະເຂດ", provinces) == "Savannakhet"
    assert guess_province("Vientiane Province police", provinces) == "Vientiane Province"
    assert guess_province("Somewhere", provinces) is None


def test_a_mapping_is_remembered_by_the_shape_of_the_file(tmp_path: Path) -> None:
    store = tmp_path / "settings" / "maps.json"
    headers = ["Tag", "Thing", "Where"]
    guessed, saved = initial_mapping(headers, store)
    assert not saved and guessed[1] is None
    remember_mapping(store, headers, {0: "asset_tag", 1: "description", 2: "location"})
    again, saved = initial_mapping(["tag", "THING", "where"], store)
    assert saved and again == {0: "asset_tag", 1: "description", 2: "location"}
    assert initial_mapping(["Tag", "Thing"], store)[1] is False


# --------------------------------------------------------------------- commits


def test_commit_writes_items_events_and_the_import_record(
    register: Register, snipe_csv: Path
) -> None:
    db = register.db
    before_items, before_events = count(db, Item), count(db, AuditEvent)
    plan = plan_for(register, snipe_csv, only_valid=True)
    assert plan.blocked is None
    steps: list[tuple[int, int]] = []
    result = commit(db, "Tester", plan, progress=lambda d, t: steps.append((d, t)), today=TODAY)
    assert (result.created, result.excluded) == (6, 2)
    assert steps[-1][0] == steps[-1][1] and len(steps) > 2
    assert count(db, Item) == before_items + 6
    new_refs = len(plan.new_refs)  # the Nam Phao location, Full-body scanners, Uncategorised
    assert new_refs == 3
    assert count(db, AuditEvent) == before_events + 6 + new_refs
    with db.read() as s:
        rec = s.scalars(select(ImportRecord)).one()
        assert rec.file_name == "assets.csv" and rec.operator == "Tester"
        assert rec.sha256 == hashlib.sha256(snipe_csv.read_bytes()).hexdigest()
        assert (rec.rows_read, rec.created, rec.updated, rec.skipped) == (8, 6, 0, 2)
        assert audit.verify_chain(s).ok
        loc = s.scalars(select(Location).where(Location.name_en.like("Nam Phao post%"))).one()
        assert loc.province.name_en == "Borikhamxay"
        hilux = s.scalars(select(Item).where(Item.asset_tag == "SNP-0001")).one()
        assert hilux.unit_value == Decimal("32500.00") and hilux.category.name_en == "Vehicles"
        history = audit.history(s, "item", hilux.id)
    assert history[0].action == "create" and history[0].changes["source"].endswith("assets.csv")
    assert history[0].changes["unit_value"] == "32500.00"
    assert sorted(result.item_ids) == result.item_ids and len(result.item_ids) == 6


def test_errors_block_the_commit_and_nothing_changes(register: Register, snipe_csv: Path) -> None:
    plan = plan_for(register, snipe_csv)
    before = fingerprint(register.db)
    with pytest.raises(ImportBlockedError, match="2 rows with errors"):
        commit(register.db, "Tester", plan, today=TODAY)
    assert fingerprint(register.db) == before


def test_dry_run_changes_nothing(register: Register, snipe_csv: Path) -> None:
    before = fingerprint(register.db)
    plan = plan_for(register, snipe_csv, on_duplicate="update", only_valid=True)
    assert plan.counts.create == 6
    assert fingerprint(register.db) == before


def test_a_failing_row_in_the_middle_rolls_everything_back(
    register: Register, snipe_csv: Path
) -> None:
    plan = plan_for(register, snipe_csv, only_valid=True)
    # Behind the importer's back (no audit event, so the preview looks current),
    # an item takes the asset tag of a row in the middle of the file.
    path = register.db.path
    assert path is not None
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO items (asset_tag, serial_number, category_id, make, model, description,"
        " quantity, unit, lot_number, unit_value, title_holder, federal_share_pct, vendor,"
        " po_number, status, condition, notes, created_at, updated_at)"
        " VALUES ('SNP-0003', '', 1, '', '', 'x', 1, 'each', '', 0, '', 10000, '', '',"
        " 'in_stock', 'new', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    before = fingerprint(register.db)
    with pytest.raises(sqlite3.IntegrityError):
        commit(register.db, "Tester", plan, today=TODAY)
    assert fingerprint(register.db) == before


class _Stop(Exception):
    pass


@pytest.mark.parametrize("at", [0.0, 0.3, 0.7, 0.99])
def test_an_exception_from_progress_rolls_everything_back(
    register: Register, snipe_csv: Path, at: float
) -> None:
    plan = plan_for(register, snipe_csv, only_valid=True)
    before = fingerprint(register.db)

    def progress(done: int, total: int) -> None:
        if done >= at * total:
            raise _Stop()

    with pytest.raises(_Stop):
        commit(register.db, "Tester", plan, progress=progress, today=TODAY)
    assert fingerprint(register.db) == before


def _existing(register: Register, n: int) -> list[ItemInput]:
    with register.db.read() as s:
        ids = s.scalars(
            select(Item.id)
            .where(Item.status == "in_stock", Item.acquisition_date <= TODAY)  # not "future"
            .limit(n)
        ).all()
    return [register.items.get(i).values for i in ids]


@pytest.fixture
def dup_csv(register: Register, tmp_path: Path) -> Path:
    first, second = _existing(register, 2)
    rows = [["Asset Tag", "Description", "Purchase Cost", "Status"],
            [first.asset_tag.lower(), "Renamed by import", "$99.00", ""],
            [second.asset_tag, second.description, "", ""],
            ["NEW-1", "A new item", "", ""]]  # fmt: skip
    return write_csv(tmp_path / "dups.csv", rows, newline="\r\n", codec="cp1252")


def test_duplicates_skipped(register: Register, dup_csv: Path) -> None:
    plan = plan_for(register, dup_csv)
    assert [r.action for r in plan.rows] == ["skip", "skip", "create"]
    result = commit(register.db, "Tester", plan, today=TODAY)
    assert (result.created, result.updated, result.skipped) == (1, 0, 2)


def test_duplicates_updated_with_from_to_history(register: Register, dup_csv: Path) -> None:
    first, _second = _existing(register, 2)
    plan = plan_for(register, dup_csv, on_duplicate="update")
    assert [r.action for r in plan.rows] == ["update", "unchanged", "create"]
    edit = plan.rows[0]
    assert set(edit.changes) == {"description", "unit_value"}
    result = commit(register.db, "Tester", plan, today=TODAY)
    assert (result.created, result.updated, result.skipped) == (1, 1, 1)
    item_id = edit.item_id
    assert item_id is not None
    rec = register.items.get(item_id)
    assert rec.values.description == "Renamed by import" and rec.values.unit_value == Decimal("99")
    assert rec.values.asset_tag == first.asset_tag  # the register's spelling is kept
    last = register.items.history(item_id)[-1]
    assert last.action == "edit"
    assert last.changes["description"] == [first.description, "Renamed by import"]
    assert last.changes["unit_value"] == [str(first.unit_value), "99.00"]
    with register.db.read() as s:
        assert audit.verify_chain(s).ok


def test_duplicates_fail_imports_nothing(register: Register, dup_csv: Path) -> None:
    plan = plan_for(register, dup_csv, on_duplicate="fail", only_valid=True)
    assert plan.blocked is not None and "already in the register" in plan.blocked
    before = fingerprint(register.db)
    with pytest.raises(ImportBlockedError):
        commit(register.db, "Tester", plan, today=TODAY)
    assert fingerprint(register.db) == before


def test_a_change_since_the_preview_is_noticed(register: Register, dup_csv: Path) -> None:
    plan = plan_for(register, dup_csv)
    # An unrelated save: the import still does what the preview showed.
    register.reference.save("category", None, {"name_en": "Boats"})
    assert commit(register.db, "Tester", plan, today=TODAY).created == 1
    plan = plan_for(register, dup_csv.with_name("dups.csv"))
    assert plan.counts.skip == 3
    other = write_csv(dup_csv.with_name("two.csv"), [["Tag", "Item"], ["NEW-2", "Radio"]])
    plan = plan_for(register, other)
    cat = register.reference.lists(["category"])["category"][0].id
    register.items.create(ItemInput(asset_tag="NEW-2", description="Radio", category_id=cat))
    with pytest.raises(StaleImportError):
        commit(register.db, "Tester", plan, today=TODAY)


def test_a_new_register_gets_its_provinces(db: Database, tmp_path: Path) -> None:
    rows = [["Asset Tag", "Name", "Location", "Holder"],
            ["B-1", "Radio", "CNU office, Bokeo", "Counter-Narcotics Unit, Bokeo"]]  # fmt: skip
    path = write_csv(tmp_path / "new.csv", rows)
    register = Register(db, "Tester")
    plan = plan_for(register, path)
    assert plan.blocked is None
    commit(db, "Tester", plan, today=TODAY)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Province)) == 18
        loc = s.scalars(select(Location)).one()
        agency = s.scalars(select(Agency)).one()
        assert loc.province.name_en == "Bokeo" and agency.province is not None
        assert s.scalars(select(Category.name_en)).all() == [UNCATEGORISED]
        assert audit.verify_chain(s).ok


_COMPARED = """
SELECT i.asset_tag, i.serial_number, i.make, i.model, i.description, i.quantity, i.unit,
       i.unit_value, i.status, i.acquisition_date, i.condition, i.lot_number, i.expiry_date,
       i.vendor, i.po_number, i.title_holder, c.name_en, a.name_en, l.name_en, f.name_en
FROM items i JOIN categories c ON c.id = i.category_id
LEFT JOIN agencies a ON a.id = i.holder_agency_id
LEFT JOIN locations l ON l.id = i.location_id
LEFT JOIN funding_sources f ON f.id = i.funding_source_id
WHERE i.status IN ('in_stock', 'handed_over', 'in_repair') ORDER BY i.asset_tag
"""


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_through_the_exports(register: Register, tmp_path: Path, fmt: str) -> None:
    exporters = pytest.importorskip("inl_equipment.interchange.exporters")
    reports = pytest.importorskip("inl_equipment.services.reports")
    from inl_equipment.db.schema import open_database
    from inl_equipment.services.columns import COLUMN_KEYS
    from inl_equipment.services.demo import fill_demo
    from inl_equipment.services.search import Query

    active = frozenset({"in_stock", "handed_over", "in_repair"})
    report = reports.load_for_export(register, Query(statuses=active), COLUMN_KEYS)
    path = tmp_path / f"export.{fmt}"
    exporters.export_report(report, path)
    target = open_database("sqlite:///" + str(tmp_path / "copy.sqlite"))
    try:
        with target.write() as s:
            fill_demo(s, 0, "tester")  # the same reference data, no items
        source = read_source(path)
        mapping, _saved = initial_mapping(source.table.headers, None)
        plan = prepare(target, source, mapping)  # sample dates run up to today
        assert plan.blocked is None and not plan.new_refs
        assert plan.counts.create == len(report) > 100
        commit(target, "Tester", plan)
    finally:
        target.dispose()
    assert register.db.path is not None
    rows = []
    for file in (register.db.path, tmp_path / "copy.sqlite"):
        con = sqlite3.connect(file)
        rows.append(con.execute(_COMPARED).fetchall())
        con.close()
    assert rows[0] == rows[1]


# ------------------------------------------------------- near names, Lao names


def _ref_id(register: Register, model: Any, name_en: str) -> int:
    with register.db.read() as s:
        return s.scalars(select(model.id).where(model.name_en == name_en)).one()


def test_near_names_match_existing_records_with_a_warning(
    register: Register, tmp_path: Path
) -> None:
    rows = [["Asset Tag", "Name", "Location", "Holder", "Category", "Funding Source"],
            ["N-1", "Radio", "CNU office Savannakhet", "Counter Narcotics Unit Savannakhet",
             "RADIOS!", "FY2022"],
            ["N-2", "Radio", "INL warehouse", "", "Boats", ""],
            ["N-3", "Radio", "cnu office,  savannakhet", "", "Radios", ""],
            ["N-4", "Radio", "CNU office", "", "Radios", ""],
            ["N-5", "Radio", "Nam Ngum post", "", "Radios", ""],
            ["N-6", "Radio", "Nam-Ngum Post", "", "Radios", ""],
            ["N-7", "Radio", "INL ware", "", "Radios", ""]]  # fmt: skip
    plan = plan_for(register, write_csv(tmp_path / "near.csv", rows))
    office = _ref_id(register, Location, "CNU office, Savannakhet")
    first = row(plan, 2)
    assert first.values.location_id == office
    assert first.values.holder_agency_id == _ref_id(
        register, Agency, "Counter-Narcotics Unit, Savannakhet"
    )
    assert first.values.category_id == _ref_id(register, Category, "Radios")
    assert plan.name_of("funding_source", first.values.funding_source_id) == (
        "FY2022 INCLE - Counternarcotics LOA"
    )
    warned = messages(plan, 2, "warning")
    assert warned["location"] == (
        "'CNU office Savannakhet' matched to existing location 'CNU office, Savannakhet'."
    )
    assert "matched to existing agency 'Counter-Narcotics Unit, Savannakhet'" in warned["holder"]
    assert "matched to existing category 'Radios'" in warned["category"]
    assert "matched to existing funding source" in warned["funding_source"]
    # A unique start of a name, ending where a word ends.
    second = row(plan, 3)
    assert plan.name_of("location", second.values.location_id) == "INL warehouse, Vientiane"
    assert (
        "matched to existing location 'INL warehouse, Vientiane'"
        in messages(plan, 3, "warning")["location"]
    )
    assert plan.name_of("category", second.values.category_id) == "Boats and motors"
    # Case and spacing alone: an exact match, said nothing about.
    assert row(plan, 4).values.location_id == office and not row(plan, 4).issues
    # "CNU office" starts thirteen names: none is guessed; the file's two spellings
    # of a new place make one record.
    # and a start of a name must end where one of its words ends.
    assert sorted(n.name for n in plan.new_refs) == ["CNU office", "INL ware", "Nam Ngum post"]
    assert row(plan, 6).values.location_id == row(plan, 7).values.location_id < 0
    assert plan.blocked is None
    result = commit(register.db, "Tester", plan, today=TODAY)
    assert result.refs_created == {"location": ["CNU office", "Nam Ngum post", "INL ware"]}


def test_near_names_are_found_without_create_missing(register: Register, tmp_path: Path) -> None:
    rows = [["Asset Tag", "Name", "Location", "Category"],
            ["N-1", "Radio", "INL Warehouse", "Radios"]]  # fmt: skip
    plan = plan_for(register, write_csv(tmp_path / "near.csv", rows), create_missing=False)
    assert plan.blocked is None and not plan.new_refs
    assert "matched to existing location" in messages(plan, 2, "warning")["location"]


def test_lao_names_match_and_lao_only_names_are_stored_as_lao(
    register: Register, db: Database, tmp_path: Path
) -> None:
    rows = [["Asset Tag", "Name", "Location", "Category"],
            ["L-1", "Radio", "ດ່ານແດນສະຫວັນ", "ວິທະຍຸສື່ສານ"],
            ["L-2", "Radio", "ດ່ານ ນ້ຳເງິນ", "ເຄື່ອງ GPS ໃໝ່"]]  # fmt: skip
    path = write_csv(tmp_path / "lao.csv", rows, newline="\n", codec="utf-8")
    plan = plan_for(register, path)
    # The register's Lao names count, spacing aside ("ດ່ານ ແດນສະຫວັນ").
    first = row(plan, 2)
    assert plan.name_of("location", first.values.location_id).startswith("Dansavanh")
    assert "matched to existing location 'Dansavanh" in messages(plan, 2, "warning")["location"]
    assert first.values.category_id == _ref_id(register, Category, "Radios")
    assert "category" not in messages(plan, 2, "warning")  # the exact Lao name
    commit(register.db, "Tester", plan, today=TODAY)
    with register.db.read() as s:
        lao = s.scalars(select(Location).where(Location.name_en == "ດ່ານ ນ້ຳເງິນ")).one()
        assert lao.name_lo == "ດ່ານ ນ້ຳເງິນ"  # English name required: the Lao text in both
        mixed = s.scalars(select(Category).where(Category.name_en == "ເຄື່ອງ GPS ໃໝ່")).one()
        assert mixed.name_lo == ""  # Latin letters too: not only Lao
        created = audit.history(s, "location", lao.id)[0]
        assert created.changes["name_lo"] == "ດ່ານ ນ້ຳເງິນ"


def test_a_lao_only_name_in_a_new_register(db: Database, tmp_path: Path) -> None:
    rows = [["Asset Tag", "Name", "Location", "Holder"],
            ["L-1", "Radio", "ດ່ານແດນສະຫວັນ", "ໜ່ວຍດ່ານ ແດນສະຫວັນ"],
            ["L-2", "Radio", "ດ່ານ ແດນສະຫວັນ", "ໜ່ວຍດ່ານແດນສະຫວັນ"]]  # fmt: skip
    path = write_csv(tmp_path / "lao.csv", rows, newline="\n", codec="utf-8")
    plan = plan_for(Register(db, "Tester"), path)
    # One location and one agency, whatever the spacing (and Uncategorised).
    assert sorted(n.kind for n in plan.new_refs) == ["agency", "category", "location"]
    commit(db, "Tester", plan, today=TODAY)
    with db.read() as s:
        loc = s.execute(select(Location.name_en, Location.name_lo)).one()
        agency = s.execute(select(Agency.name_en, Agency.name_lo)).one()
    assert tuple(loc) == ("ດ່ານແດນສະຫວັນ", "ດ່ານແດນສະຫວັນ")
    assert tuple(agency) == ("ໜ່ວຍດ່ານ ແດນສະຫວັນ", "ໜ່ວຍດ່ານ ແດນສະຫວັນ")
    # Imported again, the records are found (exactly, or by their Lao name).
    again = plan_for(Register(db, "Tester"), path)
    assert not again.new_refs and again.counts.skip == 2


def test_lenient_keys() -> None:
    assert loose_key("CNU office, Savannakhet") == loose_key(" cnu-OFFICE savannakhet ")
    assert loose_key("ດ່ານ ບໍ່ເຕັນ") == "ດ່ານບໍ່ເຕັນ"  # tone marks and vowel signs stay
    assert loose_key("ດ່ານ ບໍ່ເຕັນ") != loose_key("ດານ ບເຕນ")
    assert loose_key("--") == ""
    assert is_lao_only("ດ່ານ ນ້ຳເງິນ 2") and not is_lao_only("ເຄື່ອງ GPS")
    assert not is_lao_only("Café") and not is_lao_only("123")


# --------------------------------------------------------------- rejected rows


def test_rejected_rows_are_saved_with_their_problems(
    register: Register, snipe_csv: Path, tmp_path: Path
) -> None:
    plan = plan_for(register, snipe_csv)
    target = tmp_path / "out" / "rejected.csv"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    assert write_rejects(plan, target) == 2
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    assert sorted(p.name for p in target.parent.iterdir()) == ["rejected.csv"]  # no temp file
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    headers, *rows = lines
    assert headers == [*plan.source.table.headers, "Problems"]
    originals = {r.line: r.values for r in plan.source.table.rows}
    assert [r[:-1] for r in rows] == [originals[6], originals[7]]  # the cells as in the file
    assert rows[0][-1] == "Row 6: Asset tag: Asset tag snp-0001 is already on row 2 of this file."
    assert rows[1][-1].startswith("Row 7: Acquisition date: ")
    assert "Unit value (USD): 'twelve' is not an amount of money." in rows[1][-1]


def test_rejected_rows_file_is_safe_and_comes_back(register: Register, tmp_path: Path) -> None:
    rows = [["Asset Tag", "Name", "Purchase Cost", "Problems", "Category"],
            ["R-1", "=1+2", "lots", "old note", "Radios"],
            ["R-2", "Radio", "$5.00", "", "Radios"]]  # fmt: skip
    plan = plan_for(register, write_csv(tmp_path / "r.csv", rows, newline="\n", codec="utf-8"))
    target = tmp_path / "rejected.csv"
    assert write_rejects(plan, target) == 1
    back = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    # The earlier file's Problems column is replaced, a formula is kept from running.
    assert back == [["Asset Tag", "Name", "Purchase Cost", "Category", "Problems"],
                    ["R-1", "'=1+2", "lots", "Radios",
                     "Row 2: Unit value (USD): 'lots' is not an amount of money."]]  # fmt: skip
    again = plan_for(register, target)
    assert row(again, 2).values.description == "=1+2"


def test_rejected_rows_cannot_go_where_there_is_no_folder(
    register: Register, snipe_csv: Path, tmp_path: Path
) -> None:
    plan = plan_for(register, snipe_csv)
    with pytest.raises(ExportError, match="folder does not exist"):
        write_rejects(plan, tmp_path / "nowhere" / "rejected.csv")


@pytest.mark.parametrize(
    ("n", "one", "many", "text"),
    [(1, "row", None, "1 row"), (2, "row", None, "2 rows"), (0, "warning", None, "0 warnings"),
     (1_204, "category", "categories", "1,204 categories"),
     (1, "category", "categories", "1 category")],
)  # fmt: skip
def test_plural(n: int, one: str, many: str | None, text: str) -> None:
    assert plural(n, one, many) == text
