"""Write a report as an Excel workbook: typed cells, an "Inventory" and a "Summary" sheet.

xlsxwriter in `constant_memory` mode streams rows to disk, so memory stays flat
at 100,000 items. Every cell is written with its typed method — `write_string`,
`write_number`, `write_datetime` — never `write()`, which guesses and would turn
"=..." into a formula; the guessing options are switched off too, belt and braces.

Formula-looking text ("=…", "+…", "-…", "@…", leading tab or line break) is a
string cell, which no spreadsheet evaluates; we keep the value exactly (a serial
"-123" stays "-123" for sorting and look-ups) and give the cell Excel's "quote
prefix" flag, so that editing the cell later keeps it text instead of running it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from inl_equipment.i18n import Msg, translate
from inl_equipment.interchange.safe_cells import DANGEROUS_FIRST
from inl_equipment.services.reports import Report

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 2000
MONEY_FORMAT = '"$"#,##0.00'
DATE_FORMAT = "yyyy-mm-dd"
SAMPLE_ROWS = 500  # rows measured to size the text columns
_KIND_CODE = {"text": 0, "int": 1, "money": 2, "date": 3}
#: Excel's limit on the characters of one cell.
EXCEL_CELL_MAX = 32_767
#: A long text's parts on the "Long texts" sheet (whole words need not be kept).
PART_CHARS = 32_000
#: Cells named one by one in the warnings; more are counted.
NAMED_CELLS = 20


class LongTexts:
    """Texts longer than a cell holds: written whole on their own sheet, and remembered."""

    def __init__(self, workbook: Any) -> None:
        """Add the sheet to `workbook` when the first long text comes."""
        self._workbook = workbook
        self._sheet: Worksheet | None = None
        self.cells: list[str] = []  # "Inventory!D12", in the order written

    @property
    def name(self) -> str:
        """The sheet's name in the interface's language."""
        return translate("Export", "Long texts")

    def cell_text(self, sheet: str, row: int, col: int, header: str, value: str) -> str:
        """What cell (row, col) of `sheet` holds for `value`; the whole text goes on our sheet."""
        if len(value) <= EXCEL_CELL_MAX:
            return value
        if self._sheet is None:
            self._sheet = self._workbook.add_worksheet(self.name)
            heads = (translate("Export", "Cell"), translate("Export", "Column"))
            for c, head in enumerate((*heads, translate("Export", "Text, in parts"))):
                self._sheet.write_string(0, c, head)
        where = f"{sheet}!{xl_rowcol_to_cell(row, col)}"
        self.cells.append(where)
        at = len(self.cells)
        self._sheet.write_string(at, 0, where)
        self._sheet.write_string(at, 1, header)
        for n, start in enumerate(range(0, len(value), PART_CHARS)):
            self._sheet.write_string(at, 2 + n, value[start : start + PART_CHARS])
        mark = translate("Export", "… (continued on sheet {sheet}, row {row})").format(
            sheet=self.name, row=at + 1
        )
        return value[: EXCEL_CELL_MAX - len(mark) - 1] + " " + mark

    def warnings(self) -> list[Msg]:
        """A message per long cell (the first `NAMED_CELLS`), then how many more."""
        out = [
            Msg.translate(
                "Export",
                "Cell {cell} holds more than Excel's 32,767 characters:"
                " the whole text is on sheet {sheet}, row {row}.",
            ).format(cell=cell, sheet=self.name, row=n)
            for n, cell in enumerate(self.cells[:NAMED_CELLS], 2)
        ]
        rest = len(self.cells) - NAMED_CELLS
        if rest > 0:
            out.append(
                Msg.translate(
                    "Export", "%n more cell(s) continue on sheet {sheet}.", None, rest
                ).format(sheet=self.name)
            )
        return out


def write_xlsx(report: Report, path: Path, progress: Progress | None = None) -> Sequence[Msg]:
    """Write `report` to `path` (the caller makes it atomic); warnings about long texts."""
    # xlsxwriter keeps each sheet's rows in a temp file until close(); keep those in a
    # folder of our own so that a cancelled export leaves nothing behind.
    scratch = tempfile.mkdtemp(prefix="inl-xlsx-")
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": scratch,
        },
    )
    closed = False
    long_texts = LongTexts(workbook)
    try:
        spec = report.spec
        workbook.set_properties(
            {
                "title": spec.title,
                "author": spec.operator,
                "comments": spec.filters_in_words,
                "created": spec.generated_at,
            }
        )
        _write_rows(workbook, report, progress, long_texts)
        _write_summary(workbook, report, long_texts)
        workbook.close()
        closed = True
    finally:
        if not closed:
            _abandon(workbook)
        shutil.rmtree(scratch, ignore_errors=True)
    return long_texts.warnings()


def _abandon(workbook: Any) -> None:
    """Close the temp files of an unfinished workbook (Windows cannot delete open files)."""
    for sheet in workbook.worksheets():
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None:
            with suppress(OSError):
                handle.close()
    workbook.fileclosed = True  # nothing to write: skip xlsxwriter's close-on-delete warning


def _widths(report: Report) -> list[float]:
    """Column widths in characters: by kind, text sized from the first rows."""
    widths = [max(8.0, len(h) + 2.0) for h in report.headers]
    sample = report.positions[:SAMPLE_ROWS]
    for row in report.rows(sample):
        for i, value in enumerate(row):
            if report.kinds[i] == "text" and value:
                widths[i] = max(widths[i], min(len(value) + 2.0, 60.0))
    for i, kind in enumerate(report.kinds):
        widths[i] = max(widths[i], {"money": 14.0, "date": 11.0, "int": 7.0}.get(kind, 0.0))
    return widths


def _write_rows(
    workbook: Any, report: Report, progress: Progress | None, long_texts: LongTexts
) -> None:
    sheet: Worksheet = workbook.add_worksheet(translate("Export", "Inventory"))
    head = workbook.add_format({"bold": True, "bottom": 1, "bg_color": "#DDE4EC"})
    ncols = len(report.headers)
    for i, width in enumerate(_widths(report)):
        sheet.set_column(i, i, width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(report), ncols - 1)
    sheet.repeat_rows(0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    for c, header in enumerate(report.headers):
        sheet.write_string(0, c, header, head)
    write_row = _row_writer(workbook, sheet, report, long_texts)
    total = len(report)
    if progress is not None:
        progress(0, total)
    r = 0
    for r, row in enumerate(report.rows(), 1):
        write_row(r, row)
        if progress is not None and r % PROGRESS_EVERY == 0:
            progress(r, total)
    if progress is not None:
        progress(r, total)


def _row_writer(
    workbook: Any, sheet: Worksheet, report: Report, long_texts: LongTexts
) -> Callable[[int, list[Any]], None]:
    """A function that writes one row's values, each with the typed method of its kind."""
    money = workbook.add_format({"num_format": MONEY_FORMAT})
    day = workbook.add_format({"num_format": DATE_FORMAT})
    quoted = workbook.add_format({"quote_prefix": True})
    columns = list(enumerate(_KIND_CODE[k] for k in report.kinds))
    write_string, write_number = sheet.write_string, sheet.write_number
    write_datetime = sheet.write_datetime
    name, headers = sheet.get_name(), report.headers

    def write_row(r: int, row: list[Any]) -> None:
        for c, kind in columns:
            value = row[c]
            if not kind:
                if value:
                    if len(value) > EXCEL_CELL_MAX:
                        value = long_texts.cell_text(name, r, c, headers[c], value)
                    if value[0] in DANGEROUS_FIRST:
                        write_string(r, c, value, quoted)
                    else:
                        write_string(r, c, value)
            elif value is None:
                continue
            elif kind == 2:
                # The one place money becomes a float: Excel stores doubles. The value
                # comes exactly from integer cents; float() rounds it to nearest.
                write_number(r, c, float(value), money)
            elif kind == 1:
                write_number(r, c, value)
            else:
                write_datetime(r, c, value, day)

    return write_row


