"""Where the app keeps its data by default, without needing Qt.

Mirrors Qt's `QStandardPaths.AppDataLocation` for the organisation and
application names the GUI sets, so the command line and the app agree.
Each function takes the platform and the environment as arguments
(default: this machine's), so that the Windows branches (`%APPDATA%`,
`%LOCALAPPDATA%`) are tested on any machine.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANIZATION = "INL"
APPLICATION = "INL Equipment Tracker"


def _base(
    env_name: str,
    platform: str | None,
    env: Mapping[str, str] | None,
    home: Path | None,
    defaults: dict[str, tuple[str, ...]],
) -> Path:
    """`$env_name` when set, else the platform's default folder under `home`."""
    platform = sys.platform if platform is None else platform
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    if env_name and env.get(env_name):
        return Path(env[env_name])
    return home.joinpath(*defaults.get(platform, defaults["linux"]))


def default_data_dir(
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path:
    """The per-user application data folder (on Windows under %APPDATA%).

    Args:
        platform: a `sys.platform` value ("win32", "darwin", "linux"); default: this one.
        env: the environment to read; default: `os.environ`.
        home: the user's home folder; default: `Path.home()`.
    """
    platform = sys.platform if platform is None else platform
    # Only Windows and Linux name the folder by a variable; macOS has none.
    variable = {"win32": "APPDATA", "darwin": ""}.get(platform, "XDG_DATA_HOME")
    base = _base(
        variable,
        platform,
        env,
        home,
        {
            "win32": ("AppData", "Roaming"),
            "darwin": ("Library", "Application Support"),
            "linux": (".local", "share"),
        },
    )
    return base / ORGANIZATION / APPLICATION


def default_cache_dir(
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Path:
    """The per-user cache folder (on Windows under %LOCALAPPDATA%, never roamed).

    Arguments as for `default_data_dir`.
    """
    platform = sys.platform if platform is None else platform
    variable = {"win32": "LOCALAPPDATA", "darwin": ""}.get(platform, "XDG_CACHE_HOME")
    base = _base(
        variable,
        platform,
        env,
        home,
        {
            "win32": ("AppData", "Local"),
            "darwin": ("Library", "Caches"),
            "linux": (".cache",),
        },
    )
    return base / ORGANIZATION / APPLICATION


def login_name() -> str:
    """The computer's login name: the operator's name when none was given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
