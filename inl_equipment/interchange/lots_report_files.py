"""The expiring and used lots report written to a file: PDF or XLSX by its extension.

The workbook has two sheets: "Lots by expiry" (the band of each kit, its expiry
date as a date cell, quantity as a number) and "Uses" (the consumption records
of the period). Cells that Excel could run as a formula are written as text.
Either file is written whole or not at all (`atomic_files`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from inl_equipment.documents.lots_report_data import BANDS, LotsReportData
from inl_equipment.i18n import Msg, translate
from inl_equipment.interchange.atomic_files import atomic_output
from inl_equipment.interchange.safe_cells import is_dangerous

FORMATS = ("pdf", "xlsx")
#: Excel's most characters in a cell.
_CELL_MAX = 32_767
Cell = str | int | date | None


class LotsReportFormatError(ValueError):
    """The file's extension names no format of the report (its message is a `Msg`)."""


def report_format(path: str | Path) -> str:
    """ "pdf" or "xlsx" from `path`'s extension (`LotsReportFormatError` otherwise)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise LotsReportFormatError(
            Msg.translate(
                "LotsReport", "unknown file extension '{suffix}': use .pdf or .xlsx"
            ).format(suffix=f".{suffix}" if suffix else "")
        )
    return suffix


def write_lots_report(data: LotsReportData, path: str | Path) -> Path:
    """Write the report to `path` (PDF or XLSX by its extension); the file written."""
    fmt = report_format(path)
    from inl_equipment.interchange.exporters import check_target

    target = check_target(path)
    with atomic_output(target) as tmp:
        if fmt == "pdf":
            from inl_equipment.documents.lots_report_pdf import build_lots_report_pdf

            build_lots_report_pdf(data, tmp)
        else:
            write_lots_report_xlsx(data, tmp)
    return target


def _put(ws: Any, row: int, values: Sequence[Cell], formats: dict[str, Any], head: bool) -> None:
    for c, value in enumerate(values):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            text = value if len(value) <= _CELL_MAX else value[: _CELL_MAX - 1] + "…"
            style = formats["head"] if head else (formats["quoted"] if is_dangerous(text) else None)
            ws.write_string(row, c, text, style)
        elif isinstance(value, int):
            ws.write_number(row, c, value)
        else:
            ws.write_datetime(row, c, value, formats["date"])


def _sheet(
    book: Any, name: str, widths: Sequence[float], header: Sequence[str], rows: list[list[Cell]]
) -> None:
    ws = book.add_worksheet(name)
    formats = {
        "head": book.add_format({"bold": True, "bottom": 1, "bg_color": "#DDE4EC"}),
        "quoted": book.add_format({"quote_prefix": True}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
    }
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    _put(ws, 0, header, formats, True)
    ws.freeze_panes(1, 0)
    for n, values in enumerate(rows, 1):
        _put(ws, n, values, formats, False)


def _lot_rows(data: LotsReportData) -> list[list[Cell]]:
    titles = {key: Msg("LotsReport", words).render() for key, words in BANDS}
    return [
        [
            titles[x.band],
            x.expiry_date,
            x.asset_tag,
            x.description,
            x.description_lo,
            x.lot_number,
            x.quantity,
            x.unit,
            x.holder,
            x.location,
        ]
        for x in data.lots
    ]


def write_lots_report_xlsx(data: LotsReportData, path: Path) -> None:
    """Write the workbook to `path` (the caller makes the write atomic)."""
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    try:
        lots_header = [
            translate("LotsReport", "Band"),
            translate("LotsReport", "Expires"),
            translate("LotsReport", "Asset tag"),
            translate("LotsReport", "Description"),
            translate("LotsReport", "Description (Lao)"),
            translate("LotsReport", "Lot"),
            translate("LotsReport", "Quantity"),
            translate("LotsReport", "Unit"),
            translate("LotsReport", "Holder"),
            translate("LotsReport", "Location"),
        ]
        widths = [22, 12, 16, 40, 40, 14, 10, 10, 24, 30]
        sheet = translate("LotsReport", "Lots by expiry")
        _sheet(book, sheet, widths, lots_header, _lot_rows(data))
        uses_header = [
            translate("LotsReport", "Date"),
            translate("LotsReport", "Asset tag"),
            translate("LotsReport", "Description"),
            translate("LotsReport", "Lot"),
            translate("LotsReport", "Quantity"),
            translate("LotsReport", "Unit"),
            translate("LotsReport", "Reference"),
            translate("LotsReport", "Remark"),
            translate("LotsReport", "Recorded by"),
        ]
        rows: list[list[Cell]] = [
            [
                *(u.when, u.asset_tag, u.description, u.lot_number, u.quantity, u.unit),
                *(u.reference, u.remark, u.operator),
            ]
            for u in data.uses
        ]
        widths = [12, 16, 40, 14, 10, 10, 24, 40, 20]
        _sheet(book, translate("LotsReport", "Uses"), widths, uses_header, rows)
    finally:
        book.close()
