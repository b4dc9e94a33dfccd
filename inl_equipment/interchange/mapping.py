"""Guess which item field each column of an imported file holds, and remember the choice.

Matching is by header text only.  Aliases cover Snipe-IT exports, common English
wording in embassy spreadsheets and the Lao words of our own receipts.  A mapping
the officer confirmed is saved under the file's "shape" (its normalized headers)
so that next year's file of the same shape maps itself.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import TypeAlias

#: Column index -> item field key, or None for a column that is not imported.
Mapping: TypeAlias = dict[int, str | None]

FIELDS: tuple[str, ...] = (
    "asset_tag",
    "description",
    "description_lo",
    "serial_number",
    "category",
    "make",
    "model",
    "quantity",
    "unit",
    "lot_number",
    "expiry_date",
    "unit_value",
    "funding_source",
    "title_holder",
    "federal_share_pct",
    "acquisition_date",
    "vendor",
    "po_number",
    "status",
    "holder",
    "location",
    "condition",
    "notes",
)


def _split(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(a.strip() for a in names.split("|")) for key, names in table.items()}


# Best alias first: when two columns claim a field, the better alias wins.
ALIASES: dict[str, tuple[str, ...]] = _split(
    {
        "asset_tag": (
            "asset tag | tag | asset tag no | tag no | asset no | asset id | asset code | "
            "inventory no | inventory tag | inventory | property no | property tag | "
            "equipment no | equipment id | inl tag | barcode | decal no"
        ),
        "description": (
            "description | item name | name | item description | item | equipment | "
            "equipment name | equipment description | asset name | article | nomenclature | "
            "desc | ລາຍການ | ອຸປະກອນ"
        ),
        # Our own export's "Description (Lao)" first.
        "description_lo": (
            "description lao | lao description | description in lao | description lo | "
            "ລາຍລະອຽດ | ລາຍລະອຽດ ພາສາລາວ | ຄຳອະທິບາຍ"
        ),
        "serial_number": (
            "serial number | serial | serial no | s n | sn | vin | vin no | chassis no | "
            "frame no | imei | service tag | ເລກໝາຍເຄື່ອງ | ເລກໝາຍ"
        ),
        "category": (
            "category | asset category | equipment category | type | asset type | "
            "equipment type | item type | class | ປະເພດ"
        ),
        "make": "manufacturer | make | brand | mfr | maker | ຍີ່ຫໍ້",
        "model": "model | model name | model no | ລຸ້ນ",
        "quantity": "quantity | qty | count | no of units | pieces | pcs | ຈຳນວນ",
        "unit": "unit | uom | unit of measure | unit of issue | u m | ui | ຫົວໜ່ວຍ",
        "lot_number": "lot number | lot no | lot | batch no | batch",
        "expiry_date": (
            "expiry date | expiry | expiration date | expiration | exp date | expires | use by | "
            "best before | ວັນໝົດອາຍຸ"
        ),
        "unit_value": (
            "unit value | unit price | unit cost | purchase cost | purchase price | "
            "acquisition cost | cost | value | price | ມູນຄ່າ"
        ),
        "funding_source": (
            "funding source | funding | fund source | source of funds | fund | program | "
            "programme | project | agreement | loa | grant"
        ),
        # Snipe-IT's "Company" owns the asset: the title holder, never the unit holding it.
        "title_holder": "title holder | title held by | title to | owner | ownership | company",
        "federal_share_pct": (
            "federal share pct | federal share | federal share percent | federal pct | "
            "usg share | federal participation"
        ),
        "acquisition_date": (
            "acquisition date | date acquired | purchase date | date purchased | "
            "date of purchase | acquired | purchased | date received | received date | "
            "delivery date | date | ວັນທີ"
        ),
        "vendor": "vendor | supplier | vendor name | supplier name | seller | contractor",
        "po_number": "po no | po | purchase order no | purchase order | order no | contract no",
        "status": "status | asset status | status label",
        "holder": (
            "holder | holding agency | agency | recipient | recipient agency | end user | "
            "assigned to | issued to | department | organization | organisation | "
            "checked out to"
        ),
        "location": (
            "location | current location | default location | site | office | station | post | "
            "checkpoint | border post | province | ສະຖານທີ່"
        ),
        "condition": "condition | physical condition | ສະພາບ",
        "notes": (
            "notes | note | asset notes | remarks | remark | comments | comment | observations | "
            "ໝາຍເຫດ"
        ),
    }
)

# Fallback when no alias matches the whole header: a header *containing* one of these
# words ("Vehicle VIN", "Serial # / IMEI") is taken, after every whole-header match.
KEYWORDS: dict[str, tuple[str, ...]] = _split(
    {
        "asset_tag": "asset tag | inventory no",
        "description": "description",
        "serial_number": "serial | vin | imei | chassis",
        "category": "category",
        "make": "manufacturer | brand",
        "model": "model",
        "quantity": "qty | quantity",
        "lot_number": "lot | batch",
        "expiry_date": "expiry | expiration",
        "unit_value": "unit price | unit cost | unit value | purchase cost",
        "funding_source": "funding | programme | program",
        "vendor": "vendor | supplier",
        "po_number": "purchase order | po no",
        "location": "location | province",
        "condition": "condition",
        "notes": "notes | remarks | comments",
    }
)

_SYNONYMS = {"number": "no", "num": "no", "nbr": "no", "nr": "no", "percent": "pct"}
_NOISE = frozenset({"usd", "us", "dollars", "dollar", "the", "of", "in", "ໂດລາ"})


def normalize_header(header: str) -> str:
    """Case-, spacing- and punctuation-insensitive form: "ASSET-TAG" -> "asset tag"."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = text.replace("#", " no ").replace("%", " pct ")
    # Keep letters, digits and combining marks: Lao vowels and tones are marks.
    chars = (c if unicodedata.category(c)[0] in "LNM" else " " for c in text)
    return " ".join("".join(chars).split())


