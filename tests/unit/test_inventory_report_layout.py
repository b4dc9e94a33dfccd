"""The inventory report as an auditor reads it: dense pages, no repeated columns, who and when
on every page, and a certification to sign. Real PDFs, read back with pypdf."""

from __future__ import annotations

import io
import re
import statistics
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from inl_equipment.cli import main
from inl_equipment.db.schema import open_database
from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
from inl_equipment.documents.inventory_labels import LETTERHEAD
from inl_equipment.documents.inventory_pdf import build_inventory_pdf
from inl_equipment.documents.labels import LABELS, Bilingual
from inl_equipment.documents.pdf_tables import ReportColumn
from inl_equipment.formatting import money
from inl_equipment.interchange.exporters import export_report, pdf_data
from inl_equipment.paths import login_name
from inl_equipment.services.columns import COLUMN_BY_KEY, R_QTY, R_VALUE
from inl_equipment.services.demo import fill_demo
from inl_equipment.services.register import Register
from inl_equipment.services.report_columns import GROUP_COLUMN
from inl_equipment.services.reports import (
    DEFAULT_COLUMNS,
    GROUP_KEYS,
    PDF_COLUMNS,
    Report,
    describe_filters,
    load_for_export,
)
from inl_equipment.services.search import Query

NOW = datetime(2026, 11, 28, 14, 5)
OPERATOR = "Khamphone Sisavath"
TAG = re.compile(r"INL-\d\d-\d{6}")


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> Register:
    path = tmp_path_factory.mktemp("layout") / "thousand.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as session:
        fill_demo(session, 1000, "tester", seed=11)
    return Register(db, OPERATOR)


def standard(register: Register, query: Query | None = None, **kw: str) -> Report:
    """The report with the standard columns, as the CLI and the whole register make it."""
    return load_for_export(
        register, query or Query(), PDF_COLUMNS, generated_at=NOW, standard_columns=True, **kw
    )


def pages_text(pdf: bytes | Path) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def full_pages(texts: list[str]) -> list[int]:
    """Item rows of each page given to rows alone: not the first page with rows (under the
    title block, or the first after the summary) nor the last (the end of the list)."""
    counts = [len(TAG.findall(t)) for t in texts]
    with_rows = [n for n in counts if n]
    return with_rows[1:-1]


def headers(report: Report) -> list[str]:
    """The PDF's column names (a stacked column's first line)."""
    return [c.header.split("\n")[0] for c in pdf_data(report).columns]


def test_standard_columns_print_at_least_35_items_a_page(
    thousand: Register, tmp_path: Path
) -> None:
    report = standard(thousand)
    texts = pages_text(export_report(report, tmp_path / "inventory.pdf").path)
    rows = full_pages(texts)
    assert sum(len(TAG.findall(t)) for t in texts) == 1000
    assert len(rows) >= 20 and min(rows) >= 35, rows
    # 68 pages when every table column was printed, wrapping.
    assert len(texts) <= 30
    header = squash(texts[2])
    for name in ("Asset tag", "Description", "Serial number", "Qty", "Total value", "Holder"):
        assert name in header
    for name in ("Location", "Condition", "Acquired"):
        assert name in header


def test_grouped_pages_stay_dense_and_drop_the_group_column(
    thousand: Register, tmp_path: Path
) -> None:
    report = standard(thousand, group_by="agency")
    assert "Holder" not in headers(report)
    texts = pages_text(export_report(report, tmp_path / "by-agency.pdf").path)
    rows = full_pages(texts)
    # Each group adds a heading and a subtotal: a page of many small groups holds fewer.
    assert statistics.mean(rows) >= 35 and min(rows) >= 32, rows
    assert not any("Holder" in t for t in texts)


@pytest.mark.parametrize("group_by", GROUP_KEYS)
def test_the_grouping_column_is_left_out(thousand: Register, group_by: str) -> None:
    report = load_for_export(thousand, Query(), DEFAULT_COLUMNS, group_by=group_by)
    left_out = COLUMN_BY_KEY[GROUP_COLUMN[group_by]].header_text
    shown = headers(report)
    assert left_out not in shown
    assert len(shown) == len(DEFAULT_COLUMNS) - 1  # the others, as chosen
    # Sheets keep every column they were given.
    assert left_out in report.headers


def test_a_single_value_filter_leaves_its_column_out(thousand: Register) -> None:
    snap = thousand.items.snapshot()
    location = next(iter(snap.refs.en["locations"]))
    category = next(iter(snap.refs.en["categories"]))
    one = Query(statuses=frozenset({"handed_over"}), categories=frozenset({category}))
    shown = headers(load_for_export(thousand, one, DEFAULT_COLUMNS))
    assert "Status" not in shown and "Category" not in shown and "Holder" in shown
    two = Query(statuses=frozenset({"handed_over", "in_stock"}))
    assert "Status" in headers(load_for_export(thousand, two, DEFAULT_COLUMNS))
    site = Query(locations=frozenset({location}))
    shown = headers(load_for_export(thousand, site, DEFAULT_COLUMNS))
    assert "Location" not in shown and "Province" not in shown
    # However narrow the filter, a column is left.
    only = load_for_export(thousand, Query(statuses=frozenset({"lost"})), ["status"])
    assert headers(only) == ["Status"]


