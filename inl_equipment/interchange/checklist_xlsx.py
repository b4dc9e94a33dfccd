"""The field checklist as an Excel workbook, to fill at a site without the app.

One row per expected item, then blank rows for items found but not listed
(filled in by asset tag or serial number). *Result*, *Condition* and *Used for
intended purpose* offer a drop-down list (a data validation) of the allowed
words in English and Lao; *Remarks* is free text. The checklist's identity goes
on a very hidden, protected sheet that the import trusts (`checklist_layout`).

Every text is a typed string cell (never a formula); text that looks like one
is also marked "quote prefix", as in `xlsx_export`. Reading a filled sheet back
and turning it into an inspection is `checklist_read` and `checklist_plan`,
re-exported here.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from inl_equipment.db.models import Condition
from inl_equipment.db.monitoring import IntendedUse
from inl_equipment.documents.checklist_data import ChecklistData
from inl_equipment.documents.checklist_style import CHECKLIST_LABELS as L
from inl_equipment.documents.checklist_style import joined
from inl_equipment.documents.long_text import clip, continued
from inl_equipment.interchange import checklist_layout as lay
from inl_equipment.interchange.checklist_plan import ChecklistPlan, PlanRow, plan_inspection
from inl_equipment.interchange.checklist_read import (
    ChecklistReadError,
    FilledChecklist,
    FilledRow,
    read_filled_checklist,
)
from inl_equipment.interchange.safe_cells import DANGEROUS_FIRST

__all__ = [
    "ChecklistPlan",
    "ChecklistReadError",
    "FilledChecklist",
    "FilledRow",
    "PlanRow",
    "plan_inspection",
    "read_filled_checklist",
    "write_checklist_xlsx",
]

#: Longest text written in a cell (Excel holds 32,767 characters); the rest is in the register.
CELL_CHARS = 32_000
_WIDTHS = (5, 18, 18, 36, 24, 11, 16, 18, 14, 14, 36)


class _Cells:
    """Typed string cells, quote-prefixed where a spreadsheet could take them for a formula."""

    def __init__(self, workbook: Any) -> None:
        """Formats from `workbook`."""
        self.quoted = workbook.add_format({"quote_prefix": True})
        self.fill = workbook.add_format(
            {"bg_color": "#FFF8DC", "border": 1, "border_color": "#B0B8C0"}
        )

    def text(self, ws: Any, row: int, col: int, value: str, fmt: Any = None) -> None:
        """Write `value` as text (a formula-looking one marked as such, one too long cut)."""
        value = clip(value, CELL_CHARS, CELL_CHARS, continued())
        if value and value[0] in DANGEROUS_FIRST:
            fmt = self.quoted
        ws.write_string(row, col, value, fmt)


def _lists(workbook: Any, data: ChecklistData) -> dict[int, str]:
    """The hidden sheet of drop-down words; column -> its range for a validation."""
    ws = workbook.add_worksheet(lay.LISTS_SHEET)
    results = lay.choice_words([(r.english, r.lao) for r in data.results])
    conditions = lay.choice_words([lay.condition_words(c.value) for c in Condition])
    uses = lay.choice_words([lay.use_words(u.value) for u in IntendedUse])
    out = {}
    for col, (target, words) in enumerate(
        ((lay.RESULT, results), (lay.CONDITION, conditions), (lay.USE, uses))
    ):
        for row, word in enumerate(words):
            ws.write_string(row, col, word)
        first = xl_rowcol_to_cell(0, col, row_abs=True, col_abs=True)
        last = xl_rowcol_to_cell(len(words) - 1, col, row_abs=True, col_abs=True)
        out[target] = f"={lay.LISTS_SHEET}!{first}:{last}"
    ws.hide()
    return out


def _identity(workbook: Any, data: ChecklistData) -> None:
    ws = workbook.add_worksheet(lay.IDENTITY_SHEET)
    rows: list[tuple[str, str]] = [
        ("key", "value"),
        (lay.KEY_FORMAT, lay.FORMAT),
        (lay.KEY_ID, data.checklist_id),
        (lay.KEY_SITE, str(data.location_id)),
        (lay.KEY_SITE_NAME, data.site_en),
        (lay.KEY_ISSUED, data.issued.isoformat()),
    ]
    ids = [str(r.item_id) for r in data.rows]
    for start in range(0, len(ids), lay.IDS_PER_CELL):
        rows.append((lay.KEY_ITEMS, " ".join(ids[start : start + lay.IDS_PER_CELL])))
    for n, (key, value) in enumerate(rows):
        ws.write_string(n, 0, key)
        ws.write_string(n, 1, value)
    ws.protect()
    ws.very_hidden()


def _heading(ws: Any, workbook: Any, cells: _Cells, data: ChecklistData) -> None:
    bold = workbook.add_format({"bold": True})
    ws.write_string(0, 0, joined(L.title), workbook.add_format({"bold": True, "font_size": 14}))
    site = f"{data.site_en} ({data.site_lo})" if data.site_lo else data.site_en
    lines = (
        (1, (L.site, site), (L.checklist_id, data.checklist_id)),
        (2, (L.province, data.province_en), (L.issued, data.issued.isoformat())),
        (3, (L.units, ", ".join(data.units)), (L.issued_by, data.operator)),
    )
    for row, (left, left_value), (right, right_value) in lines:
        ws.write_string(row, 0, joined(left), bold)
        cells.text(ws, row, 1, left_value)
        ws.write_string(row, 3, joined(right), bold)
        cells.text(ws, row, 4, right_value)
    ws.write_string(lay.CHECKED_ON_CELL[0], 0, joined(L.checked_on), bold)
    ws.write_blank(*lay.CHECKED_ON_CELL, None, cells.fill)
    ws.write_string(lay.INSPECTORS_CELL[0], lay.INSPECTORS_CELL[1] - 1, joined(L.inspectors), bold)
    ws.write_blank(*lay.INSPECTORS_CELL, None, cells.fill)
    ws.write_string(5, 0, joined(L.sheet_instructions))


def _table(ws: Any, workbook: Any, cells: _Cells, data: ChecklistData) -> int:
    """The header, the item rows and the blank rows; returns the last row written."""
    head = workbook.add_format(
        {"bold": True, "bottom": 1, "bg_color": "#DDE4EC", "text_wrap": True, "valign": "top"}
    )
    for col, label in enumerate(lay.COLUMNS):
        ws.write_string(lay.HEADER_ROW, col, lay.header_text(label), head)
        ws.set_column(col, col, _WIDTHS[col])
    row = lay.HEADER_ROW
    for n, item in enumerate(data.rows, 1):
        row += 1
        ws.write_number(row, lay.NUMBER, n)
        values = (
            item.asset_tag,
            item.serial_number,
            item.description,
            item.holder,
            item.last_check.isoformat() if item.last_check else "",
            item.last_result_words,
        )
        for col, value in enumerate(values, lay.TAG):
            cells.text(ws, row, col, value)
        for col in range(lay.RESULT, lay.REMARKS + 1):
            ws.write_blank(row, col, None, cells.fill)
    for n in range(lay.BLANK_ROWS):
        row += 1
        ws.write_number(row, lay.NUMBER, len(data.rows) + n + 1)
        for col in (lay.TAG, lay.SERIAL, *range(lay.RESULT, lay.REMARKS + 1)):
            ws.write_blank(row, col, None, cells.fill)
    return row


def write_checklist_xlsx(data: ChecklistData, path: Path) -> None:
    """Write `data` as a checklist workbook at `path` (the caller makes it atomic)."""
    scratch = tempfile.mkdtemp(prefix="inl-xlsx-")
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": scratch,
        },
    )
    try:
        workbook.set_properties({"title": f"{L.title.en} {data.site_en}", "author": data.operator})
        ws = workbook.add_worksheet(lay.SHEET)
        cells = _Cells(workbook)
        _heading(ws, workbook, cells, data)
        last = _table(ws, workbook, cells, data)
        for col, source in _lists(workbook, data).items():
            ws.data_validation(
                lay.HEADER_ROW + 1,
                col,
                last,
                col,
                {"validate": "list", "source": source, "ignore_blank": True},
            )
        _identity(workbook, data)
        ws.freeze_panes(lay.HEADER_ROW + 1, 2)
        ws.activate()
        workbook.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
