"""The inventory report as the PDF prints it: which columns, how wide, the cells as text.

The PDF leaves out the columns the report states elsewhere (`report_columns`: the
grouping's, a single-valued filter's). Two layouts:

- **Standard columns** (nobody chose them: `ExportSpec.standard_columns`): compact,
  one line an item. The serial number is printed under the description, and a
  lot's unit value under its total value ("$45.00 each"); every other text is cut
  to its column with "…".
- **Chosen columns** (the table as shown): as the user ordered them; identifier and
  number columns are sized to their longest value and never wrap, text columns
  share the rest in proportion to their mean length and wrap.

Cells are as the table shows them (`Snapshot.display`: "$1,234.50", "200 boxes",
units by short name).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inl_equipment.formatting import money
from inl_equipment.i18n import translate
from inl_equipment.services.columns import COLUMN_BY_KEY, R_QTY, R_VALUE, ColumnSpec
from inl_equipment.services.report_columns import printed_columns
from inl_equipment.services.reports import Report

if TYPE_CHECKING:
    from inl_equipment.documents.inventory_data import InventoryReportData
    from inl_equipment.documents.pdf_tables import ReportColumn

Progress = Callable[[int, int], None]
Rows = Callable[[Sequence[int]], Iterator[list[str]]]

# Columns whose values are identifiers or short labels: sized to fit, never wrapped.
_NO_WRAP = frozenset(
    {"asset_tag", "serial_number", "unit", "status", "condition", "lot_number", "po_number"}
)
_NUMBERS = frozenset({"money", "total", "int"})
_RIGHT = frozenset({"money", "total", "int", "quantity"})


def _texts(report: Report, col: ColumnSpec) -> Counter[str]:
    """How often each of the column's texts occurs in the report."""
    snap = report.snapshot
    rows, display = snap.rows, snap.display
    return Counter(display(rows[p], col) for p in report.positions)


def _longest(report: Report, col: ColumnSpec) -> str:
    """The column's longest texts, one a line: the PDF measures them for a no-wrap width.

    Letters differ in width ("W" vs "1"), so every distinct text within a few
    characters of the longest is a candidate.
    """
    snap = report.snapshot
    rows = snap.rows
    if col.kind in _NUMBERS:
        # Digits have one width: the largest number is the widest text.
        largest = max((snap.value(rows[p], col) or 0 for p in report.positions), default=0)
        return str(largest) if col.kind == "int" else money(largest, cents=True)
    texts = _texts(report, col)
    longest = max(map(len, texts), default=0)
    widest = sorted(t.replace("\n", " ") for t in texts if len(t) >= longest - 3)
    return "\n".join(widest) or " "


def _text_shape(report: Report, col: ColumnSpec) -> tuple[str, float]:
    """A wrapping column's longest word and mean text length (its share of the width)."""
    counts = _texts(report, col)
    longest = max((w for text in counts for w in text.split()), key=len, default="")
    chars = sum(len(text) * n for text, n in counts.items())
    return longest, max(chars / max(len(report), 1), 4.0)


def _usual_length(report: Report, col: ColumnSpec) -> float:
    """The length that 19 texts in 20 do not exceed: a one-line column's share of the width."""
    lengths: Counter[int] = Counter()
    for text, n in _texts(report, col).items():
        lengths[len(text)] += n
    seen, enough = 0, 0.95 * sum(lengths.values())
    for length in sorted(lengths):
        seen += lengths[length]
        if seen >= enough:
            return max(float(length), 4.0)
    return 4.0