def test_every_page_says_who_when_and_what(thousand: Register, tmp_path: Path) -> None:
    query = Query(statuses=frozenset({"handed_over"}))
    report = standard(thousand, query, group_by="province")
    texts = [squash(t) for t in pages_text(export_report(report, tmp_path / "r.pdf").path)]
    filters = describe_filters(query, report.snapshot.refs)
    assert filters == "Status: Handed over" and "Status" not in headers(report)
    for n, text in enumerate(texts, 1):
        assert LETTERHEAD.en in text
        assert "Equipment inventory" in text
        assert f"As of 2026-11-28 14:05 · Prepared by {OPERATOR}" in text
        assert filters in text
        assert f"Page {n} of {len(texts)}" in text
        if login_name() != OPERATOR:
            assert f"Prepared by {login_name()}" not in text
    assert "Value by province" in texts[0]
    assert "the register holds it whole" in texts[0]


def test_the_report_ends_with_a_certification(thousand: Register, tmp_path: Path) -> None:
    report = standard(thousand, Query(statuses=frozenset({"lost"})))
    last = squash(pages_text(export_report(report, tmp_path / "lost.pdf").path)[-1])
    assert "Certification" in last
    assert "I certify that this inventory is true and complete as of 2026-11-28." in last
    for label in ("Prepared by", "Reviewed by", "Approved by"):
        assert last.count(label) >= 1
    for label in (LABELS.name, LABELS.position, LABELS.signature, LABELS.date):
        assert last.count(label.en) >= 3
        assert label.lo and last.count(label.lo) >= 3  # bilingual, Lao extracting exactly
    # The operator's name is printed on the Prepared by name line, the others left blank.
    lines = last[last.index("Certification") :]
    assert f"Name {LABELS.name.lo} {OPERATOR} Name {LABELS.name.lo} Name" in lines


def test_a_lot_shows_its_unit_value_under_the_total(thousand: Register, tmp_path: Path) -> None:
    report = standard(thousand)
    rows = report.snapshot.rows
    lot = next(rows[p] for p in report.positions if rows[p][R_QTY] > 1)
    text = squash(" ".join(pages_text(export_report(report, tmp_path / "r.pdf").path)))
    total = money(lot[R_QTY] * lot[R_VALUE], cents=True)
    assert f"{total} {money(lot[R_VALUE], cents=True)} each" in text


def test_the_cli_prints_the_operator_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.sqlite"
    db = open_database("sqlite:///" + str(path))
    with db.write() as session:
        fill_demo(session, 60, "tester", seed=3)
    db.dispose()
    monkeypatch.delenv("INL_EQUIPMENT_OPERATOR", raising=False)
    target = tmp_path / "by-agency.pdf"
    args = ["export", str(target), "--db", str(path), "--group-by", "agency"]
    assert main([*args, "--operator", "Noy Phommachanh"]) == 0
    texts = [squash(t) for t in pages_text(target)]
    assert all("Prepared by Noy Phommachanh" in t for t in texts)
    assert not any(f"Prepared by {login_name()}" in t for t in texts)
    header = next(t for t in texts if TAG.search(t))
    assert "Serial number" in header and "Total value" in header and "Holder" not in header
    assert "exported 60 items" in capsys.readouterr().out


def compact(rows: list[list[str]], letterhead: Bilingual = LETTERHEAD) -> InventoryReportData:
    columns = [
        ReportColumn("Asset tag", fit_text="INL-24-000001"),
        ReportColumn("Description\nSerial number", weight=30, stacked=True),
        ReportColumn("Total value", "right", fit_text="$12,345.00\n$1.00 each", stacked=True),
    ]
    return InventoryReportData(
        title="Compact",
        generated_at=NOW,
        operator=OPERATOR,
        filters_in_words="All items",
        columns=columns,
        groups=[ReportGroup("", "", len(rows), 100, rows)],
        group_label="",
        total_count=len(rows),
        total_cents=100,
        compact=True,
        letterhead=letterhead,
    )


def test_compact_cells_are_cut_to_one_line_and_lao_extracts_exactly() -> None:
    long = " ".join(f"word{i}" for i in range(400))
    rows = [
        ["INL-24-000001", f"{long}\nSN-LONG-1", "$1.00"],
        ["INL-24-000002", "ຄອມພິວເຕີ ໂນດບຸກ\nSN-ລາວ-2", "$2.00\n$1.00 each"],
        ["INL-24-000003", "\nSN-ONLY-3", "$3.00"],
    ]
    pdf = build_inventory_pdf(compact(rows))
    assert pdf is not None
    texts = pages_text(pdf)
    assert len(texts) == 1  # three rows, one line each
    text = squash(texts[0])
    assert "word0 word1" in text and "word399" not in text and "…" in text
    assert "SN-LONG-1" in text and "SN-ONLY-3" in text
    assert "ຄອມພິວເຕີ ໂນດບຸກ" in text and "SN-ລາວ-2" in text
    assert "$2.00 $1.00 each" in text


def test_a_letterhead_with_lao_prints_both_lines_on_every_page() -> None:
    letterhead = Bilingual("U.S. Embassy Vientiane (INL)", "ສະຖານທູດສະຫະລັດອາເມລິກາ (INL)")
    rows = [[f"INL-24-{n:06d}", f"Radio {n}\nSN-{n}", "$1.00"] for n in range(1, 90)]
    texts = [squash(t) for t in pages_text(build_inventory_pdf(compact(rows, letterhead)) or b"")]
    assert len(texts) >= 3
    for n, text in enumerate(texts, 1):
        assert letterhead.en in text and letterhead.lo in text
        assert f"Page {n} of {len(texts)}" in text
    assert sum(len(TAG.findall(t)) for t in texts) == 89
