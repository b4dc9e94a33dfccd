"""The handover register and the funding report: figures, PDFs and workbooks read back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from inl_equipment.db.models import FundingSource
from inl_equipment.interchange.exporters import ExportError
from inl_equipment.interchange.handover_register_files import write_handover_register_csv
from inl_equipment.interchange.officer_reports import write_funding_report
from inl_equipment.services.funding_report import STATUS_GROUPS, federal_cents, tally
from inl_equipment.services.handover_register import (
    HandoverRegister,
    Party,
    RegisterEntry,
    kind_totals,
)
from inl_equipment.services.report_period import Period, parse_day
from tests.helpers.report_register import LOA, OPERATOR, Built, build_register

YEAR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
AS_OF = datetime(2026, 11, 28, 14, 5)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    b = build_register(tmp_path_factory.mktemp("reports"))
    yield b
    b.register.close()


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


# -- the handover register ------------------------------------------------------------
def test_the_register_lists_every_receipt_of_the_period_inclusive(built: Built) -> None:
    register = built.register.reports.handover_register(Period(date(2024, 3, 7), date(2024, 6, 20)))
    assert [e.number for e in register.entries] == ["HR-2024-0002", "HR-2024-0003", "TR-2024-0001"]
    whole = built.register.reports.handover_register(Period())
    assert len(whole.entries) == 6


def test_a_void_receipt_names_its_reissue_and_is_not_totalled(built: Built) -> None:
    register = built.register.reports.handover_register(YEAR_2024)
    by_number = {e.number: e for e in register.entries}
    void = by_number[built.void_number]
    assert void.void and void.void_reason.startswith("Issued to the wrong unit")
    assert void.replaced_by == built.reissue_number
    assert by_number[built.reissue_number].reissue_of == built.void_number
    assert void.value == Decimal("25310.10")  # 25,000.00 + 310.10, exact
    totals = {k.kind: k for k in register.by_kind}
    assert (totals["handover"].receipts, totals["handover"].items) == (2, 3)
    assert totals["handover"].value == Decimal("25485.10")
    assert totals["transfer"].receipts == 1 and totals["return"].receipts == 0
    assert register.void_count == 1
    assert register.value == Decimal("25660.10")


def test_the_register_pdf_has_the_page_furniture_and_marks_the_void(
    built: Built, tmp_path: Path
) -> None:
    reports = built.register.reports
    register = reports.handover_register(YEAR_2024, generated_at=AS_OF)
    path = reports.write_handover_register(register, tmp_path / "register.pdf")
    text, pages = pdf_text(path)
    assert "U.S. Embassy Vientiane" in text and "Handover register" in text
    assert "As of 2026-11-28" in text and f"Prepared by {OPERATOR}" in text
    assert "root" not in text
    assert text.count("From 2024-01-01 to 2024-12-31") == pages + 1  # each footer, the title
    assert f"Page {pages} of {pages}" in text
    assert "VOID" in text and f"Replaced by {built.reissue_number}" in text
    assert f"Reissue of {built.void_number}" in text
    assert "Total issued" in text and "$25,660.10" in text
    assert "Certification" in text and "Reviewed by" in text
    assert "ກົມພາສີ" in text  # a unit's Lao name, shaped and extractable


def test_the_register_workbook_holds_typed_rows_and_totals(built: Built, tmp_path: Path) -> None:
    reports = built.register.reports
    register = reports.handover_register(YEAR_2024)
    path = reports.write_handover_register(register, tmp_path / "register.xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = [r for r in sheet.iter_rows(values_only=True) if any(v is not None for v in r)]
    assert rows[0][0] == "Handover register" and OPERATOR in rows[1][0]
    assert rows[2][0] == "From 2024-01-01 to 2024-12-31"
    head = rows.index(next(r for r in rows if r[0] == "Receipt"))
    body = rows[head + 1 : head + 1 + len(register.entries)]
    assert [r[0] for r in body] == [e.number for e in register.entries]
    void = next(r for r in body if r[0] == built.void_number)
    assert void[3] == "Void" and void[15] == built.reissue_number
    assert Decimal(str(void[12])) == Decimal("25310.10")
    assert isinstance(void[1], datetime) and void[1].date() == date(2024, 3, 5)
    total = next(r for r in rows if r[0] == "Total issued")
    assert total[1:4] == (3, 4, pytest.approx(25660.10))
    assert Decimal(str(total[3])).quantize(Decimal("0.01")) == Decimal("25660.10")
    assert next(r for r in rows if r[0] and str(r[0]).startswith("Void receipts"))[1] == 1


def test_the_register_csv_is_rows_alone_and_formula_safe(tmp_path: Path) -> None:
    donor = Party("INL (donor stock)", "INL", "", donor=True)
    unit = Party("=HYPERLINK(1)", "Unit", "ໜ່ວຍ")
    entry = RegisterEntry(
        "HR-2024-0001",
        date(2024, 1, 2),
        "handover",
        "void",
        donor,
        unit,
        "",
        "",
        2,
        Decimal("10.50"),
        "@SUM(1)",
    )
    register = HandoverRegister(YEAR_2024, AS_OF, OPERATOR, [entry], kind_totals([entry]))
    write_handover_register_csv(register, tmp_path / "r.csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Receipt" and len(rows) == 2
    assert rows[1][7] == "'=HYPERLINK(1)" and rows[1][14] == "'@SUM(1)"
    assert rows[1][12] == "10.50" and rows[1][9] == "ໜ່ວຍ"


def test_an_unknown_extension_writes_nothing(built: Built, tmp_path: Path) -> None:
    report = built.register.reports.funding_report(Period())
    with pytest.raises(ExportError, match=r"\.doc"):
        write_funding_report(report, tmp_path / "funding.doc")
    with pytest.raises(ExportError, match=r"\.csv"):
        write_funding_report(report, tmp_path / "funding.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_period_reads_and_refuses_its_dates() -> None:
    assert YEAR_2024.in_words() == "From 2024-01-01 to 2024-12-31"
    assert Period().in_words() == "All dates"
    assert Period(end=date(2024, 5, 1)).in_words() == "Up to 2024-05-01"
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2024, 2, 1), date(2024, 1, 1))
    for bad in ("2024-13-01", "24-01-01", "yesterday"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            parse_day(bad)


# -- the funding report ----------------------------------------------------------------
def test_the_funding_report_adds_up_by_source_and_status(built: Built) -> None:
    report = built.register.reports.funding_report(Period())
    names = [r.name for r in report.rows]
    assert names == [
        "Border Security Programme",
        "INL Counter-narcotics Assistance",
        "No funding source",
    ]
    inl = report.rows[1]
    assert inl.agreement == LOA and inl.items.count == 5
    assert inl.items.value == Decimal("29044.65")
    # 25,000.00 at 75.5 % is 18,875.00; the others at 100 %.
    assert inl.federal_share == Decimal("18875.00") + Decimal("1234.56") + Decimal(
        "999.99"
    ) + Decimal("310.10") + Decimal("1500.00")
    assert inl.by_status["disposed"].count == 1
    border = report.rows[0]
    assert (border.by_status["lost"].count, border.by_status["lost"].value) == (
        1,
        Decimal("4500.00"),
    )
    total = report.total
    assert total.items.count == sum(r.items.count for r in report.rows) == 9
    assert total.items.cents == sum(r.items.cents for r in report.rows)
    assert total.federal_cents == sum(r.federal_cents for r in report.rows)


def test_the_funding_period_is_the_acquisition_date(built: Built) -> None:
    report = built.register.reports.funding_report(Period(date(2023, 1, 1), date(2023, 12, 31)))
    assert report.total.items.count == 2
    assert report.total.items.value == Decimal("2234.55")


_statuses = st.sampled_from(
    [
        "in_stock",
        "handed_over",
        "in_repair",
        "lost",
        "stolen",
        "destroyed",
        "disposed",
        "consumed",
        "merged",
    ]
)
_items = st.lists(
    st.tuples(
        st.sampled_from([None, 1, 2, 3, 99]),
        st.integers(0, 500),
        st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False),
        st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
        _statuses,
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(_items)
def test_funding_rows_reconcile_with_the_totals(items: list) -> None:  # type: ignore[type-arg]
    sources = [FundingSource(id=i, name_en=f"Source {i}") for i in (1, 2, 3)]
    rows, total = tally(sources, items)
    kept = [i for i in items if i[4] != "merged"]
    assert total.items.count == sum(r.items.count for r in rows) == len(kept)
    assert total.items.cents == sum(r.items.cents for r in rows)
    assert total.federal_cents == sum(r.federal_cents for r in rows)
    assert total.items.value == sum((Decimal(q) * v for _s, q, v, _p, _st in kept), Decimal(0))
    for row in [*rows, total]:
        assert sum(f.count for f in row.by_status.values()) == row.items.count
        assert sum(f.cents for f in row.by_status.values()) == row.items.cents
        for key in STATUS_GROUPS:
            assert row.by_status[key].cents >= 0
    assert total.federal_cents <= total.items.cents


def test_the_federal_share_rounds_half_up_to_the_cent() -> None:
    assert federal_cents(100, Decimal("33.33")) == 33
    assert federal_cents(150, Decimal("33.33")) == 50  # 49.995 -> 50
    assert federal_cents(450000, Decimal("33.33")) == 149985


def test_the_funding_pdf_and_workbook(built: Built, tmp_path: Path) -> None:
    reports = built.register.reports
    report = reports.funding_report(YEAR_2024, generated_at=AS_OF)
    pdf = reports.write_funding_report(report, tmp_path / "funding.pdf")
    text, pages = pdf_text(pdf)
    assert "U.S. Embassy Vientiane" in text and "Funding report" in text
    assert f"Prepared by {OPERATOR}" in text and "As of 2026-11-28" in text
    assert "Items acquired: From 2024-01-01 to 2024-12-31" in text
    assert f"Page 1 of {pages}" in text and LOA in text
    assert "ໂຄງການຊ່ວຍເຫຼືອຕ້ານຢາເສບຕິດ" in text
    assert "$32,202.87" in text  # total acquisition value of 2024
    book = reports.write_funding_report(report, tmp_path / "funding.xlsx")
    rows = [r for r in openpyxl.load_workbook(book).active.iter_rows(values_only=True) if r[0]]
    total = next(r for r in rows if r[0] == "Total")
    assert total[4] == report.total.items.count == 7
    assert Decimal(str(total[5])).quantize(Decimal("0.01")) == Decimal("32202.87")
    assert Decimal(str(total[6])).quantize(Decimal("0.01")) == report.total.federal_share
    source_rows = rows[rows.index(total) - len(report.rows) : rows.index(total)]
    assert sum(r[4] for r in source_rows) == total[4]
    assert sum(round(Decimal(str(r[5])), 2) for r in source_rows) == round(
        Decimal(str(total[5])), 2
    )
