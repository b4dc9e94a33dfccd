"""`register.reference`: categories, agencies, locations, people, funding sources."""

from __future__ import annotations

from collections.abc import Iterable

from inl_equipment.services import reference
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change

#: The reference lists an item form needs, by `reference.KINDS` key.
FORM_REFS = ("category", "funding", "agency", "location")


class ReferenceApi:
    """The register's reference data."""

    def __init__(self, ctx: Context) -> None:
        """Reference data of the register behind `ctx`."""
        self._ctx = ctx

    def lists(self, keys: Iterable[str] = FORM_REFS) -> dict[str, list[reference.RefRecord]]:
        """The records of each kind named, by key."""
        with self._ctx.db.read() as s:
            return {k: reference.list_records(s, k) for k in keys}

    def item_counts(self, key: str) -> dict[int, int]:
        """How many items each record of kind `key` has (its first use); {} if not items."""
        with self._ctx.db.read() as s:
            return reference.item_counts(s, key)

    def usage(self, key: str, record_id: int) -> dict[str, int]:
        """Where a record is used: counts by what uses it."""
        with self._ctx.db.read() as s:
            return reference.usage(s, key, record_id)

    def save(self, key: str, record_id: int | None, values: dict[str, object]) -> int:
        """Add (record_id None) or edit a record; returns its id."""
        with self._ctx.db.write() as s:
            saved = reference.save_record(s, key, record_id, values, self._ctx.operator)
        self._ctx.changes.publish(Change(references=frozenset({key})))
        return saved

    def delete(self, key: str, record_id: int) -> None:
        """Delete a record no item or receipt uses."""
        with self._ctx.db.write() as s:
            reference.delete_record(s, key, record_id, self._ctx.operator)
        self._ctx.changes.publish(Change(references=frozenset({key})))

    def add_standard_lists(self) -> int:
        """Add the standard provinces, categories, units and places (those missing).

        What a new register starts with (`starter_reference`); returns how many
        records were added.
        """
        from inl_equipment.services.starter_reference import add_starter_reference

        with self._ctx.db.write() as s:
            added = add_starter_reference(s).added
        if added:
            kinds = frozenset({"province", "category", "agency", "location"})
            self._ctx.changes.publish(Change(references=kinds))
        return added

    def merge(self, key: str, keep_id: int, drop_id: int) -> int:
        """Fold `drop_id` into `keep_id`; returns how many uses moved."""
        with self._ctx.db.write() as s:
            moved = reference.merge_records(s, key, keep_id, drop_id, self._ctx.operator)
        # Items that used the dropped record now show the kept one's name.
        self._ctx.changes.publish(Change(references=frozenset({key}), everything=moved > 0))
        return moved
