"""A report's search and filters in words, as every export prints them."""

from __future__ import annotations

from inl_equipment.formatting import money
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.check_rows import CHECK_FILTERS
from inl_equipment.services.columns import ALL_STATUSES, COLUMN_BY_KEY
from inl_equipment.services.search import Query, RefNames
from inl_equipment.services.vocabulary import marked_text, status_label


def _filter_parts(query: Query, refs: RefNames) -> list[str]:
    """One phrase per filter of `query`: "Status: In stock", "Search: “hilux”".

    Rendered now: the filters are described once, when the report is made.
    """

    def names(table: str, ids: frozenset[int]) -> str:
        return ", ".join(sorted((refs.name(table, i) or f"#{i}" for i in ids), key=str.casefold))

    parts: list[str] = []
    if query.statuses:
        order = {s: n for n, s in enumerate(ALL_STATUSES)}
        ordered = sorted(query.statuses, key=lambda s: order.get(s, len(order)))
        labels = ", ".join(status_label(s) for s in ordered)
        parts.append(str(Msg.translate("Reports", "Status: {names}").format(names=labels)))
    for ids, table, msg in (
        (query.agencies, "agencies", Msg.translate("Reports", "Agency: {names}")),
        (query.provinces, "provinces", Msg.translate("Reports", "Province: {names}")),
        (query.locations, "locations", Msg.translate("Reports", "Site: {names}")),
        (query.categories, "categories", Msg.translate("Reports", "Category: {names}")),
        (query.funding, "funding", Msg.translate("Reports", "Funding: {names}")),
    ):
        if ids:
            parts.append(str(msg.format(names=names(table, ids))))
    if query.checks:
        label = dict(CHECK_FILTERS).get(query.checks, query.checks)
        parts.append(marked_text("CheckFilter", label))
    parts += _range_parts(query)
    if query.text.strip():
        search = Msg.translate("Reports", "Search: “{text}”").format(text=query.text.strip())
        parts.append(str(search))
    return parts


def _range_parts(query: Query) -> list[str]:
    """ "Acquired 2020-01-01 – 2022-12-31", "Unit value from $1,000.00"... for set ranges."""
    parts: list[str] = []
    spans = (
        (query.acquired, Msg.translate("Reports", "Acquired")),
        (query.checked, Msg.translate("Reports", "Last checked")),
        (
            tuple("" if v is None else money(v, cents=True) for v in query.value),
            Msg.translate("Reports", "Unit value"),
        ),
    )
    for (low, high), what in spans:
        if low and high:
            text = Msg.translate("Reports", "{what} {low} – {high}")
        elif low:
            text = Msg.translate("Reports", "{what} from {low}")
        elif high:
            text = Msg.translate("Reports", "{what} up to {high}")
        else:
            continue
        parts.append(str(text.format(what=what, low=low, high=high)))
    return parts


def describe_filters(query: Query, refs: RefNames) -> str:
    """The query in words, e.g. 'Status: Handed over · Province: Savannakhet · Search: “hilux”'."""
    parts = _filter_parts(query, refs)
    words = " · ".join(parts) if parts else translate("Reports", "All items (no search or filter)")
    if query.sort_key in COLUMN_BY_KEY:
        column = COLUMN_BY_KEY[query.sort_key].header_text
        if query.descending:
            sort = Msg.translate("Reports", "Sorted by {column}, descending")
        else:
            sort = Msg.translate("Reports", "Sorted by {column}, ascending")
        words += " · " + str(sort.format(column=column))
    return words
