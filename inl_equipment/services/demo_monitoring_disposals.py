"""Sample disposals (several items of one site at a time) and how sample incidents ended."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from inl_equipment.db.models import ItemStatus
from inl_equipment.db.monitoring import DisposalMethod, IncidentKind, IncidentOutcome
from inl_equipment.services.demo_monitoring_plan import (
    DISPOSAL_KINDS,
    WITNESSES,
    DemoItem,
    DisposalPlan,
    IncidentPlan,
    day_between,
)

#: Incidents this old are closed (most of them); younger ones are still investigated.
_CLOSED_AFTER_DAYS = 120
_OUTCOMES = (
    (IncidentOutcome.WRITTEN_OFF.value, 70),
    (IncidentOutcome.REIMBURSED.value, 15),
    (IncidentOutcome.REPLACED.value, 15),
)
_CENT = Decimal("0.01")


def plan_disposals(
    rng: random.Random, by_site: dict[int, list[DemoItem]], today: date
) -> list[DisposalPlan]:
    """Group each site's disposed sample items into disposals of 2-12 items, oldest first.

    Each item's `fate_date` becomes its disposal's date: it is checked only before.
    """
    kinds = [k for k, _words, _w in DISPOSAL_KINDS]
    weights = [w for _k, _words, w in DISPOSAL_KINDS]
    words = {k: text for k, text, _w in DISPOSAL_KINDS}
    last = today - timedelta(days=1)
    out: list[DisposalPlan] = []
    for site in sorted(by_site):
        items = sorted(
            (i for i in by_site[site] if i.fate == ItemStatus.DISPOSED), key=lambda i: i.since
        )
        while items:
            size = rng.randint(2, 12)
            group, items = items[:size], items[size:]
            when = day_between(rng, min(group[-1].since + timedelta(days=365), last), last)
            method = rng.choices(kinds, weights)[0]
            for item in group:
                item.fate_date = when
            out.append(
                DisposalPlan(
                    when,
                    method.value,
                    words[method],
                    "",
                    rng.choice(WITNESSES),
                    sorted((i.id, _price(rng, i, method)) for i in group),
                )
            )
    out.sort(key=lambda d: (d.when, d.lines[0][0]))
    for n, disposal in enumerate(out, start=1):
        disposal.approval_ref = f"INL/VTE/{disposal.when.year}/{n:04d}"
    return out


def _price(rng: random.Random, item: DemoItem, method: DisposalMethod) -> Decimal | None:
    """What a sold item fetched at auction (a tenth or so of its value)."""
    if method is not DisposalMethod.SOLD:
        return None
    return (item.value * Decimal(rng.randint(5, 25)) / 100).quantize(_CENT)


def plan_outcomes(rng: random.Random, incidents: Iterable[IncidentPlan], today: date) -> None:
    """Close most older investigations (written off, reimbursed, replaced); recoveries stand."""
    outcomes = [o for o, _w in _OUTCOMES]
    weights = [w for _o, w in _OUTCOMES]
    last = today - timedelta(days=1)
    for incident in incidents:
        if incident.closed is not None:
            continue  # found again: closed as recovered when it was planned
        if (today - incident.when).days < _CLOSED_AFTER_DAYS or rng.random() < 0.15:
            continue
        if incident.kind == IncidentKind.DAMAGED:
            incident.outcome = IncidentOutcome.WRITTEN_OFF.value
        else:
            incident.outcome = rng.choices(outcomes, weights)[0]
        incident.closed = min(incident.when + timedelta(days=rng.randint(30, 110)), last)
