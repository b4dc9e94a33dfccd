"""The Windows version resource of `inl-equipment.exe`, from `inl_equipment.__version__`.

    uv run python packaging/version_info.py build/version_info.txt

Explorer's Properties → Details shows these fields; PyInstaller reads the file
(its `VSVersionInfo` text form) through the spec's `version=` argument.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COMPANY = "INL"
PRODUCT = "INL Equipment Tracker"
DESCRIPTION = "INL Equipment Tracker: register of donated equipment"
EXE_NAME = "inl-equipment.exe"

_TEMPLATE = """# UTF-8
# Made by packaging/version_info.py from inl_equipment.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [StringStruct('CompanyName', {company!r}),
         StringStruct('FileDescription', {description!r}),
         StringStruct('FileVersion', {version!r}),
         StringStruct('InternalName', 'inl-equipment'),
         StringStruct('LegalCopyright', 'MIT licence'),
         StringStruct('OriginalFilename', {exe!r}),
         StringStruct('ProductName', {product!r}),
         StringStruct('ProductVersion', {version!r})])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """`"1.2.3"`, `"1.2.3rc1"` or `"1.2"` as the four numbers Windows wants."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not parts:
        raise ValueError(f"no version number in {version!r}")
    padded = (parts + [0, 0, 0, 0])[:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_text(version: str) -> str:
    """The version resource in the text form PyInstaller reads."""
    return _TEMPLATE.format(
        numbers=version_numbers(version),
        version=version,
        company=COMPANY,
        description=DESCRIPTION,
        product=PRODUCT,
        exe=EXE_NAME,
    )


def write_version_file(path: Path, version: str) -> Path:
    """Write the version resource for `version` to `path`; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_text(version), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from inl_equipment import __version__

    write_version_file(Path(sys.argv[1]), __version__)
