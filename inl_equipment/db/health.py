"""Is the register file sound, and is it in a safe place?

`check_database` only reads and never repairs, and never needs to write: in a
folder or on a file it cannot write it reads the file alone, or a private copy
with its pending -wal or -journal (`readable.py`). What to do with a damaged
file is the caller's decision: `quarantine_damaged` keeps it aside and
`newest_good_backup` offers the backup to restore.

`place_warnings` takes the platform and the way to ask a drive's type as
arguments, so the Windows answers are tested on any system.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from inl_equipment.db.backup import integrity_ok, quarantine_file
from inl_equipment.db.backups import STAMP_FORMAT, list_backups
from inl_equipment.db.readable import open_readable
from inl_equipment.db.writable import is_read_only
from inl_equipment.i18n import translate

#: Lines of `quick_check`/`integrity_check` output worth showing; the first says most.
MAX_CHECK_LINES = 20
#: File systems on which SQLite's locking and durability cannot be relied upon.
NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "davfs", "fuse.davfs2", "afs", "9p"}
)
ONEDRIVE_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
#: Folder names (lower case) that sync clients create, and who owns them.
_CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "shared drives": "Google Drive",
    "iclouddrive": "iCloud Drive",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
}
#: Prefixes of business variants: "OneDrive - Company", "Dropbox (Company)".
_CLOUD_PREFIXES = {"onedrive - ": "OneDrive", "dropbox (": "Dropbox"}
_DRIVE_REMOTE = 4

__all__ = [
    "MAX_CHECK_LINES",
    "NETWORK_FS_TYPES",
    "ONEDRIVE_ENV_VARS",
    "HealthReport",
    "check_database",
    "is_read_only",
    "network_mount_for",
    "newest_good_backup",
    "place_warnings",
    "quarantine_damaged",
]


@dataclass(frozen=True)
class HealthReport:
    """What the checks of one register file found: `ok`, or `problems`, worst first."""

    path: Path
    problems: list[str] = field(default_factory=list)
    checks: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the checks found nothing wrong."""
        return not self.problems


def check_database(db_path: Path, *, full: bool = False) -> HealthReport:
    """Check the file with `quick_check` (`integrity_check` when `full`) and `foreign_key_check`.

    Never raises for a damaged or foreign file: that is reported as a problem.
    """
    page_check = "integrity_check" if full else "quick_check"
    checks = (page_check, "foreign_key_check")
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        return HealthReport(
            db_path, [_fill(translate("Storage", "{name} does not exist"), name=db_path.name)], ()
        )
    except OSError as exc:
        problem = _fill(
            translate("Storage", "{name} cannot be read: {error}"), name=db_path.name, error=exc
        )
        return HealthReport(db_path, [problem], ())
    if size == 0:
        return HealthReport(
            db_path,
            [_fill(translate("Storage", "{name} is empty (0 bytes)"), name=db_path.name)],
            (),
        )
    problems: list[str] = []
    try:
        readable = open_readable(db_path)
    except sqlite3.OperationalError as exc:
        problem = _fill(
            translate("Storage", "{name} cannot be opened: {error}"), name=db_path.name, error=exc
        )
        return HealthReport(db_path, [problem], ())
    except sqlite3.DatabaseError as exc:
        return HealthReport(db_path, [_not_a_database(db_path, exc)], ())
    except OSError as exc:
        problem = _fill(
            translate("Storage", "{name} cannot be read: {error}"), name=db_path.name, error=exc
        )
        return HealthReport(db_path, [problem], ())
    with readable:
        problems = _run_checks(readable.sqlite_uri(), db_path, page_check)
    return HealthReport(db_path, problems, checks)


