"""Saved views: a named search, filters, columns and sort, kept as plain data.

The app keeps them in the user's settings as JSON text (`dumps`/`loads`),
so a view saved today opens the same way next month; a view naming a
record or column that no longer exists opens without it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from inl_equipment.services.columns import COLUMN_BY_KEY
from inl_equipment.services.search import Query

#: The query's fields a view keeps (not `today`: a view is about now whenever opened).
_SETS = ("statuses", "agencies", "provinces", "locations", "categories", "funding")
NAME_MAX = 60


@dataclass(frozen=True, slots=True)
class SavedView:
    """A view of the register the user named."""

    name: str
    query: Query = field(default_factory=Query)
    columns: tuple[str, ...] = ()  # shown columns in order (empty: as they are)


def _query_data(q: Query) -> dict[str, Any]:
    data: dict[str, Any] = {name: sorted(getattr(q, name), key=str) for name in _SETS}
    data.update(text=q.text, checks=q.checks, sort_key=q.sort_key, descending=q.descending)
    data.update(acquired=list(q.acquired), checked=list(q.checked), value=list(q.value))
    return data


def _query_of(data: dict[str, Any]) -> Query:
    known = {f.name for f in fields(Query)}
    values: dict[str, Any] = {}
    for name in _SETS:
        raw = data.get(name) or []
        values[name] = frozenset(raw if name == "statuses" else (int(v) for v in raw))
    sort_key = data.get("sort_key")
    values.update(
        text=str(data.get("text") or ""),
        checks=str(data.get("checks") or ""),
        sort_key=sort_key if sort_key in COLUMN_BY_KEY else None,
        descending=bool(data.get("descending")),
        acquired=_span(data.get("acquired")),
        checked=_span(data.get("checked")),
        value=_cents_span(data.get("value")),
    )
    return Query(**{k: v for k, v in values.items() if k in known})


def _span(raw: Any) -> tuple[str, str]:
    low, high = (list(raw) + ["", ""])[:2] if isinstance(raw, list) else ("", "")
    return str(low or "")[:10], str(high or "")[:10]


def _cents_span(raw: Any) -> tuple[int | None, int | None]:
    low, high = (list(raw) + [None, None])[:2] if isinstance(raw, list) else (None, None)
    return (None if low is None else int(low)), (None if high is None else int(high))


def dumps(views: list[SavedView]) -> str:
    """The views as JSON text."""
    return json.dumps(
        [{"name": v.name, "query": _query_data(v.query), "columns": list(v.columns)} for v in views]
    )


def loads(text: str) -> list[SavedView]:
    """The views in `text` (what cannot be read is left out; never raises)."""
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return []
    out: list[SavedView] = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            columns = tuple(c for c in entry.get("columns", []) if c in COLUMN_BY_KEY)
            out.append(SavedView(str(entry["name"])[:NAME_MAX], _query_of(entry["query"]), columns))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return out


def with_view(views: list[SavedView], view: SavedView) -> list[SavedView]:
    """`views` with `view` added, or replacing the one of the same name (any case)."""
    kept = [v for v in views if v.name.casefold() != view.name.casefold()]
    return sorted([*kept, view], key=lambda v: v.name.casefold())


def without(views: list[SavedView], name: str) -> list[SavedView]:
    """`views` without the one called `name`."""
    return [v for v in views if v.name != name]
