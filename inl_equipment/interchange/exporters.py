"""Export a report to a file — PDF, XLSX or CSV — atomically, with progress and cancel.

Every export writes a temporary file next to the target and renames it over the
target only once complete (`os.replace`), so the target is either the finished
export or untouched: a failed or cancelled export (any exception, including the
`Cancelled` that the UI's progress callback raises) leaves no file and no temp file.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from inl_equipment.formatting import money
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg
from inl_equipment.interchange.atomic_files import (
    STALE_TEMP_AGE_S as STALE_TEMP_AGE_S,
)
from inl_equipment.interchange.atomic_files import AtomicWriteError as AtomicWriteError
from inl_equipment.interchange.atomic_files import atomic_output as atomic_output
from inl_equipment.interchange.atomic_files import remove_stale_temps as remove_stale_temps
from inl_equipment.interchange.atomic_files import (
    write_bytes_atomically as write_bytes_atomically,
)
from inl_equipment.interchange.csv_export import write_csv
from inl_equipment.interchange.xlsx_export import write_xlsx
from inl_equipment.services.reports import Report

if TYPE_CHECKING:
    from inl_equipment.documents.inventory_data import InventoryReportData

Format = Literal["pdf", "xlsx", "csv"]
#: Format -> its name for users, in English (translate it in context "Export").
FORMATS: dict[str, str] = {
    "pdf": QT_TRANSLATE_NOOP("Export", "PDF report"),
    "xlsx": QT_TRANSLATE_NOOP("Export", "Excel workbook"),
    "csv": QT_TRANSLATE_NOOP("Export", "CSV (UTF-8)"),
}
Progress = Callable[[int, int], None]

# Columns whose values are identifiers or short labels: sized to fit, never wrapped.
_NO_WRAP = frozenset(
    {"asset_tag", "serial_number", "unit", "status", "condition", "lot_number", "po_number"}
)


class ExportError(AtomicWriteError):
    """The export cannot be written (unknown format, folder missing or not writable).

    Its message is a `Msg`: `str(error)` shows it in the interface's language.
    """


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote, and what a user should know about it.

    `warnings` (e.g. the XLSX cells whose text Excel cannot hold, and where the rest
    is) are to be shown: one line each on stderr, or in the dialog that reports the
    export.
    """

    path: Path
    format: str
    rows: int
    warnings: tuple[Msg, ...] = ()


def format_for_path(path: str | Path) -> Format:
    """The export format named by the file's extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if not suffix:
        raise ExportError(
            Msg.translate("Export", "unknown file extension: use .pdf, .xlsx or .csv")
        )
    if suffix not in FORMATS:
        raise ExportError(
            Msg.translate(
                "Export", "unknown file extension '.{suffix}': use .pdf, .xlsx or .csv"
            ).format(suffix=suffix)
        )
    return suffix  # type: ignore[return-value]


def check_target(path: str | Path) -> Path:
    """The target as an absolute path, after checking that its folder can take the file."""
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            Msg.translate("Export", "folder does not exist: {folder}").format(folder=folder)
        )
    if target.is_dir():
        raise ExportError(Msg.translate("Export", "{path} is a folder").format(path=target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            Msg.translate("Export", "cannot write in folder {folder}").format(folder=folder)
        )
    return target


def _longest(report: Report, index: int) -> str:
    """The column's longest texts, one a line: the PDF measures them for a no-wrap width.

    Letters differ in width ("W" vs "1"), so every distinct text within a few
    characters of the longest is a candidate.
    """
    snap, col = report.snapshot, report.columns[index]
    rows = snap.rows
    if col.kind in ("money", "total", "int"):
        # Digits have one width: the largest number is the widest text.
        largest = max((snap.value(rows[p], col) or 0 for p in report.positions), default=0)
        return str(largest) if col.kind == "int" else money(largest, cents=True)
    texts = {snap.display(rows[p], col) for p in report.positions}
    longest = max(map(len, texts), default=0)
    widest = sorted(t.replace("\n", " ") for t in texts if len(t) >= longest - 3)
    return "\n".join(widest) or " "


def _text_shape(report: Report, index: int) -> tuple[str, float]:
    """A wrapping column's longest word and mean text length (its share of the width)."""
    snap, col = report.snapshot, report.columns[index]
    rows = snap.rows
    counts = Counter(snap.display(rows[p], col) for p in report.positions)
    longest = max((w for text in counts for w in text.split()), key=len, default="")
    chars = sum(len(text) * n for text, n in counts.items())
    return longest, max(chars / max(len(report), 1), 4.0)


def pdf_data(report: Report) -> InventoryReportData:
    """The report as the plain data the PDF builder takes (cells as the table shows them).

    Identifier and number columns are sized to their longest value and never wrap;
    text columns share the rest in proportion to their mean length, which keeps rows
    (and pages) few.
    """
    # ReportLab is imported only when a PDF is made.
    from inl_equipment.documents.inventory_data import InventoryReportData, ReportGroup
    from inl_equipment.documents.pdf_tables import Align, ReportColumn

    spec = report.spec
    columns = []
    for i, (col, kind) in enumerate(zip(report.columns, report.kinds, strict=True)):
        align: Align = "right" if kind in ("int", "money") else "left"
        if col.key in _NO_WRAP or kind != "text":
            columns.append(ReportColumn(col.header, align, fit_text=_longest(report, i)))
        else:
            word, mean = _text_shape(report, i)
            columns.append(ReportColumn(col.header, align, weight=mean, longest_word=word))
    groups = [
        ReportGroup(g.name, g.name_lo, g.count, g.cents, report.display_rows(g.positions))
        for g in report.groups()
    ] or [ReportGroup("", "", len(report), report.total_cents, report.display_rows())]
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
    )


def write_pdf(report: Report, path: Path, progress: Progress | None = None) -> None:
    """Write `report` to `path` as a PDF (the caller makes it atomic)."""
    from inl_equipment.documents.inventory_pdf import build_inventory_pdf

    build_inventory_pdf(pdf_data(report), path, progress)


# A writer returns its warnings, or None when it has none to give.
_WRITERS: dict[str, Callable[[Report, Path, Progress | None], Sequence[Msg] | None]] = {
    "pdf": write_pdf,
    "xlsx": write_xlsx,
    "csv": write_csv,
}


def export_report(
    report: Report,
    path: str | Path,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write `report` to `path` as `fmt` (default: from the extension), atomically."""
    fmt = fmt or format_for_path(path)
    if fmt not in _WRITERS:
        raise ExportError(
            Msg.translate("Export", "unknown format {format}: use pdf, xlsx or csv").format(
                format=repr(fmt)
            )
        )
    target = check_target(path)
    with atomic_output(target) as tmp:
        warnings = _WRITERS[fmt](report, tmp, progress) or ()
    return ExportResult(target, fmt, len(report), tuple(warnings))
