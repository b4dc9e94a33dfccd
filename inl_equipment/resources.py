"""Find bundled resources (fonts, icons, catalogues) in a checkout, a wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def candidate_dirs(frozen_root: str | None = None) -> list[Path]:
    """Where `resources/` may be, in the order they are tried.

    `frozen_root` is the folder a PyInstaller build unpacks to (`sys._MEIPASS`;
    default: this process's, when frozen). The spec puts `resources/` there.
    """
    if frozen_root is None:
        frozen_root = getattr(sys, "_MEIPASS", None)
    found = [Path(frozen_root) / "resources"] if frozen_root else []
    return [*found, _PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]


@cache
def resources_dir() -> Path:
    """The folder holding `fonts/`, `icons/` and `i18n/`.

    In a frozen build it is `resources/` in the build's folder; in a wheel the
    folder is packaged as `inl_equipment/resources`; in a checkout it is
    `resources/` beside the package.
    """
    for candidate in candidate_dirs():
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder (fonts, icons) is missing from this install")


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. `resource_path("fonts", "NotoSansLao-Regular.ttf")`."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")
    return path
