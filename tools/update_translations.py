"""Extract every user-facing string into resources/i18n/*.ts and compile the .qm files.

    uv run python tools/update_translations.py          # update the catalogues
    uv run python tools/update_translations.py --check  # exit 1 if they are out of step

`pyside6-lupdate` (in the PySide6 wheel) reads `self.tr(...)`, `translate(...)`,
`Msg.translate(...)` and `QT_TRANSLATE_NOOP(...)` calls. The English catalogue
holds only the plurals (English forms of `%n item(s)`, filled here where the
source says `(s)` or `(es)`); the Lao catalogue holds every string. The `.qm`
files are committed, so a fresh checkout runs translated without a build
step; `--check` (run by the test suite) keeps them equal to the `.ts` files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "inl_equipment"
I18N = ROOT / "resources" / "i18n"
STEM = "inl_equipment"
#: language -> extra lupdate options
LANGUAGES = {"en": ["-pluralonly"], "lo": []}
_PLURAL = re.compile(r"\((e?s)\)")


def qt_tool(name: str) -> str:
    """The PySide6 wrapper for a Qt tool, next to this Python."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships in the PySide6 wheel)")
    return found


def sources() -> list[str]:
    """Every module of the package, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(folder: Path) -> None:
    """Run lupdate into `folder` (starting from the committed catalogues) and lrelease."""
    folder.mkdir(parents=True, exist_ok=True)
    for language, extra in LANGUAGES.items():
        ts = folder / f"{STEM}_{language}.ts"
        committed = I18N / ts.name
        if committed.exists() and committed != ts:
            shutil.copyfile(committed, ts)
        subprocess.run(
            [
                qt_tool("pyside6-lupdate"),
                *sources(),
                "-ts",
                str(ts),
                "-target-language",
                language,
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
                *extra,
            ],
            cwd=ROOT,
            check=True,
        )
        if language == "en":
            fill_english_plurals(ts)
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def fill_english_plurals(ts: Path) -> None:
    """Give `%n item(s)` its English forms `%n item` / `%n items` where still empty."""
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or message.get("numerus") != "yes":
            continue
        forms = list(node.iter("numerusform"))
        if len(forms) != 2 or all(f.text for f in forms) or not _PLURAL.search(source):
            continue
        forms[0].text = _PLURAL.sub("", source)
        forms[1].text = _PLURAL.sub(r"\1", source)
        node.attrib.pop("type", None)
        changed = True
    if changed:
        ET.indent(tree, "    ")
        text = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
            encoding="utf-8",
        )
        # lupdate again, so the file is in lupdate's own layout (stable diffs).
        subprocess.run(
            [
                qt_tool("pyside6-lupdate"),
                *sources(),
                "-ts",
                str(ts),
                "-target-language",
                "en",
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
                "-pluralonly",
            ],
            cwd=ROOT,
            check=True,
        )


def out_of_step() -> list[str]:
    """The catalogue files that differ from a fresh extraction (empty: all in step)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        update(fresh)
        return [
            f.name
            for f in sorted(fresh.iterdir())
            if not (I18N / f.name).exists() or (I18N / f.name).read_bytes() != f.read_bytes()
        ]


def main() -> int:
    """Update the catalogues, or with --check report the ones out of step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args()
    if args.check:
        stale = out_of_step()
        if stale:
            print(
                "out of step with the code (run tools/update_translations.py): " + ", ".join(stale),
                file=sys.stderr,
            )
            return 1
        return 0
    update(I18N)
    return 0


if __name__ == "__main__":
    sys.exit(main())
