"""Incidents: an item lost, stolen or damaged beyond repair, and the investigation after.

Opening an incident changes the item's status (lost, stolen, destroyed) and
keeps the status it had; closing it as *recovered* gives that status back.
Each incident has a number `IN-<year>-NNNN` from the same counters as the
receipts (sequential, never reused) and its own history events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inl_equipment.db.models import RETIRED_STATUSES, Item, ItemStatus
from inl_equipment.db.monitoring import Incident, IncidentKind, IncidentOutcome
from inl_equipment.db.transactions import next_receipt_counter
from inl_equipment.i18n import Msg
from inl_equipment.services import audit
from inl_equipment.services.items import ValidationError

#: The status an item takes when an incident of each kind is opened.
STATUS_OF_KIND = {
    IncidentKind.LOST: ItemStatus.LOST,
    IncidentKind.STOLEN: ItemStatus.STOLEN,
    IncidentKind.DAMAGED: ItemStatus.DESTROYED,
}
TEXT_MAX = 2000
REF_MAX = 120


@dataclass(slots=True)
class IncidentInput:
    """What an officer records when an item goes missing or is wrecked."""

    item_id: int
    when: date
    kind: str
    place: str = ""
    reported_by: str = ""
    report_ref: str = ""
    remark: str = ""
    inspection_id: int | None = None


def number_for(session: Session, prefix: str, year: int) -> str:
    """The next `PREFIX-YEAR-NNNN` (inspections EU, incidents IN, disposals DS)."""
    return f"{prefix}-{year}-{next_receipt_counter(session, prefix, year):04d}"


def _problems(data: IncidentInput, item: Item | None, today: date) -> dict[str, Msg]:
    out: dict[str, Msg] = {}
    if item is None:
        out["item"] = Msg.translate("Incidents", "The item does not exist (any more).")
    elif item.status in RETIRED_STATUSES:
        out["item"] = Msg.translate(
            "Incidents", "{tag} has left the register already; it cannot be lost again."
        ).format(tag=item.asset_tag)
    if data.kind not in set(IncidentKind):
        out["kind"] = Msg.translate("Incidents", "Choose lost, stolen or damaged beyond repair.")
    if data.when > today:
        out["date"] = Msg.translate("Incidents", "The date cannot be in the future.")
    if len(data.report_ref) > REF_MAX:
        out["report_ref"] = Msg.translate(
            "Incidents", "The report reference is longer than {max} characters."
        ).format(max=REF_MAX)
    for name in ("place", "reported_by", "remark"):
        if len(getattr(data, name)) > TEXT_MAX:
            out[name] = Msg.translate("Incidents", "Longer than {max} characters.").format(
                max=TEXT_MAX
            )
    return out


def open_incident(
    session: Session, data: IncidentInput, operator: str, today: date | None = None
) -> str:
    """Record an incident and change the item's status; returns the incident's number."""
    item = session.get(Item, data.item_id)
    problems = _problems(data, item, today or date.today())
    if problems:
        raise ValidationError(problems)
    assert item is not None
    now = audit.now_utc()
    number = number_for(session, "IN", data.when.year)
    incident = Incident(
        number=number,
        item_id=item.id,
        date=data.when,
        kind=data.kind,
        place=" ".join(data.place.split()),
        reported_by=" ".join(data.reported_by.split()),
        report_ref=data.report_ref.strip(),
        remark=data.remark.strip(),
        inspection_id=data.inspection_id,
        prev_status=item.status,
        operator=operator,
        created_at=now,
    )
    session.add(incident)
    new_status = STATUS_OF_KIND[IncidentKind(data.kind)].value
    changes = {"status": [item.status, new_status], "incident": number}
    item.status, item.updated_at = new_status, now
    session.flush()
    audit.record(
        session,
        operator,
        [
            audit.NewEvent("item", item.id, "incident", changes),
            audit.NewEvent("incident", incident.id, "open", {"kind": data.kind, "item": item.id}),
        ],
        now,
    )
    return number


def close_incident(
    session: Session,
    number: str,
    outcome: str,
    when: date,
    remark: str,
    operator: str,
    today: date | None = None,
) -> None:
    """Close an investigation; *recovered* gives the item back the status it had."""
    incident = session.scalar(select(Incident).where(Incident.number == number))
    if incident is None:
        raise LookupError(Msg.translate("Incidents", "no incident {number}").format(number=number))
    problems: dict[str, Msg] = {}
    if incident.outcome:
        problems["outcome"] = Msg.translate("Incidents", "{number} is closed already.").format(
            number=number
        )
    if outcome not in set(IncidentOutcome):
        problems["outcome"] = Msg.translate("Incidents", "Choose how the investigation ended.")
    if when > (today or date.today()) or when < incident.date:
        problems["closed_date"] = Msg.translate(
            "Incidents", "The date must lie between the incident and today."
        )
    if problems:
        raise ValidationError(problems)
    now = audit.now_utc()
    incident.outcome, incident.closed_date = outcome, when
    if remark.strip():
        incident.remark = "\n".join(p for p in (incident.remark, remark.strip()) if p)
    events = [audit.NewEvent("incident", incident.id, "close", {"outcome": outcome})]
    item = incident.item
    if outcome == IncidentOutcome.RECOVERED:
        back = incident.prev_status or _status_when_unknown(item)
        events.append(
            audit.NewEvent(
                "item", item.id, "recovered", {"status": [item.status, back], "incident": number}
            )
        )
        item.status, item.updated_at = back, now
    session.flush()
    audit.record(session, operator, events, now)


def _status_when_unknown(item: Item) -> str:
    """For incidents carried over from older records, which kept no earlier status."""
    held = item.holder_agency_id is not None
    return (ItemStatus.HANDED_OVER if held else ItemStatus.IN_STOCK).value
