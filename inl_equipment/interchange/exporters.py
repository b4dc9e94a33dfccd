"""Export a report to a file — PDF, XLSX or CSV — atomically, with progress and cancel.

Every export writes a temporary file next to the target and renames it over the
target only once complete (`os.replace`), so the target is either the finished
export or untouched: a failed or cancelled export (any exception, including the
`Cancelled` that the UI's progress callback raises) leaves no file and no temp file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

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
from inl_equipment.interchange.pdf_export import pdf_data as pdf_data
from inl_equipment.interchange.pdf_export import write_pdf
from inl_equipment.interchange.xlsx_export import write_xlsx
from inl_equipment.services.reports import Report

Format = Literal["pdf", "xlsx", "csv"]
#: Format -> its name for users, in English (translate it in context "Export").
FORMATS: dict[str, str] = {
    "pdf": QT_TRANSLATE_NOOP("Export", "PDF report"),
    "xlsx": QT_TRANSLATE_NOOP("Export", "Excel workbook"),
    "csv": QT_TRANSLATE_NOOP("Export", "CSV (UTF-8)"),
}
Progress = Callable[[int, int], None]


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
