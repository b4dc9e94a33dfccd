"""One object the UI and the command line talk to for the register.

`Register` wraps a `Database` and the operator's name; every method is one
unit of work in its own session, so no session outlives a user action and
nothing here is shared between threads except the thread-safe `Database`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from inl_equipment.db.opening import OpenedRegister
from inl_equipment.db.session import Database
from inl_equipment.services import audit, items, reference
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
