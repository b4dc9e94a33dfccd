"""`register.handovers`: handovers, returns, transfers and their receipts."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Item
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.i18n import Msg
from inl_equipment.services import attachments, handover_list, handovers, items, receipts
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change


class NoAttachmentFolderError(Exception):
    """Attachments are stored beside a register file; this register has none."""


class HandoversApi:
    """The register's handovers and receipts."""

    def __init__(self, ctx: Context) -> None:
        """Handovers of the register behind `ctx`."""
        self._ctx = ctx

    def list(
        self,
        text: str = "",
        kind: str | None = None,
        status: str | None = None,
        missing_signed: bool = False,
    ) -> builtins.list[handover_list.HandoverRow]:
        """The handovers list, filtered."""
        with self._ctx.db.read() as s:
            return handover_list.list_handovers(s, text, kind, status, missing_signed)

    def detail(self, number: str) -> handover_list.HandoverDetail:
        """One handover with its lines and attachments."""
        with self._ctx.db.read() as s:
            return handover_list.handover_detail(s, number)

    def check_items(
        self, item_ids: Iterable[int], kind: str, from_agency_id: int | None
    ) -> builtins.list[tuple[items.ItemRecord, str | None]]:
        """Each item with the reason it cannot go on such a handover (None: it can)."""
        out = []
        with self._ctx.db.read() as s:
            for item_id in item_ids:
                item = s.get(Item, item_id)
                if item is None:
                    continue
                why = handovers.unavailable_reason(item, kind, from_agency_id)
                out.append((items.get_item(s, item_id), why))
        return out

    def create(self, data: handovers.HandoverInput) -> str:
        """Save a handover, return or transfer; returns its receipt number."""
        with self._ctx.db.write() as s:
            number = handovers.create_handover(s, data, self._ctx.operator)
            moved = _items_of(s, number)
        self._ctx.changes.publish(Change(items=moved, handovers=frozenset({number})))
        return number

    def void(self, number: str, reason: str) -> None:
        """Void an issued receipt and give each item back the custody it had."""
        with self._ctx.db.write() as s:
            handovers.void_handover(s, number, reason, self._ctx.operator)
            moved = _items_of(s, number)
        self._ctx.changes.publish(Change(items=moved, handovers=frozenset({number})))

    def receipt_pdf(
        self,
        number: str,
        *,
        copy: bool = True,
        page_size: str = "A4",
        national_heading: bool | None = None,
    ) -> bytes:
        """The receipt as PDF bytes (a reprint is marked COPY; a void one VOID)."""
        from inl_equipment.documents.receipt_pdf import build_receipt  # ReportLab: lazily

        with self._ctx.db.read() as s:
            data = receipts.receipt_for(
                s, number, copy=copy, page_size=page_size, national_heading=national_heading
            )
        return build_receipt(data)

    def verify(self, scanned: str) -> receipts.Verdict:
        """Check a scanned receipt QR text against the record."""
        with self._ctx.db.read() as s:
            return receipts.verify(s, scanned)

    def attachments_dir(self) -> Path:
        """The folder holding signed copies and other attachments."""
        path = self._ctx.db.path
        if path is None:
            raise NoAttachmentFolderError(
                Msg.translate("Handovers", "attachments need a register stored in a file")
            )
        return attachments.attachments_dir(path)

    def attach(self, number: str, source: Path) -> Path:
        """Keep a copy of `source` (a signed copy) with the handover; returns the stored path."""
        with self._ctx.db.write() as s:
            stored = attachments.attach_file(
                s, number, source, self.attachments_dir(), self._ctx.operator
            )
        self._ctx.changes.publish(Change(handovers=frozenset({number})))
        return stored

    def copy_attachment(self, stored_name: str, target: Path) -> None:
        """Copy a stored attachment out to `target`."""
        attachments.copy_out(self.attachments_dir(), stored_name, target)


def _items_of(session: Session, number: str) -> frozenset[int]:
    """Every item a receipt's lines touched, lots they were split from included."""
    rows = session.execute(
        select(HandoverLine.item_id, HandoverLine.split_from_item_id)
        .join(Handover, HandoverLine.handover_id == Handover.id)
        .where(Handover.number == number)
    )
    return frozenset(i for row in rows for i in row if i is not None)
