"""Find bundled resources (fonts, icons) in a checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding `fonts/` and `icons/`.

    In a wheel the folder is packaged as `inl_equipment/resources`; in a
    checkout it is `resources/` beside the package.
    """
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder (fonts, icons) is missing from this install")


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. `resource_path("fonts", "NotoSansLao-Regular.ttf")`."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")
    return path
