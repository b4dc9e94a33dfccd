"""Every user-facing string is marked for translation, and the catalogues keep up."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "inl_equipment"

#: Qt calls whose string arguments (by position; None: all) a user reads.
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "setTabText": (1,),
    "insertTab": (2,),
    "addRow": (0,),
    "showMessage": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setWhatsThis": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "addButton": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "setCancelButtonText": (0,),
    "setWindowIconText": (0,),
    "setAccessibleName": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QToolButton": None,
    "QMenu": (0,),
    "QToolBar": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
}
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
_WORDS = re.compile(r"[A-Za-z\u0e80-\u0eff]{2,}")


def _literal_text(node: ast.AST) -> str:
    """The literal letters in a string expression that is not a translation call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal_text(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) + _literal_text(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return "".join(_literal_text(e) for e in node.elts)
    return ""  # a call (tr, translate, a formatter) or a name holding translated text


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def unmarked_strings(path: Path, root: Path = ROOT) -> list[str]:
    """`file:line: "text"` for every literal user-facing string not passed through tr()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in MARKERS or name not in TEXT_CALLS:
            continue
        positions = TEXT_CALLS[name]
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        args += [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip")]
        for arg in args:
            text = _literal_text(arg)
            if _WORDS.search(text):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {text[:60]!r}")
    return found


def test_every_user_facing_string_in_ui_is_marked() -> None:
    found = [s for p in sorted((PACKAGE / "ui").rglob("*.py")) for s in unmarked_strings(p)]
    assert not found, f"{len(found)} strings not marked for translation:\n" + "\n".join(found)


def test_the_check_finds_an_unmarked_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(self, n):\n"
        "    self.label.setText('Not marked')\n"
        "    self.label.setText(self.tr('Marked'))\n"
        "    QMessageBox.warning(self, self.tr('Title'), f'Deleted {n} items')\n"
        "    QAction(translate('Ctx', 'Marked too'), self)\n",
        encoding="utf-8",
    )
    found = [s.split(": ", 1)[1] for s in unmarked_strings(sample, tmp_path)]
    assert found == ["'Not marked'", "'Deleted  items'"]


def test_core_errors_for_users_are_message_objects() -> None:
    """A `raise` in the core with an English literal cannot be translated."""
    programmer_errors = {"TypeError", "AssertionError", "NotImplementedError", "KeyError"}
    found = []
    for layer in ("db", "services", "documents", "interchange"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                    continue
                if _call_name(node.exc) in programmer_errors:
                    continue
                for arg in node.exc.args:
                    if _WORDS.search(_literal_text(arg)):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "use Msg.translate(...) for these messages:\n" + "\n".join(found)


def test_catalogues_are_in_step_with_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_english_plural_has_both_forms() -> None:
    messages = _messages(ROOT / "resources" / "i18n" / "inl_equipment_en.ts")
    half = [
        m.findtext("source")
        for m in messages
        if m.get("numerus") == "yes"
        and not all((f.text or "").strip() for f in m.iter("numerusform"))
    ]
    assert not half, f"fill the English forms of: {half}"


def test_the_catalogue_holds_the_interface() -> None:
    """The Lao catalogue lists every marked string: the main window's menus among them."""
    sources = {
        m.findtext("source") for m in _messages(ROOT / "resources" / "i18n" / "inl_equipment_lo.ts")
    }
    assert {"&File", "&Help", "Hand&overs…"} <= sources


def test_translation_calls_name_their_context_and_text_literally() -> None:
    """lupdate skips a call whose context or text is a variable, or that has keywords."""
    bad = []
    mechanism = {PACKAGE / "i18n.py", PACKAGE / "ui" / "translation.py"}
    for path in sorted(set(PACKAGE.rglob("*.py")) - mechanism):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = _call_name(node) if isinstance(node, ast.Call) else ""
            if not isinstance(node, ast.Call) or name not in (
                "translate",
                "QT_TRANSLATE_NOOP",
                "tr",
            ):
                continue
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            owner_name = owner.id if isinstance(owner, ast.Name) else ""
            if (
                name == "translate"
                and owner is not None
                and owner_name not in ("Msg", "i18n", "QCoreApplication")
            ):
                continue  # str.translate and friends
            if name == "tr" and owner_name != "self":
                continue
            first = node.args[:1] if name == "tr" else node.args[:2]
            literal = len(first) == (1 if name == "tr" else 2) and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in first
            )
            if not literal or node.keywords:
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, "write the context and text as literals, no keywords:\n" + "\n".join(bad)


def _marked_calls() -> list[tuple[str, str, str, int]]:
    """(file, context, source, line) of every literal translation call in the package."""
    out = []
    mechanism = {PACKAGE / "i18n.py", PACKAGE / "ui" / "translation.py"}
    for path in sorted(set(PACKAGE.rglob("*.py")) - mechanism):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for node in ast.walk(body):
                if not isinstance(node, ast.Call):
                    continue
                name = _call_name(node)
                args = node.args
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and cls is None:
                    ctx, src = args[0], args[1]
                    if isinstance(ctx, ast.Constant) and isinstance(src, ast.Constant):
                        out.append((str(path.relative_to(ROOT)), ctx.value, src.value, node.lineno))
                elif name == "tr" and cls is not None and args:
                    owner = node.func.value if isinstance(node.func, ast.Attribute) else None
                    if isinstance(owner, ast.Name) and owner.id == "self":
                        src = args[0]
                        if isinstance(src, ast.Constant):
                            out.append(
                                (str(path.relative_to(ROOT)), cls.name, src.value, node.lineno)
                            )
    return out


def test_every_marked_string_is_in_the_catalogue() -> None:
    """A call lupdate skipped (a count written as an expression, say) is caught here."""
    root = ET.parse(ROOT / "resources" / "i18n" / "inl_equipment_lo.ts").getroot()
    known = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    missing = [
        f"{f}:{line}: {ctx} / {src[:50]!r}"
        for f, ctx, src, line in _marked_calls()
        if (ctx, src) not in known
    ]
    assert not missing, (
        "not extracted (counts must be plain names; run tools/update_translations.py):\n"
        + "\n".join(missing)
    )
