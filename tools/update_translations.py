"""Extract every user-facing string into resources/i18n/*.ts and compile the .qm files.

    uv run python tools/update_translations.py          # update the catalogues
    uv run python tools/update_translations.py --check  # exit 1 if they are out of step

`pyside6-lupdate` (in the PySide6 wheel) reads `self.tr(...)`, `translate(...)`,
`Msg.translate(...)` and `QT_TRANSLATE_NOOP(...)` calls; this script then marks
the plurals lupdate's Python parser misses (`translate(ctx, text, None, n)`).
The English catalogue holds only the plurals (English forms of `%n item(s)`, filled here where the
source says `(s)` or `(es)`); the Lao catalogue holds every string. The `.qm`
files are committed, so a fresh checkout runs translated without a build
step; `--check` (run by the test suite) keeps them equal to the `.ts` files.
"""

from __future__ import annotations

import argparse
import ast
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
#: The catalogues, by language. English holds only plurals (filtered here: lupdate's
#: own -pluralonly would drop the plurals it does not recognise, see `plural_messages`).
LANGUAGES = ("en", "lo")
#: Plural classes per language, as Qt counts them.
PLURAL_FORMS = {"en": 2, "lo": 2}
_PLURAL = re.compile(r"\((e?s)\)")
#: English forms that `(s)` cannot derive (the verb agrees with the count).
IRREGULAR = {
    "… and %n more.": ("… and %n more.", "… and %n more."),
    "%n field(s) need attention before saving.": (
        "%n field needs attention before saving.",
        "%n fields need attention before saving.",
    ),
    "{count} people": ("{count} person", "{count} people"),
    "{count} categories": ("{count} category", "{count} categories"),
    "New categories: {names}.": ("New category: {names}.", "New categories: {names}."),
    "New agencies: {names}.": ("New agency: {names}.", "New agencies: {names}."),
    "{count} row(s) were skipped.": ("{count} row was skipped.", "{count} rows were skipped."),
    "{count} row(s) with errors were left out.": (
        "{count} row with errors was left out.",
        "{count} rows with errors were left out.",
    ),
    "<b>{count} new item(s)</b> are in the register.": (
        "<b>{count} new item</b> is in the register.",
        "<b>{count} new items</b> are in the register.",
    ),
    "{count} asset tag(s) are already in the register; with 'stop on duplicates' nothing is "
    "imported.": (
        "{count} asset tag is already in the register; with 'stop on duplicates' nothing is "
        "imported.",
        "{count} asset tags are already in the register; with 'stop on duplicates' nothing is "
        "imported.",
    ),
    "{count} row(s) have cells right of the last titled column (rows {rows}); they are kept "
    "under 'Column N' headers.": (
        "{count} row has cells right of the last titled column (rows {rows}); they are kept "
        "under 'Column N' headers.",
        "{count} rows have cells right of the last titled column (rows {rows}); they are kept "
        "under 'Column N' headers.",
    ),
    "{count} agencies": ("{count} agency", "{count} agencies"),
}


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


def plural_messages() -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every plural the code asks for.

    lupdate's Python parser marks `self.tr(text, "", n)` as a plural but takes a
    name in the fourth place of `translate(ctx, text, None, n)` for Qt 4's
    encoding argument, so those are found here and marked in the catalogue.
    """
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            count = node.args[3]
            if name != "translate" or isinstance(count, ast.Constant):
                continue
            ctx, src, dis = node.args[:3]
            if isinstance(ctx, ast.Constant) and isinstance(src, ast.Constant):
                comment = dis.value if isinstance(dis, ast.Constant) and dis.value else ""
                found.add((ctx.value, src.value, comment))
    return found


def _key(message: ET.Element, context: str) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _translations(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """The plural forms already written in a catalogue, to carry over."""
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if any(forms):
                out[_key(message, name)] = forms
    return out


def mark_plurals(ts: Path, language: str, kept: dict[tuple[str, str, str], list[str]]) -> None:
    """Make the code's plurals numerus messages (keeping their forms); English: plurals only."""
    plurals = plural_messages()
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            # lupdate takes any `#:` comment above a call for a translator note; ours
            # are notes for programmers.
            for note in message.findall("extracomment"):
                message.remove(note)
            key = _key(message, name)
            numerus = message.get("numerus") == "yes" or key in plurals
            if not numerus:
                if language == "en":
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            forms = kept.get(key) or [f.text or "" for f in node.iter("numerusform")]
            forms = (forms + [""] * PLURAL_FORMS[language])[: PLURAL_FORMS[language]]
            for child in list(node):
                node.remove(child)
            node.text = None
            for form in forms:
                ET.SubElement(node, "numerusform").text = form or None
            if all(forms):
                node.attrib.pop("type", None)
            else:
                node.set("type", "unfinished")
        if language == "en" and not context.findall("message"):
            root.remove(context)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, "    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def update(folder: Path) -> None:
    """Run lupdate into `folder` (starting from the committed catalogues) and lrelease."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = folder / f"{STEM}_{language}.ts"
        committed = I18N / ts.name
        if committed.exists() and committed != ts:
            shutil.copyfile(committed, ts)
        kept = _translations(ts)
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
            ],
            cwd=ROOT,
            check=True,
            # lupdate notes each plural it does not recognise; `mark_plurals` restores them.
            capture_output=True,
        )
        mark_plurals(ts, language, kept)
        if language == "en":
            fill_english_plurals(ts)
    # Qt's own strings (standard buttons, text menus): a small catalogue of ours, kept by hand.
    for extra in sorted(I18N.glob("qtbase_*.ts")):
        if folder != I18N:
            shutil.copyfile(extra, folder / extra.name)
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
        if len(forms) != 2 or all(f.text for f in forms):
            continue
        if source in IRREGULAR:
            forms[0].text, forms[1].text = IRREGULAR[source]
        elif _PLURAL.search(source):
            forms[0].text = _PLURAL.sub("", source)
            forms[1].text = _PLURAL.sub(r"\1", source)
        else:
            continue
        node.attrib.pop("type", None)
        changed = True
    if changed:
        _write(tree, ts)


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
