"""The officers' reports written to a file: the handover register, the funding report.

The format follows the file's extension (the handover register as .pdf, .xlsx or
.csv; the funding report as .pdf or .xlsx). Each file is written whole or not at
all (`atomic_files`): a failure leaves no file and no temporary file.
"""

from __future__ import annotations

from pathlib import Path

from inl_equipment.i18n import Msg
from inl_equipment.interchange.atomic_files import atomic_output
from inl_equipment.interchange.exporters import ExportError, check_target
from inl_equipment.services.funding_report import FundingReport
from inl_equipment.services.handover_register import HandoverRegister

HANDOVER_REGISTER_FORMATS = ("pdf", "xlsx", "csv")
FUNDING_REPORT_FORMATS = ("pdf", "xlsx")


def report_format(path: str | Path, allowed: tuple[str, ...]) -> str:
    """The format `path`'s extension names, one of `allowed` (ExportError otherwise)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in allowed:
        raise ExportError(
            Msg.translate("Export", "unknown file extension '{suffix}': use {allowed}").format(
                suffix=f".{suffix}" if suffix else "", allowed=", ".join(f".{a}" for a in allowed)
            )
        )
    return suffix


def write_handover_register(register: HandoverRegister, path: str | Path) -> Path:
    """Write the register to `path` (PDF, XLSX or CSV by its extension); the file written."""
    fmt = report_format(path, HANDOVER_REGISTER_FORMATS)
    target = check_target(path)
    with atomic_output(target) as tmp:
        if fmt == "pdf":
            from inl_equipment.documents.handover_register_pdf import build_handover_register_pdf

            build_handover_register_pdf(register, tmp)
        elif fmt == "xlsx":
            from inl_equipment.interchange.handover_register_files import (
                write_handover_register_xlsx,
            )

            write_handover_register_xlsx(register, tmp)
        else:
            from inl_equipment.interchange.handover_register_files import (
                write_handover_register_csv,
            )

            write_handover_register_csv(register, tmp)
    return target


def write_funding_report(report: FundingReport, path: str | Path) -> Path:
    """Write the report to `path` (PDF or XLSX by its extension); the file written."""
    fmt = report_format(path, FUNDING_REPORT_FORMATS)
    target = check_target(path)
    with atomic_output(target) as tmp:
        if fmt == "pdf":
            from inl_equipment.documents.funding_report_pdf import build_funding_report_pdf

            build_funding_report_pdf(report, tmp)
        else:
            from inl_equipment.interchange.funding_report_xlsx import write_funding_report_xlsx

            write_funding_report_xlsx(report, tmp)
    return target
