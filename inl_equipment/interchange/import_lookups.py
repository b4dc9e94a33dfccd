"""What the register already holds, read once per import: asset tags and reference names.

Rows are checked against these dictionaries in Python, never one query per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import (
    Agency,
    AuditEvent,
    Category,
    FundingSource,
    Item,
    Location,
    Province,
)
from inl_equipment.services import lao_data

RefKind = Literal["category", "agency", "location", "funding"]

# Other spellings of province names seen in Lao documents and spreadsheets.
_PROVINCE_ALIASES = {
    "vientiane capital": "Vientiane Capital",
    "vientiane municipality": "Vientiane Capital",
    "phongsali": "Phongsaly",
    "luangnamtha": "Luang Namtha",
    "oudomxai": "Oudomxay",
    "luangprabang": "Luang Prabang",
    "houaphanh": "Houaphan",
    "huaphan": "Houaphan",
    "xayaboury": "Xayabury",
    "sayaboury": "Xayabury",
    "xieng khouang": "Xiengkhouang",
    "bolikhamxay": "Borikhamxay",
    "bolikhamsai": "Borikhamxay",
    "khammuan": "Khammouane",
    "saravane": "Salavan",
    "champassak": "Champasak",
    "attapu": "Attapeu",
    "saysomboun": "Xaisomboun",
}


def fold(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(slots=True)
class Lookups:
    """What the register holds, read once: asset tags and reference names."""

    tags: dict[str, int]  # asset tag lowercased -> item id
    ids: dict[RefKind, dict[str, int]]  # folded English/Lao/short name -> id
    names: dict[RefKind, dict[int, str]]  # id -> English name
    provinces: dict[str, int]  # English name -> id (empty in a new register)
    audit_mark: int  # the last audit event: any later write shows as a new one


def load_lookups(session: Session) -> Lookups:
    tags = {t.lower(): i for i, t in session.execute(select(Item.id, Item.asset_tag))}
    ids: dict[RefKind, dict[str, int]] = {}
    names: dict[RefKind, dict[int, str]] = {}
    models: dict[RefKind, Any] = {
        "category": Category,
        "agency": Agency,
        "location": Location,
        "funding": FundingSource,
    }
    for kind, model in models.items():
        cols = [model.id, model.name_en, model.name_lo]
        if model is Agency:
            cols.append(Agency.short_name)
        by_name: dict[str, int] = {}
        names[kind] = {}
        for row in session.execute(select(*cols).order_by(model.id.desc())):
            names[kind][row[0]] = row[1]
            for alias in row[1:]:
                if alias:
                    by_name[fold(alias)] = row[0]  # by id descending: the oldest record wins
        for row_id, name in names[kind].items():
            by_name[fold(name)] = row_id  # an English name beats another's short name
        ids[kind] = by_name
    provinces = {n: i for n, i in session.execute(select(Province.name_en, Province.id))}
    mark = session.scalar(select(func.max(AuditEvent.id))) or 0
    return Lookups(tags, ids, names, provinces, mark)


def guess_province(name: str, provinces: list[str]) -> str | None:
    """The province a place name mentions ("CNU office, Bokeo" -> "Bokeo"), if any."""
    text = f" {fold(name)} "
    lao = {en.casefold(): lo for en, lo in lao_data.PROVINCES}
    for en in sorted(provinces, key=len, reverse=True):
        lo = lao.get(en.casefold(), "")
        if re.search(rf"\b{re.escape(en.casefold())}\b", text) or (lo and lo in text):
            return en
    for alias, en in _PROVINCE_ALIASES.items():
        if en in provinces and re.search(rf"\b{re.escape(alias)}\b", text):
            return en
    return None
