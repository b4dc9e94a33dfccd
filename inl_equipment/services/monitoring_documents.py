"""The printable content of an incident report and a disposal certificate, read from a register.

Each function reads one record and what the document says about it (the
item, its holder and site, the inspection that found it, its last receipt)
into the plain dataclasses of `documents.monitoring_data`. Fixed values
(a kind of incident, a disposal method, a status) come as English and Lao
words from the catalogue, whatever language the interface is in: the
documents are bilingual.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Agency, Item, Location, Province
from inl_equipment.db.monitoring import Disposal, Incident, Inspection, InspectionResult
from inl_equipment.db.transactions import Handover, HandoverLine, HandoverStatus
from inl_equipment.documents.labels import LABELS
from inl_equipment.documents.monitoring_data import (
    DisposalCertificateData,
    DisposalLineData,
    FoundAt,
    IncidentReportData,
    ItemFacts,
    LastReceipt,
    Words,
)
from inl_equipment.i18n import Msg, lookup
from inl_equipment.services import eum_vocabulary, vocabulary
from inl_equipment.services.items import NotFoundError
from inl_equipment.services.receipts import DONOR_EN, DONOR_LO

DONOR = Words(DONOR_EN, DONOR_LO)
#: Witnesses on one line are told apart by these (a comma may sit inside a name and rank).
_WITNESS_SEPARATORS = re.compile(r"[;\n]+")


def _fixed(context: str, sources: dict[str, str], value: str) -> Words:
    """A fixed value's English label and its Lao from the catalogue ("" until translated)."""
    english = sources.get(value, value)
    return Words(english, lookup("lo", context, english))


def _named(row: Agency | Location | Province | None) -> Words:
    return Words(row.name_en, row.name_lo) if row is not None else Words("")


def witness_names(text: str) -> tuple[str, ...]:
    """The witnesses of a disposal, one per line or separated by ";" (each signs)."""
    return tuple(n for n in (" ".join(p.split()) for p in _WITNESS_SEPARATORS.split(text)) if n)


def _item_facts(item: Item) -> ItemFacts:
    location = item.location
    return ItemFacts(
        asset_tag=item.asset_tag,
        serial_number=item.serial_number,
        description=item.description,
        make_model=" ".join(p for p in (item.make, item.model) if p),
        category=Words(item.category.name_en, item.category.name_lo),
        quantity=item.quantity,
        unit=item.unit,
        unit_value=item.unit_value,
        # Private tables of the vocabularies: the English source of each label.
        status=_fixed("ItemStatus", vocabulary._STATUS, item.status),
        holder=_named(item.holder),
        location=_named(location),
        province=_named(location.province) if location is not None else Words(""),
    )


def _found_at(session: Session, incident: Incident) -> FoundAt | None:
    if incident.inspection_id is None:
        return None
    inspection = session.get(Inspection, incident.inspection_id)
    if inspection is None:
        return None
    result = session.scalar(
        select(InspectionResult).where(
            InspectionResult.inspection_id == inspection.id,
            InspectionResult.item_id == incident.item_id,
        )
    )
    english, lao = eum_vocabulary.result_words(result.result) if result else ("", "")
    return FoundAt(
        number=inspection.number,
        date=inspection.date,
        site=_named(inspection.location),
        inspectors=inspection.inspectors,
        result=Words(english, lao),
        remark=result.remark if result else "",
    )


def last_receipt(session: Session, item_id: int) -> LastReceipt | None:
    """The latest receipt with the item on it (an issued one before a void one)."""
    stmt = (
        select(Handover)
        .join(HandoverLine, HandoverLine.handover_id == Handover.id)
        .where(HandoverLine.item_id == item_id)
        .order_by(
            (Handover.status == HandoverStatus.VOID.value).asc(),
            Handover.date.desc(),
            Handover.id.desc(),
        )
        .limit(1)
    )
    handover = session.scalar(stmt)
    if handover is None:
        return None
    title = LABELS.title(handover.kind)
    return LastReceipt(
        number=handover.number,
        kind=Words(title.en, title.lo),
        date=handover.date,
        to_agency=_named(handover.to_agency),
        received_by=handover.received_by,
        void=handover.status == HandoverStatus.VOID.value,
    )


def incident_report_data(session: Session, number: str) -> IncidentReportData:
    """What the incident report `number` prints; NotFoundError if there is no such incident."""
    incident = session.scalar(select(Incident).where(Incident.number == number))
    if incident is None:
        raise NotFoundError(
            Msg.translate("Incidents", "no incident {number}").format(number=number)
        )
    return IncidentReportData(
        number=incident.number,
        date=incident.date,
        kind=_fixed("IncidentKind", eum_vocabulary._INCIDENT, incident.kind),
        place=incident.place,
        reported_by=incident.reported_by,
        report_ref=incident.report_ref,
        status=_fixed("IncidentOutcome", eum_vocabulary._OUTCOME, incident.outcome),
        closed_date=incident.closed_date,
        remark=incident.remark,
        item=_item_facts(incident.item),
        found_at=_found_at(session, incident),
        last_receipt=last_receipt(session, incident.item_id),
        recorded_by=incident.operator,
        donor=DONOR,
    )


def disposal_certificate_data(session: Session, number: str) -> DisposalCertificateData:
    """What the disposal certificate `number` prints; NotFoundError if there is no such record."""
    disposal = session.scalar(select(Disposal).where(Disposal.number == number))
    if disposal is None:
        raise NotFoundError(
            Msg.translate("Disposals", "no disposal {number}").format(number=number)
        )
    lines = tuple(
        DisposalLineData(
            asset_tag=line.item.asset_tag,
            serial_number=line.item.serial_number,
            description=line.item.description,
            quantity=line.item.quantity,
            unit=line.item.unit,
            unit_value=line.item.unit_value,
            sale_price=line.sale_price,
        )
        for line in disposal.lines
    )
    return DisposalCertificateData(
        number=disposal.number,
        date=disposal.date,
        method=_fixed("DisposalMethod", eum_vocabulary._DISPOSAL, disposal.method),
        detail=disposal.detail,
        approval_ref=disposal.approval_ref,
        witnesses=witness_names(disposal.witnesses),
        lines=lines,
        recorded_by=disposal.operator,
        donor=DONOR,
    )
