"""`register.items`: read, create, edit and retire items."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from inl_equipment.services import audit, bulk_edit, history_text, items, retirement
from inl_equipment.services.bulk_edit import BulkChange
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.search import Snapshot, load_refs, load_rows


class ItemsApi:
    """The register's items."""

    def __init__(self, ctx: Context) -> None:
        """Items of the register behind `ctx`."""
        self._ctx = ctx

    def snapshot(self) -> Snapshot:
        """Every item as plain rows, with the reference names (for the table)."""
        with self._ctx.db.read() as s:
            return Snapshot.load(s.connection())

    def first_rows(self, limit: int) -> Snapshot:
        """A snapshot of the first `limit` items (complete when there are no more)."""
        with self._ctx.db.read() as s:
            return Snapshot.load_first(s.connection(), limit)

    def refresh_rows(self, snapshot: Snapshot, item_ids: Iterable[int]) -> None:
        """Read the given items again into `snapshot` (after a change)."""
        with self._ctx.db.read() as s:
            snapshot.upsert(load_rows(s.connection(), item_ids))

    def refresh_refs(self, snapshot: Snapshot) -> None:
        """Read the reference names of `snapshot` again."""
        with self._ctx.db.read() as s:
            snapshot.refs = load_refs(s.connection())

    def get(self, item_id: int) -> items.ItemRecord:
        """One item (raises `items.NotFoundError` when it is gone)."""
        with self._ctx.db.read() as s:
            return items.get_item(s, item_id)

    def history(self, item_id: int) -> list[audit.HistoryEntry]:
        """The item's audit events, oldest first."""
        with self._ctx.db.read() as s:
            return audit.history(s, "item", item_id)

    def readable_history(self, item_id: int) -> list[history_text.ReadableEntry]:
        """The item's history in words (names, labels, local time)."""
        with self._ctx.db.read() as s:
            entries = audit.history(s, "item", item_id)
            refs = load_refs(s.connection())
        return history_text.readable(entries, refs)

    def find_id(self, asset_tag: str) -> int | None:
        """The item with this asset tag (any case), as a barcode scanner types it.

        Compared as `items.normalize_identifier` spells both: a look-alike (an invisible
        character, full-width letters, Lao marks in another order) finds the item.
        """
        with self._ctx.db.read() as s:
            return items.find_by_tag(s, asset_tag)

    def next_tag(self, today: date | None = None) -> str:
        """A free asset tag after the register's own (`INL-<yy>-NNNNNN`), to suggest."""
        from inl_equipment.services.asset_tags import next_asset_tag

        with self._ctx.db.read() as s:
            return next_asset_tag(s, today or date.today())

    def create(self, data: items.ItemInput) -> int:
        """Add an item; returns its id."""
        with self._ctx.db.write() as s:
            item_id = items.create_item(s, data, self._ctx.operator)
        self._ctx.changes.publish(Change.of_items([item_id]))
        return item_id

    def update(self, item_id: int, data: items.ItemInput) -> bool:
        """Save an edited item; returns whether anything changed."""
        with self._ctx.db.write() as s:
            changed = items.update_item(s, item_id, data, self._ctx.operator)
        if changed:
            self._ctx.changes.publish(Change.of_items([item_id]))
        return changed

    def bulk_edit(self, item_ids: Iterable[int], change: BulkChange) -> list[int]:
        """Set category, funding, condition or add a notes line on many items at once.

        Returns the items that changed (each with its own history event).
        """
        with self._ctx.db.write() as s:
            changed = bulk_edit.bulk_edit(s, list(item_ids), change, self._ctx.operator)
        self._ctx.changes.publish(Change.of_items(changed))
        return changed

    def retire(
        self, item_id: int, status: str, when: date, method: str, sale_price: Decimal | None
    ) -> str:
        """Record the item as disposed (a disposal) or lost or stolen (an incident).

        Returns the number of the disposal or incident recorded.
        """
        with self._ctx.db.write() as s:
            number = retirement.retire_item(
                s, item_id, status, when, method, self._ctx.operator, sale_price
            )
        self._ctx.changes.publish(Change.of_items([item_id]))
        return number
