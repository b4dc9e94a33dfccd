"""Editing many items at once: the fields that are not custody.

Category, funding source and condition can be set, and a line added to the
notes, for every item chosen; holder, location and status never change here
(they move only with a receipt). Each item that changes gets its own
history event, with what changed from and to; an item already so is left
alone and gets none. Everything is checked before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Category, Condition, FundingSource, Item
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.item_rules import LINE_LIMITS, TEXT_LIMITS
from inl_equipment.services.items import NotFoundError, ValidationError


@dataclass(frozen=True, slots=True)
class BulkChange:
    """What to change on every item chosen (None / "": leave as it is)."""

    category_id: int | None = None
    funding_source_id: int | None = None
    condition: str | None = None
    notes_line: str = ""  # added as a new line at the end of each item's notes

    @property
    def empty(self) -> bool:
        """True when nothing would change."""
        return (
            self.category_id is None
            and self.funding_source_id is None
            and self.condition is None
            and not self.notes_line.strip()
        )


def _check(session: Session, change: BulkChange) -> None:
    errors: dict[str, Msg] = {}
    if change.category_id is not None and session.get(Category, change.category_id) is None:
        errors["category_id"] = Msg.translate("BulkEdit", "That category no longer exists.")
    if (
        change.funding_source_id is not None
        and session.get(FundingSource, change.funding_source_id) is None
    ):
        errors["funding_source_id"] = Msg.translate(
            "BulkEdit", "That funding source no longer exists."
        )
    if change.condition is not None and change.condition not in {c.value for c in Condition}:
        errors["condition"] = Msg.translate("BulkEdit", "Choose a condition from the list.")
    if "\n" in change.notes_line.strip():
        errors["notes_line"] = Msg.translate("BulkEdit", "Add one line to the notes at a time.")
    if change.empty:
        errors["change"] = Msg.translate("BulkEdit", "Choose at least one thing to change.")
    if errors:
        raise ValidationError(errors)


def _new_notes(item: Item, line: str) -> str:
    notes = item.notes.rstrip()
    joined = f"{notes}\n{line}" if notes else line
    if len(joined) > TEXT_LIMITS["notes"] or joined.count("\n") + 1 > LINE_LIMITS["notes"]:
        raise ValidationError(
            {
                "notes_line": Msg.translate(
                    "BulkEdit", "The notes of {tag} are full: shorten them first."
                ).format(tag=item.asset_tag)
            }
        )
    return joined


def bulk_edit(
    session: Session, item_ids: Sequence[int], change: BulkChange, operator: str
) -> list[int]:
    """Apply `change` to the items; the ids of those that changed (one event each)."""
    _check(session, change)
    wanted = sorted(set(item_ids))
    found = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(
            Msg.translate("BulkEdit", "item {id} no longer exists").format(id=missing[0])
        )
    line = " ".join(change.notes_line.split())
    planned: list[tuple[Item, dict[str, Any]]] = []
    for item_id in wanted:
        item = found[item_id]
        new: dict[str, Any] = {
            "category_id": change.category_id,
            "funding_source_id": change.funding_source_id,
            "condition": change.condition,
            "notes": _new_notes(item, line) if line else None,
        }
        changes = {
            name: [getattr(item, name), value]
            for name, value in new.items()
            if value is not None and getattr(item, name) != value
        }
        if changes:
            planned.append((item, changes))
    now = audit.now_utc()
    events = []
    for item, changes in planned:  # every check passed: now write
        for name, (_old, value) in changes.items():
            setattr(item, name, value)
        item.updated_at = now
        events.append(audit.NewEvent("item", item.id, "edit", changes))
    if events:
        audit.record(session, operator, events, now)
    return [item.id for item, _changes in planned]
