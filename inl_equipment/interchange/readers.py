"""Read a CSV or XLSX file into a table of strings, refusing broken or hostile files.

Everything here is about bytes and cells; turning text into money, dates and
item fields is the job of `parsing` and `mapping`. This module picks the reader
by suffix and reads CSV; the pieces live in `raw_table` (results, limits,
`ReadError`), `text_decoding`, `table_building` and `xlsx_safety`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from inl_equipment.i18n import Msg
from inl_equipment.interchange.csv_quotes import QuoteWatch, RecordLines
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
    head = _head(path, limits)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path, head, limits, sheet)
    if suffix in CSV_SUFFIXES:
        if head.startswith(b"PK\x03\x04"):
            raise ReadError(
                Msg.translate(
                    "Import", "{name} is not text but an Excel workbook: rename it to .xlsx."
                ).format(name=path.name)
            )
        if head.startswith(OLE_MAGIC):
            raise ReadError(
                Msg.translate(
                    "Import", "{name} is an old Excel .xls workbook: save it as .xlsx or CSV."
                ).format(name=path.name)
            )
        return _read_csv(path, limits)
    if suffix == ".xls":
        raise ReadError(
            Msg.translate(
                "Import", "{name} is an old Excel 97-2003 file: open it in Excel, save as .xlsx."
            ).format(name=path.name)
        )
    if not suffix:
        raise ReadError(
            Msg.translate(
                "Import", "{name}: 'no extension' files cannot be imported; use .xlsx or .csv."
            ).format(name=path.name)
        )
    raise ReadError(
        Msg.translate(
            "Import", "{name}: '{suffix}' files cannot be imported; use .xlsx or .csv."
        ).format(name=path.name, suffix=suffix)
    )


def _head(path: Path, limits: ReadLimits) -> bytes:
    """The file's first bytes, after checking that it exists, opens and is not too large."""
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReadError(Msg.translate("Import", "{name} is not a file.").format(name=name))
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise ReadError(
            Msg.translate("Import", "{name} was not found.").format(name=name)
        ) from None
    except PermissionError:
        raise ReadError(
            Msg.translate(
                "Import", "{name} cannot be opened: close it in Excel and try again."
            ).format(name=name)
        ) from None
    except OSError as e:
        raise ReadError(
            Msg.translate("Import", "{name} cannot be opened ({reason}).").format(
                name=name, reason=e.strerror or e
            )
        ) from None
    if size == 0:
        raise ReadError(Msg.translate("Import", "{name} is empty.").format(name=name))
    if size > limits.max_file_bytes:
        raise ReadError(
            Msg.translate("Import", "{name} is too large ({size}; the limit is {limit}).").format(
                name=name, size=format_size(size), limit=format_size(limits.max_file_bytes)
            )
        )
    return head


def _read_csv(path: Path, limits: ReadLimits) -> RawTable:
    name = path.name
    text, encoding, warnings = decode_text(path.read_bytes(), name)
    if "\x00" in text:
        raise ReadError(
            Msg.translate("Import", "{name} is not a text file (it contains binary data).").format(
                name=name
            )
        )
    # Excel hides its "sep=;" hint line, so rows are counted after it.
    delimiter = None
    sep = re.match(r"\ufeff?sep=([,;\t|])[ \t]*(\r\n|\r|\n|$)", text[:12])
    if sep:
        delimiter, text = sep.group(1), text[sep.end() :]
    text = text.lstrip("\ufeff")
    delimiter = delimiter or sniff_delimiter(text)
    lines = RecordLines(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    watch = QuoteWatch(name, delimiter)

    def records() -> Iterator[tuple[int, list[str]]]:
        line = 0
        try:
            for line, record in enumerate(reader, start=1):
                # A stray quote is caught in the row it opens in, before rows are lost.
                watch.check(line, record, lines.current)
                lines.current = []
                yield line, record
            watch.finish()
        except csv.Error as e:
            if "field larger" in str(e):
                raise ReadError(
                    Msg.translate(
                        "Import",
                        "{name}, row {row}: a cell is far too long;"
                        ' a quote (") is probably never closed.',
                    ).format(name=name, row=line + 1)
                ) from None
            raise ReadError(
                Msg.translate(
                    "Import", "{name}, row {row}: the CSV is malformed ({reason})."
                ).format(name=name, row=line + 1, reason=e)
            ) from None

    headers, rows = build_table(records(), limits, name, warnings, quoted=True)
    return RawTable(headers, rows, "csv", encoding, delimiter, None, warnings)
