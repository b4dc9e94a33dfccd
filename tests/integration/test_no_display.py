"""Starting the app with no display says so in one line and exits 2, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inl_equipment.cli.display import missing_display

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")


def _free_x_display() -> str:
    number = 97
    while os.path.exists(f"/tmp/.X11-unix/X{number}"):
        number += 1
    return f":{number}"


def _start(tmp_path: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    full.pop("QT_QPA_PLATFORM", None)
    full.pop("INL_EQUIPMENT_DB", None)
    full["XDG_RUNTIME_DIR"] = str(tmp_path)
    full.update({k: v for k, v in env.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-m", "inl_equipment", "--db", str(tmp_path / "r.sqlite")],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "wayland;xcb"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"DISPLAY": "FREE"},
        {"DISPLAY": "FREE", "QT_QPA_PLATFORM": "xcb"},
        {"WAYLAND_DISPLAY": "wayland-77", "QT_QPA_PLATFORM": "wayland"},
    ],
    ids=["nothing", "xcb", "wayland;xcb", "wayland", "dead-x", "dead-x-xcb", "dead-wayland"],
)
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, env: dict[str, str]) -> None:
    env = {k: (_free_x_display() if v == "FREE" else v) for k, v in env.items()}
    out = _start(tmp_path, **env)
    assert out.returncode == 2, (out.returncode, out.stderr[-500:])
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "display" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert not (tmp_path / "r.sqlite").exists(), "nothing is created before the check"


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "vnc:size=800x600"},
        {"QT_QPA_PLATFORM": "xcb;offscreen"},
    ],
)
def test_a_platform_without_a_display_server_is_left_to_qt(env: dict[str, str]) -> None:
    assert missing_display(env, "linux") is None


def test_windows_and_macos_are_not_asked() -> None:
    assert missing_display({}, "win32") is None
    assert missing_display({}, "darwin") is None


def test_unknown_display_forms_are_left_to_qt() -> None:
    assert missing_display({"DISPLAY": "/private/tmp/launchd-1/org.xquartz:0"}, "linux") is None
