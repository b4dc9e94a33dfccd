"""The full check of the history: the chain, its anchor, and each item against its seal.

One pass over the events (recomputing every hash, noting each item's newest
event) and one over the items (recomputing each seal). What it can show and
what it cannot is said in the README ("What `check` can and cannot detect").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from inl_equipment.db import anchors
from inl_equipment.i18n import Msg
from inl_equipment.services.audit import walk_chain

#: Items named one by one in a report; the rest are counted.
MAX_NAMED = 20


@dataclass(frozen=True)
class HistoryReport:
    """What the check of the history found: `problems` is empty when all is well."""

    events: int
    problems: tuple[Msg, ...] = ()
    #: The id of the first event that breaks the chain, when one does.
    first_broken_id: int | None = None
    #: Why that event breaks the chain.
    reason: str = ""
    more: int = 0

    @property
    def ok(self) -> bool:
        """True when the chain, its anchor and every item's seal agree."""
        return not self.problems

    @property
    def problem(self) -> Msg | None:
        """The first problem, saying how many more there are."""
        if not self.problems:
            return None
        others = len(self.problems) - 1 + self.more
        if not others:
            return self.problems[0]
        return Msg.translate("Audit", "{problem} (and %n more problem(s))", None, others).format(
            problem=self.problems[0]
        )


def verify_history(session: Session) -> HistoryReport:
    """Check the chain, that it ends where its anchor says, and every item's seal."""
    last_by_item: dict[int, str] = {}
    chain, head = walk_chain(session, last_by_item)
    if not chain.ok:
        problem = Msg.translate(
            "Safety", "the history is broken at event {event} ({reason})"
        ).format(event=chain.first_broken_id, reason=chain.reason)
        return HistoryReport(chain.events, (problem,), chain.first_broken_id, chain.reason)
    conn = session.connection()
    problems: list[Msg] = []
    anchor_problem = _anchor_problem(anchors.chain_anchor(conn), chain.events, head)
    if anchor_problem is not None:
        problems.append(anchor_problem)
    item_problems = _item_problems(session, last_by_item)
    problems.extend(item_problems[:MAX_NAMED])
    return HistoryReport(chain.events, tuple(problems), more=len(item_problems[MAX_NAMED:]))


def _anchor_problem(anchor: tuple[int, str] | None, events: int, head: str) -> Msg | None:
    """Why the chain does not end where its anchor says, or None."""
    if anchor is None:
        return Msg.translate(
            "Audit",
            "the history's anchor is missing: it was deleted outside the app, "
            "and events may have been deleted with it",
        )
    anchored, anchored_head = anchor
    if events < anchored:
        return Msg.translate(
            "Audit",
            "the history was cut: {expected} events were recorded but only {found} remain "
            "(the newest were deleted outside the app)",
        ).format(expected=anchored, found=events)
    if events > anchored:
        return Msg.translate(
            "Audit",
            "the history holds {found} events but {expected} were recorded "
            "(events were added outside the app, or the anchor was reset)",
        ).format(expected=anchored, found=events)
    if head != anchored_head:
        return Msg.translate(
            "Audit", "the history's newest event is not the one recorded (it was replaced)"
        )
    return None


def _item_problems(session: Session, last_by_item: dict[int, str]) -> list[Msg]:
    """Items whose row no longer matches their seal, named by asset tag."""
    conn = session.connection()
    seals = anchors.item_seals(conn)
    problems: list[Msg] = []
    for row in anchors.iter_items(conn):
        item_id, tag = int(row[0]), row[1]
        seal = seals.pop(item_id, None)
        last = last_by_item.pop(item_id, "")
        if seal is None:
            problems.append(
                Msg.translate(
                    "Audit", "item {tag} has no seal: it was added outside the app"
                ).format(tag=tag)
            )
        elif seal[0] != last:
            problems.append(
                Msg.translate(
                    "Audit", "item {tag}: its newest history event is not the one recorded"
                ).format(tag=tag)
            )
        elif anchors.state_digest(last, row) != seal[1]:
            problems.append(
                Msg.translate(
                    "Audit",
                    "item {tag} was changed outside the app: its values differ from "
                    "what its history recorded",
                ).format(tag=tag)
            )
    for item_id in sorted(set(seals) | set(last_by_item)):
        problems.append(
            Msg.translate(
                "Audit", "item {id} has a history but no row: it was deleted outside the app"
            ).format(id=item_id)
        )
    return problems
