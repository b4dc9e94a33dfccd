"""The period a report covers: first and last day (each optional, both inclusive), in words.

The handover register and the funding report take the same period: from the
command line (`--from`, `--to`), or the reports dialog's "this year / last year /
all". Dates are written as `formatting.day` writes them everywhere ("2024-01-01").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inl_equipment.formatting import day
from inl_equipment.i18n import Msg, translate


@dataclass(frozen=True, slots=True)
class Period:
    """From `start` to `end`, both days included; None on a side: no limit there."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        """Refuse a period that ends before it starts (ValueError with a `Msg`)."""
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(
                Msg.translate(
                    "Reports", "the period ends ({end}) before it starts ({start})"
                ).format(start=day(self.start), end=day(self.end))
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """Calendar year `year`: 1 January to 31 December."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    def contains(self, when: date | None) -> bool:
        """True when `when` falls in the period (an unknown day only in an unlimited one)."""
        if when is None:
            return self.start is None and self.end is None
        return (self.start is None or when >= self.start) and (self.end is None or when <= self.end)

    @property
    def unlimited(self) -> bool:
        """True when the period has no limit on either side (all time)."""
        return self.start is None and self.end is None

    def in_words(self) -> str:
        """ "From 2024-01-01 to 2024-12-31", "From …", "Up to …", or "All dates"."""
        if self.start is not None and self.end is not None:
            text = translate("Reports", "From {start} to {end}")
        elif self.start is not None:
            text = translate("Reports", "From {start}")
        elif self.end is not None:
            text = translate("Reports", "Up to {end}")
        else:
            text = translate("Reports", "All dates")
        return text.format(start=day(self.start), end=day(self.end))

    def file_part(self) -> str:
        """The period in a file name: "2024-01-01-to-2024-12-31", "all-dates"."""
        if self.unlimited:
            return "all-dates"
        if self == Period.year(self.start.year if self.start else 1):
            return str(self.start.year) if self.start else ""
        return f"{day(self.start) or 'start'}-to-{day(self.end) or 'today'}"


def parse_day(text: str) -> date:
    """A day written YYYY-MM-DD (ValueError with a `Msg` otherwise)."""
    try:
        if len(text.strip()) != 10:
            raise ValueError(text)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            Msg.translate("Reports", "{text} is not a date written YYYY-MM-DD").format(
                text=repr(text)
            )
        ) from None