def _run_checks(uri: str, db_path: Path, page_check: str) -> list[str]:
    """The problems `page_check` and `foreign_key_check` find in the file at `uri`.

    One after the other: the window no longer waits for them (it paints
    first), and on two cores a second checking thread slowed its first
    paint more than it shortened the check (open ratio 1.35 against 1.21).
    """
    found: dict[str, list[str] | sqlite3.DatabaseError] = {}

    def run(name: str, check: Callable[[sqlite3.Connection], list[str]]) -> None:
        try:
            con = sqlite3.connect(uri, uri=True)
            try:
                found[name] = check(con)
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            # "file is not a database", "database disk image is malformed", ...
            found[name] = exc

    run("pages", lambda con: _page_problems(con, page_check))
    run("links", _link_problems)
    problems: list[str] = []
    errors = [v for v in (found["pages"], found["links"]) if isinstance(v, sqlite3.DatabaseError)]
    for value in (found["pages"], found["links"]):
        if isinstance(value, list):
            problems.extend(value)
    if errors:
        problems.insert(0, _not_a_database(db_path, errors[0]))
    return problems


def _page_problems(con: sqlite3.Connection, page_check: str) -> list[str]:
    rows = con.execute(f"PRAGMA {page_check}({MAX_CHECK_LINES})").fetchall()
    if rows == [("ok",)]:
        return []
    return [_fill(translate("Storage", "damaged: {detail}"), detail=r[0]) for r in rows]


def _link_problems(con: sqlite3.Connection) -> list[str]:
    return [
        _fill(
            translate(
                "Storage", "row {row} of table {table} refers to a missing row of table {parent}"
            ),
            row=rowid,
            table=table,
            parent=parent,
        )
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check")
    ]


def _not_a_database(db_path: Path, exc: sqlite3.Error) -> str:
    return _fill(
        translate("Storage", "{name} is damaged or not an SQLite database: {error}"),
        name=db_path.name,
        error=exc,
    )


def _fill(text: str, **params: object) -> str:
    """`text` (already translated) with its fields filled: reports are made to be shown."""
    return text.format(**{k: str(v) for k, v in params.items()})


def quarantine_damaged(db_path: Path, now: datetime | None = None) -> Path:
    """Move a damaged register (and its -wal/-shm) aside as `<name>.damaged-<time>`.

    Nothing is deleted: the file is kept for whoever investigates. Returns its new path.
    """
    at = now or datetime.now()
    return quarantine_file(db_path, at.strftime(STAMP_FORMAT))


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of the register that passes `integrity_check`, if any."""
    for backup in list_backups(db_path):
        if integrity_ok(backup.path):
            return backup.path
    return None


def place_warnings(
    db_path: str | os.PathLike[str],
    *,
    environ: Mapping[str, str] | None = None,
    mounts_file: Path = Path("/proc/mounts"),
    platform: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> list[str]:
    """Warnings about where the register is kept: network shares and synced folders.

    Works on a `PureWindowsPath` on any system (pure path rules only); it also
    asks the system: on Windows the drive type of the path's drive letter, on
    Linux the mount table for a real path.

    Args:
        db_path: the register's path (a string, a `Path` or a pure path).
        environ: the environment (OneDrive variables); default: `os.environ`.
        mounts_file: Linux's mount table.
        platform: a `sys.platform` value; default: this system's.
        drive_type: `GetDriveTypeW` or a stand-in (root such as "Z:\\" -> type);
            default: the system's, on Windows only.
    """
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    text = os.fspath(db_path)
    unc = text.startswith("\\\\")
    windows = isinstance(db_path, PureWindowsPath) or system == "win32" or unc
    concrete = not isinstance(db_path, PurePath) or isinstance(db_path, Path)
    # Made absolute only by this system's own rules (a Windows path on Linux is left alone).
    if concrete and not unc and windows == (os.sep == "\\"):
        text = os.path.abspath(text)
    pure: PurePath = PureWindowsPath(text) if windows else PurePosixPath(text)
    warnings: list[str] = []

    share = _network_share(text, pure, windows, concrete, system, drive_type, mounts_file)
    if share is not None:
        warnings.append(
            _fill(
                translate(
                    "Storage",
                    "The register is on a network share ({share}). An SQLite file written over "
                    "a network can be damaged when the connection drops or two laptops write at "
                    "once; keep it on this laptop's own disk.",
                ),
                share=share,
            )
        )

    cloud = _cloud_warning(pure, env)
    if cloud is not None:
        warnings.append(cloud)
    return warnings


def _unc_share(text: str) -> str | None:
    """`\\\\server\\share` for a UNC path (also `\\\\?\\UNC\\…`), None for a local one."""
    s = text.replace("/", "\\")
    if s.upper().startswith("\\\\?\\UNC\\"):
        s = "\\\\" + s[8:]
    elif s.startswith(("\\\\?\\", "\\\\.\\")):
        return None  # a long-path or device prefix on a local drive
    if not s.startswith("\\\\"):
        return None
    parts = [p for p in s[2:].split("\\") if p]
    return "\\\\" + "\\".join(parts[:2])


def _cloud_warning(pure: PurePath, env: Mapping[str, str]) -> str | None:
    """The warning for a register inside a synced folder, None outside one."""
    cloud = _cloud_folder(pure, env)
    if cloud is None:
        return None
    provider, folder = cloud
    return _fill(
        translate(
            "Storage",
            "The register is inside a {provider} folder ({folder}). Sync programs can "
            "copy the file while it is being written or create conflicting copies; keep "
            "the register outside synced folders.",
        ),
        provider=provider,
        folder=folder,
    )


def _network_share(
    text: str,
    pure: PurePath,
    windows: bool,
    concrete: bool,
    system: str,
    drive_type: Callable[[str], int] | None,
    mounts_file: Path,
) -> str | None:
    """The network share holding the path, as people know it; None when it is local."""
    share = _unc_share(text) if windows else None
    if share is None and system == "win32":
        share = _mapped_network_drive(pure.drive, platform=system, drive_type=drive_type)
    if share is None and concrete and not windows and system.startswith("linux"):
        share = _network_mount(Path(text), mounts_file)
    return share


def _mapped_network_drive(
    drive: str, *, platform: str | None = None, drive_type: Callable[[str], int] | None = None
) -> str | None:
    """ "mapped network drive Z:" when Windows says the drive is remote, else None."""
    if (sys.platform if platform is None else platform) != "win32":
        return None
    if len(drive) != 2 or drive[1] != ":":
        return None
    ask = drive_type if drive_type is not None else _system_drive_type()
    if ask is not None and ask(drive + "\\") == _DRIVE_REMOTE:
        return _fill(translate("Storage", "mapped network drive {drive}"), drive=drive)
    return None


def _system_drive_type() -> Callable[[str], int] | None:
    """Windows' `GetDriveTypeW`; None on any other system (nothing to ask)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        return lambda root: int(kernel32.GetDriveTypeW(root))
    return None


