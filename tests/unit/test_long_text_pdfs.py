"""Every text that reaches a PDF prints: whole, or cut with "… (continued in the register)".

Long words with no space, thousands of short lines, Lao with and without spaces and mixed
texts go into every field of a receipt and every cell of the inventory report; both
render (no LayoutError), read back with pypdf, and show the text or the mark, in bounded
time. The item form and the import refuse such texts at entry, with a message per field.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select, update

from inl_equipment.db.models import Item
from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
from inl_equipment.documents.inventory_pdf import build_inventory_pdf
from inl_equipment.documents.pdf_tables import ReportColumn
from inl_equipment.documents.receipt_data import Party
from inl_equipment.documents.receipt_pdf import build_receipt
from inl_equipment.interchange.exporters import export_report
from inl_equipment.interchange.import_source import initial_mapping, read_source
from inl_equipment.interchange.importer import ImportOptions, prepare
from inl_equipment.services.item_rules import LINE_LIMITS, TEXT_LIMITS, field_messages
from inl_equipment.services.items import ItemInput
from inl_equipment.services.register import Register
from inl_equipment.services.reports import DEFAULT_COLUMNS, load_for_export
from inl_equipment.services.search import Query
from tests.unit.test_receipt_pdf import make_line, make_receipt

MARK = "(continued in the register)"
LAO_WORDS = ("ຄອມພິວເຕີ", "ໂນດບຸກ", "ນ້ຳມັນ", "ສະຫວັນນະເຂດ", "ວິທະຍຸ")

long_word = st.builds(
    lambda piece, n: piece * n,
    st.sampled_from(["x", "W", "7", "ກ", "ຄອມ", "-/"]),
    st.integers(1_000, 5_000),
)
many_lines = st.builds(
    lambda line, n: "\n".join(f"{line} {i}" for i in range(n)),
    st.sampled_from(["a", "line", "ສາຍ", ""]),
    st.integers(100, 2_000),
)
lao_text = st.builds(
    lambda words, sep, n: sep.join(words * n),
    st.lists(st.sampled_from(LAO_WORDS), min_size=1, max_size=4),
    st.sampled_from(["", " ", "\n"]),
    st.integers(50, 400),
)
words = st.builds(lambda n: " ".join(["procurement"] * n), st.integers(150, 1_000))
mixed = st.lists(st.one_of(long_word, many_lines, lao_text, words), min_size=2, max_size=3).map(
    " ".join
)
long_texts = st.one_of(long_word, many_lines, lao_text, words, mixed)
# The inputs the issue names, always tried: 400 words, a 5,000-character word with no
# space, 2,000 short lines, 10,000 characters of Lao with no space.
NAMED = (
    " ".join(["procurement"] * 200),
    "x" * 5_000,
    "\n".join(f"line {i}" for i in range(2_000)),
    ("ຄອມພິວເຕີໂນດບຸກ" * 700)[:10_000],
)
SLOW_OK = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def squash(text: str) -> str:
    return "".join(text.split())


def read_back(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages
    return squash(" ".join(page.extract_text() for page in reader.pages))


def in_order(text: str, pdf_text: str) -> bool:
    """Every character of `text` in `pdf_text`, in order (page furniture may come between)."""
    rest = iter(pdf_text)
    return all(c in rest for c in text)


def printed(text: str, pdf_text: str) -> bool:
    """The text is there whole, or its start and the mark are."""
    if squash(MARK) in pdf_text:
        # A cut keeps at least the start of the first line (up to five characters).
        first = next((line for line in text.splitlines() if line.strip()), "")
        return in_order(squash(first)[:5], pdf_text)
    return in_order(squash(text), pdf_text)


RECEIPT_FIELDS = (
    "description",
    "make_model",
    "serial_number",
    "asset_tag",
    "unit",
    "condition",
    "remarks",
    "void_reason",
    "received_by",
    "witness",
    "donor_en",
    "location_lo",
)


def receipt_with(field: str, text: str, page_size: str) -> Any:
    if field in ("description", "make_model", "serial_number", "asset_tag", "unit", "condition"):
        line = dataclasses.replace(make_line(2), **{field: text})
        return make_receipt(lines=(make_line(1), line, make_line(3)), page_size=page_size)
    if field in ("received_by", "witness"):
        party = Party(text, text, text, text, text, text, text)
        return make_receipt(**{field: party}, page_size=page_size)
    if field == "void_reason":
        return make_receipt(void=True, void_reason=text, page_size=page_size)
    return make_receipt(**{field: text}, page_size=page_size)


@SLOW_OK
@given(
    text=long_texts,
    field=st.sampled_from(RECEIPT_FIELDS),
    page_size=st.sampled_from(["A4", "Letter"]),
)
@example(text=NAMED[0], field="description", page_size="A4")
@example(text=NAMED[1], field="description", page_size="Letter")
@example(text=NAMED[2], field="description", page_size="A4")
@example(text=NAMED[3], field="received_by", page_size="A4")
@example(text=NAMED[1], field="remarks", page_size="A4")
def test_an_issued_receipt_always_renders(text: str, field: str, page_size: str) -> None:
    pdf = build_receipt(receipt_with(field, text, page_size))
    assert printed(text, read_back(pdf))


def report_with(rows: list[list[str]], grouped: bool, group_name: str = "Savannakhet") -> Any:
    columns = [
        ReportColumn("Asset tag", fit_text="INL-24-000001"),
        ReportColumn("Description", weight=30, longest_word="Counternarcotics"),
        ReportColumn("Serial", fit_text="SN-0001"),
        ReportColumn("Unit value", "right", fit_text="$12,345.00"),
    ]
    return InventoryReportData(
        title="Inventory",
        generated_at=datetime(2026, 11, 28, 14, 5),
        operator="Tester",
        filters_in_words="All items",
        columns=columns,
        groups=[ReportGroup(group_name, "", len(rows), 100, rows)],
        group_label="Province" if grouped else "",
        total_count=len(rows),
        total_cents=100,
    )


@SLOW_OK
@given(text=long_texts, column=st.integers(0, 2), grouped=st.booleans())
@example(text=NAMED[1], column=1, grouped=True)
@example(text=NAMED[2], column=1, grouped=False)
@example(text=NAMED[3], column=0, grouped=True)
def test_every_inventory_cell_prints(text: str, column: int, grouped: bool) -> None:
    cells = ["INL-1", "Radio", "SN-1", "$1.00"]
    cells[column] = text
    rows = [["INL-0", "Laptop", "SN-0", "$1.00"], cells, ["INL-2", "Truck", "SN-2", "$1.00"]]
    pdf = build_inventory_pdf(report_with(rows, grouped, text if grouped else "Savannakhet"))
    assert isinstance(pdf, bytes)
    assert printed(text, read_back(pdf))


def legacy_item(register: Register, **values: str) -> int:
    """An item whose texts were stored before the entry limits (an old register, an import)."""
    with register.db.write() as s:
        item_id = int(s.scalars(select(Item.id).order_by(Item.id)).first() or 0)
        s.execute(update(Item).where(Item.id == item_id).values(**values))
    return item_id


def test_a_ten_thousand_character_description_exports_in_seconds(
    register: Register, tmp_path: Path
) -> None:
    text = " ".join(f"word{i}" for i in range(1_700))[:10_000] + " " + "x" * 5_000
    legacy_item(register, description=text, make="W" * 3_000)
    report = load_for_export(register, Query(), DEFAULT_COLUMNS)
    path = export_report(report, tmp_path / "inventory.pdf").path
    assert squash(MARK) in read_back(path.read_bytes())


# --------------------------------------------------------------- limits at entry


BASE = ItemInput("INL-1", "Radio", 1)


@pytest.mark.parametrize("field", sorted(TEXT_LIMITS))
def test_each_text_field_has_a_length_limit(field: str) -> None:
    most = TEXT_LIMITS[field]
    ok = dataclasses.replace(BASE, **{field: "x" * most})
    assert field not in field_messages(ok)
    long = dataclasses.replace(BASE, **{field: "x" * (most + 1)})
    assert "characters" in str(field_messages(long)[field])


def test_multi_line_fields_have_a_line_limit() -> None:
    for field, most in LINE_LIMITS.items():
        text = "\n".join("a" for _ in range(most + 1))
        message = field_messages(dataclasses.replace(BASE, **{field: text}))[field]
        assert str(message) == f"At most {most} lines here (this has {most + 1})."


def test_the_import_refuses_what_the_form_refuses(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    rows = [
        ["INL-L-1", " ".join(["procurement"] * 600), "x", "ok"],  # 7,199 characters
        ["INL-L-2", "Radio", "y" * 5_000, "ok"],  # a word with no space, as the make
        ["INL-L-3", "\n".join("line" for _ in range(2_000)), "z", "ok"],
        ["INL-L-4", "Radio", "Motorola", "n" * 20_001],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for values in [["Asset Tag", "Description", "Manufacturer", "Notes"], *rows]:
        sheet.append(values)
    book.save(path)
    source = read_source(path)
    mapping, _ = initial_mapping(source.table.headers, None)
    plan = prepare(register.db, source, mapping, ImportOptions(), today=date(2025, 1, 1))
    errors = [{i.field for i in r.issues if i.level == "error"} for r in plan.rows]
    assert [r.action for r in plan.rows] == ["error"] * 4
    assert errors == [{"description"}, {"make"}, {"description"}, {"notes"}]
