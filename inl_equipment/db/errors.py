"""What kind of storage failure an exception is, by type and error code.

The interface tells people what to do about a failure ("free some disk
space", "another program is using the register"), so it needs to know what
went wrong. Message text is never looked at: it differs between SQLite
versions, drivers and operating-system languages. `classify` reads
SQLite's result code (`sqlite3.Error.sqlite_errorcode`), PostgreSQL's
SQLSTATE (psycopg's `sqlstate`), an `OSError`'s `errno` and the app's own
exception classes, following SQLAlchemy's wrapper (`.orig`) and explicit
causes (`raise ... from exc`).
"""

from __future__ import annotations

import enum
import errno
import sqlite3
from collections.abc import Iterator
from typing import Final

from sqlalchemy.exc import StatementError

from inl_equipment.db.backup import DiskFullError
from inl_equipment.db.session import ReadOnlyError


def _driver_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [sqlite3.Error]
    try:
        import psycopg
    except ImportError:
        pass
    else:
        errors.append(psycopg.Error)
    return tuple(errors)


#: The database drivers' own exception classes (raised unwrapped by bulk writes),
#: for the command line to report in one line without importing a driver itself.
DRIVER_ERRORS: Final[tuple[type[Exception], ...]] = _driver_errors()


class StorageFault(enum.Enum):
    """The kinds of storage failure the interface explains differently."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    IO = "io"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    CANT_OPEN = "cant_open"
    NOT_ALLOWED = "not_allowed"  # a shared register's server refused the user's role
    OTHER = "other"


#: SQLite primary result codes (https://sqlite.org/rescode.html); extended codes
#: carry the primary one in their low byte.
SQLITE_CODES: Final[dict[int, StorageFault]] = {
    3: StorageFault.READ_ONLY,  # SQLITE_PERM: the OS refused access
    5: StorageFault.BUSY,  # SQLITE_BUSY: another connection holds the lock
    6: StorageFault.BUSY,  # SQLITE_LOCKED: a table is locked in this process
    8: StorageFault.READ_ONLY,  # SQLITE_READONLY
    10: StorageFault.IO,  # SQLITE_IOERR
    11: StorageFault.CORRUPT,  # SQLITE_CORRUPT
    13: StorageFault.DISK_FULL,  # SQLITE_FULL
    14: StorageFault.CANT_OPEN,  # SQLITE_CANTOPEN
    26: StorageFault.NOT_A_DATABASE,  # SQLITE_NOTADB
}

#: PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
SQLSTATES: Final[dict[str, StorageFault]] = {
    "53100": StorageFault.DISK_FULL,  # disk_full
    "42501": StorageFault.NOT_ALLOWED,  # insufficient_privilege: a grant or trigger refused
    "25006": StorageFault.READ_ONLY,  # read_only_sql_transaction
    "40001": StorageFault.BUSY,  # serialization_failure: try again
    "40P01": StorageFault.BUSY,  # deadlock_detected: try again
    "55P03": StorageFault.BUSY,  # lock_not_available
    "57P03": StorageFault.BUSY,  # cannot_connect_now (starting up)
    "58030": StorageFault.IO,  # io_error
    "XX001": StorageFault.CORRUPT,  # data_corrupted
    "XX002": StorageFault.CORRUPT,  # index_corrupted
}
#: SQLSTATE classes: 08 is "connection exception" (server gone, cannot connect).
SQLSTATE_CLASSES: Final[dict[str, StorageFault]] = {"08": StorageFault.CANT_OPEN}

ERRNOS: Final[dict[int, StorageFault]] = {
    errno.ENOSPC: StorageFault.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): StorageFault.DISK_FULL,
    errno.EROFS: StorageFault.READ_ONLY,
    errno.EACCES: StorageFault.READ_ONLY,
    errno.EPERM: StorageFault.READ_ONLY,
    errno.EIO: StorageFault.IO,
}

#: How far down a chain of causes to look (a loop in `__cause__` must not hang us).
_MAX_DEPTH = 10


def classify(exc: BaseException) -> StorageFault:
    """The storage fault `exc` stands for, or `StorageFault.OTHER`.

    Looks at `exc`, the driver exception SQLAlchemy wrapped (`.orig`) and the
    exceptions it was raised from; the first one with a known code decides.
    """
    for candidate in _chain(exc):
        fault = _own_fault(candidate)
        if fault is not StorageFault.OTHER:
            return fault
    return StorageFault.OTHER


def sqlite_primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of `exc` (extended codes folded), None if it has none."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _own_fault(exc: BaseException) -> StorageFault:
    """The fault `exc` itself says, without looking at what it wraps."""
    if isinstance(exc, DiskFullError):
        return StorageFault.DISK_FULL
    if isinstance(exc, ReadOnlyError):
        return StorageFault.READ_ONLY
    code = sqlite_primary_code(exc)
    if code is not None:
        return SQLITE_CODES.get(code, StorageFault.OTHER)
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:
        return SQLSTATES.get(sqlstate) or SQLSTATE_CLASSES.get(sqlstate[:2], StorageFault.OTHER)
    if isinstance(exc, OSError) and exc.errno is not None:
        return ERRNOS.get(exc.errno, StorageFault.OTHER)
    return StorageFault.OTHER


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, then what it wraps: SQLAlchemy's `.orig`, then `__cause__`, in turn."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < _MAX_DEPTH:
        seen.add(id(current))
        yield current
        if isinstance(current, StatementError) and isinstance(current.orig, BaseException):
            current = current.orig
        else:
            current = current.__cause__
