"""Write a report as CSV: UTF-8 with BOM (Excel reads Lao right), one header row.

Money is a plain decimal ("1234.50", no currency sign), dates are ISO
("2024-05-01"), quantities are integers; text that a spreadsheet could take for a
formula gets a leading apostrophe (`safe_cells`).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from inl_equipment.interchange.safe_cells import DANGEROUS_FIRST, PREFIX, neutralise
from inl_equipment.services.reports import Report

Progress = Callable[[int, int], None]
#: Rows between two progress reports (each may raise to cancel).
PROGRESS_EVERY = 2000


def write_csv(report: Report, path: Path, progress: Progress | None = None) -> None:
    """Write every row of `report` to `path` (the caller makes it atomic)."""
    total = len(report)
    text_cols = [i for i, kind in enumerate(report.kinds) if kind == "text"]
    if progress is not None:
        progress(0, total)
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        # csv writes str() of Decimal, int and date: "1234.50", "3", "2024-05-01".
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in report.headers])
        for done, row in enumerate(report.rows(), 1):
            for i in text_cols:
                value = row[i]
                if value and value[0] in DANGEROUS_FIRST:
                    row[i] = PREFIX + value
            writer.writerow(row)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
        if progress is not None:
            progress(total, total)