def _network_mount(path: Path, mounts_file: Path) -> str | None:
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    real = os.path.realpath(path)
    if "/gvfs/smb-share:" in real or "/gvfs/sftp:" in real:
        return real.split("/gvfs/", 1)[1].split("/", 1)[0]
    return network_mount_for(real, text)


def network_mount_for(real_path: str, mounts_text: str) -> str | None:
    """The network file system (as "fstype device") holding `real_path`, from /proc/mounts text."""
    best: tuple[int, str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, mountpoint, fstype = fields[0], _unescape_mount(fields[1]), fields[2]
        inside = real_path == mountpoint or real_path.startswith(mountpoint.rstrip("/") + "/")
        # The longest matching mount point is the one the file is on.
        if inside and (best is None or len(mountpoint) >= best[0]):
            best = (len(mountpoint), fstype, device)
    if best is None or best[1] not in NETWORK_FS_TYPES:
        return None
    return f"{best[1]} {best[2]}"


def _unescape_mount(field_text: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field_text = field_text.replace(code, char)
    return field_text


def _cloud_folder(pure: PurePath, env: Mapping[str, str]) -> tuple[str, str] | None:
    flavour = type(pure)
    for var in ONEDRIVE_ENV_VARS:
        value = env.get(var, "")
        if not value:
            continue
        root = flavour(value)
        if root.is_absolute() and root != flavour(root.anchor) and pure.is_relative_to(root):
            return "OneDrive", str(root)
    for i, part in enumerate(pure.parts[:-1]):
        name = part.lower()
        provider = _CLOUD_FOLDERS.get(name) or next(
            (p for prefix, p in _CLOUD_PREFIXES.items() if name.startswith(prefix)), None
        )
        if provider is not None:
            return provider, str(flavour(*pure.parts[: i + 1]))
    return None
