"""Verified copies of an SQLite database file.

A copy is written with SQLite's online backup API to a temporary file,
checked with `PRAGMA integrity_check`, and only then renamed into place, so
an interrupted or bad copy never replaces a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path


class BackupError(Exception):
    """A backup could not be written or did not pass its check."""


def integrity_ok(path: Path) -> bool:
    """True when `PRAGMA integrity_check` of the file says ok."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def write_verified_copy(source: Path, target: Path) -> Path:
    """Copy the live database `source` to `target`, verified, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A single-file copy: no -wal beside it to lose on the way.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if not integrity_ok(tmp):
            raise BackupError(f"the copy of {source.name} failed its integrity check")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(f"could not back up {source.name}: {exc}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
