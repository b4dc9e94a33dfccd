"""The offline field checklist: built for a site, written as XLSX and PDF, imported back."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from inl_equipment.db.models import RETIRED_STATUSES, Item, Location
from inl_equipment.db.monitoring import CheckResult, Inspection, InspectionResult
from inl_equipment.db.session import Database
from inl_equipment.documents.checklist_data import ChecklistData, ChecklistRow
from inl_equipment.documents.checklist_pdf import build_checklist_pdf
from inl_equipment.interchange import checklist_layout as lay
from inl_equipment.interchange.checklist_xlsx import (
    ChecklistReadError,
    plan_inspection,
    read_filled_checklist,
    write_checklist_xlsx,
)
from inl_equipment.services import eum_vocabulary
from inl_equipment.services.checklists import (
    build_checklist,
    build_province_checklists,
    build_selection_checklists,
    find_site,
    result_table,
)
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register

TODAY = date(2026, 12, 1)
ISSUED = date(2026, 11, 28)
# Lao words for the results, used while the catalogue has none yet (the lead fills it).
LAO_RESULTS = {
    "In use": "ກຳລັງນຳໃຊ້",
    "In storage": "ເກັບຮັກສາໄວ້",
    "Unserviceable": "ໃຊ້ການບໍ່ໄດ້",
    "Under repair": "ກຳລັງສ້ອມແປງ",
    "Not seen": "ບໍ່ພົບເຫັນ",
    "Lost": "ເສຍ",
    "Stolen": "ຖືກລັກ",
    "Destroyed": "ຖືກທຳລາຍ",
}


@pytest.fixture(autouse=True)
def lao_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """The results' Lao words: the catalogue's, or ours where it has none yet."""
    real = eum_vocabulary.lookup

    def lookup(language: str, context: str, source: str, disambiguation: str | None = None) -> str:
        found = real(language, context, source, disambiguation)
        if context == "CheckResult" and not found:
            return LAO_RESULTS.get(source, "")
        return found

    monkeypatch.setattr(eum_vocabulary, "lookup", lookup)


def _busy_site(db: Database) -> tuple[int, int]:
    """The site holding most items in active life, and another site holding some."""
    with db.read() as s:
        rows = s.execute(
            select(Item.location_id, func.count())
            .where(Item.status.not_in([x.value for x in RETIRED_STATUSES]))
            .group_by(Item.location_id)
            .order_by(func.count().desc())
        ).all()
    return int(rows[0][0]), int(rows[1][0])


def _issue(db: Database, path: Path, site: int) -> ChecklistData:
    with db.read() as s:
        data = build_checklist(s, site, ISSUED, "Tester")
    write_checklist_xlsx(data, path)
    return data


def _other_item(db: Database, site: int) -> tuple[str, str]:
    """(asset tag, serial) of an item in active life registered elsewhere, with a serial."""
    with db.read() as s:
        tag, serial = s.execute(
            select(Item.asset_tag, Item.serial_number).where(
                Item.location_id != site,
                Item.serial_number != "",
                Item.status.not_in([x.value for x in RETIRED_STATUSES]),
            )
        ).first()
    return tag, serial


def _fill(path: Path, results: dict[int, str], added: list[tuple[str, str, str]]) -> None:
    """Write results on listed rows (by position) and add rows (tag, serial, result) below."""
    wb = openpyxl.load_workbook(path)
    ws = wb[lay.SHEET]
    first = lay.HEADER_ROW + 2
    for n, result in results.items():
        ws.cell(first + n, lay.RESULT + 1).value = result
    last = max(r for r in range(first, ws.max_row + 1) if ws.cell(r, lay.TAG + 1).value)
    for n, (tag, serial, result) in enumerate(added, 1):
        ws.cell(last + n, lay.TAG + 1).value = tag or None
        ws.cell(last + n, lay.SERIAL + 1).value = serial or None
        ws.cell(last + n, lay.RESULT + 1).value = result
    # Typed as a date: Excel stores a date-time.
    ws.cell(lay.CHECKED_ON_CELL[0] + 1, lay.CHECKED_ON_CELL[1] + 1).value = datetime(2026, 11, 30)
    ws.cell(lay.INSPECTORS_CELL[0] + 1, lay.INSPECTORS_CELL[1] + 1).value = "Somchai, Noy"
    wb.save(path)


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(InspectionResult)) or 0)


def test_round_trip_with_lao_words_and_an_unexpected_item(
    demo_db: Database, register: Register, tmp_path: Path
) -> None:
    site, _ = _busy_site(demo_db)
    path = tmp_path / "checklist.xlsx"
    data = _issue(demo_db, path, site)
    assert len(data.rows) >= 5
    in_storage_lao = eum_vocabulary.result_words("in_storage")[1]
    assert in_storage_lao  # the drop-down offers it
    tag, serial = _other_item(demo_db, site)
    _fill(path, {0: "In use", 1: in_storage_lao, 2: " in use "}, [(tag, "", "In use")])

    filled = read_filled_checklist(path)
    assert filled.checklist_id == data.checklist_id and filled.site_id == site
    with demo_db.read() as s:
        plan = plan_inspection(s, filled, TODAY)
    assert plan.problems == []
    assert plan.when == date(2026, 11, 30) and plan.inspectors == "Somchai, Noy"
    assert plan.blank_as_not_seen == len(data.rows) - 3
    counts = plan.counts()
    assert counts == {"in_use": 3, "in_storage": 1, "not_seen": len(data.rows) - 3}
    unexpected = [r for r in plan.rows if r.unexpected]
    assert [r.asset_tag for r in unexpected] == [tag] and not unexpected[0].listed

    number = register.monitoring.record_inspection(plan.to_input(), today=TODAY)
    assert number.startswith("EU-2026-")
    with demo_db.read() as s:
        inspection = s.scalar(select(Inspection).where(Inspection.number == number))
        assert inspection is not None and inspection.checklist_id == data.checklist_id
        results = {r.item.asset_tag: (r.result, r.unexpected) for r in inspection.results}
        first_import = inspection.created_at.date().isoformat()
    assert len(results) == len(data.rows) + 1
    assert results[data.rows[1].asset_tag] == (CheckResult.IN_STORAGE, False)
    assert results[tag] == (CheckResult.IN_USE, True)

    # The same sheet again: refused, with the first import's date; nothing more stored.
    before = _count(demo_db)
    with demo_db.read() as s:
        again = plan_inspection(s, read_filled_checklist(path), TODAY)
    assert again.refusal is not None and "imported already on" in str(again.refusal)
    assert first_import in str(again.refusal)
    with pytest.raises(ValidationError):
        again.to_input()
    assert _count(demo_db) == before


def test_an_added_row_found_by_serial(demo_db: Database, tmp_path: Path) -> None:
    site, _ = _busy_site(demo_db)
    path = tmp_path / "c.xlsx"
    _issue(demo_db, path, site)
    tag, serial = _other_item(demo_db, site)
    _fill(path, {}, [("", serial, "Lost")])
    with demo_db.read() as s:
        plan = plan_inspection(s, read_filled_checklist(path), TODAY)
    assert plan.problems == []
    row = next(r for r in plan.rows if not r.listed)
    assert (row.asset_tag, row.result, row.unexpected) == (tag, "lost", True)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("unknown result", "unknown result “Maybe”"),
        ("unknown tag", "asset tag NOPE-0001 is not in the register"),
        ("duplicate", "is written twice (also row"),
        ("unknown serial", "serial number ZZZ-NO-SUCH is not in the register"),
        ("added without result", "give a result for"),
    ],
)
def test_bad_rows_are_refused_naming_the_row(
    demo_db: Database, register: Register, tmp_path: Path, case: str, expected: str
) -> None:
    site, _ = _busy_site(demo_db)
    path = tmp_path / "c.xlsx"
    data = _issue(demo_db, path, site)
    first_line = lay.HEADER_ROW + 2
    added_line = first_line + len(data.rows)
    fills = {
        "unknown result": ({3: "Maybe"}, [], first_line + 3),
        "unknown tag": ({}, [("NOPE-0001", "", "In use")], added_line),
        "duplicate": ({}, [(data.rows[0].asset_tag, "", "In use")], added_line),
        "unknown serial": ({}, [("", "ZZZ-NO-SUCH", "In use")], added_line),
        "added without result": ({}, [(_other_item(demo_db, site)[0], "", "")], added_line),
    }
    results, added, line = fills[case]
    _fill(path, results, added)
    before = _count(demo_db)
    with demo_db.read() as s:
        plan = plan_inspection(s, read_filled_checklist(path), TODAY)
    messages = [str(p) for p in plan.problems]
    assert len(messages) == 1, messages
    assert messages[0].startswith(f"Row {line}:") and expected in messages[0]
    with pytest.raises(ValidationError):
        register.monitoring.record_inspection(plan.to_input(), today=TODAY)
    assert _count(demo_db) == before


def test_a_sheet_for_another_site_is_refused(demo_db: Database, tmp_path: Path) -> None:
    site, other = _busy_site(demo_db)
    path = tmp_path / "c.xlsx"
    _issue(demo_db, path, site)
    _fill(path, {0: "In use"}, [])
    filled = read_filled_checklist(path)
    with demo_db.read() as s:
        chosen = plan_inspection(s, filled, TODAY, location_id=other)
        filled.site_name = "Some checkpoint of another register"
        foreign = plan_inspection(s, filled, TODAY)
    assert chosen.refusal is not None and "not for" in str(chosen.refusal)
    assert foreign.refusal is not None and "not in this register" in str(foreign.refusal)
    assert chosen.rows == [] and foreign.rows == []
    before = _count(demo_db)
    for plan in (chosen, foreign):
        with pytest.raises(ValidationError):
            plan.to_input()
    assert _count(demo_db) == before


def test_a_deleted_row_counts_as_not_seen(demo_db: Database, tmp_path: Path) -> None:
    site, _ = _busy_site(demo_db)
    path = tmp_path / "c.xlsx"
    data = _issue(demo_db, path, site)
    wb = openpyxl.load_workbook(path)
    wb[lay.SHEET].delete_rows(lay.HEADER_ROW + 2)  # the first listed item's row
    wb.save(path)
    _fill(path, {0: "In use"}, [])
    with demo_db.read() as s:
        plan = plan_inspection(s, read_filled_checklist(path), TODAY)
    assert plan.problems == [] and plan.missing == 1
    assert plan.blank_as_not_seen == len(data.rows) - 2
    gone = next(r for r in plan.rows if r.line == 0)
    assert (gone.asset_tag, gone.result) == (data.rows[0].asset_tag, "not_seen")


def test_a_workbook_that_is_not_a_checklist_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Asset tag", "Result"])
    wb.save(path)
    with pytest.raises(ChecklistReadError, match="not a field checklist"):
        read_filled_checklist(path)
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ChecklistReadError):
        read_filled_checklist(tmp_path / "junk.xlsx")


def test_the_sheet_offers_drop_downs_and_keeps_its_identity_hidden(
    demo_db: Database, tmp_path: Path
) -> None:
    site, _ = _busy_site(demo_db)
    path = tmp_path / "c.xlsx"
    data = _issue(demo_db, path, site)
    wb = openpyxl.load_workbook(path)
    assert wb[lay.IDENTITY_SHEET].sheet_state == "veryHidden"
    assert wb[lay.IDENTITY_SHEET].protection.sheet
    assert wb[lay.LISTS_SHEET].sheet_state == "hidden"
    words = [c.value for c in wb[lay.LISTS_SHEET]["A"]]
    assert words[:8] == [r.english for r in result_table()]
    assert LAO_RESULTS["Not seen"] in words
    validations = wb[lay.SHEET].data_validations.dataValidation
    columns = sorted(str(v.sqref)[0] for v in validations)
    assert columns == ["H", "I", "J"] and all(v.type == "list" for v in validations)
    rows = lay.HEADER_ROW + 1 + len(data.rows) + lay.BLANK_ROWS
    assert all(str(v.sqref).endswith(str(rows)) for v in validations)


def test_province_and_selection_give_one_checklist_per_site(demo_db: Database) -> None:
    site, other = _busy_site(demo_db)
    with demo_db.read() as s:
        location = s.get(Location, site)
        assert location is not None
        per_site = build_province_checklists(s, location.province_id, TODAY)
        in_province = set(
            s.scalars(select(Location.id).where(Location.province_id == location.province_id))
        )
        some = [build_checklist(s, x, TODAY).rows[0].item_id for x in (site, other)]
        chosen = build_selection_checklists(s, some, TODAY)
        assert find_site(s, f"  {location.name_en.upper()} ") is location
        assert find_site(s, str(site)) is location
        if location.name_lo:
            assert find_site(s, location.name_lo) is location
        assert find_site(s, "") is None
    assert per_site and all(c.rows for c in per_site)
    assert {c.location_id for c in per_site} <= in_province
    assert sorted(len(c.rows) for c in chosen) == [1, 1] and all(c.partial for c in chosen)
    assert len({c.checklist_id for c in chosen}) == 2


def _long_checklist() -> ChecklistData:
    rows = [
        ChecklistRow(1, "INL-26-000001", "SN-1", "ລົດກະບະ ສອງແຖວ " * 4, "ກົມຕຳຫຼວດ", None, ""),
        ChecklistRow(
            2,
            "INL-26-000002",
            "X" * 300,
            "Radio " * 2_000,
            "Unit",
            date(2025, 3, 1),
            "in_use",
            "In use / ກຳລັງນຳໃຊ້",
        ),
        *[
            ChecklistRow(
                n, f"INL-26-{n:06d}", f"SN-{n}", "Hand-held metal detector", "CNU", None, ""
            )
            for n in range(3, 40)
        ],
    ]
    return ChecklistData(
        checklist_id="c" * 32,
        location_id=1,
        site_en="Friendship Bridge checkpoint",
        site_lo="ດ່ານຂົວມິດຕະພາບ",
        province_en="Vientiane Capital",
        province_lo="ນະຄອນຫຼວງວຽງຈັນ",
        issued=TODAY,
        operator="Tester",
        units=["CNU"],
        rows=rows,
        results=result_table(),
    )


def test_the_pdf_prints_every_row_bilingual_and_cut_long_texts(tmp_path: Path) -> None:
    data = _long_checklist()
    pdf = build_checklist_pdf([data, _long_checklist()])
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for row in data.rows:
        assert row.asset_tag in text
    assert "ລະຫັດຊັບສິນ" in text  # "Asset tag" in Lao, shaped and extractable
    assert "ດ່ານຂົວມິດຕະພາບ" in text and "ກຳລັງນຳໃຊ້" in text
    # The 12,000-character description and the 300-character serial, cut with the mark.
    assert text.count("… (continued in") >= 4 and "(ມີຕໍ່ໃນທະບຽນ)" in text
    assert "Checklist ID " + "c" * 32 in text
    pages = len(reader.pages)
    assert pages % 2 == 0 and f"Page 1 of {pages // 2}" in text  # each checklist counts its own
    assert "Inspector" in text and "Unit representative" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    if shutil.which("pdftoppm"):
        target = tmp_path / "page"
        (tmp_path / "c.pdf").write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "1",
                str(tmp_path / "c.pdf"),
                str(target),
            ],
            check=True,
        )
        assert list(tmp_path.glob("page*.png"))


def test_the_sheet_keeps_hostile_and_long_texts_as_text(tmp_path: Path) -> None:
    data = _long_checklist()
    data.rows[0] = ChecklistRow(
        1, "INL-26-000001", '=HYPERLINK("http://x","y")', "D" * 40_000, "", None, ""
    )
    path = tmp_path / "c.xlsx"
    write_checklist_xlsx(data, path)
    ws = openpyxl.load_workbook(path)[lay.SHEET]
    first = lay.HEADER_ROW + 2
    serial = ws.cell(first, lay.SERIAL + 1)
    assert serial.value == '=HYPERLINK("http://x","y")' and serial.data_type == "s"
    assert serial.quotePrefix
    description = ws.cell(first, lay.DESCRIPTION + 1).value
    assert len(description) <= 32_767 and description.endswith("(continued in the register)")
