"""The merged "INL Sans" face: Noto Sans and Noto Sans Lao in one font, cached on disk.

Why the fonts are merged
------------------------
Noto Sans has no Lao, and Noto Sans Lao has no Latin at all (no digits, space, brackets
or hyphen), so a label such as "ມູນຄ່າ (ໂດລາ)" needs both fonts inside one word.
ReportLab shapes a whole word with the HarfBuzz font of its *first* fragment, so
switching fonts per run inside a word draws wrong glyphs. We therefore merge the two
with fontTools into one face per weight, "INL Sans" (Noto Sans first, so the Latin
metrics win on shared code points such as the space). The merged face is renamed so a
PDF never claims to embed plain Noto Sans.

Merging and saving costs about 0.7 s per weight, so the merged file is cached on disk
in the user cache folder, keyed by a hash of the source fonts, the fontTools version and
`_RECIPE`. After that, registering both weights takes about 0.01 s once per process. If
the cache folder is not writable the fonts are merged in memory (slower, still correct).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path

import fontTools
from fontTools.merge import Merger

from inl_equipment.paths import default_cache_dir
from inl_equipment.resources import resource_path

FONT_REGULAR = "INLSans"
FONT_BOLD = "INLSans-Bold"
FAMILY_NAME = "INL Sans"

# font name -> (Latin source, Lao source, style name)
_SOURCES = {
    FONT_REGULAR: ("NotoSans-Regular.ttf", "NotoSansLao-Regular.ttf", "Regular"),
    FONT_BOLD: ("NotoSans-Bold.ttf", "NotoSansLao-Bold.ttf", "Bold"),
}
# Bump when `_merge` changes, so stale cached fonts are not reused.
_RECIPE = "1"


def _cache_dir() -> Path:
    """The merged fonts' folder in the per-user cache (on Windows under %LOCALAPPDATA%)."""
    return default_cache_dir() / "fonts"


def _merge(latin: Path, lao: Path, style: str) -> bytes:
    merged = Merger().merge([str(latin), str(lao)])
    name_table = merged["name"]
    postscript = f"{FAMILY_NAME.replace(' ', '')}-{style}"
    names = {1: FAMILY_NAME, 2: style, 3: f"{postscript};{_RECIPE}", 4: f"{FAMILY_NAME} {style}"}
    names[6] = postscript
    for name_id in (1, 2, 3, 4, 6, 16, 17):
        name_table.removeNames(nameID=name_id)
    for name_id, value in names.items():
        name_table.setName(value, name_id, 3, 1, 0x409)
        name_table.setName(value, name_id, 1, 0, 0)
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def merged_font(font_name: str) -> Path | bytes:
    """The merged face as a cached file, or as bytes when the cache cannot be written."""
    latin_file, lao_file, style = _SOURCES[font_name]
    latin, lao = resource_path("fonts", latin_file), resource_path("fonts", lao_file)
    digest = hashlib.sha256()
    for part in (
        latin.read_bytes(),
        lao.read_bytes(),
        fontTools.version.encode(),
        _RECIPE.encode(),
    ):
        digest.update(part)
    target = _cache_dir() / f"{font_name}-{digest.hexdigest()[:16]}.ttf"
    if target.is_file():
        return target
    data = _merge(latin, lao, style)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a concurrent process never reads half a font.
        handle, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(tmp, target)
    except OSError:
        return data
    return target
