"""The funding report as an XLSX workbook (the caller makes it atomic).

One sheet: the title block (as of, prepared by, which items), then one row a
funding source — name, Lao name, agreement, title holder, items, acquisition
value, federal share, then a count and a value column for each status — and the
totals row, in bold. Money is exact to the cent; the rows add up to the totals.
"""

from __future__ import annotations

from pathlib import Path

from inl_equipment.i18n import translate
from inl_equipment.interchange.report_sheets import Cell, Sheet, workbook
from inl_equipment.services.funding_report import STATUS_GROUPS, FundingReport, FundingRow


def headers() -> list[str]:
    """The columns of the report's rows, in the interface's language."""
    from inl_equipment.documents.funding_report_pdf import status_titles

    titles = [
        translate("ReportLabels", "Funding source"),
        translate("ReportLabels", "Name in Lao"),
        translate("ReportLabels", "Agreement (LOA)"),
        translate("ReportLabels", "Title holder"),
        translate("ReportLabels", "Items"),
        translate("ReportLabels", "Acquisition value (USD)"),
        translate("ReportLabels", "Federal share (USD)"),
    ]
    value = translate("ReportLabels", "{status}: value (USD)")
    for status in status_titles():
        titles += [status, value.format(status=status)]
    return titles


def row_values(row: FundingRow) -> list[Cell]:
    """One row's typed values, in `headers()` order."""
    values: list[Cell] = [
        row.name,
        row.name_lo,
        row.agreement,
        row.title_holder,
        row.items.count,
        row.items.value,
        row.federal_share,
    ]
    for key in STATUS_GROUPS:
        figure = row.by_status[key]
        values += [figure.count, figure.value]
    return values


def write_funding_report_xlsx(report: FundingReport, path: Path) -> None:
    """Write the report to `path` as a workbook of one sheet."""
    from inl_equipment.documents.funding_report_pdf import meta_of
    from inl_equipment.documents.report_pages import meta_lines

    lines = meta_lines(meta_of(report))
    widths = (40, 36, 18, 24, 8, 16, 16, *(10, 16) * len(STATUS_GROUPS))
    with workbook(path, lines[0], report.operator, lines[2]) as book:
        sheet = Sheet(book, translate("ReportLabels", "Funding report"), widths)
        sheet.title(lines)
        sheet.header(headers())
        for row in report.rows:
            sheet.put(row_values(row))
        sheet.put(row_values(report.total), "bold")
