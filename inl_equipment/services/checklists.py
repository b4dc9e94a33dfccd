"""The offline field checklist: what a site is expected to hold, for a visit without a laptop.

A checklist is printed (PDF) or sent as a workbook (XLSX), filled at the site
and, for the workbook, imported back as one inspection. Its identity (a new
`checklist_id`, the site, the day it was issued) travels with it, so that a
sheet is imported once and only for its own site.

A checklist is always for one site, as an inspection is. A province gives one
checklist per site in it (sites holding nothing are left out); a selection of
items gives one per site holding some of them, listing only those.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Item, Location, Province
from inl_equipment.db.monitoring import CheckResult
from inl_equipment.documents.checklist_data import ChecklistData, ChecklistRow, ResultWords
from inl_equipment.i18n import Msg
from inl_equipment.services.eum_vocabulary import result_words
from inl_equipment.services.monitoring_lists import ExpectedItem, expected_items


class ChecklistError(Exception):
    """A checklist that cannot be made (no such site or province); the message is a `Msg`."""


def new_checklist_id() -> str:
    """A checklist id: random, so two offices never issue the same one."""
    return uuid.uuid4().hex


__all__ = [
    "ChecklistData",
    "ChecklistError",
    "ChecklistRow",
    "build_checklist",
    "build_province_checklists",
    "build_selection_checklists",
    "find_site",
    "new_checklist_id",
    "result_table",
]


def result_table() -> list[ResultWords]:
    """Every check result with its fixed English and Lao words, in the order they are offered."""
    return [ResultWords(r.value, *result_words(r.value)) for r in CheckResult]


def _words(value: str) -> str:
    if not value:
        return ""
    english, lao = result_words(value)
    return f"{english} / {lao}" if lao else english


def _row(item: ExpectedItem) -> ChecklistRow:
    return ChecklistRow(
        item.item_id,
        item.asset_tag,
        item.serial_number,
        item.description,
        item.holder,
        item.last_check,
        item.last_result,
        _words(item.last_result),
    )


def _units(rows: Iterable[ChecklistRow]) -> list[str]:
    return sorted({r.holder for r in rows if r.holder})


def _checklist(
    site: Location, items: Sequence[ExpectedItem], today: date, operator: str, partial: bool
) -> ChecklistData:
    rows = [_row(i) for i in items]
    province = site.province
    return ChecklistData(
        checklist_id=new_checklist_id(),
        location_id=site.id,
        site_en=site.name_en,
        site_lo=site.name_lo,
        province_en=province.name_en if province else "",
        province_lo=province.name_lo if province else "",
        issued=today,
        operator=operator,
        units=_units(rows),
        rows=rows,
        results=result_table(),
        partial=partial,
    )


def build_checklist(
    session: Session, location_id: int, today: date, operator: str = ""
) -> ChecklistData:
    """The checklist of every item in active life registered at site `location_id`."""
    site = session.get(Location, location_id)
    if site is None:
        raise ChecklistError(
            Msg.translate("Checklists", "Site {id} does not exist.").format(id=location_id)
        )
    return _checklist(site, expected_items(session, location_id), today, operator, False)


def build_province_checklists(
    session: Session, province_id: int, today: date, operator: str = ""
) -> list[ChecklistData]:
    """One checklist per site of the province that holds items, by site name."""
    if session.get(Province, province_id) is None:
        raise ChecklistError(
            Msg.translate("Checklists", "Province {id} does not exist.").format(id=province_id)
        )
    sites = session.scalars(
        select(Location).where(Location.province_id == province_id).order_by(Location.name_en)
    )
    out = []
    for site in sites:
        items = expected_items(session, site.id)
        if items:
            out.append(_checklist(site, items, today, operator, False))
    return out


def build_selection_checklists(
    session: Session, item_ids: Iterable[int], today: date, operator: str = ""
) -> list[ChecklistData]:
    """One checklist per site holding some of `item_ids`, listing only those (by site name).

    Items that have left the register, or have no site, are not listed.
    """
    wanted = set(item_ids)
    site_ids = sorted(
        {
            int(lid)
            for lid in session.scalars(
                select(Item.location_id).where(Item.id.in_(wanted)).distinct()
            )
            if lid is not None
        }
    )
    out = []
    for site in session.scalars(
        select(Location).where(Location.id.in_(site_ids)).order_by(Location.name_en)
    ):
        items = [i for i in expected_items(session, site.id) if i.item_id in wanted]
        if items:
            out.append(_checklist(site, items, today, operator, True))
    return out


def find_site(session: Session, words: str) -> Location | None:
    """The site named `words` (English or Lao name, any case) or with that id; None: none."""
    text = " ".join(words.split())
    if not text:
        return None
    if text.isdigit():
        found = session.get(Location, int(text))
        if found is not None:
            return found
    key = text.casefold()
    for site in session.scalars(select(Location)):
        if key in (site.name_en.casefold(), " ".join(site.name_lo.split()).casefold()):
            return site
    return None
