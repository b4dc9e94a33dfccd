"""The handover register: every handover, return and transfer of a period, with totals.

One row per receipt dated in the period (both days included), in date and number
order: the receipt number, date, kind, the giving and receiving parties (the unit's
short name, full name and Lao name; the donor's stock for the INL side), the
location, how many items (lines) it lists and their value (the sum of each line's
quantity × unit value, exact). A void receipt keeps its row, marked with the day
and reason of the void, and names the receipt that replaced it.

The register keeps no link from a void receipt to its reissue, so the reissue is
read from what happened: the first receipt of the same kind issued after the void
that moves one of the void receipt's items (or a part of the same lot). That
receipt's row says which receipt it reissues.

Totals count issued receipts only (a void receipt moved nothing): receipts by
kind, items, value; void receipts are counted on their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from inl_equipment.db.models import Agency, Location
from inl_equipment.db.transactions import Handover, HandoverKind, HandoverLine, HandoverStatus
from inl_equipment.i18n import QT_TRANSLATE_NOOP
from inl_equipment.services.handover_list import short_party
from inl_equipment.services.receipts import DONOR_EN, DONOR_LO
from inl_equipment.services.report_period import Period
from inl_equipment.services.vocabulary import marked_text

#: The register's title (English, marked; `register_title` translates it).
TITLE = QT_TRANSLATE_NOOP("Reports", "Handover register")
KINDS: tuple[str, ...] = tuple(k.value for k in HandoverKind)


def register_title() -> str:
    """The handover register's title in the interface's language now."""
    return marked_text("Reports", TITLE)


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a receipt: a unit (short, full and Lao names) or the donor's stock."""

    short: str
    full: str
    lao: str
    donor: bool = False


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One receipt of the register."""

    number: str
    date: date
    kind: str
    status: str
    giver: Party
    taker: Party
    location: str
    location_lo: str
    items: int
    value: Decimal
    void_reason: str = ""
    voided_at: datetime | None = None  # aware, UTC
    replaced_by: str = ""  # the reissue of a void receipt
    reissue_of: str = ""  # the void receipt this one replaced

    @property
    def void(self) -> bool:
        """True for a void receipt."""
        return self.status == HandoverStatus.VOID.value


@dataclass(frozen=True, slots=True)
class KindTotals:
    """The issued receipts of one kind: how many, their items and value."""

    kind: str
    receipts: int = 0
    items: int = 0
    value: Decimal = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class HandoverRegister:
    """The register of a period, as of `generated_at`, prepared by `operator`."""

    period: Period
    generated_at: datetime
    operator: str
    entries: list[RegisterEntry]
    by_kind: list[KindTotals] = field(default_factory=list)

    @property
    def receipts(self) -> int:
        """Issued receipts in the period."""
        return sum(k.receipts for k in self.by_kind)

    @property
    def items(self) -> int:
        """Items on the issued receipts."""
        return sum(k.items for k in self.by_kind)

    @property
    def value(self) -> Decimal:
        """Value of the issued receipts, exact."""
        return sum((k.value for k in self.by_kind), Decimal("0.00"))

    @property
    def void_count(self) -> int:
        """Void receipts in the period."""
        return sum(1 for e in self.entries if e.void)


def _party(agency: Agency | None) -> Party:
    if agency is None:
        return Party(short_party(DONOR_EN), DONOR_EN, DONOR_LO, donor=True)
    return Party(agency.short_name or agency.name_en, agency.name_en, agency.name_lo)


def _line_values(session: Session, ids: Sequence[int]) -> dict[int, Decimal]:
    """Each handover's value: the sum of its lines' quantity × unit value."""
    values: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for start in range(0, len(ids), 500):  # keeps IN lists short on every database
        chunk = ids[start : start + 500]
        q = select(HandoverLine.handover_id, HandoverLine.quantity, HandoverLine.unit_value)
        for hid, qty, unit in session.execute(q.where(HandoverLine.handover_id.in_(chunk))):
            values[hid] += unit * qty
    return values


def _reissue(session: Session, void: Handover) -> str:
    """The receipt that replaced `void`: the first of its kind after it moving its items."""
    items = [ln.item_id for ln in void.lines] + [
        ln.split_from_item_id for ln in void.lines if ln.split_from_item_id is not None
    ]
    if not items:
        return ""
    q = (
        select(Handover.number)
        .join(HandoverLine, HandoverLine.handover_id == Handover.id)
        .where(
            Handover.id > void.id,
            Handover.kind == void.kind,
            or_(HandoverLine.item_id.in_(items), HandoverLine.split_from_item_id.in_(items)),
        )
        .order_by(Handover.id)
        .limit(1)
    )
    if void.voided_at is not None:
        q = q.where(Handover.created_at >= void.voided_at)
    return session.scalar(q) or ""


def _handovers(session: Session, period: Period) -> list[tuple[Handover, Agency, Agency, Location]]:
    giver, taker = aliased(Agency), aliased(Agency)
    q = (
        select(Handover, giver, taker, Location)
        .outerjoin(giver, Handover.from_agency_id == giver.id)
        .outerjoin(taker, Handover.to_agency_id == taker.id)
        .outerjoin(Location, Handover.location_id == Location.id)
        .order_by(Handover.date, Handover.number)
    )
    if period.start is not None:
        q = q.where(Handover.date >= period.start)
    if period.end is not None:
        q = q.where(Handover.date <= period.end)
    return [tuple(row) for row in session.execute(q)]  # type: ignore[misc]


def read_handover_register(
    session: Session, period: Period, operator: str, generated_at: datetime | None = None
) -> HandoverRegister:
    """The handover register of `period` (one read session), prepared by `operator`."""
    rows = _handovers(session, period)
    values = _line_values(session, [h.id for h, *_ in rows])
    # Every void receipt, also one dated before the period whose reissue falls in it.
    voids = session.scalars(select(Handover).where(Handover.status == HandoverStatus.VOID.value))
    replaced = {h.number: _reissue(session, h) for h in voids}
    reissues = {new: old for old, new in replaced.items() if new}
    entries = [
        RegisterEntry(
            number=h.number,
            date=h.date,
            kind=h.kind,
            status=h.status,
            giver=_party(giver),
            taker=_party(taker),
            location=place.name_en if place else "",
            location_lo=place.name_lo if place else "",
            items=h.item_count,
            value=values[h.id],
            void_reason=h.void_reason,
            voided_at=h.voided_at.replace(tzinfo=UTC) if h.voided_at else None,
            replaced_by=replaced.get(h.number, ""),
            reissue_of=reissues.get(h.number, ""),
        )
        for h, giver, taker, place in rows
    ]
    return HandoverRegister(
        period,
        generated_at or datetime.now().replace(microsecond=0),
        operator,
        entries,
        kind_totals(entries),
    )


def kind_totals(entries: Sequence[RegisterEntry]) -> list[KindTotals]:
    """Issued receipts, items and value by kind (handover, return, transfer), in that order."""
    out = []
    for kind in KINDS:
        issued = [e for e in entries if e.kind == kind and not e.void]
        out.append(
            KindTotals(
                kind,
                len(issued),
                sum(e.items for e in issued),
                sum((e.value for e in issued), Decimal("0.00")),
            )
        )
    return out
