"""One imported row's cells -> typed item values, with a message per bad or doubtful cell.

Nothing here touches the database: reference names (category, holder, location,
funding source) stay text until `importer` resolves them against the register.
Converters are chosen once per mapping: 10,000 rows cost little more than parsing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any, Literal

from inl_equipment.db.models import Condition, ItemStatus
from inl_equipment.i18n import QT_TRANSLATE_NOOP, Msg, Text
from inl_equipment.interchange.mapping import Mapping
from inl_equipment.interchange.parsing import (
    AmbiguousDateError,
    DateOrder,
    ParseError,
    excel_mangled_serial,
    guess_date_order,
    parse_date,
    parse_int,
    parse_money,
)
from inl_equipment.services.item_rules import IDENTIFIER_FIELDS, normalize_identifier

Level = Literal["error", "warning", "note"]

#: Fields that name a reference record; their text is resolved by the importer.
REFERENCE_FIELDS = frozenset({"category", "holder", "location", "funding_source"})
DATE_FIELDS = ("acquisition_date", "expiry_date")
#: Identifiers Excel turns into 3.01043E+13 when they are long numbers.
_IDENTIFIERS = frozenset({"asset_tag", "serial_number", "model", "lot_number", "po_number"})
_MULTILINE = frozenset({"description", "description_lo", "notes"})

#: Field key -> its label in English (`field_label` translates it).
LABELS: dict[str, str] = {
    "asset_tag": QT_TRANSLATE_NOOP("Import", "Asset tag"),
    "description": QT_TRANSLATE_NOOP("Import", "Description"),
    "description_lo": QT_TRANSLATE_NOOP("Import", "Description (Lao)"),
    "serial_number": QT_TRANSLATE_NOOP("Import", "Serial number"),
    "category": QT_TRANSLATE_NOOP("Import", "Category"),
    "make": QT_TRANSLATE_NOOP("Import", "Make"),
    "model": QT_TRANSLATE_NOOP("Import", "Model"),
    "quantity": QT_TRANSLATE_NOOP("Import", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("Import", "Unit"),
    "lot_number": QT_TRANSLATE_NOOP("Import", "Lot number"),
    "expiry_date": QT_TRANSLATE_NOOP("Import", "Expiry date"),
    "unit_value": QT_TRANSLATE_NOOP("Import", "Unit value (USD)"),
    "funding_source": QT_TRANSLATE_NOOP("Import", "Funding source"),
    "title_holder": QT_TRANSLATE_NOOP("Import", "Title holder"),
    "federal_share_pct": QT_TRANSLATE_NOOP("Import", "Federal share %"),
    "acquisition_date": QT_TRANSLATE_NOOP("Import", "Acquisition date"),
    "vendor": QT_TRANSLATE_NOOP("Import", "Vendor"),
    "po_number": QT_TRANSLATE_NOOP("Import", "PO number"),
    "status": QT_TRANSLATE_NOOP("Import", "Status"),
    "holder": QT_TRANSLATE_NOOP("Import", "Holder"),
    "location": QT_TRANSLATE_NOOP("Import", "Location"),
    "condition": QT_TRANSLATE_NOOP("Import", "Condition"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
}


def field_label(key: str) -> str:
    """The label of an item field in the interface's language: "Unit value (USD)"."""
    return field_label_msg(key).render()


def field_label_msg(key: str) -> Msg:
    """The label of an item field as a message (a parameter of another one, say)."""
    return Msg("Import", LABELS[key])


class _LowerCase(Msg):
    """A message in lower case: a label in the middle of a sentence ("this model")."""

    __slots__ = ()

    def render(self) -> str:
        """The message in the interface's language, in lower case."""
        return super().render().lower()

    def english(self) -> str:
        """The message in English, in lower case."""
        return super().english().lower()


@dataclass(frozen=True, slots=True)
class Issue:
    """Something wrong (error) or doubtful (warning) about one cell, or a note on the row."""

    field: str  # a `mapping.FIELDS` key; "" for the row as a whole
    level: Level
    text: Text  # usually a `Msg`: shown in the language of the moment
    new_record: bool = False  # the warning that a reference record will be created

    @property
    def message(self) -> str:
        """The message in the interface's language, now."""
        return str(self.text)