def _loose(normalized: str) -> str:
    words = (_SYNONYMS.get(w, w) for w in normalized.split())
    return " ".join(w for w in words if w not in _NOISE)


def _index(aliases: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[str, int]]]:
    table: dict[str, list[tuple[str, int]]] = {}
    for key, names in aliases.items():
        for rank, alias in enumerate(names):
            table.setdefault(_loose(normalize_header(alias)), []).append((key, rank))
    return table


_EXACT = _index(ALIASES)
_KEYWORDS = _index(KEYWORDS)


def guess_mapping(headers: list[str]) -> Mapping:
    """Column index -> field key (or None); each field goes to its best-matching column."""
    candidates: list[tuple[int, int, int, str]] = []  # (tier, alias rank, column, field)
    for column, header in enumerate(headers):
        key = _loose(normalize_header(header))
        if not key:
            continue
        for field, rank in _EXACT.get(key, ()):
            candidates.append((0, rank, column, field))
        padded = f" {key} "
        for word, claims in _KEYWORDS.items():
            if f" {word} " in padded:
                candidates.extend((1, rank, column, field) for field, rank in claims)
    mapping: Mapping = dict.fromkeys(range(len(headers)))
    taken: set[str] = set()
    for _tier, _rank, column, field in sorted(candidates):
        if field not in taken and mapping[column] is None:
            mapping[column] = field
            taken.add(field)
    return mapping


def mapping_signature(headers: list[str]) -> str:
    """The "shape" of a file: its normalized headers joined by '|'."""
    return "|".join(normalize_header(h) for h in headers)


def save_mappings(path: Path, mappings: dict[str, Mapping]) -> None:
    """Write confirmed mappings, keyed by `mapping_signature`, atomically as JSON."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "version": 1,
        "mappings": {
            sig: {str(col): field for col, field in sorted(m.items())}
            for sig, m in mappings.items()
        },
    }
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_mappings(path: Path) -> dict[str, Mapping]:
    """Read saved mappings; a missing or damaged file, or damaged entries, count as none."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        stored = data["mappings"]
    except (OSError, ValueError, TypeError, KeyError):
        return {}
    result: dict[str, Mapping] = {}
    if not isinstance(stored, dict):
        return result
    for sig, entry in stored.items():
        if not isinstance(entry, dict):
            continue
        mapping: Mapping = {}
        for col, field in entry.items():
            if re.fullmatch(r"\d{1,4}", str(col)) and (field is None or field in FIELDS):
                mapping[int(col)] = field
        if mapping:
            result[str(sig)] = mapping
    return result
