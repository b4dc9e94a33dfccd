"""Money, numbers and dates as users read them: the one place they are formatted.

Money is the donor's currency, US dollars, and reads `$1,234.50` in every
interface language (a Lao reader of donor documents expects the same);
dates are ISO `2025-03-14`, which both English and Lao readers read without
ambiguity and which sorts. Everything here is exact: money never passes
through a float.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal


def money(value: Decimal | int | None, *, cents: bool = False) -> str:
    """`$1,234.50` from a `Decimal` in dollars, or from integer cents with `cents=True`.

    Exact: cents by integer arithmetic; a `Decimal` with more than two places
    keeps them (never rounded away). None gives an empty string.
    """
    if value is None:
        return ""
    if cents:
        whole, rest = divmod(abs(int(value)), 100)
        return f"{'-' if int(value) < 0 else ''}${whole:,}.{rest:02d}"
    amount = Decimal(value)
    exponent = amount.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{'-' if amount < 0 else ''}${abs(amount):,.{places}f}"


def number(value: int | Decimal | None) -> str:
    """A count or quantity with thousands separators: `12,500` (empty for None)."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return f"{value:,}"
    return f"{int(value):,}"


#: Units that mean "one of these": a quantity in them reads as the bare number.
_EACH = frozenset({"", "each", "ea", "pc", "pcs", "piece", "pieces", "unit", "units"})


def quantity(count: int | None, unit: str) -> str:
    """A quantity with its unit: `200 boxes`, `1 kit`, `3` (for "each"); empty for None.

    The unit is the register's own word, in English as a rule: its first word's
    plural is made by English spelling rules (box → boxes, battery → batteries,
    "box of 10" → "boxes of 10"); a unit not in plain letters (a Lao word) is
    kept as written.
    """
    if count is None:
        return ""
    words = " ".join(unit.split())
    if words.casefold() in _EACH:
        return number(count)
    if count != 1:
        words = _plural(words)
    return f"{number(count)} {words}"


def _plural(unit: str) -> str:
    first, _, rest = unit.partition(" ")
    if not first.isascii() or not first.isalpha() or first.casefold().endswith("s"):
        return unit
    low = first.casefold()
    if low.endswith(("x", "z", "ch", "sh")):
        first += "es"
    elif low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
        first = first[:-1] + "ies"
    else:
        first += "s"
    return f"{first} {rest}" if rest else first


def percent(hundredths: int | None) -> str:
    """Hundredths of a percent as `62.50 %` (empty for None)."""
    if hundredths is None:
        return ""
    whole, rest = divmod(hundredths, 100)
    return f"{whole}.{rest:02d} %"


def day(value: date | None) -> str:
    """A date: `2025-03-14` (empty for None)."""
    return value.isoformat() if value is not None else ""


def local_time(value: datetime | None) -> str:
    """A moment in the computer's time zone, to the minute: `2025-03-14 09:30`.

    A naive value is taken as UTC (the database stores UTC).
    """
    if value is None:
        return ""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def megabytes(size: int) -> str:
    """A file size for people: `66.5 MB`."""
    return f"{size / 2**20:,.1f} MB"
