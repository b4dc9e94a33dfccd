"""What a field checklist prints: plain data, filled by `services.checklists`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    """One expected item, as the checklist lists it."""

    item_id: int
    asset_tag: str
    serial_number: str
    description: str
    holder: str
    last_check: date | None
    last_result: str  # a check result's value, "" if never checked
    last_result_words: str = ""  # the same as printed: "In use / ..." (English alone if no Lao)


@dataclass(frozen=True, slots=True)
class ResultWords:
    """One allowed result: its stored value and its fixed English and Lao words."""

    value: str
    english: str
    lao: str


@dataclass(slots=True)
class ChecklistData:
    """One site's field checklist: its identity and the items expected there."""

    checklist_id: str
    location_id: int
    site_en: str
    site_lo: str
    province_en: str
    province_lo: str
    issued: date
    operator: str
    units: list[str] = field(default_factory=list)  # the agencies holding items there
    rows: list[ChecklistRow] = field(default_factory=list)
    #: The results to tick, in order (from `eum_vocabulary.result_words`).
    results: list[ResultWords] = field(default_factory=list)
    #: True when it lists a selection of the site's items, not all of them.
    partial: bool = False
