"""The frozen app's entry point: PyInstaller runs this script (see inl-equipment.spec).

It runs the same `inl_equipment.cli.main` as `uv run inl-equipment`. What it
adds is for a build with no console (the windowed Windows build has no
`sys.stderr`): a failure that escapes everything else, say a bundled file
missing at start-up, is logged to the app's log file and shown in a dialog
instead of vanishing.

`INL_EQUIPMENT_PAINT_PROBE=<file>` (used by bench/bench_frozen.py) opens the
register named by `INL_EQUIPMENT_DB` offscreen, writes when its table was
first painted to `<file>` as JSON, and exits: the same script runs from source
for the comparison.
"""

from __future__ import annotations

import time

STARTED = time.time()

import logging  # noqa: E402 - the start time is taken before anything is imported
import os  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402

#: Exit code for a failure nothing else handled (EX_SOFTWARE).
FATAL = 70
log = logging.getLogger("inl_equipment.frozen")


def main() -> int:
    """Run the command line (or the app); a fatal error is logged and shown."""
    probe = os.environ.get("INL_EQUIPMENT_PAINT_PROBE")
    try:
        if probe:
            from inl_equipment.ui.smoke_window import paint_probe

            return paint_probe(probe, STARTED)
        from inl_equipment.cli import main as cli_main

        return cli_main()
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: BLE001 - the last place anything can be told
        _fatal(exc)
        return FATAL


def _fatal(exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc))
    try:
        from inl_equipment.logs import setup_logging
        from inl_equipment.paths import default_data_dir

        log_file = setup_logging(default_data_dir())
        log.critical("fatal error at start-up", exc_info=exc)
    except Exception:  # noqa: BLE001 - the logging set-up itself may be what is broken
        log_file = None
    message = f"INL Equipment Tracker could not start:\n\n{type(exc).__name__}: {exc}\n\n" + (
        f"The details are in {log_file}." if log_file else text[-1500:]
    )
    if sys.stderr is not None:
        sys.stderr.write(f"inl-equipment: fatal: {type(exc).__name__}: {exc}\n")
        return
    _dialog(message)


def _dialog(message: str) -> None:
    """Show `message` in a dialog: Qt's if it loads, else Windows' own."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "INL Equipment Tracker", message)
        del _app
    except Exception:  # noqa: BLE001 - Qt itself may be what failed to load
        if sys.platform == "win32":
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, message, "INL Equipment Tracker", 0x10)


if __name__ == "__main__":
    raise SystemExit(main())
