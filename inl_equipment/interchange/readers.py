"""Read a CSV or XLSX file into a table of strings, refusing broken or hostile files.

Everything here is about bytes and cells; turning text into money, dates and
item fields is the job of `parsing` and `mapping`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any, Literal

Kind = Literal["csv", "xlsx"]

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also password-protected .xlsx
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CODEC_NAMES = {"cp1252": "Windows-1252 (Western)", "mac_roman": "Mac Roman (old Mac Excel)"}
_MB = 1024 * 1024


class ReadError(Exception):
    """A file that cannot be imported; the message is one line, shown to the user as is."""


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
    warnings: list[str] = field(default_factory=list)


def read_table(
    path: Path, *, limits: ReadLimits = ReadLimits(), sheet: str | None = None
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
            f"{name} is too large ({_mb(size)}; the limit is {_mb(limits.max_file_bytes)})."
        )
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, head, limits, sheet)
    if suffix in CSV_SUFFIXES:
        if head.startswith(b"PK\x03\x04"):
            raise ReadError(f"{name} is not text but an Excel workbook: rename it to .xlsx.")
        if head.startswith(_OLE_MAGIC):
            raise ReadError(f"{name} is an old Excel .xls workbook: save it as .xlsx or CSV.")
        return _read_csv(path, limits)
    if suffix == ".xls":
        raise ReadError(f"{name} is an old Excel 97-2003 file: open it in Excel, save as .xlsx.")
    raise ReadError(
        f"{name}: '{suffix or 'no extension'}' files cannot be imported; use .xlsx or .csv."
    )


def _mb(n: int) -> str:
    return f"{n / _MB:,.0f} MB" if n >= _MB else f"{n:,} bytes"


# ---------------------------------------------------------------------------- CSV


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

    headers, rows = _build_table(records(), limits, name, warnings, _QUOTE)
    return RawTable(headers, rows, "csv", encoding, delimiter, None, warnings)


_QUOTE = '; a quote (") is probably never closed'


def decode_text(data: bytes, name: str = "The file") -> tuple[str, str, list[str]]:
    """Decode CSV bytes; return the text, the codec used and warnings for the user."""
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), None)
    warnings: list[str] = []
    if codec is None:
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
        codec = _bomless_utf16(data)
    if codec is None:
        if b"\x00" in data:
            raise ReadError(f"{name} is not a text file (it contains binary data).")
        codec = _guess_legacy(data)
        warnings.append(
            f"{name} is not UTF-8 and was read as {_CODEC_NAMES.get(codec, codec)}; "
            "if letters look wrong, save it as 'CSV UTF-8' and import again."
        )
    try:
        return data.decode(codec), codec, warnings
    except UnicodeDecodeError:
        warnings.append("Some characters could not be read; they show as '\ufffd'.")
        return data.decode(codec, errors="replace"), codec, warnings


def _bomless_utf16(data: bytes) -> str | None:
    # Mostly-ASCII UTF-16 has a NUL in every other byte.
    sample = data[: 4096 - len(data) % 2]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.6 * half > 6 * even:
        return "utf-16-le"
    return "utf-16-be" if even > 0.6 * half > 6 * odd else None


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    sample = data[: 256 * 1024]
    # Excel for Mac's "CSV (Macintosh)" ends lines with a bare CR and writes Mac Roman.
    cr_only = b"\r" in sample and b"\n" not in sample
    preferred = ("mac_roman", "cp1252") if cr_only else ("cp1252",)
    scored = []
    for rank, codec in enumerate(preferred):
        try:
            scored.append((mess_ratio(sample[:65_536].decode(codec), 1.0), rank, codec))
        except UnicodeDecodeError:
            continue
    best = from_bytes(sample).best()
    if scored:
        chaos, _, codec = min(scored)
        # charset-normalizer cannot tell Western code pages apart on short text; only a
        # clearly better reading (Cyrillic, Thai, ...) overrides the Windows default.
        if cr_only or best is None or chaos <= best.chaos + 0.1:
            return codec
    return best.encoding if best is not None else "cp1252"


def sniff_delimiter(text: str) -> str:
    """Pick `,`, `;` or tab: the one giving the most rows of one consistent width > 1."""
    sample = text[:65_536]
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in (",", ";", "\t"):
        try:
            rows = list(
                islice(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), 51)
            )
        except csv.Error:
            continue
        if len(text) > len(sample) and len(rows) > 1:
            rows.pop()  # may be cut mid-record
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if widths:
            width, count = Counter(widths).most_common(1)[0]
            score = (width > 1, round(count / len(widths), 2), width)
            if score > best_score:
                best, best_score = delimiter, score
    return best if best_score[0] else ","  # one column: any separator will do


# --------------------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, head: bytes, limits: ReadLimits, sheet: str | None) -> RawTable:
    import openpyxl

    name = path.name
    # openpyxl parses untrusted XML safely only through defusedxml.
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ReadError("Excel files cannot be read safely: the defusedxml package is missing.")
    if head.startswith(_OLE_MAGIC):
        raise ReadError(f"{name} is an Excel 97-2003 or password-protected file: save it as .xlsx.")
    _inspect_zip(path, limits)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises anything from KeyError to XML errors
        raise ReadError(f"{name} is not a readable Excel workbook ({type(e).__name__}).") from None
    try:
        sheets = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise ReadError(f"{name} has no sheet named '{sheet}'.")
            sheets = [wb[sheet]]
        elif wb.active in sheets:  # the sheet the officer last looked at comes first
            sheets.remove(wb.active)
            sheets.insert(0, wb.active)
        warnings: list[str] = []
        for ws in sheets:
            try:
                headers, rows = _read_sheet(ws, limits, name, warnings)
            except _NoHeader:
                warnings.append(f"Sheet '{ws.title}' is empty and was passed over.")
                continue
            others = [s for s in wb.sheetnames if s != ws.title]
            if others:
                warnings.insert(0, f"Read sheet '{ws.title}'; not read: {', '.join(others)}.")
            return RawTable(headers, rows, "xlsx", None, None, ws.title, warnings)
        raise ReadError(f"{name} has no data: its sheets are empty.")
    except ReadError:
        raise
    except Exception as e:
        raise ReadError(f"{name} is damaged and cannot be read ({type(e).__name__}).") from None
    finally:
        wb.close()  # read-only mode keeps the file open (and locked, on Windows)


def _read_sheet(
    ws: Any, limits: ReadLimits, name: str, warnings: list[str]
) -> tuple[list[str], list[RawRow]]:
    ws.reset_dimensions()  # else every row is padded to the width the sheet declares

    def records() -> Iterator[tuple[int, list[str]]]:
        for line, row in enumerate(ws.iter_rows(values_only=True), start=1):
            end = len(row)
            while end and (row[end - 1] is None or row[end - 1] == ""):
                end -= 1
            if end > limits.max_columns:
                raise ReadError(f"{name}, row {line}: more than {limits.max_columns} columns.")
            yield line, [cell_text(v) for v in row[:end]]

    return _build_table(records(), limits, name, warnings, "")


def _inspect_zip(path: Path, limits: ReadLimits) -> None:
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise ReadError(f"{name} is not a valid Excel .xlsx workbook.") from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
            raise ReadError(f"{name} is a zip archive, not an Excel .xlsx workbook.")
        if len(infos) > limits.max_zip_members:
            raise ReadError(f"{name} holds {len(infos):,} parts; it is not a normal workbook.")
        total = sum(i.file_size for i in infos)
        if total > limits.max_uncompressed_bytes:
            raise ReadError(
                f"{name} would unpack to {_mb(total)} (limit {_mb(limits.max_uncompressed_bytes)})."
            )
        for info in infos:
            if info.flag_bits & 0x1:
                raise ReadError(f"{name} is encrypted.")
            ratio = info.file_size / max(info.compress_size, 1)
            if (
                info.file_size >= limits.ratio_check_min_bytes
                and ratio > limits.max_compression_ratio
            ):
                raise ReadError(
                    f"{name} was refused: a part inflates {ratio:,.0f} times (zip bomb)."
                )
        for info in infos:
            if re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename):
                with zf.open(info) as member:
                    _check_dimension(member.read(65_536).decode("utf-8", "replace"), limits, name)


def _check_dimension(xml_head: str, limits: ReadLimits, name: str) -> None:
    m = re.search(r"<(?:\w+:)?dimension\s+ref\s*=\s*[\"']([^\"']+)[\"']", xml_head)
    if not m:
        return
    cols = rows = 1
    for ref in m.group(1).upper().split(":"):
        cm = re.fullmatch(r"\s*\$?([A-Z]{1,10})\$?(\d{1,12})\s*", ref)
        if cm is None:
            raise ReadError(f"{name} declares an invalid sheet size ('{m.group(1)[:40]}').")
        col = 0
        for ch in cm.group(1):
            col = col * 26 + ord(ch) - 64
        cols, rows = max(cols, col), max(rows, int(cm.group(2)))
    too_many = cols * rows > limits.max_declared_cells
    if cols > limits.max_declared_columns or rows > limits.max_declared_rows or too_many:
        raise ReadError(
            f"{name} declares {cols:,} columns by {rows:,} rows; it is not a normal sheet."
        )


def cell_text(value: object) -> str:
    """An Excel cell value as the text an officer expects to see (no float artefacts)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return str(int(value))
        # 15 significant digits is what Excel itself shows; never scientific notation.
        return format(Decimal(f"{value:.15g}"), "f")
    if isinstance(value, dt.datetime):
        value = (value + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value).strip()


# ------------------------------------------------------------------- shared table


class _NoHeader(ReadError):
    """Only blank rows: fatal for a CSV, a reason to try the next sheet of a workbook."""


# UTF-8 text once read as Windows-1252 and saved again: "Ã©" for "é", "â€™" for "’".
_CONTINUATION = bytes(b for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION.decode("cp1252")) + "]")


def _repair_mojibake(s: str) -> str:
    if s.isascii() or not _MOJIBAKE.search(s):
        return s
    try:
        return s.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return s


def _build_table(
    records: Iterable[tuple[int, list[str]]],
    limits: ReadLimits,
    name: str,
    warnings: list[str],
    overflow_hint: str,
) -> tuple[list[str], list[RawRow]]:
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
        raise _NoHeader(f"{name} has no data: it holds only blank rows.")
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
        values = [_repair_mojibake(c) for c in cells[:end]]
        repaired += sum(1 for a, b in zip(values, cells, strict=False) if a is not b)
        rows.append(RawRow(line, values))
    for row in rows:
        row.values.extend([""] * (width - len(row.values)))
    headers = clean_headers(
        [_repair_mojibake(h) for h in header_cells[:titled]] + [""] * (width - titled)
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
