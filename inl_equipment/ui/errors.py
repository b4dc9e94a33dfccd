"""Plain-language messages for failures, and a last-resort handler for slots.

Qt would print an exception raised in a slot and carry on, leaving the user
with no idea whether their change was saved: the hook logs it and shows it.
Failures are told apart by their type and storage error code
(`StorageFault`), never by the wording of a message.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inl_equipment.i18n import translate
from inl_equipment.services.facade.kinds import (
    BackupError,
    LockError,
    StorageFault,
    classify_fault,
)

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def nothing_changed() -> str:
    """The sentence that tells the user their register is as it was."""
    return translate("Errors", "Nothing was changed: the register is as it was before.")


def _detail(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc)


def _storage_message(fault: StorageFault | None, exc: BaseException) -> tuple[str, str] | None:
    if fault is StorageFault.DISK_FULL:
        return (
            translate("Errors", "Disk full"),
            translate(
                "Errors",
                "The disk is full, so the change could not be saved. {unchanged} "
                "Free some space and try again.",
            ).format(unchanged=nothing_changed()),
        )
    if fault is StorageFault.READ_ONLY:
        return (
            translate("Errors", "Read-only"),
            translate(
                "Errors",
                "This register is open read-only, so nothing can be changed. Close other "
                "copies of the app, or check the file's permissions, and reopen it.",
            ),
        )
    if fault is StorageFault.NOT_ALLOWED:
        return (
            translate("Errors", "Not allowed"),
            translate(
                "Errors",
                "Your role in this shared register does not allow this change. {unchanged} "
                "An administrator can give you another role.",
            ).format(unchanged=nothing_changed()),
        )
    if fault is StorageFault.BUSY:
        return (
            translate("Errors", "Register busy"),
            translate(
                "Errors",
                "Another program is writing to the register right now. {unchanged} "
                "Try again in a moment.",
            ).format(unchanged=nothing_changed()),
        )
    if fault is StorageFault.IO:
        return (
            translate("Errors", "Could not save"),
            translate(
                "Errors",
                "The computer could not write to the disk ({detail}). {unchanged} Check the "
                "drive (a removed USB stick, a full or failing disk) and try again.",
            ).format(detail=_detail(exc), unchanged=nothing_changed()),
        )
    return None


def describe_error(exc: BaseException) -> tuple[str, str]:
    """A title and a message that say what happened and what to do."""
    fault = classify_fault(exc)
    storage = _storage_message(fault, exc)
    if storage is not None:
        return storage
    text = _detail(exc)
    if isinstance(exc, BackupError):
        return (
            translate("Errors", "Backup failed"),
            translate("Errors", "{problem}. The previous backups are unchanged.").format(
                problem=text
            ),
        )
    if isinstance(exc, LockError):
        return (translate("Errors", "Register in use"), text)
    if fault is not None:
        return (
            translate("Errors", "Database error"),
            translate("Errors", "The database reported: {detail}. {unchanged}").format(
                detail=text, unchanged=nothing_changed()
            ),
        )
    return (
        translate("Errors", "Unexpected error"),
        translate(
            "Errors",
            "Something went wrong: {detail}.\n\n{unchanged} If it happens again, please "
            "report it with what you were doing.",
        ).format(detail=text, unchanged=nothing_changed()),
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Log `exc` and tell the user what happened, in a message box over `parent`."""
    log.error("shown to the user: %s", exc, exc_info=exc)
    title, message = describe_error(exc)
    QMessageBox.critical(parent, title, message)


def guarded(fn: Callable[P, R]) -> Callable[P, R | None]:
    """Wrap a slot so that a failure is shown to the user instead of escaping.

    The first argument should be the widget (a method's `self`) or an object
    with a `_window`; the message box is parented to it. Returns None when the
    slot failed.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none escapes
            owner = args[0] if args else None
            widget = owner if isinstance(owner, QWidget) else getattr(owner, "_window", None)
            show_error(widget if isinstance(widget, QWidget) else None, exc)
            return None

    return wrapper


def install_excepthook() -> None:
    """Log any exception that escapes a slot and show it in a message box; log Qt's messages.

    Never writes to `sys.stderr`: a windowed Windows build has none.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            if sys.stderr is not None:
                previous(kind, exc, tb)
            return
        if QApplication.instance() is None:
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
    qInstallMessageHandler(_qt_message)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log too (a windowed build has no console)."""
    log.log(_QT_LEVELS.get(mode, logging.WARNING), "Qt: %s", message)
