"""From rows of cells (CSV or sheet alike) to headers and rows: title rows, width, limits."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain, islice

from inl_equipment.interchange.raw_table import RawRow, ReadError, ReadLimits
from inl_equipment.interchange.text_decoding import repair_mojibake


class NoHeader(ReadError):
    """Only blank rows: fatal for a CSV, a reason to try the next sheet of a workbook."""


def build_table(
    records: Iterable[tuple[int, list[str]]],
    limits: ReadLimits,
    name: str,
    warnings: list[str],
    overflow_hint: str,
) -> tuple[list[str], list[RawRow]]:
    """Headers and rows from `(line, cells)` records; warnings are appended to `warnings`."""

    def clean(line: int, cells: list[str]) -> tuple[int, list[str]]:
        cells = [c.strip() for c in cells]
        if any(len(c) > limits.max_cell_chars for c in cells):
            raise ReadError(
                f"{name}, row {line}: a cell is over {limits.max_cell_chars:,} characters"
                f"{overflow_hint}."
            )
        return line, cells

    it = (clean(line, cells) for line, cells in records)
    lookahead = list(islice((r for r in it if any(r[1])), 10))
    if not lookahead:
        raise NoHeader(f"{name} has no data: it holds only blank rows.")
    start = _header_index([cells for _, cells in lookahead])
    if start:
        warnings.append(
            f"Skipped {start} title row(s) above the header (row {lookahead[start][0]})."
        )
    header_cells = lookahead[start][1]
    titled = len(header_cells)
    while titled and not header_cells[titled - 1]:
        titled -= 1
    width, wider, repaired = titled, 0, 0
    first_wider: list[int] = []
    rows: list[RawRow] = []
    for line, cells in chain(lookahead[start + 1 :], it):
        end = len(cells)
        while end and not cells[end - 1]:
            end -= 1
        if not end:
            continue
        if end > titled:
            wider, width = wider + 1, max(width, end)
            first_wider += [line] if len(first_wider) < 5 else []
        if len(rows) >= limits.max_rows:
            raise ReadError(f"{name} has more than {limits.max_rows:,} rows; split it into parts.")
        if width * (len(rows) + 1) > limits.max_cells or width > limits.max_columns:
            raise ReadError(f"{name} is too large: {width} columns by {len(rows) + 1:,} rows.")
        values = [repair_mojibake(c) for c in cells[:end]]
        repaired += sum(1 for a, b in zip(values, cells, strict=False) if a is not b)
        rows.append(RawRow(line, values))
    for row in rows:
        row.values.extend([""] * (width - len(row.values)))
    headers = clean_headers(
        [repair_mojibake(h) for h in header_cells[:titled]] + [""] * (width - titled)
    )
    if wider:
        shown = ", ".join(map(str, first_wider)) + (", ..." if wider > 5 else "")
        warnings.append(
            f"{wider} row(s) have cells right of the last titled column (rows {shown}); "
            "they are kept under 'Column N' headers."
        )
    if repaired:
        warnings.append(
            f"Repaired {repaired} cell(s) garbled by an earlier conversion ('Ã©' for 'é')."
        )
    return headers, rows


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
        base = " ".join(cell.split()) or f"Column {i}"
        header, n = base, 1
        while header.casefold() in seen:
            n += 1
            header = f"{base} ({n})"
        seen.add(header.casefold())
        out.append(header)
    return out
