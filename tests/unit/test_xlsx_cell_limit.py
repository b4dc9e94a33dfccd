"""Texts longer than an Excel cell holds (32,767 characters) are exported whole, and said so.

The cell keeps the start and a mark naming where the rest is; the sheet "Long texts" holds
the whole text in parts; the export's warnings name each cell; the CSV keeps it all.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from inl_equipment.db.models import Item
from inl_equipment.interchange.exporters import export_report
from inl_equipment.interchange.xlsx_export import EXCEL_CELL_MAX, NAMED_CELLS
from inl_equipment.services.register import Register
from inl_equipment.services.reports import DEFAULT_COLUMNS, load_for_export
from inl_equipment.services.search import Query


def set_descriptions(register: Register, texts: list[str]) -> list[str]:
    """Store these descriptions as an old register may hold them; return the items' tags."""
    with register.db.write() as s:
        rows = s.execute(select(Item.id, Item.asset_tag).order_by(Item.id).limit(len(texts))).all()
        for (item_id, _tag), text in zip(rows, texts, strict=True):
            s.execute(update(Item).where(Item.id == item_id).values(description=text))
    return [tag for _id, tag in rows]


def whole_texts(path: Path) -> dict[str, str]:
    """Cell -> the whole text, joined from the parts on the "Long texts" sheet."""
    book = openpyxl.load_workbook(path, read_only=True)
    assert "Long texts" in book.sheetnames
    rows = list(book["Long texts"].iter_rows(min_row=2, values_only=True))
    return {row[0]: "".join(part for part in row[2:] if part) for row in rows}


@pytest.mark.parametrize("length", [EXCEL_CELL_MAX + 1, 40_000, 100_000])
def test_a_long_description_is_exported_whole(
    register: Register, tmp_path: Path, length: int
) -> None:
    text = ("Lao ລາວ radio spec. " * (length // 20 + 1))[:length]
    (tag,) = set_descriptions(register, [text])
    report = load_for_export(register, Query(text=tag), DEFAULT_COLUMNS)
    result = export_report(report, tmp_path / "inventory.xlsx")

    book = openpyxl.load_workbook(result.path, read_only=True)
    sheet = book["Inventory"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    column = header.index("Description")
    cell = next(sheet.iter_rows(min_row=2, max_row=2))[column]
    assert len(cell.value) <= EXCEL_CELL_MAX
    assert text.startswith(cell.value.split(" … (continued on sheet")[0])
    assert "continued on sheet Long texts, row 2" in cell.value
    where = f"Inventory!{cell.coordinate}"
    assert whole_texts(result.path) == {where: text}
    (warning,) = result.warnings
    assert where in str(warning) and "32,767" in str(warning)

    table = export_report(report, tmp_path / "inventory.csv")
    assert not table.warnings
    with table.path.open(encoding="utf-8-sig", newline="") as f:
        assert text in [v for row in csv.reader(f) for v in row]


def test_many_long_cells_are_named_then_counted(register: Register, tmp_path: Path) -> None:
    texts = [f"{n:03d}" + "x" * 33_000 for n in range(NAMED_CELLS + 3)]
    set_descriptions(register, texts)
    report = load_for_export(register, Query(), DEFAULT_COLUMNS)
    result = export_report(report, tmp_path / "all.xlsx")
    assert len(result.warnings) == NAMED_CELLS + 1
    last = str(result.warnings[-1])  # "3 more cells" once the catalogue has the new plural
    assert last.startswith("3 more cell") and "continue on sheet Long texts" in last
    assert sorted(whole_texts(result.path).values()) == sorted(texts)


def test_short_texts_give_no_warning_and_no_extra_sheet(register: Register, tmp_path: Path) -> None:
    report = load_for_export(register, Query(), DEFAULT_COLUMNS)
    result = export_report(report, tmp_path / "plain.xlsx")
    assert result.warnings == ()
    assert openpyxl.load_workbook(result.path, read_only=True).sheetnames == [
        "Inventory",
        "Summary",
    ]
