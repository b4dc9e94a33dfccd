"""Files written whole or not at all, beside their target, and what killed writes left.

A temporary file next to the target is renamed over it only once complete
and on disk; any failure removes it, and the next write to that folder
removes those left by a process that was killed.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from inl_equipment.i18n import Msg


class AtomicWriteError(Exception):
    """No temporary file could be made beside the target; the message is a `Msg`."""


#: How an export's temporary file is named: `.<target name>.<8 hex>.tmp`.
_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")
#: A temporary file untouched this long was left by an export that was killed.
STALE_TEMP_AGE_S = 3600


def remove_stale_temps(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete what killed exports left in `folder`: their `.….tmp` files, an hour old or more.

    A younger one may be an export running right now in another process.
    Returns what was removed.
    """
    cutoff = (time.time() if now is None else now) - STALE_TEMP_AGE_S
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.match(entry.name):
            continue
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _create_temp(target: Path) -> Path:
    remove_stale_temps(target.parent)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666 minus the umask: the export gets the permissions of any new file.
            fd = os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            )
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise AtomicWriteError(
        Msg.translate("Export", "cannot create a temporary file in {folder}").format(
            folder=target.parent
        )
    )


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temp path next to `target`: renamed to `target` on success, removed on any error."""
    tmp = _create_temp(target)
    try:
        yield tmp
        with open(tmp, "rb+") as stream:  # on disk before the rename makes it visible
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all (a killed write leaves the old file)."""
    with atomic_output(target) as tmp:
        tmp.write_bytes(data)
