"""The dashboard's receipt and incident figures, and its one-page summary (no Qt)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import extract, func, select

from inl_equipment.db.transactions import Handover
from inl_equipment.interchange.file_identity import SameFileError
from inl_equipment.services.dashboard_figures import compute
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.register import Register
from tests.unit.test_attach_refusals import PNG, issue
from tests.unit.test_inspections import TODAY, site_items


def _recount(register: Register) -> dict[int, tuple[int, int]]:
    year = extract("year", Handover.date)
    with register.db.read() as s:
        rows = s.execute(
            select(year, func.count(), func.sum(Handover.item_count))
            .where(Handover.kind == "handover", Handover.status == "issued")
            .group_by(year)
        ).all()
    return {int(y): (int(n), int(items)) for y, n, items in rows}


def test_receipts_by_year_this_year_and_without_a_signed_copy(
    register: Register, tmp_path: Path
) -> None:
    today = date.today()
    before = register.dashboard.records(today)
    number = issue(register)
    after = register.dashboard.records(today)
    assert {f.year: (f.receipts, f.items) for f in after.handed_over_by_year} == _recount(register)
    assert after.handovers_this_year == before.handovers_this_year + 1
    assert after.unsigned_receipts == before.unsigned_receipts + 1
    this_year = next(f for f in after.handed_over_by_year if f.year == today.year)
    detail = register.handovers.detail(number)
    assert this_year.cents >= int(detail.row.total_value * 100)
    scan = tmp_path / "signed.png"
    scan.write_bytes(PNG)
    register.handovers.attach(number, scan)
    assert register.dashboard.records(today).unsigned_receipts == before.unsigned_receipts
    register.handovers.void(number, "wrong unit")
    voided = register.dashboard.records(today)
    assert voided.handovers_this_year == before.handovers_this_year
    assert voided.handed_over_by_year == before.handed_over_by_year


def test_open_incidents_count_a_loss_found_at_a_check(register: Register) -> None:
    before = register.dashboard.records(TODAY).open_incidents
    site, [item] = site_items(register, 1)
    register.monitoring.record_inspection(
        InspectionInput(TODAY, site, results=[ResultInput(item, "stolen")]), today=TODAY
    )
    assert register.dashboard.records(TODAY).open_incidents == before + 1


def test_the_summary_page_prints_the_figures_on_one_page(
    register: Register, tmp_path: Path
) -> None:
    issue(register)
    today = date.today()
    figures = compute(register.items.snapshot(), today)
    records = register.dashboard.records(today)
    target = tmp_path / "summary.pdf"
    register.dashboard.write_summary(target, figures, records, "Vientiane office", today)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for words in (
        "Equipment register at a glance",
        "Vientiane office",
        "By holder",
        "Overdue checks by site",
        "Handed over by year",
        "Receipts without a signed copy",
        f"{figures.total.count:,}",
        str(today.year),
    ):
        assert words in text, words


def test_the_summary_is_never_written_over_the_register(register: Register) -> None:
    today = date.today()
    figures = compute(register.items.snapshot(), today)
    records = register.dashboard.records(today)
    path = register.db.path
    assert path is not None
    before = path.read_bytes()
    with pytest.raises(SameFileError):
        register.dashboard.write_summary(path, figures, records, "x", today)
    assert path.read_bytes() == before
