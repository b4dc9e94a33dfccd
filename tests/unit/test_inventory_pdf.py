"""Inventory report PDFs, read back with pypdf as a PDF viewer's text tools see them."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from inl_equipment.db.schema import open_database
from inl_equipment.documents.inventory_pdf import (
    InventoryReportData,
    ReportColumn,
    ReportGroup,
    build_inventory_pdf,
    column_widths,
)
from inl_equipment.formatting import money as format_amount
from inl_equipment.interchange.exporters import export_report, pdf_data
from inl_equipment.services.columns import format_money
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register
from inl_equipment.services.reports import DEFAULT_COLUMNS, load_for_export
from inl_equipment.services.search import Query

NOW = datetime(2026, 11, 28, 14, 5)


def pages_text(pdf: bytes | Path, only: slice = slice(None)) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() or "" for page in PdfReader(source).pages[only]]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory) -> Register:
    path = tmp_path_factory.mktemp("pdf") / "thousand.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as session:
        fill_demo(session, 1000, "tester", seed=11)
    return Register(db, "Khamphone Sisavath")


def test_grouped_report_reads_back(big_register: Register, tmp_path: Path) -> None:
    query = Query(statuses=frozenset({"handed_over"}))
    report = load_for_export(
        big_register, query, DEFAULT_COLUMNS, group_by="agency", generated_at=NOW
    )
    path = export_report(report, tmp_path / "report.pdf").path
    texts = pages_text(path)
    pages = len(texts)
    assert pages > 1
    first = squash(texts[0])
    assert "Equipment inventory" in first
    assert "As of 2026-11-28 14:05 · Prepared by Khamphone Sisavath" in first
    assert "Status: Handed over" in first
    assert f"{len(report):,} items · total value {format_money(report.total_cents)}" in first
    assert "Value by agency (holder)" in first
    for n, text in enumerate(texts, 1):
        assert f"Page {n} of {pages}" in text
    everything = squash(" ".join(texts))
    for group in report.groups():
        assert f"Subtotal, {group.name}: {group.count:,} item" in everything
        assert f"Agency (holder): {group.name}" in everything
    assert f"Total: {len(report):,} items · {format_money(report.total_cents)}" in everything
    # Every row page carries the column header; every item is listed once.
    for text in texts[1:]:
        if "Subtotal" in text or "INL-" in text:
            assert "Asset tag" in text and "Serial number" in text
    tags = re.findall(r"INL-\d\d-\d{6}", everything)
    assert sorted(tags) == sorted(report.snapshot.rows[p][1] for p in report.positions)


def test_lao_group_names_are_shaped_and_extract_as_written(
    big_register: Register,
) -> None:
    report = load_for_export(big_register, Query(), DEFAULT_COLUMNS, group_by="province")
    data = pdf_data(report)
    # The summary table on the first pages names every group in English and Lao.
    text = squash(" ".join(pages_text(build_inventory_pdf(data) or b"", slice(0, 3))))
    for group in report.groups():
        if group.name_lo:
            assert group.name_lo in text, group.name


def test_thousand_items_ungrouped_start_on_the_first_page(big_register: Register) -> None:
    report = load_for_export(big_register, Query(), DEFAULT_COLUMNS, generated_at=NOW)
    pdf = build_inventory_pdf(pdf_data(report))
    assert pdf is not None
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    texts = pages_text(pdf, slice(0, 1)) + pages_text(pdf, slice(-2, None))
    assert pages > 10
    assert "Asset tag" in texts[0] and "INL-" in texts[0]
    assert "Value by" not in texts[0]  # no chart without grouping
    assert f"Page {pages} of {pages}" in texts[-1]
    # The total closes the rows; the certification follows (on a page of its own if need be).
    end = squash(" ".join(texts[1:]))
    assert f"Total: 1,000 items · {format_money(report.total_cents)}" in end
    assert end.index("Total: 1,000 items") < end.index("I certify that this inventory")


def sample(rows: list[list[str]], *, grouped: bool = False) -> InventoryReportData:
    columns = [
        ReportColumn("Asset tag", fit_text="INL-24-000001"),
        ReportColumn("Description", weight=30, longest_word="Counternarcotics"),
        ReportColumn("Unit value", "right", fit_text="$12,345.00"),
    ]
    return InventoryReportData(
        title="Test <b>report</b> & co",
        generated_at=NOW,
        operator="Tester",
        filters_in_words="Search: “<i>x</i>”",
        columns=columns,
        groups=[ReportGroup("Savannakhet", "ສະຫວັນນະເຂດ", len(rows), 123, rows)],
        group_label="Province" if grouped else "",
        total_count=len(rows),
        total_cents=123,
    )


def test_user_text_prints_literally_and_lao_cells_are_shaped() -> None:
    rows = [
        ["INL-24-000001", "<b>not bold</b> & <font size=40>x</font>", "$1.23"],
        ["INL-24-000002", "ຄອມພິວເຕີ ໂນດບຸກ", "$0.00"],
        ["INL-24-000003", "Line one\nLine two", "$0.00"],
    ]
    text = squash(" ".join(pages_text(build_inventory_pdf(sample(rows)) or b"")))
    assert "Test <b>report</b> & co" in text
    assert "<b>not bold</b> & <font size=40>x</font>" in text
    assert "ຄອມພິວເຕີ ໂນດບຸກ" in text
    assert "Line one Line two" in text


def test_empty_report_still_has_its_totals() -> None:
    pdf = build_inventory_pdf(sample([], grouped=True))
    text = squash(" ".join(pages_text(pdf or b"")))
    assert "Total: 0 items · $1.23" in text and "Page 1 of" in text


def test_column_widths_fit_the_page_and_ids_do_not_wrap() -> None:
    columns = [
        ReportColumn("Asset tag", fit_text="INL-24-000001"),
        ReportColumn("Description", weight=40, longest_word="backscatter"),
        ReportColumn("Holder", weight=20),
        ReportColumn("Unit value", "right", fit_text="$98,000.00"),
    ]
    widths = column_widths(columns, 700)
    assert sum(widths) == pytest.approx(700)
    assert widths[1] == pytest.approx(2 * widths[2])
    assert 45 < widths[0] < 70 and widths[3] > 35
    crowded = column_widths([ReportColumn("Description", weight=1)] * 60, 700)
    assert sum(crowded) == pytest.approx(700)


def money(cents: int) -> str:
    return format_amount(cents, cents=True)


def test_money_is_exact() -> None:
    assert money(0) == "$0.00" and money(5) == "$0.05" and money(-123456) == "-$1,234.56"
    assert money(10**17 + 1) == "$1,000,000,000,000,000.01"


def test_write_to_a_path(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    assert build_inventory_pdf(sample([["A", "B", "$1.00"]]), target) is None
    assert target.read_bytes().startswith(b"%PDF")
