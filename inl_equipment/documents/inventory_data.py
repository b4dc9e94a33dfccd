"""Plain data for an inventory report: what the PDF prints, cells already formatted as text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from inl_equipment.documents.inventory_labels import LETTERHEAD
from inl_equipment.documents.labels import Bilingual
from inl_equipment.documents.pdf_tables import ReportColumn


@dataclass(frozen=True, slots=True)
class ReportGroup:
    """A group of rows and its subtotal; `rows` (cells as text) is read once."""

    name: str
    name_lo: str
    count: int
    cents: int
    rows: Iterable[Sequence[str]]


@dataclass(frozen=True, slots=True)
class InventoryReportData:
    """Everything the inventory PDF prints.

    `group_label` is "" for an ungrouped report, which then has one group holding
    every row (its name is not printed). `generated_at` is the moment the report
    is "as of"; `operator` prepared it. A `compact` report prints every cell on
    one line, cut with "…" (a `stacked` column adds a second, smaller line); the
    others wrap their text columns.
    """

    title: str
    generated_at: datetime
    operator: str
    filters_in_words: str
    columns: Sequence[ReportColumn]
    groups: Sequence[ReportGroup]
    group_label: str
    total_count: int
    total_cents: int
    compact: bool = False
    letterhead: Bilingual = LETTERHEAD
