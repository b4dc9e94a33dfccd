"""An item as a form or an import row gives it, and the rules it follows without a database.

The item form checks these as the user types, the importer row by row, and
the service again when saving (`items.validate`, which adds the rules that
need the database). Messages are `Msg` objects: shown in the interface's
language whenever they are read.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inl_equipment.db.models import RETIRED_STATUSES, Condition, ItemStatus
from inl_equipment.formatting import number
from inl_equipment.i18n import Msg
from inl_equipment.services.vocabulary import status_label, status_word

ASSET_TAG_MAX = 60

#: Most characters of each text field: the columns' lengths in `db.models`, and for the
#: free texts room for a full specification (about a page) or a long history of notes.
#: Documents print longer texts cut, with "continued in the register".
TEXT_LIMITS: dict[str, int] = {
    "asset_tag": ASSET_TAG_MAX,
    "description": 6_000,
    "description_lo": 6_000,
    "serial_number": 120,
    "make": 120,
    "model": 120,
    "unit": 30,
    "lot_number": 80,
    "title_holder": 200,
    "vendor": 200,
    "po_number": 80,
    "notes": 20_000,
}
#: Most lines of the multi-line fields.
LINE_LIMITS: dict[str, int] = {"description": 30, "description_lo": 30, "notes": 100}
#: Fields that identify an item: compared (and stored) in `normalize_identifier` form.
IDENTIFIER_FIELDS = ("asset_tag", "serial_number")

# Lao tone marks typed before the vowel sign above that they sit on ("ກ່ິ" for "ກິ່"), and
# SARA AM typed as its two parts (NIGGAHITA + AA): the same text on screen and on paper.
_LAO_TONE_FIRST = re.compile("([\u0ec8-\u0ecb]+)([\u0eb1\u0eb4-\u0eb7\u0ebb\u0ecd]+)")
_LAO_AM_PARTS = re.compile("\u0ecd([\u0ec8-\u0ecb]?)\u0eb2")


def _fold_compatible(char: str) -> str:
    # Full-width and other compatibility forms fold (NFKC); Lao letters keep their
    # spelling (NFKC would split ໜ into ຫນ and ຳ into ໍາ).
    return char if "\u0e80" <= char <= "\u0eff" else unicodedata.normalize("NFKC", char)


def normalize_identifier(text: str) -> str:
    """An asset tag or serial number as stored and compared: one spelling per look.

    Invisible format characters (zero-width space and joiners, word joiner, BOM, soft
    hyphen: Unicode category Cf) are dropped, compatibility forms folded (full-width
    "ＩＮＬ－０１" is "INL-01"), Lao marks put in one order, then NFC; spaces as
    `clean_input` leaves them (one between words, none at the ends).
    """
    if not text.isascii():  # ASCII has no format characters and nothing to fold
        text = unicodedata.normalize("NFC", text)
        text = "".join(_fold_compatible(c) for c in text if unicodedata.category(c) != "Cf")
        text = _LAO_AM_PARTS.sub("\\1\u0eb3", _LAO_TONE_FIRST.sub("\\2\\1", text))
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def identifier_key(text: str) -> str:
    """The key two identifiers share when they are the same: normalised, any case."""
    return normalize_identifier(text).lower()


@dataclass(slots=True)
class ItemInput:
    """What a form or an import row gives for one item."""

    asset_tag: str = ""
    description: str = ""
    category_id: int | None = None
    serial_number: str = ""
    make: str = ""
    model: str = ""
    quantity: int = 1
    unit: str = "each"
    lot_number: str = ""
    expiry_date: date | None = None
    unit_value: Decimal = Decimal("0")
    funding_source_id: int | None = None
    title_holder: str = ""
    federal_share_pct: Decimal = Decimal("100")
    acquisition_date: date | None = None
    vendor: str = ""
    po_number: str = ""
    status: str = ItemStatus.IN_STOCK.value
    holder_agency_id: int | None = None
    location_id: int | None = None
    condition: str = Condition.NEW.value
    notes: str = ""
    # Optional: the description in Lao (receipts show it under the English one).
    description_lo: str = ""


INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ItemInput))
_TEXT_FIELDS = frozenset(
    n for n, f in ((f.name, f) for f in dataclasses.fields(ItemInput)) if f.type == "str"
)


def clean_input(data: ItemInput) -> ItemInput:
    """A copy with text fields tidied: one-line fields on one line, no stray spaces."""
    # Trailing spaces and stray CR/LF in one-line fields are never meant.
    out = dataclasses.replace(data)
    for name in _TEXT_FIELDS:
        value = getattr(out, name)
        if name in IDENTIFIER_FIELDS:
            value = normalize_identifier(value)
        elif name not in ("notes", "description", "description_lo"):
            value = " ".join(value.split())
        else:
            value = value.strip()
        setattr(out, name, value)
    return out


#: No single item or lot is worth a billion dollars; a bigger figure is a typo
#: (and would not fit the integer cents SQLite stores).
MAX_MONEY = Decimal("999999999.99")


def money_error(value: Decimal) -> Msg | None:
    """What is wrong with an amount of US dollars, or None."""
    if not value.is_finite():
        return Msg.translate("Items", "Enter an amount, e.g. 1250.00.")
    if value < 0:
        return Msg.translate("Items", "A value cannot be negative.")
    if value > MAX_MONEY:
        return Msg.translate(
            "Items", "A value above $999,999,999.99 is not plausible; check the figure."
        )
    if value != value.quantize(Decimal("0.01")):
        return Msg.translate("Items", "A value has at most two decimals (cents).")
    return None


def _length_messages(data: ItemInput) -> dict[str, Msg]:
    """Text fields longer than their limit (in characters, or lines for multi-line ones)."""
    out: dict[str, Msg] = {}
    for name, most in TEXT_LIMITS.items():
        value = getattr(data, name)
        if name == "asset_tag":
            continue  # its own message, in `_identity_messages`
        if len(value) > most:
            out[name] = Msg.translate(
                "Items", "At most {most} characters here (this has {count})."
            ).format(most=number(most), count=number(len(value)))
        elif name in LINE_LIMITS and value.count("\n") >= LINE_LIMITS[name]:
            out[name] = Msg.translate(
                "Items", "At most {most} lines here (this has {count})."
            ).format(most=LINE_LIMITS[name], count=value.count("\n") + 1)
    return out


def _identity_messages(data: ItemInput) -> dict[str, Msg]:
    """Asset tag, description, category and quantity."""
    out: dict[str, Msg] = {}
    if not data.asset_tag:
        out["asset_tag"] = Msg.translate("Items", "An asset tag is required.")
    elif len(data.asset_tag) > ASSET_TAG_MAX:
        out["asset_tag"] = Msg.translate(
            "Items", "An asset tag has at most {most} characters."
        ).format(most=ASSET_TAG_MAX)
    if not data.description:
        out["description"] = Msg.translate("Items", "A description is required.")
    if data.category_id is None:
        out["category_id"] = Msg.translate("Items", "Choose a category.")
    if data.quantity < 1 and not (data.quantity == 0 and data.status == ItemStatus.CONSUMED):
        out["quantity"] = Msg.translate("Items", "Quantity must be at least 1.")
    elif data.serial_number and data.quantity != 1:
        out["quantity"] = Msg.translate(
            "Items", "An item with a serial number is a single item (quantity 1)."
        )
    return out


def _amount_messages(data: ItemInput) -> dict[str, Msg]:
    """The unit value and the federal share."""
    out: dict[str, Msg] = {}
    money = money_error(data.unit_value)
    if money:
        out["unit_value"] = money
    share = data.federal_share_pct
    if not share.is_finite() or not Decimal(0) <= share <= Decimal(100):
        out["federal_share_pct"] = Msg.translate(
            "Items", "The federal share is a percentage from 0 to 100."
        )
    elif share != share.quantize(Decimal("0.01")):
        out["federal_share_pct"] = Msg.translate(
            "Items", "The federal share has at most two decimals."
        )
    return out


def _date_messages(data: ItemInput, today: date) -> dict[str, Msg]:
    """Acquisition and expiry dates."""
    out: dict[str, Msg] = {}
    if data.acquisition_date and data.acquisition_date > today:
        out["acquisition_date"] = Msg.translate(
            "Items", "The acquisition date cannot be in the future."
        )
    if data.expiry_date and data.acquisition_date and data.expiry_date < data.acquisition_date:
        out["expiry_date"] = Msg.translate(
            "Items", "The expiry date is before the acquisition date."
        )
    return out


def _state_messages(data: ItemInput, is_new: bool) -> dict[str, Msg]:
    """Status (with the holder it needs) and condition."""
    out: dict[str, Msg] = {}
    if data.status not in {s.value for s in ItemStatus}:
        out["status"] = Msg.translate("Items", "Unknown status {value}.").format(
            value=repr(data.status)
        )
    elif data.status in RETIRED_STATUSES and is_new:
        out["status"] = Msg.translate("Items", "A new item cannot start lost, stolen or disposed.")
    elif data.status == ItemStatus.HANDED_OVER and data.holder_agency_id is None:
        out["holder_agency_id"] = Msg.translate(
            "Items", "An item handed over needs the unit that holds it."
        )
    if data.condition not in {c.value for c in Condition}:
        out["condition"] = Msg.translate("Items", "Unknown condition {value}.").format(
            value=repr(data.condition)
        )
    return out


def field_messages(
    data: ItemInput, *, is_new: bool = True, today: date | None = None
) -> dict[str, Msg]:
    """The rules that need no database, as message objects by field (empty: all good)."""
    return {
        **_length_messages(data),
        **_identity_messages(data),
        **_amount_messages(data),
        **_date_messages(data, today or date.today()),
        **_state_messages(data, is_new),
    }


def field_errors(
    data: ItemInput, *, is_new: bool = True, today: date | None = None
) -> dict[str, str]:
    """The rules that need no database, in the interface's language now.

    A form checks these as the user types; `field_messages` gives the message
    objects, for messages kept and shown later.
    """
    return {k: str(v) for k, v in field_messages(data, is_new=is_new, today=today).items()}


def retired_status_message(before: str, after: str) -> Msg | None:
    """Why an edit cannot change status `before` to `after` (None: it may).

    A retired item (lost, stolen, disposed) keeps its status, whether the
    change comes from the item form or an import.
    """
    if before in RETIRED_STATUSES and after != before:
        return Msg.translate("Items", "A retired item keeps its status.")
    return None


#: How an item can leave service, in the order the Retire form offers them.
RETIRE_OUTCOMES: tuple[ItemStatus, ...] = (ItemStatus.DISPOSED, ItemStatus.LOST, ItemStatus.STOLEN)


def retire_choices() -> list[tuple[str, str]]:
    """(status value, label) of each way an item leaves service, for the Retire form."""
    return [(s.value, status_label(s.value)) for s in RETIRE_OUTCOMES]


def retire_messages(
    status: str,
    when: date,
    method: str,
    sale_price: Decimal | None = None,
    *,
    current_status: str | None = None,
    today: date | None = None,
) -> dict[str, Msg]:
    """What is wrong with these retirement details, by field (empty: nothing).

    Needs no database: the Retire form checks them before it asks to confirm.
    `current_status` is the item's status now (None: not known to the form).
    """
    out: dict[str, Msg] = {}
    if status not in RETIRED_STATUSES:
        out["status"] = Msg.translate("Items", "Choose lost, stolen or disposed.")
    if current_status in RETIRED_STATUSES:
        out["status"] = Msg.translate("Items", "This item is already {status}.").format(
            status=status_word(current_status)
        )
    if when > (today or date.today()):
        out["disposal_date"] = Msg.translate("Items", "The date cannot be in the future.")
    if status == ItemStatus.DISPOSED and not method.strip():
        out["disposal_method"] = Msg.translate(
            "Items", "Say how the item was disposed of (sold, destroyed…)."
        )
    price_problem = money_error(sale_price) if sale_price is not None else None
    if price_problem:
        out["disposal_price"] = price_problem
    return out


def may_choose_status(value: str, current: str | None) -> bool:
    """Whether the item form may set status `value` on an item now `current` (None: new).

    A retired status is set only through Retire. A new item may be registered
    where it already is (handed over before the register existed); afterwards
    custody moves only with a receipt, so the form offers in stock and in
    repair, or the status the item has.
    """
    if value in RETIRED_STATUSES:
        return False
    return current is None or value in (ItemStatus.IN_STOCK, ItemStatus.IN_REPAIR, current)


def status_editable(current: str | None) -> bool:
    """Whether the item form may change the status of an item now `current` (None: new)."""
    return current is None or current in (ItemStatus.IN_STOCK, ItemStatus.IN_REPAIR)
