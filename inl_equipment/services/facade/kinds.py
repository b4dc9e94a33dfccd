"""The register's fixed vocabularies and error types, as the UI may name them.

Widgets import these from here rather than from `db/`, so the storage layer
can change without touching a widget.
"""

from __future__ import annotations

from inl_equipment.db.backup import BackupError, DiskFullError
from inl_equipment.db.errors import StorageFault, classify
from inl_equipment.db.lock import LockedError, LockError
from inl_equipment.db.models import RETIRED_STATUSES, Condition, ItemStatus, LocationKind
from inl_equipment.db.monitoring import CheckMethod, CheckResult, IncidentOutcome
from inl_equipment.db.opening import DamagedDatabaseError, NotARegisterError
from inl_equipment.db.schema import SchemaError
from inl_equipment.db.session import ReadOnlyError
from inl_equipment.db.transactions import HandoverKind, HandoverStatus

__all__ = [
    "RETIRED_STATUSES",
    "BackupError",
    "CheckMethod",
    "CheckResult",
    "Condition",
    "DamagedDatabaseError",
    "DiskFullError",
    "HandoverKind",
    "HandoverStatus",
    "IncidentOutcome",
    "ItemStatus",
    "LocationKind",
    "LockError",
    "LockedError",
    "NotARegisterError",
    "ReadOnlyError",
    "SchemaError",
    "StorageFault",
    "classify_fault",
]


def classify_fault(exc: BaseException) -> StorageFault | None:
    """What kind of storage failure `exc` is (by type and error code); None: not one."""
    fault = classify(exc)
    return None if fault is StorageFault.OTHER and not _storage_error(exc) else fault


def _storage_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError | OSError | DiskFullError | ReadOnlyError)
