"""The EUM report as an XLSX workbook, one sheet per part of the report.

Sheets: Summary, By agency, By site, Incidents, Disposals, Not checked.

Written by xlsxwriter in constant-memory mode (rows go to disk as they are
written), every cell typed: counts and money as numbers, dates as dates,
text as strings (never a formula: a text that a spreadsheet could take for
one is marked quote-prefixed, as `xlsx_export` does). Headings are in the
interface's language (context "EumReport"); names carry their Lao beside.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from inl_equipment.i18n import translate
from inl_equipment.interchange.safe_cells import is_dangerous
from inl_equipment.services.eum_report_data import (
    DEFINITIONS,
    RESULT_ORDER,
    Counts,
    EumReport,
    GroupRow,
)
from inl_equipment.services.eum_vocabulary import (
    disposal_method_label,
    incident_kind_label,
    outcome_label,
    result_label,
)
from inl_equipment.services.vocabulary import marked_text

EXCEL_CELL_MAX = 32_767
_CUT = "…"
Cell = str | int | Decimal | date | None


class _Sheet:
    """One worksheet written row by row, each value with the typed method of its kind."""

    def __init__(self, book: Any, name: str, widths: Sequence[float]) -> None:
        """A new sheet `name` in `book`, its columns `widths` characters wide."""
        self.ws = book.add_worksheet(name)
        self.row = 0
        for c, w in enumerate(widths):
            self.ws.set_column(c, c, w)
        self.fmt = {
            "head": book.add_format(
                {"bold": True, "bottom": 1, "bg_color": "#DDE4EC", "text_wrap": True}
            ),
            "title": book.add_format({"bold": True, "font_size": 14}),
            "bold": book.add_format({"bold": True}),
            "quoted": book.add_format({"quote_prefix": True}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "money": book.add_format({"num_format": "#,##0.00"}),
            "rate": book.add_format({"num_format": "0.00%"}),
            "total": book.add_format({"bold": True, "top": 1}),
        }

    def text(self, c: int, value: str, fmt: str | None = None) -> None:
        """A string cell (cut to Excel's limit, quote-prefixed when it could run)."""
        if not value:
            return
        if len(value) > EXCEL_CELL_MAX:
            value = value[: EXCEL_CELL_MAX - 1] + _CUT
        style = self.fmt["quoted"] if is_dangerous(value) else (self.fmt[fmt] if fmt else None)
        self.ws.write_string(self.row, c, value, style)

    def put(self, values: Sequence[Cell], fmt: str | None = None) -> None:
        """Write one row of `values` and move to the next."""
        for c, value in enumerate(values):
            style = self.fmt[fmt] if fmt else None
            if value is None:
                continue
            if isinstance(value, str):
                self.text(c, value, fmt)
            elif isinstance(value, bool):
                self.ws.write_boolean(self.row, c, value, style)
            elif isinstance(value, int):
                self.ws.write_number(self.row, c, value, style)
            elif isinstance(value, Decimal):
                self.ws.write_number(self.row, c, float(value), self.fmt["money"])
            else:
                self.ws.write_datetime(self.row, c, value, self.fmt["date"])
        self.row += 1

    def rate(self, c: int, hundredths: int | None) -> None:
        """A verification rate as a number formatted as a percentage (on the row just written)."""
        if hundredths is not None:
            self.ws.write_number(self.row - 1, c, hundredths / 10_000, self.fmt["rate"])

    def header(self, titles: Sequence[str], freeze: bool = True) -> None:
        """A header row, frozen above the rows below it (`freeze`)."""
        self.put(list(titles), "head")
        if freeze:
            self.ws.freeze_panes(self.row, 0)


def figure_titles() -> list[str]:
    """The titles of the figure columns, in the order of `figure_values`."""
    return [
        translate("EumReport", "Held at start"),
        translate("EumReport", "Checked"),
        translate("EumReport", "Verified"),
        translate("EumReport", "Verified of held"),
        translate("EumReport", "Verification rate"),
        translate("EumReport", "Problems"),
        translate("EumReport", "Incident opened"),
        translate("EumReport", "Still open"),
        translate("EumReport", "Results recorded"),
        *(result_label(r.value) for r in RESULT_ORDER),
    ]


def figure_values(c: Counts) -> list[Cell]:
    """A row's figures (the rate is written after, as a percentage)."""
    head: list[Cell] = [c.held, c.checked, c.verified, c.verified_held, None]
    return [*head, c.problems, c.followed_up, c.still_open, c.results_recorded, *c.by_result]


def _groups(
    sheet: _Sheet, names: Sequence[str], rows: Sequence[GroupRow], totals: Counts, site: bool
) -> None:
    sheet.header([*names, *figure_titles()], freeze=sheet.row == 0)
    rate_col = len(names) + 4
    for g in rows:
        lead: list[Cell] = [g.name_en, g.name_lo]
        if site:
            lead += [g.province_en, g.province_lo]
        sheet.put([*lead, *figure_values(g.counts)])
        sheet.rate(rate_col, g.counts.rate)
    sheet.put(
        [translate("EumReport", "Total"), *[""] * (len(names) - 1), *figure_values(totals)], "total"
    )
    sheet.rate(rate_col, totals.rate)


def _summary(book: Any, report: EumReport) -> None:
    sheet = _Sheet(book, translate("EumReport", "Summary"), [34, 16, 90])
    if report.is_calendar_year:
        period = str(report.start.year)
    else:
        period = f"{report.start.isoformat()} – {report.end.isoformat()}"
    title = translate("EumReport", "End-Use Monitoring Report")
    sheet.put([f"{title} {period}"], "title")
    sheet.put([translate("EumReport", "Period"), report.start, report.end])
    sheet.put([translate("EumReport", "Figures as of"), report.as_of])
    sheet.put([translate("EumReport", "Generated"), report.generated])
    sheet.row += 1
    t = report.totals
    denominator = translate("EumReport", "Denominator: the items held at the start of the period.")
    sheet.put([translate("EumReport", "Verification rate"), None, denominator])
    sheet.rate(1, t.rate)
    for title, value in zip(figure_titles(), figure_values(t), strict=True):
        if value is not None:
            sheet.put([title, value])
    sheet.put(
        [
            translate("EumReport", "Unexpected results (seen at another site)"),
            report.unexpected_results,
        ]
    )
    sheet.row += 1
    sheet.put([translate("EumReport", "By province")], "bold")
    _groups(
        sheet,
        [translate("EumReport", "Province"), translate("EumReport", "Name in Lao")],
        report.by_province,
        t,
        site=False,
    )
    sheet.row += 1
    sheet.put([translate("EumReport", "Definitions")], "bold")
    for term, text in DEFINITIONS:
        sheet.put([marked_text("EumReport", term), "", marked_text("EumReport", text)])


def _incidents(book: Any, report: EumReport) -> None:
    sheet = _Sheet(
        book, translate("EumReport", "Incidents"), [14, 12, 16, 36, 30, 20, 30, 20, 22, 12]
    )
    sheet.header(
        [
            translate("EumReport", "No."),
            translate("EumReport", "Date"),
            translate("EumReport", "Asset tag"),
            translate("EumReport", "Description"),
            translate("EumReport", "Unit"),
            translate("EumReport", "Type"),
            translate("EumReport", "Where"),
            translate("EumReport", "Report reference"),
            translate("EumReport", "Status"),
            translate("EumReport", "Closed"),
        ]
    )
    for i in report.incidents:
        sheet.put(
            [
                i.number,
                i.date,
                i.asset_tag,
                i.description,
                i.unit,
                incident_kind_label(i.kind),
                i.place,
                i.report_ref,
                outcome_label(i.outcome),
                i.closed_date,
            ]
        )


def _disposals(book: Any, report: EumReport) -> None:
    sheet = _Sheet(book, translate("EumReport", "Disposals"), [14, 12, 30, 30, 20, 16, 36, 14])
    sheet.header(
        [
            translate("EumReport", "No."),
            translate("EumReport", "Date"),
            translate("EumReport", "Method"),
            translate("EumReport", "Detail"),
            translate("EumReport", "Approval"),
            translate("EumReport", "Asset tag"),
            translate("EumReport", "Description"),
            translate("EumReport", "Sale price (USD)"),
        ]
    )
    for d in report.disposals:
        sheet.put(
            [
                d.number,
                d.date,
                disposal_method_label(d.method),
                d.detail,
                d.approval_ref,
                d.asset_tag,
                d.description,
                d.sale_price,
            ]
        )


def _not_checked(book: Any, report: EumReport) -> None:
    sheet = _Sheet(book, translate("EumReport", "Not checked"), [16, 36, 30, 30, 12, 14, 12])
    sheet.header(
        [
            translate("EumReport", "Asset tag"),
            translate("EumReport", "Description"),
            translate("EumReport", "Unit"),
            translate("EumReport", "Site"),
            translate("EumReport", "Last check"),
            translate("EumReport", "Result"),
            translate("EumReport", "Held since"),
        ]
    )
    for n in report.not_checked:
        result = result_label(n.last_result) if n.last_result else ""
        sheet.put([n.asset_tag, n.description, n.unit, n.site, n.last_check, result, n.held_since])


def write_eum_report_xlsx(report: EumReport, path: Path) -> None:
    """Write the report to `path` whole or not at all (a temp file renamed at the end)."""
    # Here, not at the top: `exporters` reads `services.reports`, which reads the
    # facade; a facade module importing this one would otherwise import itself.
    from inl_equipment.interchange.exporters import atomic_output

    with atomic_output(path) as tmp:
        book = xlsxwriter.Workbook(
            str(tmp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        try:
            _summary(book, report)
            agency = _Sheet(book, translate("EumReport", "By agency"), [40, 40, *[12] * 17])
            _groups(
                agency,
                [translate("EumReport", "Agency"), translate("EumReport", "Name in Lao")],
                report.by_agency,
                report.totals,
                False,
            )
            site = _Sheet(book, translate("EumReport", "By site"), [40, 40, 22, 22, *[12] * 17])
            names = [
                translate("EumReport", "Site"),
                translate("EumReport", "Name in Lao"),
                translate("EumReport", "Province"),
                translate("EumReport", "Province in Lao"),
            ]
            _groups(site, names, [s.row for s in report.sites], report.totals, True)
            _incidents(book, report)
            _disposals(book, report)
            _not_checked(book, report)
        finally:
            book.close()
