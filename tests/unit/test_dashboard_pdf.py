"""The one-page dashboard summary: always one landscape page, read back with pypdf.

Real summaries go in (English and Lao labels, long tables, long labels, no tables);
the PDF's text and drawing operators come out and are checked.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from inl_equipment.documents.dashboard_data import (
    DashboardSummary,
    SummaryRow,
    SummaryTable,
    SummaryWords,
)
from inl_equipment.documents.dashboard_pdf import MAX_TABLES, build_dashboard_summary, fold_rows
from inl_equipment.formatting import money, number

LAO_PROVINCE_POLICE = "ກົມຕຳຫຼວດ ແຂວງຫຼວງນ້ຳທາ"
LAO_AGENCIES = ("ໜ່ວຍສະກັດກັ້ນຢາເສບຕິດ", "ກົມພາສີ", "ຫ້ອງການ ປປສ ແຂວງອຸດົມໄຊ")
HEADLINE = [("Items", "1,091"), ("Value", "$4,922,456.50"), ("Open incidents", "3")]


def summary(*tables: SummaryTable, **changes: object) -> DashboardSummary:
    fields: dict[str, object] = {
        "title": "Equipment dashboard",
        "register_name": "INL Laos donated equipment",
        "as_of": date(2025, 6, 30),
        "headline": HEADLINE,
        "tables": list(tables),
    }
    fields.update(changes)
    return DashboardSummary(**fields)  # type: ignore[arg-type]


def rows(*labels: str) -> list[SummaryRow]:
    return [SummaryRow(label, 10 + i, (10 + i) * 123_456) for i, label in enumerate(labels)]


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def one_page_text(pdf: bytes) -> str:
    reader, text = read(pdf)
    assert len(reader.pages) == 1
    return text


def rectangles(pdf: bytes) -> int:
    """How many rectangle operators (`re`) the page's content stream has."""
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents()
    assert content is not None
    return len(re.findall(rb"(?<![A-Za-z])re(?![A-Za-z])", content.get_data()))


