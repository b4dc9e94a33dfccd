"""What the sample register's two years of end-use monitoring hold, before it is stored.

The plain records `demo_monitoring` builds (site visits and their results,
incidents, disposals) and the words sample data gives them. Nothing here
touches the database: `demo_monitoring_store` writes what these describe.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from inl_equipment.db.monitoring import CheckMethod, CheckResult, DisposalMethod

#: INL end-use monitoring staff who make the sample checks (fictional people).
INSPECTORS = (
    "John A. Miller",
    "Noy Keovilay",
    "Sarah K. Thompson",
    "Khamla Sengdara",
    "David R. Chen",
    "Phonsavanh Vilaysack",
)
VISIT_REMARKS = {
    CheckMethod.ON_SITE.value: "Items presented by the unit's logistics officer.",
    CheckMethod.REMOTE.value: "Photos of each item sent by the unit, with the asset labels.",
    CheckMethod.DOCUMENTS.value: "Review of the unit's equipment log book and duty rosters.",
}
RESULT_REMARKS: dict[str, tuple[str, ...]] = {
    CheckResult.NOT_SEEN.value: (
        "Not presented; the unit says it is out on patrol.",
        "Officer holding it was on leave.",
        "Not found at the site; the unit will look for it.",
    ),
    CheckResult.UNSERVICEABLE.value: (
        "Does not start.",
        "Screen broken.",
        "Battery no longer holds a charge.",
    ),
    CheckResult.UNDER_REPAIR.value: (
        "At the provincial workshop.",
        "Sent to the vendor under warranty.",
    ),
    CheckResult.LOST.value: ("Not found after two searches; the unit cannot account for it.",),
    CheckResult.STOLEN.value: ("Reported stolen from the unit's vehicle.",),
    CheckResult.DESTROYED.value: ("Burnt out in a road accident.", "Destroyed in a flood."),
}
#: Disposal methods of the sample data, with their words and whether items are sold.
DISPOSAL_KINDS = (
    (DisposalMethod.TRANSFERRED, "Title transferred to the Government of Lao PDR", 5),
    (DisposalMethod.SOLD, "Sold at public auction", 3),
    (DisposalMethod.SCRAPPED, "Scrapped: beyond economical repair", 3),
    (DisposalMethod.DESTROYED, "Destroyed before witnesses", 1),
    (DisposalMethod.RETURNED, "Returned to the donor", 1),
)
WITNESSES = (
    "John A. Miller (INL); Khamphone Sisavath (unit commander)",
    "Sarah K. Thompson (INL); Bounmy Keomany (logistics officer)",
    "David R. Chen (INL); Viengkham Douangchanh (customs inspector)",
)


@dataclass(slots=True)
class Result:
    """One item's result on a visit, with the item's status and condition before and after."""

    item_id: int
    result: str
    condition: str
    intended_use: str
    remark: str
    status: tuple[str, str]
    cond: tuple[str, str]


@dataclass(slots=True)
class Visit:
    """One sample inspection of a site."""

    when: date
    site: int
    agency_id: int | None
    method: str
    inspectors: str
    results: list[Result] = field(default_factory=list)
    incidents: list[IncidentPlan] = field(default_factory=list)
    number: str = ""
    id: int = 0

    @property
    def remark(self) -> str:
        """The inspection's remark, from its method."""
        return VISIT_REMARKS[self.method]


@dataclass(slots=True)
class IncidentPlan:
    """One sample incident: found on a visit, or reported by the unit."""

    item_id: int
    when: date
    kind: str
    prev_status: str
    visit: Visit | None = None
    reported_by: str = ""
    report_ref: str = ""
    remark: str = ""
    outcome: str = ""
    closed: date | None = None
    number: str = ""
    id: int = 0


@dataclass(slots=True)
class DisposalPlan:
    """One sample disposal of several items at one site."""

    when: date
    method: str
    detail: str
    approval_ref: str
    witnesses: str
    #: (item id, sale price) per line, by item id; the status before comes from the item.
    lines: list[tuple[int, Decimal | None]]
    number: str = ""
    id: int = 0


@dataclass(slots=True)
class DemoItem:
    """What the simulation knows of one item, and its status and condition as it goes."""

    id: int
    status: str
    condition: str
    location_id: int
    holder: int | None
    since: date  # the first day it can be checked where it is registered
    value: Decimal
    row: tuple[str, str]  # status and condition the sample row was stored with
    fate: str = ""  # the retired status the sample row was given ("" for active items)
    fate_date: date | None = None
    missed: bool = False  # not seen on its last check


@dataclass(slots=True)
class Plan:
    """Everything the sample monitoring records, each list in the order it is recorded."""

    visits: list[Visit] = field(default_factory=list)
    incidents: list[IncidentPlan] = field(default_factory=list)
    disposals: list[DisposalPlan] = field(default_factory=list)
    items: dict[int, DemoItem] = field(default_factory=dict)


def day_between(rng: random.Random, first: date, last: date) -> date:
    """A day from `first` to `last` (both included; `first` when the range is empty)."""
    days = (last - first).days
    return first + timedelta(days=rng.randint(0, days)) if days > 0 else first


def weekday(day: date) -> date:
    """`day`, or the Friday before it when it falls on a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def remark_for(rng: random.Random, result: str) -> str:
    """A remark an inspector might write for `result` ("" for most results)."""
    words = RESULT_REMARKS.get(result)
    return rng.choice(words) if words else ""
