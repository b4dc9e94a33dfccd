"""What a lock file says: who holds (or held) the writer lock, as one JSON record.

The record is only information for people ("open for editing by …"); the OS
lock on the file is the truth (`lock.py`, `lock_file.py`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from inl_equipment import __version__
from inl_equipment.formatting import local_time
from inl_equipment.i18n import Msg

APP_NAME = f"INL Equipment Tracker {__version__}"
#: A lock record is a few hundred bytes; a bigger file at the lock path is someone else's.
MAX_RECORD_BYTES = 64 * 1024


@dataclass(frozen=True)
class LockInfo:
    """Who holds (or held) a writer lock, as recorded in the lock file."""

    host: str
    pid: int
    operator: str
    since: datetime
    app: str = APP_NAME

    def to_json(self) -> str:
        """The lock file's content."""
        return json.dumps(
            {
                "host": self.host,
                "pid": self.pid,
                "operator": self.operator,
                "since": self.since.isoformat(timespec="seconds"),
                "app": self.app,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        """Parse a lock file's content; None for empty or half-written content."""
        try:
            data = json.loads(text)
            since = datetime.fromisoformat(data["since"])
            if since.tzinfo is None:
                since = since.astimezone()
            return cls(
                host=str(data["host"]),
                pid=int(data["pid"]),
                operator=str(data["operator"]),
                since=since,
                app=str(data.get("app", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def describe(self) -> Msg:
        """One line for people: who, where, which process, since when (their local time)."""
        return Msg.translate("Storage", "{operator} on {host} (process {pid}) since {when}").format(
            operator=self.operator, host=self.host, pid=self.pid, when=local_time(self.since)
        )


def is_lock_record(raw: bytes) -> bool:
    """True for what this program leaves in a lock file: nothing, a record, or part of one.

    A power cut can leave a record half-written or as zeros; anything else
    (a document that happens to have the name) is not ours to empty.
    """
    body = raw.strip(b"\x00 \t\r\n")
    return not body or (len(raw) <= MAX_RECORD_BYTES and body.startswith(b"{"))
