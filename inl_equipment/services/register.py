"""One object the UI and the command line talk to for the register.

`Register` wraps a `Database` and the operator's name; every method is one
unit of work in its own session, so no session outlives a user action and
nothing here is shared between threads except the thread-safe `Database`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from inl_equipment.db.opening import OpenedRegister
from inl_equipment.db.session import Database
from inl_equipment.services import (
    attachments,
    audit,
    handover_list,
    handovers,
    history_text,
    items,
    receipts,
    reference,
)
from inl_equipment.services.search import Snapshot, load_refs, load_rows

#: The reference lists an item form needs, by `reference.KINDS` key.
FORM_REFS = ("category", "funding", "agency", "location")


class Register:
    """The register's operations for one database and one operator."""

    def __init__(self, db: Database, operator: str, opened: OpenedRegister | None = None) -> None:
        self.db = db
        self.operator = operator
        #: The open session's lock and notices (None when the caller manages them).
        self.opened = opened

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        """Close the database and give up the writer lock."""
        if self.opened is not None:
            self.opened.close()
        else:
            self.db.dispose()

    # -- reading -------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        with self.db.read() as s:
            return Snapshot.load(s.connection())

    def first_rows(self, limit: int) -> Snapshot:
        """A snapshot of the first `limit` items (complete when there are no more)."""
        with self.db.read() as s:
            return Snapshot.load_first(s.connection(), limit)

    def refresh_rows(self, snapshot: Snapshot, item_ids: Iterable[int]) -> None:
        """Read the given items again into `snapshot` (after a save)."""
        with self.db.read() as s:
            snapshot.upsert(load_rows(s.connection(), item_ids))

    def refresh_refs(self, snapshot: Snapshot) -> None:
        with self.db.read() as s:
            snapshot.refs = load_refs(s.connection())

    def item(self, item_id: int) -> items.ItemRecord:
        with self.db.read() as s:
            return items.get_item(s, item_id)

    def history(self, item_id: int) -> list[audit.HistoryEntry]:
        with self.db.read() as s:
            return audit.history(s, "item", item_id)

    def readable_history(self, item_id: int) -> list[history_text.ReadableEntry]:
        """The item's history in words (names, labels, local time)."""
        with self.db.read() as s:
            entries = audit.history(s, "item", item_id)
            refs = load_refs(s.connection())
        return history_text.readable(entries, refs)

    def ref_lists(self, keys: Iterable[str] = FORM_REFS) -> dict[str, list[reference.RefRecord]]:
        with self.db.read() as s:
            return {k: reference.list_records(s, k) for k in keys}

    def usage(self, key: str, record_id: int) -> dict[str, int]:
        with self.db.read() as s:
            return reference.usage(s, key, record_id)

    # -- writing: each call is one transaction -------------------------------
    def create_item(self, data: items.ItemInput) -> int:
        with self.db.write() as s:
            return items.create_item(s, data, self.operator)

    def update_item(self, item_id: int, data: items.ItemInput) -> bool:
        with self.db.write() as s:
            return items.update_item(s, item_id, data, self.operator)

    def retire_item(
        self, item_id: int, status: str, when: date, method: str, sale_price: Decimal | None
    ) -> None:
        with self.db.write() as s:
            items.retire_item(s, item_id, status, when, method, self.operator, sale_price)

    def save_ref(self, key: str, record_id: int | None, values: dict[str, object]) -> int:
        with self.db.write() as s:
            return reference.save_record(s, key, record_id, values, self.operator)

    def delete_ref(self, key: str, record_id: int) -> None:
        with self.db.write() as s:
            reference.delete_record(s, key, record_id, self.operator)

    def merge_refs(self, key: str, keep_id: int, drop_id: int) -> int:
        with self.db.write() as s:
            return reference.merge_records(s, key, keep_id, drop_id, self.operator)

    # -- handovers ------------------------------------------------------------
    def create_handover(self, data: handovers.HandoverInput) -> str:
        """Save a handover, return or transfer; returns its receipt number."""
        with self.db.write() as s:
            return handovers.create_handover(s, data, self.operator)

    def void_handover(self, number: str, reason: str) -> None:
        with self.db.write() as s:
            handovers.void_handover(s, number, reason, self.operator)

    def handovers(
        self,
        text: str = "",
        kind: str | None = None,
        status: str | None = None,
        missing_signed: bool = False,
    ) -> list[handover_list.HandoverRow]:
        with self.db.read() as s:
            return handover_list.list_handovers(s, text, kind, status, missing_signed)

    def handover(self, number: str) -> handover_list.HandoverDetail:
        with self.db.read() as s:
            return handover_list.handover_detail(s, number)

    def items_for_handover(
        self, item_ids: Iterable[int], kind: str, from_agency_id: int | None
    ) -> list[tuple[items.ItemRecord, str | None]]:
        """Each item with the reason it cannot go on such a handover (None: it can)."""
        from inl_equipment.db.models import Item

        out = []
        with self.db.read() as s:
            for item_id in item_ids:
                item = s.get(Item, item_id)
                if item is None:
                    continue
                why = handovers.unavailable_reason(item, kind, from_agency_id)
                out.append((items.get_item(s, item_id), why))
        return out

    def find_item_id(self, asset_tag: str) -> int | None:
        """The item with this asset tag (any case), as a barcode scanner types it."""
        from sqlalchemy import func, select

        from inl_equipment.db.models import Item

        tag = asset_tag.strip()
        with self.db.read() as s:
            return s.scalar(select(Item.id).where(func.lower(Item.asset_tag) == tag.lower()))

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

        with self.db.read() as s:
            data = receipts.receipt_for(
                s, number, copy=copy, page_size=page_size, national_heading=national_heading
            )
        return build_receipt(data)

    def verify_receipt(self, scanned: str) -> receipts.Verdict:
        with self.db.read() as s:
            return receipts.verify(s, scanned)

    def attachments_dir(self) -> Path:
        path = self.db.path
        if path is None:
            raise ValueError("attachments need a register stored in a file")
        return attachments.attachments_dir(path)

    def attach(self, number: str, source: Path) -> Path:
        with self.db.write() as s:
            return attachments.attach_file(s, number, source, self.attachments_dir(), self.operator)
