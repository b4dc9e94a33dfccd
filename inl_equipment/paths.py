"""Where the app keeps its data by default, without needing Qt.

Mirrors Qt's `QStandardPaths.AppDataLocation` for the organisation and
application names the GUI sets, so the command line and the app agree.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

ORGANIZATION = "INL"
APPLICATION = "INL Equipment Tracker"


def default_data_dir() -> Path:
    """The per-user application data folder (on Windows under %APPDATA%)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANIZATION / APPLICATION


def login_name() -> str:
    """The computer's login name: the operator's name when none was given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
