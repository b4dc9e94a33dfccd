"""What the annual end-use monitoring (EUM) report holds: plain values, no layout.

`services.eum_report.build_eum_report` fills these; the PDF
(`documents.eum_report_pdf`) and the XLSX (`interchange.eum_report_xlsx`)
lay them out. Every count is a number of *items* (never of results, except
`Counts.results_recorded`), so that each table's rows add up to its total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from inl_equipment.db.monitoring import CheckResult
from inl_equipment.i18n import QT_TRANSLATE_NOOP

#: The results in the order the report's columns show them (verified first).
RESULT_ORDER: tuple[CheckResult, ...] = tuple(CheckResult)
#: An item not checked for longer than this (as of the end of the period) is listed.
NOT_CHECKED_MONTHS = 24


@dataclass(slots=True)
class Counts:
    """The figures of one row (the whole register, an agency, a province or a site).

    Attributes:
        held: items held by a recipient unit at the start of the period (the
            denominator of the verification rate).
        checked: items with at least one result in the period.
        verified: checked items whose latest result in the period is in use or in storage.
        verified_held: of `held`, those verified (the numerator of the rate).
        by_result: checked items by their latest result, in `RESULT_ORDER` (sums to `checked`).
        problems: checked items whose latest result is not verified (`checked - verified`).
        followed_up: of `problems`, those with an incident opened on or after that result.
        still_open: of `followed_up`, those whose incident is still open.
        results_recorded: results recorded in the period (an item checked twice counts twice).
    """

    held: int = 0
    checked: int = 0
    verified: int = 0
    verified_held: int = 0
    by_result: list[int] = field(default_factory=lambda: [0] * len(RESULT_ORDER))
    problems: int = 0
    followed_up: int = 0
    still_open: int = 0
    results_recorded: int = 0

    @property
    def rate(self) -> int | None:
        """The verification rate in hundredths of a percent (None when nothing was held)."""
        if not self.held:
            return None
        return (self.verified_held * 10_000 * 2 + self.held) // (self.held * 2)

    def add(self, other: Counts) -> None:
        """Add `other`'s figures to these (a total from its rows)."""
        self.held += other.held
        self.checked += other.checked
        self.verified += other.verified
        self.verified_held += other.verified_held
        self.by_result = [a + b for a, b in zip(self.by_result, other.by_result, strict=True)]
        self.problems += other.problems
        self.followed_up += other.followed_up
        self.still_open += other.still_open
        self.results_recorded += other.results_recorded

    def as_tuple(self) -> tuple[int, ...]:
        """Every figure in one tuple (for comparing totals)."""
        return (
            self.held,
            self.checked,
            self.verified,
            self.verified_held,
            *self.by_result,
            self.problems,
            self.followed_up,
            self.still_open,
            self.results_recorded,
        )


@dataclass(slots=True)
class GroupRow:
    """One row of a breakdown: an agency, a province or a site (id None: none recorded)."""

    key: int | None
    name_en: str
    name_lo: str
    counts: Counts = field(default_factory=Counts)
    province_en: str = ""  # sites only
    province_lo: str = ""


@dataclass(frozen=True, slots=True)
class ProblemLine:
    """A checked item whose latest result in the period was not verified, and what followed."""

    asset_tag: str
    description: str
    unit: str
    result: str  # a CheckResult value
    checked_on: date
    inspection: str
    incident: str  # "" when no incident followed
    incident_outcome: str  # "" while open (or no incident)


@dataclass(frozen=True, slots=True)
class SiteSection:
    """One site: its figures and its problems."""

    row: GroupRow
    problems: list[ProblemLine]


@dataclass(frozen=True, slots=True)
class IncidentLine:
    """An incident dated in the period, with where its investigation stands today."""

    number: str
    date: date
    asset_tag: str
    description: str
    unit: str
    kind: str
    place: str
    report_ref: str
    outcome: str  # "" while open
    closed_date: dt.date | None


@dataclass(frozen=True, slots=True)
class DisposalItem:
    """One item of a disposal dated in the period."""

    number: str
    date: date
    method: str
    detail: str
    approval_ref: str
    asset_tag: str
    description: str
    sale_price: Decimal | None


@dataclass(frozen=True, slots=True)
class NotCheckedLine:
    """An item held by a unit and not checked for more than `NOT_CHECKED_MONTHS`."""

    asset_tag: str
    description: str
    unit: str
    site: str
    last_check: date | None
    last_result: str
    held_since: date | None


@dataclass(slots=True)
class EumReport:
    """The whole report for one period (a calendar year is 1 January to 31 December)."""

    start: date
    end: date
    as_of: date  # the end, or today when the period has not ended yet
    generated: date
    totals: Counts
    by_agency: list[GroupRow]
    by_province: list[GroupRow]
    sites: list[SiteSection]
    incidents: list[IncidentLine]
    disposals: list[DisposalItem]
    not_checked: list[NotCheckedLine]
    unexpected_results: int = 0  # results of items seen at a site they are not registered at

    @property
    def is_calendar_year(self) -> bool:
        """True when the period is one whole calendar year."""
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        ) and self.start.year == self.end.year


#: The definitions printed in the report, in context "EumReport" (text: term, meaning).
DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("EumReport", "Held at the start"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "Items in the custody of a recipient unit on the first day of the period: "
            "handed over on an issued receipt dated on or before that day and not returned "
            "to donor stock by then (items recorded with a holder but no receipt count from "
            "their acquisition date), and not retired before that day (an item lost, stolen, "
            "destroyed or disposed of counts if its incident or disposal is dated on or after "
            "the first day). Lot parts merged back into their lot are not counted.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EumReport", "Checked"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "Items with at least one result in the period; an item checked twice counts once.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EumReport", "Verified"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "Checked items whose latest result in the period is in use or in storage.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EumReport", "Verification rate"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "Items held at the start that were verified, divided by the items held at the "
            "start (the denominator). Items handed over during the period are checked and "
            "verified but not part of the rate.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EumReport", "Problems and follow-up"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "Checked items whose latest result is not verified; followed up when an incident "
            "of the item is dated on or after that result.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EumReport", "Agency and site"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "The unit holding the item and its site at the end of the period, by the "
            "receipts; items held by no unit then are shown as (no unit).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EumReport", "Not checked"),
        QT_TRANSLATE_NOOP(
            "EumReport",
            "Items held by a unit at the end of the period with no result in the 24 months "
            "before it (never checked: held for longer than that).",
        ),
    ),
)