def error_text(error: Exception) -> Text:
    """The message an exception was raised with (a `Msg` stays one), else its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Msg | str) else str(error)


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


_S = ItemStatus
# Whole-text matches first (Snipe-IT labels, our own labels), then words inside the text.
_STATUS_EXACT: dict[str, ItemStatus] = {
    **{_words(s.value): s for s in ItemStatus},
    **{_words(s.label): s for s in ItemStatus},
    **dict.fromkeys(
        (
            "stock",
            "in store",
            "in storage",
            "storage",
            "available",
            "ready",
            "ready to deploy",
            "pending",
            "new",
            "spare",
            "unassigned",
            "warehouse",
            "in warehouse",
            "received",
            "on hand",
        ),
        _S.IN_STOCK,
    ),
    **dict.fromkeys(
        (
            "deployed",
            "handed over",
            "handover",
            "issued",
            "assigned",
            "checked out",
            "in use",
            "donated",
            "delivered",
            "in service",
        ),
        _S.HANDED_OVER,
    ),
    **dict.fromkeys(
        (
            "broken",
            "repair",
            "in repair",
            "under repair",
            "out for repair",
            "out for diagnostics",
            "pending diagnostics",
            "maintenance",
            "undeployable",
        ),
        _S.IN_REPAIR,
    ),
    "missing": _S.LOST,
    "lost stolen": _S.LOST,
    **dict.fromkeys(
        (
            "archived",
            "disposed",
            "retired",
            "written off",
            "write off",
            "sold",
            "destroyed",
            "scrapped",
        ),
        _S.DISPOSED,
    ),
}
_STATUS_KEYWORDS: tuple[tuple[str, ItemStatus], ...] = (
    ("stolen", _S.STOLEN),
    ("lost", _S.LOST),
    ("dispos", _S.DISPOSED),
    ("archiv", _S.DISPOSED),
    ("repair", _S.IN_REPAIR),
    ("broken", _S.IN_REPAIR),
    ("diagnos", _S.IN_REPAIR),
    ("handed", _S.HANDED_OVER),
    ("deployed", _S.HANDED_OVER),
    ("stock", _S.IN_STOCK),
)

_C = Condition
_CONDITION_EXACT: dict[str, Condition] = {
    **{c.value: c for c in Condition},
    **dict.fromkeys(("brand new", "like new", "excellent", "unused", "ໃໝ່"), _C.NEW),
    **dict.fromkeys(("ok", "okay", "very good", "working", "serviceable", "ດີ"), _C.GOOD),
    **dict.fromkeys(("used", "average", "worn", "satisfactory"), _C.FAIR),
    **dict.fromkeys(("bad", "damaged", "needs repair"), _C.POOR),
    **dict.fromkeys(
        ("u s", "broken", "not working", "beyond repair", "ber", "scrap", "defective"),
        _C.UNSERVICEABLE,
    ),
}


def status_from_text(text: str) -> ItemStatus | None:
    """A status from what people write ("Ready to Deploy", "Handed over", "Out for repair")."""
    words = _words(text)
    found = _STATUS_EXACT.get(words)
    if found is None:
        found = next((s for key, s in _STATUS_KEYWORDS if key in words), None)
    return found


def condition_from_text(text: str) -> Condition | None:
    """A condition from what people write ("Good", "like new", "U/S")."""
    return _CONDITION_EXACT.get(_words(text))


def parse_percent(text: str) -> Decimal | None:
    """A percentage such as "100", "100 %" or "62.5%", to hundredths."""
    s = text.replace("%", "").replace(",", ".").strip()
    if not s:
        return None
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not a percentage.").format(text=text.strip())
        ) from None
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not a percentage from 0 to 100.").format(
                text=text.strip()
            )
        )
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


# ------------------------------------------------------------------ converting cells

Converter = Callable[[str, list[Issue]], Any]


# CSV exports (ours included) put an apostrophe before text a spreadsheet would run as a
# formula ("'=SUM(A1)", "'-123"); the value itself is the text after it.
_FORMULA_FIRST = frozenset("=+-@\t\r\n")


def unquote_formula(text: str) -> str:
    """ "'-123" -> "-123": undo the apostrophe that keeps a cell from being a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_FIRST:
        return text[1:]
    return text


