"""Copy the Lucide icons the app names (`inl_equipment.ui.icons.ICONS`) into resources/icons/lucide.

    npm pack lucide-static@1.62.0 && tar xzf lucide-static-1.62.0.tgz
    uv run python tools/update_icons.py package            # the unpacked folder
    uv run python tools/update_icons.py package --check    # exit 1 if the folder is out of step

Only the icons named in `ICONS` are kept (each file as Lucide publishes it,
with its licence comment), beside the set's LICENSE and a README naming the
version and source. Add an icon by naming it in `ICONS`, then run this.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "icons" / "lucide"
README = """# Icons: Lucide {version}

The SVG files here are icons of [Lucide](https://lucide.dev) {version}, from the
npm package `lucide-static` {version} (source: https://github.com/lucide-icons/lucide),
unchanged; licence: ISC (parts derived from Feather: MIT), in `LICENSE` beside them.
Only the {count} icons the app names (`inl_equipment/ui/icons.py`, `ICONS`) are kept;
`tools/update_icons.py` copies them.
"""


def planned(source: Path) -> dict[str, bytes]:
    """What the folder should hold: file name → content, from an unpacked `lucide-static`."""
    sys.path.insert(0, str(ROOT))
    from inl_equipment.ui.icons import ICONS

    package = json.loads((source / "package.json").read_text(encoding="utf-8"))
    if package.get("name") != "lucide-static":
        raise SystemExit(f"update_icons: {source} is not the lucide-static package")
    names = sorted(set(ICONS.values()))
    missing = [n for n in names if not (source / "icons" / f"{n}.svg").is_file()]
    if missing:
        raise SystemExit(f"update_icons: not in lucide-static {package['version']}: {missing}")
    files = {f"{n}.svg": (source / "icons" / f"{n}.svg").read_bytes() for n in names}
    files["LICENSE"] = (source / "LICENSE").read_bytes()
    text = README.format(version=package["version"], count=len(names))
    files["README.md"] = text.encode("utf-8")
    return files


def main() -> int:
    """Write (or with --check compare) resources/icons/lucide; 1 when out of step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the unpacked lucide-static package folder")
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if different")
    args = parser.parse_args()
    files = planned(args.source)
    present = {p.name: p.read_bytes() for p in TARGET.glob("*")} if TARGET.is_dir() else {}
    if args.check:
        same = present == files
        if not same:
            print("update_icons: resources/icons/lucide is out of step", file=sys.stderr)
        return 0 if same else 1
    if TARGET.is_dir():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    for name, content in files.items():
        (TARGET / name).write_bytes(content)
    print(f"{len(files) - 2} icons, {sum(map(len, files.values()))} bytes in {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
