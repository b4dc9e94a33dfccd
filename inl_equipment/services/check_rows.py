"""The register table's end-use check columns and filters, over plain rows.

A row carries its latest check (date, result, run of "not seen") and
`check_base`, the date its next check counts from; the next check is that
date plus the item's interval (its category's, else the register's, at most
24 months). The filters: *due* (within a month), *overdue*, *follow up*
(not seen twice or more in a row), *never checked*, and *not verified
this year* (held by a unit, and no check this year found it in use or in
storage: the dashboard's verification rate counts the others).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from inl_equipment.db.models import RETIRED_STATUSES
from inl_equipment.db.monitoring import VERIFIED_RESULTS
from inl_equipment.i18n import QT_TRANSLATE_NOOP
from inl_equipment.services.columns import R_CATEGORY, R_HOLDER, R_STATUS, R
from inl_equipment.services.due_checks import DUE_WINDOW_DAYS, MAX_INTERVAL_MONTHS, add_months

R_CHECK_BASE = R["check_base"]
R_LAST_CHECK = R["last_check_date"]
R_NOT_SEEN = R["not_seen_run"]
R_LAST_RESULT = R["last_check_result"]
_VERIFIED = frozenset(r.value for r in VERIFIED_RESULTS)
VERIFIED_VALUES = _VERIFIED
_RETIRED = frozenset(s.value for s in RETIRED_STATUSES)
RETIRED_VALUES = _RETIRED

#: The filter choices, (value, label as marked): "" shows every item.
CHECK_FILTERS: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("CheckFilter", "Any check state")),
    ("due", QT_TRANSLATE_NOOP("CheckFilter", "Check due (within a month)")),
    ("overdue", QT_TRANSLATE_NOOP("CheckFilter", "Check overdue")),
    ("follow_up", QT_TRANSLATE_NOOP("CheckFilter", "Not seen twice: follow up")),
    ("never", QT_TRANSLATE_NOOP("CheckFilter", "Never checked")),
    ("unverified", QT_TRANSLATE_NOOP("CheckFilter", "Not verified this year")),
)


@lru_cache(maxsize=4096)
def _due_text(base: str, months: int) -> str:
    # Few distinct (date, interval) pairs: most items share their handover's day.
    return add_months(date.fromisoformat(base[:10]), months).isoformat()


def next_due(row: Sequence[Any], default: int, by_category: dict[int, int]) -> str | None:
    """The row's next check as ISO text; None for an item out of the register."""
    base = row[R_CHECK_BASE]
    if base is None or row[R_STATUS] in _RETIRED:
        return None
    months = min(by_category.get(row[R_CATEGORY]) or default, MAX_INTERVAL_MONTHS)
    return _due_text(str(base), months)


def held_by_unit(row: Sequence[Any]) -> bool:
    """Whether the item is in a unit's custody (its end-use checks count)."""
    return row[R_HOLDER] is not None and row[R_STATUS] not in _RETIRED


def verified_in(row: Sequence[Any], year: int) -> bool:
    """Whether the item's latest check is of `year` and found it in use or in storage."""
    last = row[R_LAST_CHECK]
    # ISO text from SQLite, a date from other drivers: the year is the first four.
    return last is not None and str(last)[:4] == str(year) and row[R_LAST_RESULT] in _VERIFIED


def passes(mode: str, row: Sequence[Any], due: str | None, today: date) -> bool:
    """Whether a row with next check `due` belongs under the check filter `mode`."""
    if mode == "unverified":
        return held_by_unit(row) and not verified_in(row, today.year)
    if mode == "never":
        return row[R_LAST_CHECK] is None and row[R_STATUS] not in _RETIRED
    if mode == "follow_up":
        return (row[R_NOT_SEEN] or 0) >= 2 and row[R_STATUS] not in _RETIRED
    if due is None:
        return False
    if mode == "overdue":
        return due < today.isoformat()
    if mode == "due":
        return due <= (today + timedelta(days=DUE_WINDOW_DAYS)).isoformat()
    return True
