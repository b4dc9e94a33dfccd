"""What each asset label says: read from the register, with the donor line it keeps.

The donor line (English and Lao, and an optional logo) is a register
setting, the same on every copy of the app that opens the register: labels
printed by two officers of a section read alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import FundingSource, Item
from inl_equipment.db.monitoring import RegisterSetting
from inl_equipment.documents.asset_label_layouts import AssetLabel
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.items import ValidationError

DONOR_EN_KEY = "labels.donor_en"
DONOR_LO_KEY = "labels.donor_lo"
DEFAULT_DONOR_EN = "Donated by the U.S. Government"
# Our own wording, awaiting a native speaker's review, like the catalogue's REVIEW entries.
DEFAULT_DONOR_LO = "ມອບໃຫ້ໂດຍລັດຖະບານສະຫະລັດອາເມລິກາ"
#: Longest donor line kept: a label has room for one short line of each.
DONOR_MAX = 120
_IDS_PER_QUERY = 500


@dataclass(frozen=True, slots=True)
class DonorLine:
    """The donor line printed on every label, in English and Lao."""

    english: str = DEFAULT_DONOR_EN
    lao: str = DEFAULT_DONOR_LO


def donor_line(session: Session) -> DonorLine:
    """The register's donor line (the defaults until someone sets it)."""
    stored = dict(
        session.execute(
            select(RegisterSetting.key, RegisterSetting.value).where(
                RegisterSetting.key.in_((DONOR_EN_KEY, DONOR_LO_KEY))
            )
        ).all()
    )
    return DonorLine(
        stored.get(DONOR_EN_KEY, DEFAULT_DONOR_EN), stored.get(DONOR_LO_KEY, DEFAULT_DONOR_LO)
    )


def set_donor_line(session: Session, line: DonorLine, operator: str) -> None:
    """Keep `line` as the register's donor line (with a history event when it changes)."""
    english, lao = " ".join(line.english.split()), " ".join(line.lao.split())
    for key, text in (("donor_en", english), ("donor_lo", lao)):
        if len(text) > DONOR_MAX:
            raise ValidationError(
                {key: Msg.translate("Labels", "At most {max} characters.").format(max=DONOR_MAX)}
            )
    before = donor_line(session)
    for key, text in ((DONOR_EN_KEY, english), (DONOR_LO_KEY, lao)):
        setting = session.get(RegisterSetting, key)
        if setting is None:
            session.add(RegisterSetting(key=key, value=text))
        else:
            setting.value = text
    if (before.english, before.lao) != (english, lao):
        changes = {"english": [before.english, english], "lao": [before.lao, lao]}
        audit.record(session, operator, [audit.NewEvent("setting", 0, "label_donor", changes)])


def label_data(
    session: Session, item_ids: Sequence[int], logo: bytes | None = None
) -> list[AssetLabel]:
    """One label per item of `item_ids`, in that order (ids not in the register are left out)."""
    donor = donor_line(session)
    found: dict[int, AssetLabel] = {}
    columns = (Item.id, Item.asset_tag, Item.description, Item.make, Item.model)
    funding = (FundingSource.name_en, FundingSource.agreement_number)
    wanted = list(dict.fromkeys(item_ids))
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[start : start + _IDS_PER_QUERY]
        stmt = (
            select(*columns, *funding)
            .outerjoin(FundingSource, FundingSource.id == Item.funding_source_id)
            .where(Item.id.in_(chunk))
        )
        for item_id, tag, description, make, model, programme, agreement in session.execute(stmt):
            found[item_id] = AssetLabel(
                asset_tag=tag,
                description=description or " ".join(p for p in (make, model) if p),
                funding=" · ".join(p for p in (programme, agreement) if p),
                donor_en=donor.english,
                donor_lo=donor.lao,
                logo=logo,
            )
    return [found[i] for i in wanted if i in found]
