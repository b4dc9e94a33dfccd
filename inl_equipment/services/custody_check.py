"""Does every handed-over item have the receipt that puts it where it is?

An item's issued receipts (void ones do not count) are read in date order:
a transfer or return from the unit that holds the item takes over from the
receipt before it, a handover from stock takes over from a return. What is
left is the item's *live* receipt: exactly one, giving the unit and place
the item records. An item on more than one live receipt (two units signed
for it), on none, or held elsewhere than its receipt says, is a problem.

A register imported with items already with units has handed-over items no
receipt of this register covers: their creation says so ("handed over
before this register"); they are counted as a note, not a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from inl_equipment.db.bulk import fetch_tuples
from inl_equipment.db.models import AuditEvent, Item, ItemStatus
from inl_equipment.db.transactions import Handover, HandoverKind, HandoverLine, HandoverStatus
from inl_equipment.i18n import Msg

__all__ = ["CustodyReport", "check_custody"]

#: How many asset tags a report names per kind of problem.
SHOWN = 5
_HANDOVER, _RETURN = HandoverKind.HANDOVER.value, HandoverKind.RETURN.value
_Line = tuple[str, int | None, int | None, int | None]  # kind, from unit, to unit, place
#: How the creation event of an item handed over before the register reads.
_LEGACY_MARKS = ('"legacy_handover":true', '"status":"handed_over"')


@dataclass(frozen=True, slots=True)
class CustodyReport:
    """What the custody check found; tags are the first few items of each problem."""

    handed_over: int
    unrecorded: int = 0  # on no live receipt (and not handed over before the register)
    doubled: int = 0  # on more than one live receipt
    elsewhere: int = 0  # one live receipt, another holder or place
    legacy: int = 0  # handed over before this register: a note
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every handed-over item is on exactly one live receipt that matches it."""
        return not (self.unrecorded or self.doubled or self.elsewhere)

    @property
    def problem(self) -> Msg | None:
        """The first problem in words, with a few asset tags (None when all is well)."""
        doubled, unrecorded, elsewhere = self.doubled, self.unrecorded, self.elsewhere
        if doubled:
            text = Msg.translate(
                "Custody",
                "%n handed-over item(s) on more than one live receipt: {tags}",
                None,
                doubled,
            )
            return text.format(tags=self._tags("doubled"))
        if unrecorded:
            text = Msg.translate(
                "Custody", "%n handed-over item(s) on no live receipt: {tags}", None, unrecorded
            )
            return text.format(tags=self._tags("unrecorded"))
        if elsewhere:
            text = Msg.translate(
                "Custody",
                "%n handed-over item(s) not with the unit or at the place their receipt names: "
                "{tags}",
                None,
                elsewhere,
            )
            return text.format(tags=self._tags("elsewhere"))
        return None

    def _tags(self, kind: str) -> str:
        return ", ".join(self.tags.get(kind, ()))


def _follows(old: _Line, new: _Line) -> bool:
    """Whether receipt line `new` takes the item over from the live line `old`."""
    if new[0] == _HANDOVER:
        return old[0] == _RETURN  # back in stock, then handed over again
    return old[0] != _RETURN and new[1] == old[2]  # from the unit that held it


def live_lines(lines: list[_Line]) -> list[_Line]:
    """The lines of one item (issued receipts, oldest first) still in force."""
    live: list[_Line] = []
    for line in lines:
        for n, old in enumerate(live):
            if _follows(old, line):
                del live[n]
                break
        live.append(line)
    return live


def check_custody(session: Session) -> CustodyReport:
    """Check every handed-over item against its live receipts."""
    conn = session.connection()
    handed = ItemStatus.HANDED_OVER.value
    items = {
        item_id: (tag, holder, place)
        for item_id, tag, holder, place in fetch_tuples(
            conn,
            select(Item.id, Item.asset_tag, Item.holder_agency_id, Item.location_id).where(
                Item.status == handed
            ),
        )
    }
    by_item: dict[int, list[_Line]] = {}
    for item_id, kind, src, to, place in fetch_tuples(
        conn,
        select(
            HandoverLine.item_id,
            Handover.kind,
            Handover.from_agency_id,
            Handover.to_agency_id,
            Handover.location_id,
        )
        .join(Handover, Handover.id == HandoverLine.handover_id)
        .where(
            Handover.status == HandoverStatus.ISSUED.value,
            HandoverLine.item_id.in_(select(Item.id).where(Item.status == handed)),
        )
        .order_by(Handover.date, Handover.id, HandoverLine.line_no),
    ):
        by_item.setdefault(item_id, []).append((kind, src, to, place))
    found: dict[str, list[int]] = {"unrecorded": [], "doubled": [], "elsewhere": []}
    for item_id, (_tag, holder, place) in items.items():
        live = live_lines(by_item.get(item_id, []))
        if len(live) > 1:
            found["doubled"].append(item_id)
        elif not live or live[0][0] == _RETURN:
            found["unrecorded"].append(item_id)
        elif (live[0][2], live[0][3]) != (holder, place):
            found["elsewhere"].append(item_id)
    legacy = _legacy(session, set(found["unrecorded"])) if found["unrecorded"] else set()
    found["unrecorded"] = [i for i in found["unrecorded"] if i not in legacy]
    return CustodyReport(
        handed_over=len(items),
        unrecorded=len(found["unrecorded"]),
        doubled=len(found["doubled"]),
        elsewhere=len(found["elsewhere"]),
        legacy=len(legacy),
        tags={k: tuple(sorted(items[i][0] for i in ids)[:SHOWN]) for k, ids in found.items()},
    )


def _legacy(session: Session, candidates: set[int]) -> set[int]:
    """Those of `candidates` created as handed over before this register (by an import)."""
    created = select(AuditEvent.entity_id).where(
        and_(AuditEvent.entity_type == "item", AuditEvent.action == "create"),
        or_(*(AuditEvent.changes.contains(mark) for mark in _LEGACY_MARKS)),
    )
    # Every such event, then the candidates among them: an IN list of many
    # thousand ids would pass the database's limit on parameters.
    return {i for (i,) in fetch_tuples(session.connection(), created)} & candidates
