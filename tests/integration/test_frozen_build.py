"""The frozen (PyInstaller) build: its smoke test, what travelled and what was left out.

The build tests need the folder `packaging/build.sh` makes; `.ci/run` builds it and
sets `INL_FROZEN_APP` to its executable. Without that variable they are skipped
(saying why); with it, a missing build fails. The packaging helpers (icon,
version resource) are tested without a build.
"""

from __future__ import annotations

import ast
import importlib.util
import logging
import os
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from inl_equipment import __version__
from inl_equipment.db.schema import KNOWN_REVISIONS

ROOT = Path(__file__).resolve().parents[2]
ENV_VAR = "INL_FROZEN_APP"
TIMEOUT = 300
# Qt modules the spec leaves out: none of their libraries may be in the folder.
# The windowed Windows build has no console streams: only exit codes and the log tell.
WINDOWED = sys.platform == "win32"
LEFT_OUT = ("Qt6WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "Qt6VirtualKeyboard")


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    value = os.environ.get(ENV_VAR)
    if not value:
        pytest.skip(f"{ENV_VAR} is not set: build with packaging/build.sh (CI sets it)")
    app = Path(value)
    if not app.is_file():
        pytest.fail(f"{ENV_VAR}={value} but there is no such file: the build failed or moved")
    return app


def _internal(app: Path) -> Path:
    return app.parent / "_internal"


def _run(
    app: Path, tmp_path: Path, *args: str, tmpdir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TMPDIR", "TEMP", "TMP")}
    temp = tmpdir or tmp_path / "tmp"
    if tmpdir is None:
        temp.mkdir(exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        TMPDIR=str(temp),
        TEMP=str(temp),
        TMP=str(temp),
        APPDATA=str(tmp_path / "data"),
    )
    return subprocess.run(
        [str(app), *args], capture_output=True, text=True, env=env, timeout=TIMEOUT
    )


def test_the_frozen_smoke_test_passes(frozen_app: Path, tmp_path: Path) -> None:
    done = _run(frozen_app, tmp_path, "--smoke-test")
    log = "\n".join(p.read_text() for p in (tmp_path / "data").rglob("*.log"))
    assert done.returncode == 0, done.stderr or log[-3000:]
    assert "smoke test passed" in log
    if not WINDOWED:
        assert "smoke test passed" in done.stdout
        assert done.stderr == ""


def test_a_frozen_smoke_failure_is_one_line(frozen_app: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    done = _run(frozen_app, tmp_path, "--smoke-test", tmpdir=not_a_folder)
    assert done.returncode == 1
    if not WINDOWED:
        assert len(done.stderr.splitlines()) == 1, done.stderr


def test_the_frozen_app_says_the_package_version(frozen_app: Path, tmp_path: Path) -> None:
    done = _run(frozen_app, tmp_path, "--version")
    assert done.returncode == 0
    if not WINDOWED:
        assert done.stdout.strip() == f"inl-equipment {__version__}"


def test_every_migration_catalogue_and_font_travelled(frozen_app: Path) -> None:
    internal = _internal(frozen_app)
    source = ROOT / "inl_equipment" / "db" / "migrations" / "versions"
    frozen = internal / "inl_equipment" / "db" / "migrations" / "versions"
    assert sorted(p.name for p in frozen.glob("*.py")) == sorted(
        p.name for p in source.glob("*.py")
    )
    assert all(any(p.name.startswith(rev) for p in frozen.glob("*.py")) for rev in KNOWN_REVISIONS)
    assert (frozen.parent / "env.py").is_file()
    # icons/lucide: the toolbar's and menus' icons with their licence (ui/icons.py).
    for folder in ("fonts", "i18n", "icons", "icons/lucide"):
        names = sorted(p.name for p in (ROOT / "resources" / folder).iterdir())
        assert sorted(p.name for p in (internal / "resources" / folder).iterdir()) == names
    assert (internal / "resources" / "style.qss").is_file()


def test_unused_qt_modules_were_left_out(frozen_app: Path) -> None:
    files = [p.name for p in _internal(frozen_app).rglob("*") if p.is_file()]
    found = sorted({n for n in files for lib in LEFT_OUT if lib in n})
    assert not found, f"left-out Qt libraries in the build: {found}"
    assert any("Qt6Pdf" in n for n in files) and any("Qt6Svg" in n for n in files)


# -- The packaging helpers, without a build ---------------------------------------------


def _helper(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_resource_follows_the_package_version(tmp_path: Path) -> None:
    version_info = _helper("version_info")
    assert version_info.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_numbers("1.2.3rc1") == (1, 2, 3, 1)
    assert version_info.version_numbers("2.0") == (2, 0, 0, 0)
    text = version_info.write_version_file(tmp_path / "v.txt", __version__).read_text()
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this text
    assert isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == "VSVersionInfo"
    assert f"'ProductVersion', '{__version__}'" in text


def test_the_windows_icon_holds_every_size_as_png(tmp_path: Path) -> None:
    make_icon = _helper("make_icon")
    ico = tmp_path / "app.ico"
    # In its own process: it makes a QGuiApplication, which must not become the
    # test session's application (widgets need a QApplication).
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "make_icon.py"),
            str(ROOT / "resources" / "icons" / "app.svg"),
            str(ico),
        ],
        check=True,
        timeout=TIMEOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icon.SIZES))
    sides = []
    for i in range(count):
        side, _, _, _, _, bits, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert bits == 32 and data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        sides.append(side or 256)
    assert sides == list(make_icon.SIZES)


def test_the_spec_names_the_entry_script_and_the_icon() -> None:
    spec = (ROOT / "packaging" / "inl-equipment.spec").read_text(encoding="utf-8")
    assert "frozen_main.py" in spec and "console=False" in spec
    assert 'collect_submodules("reportlab.graphics.barcode")' in spec
    assert (ROOT / "packaging" / "frozen_main.py").is_file()
    assert sys.platform == "win32" or "icon=" in spec


def test_a_fatal_error_is_logged_and_one_line_with_a_console(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "APPDATA": str(tmp_path)}
    env["INL_EQUIPMENT_PAINT_PROBE"] = str(tmp_path / "probe.json")
    env.pop("INL_EQUIPMENT_DB", None)  # the probe needs it: a KeyError escapes everything
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "frozen_main.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
    )
    assert done.returncode == 70
    assert done.stderr.splitlines() == ["inl-equipment: fatal: KeyError: 'INL_EQUIPMENT_DB'"]
    log = next(tmp_path.rglob("inl-equipment.log")).read_text(encoding="utf-8")
    assert "fatal error at start-up" in log and "Traceback" in log


def test_without_a_console_a_fatal_error_is_a_dialog(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frozen_main = _helper("frozen_main")
    shown: list[str] = []
    monkeypatch.setattr(frozen_main, "_dialog", shown.append)
    monkeypatch.setattr(frozen_main.sys, "stderr", None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    try:
        frozen_main._fatal(
            FileNotFoundError("bundled resource missing: fonts/NotoSans-Regular.ttf")
        )
    finally:
        # _fatal set up the log file under tmp_path: leave no handler to other tests.
        ours = logging.getLogger("inl_equipment")
        for handler in [h for h in ours.handlers if getattr(h, "_inl_log_file", False)]:
            ours.removeHandler(handler)
            handler.close()
    assert len(shown) == 1
    assert "could not start" in shown[0] and "fonts/NotoSans-Regular.ttf" in shown[0]
    assert "inl-equipment.log" in shown[0]
