"""What every capability of the register shares: the database, operator, feed."""

from __future__ import annotations

from dataclasses import dataclass

from inl_equipment.db.session import Database
from inl_equipment.services.facade.changes import ChangeFeed


@dataclass
class Context:
    """One register's database, operator and change feed, shared by its capabilities.

    `db` is replaced when a backup is restored; capabilities read it each call.
    """

    db: Database
    operator: str  # who the history names: the person, or their login on a server
    changes: ChangeFeed
    prepared_by: str = ""  # the person's name on documents ("" : `operator`)

    @property
    def signatory(self) -> str:
        """The name a document gives as who prepared it."""
        return self.prepared_by or self.operator
