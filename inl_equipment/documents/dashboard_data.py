"""What the one-page dashboard summary shows, as plain data (no database, no Qt).

`services.dashboard_summary` fills it from the dashboard's figures; the PDF
builder (`documents.dashboard_pdf`) only lays it out. Every text is already
in the reader's language; amounts are integer cents, formatted by the builder
through `formatting`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One line of a table: what, how many items, their value in cents."""

    label: str
    count: int
    cents: int


@dataclass(frozen=True, slots=True)
class SummaryTable:
    """A titled table of figures; `chart` draws its values as bars beside it."""

    title: str
    rows: list[SummaryRow]
    chart: bool = False


@dataclass(frozen=True, slots=True)
class SummaryWords:
    """The fixed words of the page, in the reader's language."""

    what: str = "What"
    items: str = "Items"
    value: str = "Value"
    other: str = "Other ({count})"  # the rows that did not fit, folded into one
    as_of: str = "As of {date}"
    page: str = "Page {page} of {pages}"


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    """The dashboard's figures for one page."""

    title: str
    register_name: str
    as_of: date
    headline: list[tuple[str, str]]  # (caption, value already in words), e.g. ("Items", "1,204")
    tables: list[SummaryTable] = field(default_factory=list)
    words: SummaryWords = field(default_factory=SummaryWords)
