"""Turn what officers type in spreadsheets into typed values: money, quantities, dates.

Each parser returns a value (None for a blank cell) or raises `ParseError` whose
message can be shown next to the offending cell.  Money is always `Decimal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from inl_equipment.i18n import Msg

DateOrder = Literal["mdy", "dmy"]

_CENT = Decimal("0.01")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})
_USD = r"(?:US\$|USD|US|\$)"
_MONEY = re.compile(
    rf"(?P<sign>[-+])?\s*(?:{_USD}\s*)?(?P<sign2>[-+])?\s*"
    r"(?P<num>\d[\d.,' ]*|[.,]\d+)"
    rf"\s*(?:{_USD})?\s*(?P<sign3>-)?",
    re.IGNORECASE,
)
_FOREIGN = re.compile(
    r"[€£¥₭฿]|\b(?:LAK|KIP|THB|BAHT|EUR|GBP|JPY|CNY|RMB|VND|AUD|CAD)\b", re.IGNORECASE
)
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_MANGLED = re.compile(r"\d(?:[.,]\d{1,14})?[eE]\+?(\d{1,3})")


class ParseError(ValueError):
    """A cell whose text is not the kind of value expected; its message (a `Msg`) is for users."""


class AmbiguousDateError(ParseError):
    """A date such as 03/04/2024 that reads either way until the column's order is known."""


def parse_money(text: str) -> Decimal | None:
    """US dollars to the cent: "$1,234.50", "USD 1,234", "1.234,50", "(12.00)" -> Decimal."""
    s = text.translate(_SPACES).strip()
    if not s:
        return None
    if _FOREIGN.search(s):
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not in US dollars.").format(text=text.strip())
        )
    negative = s.startswith("(") and s.endswith(")")
    if negative:
        s = s[1:-1].strip()
    if re.fullmatch(rf"(?:{_USD}\s*)?[-\u2013\u2014]\s*", s, re.IGNORECASE):
        return Decimal("0.00")  # accounting format shows zero as "$ -"
    if _SCIENTIFIC.fullmatch(s):
        raise ParseError(
            Msg.translate(
                "Parsing", "'{text}' is in scientific notation; the exact amount was lost in Excel."
            ).format(text=text.strip())
        )
    m = _MONEY.fullmatch(s)
    if m is None:
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not an amount of money.").format(
                text=text.strip()
            )
        )
    signs = [g for g in (m["sign"], m["sign2"], m["sign3"]) if g]
    if len(signs) > 1 or (signs and negative):
        raise ParseError(
            Msg.translate("Parsing", "'{text}' has more than one sign.").format(text=text.strip())
        )
    value = Decimal(_plain_number(m["num"].strip(), text))
    if value != value.quantize(_CENT):
        raise ParseError(
            Msg.translate("Parsing", "'{text}' has more than 2 decimal places.").format(
                text=text.strip()
            )
        )
    if (negative or signs == ["-"]) and value:
        value = -value
    return value.quantize(_CENT)


def parse_int(text: str) -> int | None:
    """A whole number such as a quantity: "12", "12.0", "1,200", "1 200"."""
    s = text.translate(_SPACES).strip()
    if not s:
        return None
    m = re.fullmatch(r"([-+])?\s*(\d[\d.,' ]*)", s)
    if m is None:
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not a whole number.").format(text=text.strip())
        )
    value = Decimal(_plain_number(m[2].strip(), text))
    if value != value.to_integral_value():
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not a whole number.").format(text=text.strip())
        )
    return -int(value) if m[1] == "-" else int(value)


def _plain_number(num: str, text: str) -> str:
    """Digits with `.`, `,`, space or `'` separators -> "1234.5", deciding which is decimal."""
    if sum(c.isdigit() for c in num) > 15:  # beyond what a float or a register holds exactly
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is too large.").format(text=text.strip())
        )
    seps = [c for c in num if not c.isdigit()]
    if not seps:
        return num
    last = seps[-1]
    if last in ".," and seps.count(last) == 1:
        whole, frac = num.rsplit(last, 1)
        grouping = set(seps[:-1])
        if not grouping and len(frac) == 3 and re.fullmatch(r"[1-9]\d{0,2}", whole):
            # "1,234" is a thousand in US style; "1.234" could be 1.234 or 1234.
            if last == ",":
                return whole + frac
            raise ParseError(
                Msg.translate(
                    "Parsing", "'{text}' is ambiguous: is '.' a decimal point or not?"
                ).format(text=text.strip())
            )
        if len(grouping) > 1 or (grouping and not _grouped(whole, grouping.pop())):
            raise ParseError(
                Msg.translate("Parsing", "'{text}' is not a valid number.").format(
                    text=text.strip()
                )
            )
        return re.sub(r"\D", "", whole) + "." + frac
    if len(set(seps)) > 1 or not _grouped(num, last):
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not a valid number.").format(text=text.strip())
        )
    return num.replace(last, "")


