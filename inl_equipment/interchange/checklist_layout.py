"""The field checklist workbook's layout and words, shared by its writer and its reader.

The sheet an officer fills is "Checklist": a few identity lines, the column
header on row `HEADER_ROW` (1-based `HEADER_ROW + 1`), one row per expected item
and blank rows below. The identity the import trusts is on the "Identity"
sheet (very hidden and protected): the checklist id, the site, the day issued
and the items listed. "Lists" (hidden) holds the drop-downs' words.
"""

from __future__ import annotations

import functools
from typing import Final

from inl_equipment.db.models import Condition
from inl_equipment.db.monitoring import IntendedUse
from inl_equipment.documents.checklist_style import CHECKLIST_LABELS as L
from inl_equipment.documents.labels import Bilingual
from inl_equipment.i18n import lookup
from inl_equipment.services.vocabulary import condition_english

SHEET: Final = "Checklist"
IDENTITY_SHEET: Final = "Identity"
LISTS_SHEET: Final = "Lists"
FORMAT: Final = "inl-equipment-checklist/1"
HEADER_ROW: Final = 6  # 0-based: the seventh row
BLANK_ROWS: Final = 20  # for items found but not listed

# Columns of the checklist sheet, 0-based.
NUMBER, TAG, SERIAL, DESCRIPTION, HOLDER, LAST_CHECK, LAST_RESULT = range(7)
RESULT, CONDITION, USE, REMARKS = range(7, 11)
COLUMNS: Final[tuple[Bilingual, ...]] = (
    L.row_number,
    L.asset_tag,
    L.serial_number,
    L.description,
    L.holder,
    L.last_check,
    L.last_result,
    L.result,
    L.condition,
    L.intended_use,
    L.remarks,
)

# Identity keys (column A of the identity sheet; column B the value).
KEY_FORMAT, KEY_ID, KEY_SITE, KEY_SITE_NAME, KEY_ISSUED, KEY_ITEMS = (
    "format",
    "checklist_id",
    "site_id",
    "site_name",
    "issued",
    "items",  # the listed items' ids, space-separated, `IDS_PER_CELL` a cell
)
IDS_PER_CELL: Final = 2_000  # about 14,000 characters: well inside Excel's cell limit
# Cells an officer fills above the table: (row, column) of the value, 0-based.
CHECKED_ON_CELL: Final = (4, 1)
INSPECTORS_CELL: Final = (4, 4)


def header_text(label: Bilingual) -> str:
    """A column's heading cell: English, and the Lao on a second line when there is one."""
    return f"{label.en}\n{label.lo}" if label.lo else label.en


def condition_words(value: str) -> tuple[str, str]:
    """A condition's fixed English and Lao words ("Good", "ດີ")."""
    english = condition_english(value)
    return english, lookup("lo", "Condition", english)


def use_words(value: str) -> tuple[str, str]:
    """Yes / no / unknown in fixed English and Lao words."""
    english = value.capitalize()
    return english, lookup("lo", "IntendedUse", english)


def condition_from_words(text: str) -> str | None:
    """The condition `text` names (value, English or Lao); "" for an empty cell; None: none."""
    return _from_words(text, _words_of("condition"))


def use_from_words(text: str) -> str | None:
    """yes / no / unknown from `text` (value, English or Lao); "" for empty; None: none."""
    return _from_words(text, _words_of("use"))


@functools.cache
def _words_of(kind: str) -> dict[str, str]:
    """Each word that names a condition or a use (casefolded) -> the value it names.

    Made once: a sheet asks for it on every row, and the words are fixed
    (the Lao ones come from the Lao catalogue, whatever the interface shows).
    """
    named = (
        [(c.value, condition_words(c.value)) for c in Condition]
        if kind == "condition"
        else [(u.value, use_words(u.value)) for u in IntendedUse]
    )
    table: dict[str, str] = {}
    for value, (english, lao) in named:
        for word in (value, english, lao):
            if word:
                table.setdefault(word.casefold(), value)
    return table


def _from_words(text: str, table: dict[str, str]) -> str | None:
    wanted = " ".join(text.split()).casefold() if text else ""
    return table.get(wanted) if wanted else ""


def choice_words(pairs: list[tuple[str, str]]) -> list[str]:
    """The drop-down's entries: every English word, then every Lao word there is."""
    return [en for en, _ in pairs] + [lo for _, lo in pairs if lo]
