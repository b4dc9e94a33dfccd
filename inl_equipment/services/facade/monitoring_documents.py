"""`register.monitoring_documents`: incident reports, disposal certificates, record attachments."""

from __future__ import annotations

import builtins
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.monitoring import (
    Disposal,
    DisposalLine,
    Incident,
    Inspection,
    InspectionResult,
)
from inl_equipment.i18n import Msg
from inl_equipment.services import attachments, monitoring_documents, record_attachments
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.facade.handovers import NoAttachmentFolderError
from inl_equipment.services.handover_list import AttachmentRow


class MonitoringDocumentsApi:
    """The printed documents of end-use monitoring, and the files kept with its records."""

    def __init__(self, ctx: Context) -> None:
        """Documents and attachments of the register behind `ctx`."""
        self._ctx = ctx

    def incident_pdf(self, number: str) -> bytes:
        """The incident report of incident `number` (IN-…) as PDF bytes."""
        with self._ctx.db.read() as s:
            data = monitoring_documents.incident_report_data(s, number)
        from inl_equipment.documents.incident_pdf import build_incident_report  # ReportLab: lazily

        return build_incident_report(data)

    def disposal_pdf(self, number: str) -> bytes:
        """The disposal certificate of disposal `number` (DS-…) as PDF bytes."""
        with self._ctx.db.read() as s:
            data = monitoring_documents.disposal_certificate_data(s, number)
        from inl_equipment.documents.disposal_pdf import build_disposal_certificate  # ReportLab

        return build_disposal_certificate(data)

    def attachments_dir(self) -> Path:
        """The folder holding the register's attachments (beside the register file)."""
        path = self._ctx.db.path
        if path is None:
            raise NoAttachmentFolderError(
                Msg.translate("Attachments", "attachments need a register stored in a file")
            )
        return attachments.attachments_dir(path)

    def attach(self, kind: str, number: str, source: Path) -> Path:
        """Keep a copy of `source` with an inspection, incident or disposal; the stored path.

        `kind` is one of `record_attachments.RECORD_KINDS`.
        """
        folder = self.attachments_dir()
        with self._ctx.db.write() as s:
            stored = record_attachments.attach_to_record(
                s, kind, number, source, folder, self._ctx.operator
            )
            touched = _items_of(s, kind, number)
        # The record's items: their history and the lists showing the record refresh.
        self._ctx.changes.publish(Change.of_items(touched))
        return stored

    def attachments(self, kind: str, number: str) -> builtins.list[AttachmentRow]:
        """The files kept with an inspection, incident or disposal, oldest first."""
        with self._ctx.db.read() as s:
            return record_attachments.record_attachments(s, kind, number)


def _items_of(session: Session, kind: str, number: str) -> builtins.list[int]:
    """The items a record is about."""
    if kind == "incident":
        stmt = select(Incident.item_id).where(Incident.number == number)
    elif kind == "disposal":
        stmt = select(DisposalLine.item_id).join(Disposal).where(Disposal.number == number)
    else:
        stmt = select(InspectionResult.item_id).join(Inspection).where(Inspection.number == number)
    return [int(i) for i in session.scalars(stmt)]
