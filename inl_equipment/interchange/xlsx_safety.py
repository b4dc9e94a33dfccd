"""Read an .xlsx safely: zip-bomb and sheet-size checks first, then openpyxl, read-only.

The zip directory, each sheet's declared dimension and then what the sheets
and shared texts really hold (`xlsx_scan`, streamed) are checked before
openpyxl builds anything, so a hostile workbook is refused cheaply.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils.escape import unescape

from inl_equipment.formatting import number
from inl_equipment.i18n import Msg, translate
from inl_equipment.interchange.raw_table import (
    RawRow,
    RawTable,
    ReadError,
    ReadLimits,
    format_size,
)
from inl_equipment.interchange.table_building import NoHeaderError, build_table
from inl_equipment.interchange.xlsx_scan import scan_workbook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and also password-protected .xlsx


def read_xlsx(path: Path, head: bytes, limits: ReadLimits, sheet: str | None) -> RawTable:
    """Read the first visible sheet with data (or `sheet`); `head` is the file's first bytes."""
    import openpyxl

    name = path.name
    # openpyxl parses untrusted XML safely only through defusedxml.
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ReadError(
            Msg.translate(
                "Import", "Excel files cannot be read safely: the defusedxml package is missing."
            )
        )
    if head.startswith(OLE_MAGIC):
        raise ReadError(
            Msg.translate(
                "Import", "{name} is an Excel 97-2003 or password-protected file: save it as .xlsx."
            ).format(name=name)
        )
    inspect_zip(path, limits)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises anything from KeyError to XML errors
        raise ReadError(
            Msg.translate("Import", "{name} is not a readable Excel workbook ({reason}).").format(
                name=name, reason=type(e).__name__
            )
        ) from None
    try:
        return _read_workbook(wb, limits, name, sheet)
    except ReadError:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged part fails anywhere inside openpyxl
        raise ReadError(
            Msg.translate("Import", "{name} is damaged and cannot be read ({reason}).").format(
                name=name, reason=type(e).__name__
            )
        ) from None
    finally:
        wb.close()  # read-only mode keeps the file open (and locked, on Windows)


def _read_workbook(wb: Any, limits: ReadLimits, name: str, sheet: str | None) -> RawTable:
    """The first sheet of `wb` with data, the active one first (or `sheet`)."""
    sheets = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise ReadError(
                Msg.translate("Import", "{name} has no sheet named '{sheet}'.").format(
                    name=name, sheet=sheet
                )
            )
        sheets = [wb[sheet]]
    elif wb.active in sheets:  # the sheet the officer last looked at comes first
        sheets.remove(wb.active)
        sheets.insert(0, wb.active)
    warnings: list[str] = []
    for ws in sheets:
        try:
            headers, rows = _read_sheet(ws, limits, name, warnings)
        except NoHeaderError:
            warnings.append(
                translate("Import", "Sheet '{sheet}' is empty and was passed over.").format(
                    sheet=ws.title
                )
            )
            continue
        others = [s for s in wb.sheetnames if s != ws.title]
        if others:
            read = translate("Import", "Read sheet '{sheet}'; not read: {others}.")
            warnings.insert(0, read.format(sheet=ws.title, others=", ".join(others)))
        return RawTable(headers, rows, "xlsx", None, None, ws.title, warnings)
    raise ReadError(
        Msg.translate("Import", "{name} has no data: its sheets are empty.").format(name=name)
    )


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
                raise ReadError(
                    Msg.translate("Import", "{name}, row {row}: more than {limit} columns.").format(
                        name=name, row=line, limit=number(limits.max_columns)
                    )
                )
            yield line, [cell_text(v) for v in row[:end]]

    return build_table(records(), limits, name, warnings)


def inspect_zip(path: Path, limits: ReadLimits) -> None:
    """Refuse, in bounded time and memory, a workbook whose zip is beyond `limits`."""
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise ReadError(
            Msg.translate("Import", "{name} is not a valid Excel .xlsx workbook.").format(name=name)
        ) from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
            raise ReadError(
                Msg.translate(
                    "Import", "{name} is a zip archive, not an Excel .xlsx workbook."
                ).format(name=name)
            )
        _check_members(infos, limits, name)
        for info in infos:
            if re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename):
                with zf.open(info) as member:
                    _check_dimension(member.read(65_536).decode("utf-8", "replace"), limits, name)
        # What the declarations hide: the real counts of cells, shared texts and text.
        scan_workbook(zf, limits, name)


def _check_members(infos: list[zipfile.ZipInfo], limits: ReadLimits, name: str) -> None:
    """Refuse a zip with too many parts, too much to unpack, encryption or a zip bomb."""
    if len(infos) > limits.max_zip_members:
        raise ReadError(
            Msg.translate(
                "Import", "{name} holds {count} parts; it is not a normal workbook."
            ).format(name=name, count=number(len(infos)))
        )
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_bytes:
        raise ReadError(
            Msg.translate("Import", "{name} would unpack to {size} (limit {limit}).").format(
                name=name, size=format_size(total), limit=format_size(limits.max_uncompressed_bytes)
            )
        )
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReadError(Msg.translate("Import", "{name} is encrypted.").format(name=name))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= limits.ratio_check_min_bytes and ratio > limits.max_compression_ratio:
            raise ReadError(
                Msg.translate(
                    "Import", "{name} was refused: a part inflates {ratio} times (zip bomb)."
                ).format(name=name, ratio=number(round(ratio)))
            )


def _check_dimension(xml_head: str, limits: ReadLimits, name: str) -> None:
    m = re.search(r"<(?:\w+:)?dimension\s+ref\s*=\s*[\"']([^\"']+)[\"']", xml_head)
    if not m:
        return
    cols = rows = 1
    for ref in m.group(1).upper().split(":"):
        cm = re.fullmatch(r"\s*\$?([A-Z]{1,10})\$?(\d{1,12})\s*", ref)
        if cm is None:
            raise ReadError(
                Msg.translate("Import", "{name} declares an invalid sheet size ('{size}').").format(
                    name=name, size=m.group(1)[:40]
                )
            )
        col = 0
        for ch in cm.group(1):
            col = col * 26 + ord(ch) - 64
        cols, rows = max(cols, col), max(rows, int(cm.group(2)))
    too_many = cols * rows > limits.max_declared_cells
    if cols > limits.max_declared_columns or rows > limits.max_declared_rows or too_many:
        raise ReadError(
            Msg.translate(
                "Import",
                "{name} declares {columns} columns by {rows} rows; it is not a normal sheet.",
            ).format(name=name, columns=number(cols), rows=number(rows))
        )


def cell_text(value: object) -> str:
    """An Excel cell value as the text an officer expects to see (no float artefacts)."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Excel stores control characters (CR, tab…) as _x000D_-style escapes
        # that openpyxl's read-only reader leaves as they are.
        return unescape(value).strip() if "_x" in value else value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return _moment_text(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value).strip()


def _float_text(value: float) -> str:
    if not math.isfinite(value):
        return ""
    if abs(value) >= 1e15:
        # Beyond 15 digits a double has no true digits left: show it as
        # Excel does (3.01043E+13 style), so a mangled serial is flagged.
        return f"{value:.15G}"
    if value.is_integer():
        return str(int(value))
    # 15 significant digits is what Excel itself shows; never scientific notation.
    return format(Decimal(f"{value:.15g}"), "f")


def _moment_text(value: dt.datetime | dt.date | dt.time) -> str:
    """ISO text: a date alone when a date-time has no time of day; times to the second."""
    if isinstance(value, dt.datetime):
        value = (value + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.replace(microsecond=0).isoformat()
