"""Fill empty entries of a catalogue from a JSON list of translations.

    uv run python tools/fill_translations.py TRANSLATIONS.json [--language lo]

Each entry: {"context", "source", "translation": text or [forms], "sure": bool}.
An entry is filled only where the catalogue has no translation yet (a
reviewer's work is never overwritten); one not `sure` stays marked
unfinished, so a native reviewer finds it in Qt Linguist. Then run
tools/update_translations.py to compile the catalogues.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def fill(ts: Path, entries: list[dict[str, object]]) -> tuple[int, int]:
    """Fill `ts` from `entries`; (filled, left unfinished)."""
    wanted = {(str(e["context"]), str(e["source"])): e for e in entries}
    tree = ET.parse(ts)
    filled = unsure = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entry = wanted.get((name, message.findtext("source") or ""))
            node = message.find("translation")
            if entry is None or node is None or _has_text(node):
                continue
            text = entry["translation"]
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                for child in list(node):
                    node.remove(child)
                for form in forms:
                    ET.SubElement(node, "numerusform").text = str(form)
            else:
                node.text = str(text[0] if isinstance(text, list) else text)
            if entry.get("sure"):
                node.attrib.pop("type", None)
            else:
                node.set("type", "unfinished")
                unsure += 1
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, unsure


def _has_text(node: ET.Element) -> bool:
    return bool((node.text or "").strip()) or any((f.text or "").strip() for f in node)


def main() -> int:
    """Fill the catalogue of --language from the JSON file given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("translations", type=Path)
    parser.add_argument("--language", default="lo")
    args = parser.parse_args()
    entries = json.loads(args.translations.read_text(encoding="utf-8"))
    filled, unsure = fill(I18N / f"inl_equipment_{args.language}.ts", entries)
    print(f"filled {filled} entries; {unsure} marked unfinished for a reviewer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
