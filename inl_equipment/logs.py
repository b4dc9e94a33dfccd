"""The app's log: a rotating file in the data folder, never the console.

A windowed Windows build has no console (`sys.stderr` is None there), so
nothing in the app prints: everything worth keeping goes through `logging`
to `<data folder>/logs/inl-equipment.log`, which Help → Show log folder opens.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "inl-equipment.log"
#: Five files of 1 MiB: weeks of ordinary use, never a disk's worth.
MAX_BYTES = 1 << 20
BACKUP_COUNT = 4
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_dir(data_dir: Path) -> Path:
    """The folder holding the log files, inside the app's data folder."""
    return data_dir / "logs"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the package's log records to the rotating log file; returns its path.

    Returns None (and logs nowhere) when the folder cannot be written: a
    read-only profile must not stop the app from starting.
    """
    folder = log_dir(data_dir)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger("inl_equipment")
    for handler in list(root.handlers):
        if getattr(handler, "_inl_log_file", False):
            root.removeHandler(handler)
            handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler._inl_log_file = True  # type: ignore[attr-defined]  # ours, to replace it later
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
