"""The funding report as a landscape A4 PDF: one row a funding source, totals, certification.

Each row: the source's name (its agreement, title holder and Lao name under it),
items, acquisition value, federal share, then by status the count of items and
their value (still held, handed over, in repair, lost/stolen/destroyed,
disposed or used up). The totals row closes the table. Printed in the interface's language
(context "ReportLabels").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable

from inl_equipment.documents.fonts import paragraph
from inl_equipment.documents.inventory_style import item_count, styles
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.report_pages import (
    WIDTH,
    ReportMeta,
    build_report_pdf,
    cell,
    data_table,
    header_cells,
    right,
    title_block,
)
from inl_equipment.formatting import money, number
from inl_equipment.i18n import translate
from inl_equipment.services.funding_report import STATUS_GROUPS, FundingReport, FundingRow
from inl_equipment.services.funding_report import funding_title as funding_title

STATEMENT = Bilingual.translate(
    "ReportLabels",
    "I certify that this report of equipment by funding source is true and complete as of {date}.",
)
_NAME, _ITEMS, _MONEY = 190.0, 42.0, 78.0


def meta_of(report: FundingReport) -> ReportMeta:
    """The page furniture of `report`: the period says which items (acquired then)."""
    words = translate("ReportLabels", "Items acquired: {period}").format(
        period=report.period.in_words()
    )
    return ReportMeta(funding_title(), report.generated_at, report.operator, words)


def status_titles() -> list[str]:
    """The status columns' titles, in `STATUS_GROUPS` order."""
    titles = {
        "in_stock": translate("ReportLabels", "Still held (in stock)"),
        "handed_over": translate("ReportLabels", "Handed over"),
        "in_repair": translate("ReportLabels", "In repair"),
        "lost": translate("ReportLabels", "Lost, stolen or destroyed"),
        "disposed": translate("ReportLabels", "Disposed or used up"),
    }
    return [titles[key] for key in STATUS_GROUPS]


def _source(row: FundingRow, total: bool) -> Any:
    details = []
    if row.agreement:
        details.append(translate("ReportLabels", "Agreement {number}").format(number=row.agreement))
    if row.title_holder:
        details.append(translate("ReportLabels", "Title: {holder}").format(holder=row.title_holder))
    below = " · ".join(details)
    if row.name_lo:
        below = f"{below}\n{row.name_lo}" if below else row.name_lo
    return cell(row.name, "group" if total else "small", sub=below)


def _row(row: FundingRow, total: bool = False) -> list[Any]:
    cells = [
        _source(row, total),
        right(number(row.items.count), total),
        right(money(row.items.value), total),
        right(money(row.federal_share), total),
    ]
    for key in STATUS_GROUPS:
        figure = row.by_status[key]
        # An empty status reads as a dash: the figures that matter stand out.
        text = f"{number(figure.count)}\n{money(figure.value)}" if figure.count else "–"
        cells.append(right(text, total))
    return cells


def _table(report: FundingReport) -> Flowable:
    titles = [
        translate("ReportLabels", "Funding source / agreement"),
        translate("ReportLabels", "Items"),
        translate("ReportLabels", "Acquisition value (USD)"),
        translate("ReportLabels", "Federal share (USD)"),
        *status_titles(),
    ]
    rows = [header_cells(titles, 1), *(_row(r) for r in report.rows), _row(report.total, True)]
    statuses = (WIDTH - _NAME - _ITEMS - 2 * _MONEY) / len(STATUS_GROUPS)
    widths = [_NAME, _ITEMS, _MONEY, _MONEY, *[statuses] * len(STATUS_GROUPS)]
    return data_table(rows, widths, totals=1)


def summary_line(report: FundingReport) -> str:
    """ "42 items · acquisition value $… · federal share $…"."""
    total = report.total
    return " · ".join(
        [
            item_count(total.items.count),
            translate("ReportLabels", "acquisition value {value}").format(
                value=money(total.items.value)
            ),
            translate("ReportLabels", "federal share {value}").format(
                value=money(total.federal_share)
            ),
        ]
    )


def build_funding_report_pdf(
    report: FundingReport, target: str | Path | BinaryIO | None = None
) -> bytes | None:
    """Lay out the report; write it to `target` or return the bytes."""
    st = styles()
    note = translate(
        "ReportLabels",
        "Federal share: each item's value times its federal share (percent), to the cent. "
        "Each status column gives the number of items, their value under it. An item with "
        "no acquisition date counts from the day it was entered in the register.",
    )
    body: list[Flowable] = [
        *title_block(meta_of(report), [summary_line(report)]),
        paragraph(note, st["note"]),
        _table(report),
    ]
    return build_report_pdf(meta_of(report), body, STATEMENT, target)