def _write_summary(workbook: Any, report: Report, long_texts: LongTexts) -> None:
    sheet: Worksheet = workbook.add_worksheet(translate("Export", "Summary"))
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    spec = report.spec
    title = workbook.add_format({"bold": True, "font_size": 14})
    head = workbook.add_format({"bold": True, "bottom": 1, "bg_color": "#DDE4EC"})
    money = workbook.add_format({"num_format": MONEY_FORMAT})
    share = workbook.add_format({"num_format": "0.0%"})
    bold = workbook.add_format({"bold": True, "top": 1})
    bold_money = workbook.add_format({"bold": True, "top": 1, "num_format": MONEY_FORMAT})
    bold_share = workbook.add_format({"bold": True, "top": 1, "num_format": "0.0%"})
    quoted = workbook.add_format({"quote_prefix": True})

    def text(r: int, c: int, value: str, fmt: Any = None) -> None:
        if len(value) > EXCEL_CELL_MAX:
            value = long_texts.cell_text(sheet.get_name(), r, c, "", value)
        if value:
            sheet.write_string(r, c, value, quoted if value[0] in DANGEROUS_FIRST else fmt)

    text(0, 0, spec.title, title)
    for r, line in enumerate(report.summary_lines(), 1):
        text(r, 0, line)
    groups = report.groups()
    lao = any(g.name_lo for g in groups)
    headers = [
        report.group_label,
        translate("Export", "Items"),
        translate("Export", "Value (USD)"),
        translate("Export", "Share"),
    ]
    if lao:
        headers.insert(1, translate("Export", "Name in Lao"))
    first, n = 5, 1 if lao else 0  # n: shift of the number columns
    sheet.set_column(0, 0, 50)
    if lao:
        sheet.set_column(1, 1, 45)
    sheet.set_column(1 + n, 3 + n, 14)
    head_right = workbook.add_format({"bold": True, "bottom": 1, "bg_color": "#DDE4EC"})
    head_right.set_align("right")
    for c, header in enumerate(headers):
        sheet.write_string(first, c, header, head if c <= n else head_right)
    total_cents = report.total_cents
    r = first
    for r, group in enumerate(groups, first + 1):
        text(r, 0, group.name)
        if lao:
            text(r, 1, group.name_lo)
        sheet.write_number(r, 1 + n, group.count)
        sheet.write_number(r, 2 + n, float(group.value), money)  # exact cents, float at the write
        ratio = Decimal(group.cents) / total_cents if total_cents else Decimal(0)
        sheet.write_number(r, 3 + n, float(ratio), share)
    r += 1
    sheet.write_string(r, 0, translate("Export", "Total"), bold)
    if lao:
        sheet.write_blank(r, 1, None, bold)
    sheet.write_number(r, 1 + n, len(report), bold)
    sheet.write_number(r, 2 + n, float(report.total_value), bold_money)
    sheet.write_number(r, 3 + n, 1.0 if total_cents else 0.0, bold_share)
