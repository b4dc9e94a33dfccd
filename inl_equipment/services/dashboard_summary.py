"""The one-page dashboard summary: the dashboard's figures as plain data for the PDF.

The same figures as the window (`dashboard_figures`, `dashboard_records`),
in the interface's language, so the page printed is the page looked at.
"""

from __future__ import annotations

from datetime import date

from inl_equipment import formatting
from inl_equipment.documents.dashboard_data import (
    DashboardSummary,
    SummaryRow,
    SummaryTable,
    SummaryWords,
)
from inl_equipment.i18n import translate
from inl_equipment.services import check_rows
from inl_equipment.services.dashboard_figures import DashboardFigures, Figure
from inl_equipment.services.dashboard_records import RecordFigures
from inl_equipment.services.vocabulary import marked_text, status_label

_CHECK_LABELS = dict(check_rows.CHECK_FILTERS)


def check_label(key: str) -> str:
    """A check figure's words ("Check overdue"), in the interface's language."""
    return marked_text("CheckFilter", _CHECK_LABELS.get(key, key))


def _rows(figures: list[Figure], label: str = "") -> list[SummaryRow]:
    if label == "status":
        return [SummaryRow(status_label(f.key), f.count, f.cents) for f in figures]
    if label == "check":
        return [SummaryRow(check_label(f.key), f.count, f.cents) for f in figures]
    return [SummaryRow(f.label, f.count, f.cents) for f in figures]


def _headline(figures: DashboardFigures, records: RecordFigures) -> list[tuple[str, str]]:
    rate = figures.verification_total
    rate_text = "—"
    if rate is not None and rate.hundredths is not None:
        rate_text = formatting.percent(rate.hundredths)
    return [
        (translate("DashboardSummary", "Items"), formatting.number(figures.total.count)),
        (
            translate("DashboardSummary", "Value"),
            formatting.money(figures.total.cents, cents=True),
        ),
        (
            translate("DashboardSummary", "Handovers this year"),
            formatting.number(records.handovers_this_year),
        ),
        (
            translate("DashboardSummary", "Receipts without a signed copy"),
            formatting.number(records.unsigned_receipts),
        ),
        (translate("DashboardSummary", "Verified this year"), rate_text),
        (
            translate("DashboardSummary", "Open incidents"),
            formatting.number(records.open_incidents),
        ),
    ]


def summary_data(
    figures: DashboardFigures, records: RecordFigures, register_name: str, today: date
) -> DashboardSummary:
    """The summary page of these figures, as of `today`."""
    years = [
        SummaryRow(str(y.year), y.items, y.cents) for y in reversed(records.handed_over_by_year)
    ]
    tables = [
        SummaryTable(
            translate("DashboardSummary", "By status"), _rows(figures.by_status, "status"), True
        ),
        SummaryTable(translate("DashboardSummary", "By holder"), _rows(figures.by_agency), True),
        SummaryTable(
            translate("DashboardSummary", "By province"), _rows(figures.by_province), True
        ),
        SummaryTable(
            translate("DashboardSummary", "End-use checks"), _rows(figures.checks, "check")
        ),
        SummaryTable(
            translate("DashboardSummary", "Overdue checks by site"),
            _rows(figures.overdue_by_site),
        ),
        SummaryTable(translate("DashboardSummary", "Handed over by year"), years, True),
    ]
    words = SummaryWords(
        what=translate("DashboardSummary", "What"),
        items=translate("DashboardSummary", "Items"),
        value=translate("DashboardSummary", "Value"),
        other=translate("DashboardSummary", "Other ({count})"),
        as_of=translate("DashboardSummary", "As of {date}"),
        page=translate("DashboardSummary", "Page {page} of {pages}"),
    )
    return DashboardSummary(
        title=translate("DashboardSummary", "Equipment register at a glance"),
        register_name=register_name,
        as_of=today,
        headline=_headline(figures, records),
        tables=tables,
        words=words,
    )
