"""What reading a CSV or XLSX file yields (`RawTable`), its bounds and its one error.

Shared by `readers` (CSV), `xlsx_safety` (XLSX) and `table_building`, so that
none of them has to import another's internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from inl_equipment.formatting import megabytes, number
from inl_equipment.i18n import Msg, Text

Kind = Literal["csv", "xlsx"]

_MB = 1024 * 1024


class ReadError(Exception):
    """A file that cannot be imported; the message (a `Msg`) is one line, shown to the user."""


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds that keep a huge, broken or hostile file from exhausting memory or time."""

    max_file_bytes: int = 100 * _MB
    max_rows: int = 500_000
    max_columns: int = 500
    max_cells: int = 10_000_000
    max_cell_chars: int = 32_767  # Excel's own limit per cell
    # An .xlsx is a zip: what its directory declares is checked before anything is inflated.
    max_uncompressed_bytes: int = 200 * _MB
    max_compression_ratio: float = 100.0
    ratio_check_min_bytes: int = _MB  # small parts legitimately compress very well
    max_zip_members: int = 10_000
    # Excel cannot go beyond XFD1048576; a sheet that claims more was not made by it.
    max_declared_columns: int = 16_384
    max_declared_rows: int = 1_048_576
    max_declared_cells: int = 100_000_000
    # What the sheets and shared texts really hold, counted before openpyxl reads them
    # (`xlsx_scan`): a register of 200,000 items by 25 columns is within every one.
    max_xlsx_cells: int = 5_000_000
    max_shared_strings: int = 2_000_000
    shared_strings_slack: int = 10_000  # shared texts beyond the cells (stale ones)
    max_text_chars: int = 100_000_000  # as much text as the largest CSV accepted


@dataclass(slots=True)
class RawRow:
    """One data row; `line` is the row number the user sees (the header row is 1)."""

    line: int
    values: list[str]


@dataclass(slots=True)
class RawTable:
    """A file read as text cells, with cleaned unique headers and every row as wide as they are."""

    headers: list[str]
    rows: list[RawRow]
    kind: Kind
    encoding: str | None = None
    delimiter: str | None = None
    sheet_name: str | None = None
    warnings: list[str] = field(default_factory=list)  # in the language of the reading


def format_size(n: int) -> Text:
    """A byte count for a message: megabytes from 1 MB up, else bytes."""
    if n >= _MB:
        return megabytes(n)
    return Msg.translate("Import", "{count} byte(s)", None, n).format(count=number(n))