def _one_line(field: str) -> Converter:
    # Tags and serials as the item form stores them: look-alikes are one identifier.
    tidy = normalize_identifier if field in IDENTIFIER_FIELDS else lambda v: " ".join(v.split())

    def convert(text: str, issues: list[Issue]) -> str:
        value = tidy(unquote_formula(text.strip()))
        if field in _IDENTIFIERS and excel_mangled_serial(value):
            lost = Msg.translate(
                "Import",
                "Excel showed this {what} as {value}: the true {what} is lost;"
                " type it from the item or the original document.",
            )
            what = _LowerCase("Import", LABELS[field])
            issues.append(Issue(field, "warning", lost.format(what=what, value=value)))
        return value

    return convert


def _multi_line(text: str, issues: list[Issue]) -> str:
    return unquote_formula(text.strip())


def _parsed(field: str, parse: Callable[[str], Any]) -> Converter:
    # Spreadsheets repeat prices, dates and quantities a lot: each text is parsed once.
    seen: dict[str, tuple[Any, Issue | None]] = {}

    def convert(text: str, issues: list[Issue]) -> Any:
        found = seen.get(text)
        if found is None:
            try:
                found = (parse(text), None)
            except ParseError as e:
                found = (None, Issue(field, "error", error_text(e)))
            seen[text] = found
        if found[1] is not None:
            issues.append(found[1])
        return found[0]

    return convert


def _status(text: str, issues: list[Issue]) -> str | None:
    found = status_from_text(text)
    if found is None:
        unknown = Msg.translate("Import", "Unknown status '{text}'; imported as In stock.")
        issues.append(Issue("status", "warning", unknown.format(text=text.strip())))
        return None
    return found.value


def _condition(text: str, issues: list[Issue]) -> str | None:
    found = condition_from_text(text)
    if found is None:
        unknown = Msg.translate("Import", "Unknown condition '{text}'; imported as New.")
        issues.append(Issue("condition", "warning", unknown.format(text=text.strip())))
        return None
    return found.value


def converters(mapping: Mapping, order: DateOrder | None) -> list[tuple[int, str, Converter]]:
    """(column, field, converter) for every mapped column, in column order."""
    out: list[tuple[int, str, Converter]] = []
    for column, field in sorted(mapping.items()):
        if field is None:
            continue
        conv: Converter
        if field in ("quantity",):
            conv = _parsed(field, parse_int)
        elif field == "unit_value":
            conv = _parsed(field, parse_money)
        elif field == "federal_share_pct":
            conv = _parsed(field, parse_percent)
        elif field in DATE_FIELDS:
            conv = _parsed(field, lambda t, o=order: parse_date(t, o))  # type: ignore[misc]
        elif field == "status":
            conv = _status
        elif field == "condition":
            conv = _condition
        elif field in _MULTILINE:
            conv = _multi_line
        else:
            conv = _one_line(field)
        out.append((column, field, conv))
    return out


def convert_row(
    cells: list[str], plan: list[tuple[int, str, Converter]]
) -> tuple[dict[str, Any], list[Issue]]:
    """Typed values of the non-blank mapped cells of one row, and the issues found."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    for column, field, conv in plan:
        text = cells[column] if column < len(cells) else ""
        if not text or text.isspace():
            continue
        value = conv(text, issues)
        if value is not None and value != "":
            values[field] = value
    return values, issues


# --------------------------------------------------------------------- date order


@dataclass(frozen=True, slots=True)
class DateOrderInfo:
    """What the date columns say about day/month order."""

    guess: DateOrder | None
    ambiguous: tuple[str, ...]  # a few values that read either way (examples for the user)
    ambiguous_count: int

    @property
    def needs_choice(self) -> bool:
        """True when the user must say whether dates are month/day or day/month."""
        return self.guess is None and self.ambiguous_count > 0


def date_order_info(rows: Iterable[list[str]], mapping: Mapping) -> DateOrderInfo:
    """Guess the day/month order of the file's mapped date columns taken together."""
    columns = [c for c, f in mapping.items() if f in DATE_FIELDS]
    values = [r[c] for r in rows for c in columns if c < len(r) and r[c]]
    examples: list[str] = []
    count = 0
    for v in values:
        try:
            parse_date(v)
        except AmbiguousDateError:
            count += 1
            if len(examples) < 3 and v.strip() not in examples:
                examples.append(v.strip())
        except ParseError:
            pass
    return DateOrderInfo(guess_date_order(values), tuple(examples), count)
