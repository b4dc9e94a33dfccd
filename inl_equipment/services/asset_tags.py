"""The next free asset tag, following the register's own pattern.

INL tags read `INL-<yy>-NNNNNN` (two digits of the year, a running number).
The suggestion takes the prefix of the newest item's tag, puts this year's
two digits in it when it has a year part, and adds one to the highest
number among tags of that shape; a register with no tag to follow gets
`INL-<yy>-000001`. It is only a suggestion: the form lets the user change it.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Item

#: prefix, optional two-digit year with its separator, running number.
_SHAPE = re.compile(r"^(?P<prefix>[A-Za-z]+[-/ ]?)(?:(?P<year>\d{2})(?P<sep>[-/ ]))?(?P<n>\d+)$")
DEFAULT_WIDTH = 6


def next_asset_tag(session: Session, today: date) -> str:
    """A free tag after the register's highest of the newest tag's shape."""
    yy = f"{today.year % 100:02d}"
    newest = session.scalar(select(Item.asset_tag).order_by(Item.id.desc()).limit(1))
    shape = _SHAPE.match(newest or "")
    if shape is None:
        start, width = f"INL-{yy}-", DEFAULT_WIDTH
    else:
        year_part = f"{yy}{shape['sep']}" if shape["year"] else ""
        start, width = f"{shape['prefix']}{year_part}", len(shape["n"])
    highest = session.scalar(
        select(func.max(Item.asset_tag)).where(
            Item.asset_tag.startswith(start, autoescape=True),
            func.length(Item.asset_tag) == len(start) + width,
        )
    )
    number = 0
    if highest is not None and highest[len(start) :].isdigit():
        number = int(highest[len(start) :])
    # Past the width (999999 used) the number grows a digit: never a tag used before.
    return f"{start}{number + 1:0{width}d}"