def _chosen(report: Report, cols: list[ColumnSpec]) -> tuple[list[ReportColumn], Rows]:
    """The columns as chosen: no-wrap ids, labels and numbers; wrapping texts."""
    from inl_equipment.documents.pdf_tables import Align, ReportColumn

    kinds = dict(zip(report.spec.columns, report.kinds, strict=True))
    columns = []
    for col in cols:
        kind = kinds[col.key]
        align: Align = "right" if kind in ("int", "money") else "left"
        if col.key in _NO_WRAP or kind != "text":
            columns.append(ReportColumn(col.header_text, align, fit_text=_longest(report, col)))
        else:
            word, mean = _text_shape(report, col)
            columns.append(ReportColumn(col.header_text, align, weight=mean, longest_word=word))
    snap = report.snapshot

    def rows(positions: Sequence[int]) -> Iterator[list[str]]:
        every, display = snap.rows, snap.display
        for p in positions:
            row = every[p]
            yield [display(row, c) for c in cols]

    return columns, rows


def _standard(report: Report, cols: list[ColumnSpec]) -> tuple[list[ReportColumn], Rows]:
    """The standard columns, one line each: the serial under the description, a lot's unit
    value under its total value; texts share the width by their usual length."""
    from inl_equipment.documents.pdf_tables import Align, ReportColumn

    keys = [c.key for c in cols]
    serial = COLUMN_BY_KEY["serial_number"] if {"description", "serial_number"} <= {*keys} else None
    cols = [c for c in cols if c is not serial]
    at = {c.key: i for i, c in enumerate(cols)}
    d = at["description"] if serial is not None else -1
    v = at["total_value"] if "total_value" in at and "unit_value" not in at else -1
    each = translate("ReportLabels", "{value} each")
    columns = []
    for i, col in enumerate(cols):
        align: Align = "right" if col.kind in _RIGHT else "left"
        if i == d and serial is not None:
            header = f"{col.header_text}\n{serial.header_text}"
            weight = _usual_length(report, col)
            columns.append(ReportColumn(header, align, weight=weight, stacked=True))
        elif col.kind in ("text", "ref", "province") and col.key not in _NO_WRAP:
            columns.append(ReportColumn(col.header_text, align, weight=_usual_length(report, col)))
        else:
            fit = _longest(report, col)
            if i == v:
                fit += "\n" + each.format(value=_longest(report, COLUMN_BY_KEY["unit_value"]))
            columns.append(ReportColumn(col.header_text, align, fit_text=fit, stacked=i == v))
    snap = report.snapshot

    def rows(positions: Sequence[int]) -> Iterator[list[str]]:
        every, display = snap.rows, snap.display
        for p in positions:
            row = every[p]
            cells = [display(row, c) for c in cols]
            if serial is not None:
                text, number = cells[d].replace("\n", " "), display(row, serial)
                cells[d] = f"{text}\n{number}" if number else text
            if v >= 0 and row[R_QTY] != 1 and row[R_VALUE] is not None:
                cells[v] += "\n" + each.format(value=money(row[R_VALUE], cents=True))
            yield cells

    return columns, rows


def pdf_data(report: Report) -> InventoryReportData:
    """The report as the plain data the PDF builder takes (cells as the table shows them)."""
    # ReportLab is imported only when a PDF is made.
    from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup

    spec = report.spec
    cols = [COLUMN_BY_KEY[k] for k in printed_columns(spec.columns, spec.query, spec.group_by)]
    layout = _standard if spec.standard_columns else _chosen
    columns, rows = layout(report, cols)
    groups = [
        ReportGroup(g.name, g.name_lo, g.count, g.cents, rows(g.positions)) for g in report.groups()
    ] or [ReportGroup("", "", len(report), report.total_cents, rows(report.positions))]
    return InventoryReportData(
        title=spec.title,
        generated_at=spec.generated_at,
        operator=spec.operator,
        filters_in_words=spec.filters_in_words,
        columns=columns,
        groups=groups,
        group_label=report.group_label if report.groups() else "",
        total_count=len(report),
        total_cents=report.total_cents,
        compact=spec.standard_columns,
    )


def write_pdf(report: Report, path: Path, progress: Progress | None = None) -> None:
    """Write `report` to `path` as a PDF (the caller makes it atomic)."""
    from inl_equipment.documents.inventory_pdf import build_inventory_pdf

    build_inventory_pdf(pdf_data(report), path, progress)
