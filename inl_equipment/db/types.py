"""Column types that keep money and percentages exact."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A `Decimal` stored as a scaled integer (money as cents, percent as hundredths).

    SQLite has no exact decimal type; storing an integer keeps every sum exact
    in SQL and in Python.
    """

    impl = Integer
    cache_ok = True

    def __init__(self, places: int = 2) -> None:
        """A type keeping `places` decimal places (2: cents, or hundredths of a percent)."""
        super().__init__()
        self.places = places
        self._factor = 10**places
        self._quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        """The scaled integer to store (rounded half to even); a float is refused."""
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and percentages must be Decimal, not float")
        dec = Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_EVEN)
        return int(dec.scaleb(self.places))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        """The stored integer back as an exact `Decimal`."""
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in column declarations
    """US dollars stored as integer cents."""
    return ScaledDecimal(2)
