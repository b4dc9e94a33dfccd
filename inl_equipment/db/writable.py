"""Can this program write the register's file and folder here?

Each function takes the platform (a `sys.platform` value; default: this
system's) so that the Windows way of asking runs in tests on any system.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path


def is_read_only(db_path: Path, *, platform: str | None = None) -> bool:
    """True when the register cannot be written here.

    That is when the file is not writable, or its folder is not: SQLite needs
    to create its -wal/-shm or -journal beside the file to change anything.
    """
    path = Path(os.path.abspath(db_path))
    if path.exists() and not file_writable(path, platform=platform):
        return True
    return not dir_writable(path.parent, platform=platform)


def file_writable(path: Path, *, platform: str | None = None) -> bool:
    """True when the file itself may be written (False also for a missing one)."""
    if not os.access(path, os.W_OK):
        return False
    if (sys.platform if platform is None else platform) == "win32":
        # os.access only sees the read-only attribute, not ACLs. Opening the file
        # is safe on Windows (its locks belong to handles); on POSIX it is not done
        # because closing it would drop SQLite's locks on the live database.
        try:
            with open(path, "r+b"):
                pass
        except PermissionError:
            return False
        except OSError:
            return True  # in use or similar: not a sign of read-only
    return True


def dir_writable(folder: Path, *, platform: str | None = None) -> bool:
    """True when files may be created in `folder`."""
    if (sys.platform if platform is None else platform) != "win32":
        return os.access(folder, os.W_OK | os.X_OK)
    # Windows answers os.access for folders with "yes" regardless of ACLs: try it.
    try:
        fd, probe = tempfile.mkstemp(prefix=".inl-write-test-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True
