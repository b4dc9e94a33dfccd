"""Reference names in an imported file -> records of the register, or records to create.

Categories, holders (agencies), locations and funding sources are written as
text in a spreadsheet. Each distinct text is resolved once per import (a dict
lookup, see `import_lookups.Lookups.find`); a file of 10,000 rows naming twenty
places costs twenty resolutions.

- An exact name (case and spacing aside) is used silently.
- A near name ("CNU office Savannakhet", "INL warehouse") is used with a warning
  that says which record it was matched to, so that no near-duplicate is made.
  Near means: the same letters and digits, and the same symbols that carry
  meaning, in the same order (`symbols`). Case, spacing and punctuation that
  only separates words (`, . ; : ! ? ' "`, brackets, `_`, and a hyphen or dash
  that is not a minus sign) are ignored; mathematical and currency signs,
  `# % & @ * / \\ §`, other symbols, and a minus sign before a digit are not,
  so "+1+1", "-1+1" and "=1+1" are three names, never one.
- Otherwise a new record is planned (or, without "create missing", an error).
  A name written only in Lao is stored as the record's Lao name too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from inl_equipment.i18n import Msg, Text
from inl_equipment.interchange.import_lookups import (
    Lookups,
    RefKind,
    fold,
    guess_province,
    is_lao_only,
    loose_key,
)
from inl_equipment.interchange.import_rows import Issue
from inl_equipment.services import lao_data

UNCATEGORISED = "Uncategorised"
DEFAULT_PROVINCE = "Vientiane Capital"

#: Item field key -> (kind of reference record, `ItemInput` attribute holding its id).
REF_FIELDS: dict[str, tuple[RefKind, str]] = {
    "category": ("category", "category_id"),
    "holder": ("agency", "holder_agency_id"),
    "location": ("location", "location_id"),
    "funding_source": ("funding", "funding_source_id"),
}
# What a row is told about a name, per kind of record (whole sentences: easier to translate).
_MATCHED: dict[RefKind, Msg] = {
    "category": Msg.translate("Import", "'{name}' matched to existing category '{existing}'."),
    "agency": Msg.translate("Import", "'{name}' matched to existing agency '{existing}'."),
    "location": Msg.translate("Import", "'{name}' matched to existing location '{existing}'."),
    "funding": Msg.translate("Import", "'{name}' matched to existing funding source '{existing}'."),
}
_UNKNOWN: dict[RefKind, Msg] = {
    "category": Msg.translate("Import", "Unknown category '{name}' (new records are not created)."),
    "agency": Msg.translate("Import", "Unknown agency '{name}' (new records are not created)."),
    "location": Msg.translate("Import", "Unknown location '{name}' (new records are not created)."),
    "funding": Msg.translate(
        "Import", "Unknown funding source '{name}' (new records are not created)."
    ),
}
_NEW: dict[RefKind, Msg] = {
    "category": Msg.translate("Import", "New category '{name}' will be created."),
    "agency": Msg.translate("Import", "New agency '{name}' will be created."),
    "location": Msg.translate("Import", "New location '{name}' will be created in {province}."),
    "funding": Msg.translate("Import", "New funding source '{name}' will be created."),
}
# Punctuation (category P*) that still says something: "#3", "50%", "A&B", "1/2".
_MEANINGFUL_PUNCTUATION = frozenset("#%&@*/\\\u00a7\u2020\u2021")
# Modifier symbols (category Sk) that are only stray accents.
_ACCENTS = frozenset("`\u00b4\u00a8\u00af\u00b8\u02d8\u02d9\u02da\u02db\u02dc\u02dd")
# A hyphen or dash is a sign where a digit follows and no letter precedes it: "-1", "1-2".
# Between letters ("Wi-Fi") or after one ("Route-5") it only joins words.
_DASH = re.compile("[-\u2010-\u2015\u2212\ufe63\uff0d]")
_MINUS = re.compile(f"(?<![^\\W\\d_]){_DASH.pattern}(?=\\d)")


def symbols(name: str) -> str:
    """The symbols of a name that carry meaning, in order: "+1 + 1" -> "++", "-1+1" -> "-+".

    Two names are near only when these are equal (see the module's notes).
    """
    # Spacing and plain punctuation are dropped first, so "1 - 1" and "(-1)" keep their sign.
    kept = "".join(
        ch
        for ch in unicodedata.normalize("NFKC", name)
        if ch.isalnum()
        or _DASH.fullmatch(ch)
        or unicodedata.category(ch).startswith("M")
        or _meaningful(ch, unicodedata.category(ch))
    )
    minus = {m.start() for m in _MINUS.finditer(kept)}
    return "".join(
        "-" if i in minus else ch
        for i, ch in enumerate(kept)
        if i in minus or _meaningful(ch, unicodedata.category(ch))
    )


def _meaningful(ch: str, category: str) -> bool:
    if category in ("Sm", "Sc", "So"):
        return True
    return ch in _MEANINGFUL_PUNCTUATION or (category == "Sk" and ch not in _ACCENTS)


_NEW_LOCATION_UNPLACED = Msg.translate(
    "Import",
    "New location '{name}' will be created in {province}"
    " (no province in its name; correct it later).",
)


@dataclass(slots=True)
class NewReference:
    """A reference record named in the file that the import will create."""

    kind: RefKind
    name: str
    placeholder: int  # negative id the rows carry until the record exists
    province: str | None = None  # English name, for locations and agencies
    note: Text = ""  # the warning on each row that names it
    name_lo: str = ""  # the name again when it is written only in Lao
    default_province: bool = False  # a location whose name names no province

    @property
    def message(self) -> str:
        """The warning on each row that names it, in the interface's language now."""
        return str(self.note)


class RefResolver:
    """Resolves the reference names of one import; remembers the records to create."""

    def __init__(self, lookups: Lookups, create_missing: bool) -> None:
        """Resolve against `lookups`; plan new records only when `create_missing`."""
        self.lookups = lookups
        self.create_missing = create_missing
        self.new_refs: dict[tuple[RefKind, str], NewReference] = {}
        self.names = {k: dict(v) for k, v in lookups.names.items()}  # with placeholders
        self.provinces = list(lookups.provinces) or [en for en, _ in lao_data.PROVINCES]
        self._done: dict[tuple[str, str], tuple[int | None, Issue | None]] = {}

    def resolve(self, field_key: str, name: str, issues: list[Issue]) -> int | None:
        """The id (or placeholder) `name` stands for; its warning or error goes on `issues`."""
        found = self._done.get((field_key, name))
        if found is None:
            found = self._done[(field_key, name)] = self._resolve(field_key, name)
        if found[1] is not None:
            issues.append(found[1])
        return found[0]

    def _resolve(self, field_key: str, name: str) -> tuple[int | None, Issue | None]:
        kind, _attr = REF_FIELDS[field_key]
        found, lenient = self.lookups.find(kind, name)
        if found is not None and lenient:
            found = self._near(kind, name, found)
        if found is not None:
            if not lenient:
                return found, None
            matched = _MATCHED[kind].format(name=name, existing=self.names[kind][found])
            return found, Issue(field_key, "warning", matched)
        # Names differing in a meaningful symbol are different records to create.
        key = f"{loose_key(name) or fold(name)}\x00{symbols(name)}"
        new = self.new_refs.get((kind, key))
        if new is None and not self.create_missing and name != UNCATEGORISED:
            return None, Issue(field_key, "error", _UNKNOWN[kind].format(name=name))
        if new is None:
            new = self._new(kind, " ".join(name.split()))
            self.new_refs[(kind, key)] = new
            self.names[kind][new.placeholder] = new.name
        return new.placeholder, Issue(field_key, "warning", new.note, new_record=True)

    def _near(self, kind: RefKind, name: str, found: int) -> int | None:
        """`found` if its name has the symbols of `name`, else another record's that has.

        The loose lookup ignores every symbol: "=1+1" is found for "+1+1". Only a
        record with the same letters, digits and meaningful symbols is near.
        """
        wanted = symbols(name)
        names = self.lookups.names[kind]
        if symbols(names[found]) == wanted:
            return found
        key = loose_key(name)
        # Reference lists are short (tens of records) and each name is resolved once.
        for ref_id, other in names.items():
            if loose_key(other) == key and symbols(other) == wanted:
                return ref_id
        return None

    def _new(self, kind: RefKind, name: str) -> NewReference:
        province = None
        if kind in ("location", "agency"):
            province = guess_province(name, self.provinces)
        note = _NEW[kind].format(name=name, province=province)
        unplaced = kind == "location" and province is None
        if unplaced:
            province = DEFAULT_PROVINCE
            note = _NEW_LOCATION_UNPLACED.format(name=name, province=province)
        # The English name is required and unique: a Lao-only name is both.
        name_lo = name if is_lao_only(name) else ""
        placeholder = -1 - len(self.new_refs)
        return NewReference(kind, name, placeholder, province, note, name_lo, unplaced)

    def planned(self, used: set[int | None]) -> list[NewReference]:
        """The records to create that rows to be written point at."""
        return [n for n in self.new_refs.values() if n.placeholder in used]
