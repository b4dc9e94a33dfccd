"""Files kept with an inspection (photos), an incident (the police report) or a disposal.

The same store as a handover's signed copies (`services.attachments`): the
file is copied under `<sha256>.<ext>` in the register's attachments folder,
its name kept only as data, and the same files are refused (a folder, a
missing or unreadable file, a pipe, an empty or too large file, anything
but PDF, JPG or PNG) before the register or the folder is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from inl_equipment.db.monitoring import Disposal, Incident, Inspection
from inl_equipment.db.transactions import Attachment
from inl_equipment.i18n import Msg
from inl_equipment.services import attachments, audit
from inl_equipment.services.handover_list import AttachmentRow
from inl_equipment.services.items import NotFoundError

#: The records a file may belong to besides a handover, by the word for them.
RECORD_KINDS: Final = ("inspection", "incident", "disposal")

_TABLES: Final[dict[str, type[Inspection] | type[Incident] | type[Disposal]]] = {
    "inspection": Inspection,
    "incident": Incident,
    "disposal": Disposal,
}
_LINKS: Final[dict[str, InstrumentedAttribute[int | None]]] = {
    "inspection": Attachment.inspection_id,
    "incident": Attachment.incident_id,
    "disposal": Attachment.disposal_id,
}


def _record_id(session: Session, kind: str, number: str) -> int:
    """The id of record `number` of `kind`; ValueError for an unknown kind, NotFoundError."""
    table = _TABLES.get(kind)
    if table is None:
        raise ValueError(
            Msg.translate("Attachments", "unknown kind of record {kind}").format(kind=repr(kind))
        )
    found = session.scalar(select(table.id).where(table.number == number))
    if found is None:
        raise NotFoundError(
            Msg.translate("Attachments", "no record numbered {number}").format(number=number)
        )
    return int(found)


def attach_to_record(
    session: Session, kind: str, number: str, source: Path, folder: Path, operator: str
) -> Path:
    """Keep a copy of `source` with the inspection, incident or disposal `number`.

    Returns where the file is stored. ValidationError (a message for the "file"
    field) when `source` is not a readable PDF, JPG or PNG file of an allowed size;
    NotFoundError when there is no such record.
    """
    record_id = _record_id(session, kind, number)
    # The checks and the store of the handover attachments, so both refuse alike.
    size, head = attachments.read_head(source)
    ext, media = attachments.kind_of(head)
    target, sha256 = attachments.store_file(source, folder, ext)
    record = Attachment(
        original_name=source.name[:255],
        stored_name=target.name,
        sha256=sha256,
        size=size,
        media_type=media,
        added_at=audit.now_utc(),
        operator=operator,
    )
    setattr(record, f"{kind}_id", record_id)
    session.add(record)
    session.flush()
    event = audit.NewEvent(kind, record_id, "attach", {"file": source.name, "sha256": sha256})
    audit.record(session, operator, [event])
    return target


def record_attachments(session: Session, kind: str, number: str) -> list[AttachmentRow]:
    """The files kept with record `number` of `kind`, oldest first."""
    record_id = _record_id(session, kind, number)
    rows = session.scalars(
        select(Attachment).where(_LINKS[kind] == record_id).order_by(Attachment.id)
    )
    return [AttachmentRow(a.id, a.original_name, a.stored_name, a.size, a.media_type) for a in rows]
