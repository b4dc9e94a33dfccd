"""Read a filled field checklist workbook: its identity and what was written in each row.

The file is checked as an import checks any workbook (`xlsx_safety`: zip
directory, declared and real sizes) before python-calamine reads its values
(a Rust reader: a 2,000-row sheet in about 20 ms, where openpyxl's read-only
mode takes 300 ms). Only cells are read here; what they mean for the register
is `checklist_plan`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inl_equipment.i18n import Msg
from inl_equipment.interchange import checklist_layout as lay
from inl_equipment.interchange.raw_table import ReadError, ReadLimits
from inl_equipment.interchange.xlsx_safety import OLE_MAGIC, cell_text, inspect_zip

#: Rows read below the header at most: far more than a site holds.
MAX_ROWS = 20_000


class ChecklistReadError(ReadError):
    """A file that is not a readable checklist; the message (a `Msg`) says why."""


@dataclass(slots=True)
class FilledRow:
    """One row of the filled sheet, as text; `line` is the row number Excel shows."""

    line: int
    asset_tag: str
    serial_number: str
    result: str
    condition: str
    intended_use: str
    remark: str

    def is_blank(self) -> bool:
        """True when nothing that matters was written in the row."""
        return not any(
            (self.asset_tag, self.serial_number, self.result, self.condition, self.remark)
        )


@dataclass(slots=True)
class FilledChecklist:
    """A filled checklist: its identity (from the hidden sheet) and its rows."""

    name: str
    checklist_id: str
    site_id: int
    site_name: str
    issued: dt.date
    listed: set[int]  # the ids of the items listed when it was issued
    checked_on: str = ""  # as typed: parsed by the plan
    inspectors: str = ""
    rows: list[FilledRow] = field(default_factory=list)


def _not_checklist(name: str) -> ChecklistReadError:
    return ChecklistReadError(
        Msg.translate(
            "Checklists", "{name} is not a field checklist made by this app (or it was altered)."
        ).format(name=name)
    )


def _sheet_rows(wb: Any, sheet: str) -> list[list[Any]]:
    """The values of `sheet`, row 1 first (not from the first filled cell)."""
    rows: list[list[Any]] = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    return rows


def _identity(wb: Any, name: str) -> dict[str, Any]:
    if lay.IDENTITY_SHEET not in wb.sheet_names or lay.SHEET not in wb.sheet_names:
        raise _not_checklist(name)
    keys: dict[str, Any] = {"listed": set()}
    for n, row in enumerate(_sheet_rows(wb, lay.IDENTITY_SHEET)):
        if n > MAX_ROWS:
            raise _not_checklist(name)
        key, value = (cell_text(v) for v in (*row, None, None)[:2])
        if key == lay.KEY_ITEMS:
            keys["listed"].update(int(i) for i in value.split() if i.isdigit())
        elif key:
            keys[key] = value
    try:
        if keys.get(lay.KEY_FORMAT) != lay.FORMAT or not keys.get(lay.KEY_ID):
            raise ValueError(name)
        keys[lay.KEY_SITE] = int(keys[lay.KEY_SITE])
        keys[lay.KEY_ISSUED] = dt.date.fromisoformat(keys[lay.KEY_ISSUED])
    except (KeyError, ValueError):
        raise _not_checklist(name) from None
    return keys


def _rows(wb: Any, name: str) -> tuple[str, str, list[FilledRow]]:
    """The date of check and inspectors as typed, and the rows below the header."""
    top: list[list[str]] = []
    rows: list[FilledRow] = []
    width = lay.REMARKS + 1
    for line, values in enumerate(_sheet_rows(wb, lay.SHEET), 1):
        # Most cells are plain text (empty ones too): the call to cell_text is skipped for them.
        cells = [
            v.strip() if v.__class__ is str and "_x" not in v else cell_text(v)
            for v in values[:width]
        ] + [""] * (width - len(values))
        if line <= lay.HEADER_ROW:
            top.append(cells)
            continue
        if line == lay.HEADER_ROW + 1:
            wanted = [c.en for c in lay.COLUMNS]
            if [c.split("\n")[0].strip() for c in cells] != wanted:
                raise _not_checklist(name)
            continue
        if line > lay.HEADER_ROW + 1 + MAX_ROWS:
            raise ChecklistReadError(
                Msg.translate("Checklists", "{name} has more than {limit} rows.").format(
                    name=name, limit=MAX_ROWS
                )
            )
        row = FilledRow(
            line,
            cells[lay.TAG],
            cells[lay.SERIAL],
            cells[lay.RESULT],
            cells[lay.CONDITION],
            cells[lay.USE],
            cells[lay.REMARKS],
        )
        if not row.is_blank():
            rows.append(row)
    if len(top) < lay.HEADER_ROW:
        raise _not_checklist(name)
    checked_on = top[lay.CHECKED_ON_CELL[0]][lay.CHECKED_ON_CELL[1]]
    inspectors = top[lay.INSPECTORS_CELL[0]][lay.INSPECTORS_CELL[1]]
    return checked_on, inspectors, rows


def read_filled_checklist(path: Path, limits: ReadLimits | None = None) -> FilledChecklist:
    """Read a filled checklist workbook; `ChecklistReadError` if it is not one or is unsafe."""
    from python_calamine import CalamineWorkbook

    limits = limits or ReadLimits()
    name = path.name
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
        size = path.stat().st_size
    except OSError as exc:
        raise ChecklistReadError(
            Msg.translate("Checklists", "{name} cannot be read ({reason}).").format(
                name=name, reason=exc.strerror or type(exc).__name__
            )
        ) from None
    if head.startswith(OLE_MAGIC) or size > limits.max_file_bytes:
        raise _not_checklist(name)
    try:
        inspect_zip(path, limits)
    except ChecklistReadError:
        raise
    except ReadError as exc:
        raise ChecklistReadError(*exc.args) from None
    try:
        wb = CalamineWorkbook.from_path(path)
    except Exception:  # noqa: BLE001 - calamine raises its own errors for any damaged part
        raise _not_checklist(name) from None
    try:
        keys = _identity(wb, name)
        checked_on, inspectors, rows = _rows(wb, name)
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - a damaged part fails anywhere inside the reader
        raise _not_checklist(name) from None
    finally:
        wb.close()  # the reader keeps the file open (and locked, on Windows)
    return FilledChecklist(
        name=name,
        checklist_id=keys[lay.KEY_ID],
        site_id=keys[lay.KEY_SITE],
        site_name=keys.get(lay.KEY_SITE_NAME, ""),
        issued=keys[lay.KEY_ISSUED],
        listed=keys["listed"],
        checked_on=checked_on,
        inspectors=inspectors,
        rows=rows,
    )
