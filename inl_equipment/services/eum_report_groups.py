"""The breakdown rows of the EUM report: by agency, by site, by province.

Every item is in exactly one row of each: items held by no unit are in the
"(no unit)" row (always shown), items with no site in "(no site)", so that
each breakdown adds up to the report's totals.
"""

from __future__ import annotations

from collections.abc import Iterable

from inl_equipment.i18n import translate
from inl_equipment.services.eum_report_data import Counts, GroupRow


def no_unit() -> str:
    """The name of the row of items held by no unit."""
    return translate("EumReport", "(no unit)")


def no_site() -> str:
    """The name of the row of items with no site."""
    return translate("EumReport", "(no site)")


def unit_rows(
    agencies: dict[int, tuple[str, str]], by_unit: dict[int | None, Counts]
) -> list[GroupRow]:
    """One row per unit by English name, then the "(no unit)" row (always shown)."""
    rows = [
        GroupRow(unit, *agencies[unit], counts)
        for unit, counts in by_unit.items()
        if unit in agencies
    ]
    rows.sort(key=lambda r: r.name_en.casefold())
    nobody = Counts()
    for unit, counts in by_unit.items():
        if unit not in agencies:
            nobody.add(counts)
    # Always shown, so that the rows are seen to add up to the total.
    rows.append(GroupRow(None, no_unit(), "", nobody))
    return rows


def site_rows(
    sites: dict[int, tuple[str, str, int]],
    provinces: dict[int, tuple[str, str]],
    by_site: dict[int | None, Counts],
) -> list[GroupRow]:
    """One row per site, by province then name; "(no site)" last."""
    rows = []
    for site, counts in by_site.items():
        if site in sites:
            en, lo, province = sites[site]
            p_en, p_lo = provinces.get(province, ("", ""))
            rows.append(GroupRow(site, en, lo, counts, p_en, p_lo))
        else:
            rows.append(GroupRow(None, no_site(), "", counts))
    rows.sort(key=lambda r: (r.key is None, r.province_en.casefold(), r.name_en.casefold()))
    return rows


def province_rows(sites: Iterable[GroupRow]) -> list[GroupRow]:
    """The site rows added up by the site's province, by name; "(no site)" last."""
    by_name: dict[tuple[str, str], Counts] = {}
    for row in sites:
        key = (row.province_en, row.province_lo) if row.key is not None else (no_site(), "")
        by_name.setdefault(key, Counts()).add(row.counts)
    rows = [GroupRow(None, en, lo, counts) for (en, lo), counts in by_name.items()]
    rows.sort(key=lambda r: (r.name_en == no_site(), r.name_en.casefold()))
    return rows
