"""Catch a quote that is never closed before it swallows the rest of a CSV file.

In CSV a cell that starts with `"` runs to the next `"`, across line ends. One
stray quote ("12\" monitor" typed as `"12 monitor`) therefore turns the rows
below it into a single cell, and the import would quietly have fewer items with
one giant description. A legitimate quoted cell may hold a few lines (an
address, a note); the rows a stray quote swallows look like rows. So a cell is
taken to be a quote left open when

- the file ends inside it;
- lines inside it look like rows of the table: they hold (nearly) as many
  separators as the table has columns (one such line in a table of four or more
  columns, two in one of three, three in one of two);
- it runs over more than `MAX_CELL_LINES` lines; or
- it is far longer than any one-line row before it (`LONG_FACTOR` times, and
  at least `LONG_MIN_CHARS` characters).

The error names the row where the quote opened and the text it opened on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg
from inl_equipment.interchange.raw_table import ReadError

#: A quoted cell over more lines than this is not a note typed into a cell.
MAX_CELL_LINES = 30
#: ... nor one this many times longer than the longest one-line row so far.
LONG_FACTOR = 20
LONG_MIN_CHARS = 4_000
# Never part of a CSV file (text with NUL is refused before it is parsed).
_SENTINEL = "\x00end\x00"


class RecordLines:
    """The lines of a text fed to `csv.reader`, remembering those of the record being read."""

    def __init__(self, text: str) -> None:
        """Lines of `text`, split where `csv` splits them (CR, LF or CRLF, endings kept)."""
        self._lines = iter(io.StringIO(text, newline=""))
        self.current: list[str] = []

    def __iter__(self) -> Iterator[str]:
        """The lines themselves."""
        return self

    def __next__(self) -> str:
        """The next line, noted as part of the record being read."""
        line = next(self._lines)
        self.current.append(line)
        return line


class QuoteWatch:
    """Checks each CSV record for a quoted cell that a missing quote left open."""

    def __init__(self, name: str, delimiter: str) -> None:
        """Watch the records of the file `name`, read with `delimiter`."""
        self.name = name
        self.delimiter = delimiter
        self.width = 0  # columns of the first one-line record with two cells or more
        self.longest = 0  # the longest one-line record so far, in characters
        self._last: tuple[int, list[str], list[str]] | None = None

    def check(self, row: int, record: list[str], lines: list[str]) -> None:
        """Raise `ReadError` when `record` (row `row`, read from `lines`) holds an open quote."""
        self._last = (row, record, lines)
        if len(lines) <= 1:
            size = len(lines[0]) if lines else 0
            self.longest = max(self.longest, size)
            if not self.width and sum(1 for c in record if c.strip()) >= 2:
                self.width = len(record)
            return
        if self._swallows_rows(lines):
            if _ends_inside_quotes(lines, self.delimiter):
                raise self._never_closed(row, record)
            raise ReadError(
                Msg.translate(
                    "Import",
                    "{name}, row {row}: the quote (\") before '{start}' runs over {lines} lines"
                    " and takes in the rows below it; a closing quote is probably missing."
                    " Close or remove it and import again.",
                ).format(name=self.name, row=row, start=_start(record), lines=number(len(lines)))
            )

    def _swallows_rows(self, lines: list[str]) -> bool:
        """Whether a record read from several lines looks like rows run together."""
        width = self.width or lines[0].count(self.delimiter) + 1
        needed = 1 if width >= 4 else 2 if width == 3 else 3
        separators = max(1, width - 1)
        row_like = sum(1 for line in lines[1:] if line.count(self.delimiter) >= separators)
        size = sum(map(len, lines))
        too_long = self.longest > 0 and size > max(LONG_MIN_CHARS, LONG_FACTOR * self.longest)
        return (
            row_like >= needed
            or len(lines) > MAX_CELL_LINES
            or too_long
            or not _well_quoted(lines, self.delimiter)
        )

    def finish(self) -> None:
        """Raise `ReadError` when the file ended inside a quoted cell."""
        if self._last is None:
            return
        row, record, lines = self._last
        if _ends_inside_quotes(lines, self.delimiter):
            raise self._never_closed(row, record)

    def _never_closed(self, row: int, record: list[str]) -> ReadError:
        return ReadError(
            Msg.translate(
                "Import",
                "{name}, row {row}: the quote (\") before '{start}' is never closed."
                " Close or remove it and import again.",
            ).format(name=self.name, row=row, start=_start(record))
        )


def _well_quoted(lines: list[str], delimiter: str) -> bool:
    """Whether every closing quote of the record is followed by a separator or the line end.

    A stray quote pairs with the opening quote of a later cell, and the text of that
    cell then follows a "closing" quote: `"Ban Sisavath` read as `"` + `Ban Sisavath`.
    """
    try:
        for _ in csv.reader(
            io.StringIO("".join(lines), newline=""), delimiter=delimiter, strict=True
        ):
            pass
    except csv.Error:
        return False
    return True


def _ends_inside_quotes(lines: list[str], delimiter: str) -> bool:
    """Whether the text of one record stops inside a quoted cell.

    Text added after a line end joins the last cell only if that cell is still open.
    """
    probe = "".join(lines) + "\n" + _SENTINEL
    records = list(csv.reader(io.StringIO(probe, newline=""), delimiter=delimiter, strict=False))
    return bool(records and records[0] and records[0][-1].endswith(_SENTINEL))


def _start(record: list[str]) -> str:
    """The first words of the cell where the quote opened (the first with a line break)."""
    cell = next((c for c in record if "\n" in c or "\r" in c), record[-1] if record else "")
    first = " ".join(cell.strip().splitlines()[0].split()) if cell.strip() else ""
    return first[:30] + ("…" if len(first) > 30 else "")
