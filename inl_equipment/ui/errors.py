"""Plain-language messages for failures, and a last-resort handler for slots.

Qt would print an exception raised in a slot and carry on, leaving the user
with no idea whether their change was saved: the hook shows it instead.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import ParamSpec, TypeVar

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError

from inl_equipment.db.backup import BackupError, DiskFullError
from inl_equipment.db.lock import LockError
from inl_equipment.db.session import ReadOnlyError

NOTHING_CHANGED = "Nothing was changed: the register is as it was before."
P = ParamSpec("P")
R = TypeVar("R")


def describe_error(exc: BaseException) -> tuple[str, str]:
    """A title and a message that say what happened and what to do."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if isinstance(exc, DiskFullError) or "disk is full" in low or "no space" in low:
        return (
            "Disk full",
            "The disk is full, so the change could not be saved. "
            f"{NOTHING_CHANGED} Free some space and try again.",
        )
    if isinstance(exc, ReadOnlyError) or "readonly database" in low or "read-only" in low:
        return (
            "Read-only",
            "This register is open read-only, so nothing can be changed. "
            "Close other copies of the app, or check the file's permissions, and reopen it.",
        )
    if "database is locked" in low or "database is busy" in low:
        return (
            "Register busy",
            "Another program is writing to the register right now. "
            f"{NOTHING_CHANGED} Try again in a moment.",
        )
    if "disk i/o error" in low or isinstance(exc, OSError):
        return (
            "Could not save",
            f"The computer could not write to the disk ({text}). "
            f"{NOTHING_CHANGED} Check the drive (a removed USB stick, a full or "
            "failing disk) and try again.",
        )
    if isinstance(exc, BackupError):
        return ("Backup failed", f"{text}. The previous backups are unchanged.")
    if isinstance(exc, LockError):
        return ("Register in use", text)
    if isinstance(exc, DBAPIError):
        return ("Database error", f"The database reported: {text}. {NOTHING_CHANGED}")
    return (
        "Unexpected error",
        f"Something went wrong: {text}.\n\n{NOTHING_CHANGED} "
        "If it happens again, please report it with what you were doing.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title, message = describe_error(exc)
    QMessageBox.critical(parent, title, message)


def guarded(fn: Callable[P, R]) -> Callable[P, R | None]:
    """Wrap a slot so that a failure is shown to the user instead of escaping.

    The first argument must be the widget (a method's `self`); the message box
    is parented to it. Returns None when the slot failed.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none escapes
            widget = args[0] if args and isinstance(args[0], QWidget) else None
            show_error(widget, exc)
            return None

    return wrapper


def install_excepthook() -> None:
    """Show any exception that escapes a slot in a message box (and on stderr)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, exc, tb)
        if QApplication.instance() is None or isinstance(exc, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
