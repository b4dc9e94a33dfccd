"""Read a CSV or XLSX file into a table of strings, refusing broken or hostile files.

Everything here is about bytes and cells; turning text into money, dates and
item fields is the job of `parsing` and `mapping`. This module picks the reader
by suffix and reads CSV; the pieces live in `raw_table` (results, limits,
`ReadError`), `text_decoding`, `table_building` and `xlsx_safety`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from inl_equipment.interchange.raw_table import (
    Kind,
    RawRow,
    RawTable,
    ReadError,
    ReadLimits,
    format_size,
)
from inl_equipment.interchange.table_building import build_table, clean_headers
from inl_equipment.interchange.text_decoding import decode_text, sniff_delimiter
from inl_equipment.interchange.xlsx_safety import OLE_MAGIC, cell_text, read_xlsx

# The names callers have always imported from here.
__all__ = [
    "CSV_SUFFIXES",
    "XLSX_SUFFIXES",
    "Kind",
    "RawRow",
    "RawTable",
    "ReadError",
    "ReadLimits",
    "cell_text",
    "clean_headers",
    "decode_text",
    "read_table",
    "sniff_delimiter",
]

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})


def read_table(
    path: Path,
    *,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 - frozen, so one shared default is safe
    sheet: str | None = None,
) -> RawTable:
    """Read `path` (.csv/.txt/.tsv or .xlsx/.xlsm); `sheet` picks a worksheet by name."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReadError(f"{name} is not a file.")
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise ReadError(f"{name} was not found.") from None
    except PermissionError:
        raise ReadError(f"{name} cannot be opened: close it in Excel and try again.") from None
    except OSError as e:
        raise ReadError(f"{name} cannot be opened ({e.strerror or e}).") from None
    if size == 0:
        raise ReadError(f"{name} is empty.")
    if size > limits.max_file_bytes:
        raise ReadError(
            f"{name} is too large ({format_size(size)}; "
            f"the limit is {format_size(limits.max_file_bytes)})."
        )
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path, head, limits, sheet)
    if suffix in CSV_SUFFIXES:
        if head.startswith(b"PK\x03\x04"):
            raise ReadError(f"{name} is not text but an Excel workbook: rename it to .xlsx.")
        if head.startswith(OLE_MAGIC):
            raise ReadError(f"{name} is an old Excel .xls workbook: save it as .xlsx or CSV.")
        return _read_csv(path, limits)
    if suffix == ".xls":
        raise ReadError(f"{name} is an old Excel 97-2003 file: open it in Excel, save as .xlsx.")
    raise ReadError(
        f"{name}: '{suffix or 'no extension'}' files cannot be imported; use .xlsx or .csv."
    )


def _read_csv(path: Path, limits: ReadLimits) -> RawTable:
    name = path.name
    text, encoding, warnings = decode_text(path.read_bytes(), name)
    if "\x00" in text:
        raise ReadError(f"{name} is not a text file (it contains binary data).")
    # Excel hides its "sep=;" hint line, so rows are counted after it.
    delimiter = None
    sep = re.match(r"\ufeff?sep=([,;\t|])[ \t]*(\r\n|\r|\n|$)", text[:12])
    if sep:
        delimiter, text = sep.group(1), text[sep.end() :]
    text = text.lstrip("\ufeff")
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)

    def records() -> Iterator[tuple[int, list[str]]]:
        line = 0
        try:
            for line, record in enumerate(reader, start=1):
                yield line, record
        except csv.Error as e:
            if "field larger" in str(e):
                raise ReadError(
                    f"{name}, row {line + 1}: a cell is far too long{_QUOTE}."
                ) from None
            raise ReadError(f"{name}, row {line + 1}: the CSV is malformed ({e}).") from None

    headers, rows = build_table(records(), limits, name, warnings, _QUOTE)
    return RawTable(headers, rows, "csv", encoding, delimiter, None, warnings)


_QUOTE = '; a quote (") is probably never closed'
