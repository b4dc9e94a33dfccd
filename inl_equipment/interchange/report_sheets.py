"""Workbooks of the officers' reports: typed cells, formula-safe text, a title block.

Every cell is written with its typed method (never `write()`, which guesses):
money as a number with the export's money format (from an exact `Decimal` of
cents, which a float holds exactly to the cent), counts as numbers, dates as
dates, text as strings; a text that a spreadsheet could take for a formula is a
string cell marked quote-prefixed (`safe_cells`), as `xlsx_export` does.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from inl_equipment.interchange.safe_cells import is_dangerous
from inl_equipment.interchange.xlsx_export import DATE_FORMAT, EXCEL_CELL_MAX, MONEY_FORMAT

Cell = str | int | Decimal | date | None
_CUT = "…"


@contextmanager
def workbook(path: Path, title: str, author: str, comments: str) -> Iterator[Any]:
    """An xlsxwriter workbook at `path`, closed (written) when the block ends without error."""
    scratch = tempfile.mkdtemp(prefix="inl-xlsx-")
    book = xlsxwriter.Workbook(
        str(path),
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": scratch,
        },
    )
    book.set_properties({"title": title, "author": author, "comments": comments})
    try:
        yield book
        book.close()
    finally:
        book.fileclosed = True  # a failed one is abandoned: the caller's temp file goes
        shutil.rmtree(scratch, ignore_errors=True)


class Sheet:
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
            "": book.add_format(),
        }
        for name_, extra in (
            ("", {}),
            ("bold", {"bold": True}),
            ("void", {"font_strikeout": True}),
        ):
            self.fmt[f"money{name_}"] = book.add_format({"num_format": MONEY_FORMAT, **extra})
            self.fmt[f"date{name_}"] = book.add_format({"num_format": DATE_FORMAT, **extra})
            self.fmt[f"int{name_}"] = book.add_format({"num_format": "#,##0", **extra})
            if name_:
                self.fmt[name_] = book.add_format(extra)
                self.fmt[f"quoted{name_}"] = book.add_format({"quote_prefix": True, **extra})

    def text(self, c: int, value: str, fmt: str = "") -> None:
        """A string cell (cut to Excel's limit, quote-prefixed when it could run)."""
        if not value:
            return
        if len(value) > EXCEL_CELL_MAX:
            value = value[: EXCEL_CELL_MAX - 1] + _CUT
        if is_dangerous(value):
            fmt = f"quoted{fmt}" if fmt in ("bold", "void") else "quoted"
        self.ws.write_string(self.row, c, value, self.fmt.get(fmt, self.fmt[""]))

    def put(self, values: Sequence[Cell], fmt: str = "") -> None:
        """Write one row of `values` (`fmt`: "", "bold", "void" or "head") and move on."""
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                self.text(c, value, fmt)
            elif isinstance(value, bool):
                self.ws.write_boolean(self.row, c, value)
            elif isinstance(value, int):
                self.ws.write_number(self.row, c, value, self.fmt[f"int{_kind(fmt)}"])
            elif isinstance(value, Decimal):
                # Two places of an exact Decimal: a float holds them to the cent.
                self.ws.write_number(self.row, c, float(value), self.fmt[f"money{_kind(fmt)}"])
            else:
                self.ws.write_datetime(
                    self.row, c, _as_datetime(value), self.fmt[f"date{_kind(fmt)}"]
                )
        self.row += 1

    def title(self, lines: Sequence[str]) -> None:
        """The report's title (large) and its lines (as of, prepared by, period), then a gap."""
        for n, line in enumerate(lines):
            self.text(0, line, "title" if n == 0 else "")
            self.row += 1
        self.row += 1

    def header(self, titles: Sequence[str]) -> None:
        """A header row, frozen above the rows below it."""
        self.put(list(titles), "head")
        self.ws.freeze_panes(self.row, 0)


def _kind(fmt: str) -> str:
    return fmt if fmt in ("bold", "void") else ""


def _as_datetime(value: date) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