def _grouped(digits: str, sep: str) -> bool:
    return re.fullmatch(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+", digits) is not None


# -------------------------------------------------------------------------- dates

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(rf"(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_NUMERIC = re.compile(rf"(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
_DAY_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([A-Za-z]{3,9})\.?[\s./,-]*(\d{4}|\d{2})")
_NAME_DAY = re.compile(r"([A-Za-z]{3,9})\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?[\s.,/-]+(\d{4}|\d{2})")
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(text: str, order: DateOrder | None = None) -> date | None:
    """A calendar date from ISO, numeric (m/d/y or d/m/y) or month-name text; blank -> None.

    Raises `AmbiguousDateError` for values like 03/04/2024 unless `order` is given.
    """
    s = text.strip()
    if not s:
        return None
    s = _WEEKDAY.sub("", s, count=1) if _WEEKDAY.match(s) else s
    if m := _ISO.fullmatch(s):
        return _make(int(m[1]), int(m[3]), int(m[4]), text)
    if m := _NUMERIC.fullmatch(s):
        a, b, year = int(m[1]), int(m[3]), _year(m[4])
        # Dotted dates (15.03.2024) are a day-first convention.
        order = order or ("dmy" if m[2] == "." and a <= 12 and b <= 12 else None)
        return _make(year, *_month_day(a, b, order, text), text)
    if (m := _DAY_NAME.fullmatch(s)) and m[2].lower() in _MONTHS:
        return _make(_year(m[3]), _MONTHS[m[2].lower()], int(m[1]), text)
    if (m := _NAME_DAY.fullmatch(s)) and m[1].lower() in _MONTHS:
        return _make(_year(m[3]), _MONTHS[m[1].lower()], int(m[2]), text)
    if re.fullmatch(r"(19|20|21)\d{6}", s):  # 20240315
        return _make(int(s[:4]), int(s[4:6]), int(s[6:]), text)
    if m := re.fullmatch(r"(\d{5})(?:\.0+)?", s):  # an Excel day number that lost its format
        return _check_year(_EXCEL_EPOCH + timedelta(days=int(m[1])), text)
    raise ParseError(Msg.translate("Parsing", "'{text}' is not a date.").format(text=s))


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _month_day(a: int, b: int, order: DateOrder | None, text: str) -> tuple[int, int]:
    if order == "mdy":
        return a, b
    if order == "dmy":
        return b, a
    if a > 12 and b <= 12:
        return b, a
    if b > 12 or a == b:
        return a, b
    raise AmbiguousDateError(
        Msg.translate(
            "Parsing",
            "'{text}' could be month/day or day/month; choose the date order for this column.",
        ).format(text=text.strip())
    )


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        value = date(year, month, day)
    except ValueError:
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is not a valid date.").format(text=text.strip())
        ) from None
    return _check_year(value, text)


def _check_year(value: date, text: str) -> date:
    if not 1900 <= value.year <= 2100:
        raise ParseError(
            Msg.translate("Parsing", "'{text}' is outside the years 1900-2100.").format(
                text=text.strip()
            )
        )
    return value


def guess_date_order(values: Iterable[str]) -> DateOrder | None:
    """Day/month order of a whole column: "dmy" if a first part exceeds 12, "mdy" if a second
    part does, None when no value (or contradicting values) tell."""
    dmy = mdy = False
    for v in values:
        m = _NUMERIC.fullmatch(v.strip())
        if m:
            a, b = int(m[1]), int(m[3])
            dmy |= a > 12 >= b
            mdy |= b > 12 >= a
    if dmy != mdy:
        return "dmy" if dmy else "mdy"
    return None


def excel_mangled_serial(text: str) -> bool:
    """True for "3.01043E+13"-style text: Excel showed a long number in scientific notation
    and the file kept only that, so the real serial number is lost."""
    m = _MANGLED.fullmatch(text.strip())
    return m is not None and int(m[1]) >= 6
