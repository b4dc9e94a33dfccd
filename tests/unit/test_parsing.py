"""Parsing officers' text into money, quantities and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inl_equipment.interchange.parsing import (
    AmbiguousDateError,
    ParseError,
    excel_mangled_serial,
    guess_date_order,
    parse_date,
    parse_int,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,234.50", "1234.50"),
        ("1234.5", "1234.50"),
        ("USD 1,234", "1234"),
        ("1,234 USD", "1234"),
        ("US$ 99", "99"),
        ("1.234,50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1'234.50", "1234.50"),
        ("12,5", "12.50"),
        ("0,500", "0.50"),
        ("(12.00)", "-12.00"),
        ("-$5", "-5"),
        ("$-5", "-5"),
        ("5-", "-5"),
        ("$ -  ", "0"),
        ("1,234,567.89", "1234567.89"),
        ("12.345.678,90", "12345678.90"),
        ("  7  ", "7"),
        ("1234.5000", "1234.50"),
        (".5", "0.50"),
    ],
)
def test_parse_money(text: str, expected: str) -> None:
    value = parse_money(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize("text", ["", "   ", "\u00a0"])
def test_parse_money_blank_is_none(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("$12.345", "ambiguous"),
        ("1.234", "ambiguous"),
        ("12.3456", "more than 2 decimal"),
        ("1234,567", "more than 2 decimal"),
        ("LAK 1,000,000", "not in US dollars"),
        ("₭ 50,000", "not in US dollars"),
        ("€5", "not in US dollars"),
        ("1.2E+05", "scientific"),
        ("abc", "not an amount"),
        ("12 34", "not a valid number"),
        ("1,23,456", "not a valid number"),
        ("1.234.56", "not a valid number"),
        ("-(5)", "not an amount"),
        ("--5", "more than one sign"),
        ("9" * 40, "too large"),
    ],
)
def test_parse_money_errors(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_money(text)


def _styles(value: Decimal) -> list[str]:
    us = f"{abs(value):,.2f}"
    eu = us.replace(",", " ").replace(".", ",").replace(" ", ".")
    plain = f"{abs(value):.2f}"
    if value < 0:
        return [f"-{us}", f"({us})", f"-${us}", f"$-{plain}", f"USD -{plain}", f"-{eu}"]
    return [us, f"${us}", f"USD {us}", f"{us} USD", plain, eu, f"$ {plain}"]


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_parse_money_round_trips_every_style(value: Decimal) -> None:
    for text in _styles(value):
        assert parse_money(text) == value, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        ("12.0", 12),
        ("1,200", 1200),
        ("1 200", 1200),
        ("-3", -3),
        ("", None),
        (" ", None),
    ],
)
def test_parse_int(text: str, expected: int | None) -> None:
    assert parse_int(text) == expected


@pytest.mark.parametrize("text", ["12.5", "x", "1.200", "1e3", "12 pcs", "9" * 5000])
def test_parse_int_errors(text: str) -> None:
    with pytest.raises(ParseError):
        parse_int(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-15", date(2024, 3, 15)),
        ("2024/3/5", date(2024, 3, 5)),
        ("2024-03-15 00:00:00", date(2024, 3, 15)),
        ("2024-03-15T10:20:00Z", date(2024, 3, 15)),
        ("3/15/24", date(2024, 3, 15)),
        ("3/15/2024 0:00", date(2024, 3, 15)),
        ("15/03/2024", date(2024, 3, 15)),
        ("15.03.2024", date(2024, 3, 15)),
        ("5.3.2024", date(2024, 3, 5)),
        ("03/03/2024", date(2024, 3, 3)),
        ("15-Mar-2024", date(2024, 3, 15)),
        ("15-Mar-24", date(2024, 3, 15)),
        ("15 March 2024", date(2024, 3, 15)),
        ("March 15, 2024", date(2024, 3, 15)),
        ("Mar. 15th, 2024", date(2024, 3, 15)),
        ("Friday, March 15, 2024", date(2024, 3, 15)),
        ("Sept 5 2023", date(2023, 9, 5)),
        ("20240315", date(2024, 3, 15)),
        ("45366", date(2024, 3, 15)),
        ("1/1/69", date(2069, 1, 1)),
        ("1/1/70", date(1970, 1, 1)),
        ("12/31/99", date(1999, 12, 31)),
        ("1/2/00", None),  # ambiguous: checked below with an order
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    if expected is None:
        assert parse_date(text, "mdy") == date(2000, 1, 2)
    else:
        assert parse_date(text) == expected


def test_parse_date_blank_is_none() -> None:
    assert parse_date("  ") is None


def test_ambiguous_date_needs_an_order() -> None:
    with pytest.raises(AmbiguousDateError, match="03/04/2024"):
        parse_date("03/04/2024")
    assert parse_date("03/04/2024", "mdy") == date(2024, 3, 4)
    assert parse_date("03/04/2024", "dmy") == date(2024, 4, 3)
    assert issubclass(AmbiguousDateError, ParseError)


@pytest.mark.parametrize(
    ("text", "order"),
    [("31/02/2024", None), ("15/03/2024", "mdy"), ("03/15/2024", "dmy"), ("13/13/2024", None),
     ("Mar 2024", None), ("yesterday", None), ("1/1/1850", None), ("2024-13-01", None)],
)  # fmt: skip
def test_parse_date_errors(text: str, order) -> None:
    with pytest.raises(ParseError):
        parse_date(text, order)


def test_guess_date_order() -> None:
    assert guess_date_order(["03/04/2024", "15/04/2024", ""]) == "dmy"
    assert guess_date_order(["03/04/2024", "04/15/2024"]) == "mdy"
    assert guess_date_order(["03/04/2024", "2024-05-30", "05/06/24"]) is None
    assert guess_date_order(["13/04/2024", "04/15/2024"]) is None
    assert guess_date_order([]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.01043E+13", True),
        ("3.01043e13", True),
        ("1.23457E+11", True),
        (" 6.37702E+15 ", True),
        ("3,01043E+13", True),
        ("5E+18", True),
        ("301043000000000", False),
        ("12345", False),
        ("1.5", False),
        ("1.2E-05", False),
        ("2E4", False),
        ("ABC123E+13", False),
        ("27aa8378-b0f4", False),
        ("", False),
    ],
)
def test_excel_mangled_serial(text: str, expected: bool) -> None:
    assert excel_mangled_serial(text) is expected
