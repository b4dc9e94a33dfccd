"""What File → Properties says about the open register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inl_equipment.db.models import Item
from inl_equipment.db.schema import current_revision
from inl_equipment.db.transactions import Handover


@dataclass(frozen=True, slots=True)
class RegisterFacts:
    """The register's place, size, contents and safety, at a glance."""

    location: str  # the file's full path, or the server's address
    size: int | None  # bytes on disk, with the pending write-ahead log (None: a server)
    items: int
    receipts: int
    schema: str  # the Alembic revision
    last_backup: datetime | None
    backups: int
    read_only: bool


def contents(session: Session) -> tuple[int, int, str]:
    """(items, receipts, schema revision) of the register."""
    items = session.scalar(select(func.count()).select_from(Item)) or 0
    receipts = session.scalar(select(func.count()).select_from(Handover)) or 0
    return int(items), int(receipts), current_revision(session.connection()) or "?"


def size_on_disk(path: Path | None) -> int | None:
    """The register file's bytes and its companions' (-wal), None for a server."""
    if path is None:
        return None
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            total += part.stat().st_size
        except OSError:
            continue
    return total