def test_one_landscape_a4_page_shows_the_title_figures_tables_and_rows() -> None:
    statuses = SummaryTable("By status", rows("In service", "In storage", "Lost"), chart=True)
    provinces = SummaryTable("By province", rows("Vientiane Capital", "Luang Namtha", "Bokeo"))
    pdf = build_dashboard_summary(summary(statuses, provinces))

    reader, text = read(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(landscape(A4), abs=0.01)
    for expected in (
        "Equipment dashboard",
        "INL Laos donated equipment",
        "As of 2025-06-30",
        "Open incidents",
        "1,091",
        "$4,922,456.50",
        "By status",
        "By province",
        "What",
        "Items",
        "Value",
        "In service",
        "Luang Namtha",
        "Page 1 of 1",
    ):
        assert expected in text
    # Row figures through `formatting`: 11 items worth 11 x $1,234.56.
    assert money(11 * 123_456, cents=True) == "$13,580.16"
    assert "$13,580.16" in text


def test_300_rows_fold_into_one_other_row_that_keeps_the_totals() -> None:
    long = [SummaryRow(f"Site {i:03d}", 1_000 + i, (1_000 + i) * 2_501) for i in range(300)]
    text = one_page_text(build_dashboard_summary(summary(SummaryTable("By site", long))))

    found = re.findall(r"Other \((\d+)\)", text)
    assert len(found) == 1
    folded = int(found[0])
    kept = 300 - folded
    assert 10 < kept < 60  # a cell's worth of rows, the rest folded
    shown = [label for label in (r.label for r in long) if label in text]
    assert shown == [r.label for r in long[:kept]]
    rest = long[kept:]
    assert number(sum(r.count for r in rest)) in text
    assert money(sum(r.cents for r in rest), cents=True) in text
    assert "," in number(sum(r.count for r in rest))  # a real thousands figure was matched


def test_a_table_that_fits_is_not_folded() -> None:
    text = one_page_text(build_dashboard_summary(summary(SummaryTable("Checks", rows("A", "B")))))
    assert "Other" not in text


def test_lao_labels_extract_back_exactly() -> None:
    agencies = SummaryTable("ຕາມອົງການ", rows(LAO_PROVINCE_POLICE, *LAO_AGENCIES), chart=True)
    pdf = build_dashboard_summary(
        summary(agencies, title="ສະຫຼຸບອຸປະກອນ", register_name=LAO_PROVINCE_POLICE)
    )
    text = one_page_text(pdf)
    for label in ("ຕາມອົງການ", "ສະຫຼຸບອຸປະກອນ", LAO_PROVINCE_POLICE, *LAO_AGENCIES):
        assert label in text
    assert "\ue000" not in text  # no private-use glyph codes in place of tone marks


def test_the_fixed_words_come_from_the_summary() -> None:
    words = SummaryWords(
        what="ລາຍການ",
        items="ຈຳນວນ",
        value="ມູນຄ່າ",
        other="ອື່ນໆ ({count})",
        as_of="ຮອດວັນທີ {date}",
        page="ໜ້າ {page} / {pages}",
    )
    long = SummaryTable("Sites", rows(*(f"Site {i}" for i in range(100))))
    text = one_page_text(build_dashboard_summary(summary(long, words=words)))
    for expected in ("ລາຍການ", "ຈຳນວນ", "ມູນຄ່າ", "ຮອດວັນທີ 2025-06-30", "ໜ້າ 1 / 1"):
        assert expected in text
    assert re.search(r"ອື່ນໆ \(\d+\)", text)


@pytest.mark.parametrize(
    "label",
    [
        "Procurement of radios " * 14,  # 308 characters of words
        "W" * 300,  # one word with no space
        ("ຄອມພິວເຕີ ໂນດບຸກ " * 20)[:300],  # Lao with spaces
        "ຄອມພິວເຕີ" * 34,  # Lao with no space
        "Radio\n" * 50_000,  # 300,000 characters on many lines
    ],
)
def test_a_label_too_long_for_its_cell_is_cut_with_an_ellipsis(label: str) -> None:
    table = SummaryTable("Long", [SummaryRow(label, 1, 100), SummaryRow("Short", 2, 200)])
    chart = SummaryTable("Charted", [SummaryRow(label, 3, 300)], chart=True)
    text = one_page_text(build_dashboard_summary(summary(table, chart)))
    flat = "".join(text.split())
    assert "".join(label.split()) not in flat
    assert text.count("…") >= 2
    assert "Short" in text and "Charted" in text  # the rest of the page is still there


def test_long_title_name_and_headline_are_cut_on_one_page() -> None:
    long = "Donated equipment of the provincial offices " * 10
    pdf = build_dashboard_summary(
        summary(
            SummaryTable("T", rows("A")),
            title=long,
            register_name=long,
            headline=[(long, long)] * 12,
        )
    )
    text = one_page_text(pdf)
    assert long.strip() not in text
    assert "…" in text
    assert "As of 2025-06-30" in text


def test_no_tables_and_no_headline_still_make_the_page() -> None:
    text = one_page_text(build_dashboard_summary(summary(headline=[])))
    assert "Equipment dashboard" in text
    assert "As of 2025-06-30" in text
    assert "Page 1 of 1" in text


def test_tables_beyond_the_grid_are_left_out() -> None:
    tables = [SummaryTable(f"Table number {i}", rows("Row")) for i in range(MAX_TABLES + 2)]
    text = one_page_text(build_dashboard_summary(summary(*tables)))
    for i in range(MAX_TABLES):
        assert f"Table number {i}" in text
    assert f"Table number {MAX_TABLES}" not in text


def test_empty_tables_show_their_title_and_header() -> None:
    text = one_page_text(
        build_dashboard_summary(summary(SummaryTable("Nothing yet", [], chart=True)))
    )
    assert "Nothing yet" in text and "Value" in text


def test_a_chart_table_draws_one_bar_per_row() -> None:
    labels = ("In service", "In storage", "Under repair", "Lost", "Stolen")
    plain = build_dashboard_summary(summary(SummaryTable("By status", rows(*labels))))
    charted = build_dashboard_summary(summary(SummaryTable("By status", rows(*labels), True)))
    assert rectangles(charted) - rectangles(plain) == len(labels)
    # Same text either way: the bars are drawing, not words.
    assert one_page_text(charted) == one_page_text(plain)


def test_the_folded_row_of_a_chart_table_has_no_bar() -> None:
    many = rows(*(f"Agency {i}" for i in range(100)))
    plain = build_dashboard_summary(summary(SummaryTable("By agency", many)))
    charted = build_dashboard_summary(summary(SummaryTable("By agency", many, chart=True)))
    folded = int(re.findall(r"Other \((\d+)\)", one_page_text(charted))[0])
    assert rectangles(charted) - rectangles(plain) == 100 - folded  # one per row kept


def test_a_chart_of_zero_and_negative_values_still_renders() -> None:
    table = SummaryTable("Odd", [SummaryRow("Zero", 0, 0), SummaryRow("Refund", 1, -500)], True)
    text = one_page_text(build_dashboard_summary(summary(table)))
    assert "-$5.00" in text and "$0.00" in text


def test_fold_rows_keeps_counts_and_cents() -> None:
    table = rows(*(f"R{i}" for i in range(20)))
    folded = fold_rows(table, 5, "Other ({count})")
    assert [r.label for r in folded] == ["R0", "R1", "R2", "R3", "Other (16)"]
    assert sum(r.count for r in folded) == sum(r.count for r in table)
    assert sum(r.cents for r in folded) == sum(r.cents for r in table)
    assert fold_rows(table, 20, "Other ({count})") == table
    assert [r.label for r in fold_rows(table, 0, "Other ({count})")] == ["Other (20)"]
