"""The handover register as an XLSX workbook or a CSV file (the caller makes them atomic).

Both hold one row a receipt with the same columns: receipt, date, kind, status,
the giving and receiving parties (short, full and Lao names), location, items,
value, the day and reason of a void, the reissue links. The workbook starts with
the title block (as of, prepared by, the period) and ends with the totals by kind
(issued receipts only) and the void count; a void receipt's row is struck through.
The CSV holds the rows alone, for other programs: UTF-8 with BOM, money as plain
decimals, ISO dates, formula-looking text with a leading apostrophe (`safe_cells`).
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from inl_equipment.formatting import local_time
from inl_equipment.i18n import translate
from inl_equipment.interchange.report_sheets import Cell, Sheet, workbook
from inl_equipment.interchange.safe_cells import neutralise
from inl_equipment.services.handover_register import HandoverRegister, RegisterEntry
from inl_equipment.services.vocabulary import handover_kind_label, handover_status_label

_WIDTHS = (14, 11, 11, 9, 14, 36, 30, 14, 36, 30, 30, 8, 14, 11, 40, 14, 14)


def headers() -> list[str]:
    """The columns of the register's rows, in the interface's language."""
    return [
        translate("ReportLabels", "Receipt"),
        translate("ReportLabels", "Date"),
        translate("ReportLabels", "Kind"),
        translate("ReportLabels", "Status"),
        translate("ReportLabels", "From (short name)"),
        translate("ReportLabels", "From (full name)"),
        translate("ReportLabels", "From (Lao name)"),
        translate("ReportLabels", "To (short name)"),
        translate("ReportLabels", "To (full name)"),
        translate("ReportLabels", "To (Lao name)"),
        translate("ReportLabels", "Location"),
        translate("ReportLabels", "Items"),
        translate("ReportLabels", "Value (USD)"),
        translate("ReportLabels", "Voided on"),
        translate("ReportLabels", "Void reason"),
        translate("ReportLabels", "Replaced by"),
        translate("ReportLabels", "Reissue of"),
    ]


def row_values(entry: RegisterEntry) -> list[Cell]:
    """One receipt's typed values, in `headers()` order."""
    voided = local_time(entry.voided_at)[:10] if entry.voided_at else ""
    return [
        entry.number,
        entry.date,
        handover_kind_label(entry.kind),
        handover_status_label(entry.status),
        entry.giver.short,
        entry.giver.full,
        entry.giver.lao,
        entry.taker.short,
        entry.taker.full,
        entry.taker.lao,
        entry.location,
        entry.items,
        entry.value,
        voided,
        entry.void_reason,
        entry.replaced_by,
        entry.reissue_of,
    ]


def write_handover_register_xlsx(register: HandoverRegister, path: Path) -> None:
    """Write the register to `path` as a workbook of one sheet."""
    meta = _meta_lines(register)
    with workbook(path, meta[0], register.operator, meta[2]) as book:
        sheet = Sheet(book, translate("ReportLabels", "Handover register"), _WIDTHS)
        sheet.title(meta)
        sheet.header(headers())
        for entry in register.entries:
            sheet.put(row_values(entry), "void" if entry.void else "")
        sheet.row += 1
        sheet.put(
            [
                translate("ReportLabels", "Kind"),
                translate("ReportLabels", "Receipts"),
                translate("ReportLabels", "Items"),
                translate("ReportLabels", "Value (USD)"),
            ],
            "head",
        )
        for k in register.by_kind:
            sheet.put([handover_kind_label(k.kind), k.receipts, k.items, k.value])
        total = translate("ReportLabels", "Total issued")
        sheet.put([total, register.receipts, register.items, register.value], "bold")
        void = translate("ReportLabels", "Void receipts (not counted above)")
        sheet.put([void, register.void_count], "bold")


def _meta_lines(register: HandoverRegister) -> list[str]:
    from inl_equipment.documents.handover_register_pdf import meta_of
    from inl_equipment.documents.report_pages import meta_lines

    return meta_lines(meta_of(register))


def write_handover_register_csv(register: HandoverRegister, path: Path) -> None:
    """Write the register's rows to `path` as CSV (UTF-8 with BOM, one header row)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers()])
        for entry in register.entries:
            writer.writerow(
                [
                    neutralise(v) if isinstance(v, str) else "" if v is None else _plain(v)
                    for v in row_values(entry)
                ]
            )


def _plain(value: Cell) -> str:
    """A number or date as CSV text: "1234.50", "3", "2024-05-01"."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)
