"""From rows of cells (CSV or sheet alike) to headers and rows: title rows, width, limits."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg, translate
from inl_equipment.interchange.raw_table import RawRow, ReadError, ReadLimits
from inl_equipment.interchange.text_decoding import repair_mojibake

Record = tuple[int, list[str]]  # (row number the user sees, cells)


class NoHeaderError(ReadError):
    """Only blank rows: fatal for a CSV, a reason to try the next sheet of a workbook."""


@dataclass(slots=True)
class _Body:
    """The data rows below the header, and what was noticed reading them."""

    rows: list[RawRow] = field(default_factory=list)
    width: int = 0
    wider: int = 0  # rows with cells right of the last titled column
    first_wider: list[int] = field(default_factory=list)
    repaired: int = 0  # cells whose mojibake was undone


def build_table(
    records: Iterable[Record],
    limits: ReadLimits,
    name: str,
    warnings: list[str],
    *,
    quoted: bool = False,
) -> tuple[list[str], list[RawRow]]:
    """Headers and rows from `(line, cells)` records; warnings are appended to `warnings`.

    `quoted`: the cells come from CSV text, where an overlong cell most likely means a
    quote that is never closed (the message says so).
    """
    it = (_clean(line, cells, limits, name, quoted) for line, cells in records)
    lookahead = list(islice((r for r in it if any(r[1])), 10))
    if not lookahead:
        raise NoHeaderError(
            Msg.translate("Import", "{name} has no data: it holds only blank rows.").format(
                name=name
            )
        )
    start = _header_index([cells for _, cells in lookahead])
    if start:
        skipped = Msg.translate(
            "Import", "Skipped %n title row(s) above the header (row {row}).", None, start
        )
        warnings.append(str(skipped.format(row=lookahead[start][0])))
    header_cells = lookahead[start][1]
    titled = len(header_cells)
    while titled and not header_cells[titled - 1]:
        titled -= 1
    body = _body(chain(lookahead[start + 1 :], it), titled, limits, name)
    for row in body.rows:
        row.values.extend([""] * (body.width - len(row.values)))
    headers = clean_headers(
        [repair_mojibake(h) for h in header_cells[:titled]] + [""] * (body.width - titled)
    )
    warnings.extend(_body_warnings(body))
    return headers, body.rows


def _clean(line: int, cells: list[str], limits: ReadLimits, name: str, quoted: bool) -> Record:
    """The cells stripped, after checking that none is longer than the limit."""
    cells = [c.strip() for c in cells]
    if any(len(c) > limits.max_cell_chars for c in cells):
        if quoted:
            message = Msg.translate(
                "Import",
                "{name}, row {row}: a cell is over {limit} characters;"
                ' a quote (") is probably never closed.',
            )
        else:
            message = Msg.translate(
                "Import", "{name}, row {row}: a cell is over {limit} characters."
            )
        raise ReadError(message.format(name=name, row=line, limit=number(limits.max_cell_chars)))
    return line, cells


def _body(records: Iterator[Record], titled: int, limits: ReadLimits, name: str) -> _Body:
    """The non-blank rows, their trailing blanks cut, within the row and cell limits."""
    body = _Body(width=titled)
    for line, cells in records:
        end = len(cells)
        while end and not cells[end - 1]:
            end -= 1
        if not end:
            continue
        if end > titled:
            body.wider, body.width = body.wider + 1, max(body.width, end)
            body.first_wider += [line] if len(body.first_wider) < 5 else []
        rows = len(body.rows)
        if rows >= limits.max_rows:
            raise ReadError(
                Msg.translate(
                    "Import", "{name} has more than {limit} rows; split it into parts."
                ).format(name=name, limit=number(limits.max_rows))
            )
        if body.width * (rows + 1) > limits.max_cells or body.width > limits.max_columns:
            raise ReadError(
                Msg.translate(
                    "Import", "{name} is too large: {columns} columns by {rows} rows."
                ).format(name=name, columns=body.width, rows=number(rows + 1))
            )
        values = [repair_mojibake(c) for c in cells[:end]]
        body.repaired += sum(1 for a, b in zip(values, cells, strict=False) if a is not b)
        body.rows.append(RawRow(line, values))
    return body


def _body_warnings(body: _Body) -> list[str]:
    # The counts are plain names: lupdate drops a message whose count is `body.wider`.
    warnings = []
    wider, repaired = body.wider, body.repaired
    if wider:
        shown = ", ".join(map(str, body.first_wider)) + (", ..." if wider > 5 else "")
        warnings.append(
            Msg.translate(
                "Import",
                "{count} row(s) have cells right of the last titled column (rows {rows});"
                " they are kept under 'Column N' headers.",
                None,
                wider,
            ).format(count=number(wider), rows=shown)
        )
    if repaired:
        warnings.append(
            Msg.translate(
                "Import",
                "Repaired {count} cell(s) garbled by an earlier conversion ('Ã©' for 'é').",
                None,
                repaired,
            ).format(count=number(repaired))
        )
    return [str(w) for w in warnings]


def _header_index(rows: list[list[str]]) -> int:
    # Title lines ("Equipment list FY2020") above the header fill a single cell each.
    counts = [sum(1 for c in r if c) for r in rows]
    needed = max(2, (max(counts) + 1) // 2)
    for i, n in enumerate(counts):
        if n >= needed or n > 1:
            return i if n >= needed else 0
    return 0


def clean_headers(cells: list[str]) -> list[str]:
    """Collapse spaces, name blank headers 'Column N', suffix repeats with ' (2)', ' (3)'."""
    seen: set[str] = set()
    out = []
    for i, cell in enumerate(cells, start=1):
        base = " ".join(cell.split()) or translate("Import", "Column {number}").format(number=i)
        header, n = base, 1
        while header.casefold() in seen:
            n += 1
            header = f"{base} ({n})"
        seen.add(header.casefold())
        out.append(header)
    return out
