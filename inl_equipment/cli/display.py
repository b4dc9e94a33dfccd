"""Whether the app can open a window here, asked before Qt is loaded.

Without a display Qt's xcb and wayland platform plugins end the process
with an abort (exit 134) and a page of plugin messages; this says in one
line what is missing instead. Windows and macOS always have a screen for a
desktop session; any other platform plugin named in `QT_QPA_PLATFORM`
(offscreen, minimal, vnc, eglfs...) is trusted to know what it needs.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import sys
from collections.abc import Mapping

_X_DISPLAY = re.compile(r"^(?P<host>[^:/]*):(?P<number>\d+)(\.\d+)?$")
_ADVICE = (
    "start it from a desktop session (or with ssh -X), or set QT_QPA_PLATFORM=offscreen "
    "to run without a screen; the commands (inl-equipment --help) need no display"
)


def _connects(family: int, address: str | tuple[str, int]) -> bool:
    with contextlib.suppress(OSError), socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        sock.connect(address)
        return True
    return False


def _x_server_answers(display: str) -> bool:
    """Whether an X server listens at `display` (":0", "unix:1", "localhost:10.0")."""
    match = _X_DISPLAY.match(display.strip())
    if match is None:
        return True  # a form we do not know (launchd paths...): let Qt decide
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"  # noqa: S108 - the X11 socket's fixed place
        if os.path.exists(path):
            return True
        return hasattr(socket, "AF_UNIX") and _connects(socket.AF_UNIX, "\0" + path)
    return _connects(socket.AF_INET, (host, 6000 + number))


def _wayland_answers(env: Mapping[str, str]) -> bool:
    """Whether the Wayland compositor's socket is there."""
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = name if os.path.isabs(name) else os.path.join(env.get("XDG_RUNTIME_DIR", ""), name)
    return os.path.exists(path)


def missing_display(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no window can open (one line), or None when one can (or we cannot tell)."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    # "wayland;xcb" is a list of fallbacks; a plugin's options follow a colon.
    names = [p.split(":")[0].strip() for p in wanted.split(";") if p.strip()] or ["wayland", "xcb"]
    for name in names:
        if name == "xcb":
            if env.get("DISPLAY") and _x_server_answers(env["DISPLAY"]):
                return None
        elif name.startswith("wayland"):
            if _wayland_answers(env):
                return None
        else:
            return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        shown = env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
        return f"no display answers at {shown!r}: {_ADVICE}"
    return f"no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): {_ADVICE}"
