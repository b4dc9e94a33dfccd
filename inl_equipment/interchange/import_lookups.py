"""What the register already holds, read once per import: asset tags and reference names.

Rows are checked against these dictionaries in Python, never one query per row.
Reference names are found three ways, each one dictionary lookup:

- exactly (ignoring case and runs of spaces): "cnu office,  savannakhet";
- loosely, ignoring punctuation and spacing too: "CNU office Savannakhet";
- by a unique start of a name, ending where a word ends: "INL warehouse" for
  "INL warehouse, Vientiane" (when no other record's name starts so).

English, Lao and short names all count; a loose or partial match is reported to
the user, an exact one is not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    Agency,
    AuditEvent,
    Category,
    FundingSource,
    Item,
    Location,
    Province,
)
from inl_equipment.services import lao_data
from inl_equipment.services.item_rules import identifier_key

RefKind = Literal["category", "agency", "location", "funding"]

# Other spellings of province names seen in Lao documents and spreadsheets.
_PROVINCE_ALIASES = {
    "vientiane capital": "Vientiane Capital",
    "vientiane municipality": "Vientiane Capital",
    "phongsali": "Phongsaly",
    "luangnamtha": "Luang Namtha",
    "oudomxai": "Oudomxay",
    "luangprabang": "Luang Prabang",
    "houaphanh": "Houaphan",
    "huaphan": "Houaphan",
    "xayaboury": "Xayabury",
    "sayaboury": "Xayabury",
    "xieng khouang": "Xiengkhouang",
    "bolikhamxay": "Borikhamxay",
    "bolikhamsai": "Borikhamxay",
    "khammuan": "Khammouane",
    "saravane": "Salavan",
    "champassak": "Champasak",
    "attapu": "Attapeu",
    "saysomboun": "Xaisomboun",
}


#: A name start that more than one record has (record ids start at 1).
AMBIGUOUS = 0
#: Shorter starts of names are not matched ("CN" is no name).
MIN_PREFIX = 3

# What separates words: anything but letters, digits and combining marks. Lao (and
# Thai) vowel signs and tone marks are marks, not letters, for Python's `\w`.
_SEPARATORS = re.compile(r"[^\w\u0300-\u036f\u0e00-\u0e7f\u0e80-\u0eff]+|_+")
_LAO = re.compile(r"[\u0e80-\u0eff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def fold(name: str) -> str:
    """The exact key of a name: case and runs of spaces ignored."""
    return " ".join(name.split()).casefold()


def loose_words(name: str) -> list[str]:
    """The words of a name, casefolded, without punctuation: "CNU office, Bokeo" -> 3 words."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return [w for w in _SEPARATORS.split(text) if w]


def loose_key(name: str) -> str:
    """The loose key of a name: its letters and digits only ("" for "-" or "?")."""
    return "".join(loose_words(name))


def is_lao_only(text: str) -> bool:
    """True when `text` is written in Lao script, with no Latin letter."""
    return _LAO.search(text) is not None and _LATIN.search(text) is None


def _add(index: dict[str, int], key: str, ref_id: int) -> None:
    if not key:
        return
    old = index.setdefault(key, ref_id)
    if old != ref_id:
        index[key] = AMBIGUOUS


@dataclass(slots=True)
class Lookups:
    """What the register holds, read once: asset tags and reference names."""

    tags: dict[str, int]  # `item_rules.identifier_key` of an asset tag -> item id
    ids: dict[RefKind, dict[str, int]]  # folded English/Lao/short name -> id
    names: dict[RefKind, dict[int, str]]  # id -> English name
    provinces: dict[str, int]  # English name -> id (empty in a new register)
    audit_mark: int  # the last audit event: any later write shows as a new one
    loose: dict[RefKind, dict[str, int]]  # `loose_key` of any name -> id
    starts: dict[RefKind, dict[str, int]]  # loose key of a name's first words -> id or AMBIGUOUS

    def find(self, kind: RefKind, name: str) -> tuple[int | None, bool]:
        """The id of the record `name` stands for, and whether the match was lenient."""
        found = self.ids[kind].get(fold(name))
        if found is not None:
            return found, False
        key = loose_key(name)
        found = self.loose[kind].get(key)
        if found is None:
            found = self.starts[kind].get(key) if len(key) >= MIN_PREFIX else None
        if not found:  # none, or more than one record starts so
            return None, False
        return found, True


def _lenient_indexes(
    rows: list[tuple[int, str, str, str]],
) -> tuple[dict[str, int], dict[str, int]]:
    """Loose keys and word-ending name starts of (id, English, Lao, short name) rows.

    As for exact names, rows come by id descending so that the oldest record wins a
    loose key, and an English name beats another record's Lao or short name. A name
    start is only kept when one record has it.
    """
    loose: dict[str, int] = {}
    english: dict[str, int] = {}
    starts: dict[str, int] = {}
    for ref_id, en, lo, short in rows:
        english[loose_key(en)] = ref_id
        for alias in (lo, short):
            loose[loose_key(alias)] = ref_id
        for full in (en, lo):
            words = loose_words(full)
            for k in range(1, len(words)):
                _add(starts, "".join(words[:k]), ref_id)
    loose.update(english)
    loose.pop("", None)
    return loose, starts


def load_lookups(session: Session) -> Lookups:
    """Read the register's asset tags and reference names once, for one import."""
    # Keyed as the rows' tags are (normalised, lowercased): a look-alike is the same tag.
    tags = {identifier_key(t): i for i, t in session.execute(select(Item.id, Item.asset_tag))}
    ids: dict[RefKind, dict[str, int]] = {}
    names: dict[RefKind, dict[int, str]] = {}
    loose: dict[RefKind, dict[str, int]] = {}
    starts: dict[RefKind, dict[str, int]] = {}
    models: dict[RefKind, Any] = {
        "category": Category,
        "agency": Agency,
        "location": Location,
        "funding": FundingSource,
    }
    for kind, model in models.items():
        cols = [model.id, model.name_en, model.name_lo]
        if model is Agency:
            cols.append(Agency.short_name)
        by_name: dict[str, int] = {}
        names[kind] = {}
        rows: list[tuple[int, str, str, str]] = []
        for row in session.execute(select(*cols).order_by(model.id.desc())):
            names[kind][row[0]] = row[1]
            short = row[3] if len(row) > 3 else ""
            rows.append((row[0], row[1], row[2] or "", short or ""))
            for alias in row[1:]:
                if alias:
                    by_name[fold(alias)] = row[0]  # by id descending: the oldest record wins
        for row_id, name in names[kind].items():
            by_name[fold(name)] = row_id  # an English name beats another's short name
        ids[kind] = by_name
        loose[kind], starts[kind] = _lenient_indexes(rows)
    provinces = {n: i for n, i in session.execute(select(Province.name_en, Province.id))}
    mark = session.scalar(select(func.max(AuditEvent.id))) or 0
    return Lookups(tags, ids, names, provinces, mark, loose, starts)


def guess_province(name: str, provinces: list[str]) -> str | None:
    """The province a place name mentions ("CNU office, Bokeo" -> "Bokeo"), if any."""
    text = f" {fold(name)} "
    lao = {en.casefold(): lo for en, lo in lao_data.PROVINCES}
    for en in sorted(provinces, key=len, reverse=True):
        lo = lao.get(en.casefold(), "")
        if re.search(rf"\b{re.escape(en.casefold())}\b", text) or (lo and lo in text):
            return en
    for alias, en in _PROVINCE_ALIASES.items():
        if en in provinces and re.search(rf"\b{re.escape(alias)}\b", text):
            return en
    return None
