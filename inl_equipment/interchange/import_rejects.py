"""The rows an import leaves out for errors, saved as a CSV the user can fix and import again.

The file holds the original cells of each row with errors, under the original
headers, and a last column "Problems" with what is wrong (and what is doubtful)
in the row. It is UTF-8 with a BOM, so that Excel shows Lao text right, and is
written atomically: the target is either the whole file or left as it was.

Cells a spreadsheet could run as a formula get a leading apostrophe
(`safe_cells`); the importer takes it off again when the fixed file comes back.
"""

from __future__ import annotations

import csv
from pathlib import Path

from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg, translate
from inl_equipment.interchange.file_identity import refuse_overwrite
from inl_equipment.interchange.import_plan import ImportPlan, PreviewRow
from inl_equipment.interchange.import_rows import LABELS, field_label
from inl_equipment.interchange.safe_cells import neutralise

#: The last column's header (in the interface's language when the file is written).
PROBLEMS = QT_TRANSLATE_NOOP("Import", "Problems")


def rejected_rows(plan: ImportPlan) -> list[PreviewRow]:
    """The rows the import leaves out because they have errors."""
    return [r for r in plan.rows if r.action == "error"]


def problems_text(row: PreviewRow) -> str:
    """The row's errors, then its warnings, as one line: "Unit value (USD): … | …"."""
    parts = []
    for level in ("error", "warning"):
        for issue in row.issues:
            if issue.level != level or issue.new_record:
                continue
            text = issue.message
            if issue.field in LABELS:
                labelled = translate("Import", "{field}: {message}")
                text = labelled.format(field=field_label(issue.field), message=text)
            if level == "warning":
                text = translate("Import", "Warning: {message}").format(message=text)
            parts.append(text)
    return translate("Import", "Row {row}: {problems}").format(
        row=row.line, problems=" | ".join(parts)
    )


def rejects_table(plan: ImportPlan) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of the rejects file (original cells, then the problems)."""
    table = plan.source.table
    # A "Problems" column the import ignored is from an earlier rejects file: replace it.
    problems = Msg("Import", PROBLEMS).render()
    earlier = {PROBLEMS.casefold(), problems.casefold()}
    keep = [
        c
        for c, header in enumerate(table.headers)
        if not (header.strip().casefold() in earlier and not plan.mapping.get(c))
    ]
    cells = {raw.line: raw.values for raw in table.rows}
    rows = []
    for row in rejected_rows(plan):
        values = cells.get(row.line, [])
        rows.append([values[c] if c < len(values) else "" for c in keep] + [problems_text(row)])
    return [table.headers[c] for c in keep] + [problems], rows


def write_rejects(plan: ImportPlan, path: str | Path, register: Path | None = None) -> int:
    """Write the rows with errors of `plan` to `path` (CSV); return how many.

    Raises `exporters.ExportError` when the folder cannot take the file, `OSError`
    when writing fails, and `file_identity.SameFileError` (an `OSError`) when
    `path` is the imported file or one of `register`'s files (through a link or
    another spelling too); in every case `path` is left as it was.
    """
    # Imported here: the exporters bring the spreadsheet writers with them.
    from inl_equipment.interchange.exporters import atomic_output, check_target

    refuse_overwrite(path, [plan.source.path], register)
    headers, rows = rejects_table(plan)
    target = check_target(path)
    # The file is closed before `atomic_output` syncs it and renames it over the target.
    with (
        atomic_output(target) as tmp,
        open(tmp, "w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        writer.writerows([neutralise(v) for v in row] for row in rows)
    return len(rows)


def default_rejects_name(plan: ImportPlan) -> str:
    """ "donation.xlsx" -> "donation - rejected rows.csv"."""
    return translate("Import", "{name} - rejected rows.csv").format(
        name=Path(plan.source.name).stem
    )
