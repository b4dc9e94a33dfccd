"""Whether two paths name the same file, so that an output never overwrites an input.

Two spellings of one file are caught however they differ: a relative and an
absolute path, `..` steps, a symbolic link (to the file or to a folder on the
way), a hard link, or letter case on a file system that ignores case. Where
both files exist, the file system decides: the same device and file number
(`os.path.samefile`). Where the output does not exist yet it cannot be an
input, except through a dangling link, so the resolved, case-normalised paths
are compared as well.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from inl_equipment.i18n import Msg

#: Files beside an SQLite register that belong to it.
REGISTER_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


class SameFileError(OSError):
    """An output path names a file that must not be overwritten; the message is a `Msg`.

    An `OSError`, as `shutil.SameFileError` is, so that callers that report a
    failed write already report this one.
    """


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when `a` and `b` name one file (links, spelling and case aside)."""
    sa: os.stat_result | None
    sb: os.stat_result | None
    try:
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        sa = sb = None
    # Some Windows file systems (FAT, some network shares) report file number 0 for all.
    if sa is not None and sb is not None and sa.st_ino != 0:
        return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)
    return _resolved(a) == _resolved(b)


def _resolved(p: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(os.fspath(p))))


def register_files(db_path: Path) -> list[Path]:
    """The register's file and the companions SQLite and the lock keep beside it."""
    return [db_path] + [db_path.with_name(db_path.name + s) for s in REGISTER_COMPANIONS]


def refuse_overwrite(
    target: str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str]] = (),
    register: Path | None = None,
) -> None:
    """Raise `SameFileError` when `target` is one of `inputs` or the register's files."""
    for source in inputs:
        if same_file(target, source):
            raise SameFileError(
                Msg.translate(
                    "Import",
                    "{path} is the file being imported: writing there would overwrite it;"
                    " choose another file name.",
                ).format(path=target)
            )
    for part in register_files(register) if register is not None else []:
        if same_file(target, part):
            raise SameFileError(
                Msg.translate(
                    "Import",
                    "{path} is the register's own file: writing there would destroy it;"
                    " choose another file name.",
                ).format(path=target)
            )
